"""The spec-vs-api-ref check (``python -m generator conformance``).

The first test runs the check over the real specs and fails on anything
not allowlisted, printing the per-service table. The others run it over a
small made-up service to pin down what counts as a finding.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import conformance
from generator.spec import SpecError, load_specs

ROOT = Path(__file__).resolve().parents[2]


def test_specs_conform_to_the_apiref() -> None:
    results = conformance.check(load_specs(ROOT / "specs"))
    text = conformance.report_text(results)
    print(text)
    failures = [f.line() for r in results.values() for f in r.failures]
    assert not failures, text


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
        "Part": {"description": "A part.", "fields": {"size": {"type": "integer"}}},
        "Thing": {
            "description": "A thing.",
            "fields": {
                "id": {"type": "string", "required": True},
                "name": {"type": "string"},
                "parts": {"type": "list<Part>"},
                "meta": {"type": "map<string>"},
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
        "create": {
            "description": "Creates a thing.",
            "method": "POST",
            "path": "/things",
            "ok": [201],
            "body": {"key": "thing", "fields": {"name": {"type": "string"}}},
            "response": {"key": "thing", "type": "Thing"},
        },
    },
}

OPERATIONS = (
    "method\tpath\tsection_title\tsource_file\tline\tindex_status\taction\n"
    "GET\t/v1/things\tList\tx.inc\t1\tcurrent\t\n"
    "POST\t/v1/things\tCreate\tx.inc\t9\tcurrent\t\n"
)
HEADER = (
    "method\tpath\taction\tsection_title\tdirection\tname\tparam_key\tin\ttype\trequired"
    "\tmin_version\tmax_version\tparameters_file\n"
)


def _row(method: str, direction: str, name: str, where: str, kind: str, lo: str = "") -> str:
    section = "List" if method == "GET" else "Create"
    cells = [method, "/v1/things", "", section, direction, name, name, where, kind, "False", lo]
    return "\t".join([*cells, "", "p.yaml"]) + "\n"


FIELDS = [
    _row("GET", "request", "limit", "query", "integer"),
    _row("GET", "request", "X-Auth-Token", "header", "string"),
    _row("GET", "response", "things", "body", "array"),
    _row("GET", "response", "id", "body", "string"),
    _row("GET", "response", "parts", "body", "array"),
    _row("GET", "response", "parts.size", "body", "integer"),
    _row("GET", "response", "meta.anything", "body", "string"),
    _row("GET", "response", "things_links", "body", "array"),
    _row("POST", "request", "thing", "body", "object"),
    _row("POST", "request", "name", "body", "string"),
    _row("POST", "response", "thing", "body", "object"),
    _row("POST", "response", "name", "body", "string"),
]


def _run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, resource: dict[str, Any], rows: list[str]
) -> conformance.ServiceResult:
    specs = tmp_path / "specs" / "widgets" / "v1"
    specs.mkdir(parents=True)
    (specs / "_service.yaml").write_text(yaml.safe_dump(SERVICE))
    (specs / "things.yaml").write_text(yaml.safe_dump(resource))
    apiref = tmp_path / "apiref" / "widgets"
    apiref.mkdir(parents=True)
    (apiref / "operations.tsv").write_text(OPERATIONS)
    (apiref / "fields.tsv").write_text(HEADER + "".join(rows))
    monkeypatch.setattr(conformance, "APIREF", tmp_path / "apiref")
    return conformance.check(load_specs(tmp_path / "specs"))["widgets"]


def test_a_conforming_spec_has_no_findings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = _run(tmp_path, monkeypatch, RESOURCE, FIELDS)
    assert result.findings == []
    assert result.operations == 2
    assert result.counts["request_runtime"] == 1  # X-Auth-Token
    assert result.counts["request_matched"] == 2
    assert result.counts["response_matched"] == 6


def test_missing_type_and_bounds_are_findings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [
        *FIELDS,
        _row("GET", "request", "sort", "query", "string"),
        _row("GET", "response", "name", "body", "integer"),
        _row("POST", "request", "parts.size", "body", "integer"),
        _row("GET", "response", "parts.size", "body", "integer", lo="1.5"),
    ]
    rows.remove(_row("GET", "response", "parts.size", "body", "integer"))
    result = _run(tmp_path, monkeypatch, RESOURCE, rows)
    got = {(f.operation, f.direction, f.field, f.kind) for f in result.failures}
    assert got == {
        ("operations.list", "request", "sort", "missing"),
        ("operations.list", "response", "name", "type"),
        ("operations.create", "request", "parts.size", "missing"),
        ("operations.list", "response", "parts.size", "bounds"),
    }


def test_the_allowlist_covers_findings_and_goes_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    resource = copy.deepcopy(RESOURCE)
    resource["operations"]["list"]["apiref_ignore"] = {
        "request": {"sort": "the service ignores it"},
        "response": {"gone": "no longer documented"},
    }
    rows = [*FIELDS, _row("GET", "request", "sort", "query", "string")]
    result = _run(tmp_path, monkeypatch, resource, rows)
    assert [(f.field, f.reason) for f in result.findings if f.reason] == [
        ("sort", "the service ignores it")
    ]
    assert [(f.field, f.kind) for f in result.failures] == [("gone", "stale")]


def test_an_allowlist_entry_needs_a_reason(tmp_path: Path) -> None:
    resource = copy.deepcopy(RESOURCE)
    resource["operations"]["list"]["apiref_ignore"] = {"request": {"sort": " "}}
    specs = tmp_path / "widgets" / "v1"
    specs.mkdir(parents=True)
    (specs / "_service.yaml").write_text(yaml.safe_dump(SERVICE))
    (specs / "things.yaml").write_text(yaml.safe_dump(resource))
    with pytest.raises(SpecError) as info:
        load_specs(tmp_path)
    assert "apiref_ignore" in str(info.value)
