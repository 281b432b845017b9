"""Whether the specs say everything each service's api-ref documents.

For every spec operation that implements a ``current`` api-ref operation
(matched the way :mod:`generator.coverage` matches them), the fields
``apiref/<service>/fields.tsv`` lists for that operation are compared with
the spec:

* a request field (query, header, body; path parameters are left out) must
  be an option of the operation, a nested one (``networks.uuid``) a field of
  the option's model, or free-form (``object``, ``map<T>``, ``any``);
* a response field (body, header) must be a field of the response model
  (header fields for headers), a nested one likewise;
* a field found must have a compatible type and, on a service with
  microversions, the same microversion bounds.

Anything else is a finding. An operation's ``apiref_ignore`` in the spec
lists fields (by their api-ref name) with the reason they are left out; an
entry that covers no finding is stale and a finding too. Headers the
runtime handles itself (the token, the microversion, request IDs) count as
matched.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from typing import Any

from generator.coverage import APIREF, normalise, spec_operations
from generator.spec import Field, Model, Operation, Resource, Service, SpecSet, TypeRef

# Headers the runtime sends or reads for every call: not options, not fields.
RUNTIME_REQUEST_HEADERS = frozenset(
    {
        "x-auth-token",
        "openstack-api-version",
        "x-openstack-nova-api-version",
        "x-openstack-request-id",
    }
)
RUNTIME_RESPONSE_HEADERS = frozenset(
    {
        "openstack-api-version",
        "x-openstack-nova-api-version",
        "x-openstack-request-id",
        "x-compute-request-id",
        "content-type",
        "content-length",
        "date",
        "x-trans-id",
        "vary",
    }
)

# api-ref type -> the spec type kinds it is compatible with; None: any.
_COMPATIBLE: dict[str, frozenset[str] | None] = {
    "string": frozenset({"string", "enum", "datetime"}),
    "uuid": frozenset({"string"}),
    "enum": frozenset({"string", "enum"}),
    "datestamp": frozenset({"string", "datetime"}),
    "domainname": frozenset({"string"}),
    "hostname": frozenset({"string"}),
    "integer": frozenset({"integer", "number"}),
    "float": frozenset({"number"}),
    "number": frozenset({"number", "integer"}),
    "boolean": frozenset({"boolean"}),
    "bool": frozenset({"boolean"}),
    "key-only (no value required)": frozenset({"boolean"}),
    "key-only, no value expected": frozenset({"boolean"}),
    "array": frozenset({"list"}),
    "list": frozenset({"list"}),
    "list of lists": frozenset({"list"}),
    "object": frozenset({"object", "map", "model"}),
    "dict": frozenset({"object", "map", "model"}),
    "none": None,
    "": None,
}

_FREE = "free"  # a type whose nested fields are not declared (object, map, any)


@dataclass(frozen=True)
class ApiField:
    direction: str
    name: str
    location: str
    type: str
    min_version: str
    max_version: str


@dataclass
class Finding:
    file: str
    operation: str
    direction: str
    field: str
    kind: str  # missing, type, bounds, stale
    detail: str
    reason: str | None = None  # the allowlist's reason, when allowlisted

    def line(self) -> str:
        return f"{self.file}: {self.operation}: {self.direction} {self.field}: {self.detail}"


@dataclass
class ServiceResult:
    service: str
    operations: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)

    def add(self, key: str, n: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + n

    @property
    def failures(self) -> list[Finding]:
        return [f for f in self.findings if f.reason is None]


# --------------------------------------------------------------------------
# The api-ref side


def _current_rows(service: Service) -> set[tuple[str, str, str, str]]:
    table = APIREF / service.service_type / "operations.tsv"
    out = set()
    with table.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["index_status"] == "current":
                action = (row.get("action") or "").split(" (")[0].strip()
                out.add((row["method"].upper(), row["path"], action, row["section_title"]))
    return out


def api_fields(service: Service) -> dict[tuple[str, str, str], list[ApiField]]:
    """The fields of each current api-ref operation, by coverage key."""
    table = APIREF / service.service_type / "fields.tsv"
    if not table.exists():
        return {}
    current = _current_rows(service)
    out: dict[tuple[str, str, str], list[ApiField]] = {}
    with table.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            method, action = row["method"].upper(), (row["action"] or "").strip()
            if (method, row["path"], action, row["section_title"]) not in current:
                continue
            path = normalise(row["path"], service.version_prefix, bool(service.project_in_path))
            out.setdefault((method, path, action), []).append(
                ApiField(
                    direction=row["direction"],
                    name=row["name"].strip(),
                    location=row["in"],
                    type=row["type"].strip().lower(),
                    min_version=row["min_version"].strip(),
                    max_version=row["max_version"].strip(),
                )
            )
    return out


# --------------------------------------------------------------------------
# The spec side


def _vt(v: str | None) -> tuple[int, ...] | None:
    return tuple(int(p) for p in v.split(".")) if v else None


def _lower(*versions: str | None) -> tuple[int, ...] | None:
    vs = [t for t in map(_vt, versions) if t is not None]
    return max(vs) if vs else None


def _upper(*versions: str | None) -> tuple[int, ...] | None:
    vs = [t for t in map(_vt, versions) if t is not None]
    return min(vs) if vs else None


def _show(t: tuple[int, ...] | None) -> str | None:
    return ".".join(map(str, t)) if t else None


def _text(lo: tuple[int, ...] | None, hi: tuple[int, ...] | None) -> str:
    def show(t: tuple[int, ...] | None) -> str:
        return ".".join(map(str, t)) if t else "-"

    return f"[{show(lo)}, {show(hi)}]"


class _Models:
    """Models by (module, name) within one service version."""

    def __init__(self, specs: SpecSet, service: Service) -> None:
        self.by_key: dict[tuple[str, str], Model] = {}
        self.home: dict[int, str] = {}
        for r in specs.resources:
            if r.service is service:
                for m in r.models:
                    self.by_key[(r.module, m.name)] = m

    def members(self, t: TypeRef, module: str) -> dict[str, Field] | str | None:
        """The fields a value of type ``t`` has (``_FREE`` if undeclared).

        A field's type names models of the module the field is declared in:
        ``self.home`` keeps that module for each field returned.
        """
        if t.kind == "model":
            home = t.module or module
            m = self.by_key.get((home, t.model))
            if m is None:
                return None
            for f in m.fields:
                self.home[id(f)] = home
            return {f.wire: f for f in m.fields}
        if t.kind == "list" and t.item is not None:
            return self.members(t.item, module)
        if t.kind == "union":
            out: dict[str, Field] = {}
            for member in t.members:
                got = self.members(member, module)
                if got == _FREE:
                    return _FREE
                if isinstance(got, dict):
                    out.update(got)
            return out or None
        if t.kind == "map" and t.item is not None:
            # the api-ref names a map's values' members without the key
            got = self.members(t.item, module)
            return got if isinstance(got, dict) else _FREE
        if t.kind in ("object", "any"):
            return _FREE
        return None

    def header_fields(self, t: TypeRef | None, module: str) -> tuple[Field, ...]:
        if t is not None and t.kind == "model":
            m = self.by_key.get((t.module or module, t.model))
            return m.header_fields if m else ()
        return ()

    def module_of(self, t: TypeRef, module: str) -> str:
        return t.module or module


def _kinds(t: TypeRef) -> set[str]:
    if t.kind == "union":
        return {k for m in t.members for k in _kinds(m)}
    return {t.kind}


def _type_ok(api_type: str, f: Field, location: str) -> bool:
    allowed = _COMPATIBLE.get(api_type)
    if allowed is None:
        return True
    kinds = _kinds(f.type)
    if location in ("query", "header") and api_type == "string":
        # on the wire every query value and header is text: the spec's type
        # is how it reads (a number, a flag, a repeated key, a prefix map)
        return not kinds & {"model", "object"}
    return "any" in kinds or bool(kinds & allowed)


def _resolve(
    names: list[str], fields: dict[str, Field] | str | None, models: _Models, module: str
) -> tuple[list[Field], bool] | None:
    """The spec fields a dotted api-ref name goes through, and whether all of it.

    Not all of it when a free-form field (object, map, any) holds the rest;
    None when the spec has no such field.
    """
    chain: list[Field] = []
    for i, name in enumerate(names):
        if fields == _FREE:
            return chain, False
        if not isinstance(fields, dict) or name not in fields:
            return None
        f = fields[name]
        chain.append(f)
        if i + 1 < len(names):
            fields = models.members(f.type, models.home.get(id(f), module))
    return chain, True


def _header(name: str, fields: tuple[Field, ...]) -> Field | None:
    low = name.lower()
    for f in fields:
        if f.wire.lower() == low:
            return f
    for f in fields:
        wire = f.wire.lower()
        if wire.endswith("*") and low.startswith(wire[:-1]):
            return f
    return None


# --------------------------------------------------------------------------
# The check


def _check_operation(
    resource: Resource,
    op: Operation,
    rows: list[ApiField],
    models: _Models,
    versioned: bool,
    result: ServiceResult,
) -> None:
    section = "actions" if op.action else "operations"
    where = f"{section}.{op.name}"
    ignore = {(d, n): r for d, n, r in op.apiref_ignore}
    used: set[tuple[str, str]] = set()
    module = resource.module
    by_name: dict[tuple[str, str], list[ApiField]] = {}
    for row in rows:
        if row.location == "path" or row.direction not in ("request", "response"):
            continue
        by_name.setdefault((row.direction, row.name), []).append(row)
    # the api-ref's own bounds of each name, for its nested names
    api_lo = {k: [r.min_version for r in v] for k, v in by_name.items()}
    api_hi = {k: [r.max_version for r in v] for k, v in by_name.items()}

    def finding(direction: str, name: str, kind: str, detail: str) -> None:
        reason = ignore.get((direction, name))
        if reason is not None:
            used.add((direction, name))
        found = Finding(resource.source, where, direction, name, kind, detail, reason)
        result.findings.append(found)
        result.add(f"{direction}_{'allowlisted' if reason else kind}")

    def body_resolve(direction: str, name: str) -> tuple[list[Field], bool] | None:
        parts = name.split(".")
        if direction == "request":
            body = op.body
            if body is None:
                return None
            if body.key and parts[0] == body.key:
                parts = parts[1:]
            top: dict[str, Field] | str | None
            if body.type is not None:
                top = models.members(body.type, module)
            else:
                top = {f.wire: f for f in body.fields}
        else:
            r = op.response
            if r.key and parts[0] == r.key:
                parts = parts[1:]
            if r.item_key and parts[:1] == [r.item_key]:
                parts = parts[1:]
            if r.type is None:
                return None
            top = models.members(r.type, module)
        return _resolve(parts, top, models, module) if parts else None

    # The api-ref often lists an object's members without its name, right
    # after it (``server``, then ``flavorRef``): such a name may resolve
    # under any object the operation's table names.
    containers: dict[str, list[str]] = {"request": [], "response": []}
    for (direction, name), group in by_name.items():
        if group[0].location == "body" and group[0].type in ("object", "dict", "array"):
            got = body_resolve(direction, name)
            last = got[0][-1] if got and got[1] else None
            if last and isinstance(
                models.members(last.type, models.home.get(id(last), module)), dict
            ):
                containers[direction].append(name)

    op_lo, op_hi = _vt(op.min_version), _vt(op.max_version)
    for (direction, name), rows_of_name in by_name.items():
        # rows outside the operation's microversions (a legacy variant) do not apply
        group = [
            r
            for r in rows_of_name
            if not versioned
            or not (
                (op_hi and r.min_version and _vt(r.min_version) > op_hi)  # type: ignore[operator]
                or (op_lo and r.max_version and _vt(r.max_version) < op_lo)  # type: ignore[operator]
            )
        ]
        if not group:
            result.add(f"{direction}_outside")
            continue
        location = group[0].location
        resolved: tuple[list[Field], bool] | None
        if location == "header":
            runtime = (
                RUNTIME_REQUEST_HEADERS if direction == "request" else RUNTIME_RESPONSE_HEADERS
            )
            if name.lower() in runtime or (
                direction == "request" and name.lower() == "content-type" and op.body is not None
            ):
                result.add(f"{direction}_runtime")
                continue
            if direction == "request":
                hf = _header(name, op.headers)
            else:
                hf = _header(name, models.header_fields(op.response.type, module))
            resolved = ([hf], True) if hf else None
        elif direction == "request" and location == "query":
            qf = next((f for f in op.query if f.wire == name), None)
            resolved = ([qf], True) if qf else None
        elif direction == "request":
            parts = name.split(".")
            body = op.body
            if body is None:
                resolved = None
            elif body.key and parts == [body.key]:
                result.add("request_wrapper")
                continue
            else:
                if body.key and parts[0] == body.key:
                    parts = parts[1:]
                top: dict[str, Field] | str | None
                if body.type is not None:
                    top = models.members(body.type, module)
                else:
                    top = {f.wire: f for f in body.fields}
                resolved = _resolve(parts, top, models, module)
        else:
            parts = name.split(".")
            r = op.response
            pag = op.pagination
            aside = {
                k.split(".")[0]
                for k in ((pag.links_key, pag.next_key, pag.count_key) if pag else ())
                if k
            }
            if r.key and parts == [r.key]:
                result.add("response_wrapper")
                continue
            if r.item_key and parts[0] == r.item_key:  # each item's own envelope
                if len(parts) == 1:
                    result.add("response_wrapper")
                    continue
                parts = parts[1:]
            if not r.key and name in aside:
                result.add("response_matched")
                continue
            if r.key and parts[0] == r.key:
                parts = parts[1:]
            elif r.key and parts[0] in aside:
                result.add("response_matched")
                continue
            if r.type is None:
                resolved = None
            else:
                resolved = _resolve(parts, models.members(r.type, module), models, module)
        if resolved is None and location == "body":
            for parent in containers[direction]:
                resolved = body_resolve(direction, f"{parent}.{name}")
                if resolved is not None:
                    break
        if resolved is None:
            where_in = "" if location == "body" else f" ({location})"
            finding(direction, name, "missing", f"not in the spec{where_in}, {group[0].type}")
            continue
        chain, complete = resolved
        if not chain:
            result.add(f"{direction}_matched")
            continue
        last = chain[-1]
        if complete and not any(_type_ok(r.type, last, r.location) for r in group):
            finding(
                direction,
                name,
                "type",
                f"type {last.type} but the api-ref says {group[0].type}",
            )
            continue
        if versioned:
            spec_lo = _lower(op.min_version, *(f.min_version for f in chain))
            spec_hi = _upper(op.max_version, *(f.max_version for f in chain))
            prefixes = [".".join(name.split(".")[: i + 1]) for i in range(name.count("."))]
            ok = False
            api_shown = ""
            for r in group:
                parents_lo = [v for p in prefixes for v in api_lo.get((direction, p), [])]
                parents_hi = [v for p in prefixes for v in api_hi.get((direction, p), [])]
                lo = _lower(op.min_version, r.min_version, *_single(parents_lo))
                hi = _upper(op.max_version, r.max_version, *_single(parents_hi))
                api_shown = _text(lo, hi)
                if (lo, hi) == (spec_lo, spec_hi):
                    ok = True
                    break
            if not ok and len(group) > 1:
                # one spec field for rows that split the range (a type change)
                lows = [_vt(r.min_version) for r in group]
                highs = [_vt(r.max_version) for r in group]
                lo = _lower(op.min_version, *([] if None in lows else [_show(min(lows))]))
                hi = _upper(op.max_version, *([] if None in highs else [_show(max(highs))]))
                ok = (lo, hi) == (spec_lo, spec_hi)
            if not ok:
                finding(
                    direction,
                    name,
                    "bounds",
                    f"bounds {_text(spec_lo, spec_hi)} but the api-ref says {api_shown}",
                )
                continue
        result.add(f"{direction}_matched")
    for direction, name in ignore:
        if (direction, name) not in used:
            result.findings.append(
                Finding(
                    resource.source,
                    where,
                    direction,
                    name,
                    "stale",
                    "allowlisted, but nothing to allow: remove the apiref_ignore entry",
                )
            )
            result.add("stale")


def _single(values: list[str]) -> list[str]:
    """A parent's bound counts only when all its api-ref rows agree on it."""
    return values[:1] if values and all(v == values[0] for v in values) else []


