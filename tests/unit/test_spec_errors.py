"""Every rule of the spec language fails with ``file: location: reason``.

Each case starts from one small valid spec set (a service and one resource),
breaks one thing, and checks the :class:`SpecError` that
:func:`generator.spec.load_specs` raises: the file, the location inside it
and the reason, as a spec author would read them.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.spec import SpecError, load_specs

SERVICE: dict[str, Any] = {
    "service_type": "widgets",
    "version": "v1",
    "version_prefix": "v1",
    "description": "Widgets.",
    "microversion": {"service_name": "widgets", "min": "1.0", "max": "1.9"},
}

RESOURCE: dict[str, Any] = {
    "description": "Things.",
    "models": {
        "Thing": {
            "description": "A thing.",
            "fields": {
                "id": {"type": "string", "required": True},
                "name": {"type": "string"},
                "kind": {"type": "enum", "values": ["a", "b"]},
            },
        },
    },
    "operations": {
        "list": {
            "description": "Lists things.",
            "method": "GET",
            "path": "/things",
            "ok": [200],
            "query": {"limit": {"type": "integer"}},
            "response": {"key": "things", "type": "list<Thing>"},
            "pagination": {"style": "links", "links_key": "things_links"},
        },
        "get": {
            "description": "Shows a thing.",
            "method": "GET",
            "path": "/things/{thing_id}",
            "path_params": {"thing_id": {"description": "The ID of the thing."}},
            "ok": [200],
            "response": {"key": "thing", "type": "Thing"},
        },
        "upload": {
            "description": "Uploads data.",
            "method": "PUT",
            "path": "/things/{thing_id}/data",
            "ok": [204],
            "body": {"raw": True},
        },
    },
    "actions": {
        "reboot": {
            "description": "Reboots a thing.",
            "path": "/things/{thing_id}/action",
            "ok": [202],
            "fields": {"type": {"type": "enum", "values": ["SOFT", "HARD"]}},
        },
    },
}

FILE = "widgets/v1/things.yaml"
SERVICE_FILE = "widgets/v1/_service.yaml"


def dump(data: Any) -> str:
    """YAML text (libyaml's emitter when there is one: this suite writes many specs)."""
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True)


def write_specs(
    root: Path,
    resource: dict[str, Any] | None = None,
    service: dict[str, Any] | None = None,
    folder: str = "widgets/v1",
) -> Path:
    specs = root / "specs"
    (specs / folder).mkdir(parents=True, exist_ok=True)
    (specs / folder / "_service.yaml").write_text(
        dump(SERVICE if service is None else service), encoding="utf-8"
    )
    (specs / folder / "things.yaml").write_text(
        dump(RESOURCE if resource is None else resource), encoding="utf-8"
    )
    return specs


def spec_error(specs: Path) -> SpecError:
    with pytest.raises(SpecError) as info:
        load_specs(specs)
    return info.value


def _at(data: dict[str, Any], path: str) -> dict[str, Any]:
    for part in path.split("/"):
        data = data[part]
    return data


def put(path: str, key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(spec: dict[str, Any]) -> None:
        _at(spec, path)[key] = value

    return change


def drop(path: str, key: str) -> Callable[[dict[str, Any]], None]:
    def change(spec: dict[str, Any]) -> None:
        del _at(spec, path)[key]

    return change


def both(*changes: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], None]:
    def change(spec: dict[str, Any]) -> None:
        for c in changes:
            c(spec)

    return change


def test_the_base_spec_is_valid(tmp_path: Path) -> None:
    specs = load_specs(write_specs(tmp_path))
    assert [r.module for r in specs.resources] == ["things"]
    assert [op.name for op in specs.resources[0].operations] == [
        "list",
        "get",
        "upload",
        "reboot",
    ]


THING = "models/Thing"
THING_FIELDS = "models/Thing/fields"
LIST = "operations/list"
GET = "operations/get"
REBOOT_FIELDS = "actions/reboot/fields"

Change = Callable[[dict[str, Any]], None]

