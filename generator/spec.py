"""Reading spec files: YAML in, a validated model of the API out.

Validation happens in two passes. The JSON Schema in ``spec_schema.yaml``
checks the shape of each file (and rejects unknown keys); the checks in this
module then check what a schema cannot: that path parameters match their
template, that a type names a model that exists, that two fields do not end
up with the same Python name. Either pass fails with a :class:`SpecError`
naming the file, the location inside it and the reason.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from generator.naming import RESERVED_FUNCTION_NAMES, module_name, safe_identifier, snake_case

SERVICE_FILE = "_service.yaml"
_PATH_PARAM = re.compile(r"\{([^{}/]+)\}")
_SCALARS = frozenset(
    {"string", "integer", "number", "boolean", "datetime", "any", "object", "enum"}
)


class SpecError(Exception):
    """A spec file is wrong: ``file: location: reason`` on one line."""

    def __init__(self, file: Path | str, location: str, reason: str) -> None:
        self.file = str(file)
        self.location = location
        self.reason = " ".join(str(reason).split())
        super().__init__(f"{self.file}: {location or '(top)'}: {self.reason}")


# --------------------------------------------------------------------------
# The model of a spec, as the templates see it.


@dataclass(frozen=True)
class TypeRef:
    """A parsed type expression: ``list<map<string>>`` and the like."""

    kind: str  # a scalar name, "model", "list", "map" or "union"
    model: str = ""
    item: TypeRef | None = None
    module: str = ""  # set for a model of another resource module
    members: tuple[TypeRef, ...] = ()  # the types of a union

    @property
    def python(self) -> str:
        return f"{self.module}.{self.model}" if self.module else self.model

    @property
    def is_list(self) -> bool:
        return self.kind == "list"

    def models(self) -> list[str]:
        """The models of this file the type refers to."""
        if self.kind == "model":
            return [] if self.module else [self.model]
        if self.kind == "union":
            return [name for member in self.members for name in member.models()]
        return self.item.models() if self.item else []

    def external(self) -> list[TypeRef]:
        """The references to models of other resource modules."""
        if self.kind == "model":
            return [self] if self.module else []
        if self.kind == "union":
            return [ref for member in self.members for ref in member.external()]
        return self.item.external() if self.item else []

    def __str__(self) -> str:
        if self.kind == "union":
            return " | ".join(str(member) for member in self.members)
        if self.item is not None:
            return f"{self.kind}<{self.item}>"
        return self.python or self.kind


def _wire_text(value: str | int | bool | None) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


@dataclass(frozen=True)
class Field:
    wire: str
    name: str
    type: TypeRef
    description: str = ""
    values: tuple[str | int, ...] = ()
    nullable: bool = False
    required: bool = False
    read_only: bool = False
    min_version: str | None = None
    max_version: str | None = None
    # body, query, header, flag (a query key sent bare when True), or extra (a
    # map whose entries are sent as top-level body properties of their own)
    location: str = "body"
    open_enum: bool = False
    secret: bool = False
    value: str | int | bool | None = None  # always sent, not an option
    encoding: str | None = None  # a query value's form: csv (a,b) or json ({"k": "v"})
    # a model's extra field: the regular expression its keys match (None: any key)
    pattern: str | None = None

    @property
    def versioned(self) -> bool:
        return self.min_version is not None or self.max_version is not None


@dataclass(frozen=True)
class Model:
    name: str
    description: str
    fields: tuple[Field, ...]
    header_fields: tuple[Field, ...] = ()
    open: bool = False  # properties of the owner's choosing are in ``extra``

    @property
    def pattern_fields(self) -> tuple[Field, ...]:
        """The maps of properties no named field holds (``extra`` fields)."""
        return tuple(f for f in self.fields if f.location == "extra")

    @property
    def named_fields(self) -> tuple[Field, ...]:
        """The fields read from properties (or headers) of their own name."""
        return tuple(f for f in self.fields if f.location != "extra")


@dataclass(frozen=True)
class PathParam:
    wire: str
    name: str
    description: str
    values: tuple[str, ...] = ()  # a closed set: the parameter is a Literal


@dataclass(frozen=True)
class Body:
    key: str | None
    fields: tuple[Field, ...]
    empty: str | None  # "null", "object" or None (no wrapper when empty)
    content_type: str | None
    raw: bool
    type: TypeRef | None = None
    siblings: tuple[Field, ...] = ()  # top-level properties beside the wrapper key


@dataclass(frozen=True)
class Response:
    key: str | None
    type: TypeRef | None
    raw: bool
    exists: bool
    description: str
    item_key: str | None = None  # each listed item is wrapped in {item_key: {...}}
    max_version: str | None = None  # above it, no body: the function returns None


@dataclass(frozen=True)
class Pagination:
    style: str
    links_key: str | None = None
    next_key: str | None = None
    marker_field: str | None = None
    count_key: str | None = None


@dataclass(frozen=True)
class Operation:
    name: str
    description: str
    method: str
    path: str
    ok: tuple[int, ...]
    path_params: tuple[PathParam, ...]
    query: tuple[Field, ...]
    headers: tuple[Field, ...]
    body: Body | None
    response: Response
    pagination: Pagination | None
    min_version: str | None
    max_version: str | None
    action: str | None
    deprecated: bool
    apiref: str | None
    root: bool = False
    options_owner: str | None = None  # the operation whose options class this one takes
    # api-ref fields the conformance check leaves out: (direction, name, reason)
    apiref_ignore: tuple[tuple[str, str, str], ...] = ()
    paired: tuple[tuple[str, ...], ...] = ()  # wire names the server checks together

    @property
    def body_fields(self) -> tuple[Field, ...]:
        """The body's fields: inside the wrapper, then the siblings beside it."""
        return (self.body.fields + self.body.siblings) if self.body else ()

    @property
    def option_fields(self) -> tuple[Field, ...]:
        return _options_of(self.query + self.headers + self.body_fields)

    @property
    def fixed_body(self) -> tuple[tuple[str, str | int | bool], ...]:
        """Body properties sent with every call (fields with a ``value``)."""
        return (
            tuple((f.wire, f.value) for f in _fixed_of(self.body.fields) if f.value is not None)
            if self.body
            else ()
        )

    @property
    def fixed_any(self) -> bool:
        return bool(self.fixed_query or self.fixed_headers or self.fixed_body)

    @property
    def paired_names(self) -> tuple[tuple[str, ...], ...]:
        """The paired groups, by Python name."""
        names = {f.wire: f.name for f in self.option_fields}
        return tuple(tuple(names[w] for w in group) for group in self.paired)

    @property
    def fixed_query(self) -> tuple[tuple[str, str], ...]:
        """The query parameters sent with every call (fields with a ``value``)."""
        return tuple((f.wire, _wire_text(f.value)) for f in _fixed_of(self.query))

    @property
    def fixed_headers(self) -> tuple[tuple[str, str], ...]:
        """The headers sent with every call (fields with a ``value``)."""
        return tuple((f.wire, _wire_text(f.value)) for f in _fixed_of(self.headers))

    @property
    def options_class(self) -> str | None:
        if not self.option_fields:
            return None
        from generator.naming import pascal_case

        return pascal_case(self.options_owner or self.name) + "Opts"

    @property
    def options_required(self) -> bool:
        """Whether the function's ``opts`` argument is mandatory."""
        return any(f.required for f in self.option_fields) or (
            self.method == "PATCH" and bool(self.body and self.body.fields)
        )