def check(specs: SpecSet) -> dict[str, ServiceResult]:
    out: dict[str, ServiceResult] = {}
    for service in sorted(specs.services, key=lambda s: s.service_type):
        result = ServiceResult(service.service_type)
        out[service.service_type] = result
        api = api_fields(service)
        models = _Models(specs, service)
        versioned = service.microversion is not None
        for key, ops in spec_operations(specs, service).items():
            rows = api.get(key)
            if rows is None:
                continue
            for resource, op in ops:
                result.operations += 1
                _check_operation(resource, op, rows, models, versioned, result)
    return out


# --------------------------------------------------------------------------
# Output

_COLUMNS = (
    ("ops", None),
    ("req ok", "request_matched"),
    ("req miss", "request_missing"),
    ("req allow", "request_allowlisted"),
    ("resp ok", "response_matched"),
    ("resp miss", "response_missing"),
    ("resp allow", "response_allowlisted"),
    ("type", None),
    ("bounds", None),
    ("stale", "stale"),
)


def _row(result: ServiceResult) -> dict[str, int]:
    fails = result.failures
    row = {"ops": result.operations}
    for title, key in _COLUMNS[1:]:
        if key:
            row[title] = result.counts.get(key, 0)
    row["type"] = sum(1 for f in fails if f.kind == "type")
    row["bounds"] = sum(1 for f in fails if f.kind == "bounds")
    return row


