"""How much of each service's api-ref the specs cover.

The denominator is every distinct (method, path, action) of a ``current``
row in ``apiref/<service>/operations.tsv``; see ``apiref/README.md``.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from generator.spec import Operation, Resource, Service, SpecSet

APIREF = Path(__file__).with_name("apiref")
_PARAM = re.compile(r"\{[^}]*\}")


@dataclass(frozen=True, order=True)
class ApiOperation:
    method: str
    path: str
    action: str
    section: str = field(compare=False, default="")


def normalise(path: str, version_prefix: str, project_in_path: bool = False) -> str:
    """Drop the query string and version prefix; parameter names become ``{}``.

    With ``project_in_path`` (Cinder's ``/v3/{project_id}/volumes``, Swift's
    ``/v1/{account}/...``), the parameter right after the version goes too:
    specs leave it to the service client.
    """
    path = path.split("?", 1)[0].strip()
    if not path.startswith("/"):
        path = "/" + path
    path = _PARAM.sub("{}", path)
    segments = [s for s in path.split("/") if s]
    # The api-ref may spell the service's mount point (/identity/v3/...).
    if version_prefix and version_prefix in segments:
        segments = segments[segments.index(version_prefix) + 1 :]
    if project_in_path and segments[:1] == ["{}"]:
        segments = segments[1:]
    return "/" + "/".join(segments).rstrip("/")


def current_operations(
    service_type: str, version_prefix: str, project_in_path: bool = False
) -> list[ApiOperation]:
    table = APIREF / service_type / "operations.tsv"
    if not table.exists():
        return []
    seen: dict[tuple[str, str, str], ApiOperation] = {}
    with table.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["index_status"] != "current":
                continue
            op = ApiOperation(
                row["method"].upper(),
                normalise(row["path"], version_prefix, project_in_path),
                (row.get("action") or "").split(" (")[0].strip(),
                row["section_title"],
            )
            seen.setdefault((op.method, op.path, op.action), op)
    return sorted(seen.values())


def _spec_key(op: Operation, version_prefix: str) -> tuple[str, str, str]:
    path = normalise(op.apiref or op.path, version_prefix)
    return op.method, path, op.action or ""


def spec_operations(
    specs: SpecSet, service: Service
) -> dict[tuple[str, str, str], list[tuple[Resource, Operation]]]:
    """The service's spec operations by api-ref key (method, path, action), in spec order."""
    out: dict[tuple[str, str, str], list[tuple[Resource, Operation]]] = {}
    for resource in specs.resources:
        if resource.service is not service:
            continue
        for op in resource.operations:
            out.setdefault(_spec_key(op, service.version_prefix), []).append((resource, op))
    return out


def report(specs: SpecSet) -> dict[str, object]:
    """Coverage per service, as data."""
    services: dict[str, object] = {}
    total_ops = total_covered = 0
    for service in sorted(specs.services, key=lambda s: s.service_type):
        api = current_operations(
            service.service_type, service.version_prefix, bool(service.project_in_path)
        )
        implemented: dict[tuple[str, str, str], dict[str, object]] = {}
        for key, ops in spec_operations(specs, service).items():
            resource, op = ops[0]
            implemented[key] = {
                "module": f"{service.package}.{service.version}.{resource.module}",
                "function": op.name,
                "request_model": op.options_class
                or (str(op.body.type) if op.body and op.body.type else None),
                "response_model": _response_model(op),
            }
        covered, missing = [], []
        for a in api:
            entry = {
                "method": a.method,
                "path": a.path,
                "action": a.action or None,
                "section": a.section,
            }
            hit = implemented.get((a.method, a.path, a.action))
            if hit is not None:
                covered.append({**entry, **hit})
            else:
                missing.append(entry)
        total_ops += len(api)
        total_covered += len(covered)
        services[service.service_type] = {
            "operations": len(api),
            "covered": len(covered),
            "percent": round(100 * len(covered) / len(api), 1) if api else None,
            "covered_operations": covered,
            "missing_operations": missing,
        }
    return {
        "services": services,
        "operations": total_ops,
        "covered": total_covered,
    }


def _response_model(op: Operation) -> str | None:
    r = op.response
    if r.exists:
        return "bool"
    if r.raw:
        return "bytes"
    return str(r.type) if r.type else None


def print_report(data: dict[str, object], as_json: bool) -> None:
    if as_json:
        print(json.dumps(data, indent=2, sort_keys=True))
        return
    services = data["services"]
    assert isinstance(services, dict)
    print(f"{'service':<16}{'covered':>9}{'of':>6}{'%':>8}")
    for name, info in services.items():
        pct = "-" if info["percent"] is None else f"{info['percent']:.1f}"
        print(f"{name:<16}{info['covered']:>9}{info['operations']:>6}{pct:>8}")
    for name, info in services.items():
        if info["missing_operations"]:
            print(f"\n{name}: not covered")
            for m in info["missing_operations"]:
                action = f" ({m['action']})" if m["action"] else ""
                print(f"  {m['method']:<7}{m['path']}{action}  [{m['section']}]")


__all__ = ["current_operations", "normalise", "print_report", "report", "spec_operations"]