@dataclass(frozen=True)
class Service:
    service_type: str
    aliases: tuple[str, ...]
    version: str
    version_prefix: str
    project_in_path: str | None
    description: str
    microversion: dict[str, str] | None
    package: str  # snake-case service package: block_storage
    source: str


@dataclass(frozen=True)
class Finder:
    """``find(client, name_or_id)``: by ID through ``get``, then by exact name."""

    get: str
    list: str
    filter: str  # the Python name of the listing's name filter
    name_field: str  # the Python name of the item's name attribute
    id_field: str
    refetch: bool  # the listing's items are not what get returns: get the match


@dataclass(frozen=True)
class Waiter:
    """``wait_for_status`` and ``wait_for_delete`` through ``get``."""

    get: str
    status_field: str  # the Python name
    failure: tuple[str, ...]
    fault: str | None  # dotted attribute path of the failure message


@dataclass(frozen=True)
class Resource:
    service: Service
    module: str
    description: str
    models: tuple[Model, ...]
    operations: tuple[Operation, ...]
    source: str  # the spec path, relative to the specs root, with / separators
    finder: Finder | None = None
    waiter: Waiter | None = None

    def operation(self, name: str) -> Operation:
        return next(op for op in self.operations if op.name == name)


@dataclass
class SpecSet:
    services: list[Service] = field(default_factory=list)
    resources: list[Resource] = field(default_factory=list)


# --------------------------------------------------------------------------
# Loading


