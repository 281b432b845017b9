"""List the places where a spec makes the user write the wire format.

    python scripts/smells.py [--specs DIR] [--apiref DIR] [--summary]

The smells (issue 11):

wrapper-options
    an operation whose options hold one required model-typed body field
    that is the wire's wrapper (``CreateOpts(server=ServerCreate(...))``):
    the spec should give the body a ``key`` and flat fields instead.
wrapper-results
    a result (or a listing's item) that is a single-key wrapper: a model
    whose only field is another model (``{"keypair": {...}}`` items), or
    whose one model-typed field is optional (``created.server`` Optional).
str-for-list-or-dict
    an option typed ``string`` whose api-ref type is a list or a dict, or
    a query string documented as comma-separated.
number-as-string
    a size or count typed ``string`` (api-ref integer, or named so).
unpaired-options
    list options the server checks together (Neutron's ``sort_key`` and
    ``sort_dir``) with no ``paired`` declaration.
free-string-closed-set
    a path parameter that names a collection (``resource_type``) with no
    ``values``.

The api-ref tables are read from ``/work/shared/apiref/<service>/fields.tsv``
(or ``--apiref``); without them only the spec-side checks run.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.coverage import normalise  # noqa: E402
from generator.spec import Field, Model, Operation, Resource, load_specs  # noqa: E402

_LIST_OR_DICT = {"array", "list", "[string]", "object", "dict", "dictionary", "list of lists"}
_NUMBER = {"integer", "int", "float"}
_NUMBER_NAME = re.compile(r"(^|_)(size|count|bytes)$")


def _apiref_types(apiref: Path, service_type: str, prefix: str, project: bool) -> dict:
    table = apiref / service_type / "fields.tsv"
    out: dict[tuple[str, str, str, str], str] = {}
    if not table.exists():
        return out
    with table.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["direction"] != "request":
                continue
            key = (
                row["method"].upper(),
                normalise(row["path"], prefix, project),
                row["in"],
                row["name"],
            )
            out.setdefault(key, (row["type"] or "").strip().lower())
    return out


def _models(resource: Resource) -> dict[str, Model]:
    return {m.name: m for m in resource.models}


def _is_wrapper(model: Model) -> bool:
    fields = model.fields
    inner = [f for f in fields if f.type.kind == "model"]
    if len(fields) == 1 and len(inner) == 1:
        return True
    return len(inner) == 1 and not inner[0].required and len(fields) <= 2


def smells(specs_root: Path, apiref: Path) -> list[tuple[str, str, str]]:
    specs = load_specs(specs_root)
    found: list[tuple[str, str, str]] = []
    for resource in specs.resources:
        service = resource.service
        types = _apiref_types(
            apiref, service.service_type, service.version_prefix, bool(service.project_in_path)
        )
        models = _models(resource)
        for op in resource.operations:
            where = f"{resource.source}: {op.name}"
            found += _op_smells(op, where, models, types, service.version_prefix)
    return found


def _op_smells(
    op: Operation, where: str, models: dict[str, Model], types: dict, prefix: str
) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    body = op.body.fields if op.body else ()
    if op.body and op.body.key is None:
        inner = [f for f in body if f.type.kind == "model" and f.required and not f.type.module]
        if len(inner) == 1:
            out.append(("wrapper-options", where, inner[0].wire))
    rtype = op.response.type
    if rtype is not None:
        target = rtype.item if rtype.is_list and rtype.item else rtype
        local = target.kind == "model" and not target.module and target.model in models
        if local and _is_wrapper(models[target.model]):
            out.append(("wrapper-results", where, target.model))
    path = normalise(op.apiref or op.path, prefix)
    for f in op.option_fields:
        where_f = f"{where}: {f.location} {f.wire}"
        kind = {"query": "query", "flag": "query", "header": "header"}.get(f.location, "body")
        ref = types.get((op.method, path, kind, f.wire), "")
        if f.type.kind == "string" and (
            ref in _LIST_OR_DICT or (kind == "query" and "comma-separated" in f.description)
        ):
            out.append(("str-for-list-or-dict", where_f, ref or "comma-separated"))
        if f.type.kind == "string" and (ref in _NUMBER or _NUMBER_NAME.search(f.name)):
            out.append(("number-as-string", where_f, ref or "by name"))
    out += _unpaired(op, where)
    for p in op.path_params:
        if p.wire == "resource_type" and not p.values:
            out.append(("free-string-closed-set", where, p.wire))
    return out


def _unpaired(op: Operation, where: str) -> list[tuple[str, str, str]]:
    by_wire: dict[str, Field] = {f.wire: f for f in op.query}
    key, direction = by_wire.get("sort_key"), by_wire.get("sort_dir")
    if key is None or direction is None or not (key.type.is_list and direction.type.is_list):
        return []
    if any({"sort_key", "sort_dir"} <= set(group) for group in op.paired):
        return []
    return [("unpaired-options", where, "sort_key, sort_dir")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--specs", type=Path, default=ROOT / "specs")
    parser.add_argument("--apiref", type=Path, default=Path("/work/shared/apiref"))
    parser.add_argument("--summary", action="store_true", help="only the counts")
    args = parser.parse_args(argv)
    found = smells(args.specs, args.apiref)
    if not args.summary:
        for kind, where, detail in found:
            print(f"{kind}\t{where}\t{detail}")
    counts = Counter(kind for kind, _, _ in found)
    kinds = (
        "wrapper-options",
        "wrapper-results",
        "str-for-list-or-dict",
        "number-as-string",
        "unpaired-options",
        "free-string-closed-set",
    )
    for kind in kinds:
        print(f"# {kind}: {counts.get(kind, 0)}")
    print(f"# total: {len(found)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