def as_data(results: dict[str, ServiceResult]) -> dict[str, Any]:
    return {
        name: {
            "table": _row(r),
            "counts": dict(sorted(r.counts.items())),
            "failures": [f.__dict__ for f in r.failures],
            "allowlisted": [f.__dict__ for f in r.findings if f.reason is not None],
        }
        for name, r in results.items()
    }


def table(results: dict[str, ServiceResult]) -> str:
    titles = [t for t, _ in _COLUMNS]
    lines = [f"{'service':<16}" + "".join(f"{t:>11}" for t in titles)]
    totals = dict.fromkeys(titles, 0)
    for name, r in results.items():
        row = _row(r)
        for t in titles:
            totals[t] += row[t]
        lines.append(f"{name:<16}" + "".join(f"{row[t]:>11}" for t in titles))
    lines.append(f"{'total':<16}" + "".join(f"{totals[t]:>11}" for t in titles))
    return "\n".join(lines)


def report_text(results: dict[str, ServiceResult]) -> str:
    out = [table(results)]
    failures = [f for r in results.values() for f in r.failures]
    if failures:
        out.append(f"\n{len(failures)} not allowlisted:")
        out += [f"  {f.line()}" for f in failures]
    return "\n".join(out)


def print_report(results: dict[str, ServiceResult], as_json: bool) -> int:
    if as_json:
        print(json.dumps(as_data(results), indent=2, sort_keys=True))
    else:
        print(report_text(results))
    return 1 if any(r.failures for r in results.values()) else 0


__all__ = ["ApiField", "Finding", "ServiceResult", "api_fields", "check", "print_report", "table"]