@functools.cache
def _validator() -> jsonschema.Draft202012Validator:
    schema_path = Path(__file__).with_name("spec_schema.yaml")
    schema = yaml.safe_load(schema_path.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def _location(path: Any) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def _schema_check(data: Any, definition: str, file: str) -> None:
    validator = _validator()
    schema = {"$ref": f"#/$defs/{definition}"}
    sub = validator.evolve(schema=validator.schema | schema)
    errors = sorted(sub.iter_errors(data), key=lambda e: (list(e.absolute_path), e.message))
    if not errors:
        return
    best = jsonschema.exceptions.best_match(errors)
    reason = best.message
    if best.validator == "additionalProperties" and "unexpected" in reason:
        unexpected = reason.split("(")[-1].rstrip(")")
        unexpected = unexpected.replace(" was unexpected", "").replace(" were unexpected", "")
        reason = "unknown key " + unexpected
    elif best.validator == "not":
        reason = "'values' is only allowed on an enum field"
    elif best.validator == "pattern":
        expected = " ".join(
            str(best.schema.get("description") or f"pattern {best.validator_value}").split()
        )
        reason = f"{best.instance!r} is not valid here (expected {expected})"
    raise SpecError(file, _location(best.absolute_path), reason)


# libyaml's parser when PyYAML was built with it: ten times faster. A file it
# refuses is read again by the Python parser, whose messages say more ("found
# character '\t'"), so an error reads the same with or without libyaml.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(path: Path, shown: str) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(shown, "", f"cannot read the file: {exc}") from None
    try:
        try:
            return yaml.load(text, Loader=_YAML_LOADER)
        except yaml.YAMLError:
            return yaml.load(text, Loader=yaml.SafeLoader)
    except RecursionError:
        raise SpecError(shown, "", "invalid YAML: nested too deeply") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise SpecError(shown, where, f"invalid YAML: {problem}") from None


def parse_type(
    expr: str, file: str, where: str, models: set[str], whole: str | None = None
) -> TypeRef:
    """Parse a type expression already checked by the schema's pattern.

    ``module.Model`` refers to another resource of the same service
    version; :func:`load_specs` checks that it exists once all are loaded.
    """
    text = expr.strip()
    if "|" in text:
        return _parse_union(text, file, where, models)
    this_module = module_name(Path(file).stem)
    for container in ("list", "map"):
        if text.startswith(container + "<"):
            if not text.endswith(">"):
                raise SpecError(file, where, f"unbalanced type expression {(whole or expr)!r}")
            inner = parse_type(text[len(container) + 1 : -1], file, where, models, whole or expr)
            return TypeRef(kind=container, item=inner)
    if "<" in text or ">" in text:
        raise SpecError(file, where, f"unbalanced type expression {(whole or expr)!r}")
    if text in _SCALARS:
        return TypeRef(kind=text)
    if "." in text:
        module, _, model = text.partition(".")
        if module != this_module:
            return TypeRef(kind="model", model=model, module=module)
        text = model
    if text not in models:
        known = ", ".join(sorted(models)) or "none"
        raise SpecError(file, where, f"unknown model {text!r} (models in this file: {known})")
    return TypeRef(kind="model", model=text)


# What each type is in JSON: a union holds at most one type of each (the
# decoder picks the member by the JSON type it meets).
_JSON_KIND = {
    "string": "string",
    "datetime": "string",
    "integer": "integer",
    "number": "number",
    "boolean": "boolean",
    "list": "array",
    "map": "object",
    "object": "object",
    "model": "object",
}


def _parse_union(text: str, file: str, where: str, models: set[str]) -> TypeRef:
    members = tuple(parse_type(part, file, where, models, text) for part in text.split("|"))
    seen: dict[str, TypeRef] = {}
    for member in members:
        json_kind = _JSON_KIND.get(member.kind)
        if json_kind is None:
            raise SpecError(file, where, f"a union cannot hold {member.kind!r}")
        if json_kind in seen:
            raise SpecError(
                file,
                where,
                f"{seen[json_kind]} and {member} are both JSON {json_kind}s: a decoder"
                " could not tell them apart",
            )
        seen[json_kind] = member
    return TypeRef(kind="union", members=members)


def _version_tuple(text: str) -> tuple[int, int]:
    major, minor = text.split(".")
    return int(major), int(minor)


def _fields(
    raw: dict[str, Any] | None,
    file: str,
    where: str,
    models: set[str],
    location: str,
    reserved: frozenset[str] = frozenset(),
) -> tuple[Field, ...]:
    out: list[Field] = []
    seen: dict[str, str] = {}
    for wire, spec in (raw or {}).items():
        here = f"{where}.{wire}"
        name = safe_identifier(spec["name"]) if "name" in spec else snake_case(wire)
        if name in seen:
            raise SpecError(
                file, here, f"Python name {name!r} is already used by field {seen[name]!r}"
            )
        if name in reserved:
            raise SpecError(file, here, f"Python name {name!r} is reserved; set 'name'")
        seen[name] = wire
        type_ref = parse_type(spec["type"], file, here + ".type", models)
        lo, hi = spec.get("min_version"), spec.get("max_version")
        if lo and hi and _version_tuple(lo) > _version_tuple(hi):
            raise SpecError(file, here, f"min_version {lo} is above max_version {hi}")
        values = tuple(spec.get("values", ()))
        out.append(
            Field(
                wire=wire,
                name=name,
                type=type_ref,
                description=spec.get("description", ""),
                values=values,
                nullable=bool(spec.get("nullable", False)),
                required=bool(spec.get("required", False)),
                read_only=bool(spec.get("read_only", False)),
                min_version=lo,
                max_version=hi,
                location=_field_location(spec, location),
                open_enum=bool(spec.get("open", False)),
                secret=bool(spec.get("secret", False)),
                value=spec.get("value"),
                encoding=spec.get("encoding"),
                pattern=spec.get("pattern"),
            )
        )
        if "value" in spec and (
            location not in ("query", "header", "body") or spec.get("required")
        ):
            raise SpecError(
                file, here, "only an optional query, header or body field can have a value"
            )
        if "encoding" in spec:
            if location != "query":
                raise SpecError(file, here, "only a query field has an encoding")
            want = "list" if spec["encoding"] == "csv" else "map"
            if type_ref.kind != want:
                raise SpecError(
                    file, here, f"encoding {spec['encoding']} is for a {want}<...> query field"
                )
        if spec.get("flag") and (location != "query" or type_ref.kind != "boolean"):
            raise SpecError(file, here, "only a boolean query field can be a flag")
        if spec.get("open") and type_ref.kind != "enum":
            raise SpecError(file, here, "only an enum can be open")
        if spec.get("prefix"):
            if location != "header" or str(type_ref) != "map<string>":
                raise SpecError(file, here, "only a map<string> header field can be a prefix")
            out[-1] = dataclasses.replace(out[-1], wire=wire + "*")
        if spec.get("extra"):
            if location != "body" or type_ref.kind != "map":
                raise SpecError(file, here, "only a map body field can hold extra properties")
            if spec.get("required") or lo or hi:
                raise SpecError(file, here, "a field of extra properties is optional, unbounded")
            if location == "body" and any(f.location == "extra" for f in out[:-1]):
                raise SpecError(file, here, "a body has at most one field of extra properties")
        if "pattern" in spec:
            if not spec.get("extra"):
                raise SpecError(file, here, "only an extra field can have a pattern")
            try:
                re.compile(spec["pattern"])
            except re.error as exc:
                detail = f"pattern is not a regular expression: {exc}"
                raise SpecError(file, here, detail) from None
    return tuple(out)


def _field_location(spec: dict[str, Any], declared: str) -> str:
    if spec.get("flag"):
        return "flag"
    if spec.get("encoding"):
        return str(spec["encoding"])  # csv or json: query fields sent in that form
    if spec.get("extra"):
        return "extra"
    return declared


# Names generated code defines on a model or options class.
_MODEL_RESERVED = frozenset(
    {
        "to_dict",
        "from_dict",
        "extra",
        "header_fields",
        "versioned_fields",
        "secret_fields",
        "pattern_fields",
        "open_properties",
    }
)
# Names an options class defines itself.
_OPTIONS_RESERVED = frozenset(
    {
        "locations",
        "versions",
        "secret_fields",
        "check_microversion",
        "wire_items",
        "has_body_fields",
        "body_fields",
        "paired",
    }
)


def _path_params(op: dict[str, Any], file: str, where: str) -> tuple[PathParam, ...]:
    names = _PATH_PARAM.findall(op["path"])
    declared = op.get("path_params", {})
    for extra in declared:
        if extra not in names:
            raise SpecError(
                file, f"{where}.path_params.{extra}", f"not a parameter of path {op['path']!r}"
            )
    if len(set(names)) != len(names):
        raise SpecError(file, f"{where}.path", "a path parameter appears twice")
    out = []
    for wire in names:
        info = declared.get(wire, {})
        name = safe_identifier(info["name"]) if "name" in info else snake_case(wire)
        if name in RESERVED_FUNCTION_NAMES:
            name += "_"
        out.append(
            PathParam(
                wire=wire,
                name=name,
                description=info.get("description", ""),
                values=tuple(info.get("values", ())),
            )
        )
    return tuple(out)


def _operation(
    name: str, op: dict[str, Any], file: str, where: str, models: set[str], action: bool
) -> Operation:
    path_params = _path_params(op, file, where)
    taken = frozenset(p.name for p in path_params) | _OPTIONS_RESERVED
    if action:
        key = op.get("key", name)
        fields = _fields(op.get("fields"), file, f"{where}.fields", models, "body", taken)
        body: Body | None = Body(
            key=key,
            fields=fields,
            empty=op.get("empty", "object" if fields else "null"),
            content_type=None,
            raw=False,
        )
        method = "POST"
        query: tuple[Field, ...] = ()
        headers: tuple[Field, ...] = ()
        pagination = None
        apiref = None
    else:
        key = None
        method = op["method"]
        query = _fields(op.get("query"), file, f"{where}.query", models, "query", taken)
        headers = _fields(op.get("headers"), file, f"{where}.headers", models, "header", taken)
        body = None
        if "body" in op:
            b = op["body"]
            fields = _fields(b.get("fields"), file, f"{where}.body.fields", models, "body", taken)
            if b.get("raw") and (fields or "key" in b or "type" in b):
                raise SpecError(file, f"{where}.body", "a raw body has no key, type or fields")
            if "type" in b and fields:
                raise SpecError(file, f"{where}.body", "a body has either a type or fields")
            btype = (
                parse_type(b["type"], file, f"{where}.body.type", models) if "type" in b else None
            )
            siblings = _fields(
                b.get("siblings"), file, f"{where}.body.siblings", models, "sibling", taken
            )
            if siblings and "key" not in b:
                raise SpecError(file, f"{where}.body.siblings", "siblings need a body key")
            for f in siblings:
                if f.value is not None or f.location != "sibling":
                    raise SpecError(
                        file, f"{where}.body.siblings.{f.wire}", "a sibling is a plain option"
                    )
            body = Body(
                key=b.get("key"),
                fields=fields,
                empty=b.get("empty"),
                content_type=b.get("content_type"),
                raw=bool(b.get("raw", False)),
                type=btype,
                siblings=siblings,
            )
            if method in ("GET", "HEAD") and not (body.raw or fields or btype):
                raise SpecError(file, f"{where}.body", f"a {method} body needs fields")
        names = [f.name for f in query + headers + ((body.fields + body.siblings) if body else ())]
        for dup in sorted({n for n in names if names.count(n) > 1}):
            raise SpecError(file, where, f"option {dup!r} is both a query/header and a body field")
        pagination = None
        if "pagination" in op:
            p = op["pagination"]
            pagination = Pagination(
                style=p["style"],
                links_key=p.get("links_key"),
                next_key=p.get("next_key"),
                marker_field=p.get("marker_field"),
                count_key=p.get("count_key"),
            )
        apiref = op.get("apiref")
    r = op.get("response", {})
    rtype = parse_type(r["type"], file, f"{where}.response.type", models) if "type" in r else None
    response = Response(
        key=r.get("key"),
        type=rtype,
        raw=bool(r.get("raw", False)),
        exists=bool(r.get("exists", False)),
        description=r.get("description", ""),
        item_key=r.get("item_key"),
        max_version=r.get("max_version"),
    )
    if response.item_key and (rtype is None or not rtype.is_list):
        raise SpecError(file, f"{where}.response", "an item_key needs a list<...> response")
    if response.max_version and (rtype is None or "pagination" in op):
        raise SpecError(
            file, f"{where}.response", "max_version is for the body of a call that returns one"
        )
    if sum([rtype is not None, response.raw, response.exists]) > 1:
        raise SpecError(file, f"{where}.response", "choose one of type, raw and exists")
    if response.key and rtype is None:
        raise SpecError(file, f"{where}.response", "a response key needs a type")
    if pagination is not None and pagination.style != "none":
        if rtype is None or not rtype.is_list:
            raise SpecError(file, f"{where}.pagination", "pagination needs a list<...> response")
        if pagination.style == "marker" and rtype.item and rtype.item.kind != "model":
            raise SpecError(
                file, f"{where}.pagination", "marker pagination needs a list of models"
            )
    lo, hi = op.get("min_version"), op.get("max_version")
    if lo and hi and _version_tuple(lo) > _version_tuple(hi):
        raise SpecError(file, where, f"min_version {lo} is above max_version {hi}")
    return Operation(
        name=name,
        description=op["description"],
        method=method,
        path=op["path"],
        ok=tuple(op["ok"]),
        path_params=path_params,
        query=query,
        headers=headers,
        body=body,
        response=response,
        pagination=pagination,
        min_version=lo,
        max_version=hi,
        action=key,
        deprecated=bool(op.get("deprecated", False)),
        apiref=apiref,
        root=bool(op.get("root", False)),
        options_owner=None if action else op.get("options"),
        apiref_ignore=tuple(
            (direction, fname, " ".join(reason.split()))
            for direction, reasons in op.get("apiref_ignore", {}).items()
            for fname, reason in reasons.items()
        ),
        paired=_paired(op, query, file, where),
    )


def _paired(
    op: dict[str, Any], query: tuple[Field, ...], file: str, where: str
) -> tuple[tuple[str, ...], ...]:
    """``paired:`` groups of query options the server checks together."""
    known = {f.wire for f in query if f.value is None}
    groups = tuple(tuple(group) for group in op.get("paired", ()))
    for i, group in enumerate(groups):
        for wire in group:
            if wire not in known and "options" not in op:
                raise SpecError(file, f"{where}.paired[{i}]", f"{wire!r} is not a query option")
    return groups


def load_service(path: Path, shown: str, package: str) -> Service:
    data = _read_yaml(path, shown)
    _schema_check(data, "service", shown)
    if path.parent.name != data["version"]:
        raise SpecError(
            shown, "version", f"{data['version']!r} does not match folder {path.parent.name!r}"
        )
    mv = data.get("microversion")
    if mv and _version_tuple(mv["min"]) > _version_tuple(mv["max"]):
        raise SpecError(shown, "microversion", "min is above max")
    return Service(
        service_type=data["service_type"],
        aliases=tuple(data.get("aliases", ())),
        version=data["version"],
        version_prefix=data.get("version_prefix", ""),
        project_in_path=data.get("project_in_path"),
        description=data["description"],
        microversion=dict(mv) if mv else None,
        package=package,
        source=shown,
    )


def _options_of(fields: tuple[Field, ...]) -> tuple[Field, ...]:
    return tuple(f for f in fields if f.value is None)


def _fixed_of(fields: tuple[Field, ...]) -> tuple[Field, ...]:
    return tuple(f for f in fields if f.value is not None)


def _share_options(operations: list[Operation], file: str) -> list[Operation]:
    """Gives each operation with ``options: <other>`` the other's options."""
    by_name = {op.name: op for op in operations}
    out = []
    for op in operations:
        if op.options_owner is None:
            out.append(op)
            continue
        where = f"operations.{op.name}.options"
        if op.option_fields:
            reason = "an operation taking another's options has none of its own"
            raise SpecError(file, where, reason)
        owner = by_name.get(op.options_owner)
        if owner is None or owner.action is not None:
            raise SpecError(file, where, f"no operation {op.options_owner!r} in this file")
        if owner.options_owner is not None:
            raise SpecError(file, where, f"{owner.name!r} takes the options of another itself")
        if not owner.option_fields:
            raise SpecError(file, where, f"{owner.name!r} has no options")
        body = op.body
        if owner.body and owner.body.fields:
            # a body shared too: the wrapper, its fields and siblings; this
            # operation adds only fixed values (Nova's return_reservation_id)
            if op.method != owner.method:
                raise SpecError(file, where, "a body is shared only by the same method")
            own = op.body.fields if op.body else ()
            body = dataclasses.replace(owner.body, fields=owner.body.fields + own)
        out.append(
            dataclasses.replace(
                op,
                query=_options_of(owner.query) + _fixed_of(op.query),
                headers=_options_of(owner.headers) + _fixed_of(op.headers),
                body=body,
                paired=owner.paired,
            )
        )
    return out


def load_resource(path: Path, shown: str, service: Service) -> Resource:
    data = _read_yaml(path, shown)
    _schema_check(data, "resource", shown)
    model_names = set(data.get("models", {}))
    models = []
    for mname, m in data.get("models", {}).items():
        where = f"models.{mname}"
        fields = _fields(
            m["fields"], shown, f"{where}.fields", model_names, "body", _MODEL_RESERVED
        )
        for f in fields:
            if f.value is not None or f.encoding is not None:
                raise SpecError(
                    shown, f"{where}.fields.{f.wire}", "value and encoding are for requests only"
                )
        taken = _MODEL_RESERVED | {f.name for f in fields}
        headers = _fields(
            m.get("header_fields"), shown, f"{where}.header_fields", model_names, "header", taken
        )
        models.append(Model(mname, m["description"], fields, headers, bool(m.get("open"))))
    _check_pattern_models(models, shown)
    operations: list[Operation] = []
    names: set[str] = set()
    for section, is_action in (("operations", False), ("actions", True)):
        for name, op in data.get(section, {}).items():
            where = f"{section}.{name}"
            if name in names:
                raise SpecError(shown, where, f"{name!r} is both an operation and an action")
            if name in RESERVED_FUNCTION_NAMES or name.endswith("_url") or name.startswith("_"):
                raise SpecError(shown, where, f"{name!r} cannot be a function name")
            names.add(name)
            operations.append(_operation(name, op, shown, where, model_names, is_action))
    operations = _share_options(operations, shown)
    _check_mutually_unused(models, operations, shown)
    if service.microversion is None:
        _check_no_request_versions(operations, shown)
    operations = _share_param_docs(operations)
    by_model = {m.name: m for m in models}
    by_op = {op.name: op for op in operations}
    return Resource(
        service=service,
        module=module_name(path.stem),
        description=data["description"],
        models=tuple(models),
        operations=tuple(operations),
        source=shown,
        finder=_finder(data.get("find"), by_op, by_model, shown),
        waiter=_waiter(data.get("waiter"), by_op, by_model, shown),
    )


def _model_of(op: Operation | None, by_model: dict[str, Model], item: bool) -> Model | None:
    """The model of this file an operation returns (a listing's item with ``item``)."""
    t = op.response.type if op else None
    if t is not None and item:
        t = t.item if t.is_list else None
    if t is None or t.kind != "model" or t.module:
        return None
    return by_model.get(t.model)


def _field_named(model: Model | None, wire: str) -> Field | None:
    return next((f for f in model.fields if f.wire == wire), None) if model else None


def _plain_get(op: Operation | None) -> bool:
    """A get that takes path parameters only (IDs), as find and the waiters call it."""
    return (
        op is not None
        and op.method == "GET"
        and bool(op.path_params)
        and not op.options_required
        and not (op.min_version or op.max_version)
        and not (op.response.raw or op.response.exists)
    )


def _finder(
    raw: Any, ops: dict[str, Operation], models: dict[str, Model], file: str
) -> Finder | None:
    """``find:`` as declared, or derived: a get by ID and a listing with a name filter.

    ``find: false`` turns it off; a block names the operations and fields
    when they are not ``get``, ``list``, ``name`` and ``id``.
    """
    if raw is False:
        return None
    spec = raw if isinstance(raw, dict) else {}
    get, lst = ops.get(spec.get("get", "get")), ops.get(spec.get("list", "list"))
    where = "find"
    item = _model_of(lst, models, True)
    got = _model_of(get, models, False)
    name_wire, id_wire = spec.get("name_field", "name"), spec.get("id_field", "id")
    name_field, id_field = _field_named(item, name_wire), _field_named(item, id_wire)
    query = {f.wire: f for f in (lst.option_fields if lst else ()) if f.location == "query"}
    filt = query.get(spec.get("filter", "name"))
    ok = (
        _plain_get(get)
        and lst is not None
        and lst.pagination is not None
        and item is not None
        and got is not None
        and name_field is not None
        and id_field is not None
        and filt is not None
        and filt.type.kind == "string"
        and not filt.versioned
        and not lst.options_required
        and not (lst.min_version or lst.max_version)
        and get is not None
        and [p.wire for p in lst.path_params] == [p.wire for p in get.path_params][:-1]
        and "find" not in ops
    )
    if not ok:
        if raw:
            raise SpecError(file, where, "find needs a get by ID and a listing with a name filter")
        return None
    assert get is not None and lst is not None and filt and name_field and id_field and item
    return Finder(
        get=get.name,
        list=lst.name,
        filter=filt.name,
        name_field=name_field.name,
        id_field=id_field.name,
        refetch=item is not got,
    )


_DEFAULT_FAILURES = ("ERROR", "error")


def _waiter(
    raw: Any, ops: dict[str, Operation], models: dict[str, Model], file: str
) -> Waiter | None:
    """``waiter:`` as declared, or derived from a get whose model has a status.

    ``waiter: false`` turns it off; a block sets ``get``, ``status_field``
    (wire name), the ``failure`` statuses and the ``fault`` message path.
    """
    if raw is False:
        return None
    spec = raw if isinstance(raw, dict) else {}
    get = ops.get(spec.get("get", "get"))
    model = _model_of(get, models, False)
    status = _field_named(model, spec.get("status_field", "status"))
    ok = (
        _plain_get(get)
        and status is not None
        and status.type.kind in ("string", "enum")
        and not ({"wait_for_status", "wait_for_delete"} & set(ops))
    )
    if not ok:
        if raw:
            raise SpecError(file, "waiter", "a waiter needs a get whose model has a status")
        return None
    assert get is not None and status is not None and model is not None
    fault = spec.get("fault")
    if fault is None and _field_named(model, "fault") is not None:
        fault = "fault.message"
    return Waiter(
        get=get.name,
        status_field=status.name,
        failure=tuple(spec.get("failure", _DEFAULT_FAILURES)),
        fault=fault,
    )


def _check_pattern_models(models: list[Model], file: str) -> None:
    """A model's extra fields read its own JSON, which only an outermost model keeps.

    So such a model is never the type of another model's field; ``extra``
    fields are unbounded optional maps, and a model that has them is not
    also open (its other properties would have two homes).
    """
    holders = {m.name for m in models if m.pattern_fields}
    for m in models:
        where = f"models.{m.name}"
        for f in m.pattern_fields:
            if f.type.kind != "map" or f.required or f.versioned or f.nullable:
                raise SpecError(
                    file,
                    f"{where}.fields.{f.wire}",
                    "a model's extra field is an optional, unbounded, non-null map<T>",
                )
        if m.open and m.pattern_fields:
            raise SpecError(file, where, "an open model cannot also have extra fields")
        for f in m.fields + m.header_fields:
            nested = set(f.type.models()) & holders
            if nested:
                raise SpecError(
                    file,
                    f"{where}.fields.{f.wire}",
                    f"{sorted(nested)[0]} has extra fields, so it cannot be nested in a model",
                )


def _check_no_request_versions(ops: list[Operation], file: str) -> None:
    """Without microversions, request-side bounds could never be satisfied."""
    for op in ops:
        section = "actions" if op.action else "operations"
        if op.min_version or op.max_version or op.response.max_version:
            raise SpecError(
                file,
                f"{section}.{op.name}",
                "microversion bounds on a service without microversions",
            )
        for f in op.option_fields:
            if f.versioned:
                raise SpecError(
                    file,
                    f"{section}.{op.name}.{f.location}.{f.wire}",
                    "microversion bounds on a service without microversions",
                )


def _share_param_docs(ops: list[Operation]) -> list[Operation]:
    """A path parameter documented once is documented everywhere in the file."""
    docs = {p.wire: p.description for op in ops for p in op.path_params if p.description}
    out = []
    for op in ops:
        params = tuple(
            p if p.description else PathParam(p.wire, p.name, docs.get(p.wire, ""))
            for p in op.path_params
        )
        out.append(dataclasses.replace(op, path_params=params))
    return out


def _check_mutually_unused(models: list[Model], ops: list[Operation], file: str) -> None:
    """Every model must be reachable from an operation (a typo guard)."""
    used: set[str] = set()
    stack: list[str] = []
    for op in ops:
        if op.response.type:
            stack += op.response.type.models()
        for f in op.option_fields:
            stack += f.type.models()
        if op.body and op.body.type:
            stack += op.body.type.models()
    by_name = {m.name: m for m in models}
    while stack:
        name = stack.pop()
        if name in used:
            continue
        used.add(name)
        for f in by_name[name].fields + by_name[name].header_fields:
            stack += f.type.models()
    for m in models:
        if m.name not in used:
            raise SpecError(file, f"models.{m.name}", "model is not used by any operation")


def resource_types(resource: Resource) -> list[tuple[str, TypeRef]]:
    """Every type a resource mentions, with where it is."""
    out: list[tuple[str, TypeRef]] = []
    for m in resource.models:
        out += [(f"models.{m.name}.fields.{f.wire}.type", f.type) for f in m.fields]
        out += [(f"models.{m.name}.header_fields.{f.wire}.type", f.type) for f in m.header_fields]
    for op in resource.operations:
        section = "actions" if op.action else "operations"
        where = f"{section}.{op.name}"
        out += [(f"{where}.{f.location}.{f.wire}.type", f.type) for f in op.option_fields]
        if op.body and op.body.type:
            out.append((f"{where}.body.type", op.body.type))
        if op.response.type:
            out.append((f"{where}.response.type", op.response.type))
    return out


def _check_external_models(specs: SpecSet) -> None:
    """``module.Model`` types must name a model of a resource of the same version."""
    index = {
        (r.service.package, r.service.version, r.module): {m.name for m in r.models}
        for r in specs.resources
    }
    holders = {
        (r.service.package, r.service.version, r.module, m.name)
        for r in specs.resources
        for m in r.models
        if m.pattern_fields
    }
    for resource in specs.resources:
        service = resource.service
        for where, type_ref in resource_types(resource):
            for ref in type_ref.external():
                models = index.get((service.package, service.version, ref.module))
                if models is None:
                    raise SpecError(
                        resource.source,
                        where,
                        f"no resource {ref.module!r} in {service.package} {service.version}",
                    )
                if ref.model not in models:
                    raise SpecError(
                        resource.source, where, f"{ref.module}.yaml has no model {ref.model!r}"
                    )
                if (
                    where.startswith("models.")
                    and (
                        service.package,
                        service.version,
                        ref.module,
                        ref.model,
                    )
                    in holders
                ):
                    raise SpecError(
                        resource.source,
                        where,
                        f"{ref.python} has extra fields, so it cannot be nested in a model",
                    )


def load_specs(root: Path) -> SpecSet:
    """Load every spec under ``root`` (``<service>/<version>/*.yaml``)."""
    root = Path(root)
    if not root.is_dir():
        raise SpecError(root, "", "no such spec folder")
    out = SpecSet()
    for service_file in sorted(root.glob(f"*/*/{SERVICE_FILE}")):
        rel = service_file.relative_to(root).as_posix()
        package = module_name(service_file.parent.parent.name)
        service = load_service(service_file, rel, package)
        out.services.append(service)
        for spec in sorted(service_file.parent.glob("*.yaml")):
            if spec.name == SERVICE_FILE:
                continue
            out.resources.append(load_resource(spec, spec.relative_to(root).as_posix(), service))
    _check_external_models(out)
    for stray in sorted(root.glob("*/*/*.yaml")):
        if not (stray.parent / SERVICE_FILE).exists():
            rel = stray.relative_to(root).as_posix()
            raise SpecError(rel, "", f"no {SERVICE_FILE} beside this spec")
    return out