# (id, change to RESOURCE, location, reason[, mark of a known bug])
SCHEMA_CASES: list[tuple[Any, ...]] = [
    (
        "unknown key at top level",
        lambda s: s.update(descripton="typo"),
        "",
        "unknown key 'descripton'",
    ),
    (
        "unknown key in a field",
        put(f"{THING_FIELDS}/name", "nulable", True),
        "models.Thing.fields.name",
        "unknown key 'nulable'",
    ),
    (
        "unknown key in an operation",
        put(GET, "querry", {}),
        "operations.get",
        "unknown key 'querry'",
    ),
    (
        "unknown key in an action",
        put("actions/reboot", "method", "POST"),
        "actions.reboot",
        "unknown key 'method'",
    ),
    (
        "unknown key in a body",
        put("operations/upload/body", "stream", True),
        "operations.upload.body",
        "unknown key 'stream'",
    ),
    (
        "missing description of the resource",
        lambda s: s.pop("description"),
        "",
        "'description' is a required property",
    ),
    (
        "missing description of a model",
        drop("models/Thing", "description"),
        "models.Thing",
        "'description' is a required property",
    ),
    (
        "missing description of an operation",
        drop(GET, "description"),
        "operations.get",
        "'description' is a required property",
    ),
    ("missing method", drop(GET, "method"), "operations.get", "'method' is a required property"),
    ("missing path", drop(GET, "path"), "operations.get", "'path' is a required property"),
    ("missing ok", drop(GET, "ok"), "operations.get", "'ok' is a required property"),
    (
        "missing ok of an action",
        drop("actions/reboot", "ok"),
        "actions.reboot",
        "'ok' is a required property",
    ),
    (
        "missing type of a field",
        put(THING_FIELDS, "name", {"description": "The name."}),
        "models.Thing.fields.name",
        "'type' is a required property",
    ),
    (
        "bad type expression",
        put(f"{THING_FIELDS}/name", "type", "lst<string>"),
        "models.Thing.fields.name.type",
        "'lst<string>' is not valid here (expected string | integer | number | boolean | "
        "datetime | any | object | enum | a model of this file (CamelCase) | a model of "
        "another resource of the same service version (module.Model, e.g. servers.Server) | "
        "list<T> | map<T> | T1 | T2 (a union))",
    ),
    (
        "type expression with a space",
        put(f"{THING_FIELDS}/name", "type", "list<string, integer>"),
        "models.Thing.fields.name.type",
        "'list<string, integer>' is not valid here (expected string | integer | number | "
        "boolean | datetime | any | object | enum | a model of this file (CamelCase) | a model "
        "of another resource of the same service version (module.Model, e.g. servers.Server) "
        "| list<T> | map<T> | T1 | T2 (a union))",
    ),
    (
        "values on a non-enum",
        put(f"{THING_FIELDS}/name", "values", ["a"]),
        "models.Thing.fields.name",
        "'values' is only allowed on an enum field",
    ),
    (
        "enum without values",
        drop(f"{THING_FIELDS}/kind", "values"),
        "models.Thing.fields.kind",
        "'values' is a required property",
    ),
    (
        "enum with no values",
        put(f"{THING_FIELDS}/kind", "values", []),
        "models.Thing.fields.kind.values",
        "[] should be non-empty",
    ),
    (
        "ok code above 399",
        put(GET, "ok", [200, 600]),
        "operations.get.ok[1]",
        "600 is greater than the maximum of 399",
    ),
    (
        "ok code below 100",
        put(GET, "ok", [99]),
        "operations.get.ok[0]",
        "99 is less than the minimum of 100",
    ),
    ("no ok code", put(GET, "ok", []), "operations.get.ok", "[] should be non-empty"),
    (
        "bad method",
        put(GET, "method", "FETCH"),
        "operations.get.method",
        "'FETCH' is not one of ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'COPY']",
    ),
    (
        "lower-case method",
        put(GET, "method", "get"),
        "operations.get.method",
        "'get' is not one of ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'COPY']",
    ),
    (
        "path not starting with /",
        put(GET, "path", "things/{thing_id}"),
        "operations.get.path",
        "'things/{thing_id}' is not valid here (expected Relative to the versioned endpoint; "
        "{name} marks a path parameter.)",
    ),
    (
        "path with a query string",
        put(LIST, "path", "/things?all=1"),
        "operations.list.path",
        "'/things?all=1' is not valid here (expected Relative to the versioned endpoint; "
        "{name} marks a path parameter.)",
    ),
    (
        "action path not starting with /",
        put("actions/reboot", "path", "action"),
        "actions.reboot.path",
        "'action' is not valid here (expected pattern ^/[^?#\\s]*$)",
    ),
    (
        "bad version string",
        put(f"{THING_FIELDS}/name", "min_version", "v2"),
        "models.Thing.fields.name.min_version",
        '\'v2\' is not valid here (expected A microversion such as "2.47" or "1.39".)',
    ),
    (
        "version written as a YAML number",
        put(GET, "min_version", 1.2),
        "operations.get.min_version",
        "1.2 is not of type 'string'",
    ),
    (
        "links pagination without links_key",
        put(LIST, "pagination", {"style": "links"}),
        "operations.list.pagination",
        "'links_key' is a required property",
    ),
    (
        "next pagination without next_key",
        put(LIST, "pagination", {"style": "next"}),
        "operations.list.pagination",
        "'next_key' is a required property",
    ),
    (
        "marker pagination without marker_field",
        put(LIST, "pagination", {"style": "marker"}),
        "operations.list.pagination",
        "'marker_field' is a required property",
    ),
    (
        "unknown pagination style",
        put(LIST, "pagination", {"style": "pages"}),
        "operations.list.pagination.style",
        "'pages' is not one of ['links', 'next', 'marker', 'none']",
    ),
    (
        "model name not CamelCase",
        lambda s: s["models"].update(bad_name=s["models"].pop("Thing")),
        "models",
        "'bad_name' is not valid here (expected pattern ^[A-Z][A-Za-z0-9]*$)",
    ),
    (
        "operation name not snake case",
        lambda s: s["operations"].update(getThing=s["operations"].pop("get")),
        "operations",
        "'getThing' is not valid here (expected A Python identifier in snake case.)",
    ),
    (
        "explicit name not snake case",
        put(f"{THING_FIELDS}/name", "name", "Name"),
        "models.Thing.fields.name.name",
        "'Name' is not valid here (expected A Python identifier in snake case.)",
    ),
    (
        "boolean given as a string",
        put(f"{THING_FIELDS}/name", "nullable", "yes"),
        "models.Thing.fields.name.nullable",
        "'yes' is not of type 'boolean'",
    ),
]


def _params(cases: list[tuple[Any, ...]], known_bugs: bool | None) -> list[Any]:
    """Cases as pytest params, with their known-bug marks.

    ``known_bugs``: None for every case, marked; True for only the cases with a
    known wording bug, unmarked (their location is still checked).
    """
    return [
        pytest.param(*case[1:4], id=case[0], marks=case[4:] if known_bugs is None else ())
        for case in cases
        if known_bugs is None or bool(case[4:]) == known_bugs
    ]


def _error_for(tmp_path: Path, change: Change) -> SpecError:
    resource = copy.deepcopy(RESOURCE)
    change(resource)
    return spec_error(write_specs(tmp_path, resource))


@pytest.mark.parametrize(("change", "location", "reason"), _params(SCHEMA_CASES, None))
def test_schema_rule(tmp_path: Path, change: Change, location: str, reason: str) -> None:
    error = _error_for(tmp_path, change)
    assert (error.file, error.location) == (FILE, location)
    assert error.reason == reason
    assert str(error) == f"{FILE}: {location or '(top)'}: {reason}"


# Checks made by generator/spec.py, beyond what the schema can say.
CROSS_CASES: list[tuple[Any, ...]] = [
    (
        "path param declared but not in the path",
        put(f"{GET}/path_params", "id", {"description": "Typo."}),
        "operations.get.path_params.id",
        "not a parameter of path '/things/{thing_id}'",
    ),
    (
        "duplicate path parameter",
        put(GET, "path", "/things/{thing_id}/copies/{thing_id}"),
        "operations.get.path",
        "a path parameter appears twice",
    ),
    (
        "unknown model in a field type",
        put(f"{THING_FIELDS}/name", "type", "list<Name>"),
        "models.Thing.fields.name.type",
        "unknown model 'Name' (models in this file: Thing)",
    ),
    (
        "unknown model in a response",
        put(f"{GET}/response", "type", "Thingy"),
        "operations.get.response.type",
        "unknown model 'Thingy' (models in this file: Thing)",
    ),
    (
        "unknown model of this module, spelled with the module",
        put(f"{GET}/response", "type", "things.Thingy"),
        "operations.get.response.type",
        "unknown model 'Thingy' (models in this file: Thing)",
    ),
    (
        "model of a resource that does not exist",
        put(f"{THING_FIELDS}/name", "type", "servers.Server"),
        "models.Thing.fields.name.type",
        "no resource 'servers' in widgets v1",
    ),
    (
        "unbalanced type expression",
        put(f"{THING_FIELDS}/name", "type", "list<string"),
        "models.Thing.fields.name.type",
        "unbalanced type expression 'list<string'",
    ),
    (
        "unbalanced type expression, closing",
        put(f"{THING_FIELDS}/name", "type", "list<string>>"),
        "models.Thing.fields.name.type",
        "unbalanced type expression 'list<string>>'",
    ),
    (
        "model unused",
        put("models", "Orphan", {"description": "Unused.", "fields": {"x": {"type": "string"}}}),
        "models.Orphan",
        "model is not used by any operation",
    ),
    (
        "two fields with the same Python name",
        put(THING_FIELDS, "Name", {"type": "string"}),
        "models.Thing.fields.Name",
        "Python name 'name' is already used by field 'name'",
    ),
    (
        "two fields renamed to the same Python name",
        put(THING_FIELDS, "label", {"type": "string", "name": "kind"}),
        "models.Thing.fields.label",
        "Python name 'kind' is already used by field 'kind'",
    ),
    (
        "a header field with the Python name of a field",
        put("models/Thing", "header_fields", {"X-Thing-Id": {"name": "id", "type": "string"}}),
        "models.Thing.header_fields.X-Thing-Id",
        "Python name 'id' is reserved; set 'name'",
    ),
    (
        "a model field named like a model method",
        put(THING_FIELDS, "to_dict", {"type": "string"}),
        "models.Thing.fields.to_dict",
        "Python name 'to_dict' is reserved; set 'name'",
    ),
    (
        "an option with the name of a path parameter",
        put(GET, "query", {"thing_id": {"type": "string"}}),
        "operations.get.query.thing_id",
        "Python name 'thing_id' is reserved; set 'name'",
    ),
    (
        "a query option and a body field with the same name",
        both(
            put(GET, "method", "POST"),
            put(GET, "query", {"name": {"type": "string"}}),
            put(GET, "body", {"key": "thing", "fields": {"name": {"type": "string"}}}),
        ),
        "operations.get",
        "option 'name' is both a query/header and a body field",
    ),
    (
        "field min_version above max_version",
        both(
            put(f"{THING_FIELDS}/name", "min_version", "1.10"),
            put(f"{THING_FIELDS}/name", "max_version", "1.9"),
        ),
        "models.Thing.fields.name",
        "min_version 1.10 is above max_version 1.9",
    ),
    (
        "operation min_version above max_version",
        both(put(GET, "min_version", "2.0"), put(GET, "max_version", "1.5")),
        "operations.get",
        "min_version 2.0 is above max_version 1.5",
    ),
    (
        "pagination without a list response",
        put(GET, "pagination", {"style": "next", "next_key": "next"}),
        "operations.get.pagination",
        "pagination needs a list<...> response",
    ),
    (
        "pagination without any response",
        both(drop(LIST, "response"), put(LIST, "pagination", {"style": "next", "next_key": "n"})),
        "operations.list.pagination",
        "pagination needs a list<...> response",
    ),
    (
        "marker pagination over a list of strings",
        both(
            put(f"{LIST}/response", "type", "list<string>"),
            put(LIST, "pagination", {"style": "marker", "marker_field": "id"}),
        ),
        "operations.list.pagination",
        "marker pagination needs a list of models",
    ),
    (
        "reserved function name client",
        lambda s: s["operations"].update(client=s["operations"].pop("upload")),
        "operations.client",
        "'client' cannot be a function name",
    ),
    (
        "reserved function name opts",
        lambda s: s["actions"].update(opts=s["actions"].pop("reboot")),
        "actions.opts",
        "'opts' cannot be a function name",
    ),
    (
        "function name ending in _url",
        lambda s: s["operations"].update(x_url=s["operations"].pop("upload")),
        "operations.x_url",
        "'x_url' cannot be a function name",
    ),
    (
        "private function name",
        lambda s: s["operations"].update(_upload=s["operations"].pop("upload")),
        "operations._upload",
        "'_upload' cannot be a function name",
    ),
    (
        "an operation and an action with the same name",
        lambda s: s["actions"].update(get=s["actions"].pop("reboot")),
        "actions.get",
        "'get' is both an operation and an action",
    ),
    (
        "response key without a type",
        drop(f"{GET}/response", "type"),
        "operations.get.response",
        "a response key needs a type",
    ),
    (
        "response with a type and raw",
        put(f"{GET}/response", "raw", True),
        "operations.get.response",
        "choose one of type, raw and exists",
    ),
    (
        "raw body with fields",
        put("operations/upload/body", "fields", {"name": {"type": "string"}}),
        "operations.upload.body",
        "a raw body has no key, type or fields",
    ),
    (
        "raw body with a key",
        put("operations/upload/body", "key", "data"),
        "operations.upload.body",
        "a raw body has no key, type or fields",
    ),
    (
        "body with a type and fields",
        put(
            "operations/upload",
            "body",
            {"type": "list<string>", "fields": {"name": {"type": "string"}}},
        ),
        "operations.upload.body",
        "a body has either a type or fields",
    ),
    (
        "GET body without fields",
        put(GET, "body", {"key": "thing"}),
        "operations.get.body",
        "a GET body needs fields",
    ),
    (
        "flag that is not a boolean",
        put(f"{LIST}/query", "all", {"type": "string", "flag": True}),
        "operations.list.query.all",
        "only a boolean query field can be a flag",
    ),
    (
        "flag outside the query",
        put(GET, "headers", {"X-All": {"type": "boolean", "flag": True}}),
        "operations.get.headers.X-All",
        "only a boolean query field can be a flag",
    ),
    (
        "open field that is not an enum",
        put(f"{THING_FIELDS}/name", "open", True),
        "models.Thing.fields.name",
        "only an enum can be open",
    ),
    (
        "options shared with an operation that does not exist",
        put(GET, "options", "lisst"),
        "operations.get.options",
        "no operation 'lisst' in this file",
    ),
    (
        "options shared with an action",
        put(GET, "options", "reboot"),
        "operations.get.options",
        "no operation 'reboot' in this file",
    ),
    (
        "options shared and declared",
        both(put(GET, "options", "list"), put(GET, "query", {"all": {"type": "boolean"}})),
        "operations.get.options",
        "an operation taking another's options has none of its own",
    ),
    (
        "options shared with an operation that has none",
        put(LIST, "options", "get"),
        "operations.list.options",
        "an operation taking another's options has none of its own",
    ),
    (
        "options shared with an operation that shares them itself",
        both(
            drop(LIST, "query"),
            put(LIST, "options", "get"),
            put(GET, "query", {"all": {"type": "boolean"}}),
            put("operations/upload", "options", "list"),
        ),
        "operations.upload.options",
        "'list' takes the options of another itself",
    ),
    (
        "options shared with an operation with body fields",
        both(
            put("operations/upload", "body", {"fields": {"name": {"type": "string"}}}),
            put(GET, "options", "upload"),
        ),
        "operations.get.options",
        "a body is shared only by the same method",
    ),
    (
        "options shared with an operation without options",
        put(GET, "options", "upload"),
        "operations.get.options",
        "'upload' has no options",
    ),
    (
        "a fixed value on a required body field",
        put(f"{REBOOT_FIELDS}", "mode", {"type": "string", "value": "fast", "required": True}),
        "actions.reboot.fields.mode",
        "only an optional query, header or body field can have a value",
    ),
    (
        "a fixed value on a required query field",
        put(f"{LIST}/query", "all", {"type": "boolean", "value": True, "required": True}),
        "operations.list.query.all",
        "only an optional query, header or body field can have a value",
    ),
    (
        "prefix on a body field",
        put(f"{REBOOT_FIELDS}", "meta", {"type": "map<string>", "prefix": True}),
        "actions.reboot.fields.meta",
        "only a map<string> header field can be a prefix",
    ),
    (
        "prefix on a header that is not a map of strings",
        put(GET, "headers", {"X-Meta-": {"type": "string", "prefix": True}}),
        "operations.get.headers.X-Meta-",
        "only a map<string> header field can be a prefix",
    ),
    (
        "union of two JSON strings",
        put(f"{THING_FIELDS}/name", "type", "string | datetime"),
        "models.Thing.fields.name.type",
        "string and datetime are both JSON strings: a decoder could not tell them apart",
    ),
    (
        "union of a model and a map",
        put(f"{THING_FIELDS}/name", "type", "Thing | map<string>"),
        "models.Thing.fields.name.type",
        "Thing and map<string> are both JSON objects: a decoder could not tell them apart",
    ),
    (
        "union holding any",
        put(f"{THING_FIELDS}/name", "type", "any | string"),
        "models.Thing.fields.name.type",
        "a union cannot hold 'any'",
    ),
    (
        "extra properties that are not a map",
        put(f"{REBOOT_FIELDS}", "more", {"type": "string", "extra": True}),
        "actions.reboot.fields.more",
        "only a map body field can hold extra properties",
    ),
    (
        "extra properties in the query",
        put(f"{LIST}/query", "more", {"type": "map<string>", "extra": True}),
        "operations.list.query.more",
        "only a map body field can hold extra properties",
    ),
    (
        "required extra properties",
        put(f"{REBOOT_FIELDS}", "more", {"type": "map<any>", "extra": True, "required": True}),
        "actions.reboot.fields.more",
        "a field of extra properties is optional, unbounded",
    ),
    (
        "two fields of extra properties",
        both(
            put(f"{REBOOT_FIELDS}", "more", {"type": "map<any>", "extra": True}),
            put(f"{REBOOT_FIELDS}", "most", {"type": "map<any>", "extra": True}),
        ),
        "actions.reboot.fields.most",
        "a body has at most one field of extra properties",
    ),
    (
        "required extra properties in a model",
        put(THING_FIELDS, "more", {"type": "map<string>", "extra": True, "required": True}),
        "models.Thing.fields.more",
        "a field of extra properties is optional, unbounded",
    ),
    (
        "a pattern without extra",
        put(THING_FIELDS, "more", {"type": "map<string>", "pattern": "more_.+"}),
        "models.Thing.fields.more",
        "only an extra field can have a pattern",
    ),
    (
        "a pattern that is no regular expression",
        put(THING_FIELDS, "more", {"type": "map<string>", "extra": True, "pattern": "more_(+"}),
        "models.Thing.fields.more",
        "pattern is not a regular expression: nothing to repeat at position 6",
    ),
    (
        "a model with extra fields nested in another",
        both(
            put(
                "models", "Part", {"description": "A part.", "fields": {"id": {"type": "string"}}}
            ),
            put("models/Part/fields", "more", {"type": "map<string>", "extra": True}),
            put(THING_FIELDS, "part", {"type": "Part"}),
        ),
        "models.Thing.fields.part",
        "Part has extra fields, so it cannot be nested in a model",
    ),
    (
        "an open model with extra fields",
        both(
            put("models/Thing", "open", True),
            put(THING_FIELDS, "more", {"type": "map<string>", "extra": True}),
        ),
        "models.Thing",
        "an open model cannot also have extra fields",
    ),
    (
        "a response max_version on a listing",
        put(f"{LIST}/response", "max_version", "1.5"),
        "operations.list.response",
        "max_version is for the body of a call that returns one",
    ),
]


@pytest.mark.parametrize(("change", "location", "reason"), _params(CROSS_CASES, None))
def test_cross_check(tmp_path: Path, change: Change, location: str, reason: str) -> None:
    error = _error_for(tmp_path, change)
    assert (error.file, error.location) == (FILE, location)
    assert str(error) == f"{FILE}: {location}: {reason}"


def test_model_of_another_resource_that_lacks_it(tmp_path: Path) -> None:
    specs = write_specs(tmp_path)
    other = {
        "description": "Others.",
        "models": {"Other": {"description": "O.", "fields": {"t": {"type": "things.Nope"}}}},
        "operations": {
            "get": {
                "description": "Shows.",
                "method": "GET",
                "path": "/others/{id}",
                "ok": [200],
                "response": {"type": "Other"},
            }
        },
    }
    (specs / "widgets/v1/others.yaml").write_text(dump(other), encoding="utf-8")
    error = spec_error(specs)
    assert str(error) == (
        "widgets/v1/others.yaml: models.Other.fields.t.type: things.yaml has no model 'Nope'"
    )


def test_invalid_yaml_gives_line_and_column(tmp_path: Path) -> None:
    specs = write_specs(tmp_path)
    (specs / FILE).write_text(
        "description: Things.\noperations:\n  get: {description: x\n  list: [\n", encoding="utf-8"
    )
    error = spec_error(specs)
    assert error.file == FILE
    assert error.location == "line 4, column 7"
    assert error.reason.startswith("invalid YAML: ")
    assert "\n" not in str(error)


def test_invalid_yaml_tab_indentation(tmp_path: Path) -> None:
    specs = write_specs(tmp_path)
    (specs / FILE).write_text("description: Things.\noperations:\n\tget: {}\n", encoding="utf-8")
    error = spec_error(specs)
    assert (error.file, error.location) == (FILE, "line 3, column 1")
    assert error.reason == "invalid YAML: found character '\\t' that cannot start any token"


def test_yaml_that_is_not_a_mapping(tmp_path: Path) -> None:
    specs = write_specs(tmp_path)
    (specs / FILE).write_text("- just\n- a list\n", encoding="utf-8")
    error = spec_error(specs)
    assert str(error) == f"{FILE}: (top): ['just', 'a list'] is not of type 'object'"


def test_empty_resource_file(tmp_path: Path) -> None:
    specs = write_specs(tmp_path)
    (specs / FILE).write_text("", encoding="utf-8")
    error = spec_error(specs)
    assert str(error) == f"{FILE}: (top): None is not of type 'object'"


def test_file_that_is_not_utf8(tmp_path: Path) -> None:
    specs = write_specs(tmp_path)
    (specs / FILE).write_bytes(b"description: caf\xe9\n")
    error = spec_error(specs)
    assert (error.file, error.location) == (FILE, "")
    assert error.reason.startswith("cannot read the file: ")


def test_resource_without_service_file(tmp_path: Path) -> None:
    specs = write_specs(tmp_path)
    stray = specs / "widgets/v2"
    stray.mkdir()
    (stray / "things.yaml").write_text(dump(RESOURCE), encoding="utf-8")
    error = spec_error(specs)
    assert str(error) == "widgets/v2/things.yaml: (top): no _service.yaml beside this spec"


def test_service_version_must_match_its_folder(tmp_path: Path) -> None:
    specs = write_specs(tmp_path, service={**SERVICE, "version": "v2"})
    error = spec_error(specs)
    assert str(error) == f"{SERVICE_FILE}: version: 'v2' does not match folder 'v1'"


@pytest.mark.parametrize(
    ("change", "location", "reason"),
    [
        pytest.param(
            lambda s: s.pop("service_type"),
            "",
            "'service_type' is a required property",
            id="missing service_type",
        ),
        pytest.param(
            lambda s: s.update(endpoint="x"),
            "",
            "unknown key 'endpoint'",
            id="unknown key",
        ),
        pytest.param(
            lambda s: s.update(service_type="Block Storage"),
            "service_type",
            "'Block Storage' is not valid here (expected The official service type, "
            "e.g. block-storage.)",
            id="bad service_type",
        ),
        pytest.param(
            lambda s: s["microversion"].update(min="1.10", max="1.9"),
            "microversion",
            "min is above max",
            id="microversion min above max",
        ),
        pytest.param(
            lambda s: s["microversion"].update(max="latest"),
            "microversion.max",
            '\'latest\' is not valid here (expected A microversion such as "2.47" or "1.39".)',
            id="microversion max not a version",
        ),
        pytest.param(
            lambda s: s["microversion"].pop("service_name"),
            "microversion",
            "'service_name' is a required property",
            id="microversion without service_name",
        ),
    ],
)
def test_service_rule(tmp_path: Path, change: Change, location: str, reason: str) -> None:
    service = copy.deepcopy(SERVICE)
    change(service)
    error = spec_error(write_specs(tmp_path, service=service))
    assert (error.file, error.location, error.reason) == (SERVICE_FILE, location, reason)


def test_missing_spec_folder(tmp_path: Path) -> None:
    error = spec_error(tmp_path / "nope")
    assert error.location == "" and error.reason == "no such spec folder"


def test_a_reason_is_always_one_line(tmp_path: Path) -> None:
    resource = copy.deepcopy(RESOURCE)
    resource["operations"]["get"]["path_params"]["id\nx"] = {"description": "x"}
    error = spec_error(write_specs(tmp_path, resource))
    assert "\n" not in error.reason
