"""The generator end to end, as its users see it.

* golden: the fixture specs (``fixtures/specs``, a fictional ``widgets``
  service) generate exactly the files in ``fixtures/golden``;
* determinism: the same bytes from any run, folder or hash seed;
* the command line: ``--check``, spec errors, removed specs;
* hostile specs: text from a spec never becomes code;
* the generated package: models and options behave as the spec says.

Everything runs in-process except what only a real process can show (exit
codes through ``python -m``, ``PYTHONHASHSEED``, the working directory).
"""

from __future__ import annotations

import ast
import datetime
import difflib
import functools
import importlib
import io
import itertools
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import black
import msgspec
import pytest
import requests
import urllib3
import yaml

import generator.__main__ as generator_main
import typedstack
from generator.__main__ import main
from generator.build import build, write
from generator.spec import SpecError, SpecSet, load_specs
from tests.unit.recording import Recorder, provider_with
from typedstack.runtime.decoding import query_params
from typedstack.runtime.microversion import parse_version
from typedstack.runtime.models import apply_microversion

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SPECS = FIXTURES / "specs"
GOLDEN = FIXTURES / "golden"
PACKAGE = "widgetsdk"
REFRESH = (
    "python -m generator --specs tests/unit/fixtures/specs "
    "--out tests/unit/fixtures/golden --package widgetsdk"
)
BLACK_MODE = black.Mode(line_length=99, target_versions={black.TargetVersion.PY310})
WIDGETS_URL = "http://widgets.test"
BASE = f"{WIDGETS_URL}/v1.0"
UTC = datetime.timezone.utc


# --------------------------------------------------------------------------
# Helpers


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (bytecode caches aside), by relative path."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Bytes and modification times, to show that nothing was touched."""
    return {
        p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def generate(specs: Path, out: Path, package: str = PACKAGE) -> list[str]:
    return write(build(load_specs(specs), package), out)


_BUILDS: dict[str, dict[str, str]] = {}


@functools.cache
def fixture_files() -> dict[str, str]:
    """The fixture set, rendered once (read-only uses only)."""
    return memo_build(load_specs(SPECS), PACKAGE)


def memo_build(specs: SpecSet, package: str) -> dict[str, str]:
    """:func:`build`, once per distinct spec set (rendering is the slow part)."""
    key = f"{package}:{specs!r}"
    if key not in _BUILDS:
        _BUILDS[key] = build(specs, package)
    return _BUILDS[key]


@pytest.fixture(autouse=True)
def _cli_builds_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The in-process CLI renders a spec set it has already rendered only once.

    Rendering is tested by the golden and determinism tests; the CLI tests
    are about comparing, writing and reporting.
    """
    monkeypatch.setattr(generator_main, "build", memo_build)


def cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    """``python -m generator ARGS`` in-process: (exit code, stdout, stderr)."""
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def copy_specs(tmp_path: Path) -> Path:
    return Path(shutil.copytree(SPECS, tmp_path / "specs"))


def copy_golden(tmp_path: Path) -> Path:
    return Path(shutil.copytree(GOLDEN, tmp_path / PACKAGE))


def write_spec_set(root: Path, service: dict[str, Any], resources: dict[str, Any]) -> Path:
    """A one-service spec folder from Python data; returns the specs root."""
    folder = root / "specs" / "hostile" / "v1"
    folder.mkdir(parents=True)
    dump = {"sort_keys": False, "allow_unicode": True}
    (folder / "_service.yaml").write_text(yaml.safe_dump(service, **dump), encoding="utf-8")
    for name, resource in resources.items():
        (folder / f"{name}.yaml").write_text(yaml.safe_dump(resource, **dump), encoding="utf-8")
    return root / "specs"


@pytest.fixture()
def importer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Writes generated files as a fresh package under tmp_path and imports it.

    The working directory is tmp_path, so a spec that managed to run
    ``touch PWNED`` would leave the file there.
    """
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    names: list[str] = []

    def load(files: dict[str, str], package: str, module: str) -> ModuleType:
        names.append(package)
        write(files, tmp_path / "site" / package)
        importlib.invalidate_caches()
        return importlib.import_module(f"{package}.{module}")

    yield load
    for name in list(sys.modules):
        if name.split(".")[0] in names:
            del sys.modules[name]


_PACKAGES = itertools.count()


def unique_package(prefix: str) -> str:
    return f"{prefix}_{os.getpid()}_{next(_PACKAGES)}"


# --------------------------------------------------------------------------
# Golden output


def test_golden_output(tmp_path: Path) -> None:
    """The fixture specs generate exactly the reviewed files in fixtures/golden."""
    out = tmp_path / PACKAGE
    write(fixture_files(), out)
    got, want = tree(out), tree(GOLDEN)
    hint = (
        "\nThe generator's output for tests/unit/fixtures/specs changed. If the change is "
        f"intended, review it, then refresh the golden files with:\n    {REFRESH}"
    )
    assert sorted(got) == sorted(want), f"the generated files differ from the golden set{hint}"
    for rel in sorted(want):
        if got[rel] != want[rel]:
            diff = "".join(
                difflib.unified_diff(
                    want[rel].decode().splitlines(keepends=True),
                    got[rel].decode().splitlines(keepends=True),
                    f"golden/{rel}",
                    f"generated/{rel}",
                )
            )
            pytest.fail(f"{rel} differs from its golden file:\n{diff[:4000]}{hint}")


def test_golden_files_are_the_package_layout() -> None:
    assert sorted(tree(GOLDEN)) == [
        "__init__.py",
        "py.typed",
        "widgets/__init__.py",
        "widgets/v1/__init__.py",
        "widgets/v1/gadgets.py",
        "widgets/v1/widgets.py",
    ]


def test_golden_files_are_formatted_and_compile() -> None:
    for rel, content in tree(GOLDEN).items():
        if rel.endswith(".py"):
            text = content.decode("utf-8")
            compile(text, rel, "exec")
            assert black.format_str(text, mode=BLACK_MODE) == text, rel
            assert text.endswith("\n") and "\r" not in text and "\t" not in text


# --------------------------------------------------------------------------
# Determinism in-process


def test_two_runs_give_identical_bytes(tmp_path: Path) -> None:
    generate(SPECS, tmp_path / "one")
    write(fixture_files(), tmp_path / "two")
    assert tree(tmp_path / "one") == tree(tmp_path / "two")


def test_specs_order_on_disk_does_not_matter(tmp_path: Path) -> None:
    """Files created in another order (reverse) give the same output."""
    specs = tmp_path / "specs" / "widgets" / "v1"
    specs.mkdir(parents=True)
    for source in sorted((SPECS / "widgets" / "v1").iterdir(), reverse=True):
        shutil.copy(source, specs / source.name)
    # The same model of the API (rendering it is deterministic, see above).
    assert load_specs(tmp_path / "specs") == load_specs(SPECS)


# --------------------------------------------------------------------------
# --check


def test_check_passes_on_up_to_date_output(capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(GOLDEN)
    code, out, err = cli(
        capsys, "--specs", SPECS, "--out", GOLDEN, "--package", PACKAGE, "--check"
    )
    assert (code, err) == (0, "")
    assert out == f"{GOLDEN} is up to date (6 files)\n"
    assert snapshot(GOLDEN) == before


def test_check_lists_an_edited_file_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_dir = copy_golden(tmp_path)
    edited = out_dir / "widgets/v1/widgets.py"
    edited.write_text(edited.read_text() + "# a local edit\n")
    before = snapshot(out_dir)
    code, out, err = cli(
        capsys, "--specs", SPECS, "--out", out_dir, "--package", PACKAGE, "--check"
    )
    assert (code, err) == (1, "")
    assert out.splitlines() == [
        f"{out_dir} is out of date with the specs; run `python -m generator`:",
        "  differs: widgets/v1/widgets.py",
    ]
    assert snapshot(out_dir) == before


def test_check_lists_a_module_whose_spec_was_removed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    specs = copy_specs(tmp_path)
    (specs / "widgets/v1/gadgets.yaml").unlink()
    out_dir = copy_golden(tmp_path)
    before = snapshot(out_dir)
    code, out, err = cli(
        capsys, "--specs", specs, "--out", out_dir, "--package", PACKAGE, "--check"
    )
    assert (code, err) == (1, "")
    assert out.splitlines()[1:] == [
        "  differs: widgets/v1/__init__.py",  # its docstring lists the resources
        "  no spec: widgets/v1/gadgets.py",
    ]
    assert snapshot(out_dir) == before


def test_check_lists_missing_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(
        capsys, "--specs", SPECS, "--out", tmp_path / "none", "--package", PACKAGE, "--check"
    )
    assert code == 1
    assert out.splitlines()[1:] == [
        "  missing: __init__.py",
        "  missing: py.typed",
        "  missing: widgets/__init__.py",
        "  missing: widgets/v1/__init__.py",
        "  missing: widgets/v1/gadgets.py",
        "  missing: widgets/v1/widgets.py",
    ]
    assert not (tmp_path / "none").exists()


# --------------------------------------------------------------------------
# Regenerating


def test_regenerating_only_rewrites_what_changed(tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    assert len(write(fixture_files(), out_dir)) == 6
    before = snapshot(out_dir)
    assert write(fixture_files(), out_dir) == []
    assert snapshot(out_dir) == before


def test_removing_a_spec_removes_its_module(tmp_path: Path) -> None:
    specs = copy_specs(tmp_path)
    out_dir = tmp_path / "out"
    write(fixture_files(), out_dir)
    untouched = snapshot(out_dir)["widgets/v1/widgets.py"]
    (specs / "widgets/v1/gadgets.yaml").unlink()
    changed = generate(specs, out_dir)
    assert changed == ["widgets/v1/__init__.py", "widgets/v1/gadgets.py"]
    assert not (out_dir / "widgets/v1/gadgets.py").exists()
    assert snapshot(out_dir)["widgets/v1/widgets.py"] == untouched
    assert "Resources: widgets." in (out_dir / "widgets/v1/__init__.py").read_text()


def test_removing_a_service_removes_its_package(tmp_path: Path) -> None:
    specs = copy_specs(tmp_path)
    out_dir = tmp_path / "out"
    write(fixture_files(), out_dir)
    cache = out_dir / "widgets/v1/__pycache__"
    cache.mkdir()
    (cache / "widgets.cpython-311.pyc").write_bytes(b"")
    shutil.rmtree(specs / "widgets")
    generate(specs, out_dir)
    assert sorted(tree(out_dir)) == ["__init__.py", "py.typed"]
    assert not (out_dir / "widgets").exists()


# --------------------------------------------------------------------------
# Spec errors through the command line

BAD_SPECS = [
    pytest.param(
        ("widgets/v1/widgets.yaml", "method: HEAD", "method: FETCH"),
        "spec error: widgets/v1/widgets.yaml: operations.exists.method: 'FETCH' is not one "
        "of ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'COPY']",
        False,
        id="schema",
    ),
    pytest.param(
        ("widgets/v1/widgets.yaml", "method: HEAD", "method: FETCH"),
        "spec error: widgets/v1/widgets.yaml: operations.exists.method: 'FETCH' is not one "
        "of ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'COPY']",
        True,
        id="schema-check",
    ),
    pytest.param(
        ("widgets/v1/gadgets.yaml", "type: widgets.Widget", "type: widgets.Wodget"),
        "spec error: widgets/v1/gadgets.yaml: models.Gadget.fields.widget.type: "
        "widgets.yaml has no model 'Wodget'",
        False,
        id="cross-check",
    ),
    pytest.param(
        ("widgets/v1/gadgets.yaml", "  list:\n", "  list: [\n"),
        "spec error: widgets/v1/gadgets.yaml: line 34, column 11: invalid YAML: expected ',' "
        "or ']', but got ':'",
        False,
        id="yaml",
    ),
    pytest.param(
        ("widgets/v1/_service.yaml", "version: v1", "version: v2"),
        "spec error: widgets/v1/_service.yaml: version: 'v2' does not match folder 'v1'",
        True,
        id="service-check",
    ),
]


def _break(specs: Path, edit: tuple[str, str, str]) -> None:
    path = specs / edit[0]
    text = path.read_text()
    assert edit[1] in text
    path.write_text(text.replace(edit[1], edit[2], 1))


@pytest.mark.parametrize(("edit", "message", "check"), BAD_SPECS)
def test_a_bad_spec_is_one_line_and_touches_nothing(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    edit: tuple[str, str, str],
    message: str,
    check: bool,
) -> None:
    specs = copy_specs(tmp_path)
    out_dir = tmp_path / "out"
    write(fixture_files(), out_dir)
    before = snapshot(out_dir)
    _break(specs, edit)
    args = ["--specs", specs, "--out", out_dir, "--package", PACKAGE] + ["--check"] * check
    code, out, err = cli(capsys, *args)
    assert (code, out, err) == (2, "", message + "\n")
    assert snapshot(out_dir) == before


def test_two_specs_for_one_module_is_a_generation_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    specs = copy_specs(tmp_path)
    # gadgets_.yaml is module `gadgets` too (module names are trimmed of underscores).
    shutil.copy(specs / "widgets/v1/gadgets.yaml", specs / "widgets/v1/gadgets_.yaml")
    code, out, err = cli(capsys, "--specs", specs, "--out", tmp_path / "out")
    assert (code, out) == (2, "")
    assert err == (
        "generation error: widgets/v1/gadgets_.yaml: module widgets/v1/gadgets.py is "
        "generated twice\n"
    )
    assert not (tmp_path / "out").exists()


def test_an_explicit_dunder_digit_name_becomes_a_safe_identifier(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    specs = copy_specs(tmp_path)
    _break(specs, ("widgets/v1/gadgets.yaml", "name: gadget_id", "name: __1st"))
    code, _, err = cli(capsys, "--specs", specs, "--out", tmp_path / "out")
    assert code == 0, err
    module = (tmp_path / "out" / "widgets" / "v1" / "gadgets.py").read_text()
    assert "f_1st: str" in module
    compile(module, "gadgets.py", "exec")


# --------------------------------------------------------------------------
# Hostile specs: the generator is a trust boundary

HOSTILE_PATH = "/things/\"\"\"/'''/\\\\/{thing_id}"


# msgspec accepts any wire name without a backslash, a double quote or a
# control character (see test_hostile_wire_names for those).
ODD_WIRE = "OS-EXT:odd name/'{x}' \u00e9"


def hostile_spec_set(text: str, wire: str = ODD_WIRE) -> tuple[dict[str, Any], dict[str, Any]]:
    """A service and a resource with ``text`` in every place that takes text.

    ``wire`` is the wire name of the fields called ``odd``.
    """
    field = {"name": "odd", "type": "string", "description": text}
    enum = {"type": "enum", "values": [text, "plain"], "description": text}
    service = {
        "service_type": "hostile",
        "aliases": ["hostile-alias"],
        "version": "v1",
        "version_prefix": "v1",
        "description": text,
        "microversion": {
            "service_name": text,
            "legacy_header": text,
            "min": "1.0",
            "max": "1.5",
        },
    }
    resource = {
        "description": text,
        "models": {
            "Thing": {
                "description": text,
                "fields": {
                    "id": {"type": "string", "required": True, "description": text},
                    wire: field,
                    "kind": {**enum, "nullable": True},
                },
                "header_fields": {wire + "-h": {**field, "name": "odd_header"}},
            }
        },
        "operations": {
            "list": {
                "description": text,
                "method": "GET",
                "path": "/things",
                "ok": [200],
                "query": {wire: field, "kind": enum},
                "headers": {"X-Odd": {"type": "string", "description": text}},
                "response": {"key": text, "type": "list<Thing>", "description": text},
                "pagination": {"style": "next", "next_key": text},
            },
            "get": {
                "description": text,
                "method": "GET",
                "path": HOSTILE_PATH,
                "path_params": {"thing_id": {"description": text}},
                "ok": [200],
                "response": {"key": text, "type": "Thing", "description": text},
            },
            "create": {
                "description": text,
                "method": "POST",
                "path": "/things",
                "ok": [201],
                "body": {"key": text, "fields": {wire: field}},
            },
        },
        "actions": {
            "poke": {
                "description": text,
                "path": "/things/{thing_id}/action",
                "key": text,
                "ok": [202],
                "fields": {"how": enum},
            }
        },
    }
    return service, resource


def _words(text: str) -> str:
    return " ".join(text.split())


def _attribute_docstrings(source: str, class_name: str) -> dict[str, str]:
    """``{attribute: docstring}`` of a class, read from the source."""
    cls = next(
        n for n in ast.parse(source).body if isinstance(n, ast.ClassDef) and n.name == class_name
    )
    out = {}
    for stmt, after in zip(cls.body, cls.body[1:], strict=False):
        if (
            isinstance(stmt, ast.AnnAssign)
            and isinstance(stmt.target, ast.Name)
            and isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
        ):
            out[stmt.target.id] = after.value.value
    return out


ENDS_IN_TRIPLE_QUOTE: tuple[pytest.MarkDecorator, ...] = ()  # fixed

HOSTILE_TEXTS = [
    pytest.param('"""', id="triple-double-quotes", marks=ENDS_IN_TRIPLE_QUOTE),
    pytest.param("a \"\"\" b ''' c", id="triple-quotes-inside"),
    pytest.param("\\", id="backslash"),
    pytest.param('ends with a quote "', id="trailing-quote"),
    pytest.param("\\N{BULLET} \\x41 \\u0041 \\n \\", id="escape-sequences"),
    pytest.param("line one\nline two\n\nsecond paragraph\n", id="newlines"),
    pytest.param(
        "{{ 7 * 7 }} {{ r.source }} {% for x in range(3) %}loop{% endfor %} {# c #}",
        id="jinja",
    ),
    pytest.param("__import__('os').system('touch PWNED')", id="python-expression"),
    pytest.param(
        '"""; import os; os.system("touch PWNED"); """',
        id="docstring-breakout",
        marks=ENDS_IN_TRIPLE_QUOTE,
    ),
    pytest.param(
        '"""; import os; os.system("touch PWNED"); """ #',
        id="docstring-breakout-then-comment",
    ),
    pytest.param(
        "')\nimport os\nos.system('touch PWNED')\n#\")\nos.system(\"touch PWNED\")\n#",
        id="string-breakout",
    ),
    pytest.param(
        "\t tab \r return \x0c feed caf\u00e9 \u2014 \u65e5\u672c \U0001f600",
        id="whitespace-and-unicode",
    ),
]


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_hostile_text_stays_text(
    tmp_path: Path, importer: Any, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    service, resource = hostile_spec_set(text)
    specs = write_spec_set(tmp_path / "in", service, {"things": resource})
    package = unique_package("hostile")
    files = build(load_specs(specs), package)

    for rel, source in files.items():
        if rel.endswith(".py"):
            compile(source, rel, "exec")
    for rel in ("hostile/v1/__init__.py", "hostile/v1/things.py"):  # those with spec text
        assert black.format_str(files[rel], mode=BLACK_MODE) == files[rel], rel

    # Importing executes nothing from the spec.
    monkeypatch.setattr(os, "system", lambda *a: pytest.fail(f"os.system{a} was called"))
    module = importer(files, package, "hostile.v1.things")
    service_module = sys.modules[f"{package}.hostile.v1"]
    assert not list(tmp_path.rglob("PWNED")) and not (REPO / "PWNED").exists()

    # Docstrings hold the text itself (whitespace folded, as prose).
    words = _words(text)
    assert _words(module.__doc__) == words
    assert _words(module.Thing.__doc__) == words
    assert _words(service_module.__doc__) == words
    assert words in _words(module.get.__doc__)
    assert _words(_attribute_docstrings(files["hostile/v1/things.py"], "Thing")["odd"]) == words

    # Values from the spec are exact Python literals.
    assert service_module.SERVICE.microversion_name == text
    assert service_module.SERVICE.microversion_legacy_header == text
    thing = module.Thing.from_dict({"id": "1", ODD_WIRE: "v", "kind": text})
    assert (thing.odd, thing.kind) == ("v", text)
    assert thing.to_dict() == {"id": "1", ODD_WIRE: "v", "kind": text}
    assert module.ListOpts(odd="v", kind=text).wire_items("query") == [
        (ODD_WIRE, "v"),
        ("kind", text),
    ]
    with pytest.raises(typedstack.InvalidOptions):
        module.ListOpts(kind=text + "!")
    assert module.PokeOpts(how=text).how == text
    assert text in module.create.__code__.co_consts
    assert text in module.poke.__code__.co_consts
    assert module.Thing.header_fields == (("odd_header", ODD_WIRE + "-h"),)
    assert module.resource_url(_TemplateClient(), "x") == HOSTILE_PATH.replace("{thing_id}", "x")


class _TemplateClient:
    """Stands in for a ServiceClient where only the URL template matters."""

    def url(self, template: str, **params: str) -> str:
        return template.format_map(params)


def test_a_nul_character_in_a_description(tmp_path: Path) -> None:
    service, resource = hostile_spec_set("before\x00after")
    files = build(load_specs(write_spec_set(tmp_path, service, {"things": resource})), "pk")
    for rel, source in files.items():
        if rel.endswith(".py"):
            compile(source, rel, "exec")


MSGSPEC_WIRE_NAMES: tuple[pytest.MarkDecorator, ...] = ()  # fixed


@pytest.mark.parametrize(
    "wire",
    [
        pytest.param("it's {x}{{y}} a:b/c#d?e caf\u00e9", id="punctuation-and-unicode"),
        pytest.param("''' or 1", id="triple-single-quote"),
        pytest.param('say "hi"', id="double-quote", marks=MSGSPEC_WIRE_NAMES),
        pytest.param("back\\slash", id="backslash", marks=MSGSPEC_WIRE_NAMES),
        pytest.param("new\nline\ttab", id="control-characters", marks=MSGSPEC_WIRE_NAMES),
    ],
)
def test_hostile_wire_names(tmp_path: Path, importer: Any, wire: str) -> None:
    """A wire name is either refused by the spec checks or round-trips exactly."""
    service, resource = hostile_spec_set("Plain.", wire)
    try:
        specs = load_specs(write_spec_set(tmp_path / "in", service, {"things": resource}))
    except SpecError:
        return
    package = unique_package("wire")
    module = importer(build(specs, package), package, "hostile.v1.things")
    thing = module.Thing.from_dict({"id": "1", wire: "v"})
    assert thing.odd == "v" and thing.to_dict() == {"id": "1", wire: "v"}
    assert module.ListOpts(odd="v").wire_items("query") == [(wire, "v")]
    assert module.CreateOpts(odd="v").wire_items("body") == [(wire, "v")]
    assert module.Thing.header_fields == (("odd_header", wire + "-h"),)


def test_hostile_wire_names_cannot_shadow_generated_names(tmp_path: Path, importer: Any) -> None:
    """Wire names that snake-case into keywords, dunders and builtins stay harmless."""
    fields = {
        w: {"type": "string"}
        for w in ["class", "__dict__", "__init__", "1st", "self", "import", "print", "None"]
    }
    service, resource = hostile_spec_set("Plain.")
    resource["models"]["Thing"]["fields"].update(fields)
    package = unique_package("names")
    files = build(load_specs(write_spec_set(tmp_path / "in", service, {"t": resource})), package)
    module = importer(files, package, "hostile.v1.t")
    wire = {w: w.upper() for w in fields}
    thing = module.Thing.from_dict({"id": "1", **wire})
    python = ["class_", "dict", "init", "f_1st", "self_", "import_", "print", "none"]
    assert [getattr(thing, name) for name in python] == list(wire.values())
    assert thing.to_dict() == {"id": "1", **wire}
    assert callable(module.Thing.to_dict) and module.Thing.__init__ is not None


# --------------------------------------------------------------------------
# Output that passes the spec checks but is wrong (known generator bugs)


def _resource(**sections: Any) -> dict[str, Any]:
    return {"description": "Things.", "operations": {}, **sections}


def _build_one(tmp_path: Path, resource: dict[str, Any]) -> dict[str, str]:
    service = {"service_type": "t", "version": "v1", "version_prefix": "v1", "description": "T."}
    return build(load_specs(write_spec_set(tmp_path, service, {"things": resource})), "pk")


def _spec_error_or_valid(tmp_path: Path, resource: dict[str, Any]) -> dict[str, str] | None:
    """None when the spec is refused; else the files, which must compile."""
    try:
        files = _build_one(tmp_path, resource)
    except SpecError:
        return None
    for rel, source in files.items():
        if rel.endswith(".py"):
            compile(source, rel, "exec")
    return files


@pytest.mark.parametrize(
    ("param", "body"),
    [
        pytest.param("data", {"raw": True}, id="data-with-raw-body"),
        pytest.param("body", {"type": "list<string>"}, id="body-with-typed-body"),
    ],
)
def test_path_parameter_named_like_an_argument(
    tmp_path: Path, param: str, body: dict[str, Any]
) -> None:
    op = {
        "description": "Puts.",
        "method": "PUT",
        "path": f"/things/{{{param}}}",
        "ok": [204],
        "body": body,
    }
    _spec_error_or_valid(tmp_path, _resource(operations={"put": op}))


def test_two_action_paths_in_one_file(tmp_path: Path, importer: Any) -> None:
    actions = {
        name: {"description": "Acts.", "path": f"/{name}s/{{id}}/action", "ok": [202]}
        for name in ("start", "stop")
    }
    files = _build_one(tmp_path / "in", _resource(actions=actions))
    module = importer(files, unique_package("actions"), "hostile.v1.things")
    client = _CallClient()
    module.start(client, "1")
    module.stop(client, "1")
    assert client.urls == ["/starts/1/action", "/stops/1/action"]
    names = [n.name for n in ast.parse(files["hostile/v1/things.py"]).body if hasattr(n, "name")]
    assert len(names) == len(set(names)), names


class _CallClient(_TemplateClient):
    """Records the URL of each ``call``."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def call(self, method: str, url: str, **kwargs: Any) -> None:
        self.urls.append(url)


@pytest.mark.parametrize(
    "where",
    ["query.locations", "query.versions", "model.header_fields", "model.versioned_fields"],
)
def test_field_named_like_a_runtime_attribute(tmp_path: Path, importer: Any, where: str) -> None:
    """Either the spec is refused, or the field works like any other."""
    section, name = where.split(".")
    model = {"description": "A thing.", "fields": {"id": {"type": "string"}}}
    op: dict[str, Any] = {
        "description": "Lists.",
        "method": "GET",
        "path": "/things",
        "ok": [200],
        "response": {"type": "list<Thing>"},
    }
    if section == "query":
        op["query"] = {name: {"type": "string"}, "limit": {"type": "integer"}}
    else:
        model["fields"][name] = {"type": "string"}
    try:
        files = _build_one(
            tmp_path / "in", _resource(models={"Thing": model}, operations={"list": op})
        )
    except SpecError:
        return
    module = importer(files, unique_package("attrs"), "hostile.v1.things")
    cls = module.ListOpts if section == "query" else module.Thing
    attr = next(f.name for f in msgspec.structs.fields(cls) if f.encode_name == name)
    if section == "query":
        opts = cls(**{attr: "x"}, limit=2)
        assert query_params(opts) == [(name, "x"), ("limit", "2")]
        opts.check_microversion(parse_version("1.0"))
    else:
        thing = cls.from_dict({"id": "1", name: "x"})
        apply_microversion(thing, parse_version("1.0"))
        assert getattr(thing, attr) == "x"
        assert thing.to_dict() == {"id": "1", name: "x"}


def test_operation_named_like_an_import(tmp_path: Path, importer: Any) -> None:
    model = {"description": "A thing.", "fields": {"at": {"type": "datetime"}}}
    op = {
        "description": "Shows.",
        "method": "GET",
        "path": "/now",
        "ok": [200],
        "response": {"type": "Thing"},
    }
    resource = _resource(models={"Thing": model}, operations={"datetime": op})
    try:
        files = _build_one(tmp_path / "in", resource)
    except SpecError:
        return
    module = importer(files, unique_package("shadow"), "hostile.v1.things")
    assert module.Thing.from_dict({"at": "2024-01-02T03:04:05Z"}).at.year == 2024


@pytest.mark.parametrize("length", [94, 95, 96])
def test_generated_lines_fit_in_99_columns(tmp_path: Path, length: int) -> None:
    text = "w" * (length - 1) + "."
    op = {"description": "Lists.", "method": "GET", "path": "/things", "ok": [200]}
    files = _build_one(tmp_path, {"description": text, "operations": {"list": op}})
    long = [
        (rel, n, len(line))
        for rel, source in files.items()
        for n, line in enumerate(source.splitlines(), 1)
        if len(line) > 99
    ]
    assert long == []


def test_docstring_of_an_operation_with_only_a_max_version() -> None:
    doc = fixture_files()["widgets/v1/widgets.py"]
    summary = doc[doc.index("def legacy_summary(") :]
    summary = summary[: summary.index('"""', summary.index('"""') + 3)]
    assert "Microversions: up to 1.5." in summary
    resize = doc[doc.index("def resize(") :]
    assert "Microversions: 1.3 and later." in resize[: resize.index("Args:")]


def test_root_docstring_describes_the_generated_package() -> None:
    root = fixture_files()["__init__.py"]
    doc = root[: root.index('"""', 3)]
    assert "typedstack.compute" not in doc
    assert "import widgetsdk" in doc


# --------------------------------------------------------------------------
# The generated fixture package behaves as its spec says


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The fixture package, generated into a temporary folder and imported."""
    site = tmp_path_factory.mktemp("site")
    write(fixture_files(), site / PACKAGE)
    sys.path.insert(0, str(site))
    importlib.invalidate_caches()
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(site))
        for name in list(sys.modules):
            if name == PACKAGE or name.startswith(PACKAGE + "."):
                del sys.modules[name]


@pytest.fixture()
def widgets(sdk: ModuleType) -> ModuleType:
    return importlib.import_module(f"{PACKAGE}.widgets.v1.widgets")


@pytest.fixture()
def gadgets(sdk: ModuleType) -> ModuleType:
    return importlib.import_module(f"{PACKAGE}.widgets.v1.gadgets")


@pytest.fixture()
def recorder() -> Recorder:
    return Recorder()


def client_at(recorder: Recorder, microversion: str | None = "1.9") -> typedstack.ServiceClient:
    service = importlib.import_module(f"{PACKAGE}.widgets.v1")
    provider = provider_with(recorder, {"widget-store": WIDGETS_URL})
    client: typedstack.ServiceClient = service.new_client(provider, microversion=microversion)
    return client


WIDGET_WIRE: dict[str, Any] = {
    "id": "w1",
    "name": "sprocket",
    "status": "ACTIVE",
    "OS-EXT:thing": None,
    "flavorRef": "f1",
    "created_at": "2024-05-06T07:08:09Z",
    "tags": ["a", "b"],
    "legacyColor": "red",
    "revision_count": 3,
    "metadata": {"k": "v"},
    "parts": [{"part_id": "p1", "quantity": 2, "kind": "gear", "vendor": "acme"}],
    "dimensions": {"height": 1.5, "width": 2, "unit": "cm"},
    "payload": [1, "two"],
    "future_field": {"nested": True},
}


def test_the_package_and_its_service(sdk: ModuleType) -> None:
    service = importlib.import_module(f"{PACKAGE}.widgets.v1")
    assert sdk.InvalidOptions is typedstack.InvalidOptions
    info = service.SERVICE
    assert (info.service_type, info.aliases, info.version_prefix) == (
        "widgets",
        ("widget-store",),
        "v1.0",
    )
    assert (info.microversion_name, info.microversion_legacy_header) == (
        "widgets",
        "X-Widgets-API-Version",
    )
    assert (info.min_microversion, info.max_microversion) == ("1.0", "1.12")


def test_model_decodes_wire_names_and_keeps_unknown_fields(widgets: ModuleType) -> None:
    widget = widgets.Widget.from_dict(WIDGET_WIRE)
    assert widget.os_ext_thing is None  # null on the wire
    assert widget.flavor_ref == "f1"  # flavorRef
    assert widget.color == "red"  # legacyColor, renamed by the spec
    assert widget.created_at == datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
    assert widget.updated_at is typedstack.UNSET  # absent
    assert widget.size is typedstack.UNSET
    assert widget.dimensions == widgets.Dimensions(height=1.5, width=2.0, unit="cm")
    assert widget.parts == [widgets.Part(part_id="p1", quantity=2, kind="gear")]
    assert widget.payload == [1, "two"]
    assert widget.extra == {"future_field": {"nested": True}}
    assert widget.to_dict() == WIDGET_WIRE
    assert "os_ext_thing" not in widget.to_dict() and "flavor_ref" not in widget.to_dict()


def test_model_keeps_unknown_enum_values_and_requires_required_fields(
    widgets: ModuleType,
) -> None:
    widget = widgets.Widget.from_dict({**WIDGET_WIRE, "status": "SOMETHING_NEW"})
    assert widget.status == "SOMETHING_NEW"
    missing = {k: v for k, v in WIDGET_WIRE.items() if k != "created_at"}
    with pytest.raises(typedstack.InvalidOptions, match="created_at"):
        widgets.Widget.from_dict(missing)
    with pytest.raises(typedstack.InvalidOptions):
        widgets.Widget.from_dict({**WIDGET_WIRE, "size": "big"})


def test_model_field_types_and_order(widgets: ModuleType) -> None:
    fields = widgets.Widget.__struct_fields__
    assert fields[:4] == ("id", "name", "status", "created_at")  # required first
    assert widgets.Widget.__struct_encode_fields__[fields.index("os_ext_thing")] == "OS-EXT:thing"
    assert widgets.Widget.versioned_fields == (
        ("tags", "1.2", None),
        ("color", None, "1.5"),
        ("revision_count", "1.4", None),
    )
    assert widgets.BlueprintInfo.header_fields == (
        ("checksum", "X-Blueprint-Checksum"),
        ("size", "X-Blueprint-Size"),
    )


def test_options_validate_on_construction(widgets: ModuleType, gadgets: ModuleType) -> None:
    opts = widgets.ListOpts(status="ERROR", tags=["x"], limit=5, all_projects=True)
    assert opts.status == "ERROR"
    bad: list[dict[str, Any]] = [
        {"status": "error"},  # not one of the enum's values
        {"status": 3},
        {"limit": "5"},
        {"limit": 1.5},
        {"tags": "x"},
        {"tags": [1]},
        {"all_projects": "yes"},
        {"changes_since": "yesterday"},
        {"name": None},  # not nullable
    ]
    for kwargs in bad:
        with pytest.raises(typedstack.InvalidOptions, match=next(iter(kwargs))):
            widgets.ListOpts(**kwargs)
    with pytest.raises(TypeError):
        widgets.CreateOpts()  # `name` is required
    with pytest.raises(TypeError):
        widgets.ListOpts(nonsense=1)
    assert widgets.CreateOpts(name="n", os_ext_thing=None).os_ext_thing is None  # nullable
    assert gadgets.ListOpts(sort="anything").sort == "anything"  # an open enum
    with pytest.raises(typedstack.InvalidOptions, match="mode"):
        widgets.ResizeOpts(size=2, mode="slow")


def test_secret_options_are_masked(widgets: ModuleType) -> None:
    opts = widgets.CreateOpts(name="n", admin_pass="hunter2")
    assert "hunter2" not in repr(opts) and "admin_pass='***'" in repr(opts)
    with pytest.raises(typedstack.InvalidOptions) as info:
        widgets.CreateOpts(name="n", admin_pass=["hunter2"])
    assert "hunter2" not in str(info.value)


def test_list_sends_its_query_and_follows_links(widgets: ModuleType, recorder: Recorder) -> None:
    client = client_at(recorder)
    recorder.reply(
        200,
        {
            "widgets": [WIDGET_WIRE],
            "widgets_links": [{"rel": "next", "href": f"{BASE}/widgets?marker=w1"}],
        },
    )
    recorder.reply(200, {"widgets": [{**WIDGET_WIRE, "id": "w2"}]})
    since = datetime.datetime(2024, 1, 1, tzinfo=UTC)
    opts = widgets.ListOpts(
        status="ACTIVE",
        tags=["a", "b"],
        changes_since=since,
        all_projects=True,
    )
    assert [w.id for w in widgets.list(client, opts)] == ["w1", "w2"]
    first, second = recorder.seen
    assert (first.method, first.path) == ("GET", "/v1.0/widgets")
    assert first.query == [
        ("all_projects", ""),
        ("status", "ACTIVE"),
        ("tag", "a"),
        ("tag", "b"),
        ("changes-since", "2024-01-01T00:00:00+00:00"),
    ]
    assert first.headers["OpenStack-API-Version"] == "widgets 1.9"
    assert first.headers["X-Widgets-API-Version"] == "1.9"
    assert second.url == f"{BASE}/widgets?marker=w1"


def test_an_operation_taking_the_options_of_another(
    widgets: ModuleType, recorder: Recorder
) -> None:
    assert not hasattr(widgets, "ListBriefOpts")
    assert widgets.ListOpts.__doc__ == "Options for :func:`list` and :func:`list_brief`."
    recorder.reply(200, {"widgets": [WIDGET_WIRE]})
    opts = widgets.ListOpts(name="n", all_projects=True, trace="t-1")
    found = list(widgets.list_brief(client_at(recorder), opts))
    assert [w.id for w in found] == ["w1"]
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("GET", "/v1.0/widgets/brief")
    assert sent.query == [("all_projects", ""), ("name", "n")]
    assert sent.headers["X-Widget-Trace"] == "t-1"


def test_header_option_of_a_paginated_listing(widgets: ModuleType, recorder: Recorder) -> None:
    recorder.reply(200, {"widgets": []})
    list(widgets.list(client_at(recorder), widgets.ListOpts(trace="t-1")))
    assert recorder.seen[0].headers.get("X-Widget-Trace") == "t-1"


def test_models_are_trimmed_to_the_microversion(widgets: ModuleType, recorder: Recorder) -> None:
    recorder.reply(200, {"widget": WIDGET_WIRE})
    widget = widgets.get(client_at(recorder, "1.1"), "w1")
    assert widget.tags is typedstack.UNSET  # from 1.2
    assert widget.revision_count is typedstack.UNSET  # from 1.4
    assert widget.color == "red"  # until 1.5
    assert widget.extra["tags"] == ["a", "b"]  # nothing is lost
    recorder.reply(200, {"widget": WIDGET_WIRE})
    widget = widgets.get(client_at(recorder, "1.6"), "w1")
    assert (widget.tags, widget.revision_count, widget.color) == (["a", "b"], 3, typedstack.UNSET)


def test_create_sends_wire_names_in_the_wrapper(widgets: ModuleType, recorder: Recorder) -> None:
    recorder.reply(201, {"widget": WIDGET_WIRE})
    opts = widgets.CreateOpts(
        name="n",
        os_ext_thing=None,
        flavor_ref="f1",
        parts=[widgets.Part(part_id="p", quantity=1)],
        idempotency_key="k1",
        admin_pass="pw",
    )
    widget = widgets.create(client_at(recorder), opts)
    assert widget.id == "w1"
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("POST", "/v1.0/widgets")
    assert sent.headers["X-Idempotency-Key"] == "k1"
    assert sent.json == {
        "widget": {
            "name": "n",
            "OS-EXT:thing": None,
            "flavorRef": "f1",
            "parts": [{"part_id": "p", "quantity": 1}],
            "adminPass": "pw",
        }
    }


def test_extra_properties_go_beside_the_named_fields(
    widgets: ModuleType, recorder: Recorder
) -> None:
    recorder.reply(201, {"widget": {**WIDGET_WIRE, "hw_bus": "scsi"}})
    opts = widgets.CreateOpts(name="n", properties={"hw_bus": "scsi", "owner_team": "db"})
    widget = widgets.create(client_at(recorder), opts)
    assert recorder.seen[0].json == {"widget": {"name": "n", "hw_bus": "scsi", "owner_team": "db"}}
    assert widget.extra["hw_bus"] == "scsi"


def test_extra_properties_cannot_stand_in_for_a_named_field(widgets: ModuleType) -> None:
    with pytest.raises(typedstack.InvalidOptions) as info:
        widgets.CreateOpts(name="n", properties={"flavorRef": "f2"})
    assert str(info.value) == (
        "CreateOpts.properties: 'flavorRef' is a field of its own; set flavor_ref= instead"
    )
    with pytest.raises(typedstack.InvalidOptions, match=r"CreateOpts\.properties"):
        widgets.CreateOpts(name="n", properties={"hw_bus": 1})


def test_versioned_option_is_refused_before_the_request(
    widgets: ModuleType, recorder: Recorder
) -> None:
    with pytest.raises(typedstack.MicroversionError, match="tags"):
        widgets.create(client_at(recorder, "1.1"), widgets.CreateOpts(name="n", tags=["t"]))
    assert recorder.seen == []


def test_update_is_a_merge_patch(widgets: ModuleType, recorder: Recorder) -> None:
    recorder.reply(200, {"widget": WIDGET_WIRE})
    widgets.update(client_at(recorder), "w/1", widgets.UpdateOpts(os_ext_thing=None))
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("PATCH", "/v1.0/widgets/w%2F1")
    assert sent.headers["Content-Type"] == "application/merge-patch+json"
    assert sent.json == {"widget": {"OS-EXT:thing": None}}


class StreamingRecorder(Recorder):
    """A recorder whose responses are read from a stream, as a real download's are."""

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        response = super().send(request, **kwargs)
        response.raw = urllib3.response.HTTPResponse(
            body=io.BytesIO(response.content), preload_content=False
        )
        response._content = False
        response._content_consumed = False
        return response


def test_exists_delete_upload_and_download(widgets: ModuleType) -> None:
    recorder = StreamingRecorder()
    client = client_at(recorder)
    recorder.reply(204)
    recorder.reply(404, {"itemNotFound": {"message": "no", "code": 404}})
    assert widgets.exists(client, "w1") is True
    assert widgets.exists(client, "w2") is False
    recorder.reply(204)
    assert widgets.delete(client, "w1") is None
    recorder.reply(204)
    widgets.upload_blueprint(
        client, "w1", b"%PDF-1.7", widgets.UploadBlueprintOpts(checksum="abc")
    )
    recorder.reply(200, b"%PDF-1.7 data", {"Content-Type": "application/pdf"})
    with widgets.download_blueprint(client, "w1") as download:
        assert b"".join(download.iter_chunks()) == b"%PDF-1.7 data"
    methods = [(r.method, r.path) for r in recorder.seen]
    assert methods == [
        ("HEAD", "/v1.0/widgets/w1"),
        ("HEAD", "/v1.0/widgets/w2"),
        ("DELETE", "/v1.0/widgets/w1"),
        ("PUT", "/v1.0/widgets/w1/blueprint"),
        ("GET", "/v1.0/widgets/w1/blueprint"),
    ]
    upload = recorder.seen[3]
    assert upload.body == b"%PDF-1.7"
    assert upload.headers["Content-Type"] == "application/pdf"
    assert upload.headers["Content-MD5"] == "abc"


def test_actions_send_their_key(widgets: ModuleType, recorder: Recorder) -> None:
    client = client_at(recorder)
    recorder.reply(202)
    recorder.reply(202)
    widgets.activate(client, "w1")
    widgets.resize(client, "w1", widgets.ResizeOpts(size=3))
    assert [(r.method, r.path, r.json) for r in recorder.seen] == [
        ("POST", "/v1.0/widgets/w1/action", {"os-activate": None}),
        ("POST", "/v1.0/widgets/w1/action", {"resize": {"size": 3}}),
    ]


def test_operation_microversion_bounds(widgets: ModuleType, recorder: Recorder) -> None:
    with pytest.raises(
        typedstack.MicroversionError, match=r"resize needs microversion 1\.3 or later"
    ):
        widgets.resize(client_at(recorder, "1.2"), "w1", widgets.ResizeOpts(size=3))
    with pytest.raises(
        typedstack.MicroversionError, match=r"history needs microversion 1\.7 or later"
    ):
        widgets.history(client_at(recorder, None), "w1")
    with pytest.raises(
        typedstack.MicroversionError, match=r"legacy_summary was removed after microversion 1\.5"
    ):
        widgets.legacy_summary(client_at(recorder, "1.6"), "w1")
    assert recorder.seen == []
    recorder.reply(200, {"changes": [{"field": "name"}]})
    assert widgets.history(client_at(recorder, "1.7"), "w1") == [{"field": "name"}]
    recorder.reply(200, {"anything": [1]})
    assert widgets.legacy_summary(client_at(recorder, "1.5"), "w1") == {"anything": [1]}


def test_header_only_model(widgets: ModuleType, recorder: Recorder) -> None:
    recorder.reply(200, None, {"X-Blueprint-Checksum": "abc", "X-Blueprint-Size": "2048"})
    info = widgets.blueprint_info(client_at(recorder), "w1")
    assert info.checksum == "abc"
    assert info.to_dict() == {}  # header fields are not part of the wire body


def test_header_field_has_its_declared_type(widgets: ModuleType, recorder: Recorder) -> None:
    recorder.reply(200, None, {"X-Blueprint-Size": "2048"})
    assert widgets.blueprint_info(client_at(recorder), "w1").size == 2048


def test_cross_module_models_and_next_links(gadgets: ModuleType, recorder: Recorder) -> None:
    widgets = importlib.import_module(f"{PACKAGE}.widgets.v1.widgets")
    client = client_at(recorder)
    recorder.reply(
        200,
        {
            "gadgets": [{"id": "g1", "widget": WIDGET_WIRE, "labels": {"c": ["x"]}}],
            "links": {"next": "/v1.0/gadgets?page=2"},
        },
    )
    recorder.reply(200, {"gadgets": [{"id": "g2", "widget": None}], "links": {"next": None}})
    found = list(gadgets.list(client, gadgets.ListOpts(limit=1, sort="name")))
    assert [g.id for g in found] == ["g1", "g2"]
    assert isinstance(found[0].widget, widgets.Widget)
    assert found[0].labels == {"c": ["x"]}
    assert found[1].widget is None
    assert recorder.seen[0].query == [("limit", "1"), ("sort", "name")]
    assert recorder.seen[1].url == f"{WIDGETS_URL}/v1.0/gadgets?page=2"


def test_path_parameter_renamed_by_the_spec(gadgets: ModuleType, recorder: Recorder) -> None:
    recorder.reply(200, {"gadget": {"id": "g 1"}}, {"ETag": '"v7"'})
    gadget = gadgets.get(client_at(recorder), gadget_id="g 1")
    assert recorder.seen[0].path == "/v1.0/gadgets/g%201"
    assert gadget.etag == '"v7"'


def test_typed_body(gadgets: ModuleType, recorder: Recorder) -> None:
    recorder.reply(200, {"tags": ["a"]})
    assert gadgets.replace_tags(client_at(recorder), "g1", ["a"]) == ["a"]
    assert recorder.seen[0].json == ["a"]


def test_empty_typed_list_body(gadgets: ModuleType, recorder: Recorder) -> None:
    recorder.reply(200, {"tags": []})
    gadgets.replace_tags(client_at(recorder), "g1", [])
    assert recorder.seen[0].json == []


# --------------------------------------------------------------------------
# Real processes: started when this module starts, checked at its end


class Processes:
    """``python -m generator`` runs that need a process of their own.

    They start together, in the background, as soon as the module's first
    test runs, and are collected by the tests at the end of the module:

    * ``a``, ``b``: the fixture set from two working directories, with two
      hash seeds, two locales, and a relative and an absolute spec path;
    * ``check``: ``--check`` on an output with an edited and a stale module;
    * ``bad``: a spec error, over an up-to-date output.
    """

    def __init__(self, root: Path) -> None:
        elsewhere = root / "elsewhere"
        elsewhere.mkdir()
        self.paths = {
            "a": root / "a",
            "b": root / "b",
            "check": Path(shutil.copytree(GOLDEN, root / "check")),
            "bad": Path(shutil.copytree(GOLDEN, root / "bad")),
        }
        (self.paths["check"] / "widgets/v1/gadgets.py").write_text("# edited by hand\n")
        (self.paths["check"] / "widgets/v1/old_resource.py").write_text("# spec deleted\n")
        bad_specs = Path(shutil.copytree(SPECS, root / "bad_specs"))
        _break(bad_specs, ("widgets/v1/widgets.yaml", "  get:\n", "  get:\n    methd: GET\n"))
        self.before = {name: snapshot(self.paths[name]) for name in ("check", "bad")}
        runs: dict[str, tuple[list[Any], Path, dict[str, str]]] = {
            "a": (
                ["--specs", "tests/unit/fixtures/specs", "--out", self.paths["a"]],
                REPO,
                {"PYTHONHASHSEED": "0", "LC_ALL": "C.UTF-8"},
            ),
            "b": (
                ["--specs", SPECS, "--out", self.paths["b"]],
                elsewhere,
                {"PYTHONHASHSEED": "4242", "LC_ALL": "C", "PYTHONUTF8": "0"},
            ),
            "check": (["--specs", SPECS, "--out", self.paths["check"], "--check"], elsewhere, {}),
            "bad": (["--specs", bad_specs, "--out", self.paths["bad"]], elsewhere, {}),
        }
        self.started = {
            name: subprocess.Popen(
                [sys.executable, "-m", "generator", *map(str, args), "--package", PACKAGE],
                cwd=cwd,
                env={**os.environ, "PYTHONPATH": str(REPO), **env},
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for name, (args, cwd, env) in runs.items()
        }
        self.results: dict[str, subprocess.CompletedProcess[str]] = {}

    def result(self, name: str) -> subprocess.CompletedProcess[str]:
        if name not in self.results:
            process = self.started[name]
            out, err = process.communicate(timeout=120)
            self.results[name] = subprocess.CompletedProcess(
                process.args, process.returncode, out, err
            )
        return self.results[name]

    def close(self) -> None:
        for name in self.started:
            self.result(name)


@pytest.fixture(scope="module", autouse=True)
def processes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Processes]:
    started = Processes(tmp_path_factory.mktemp("processes"))
    yield started
    started.close()


def test_output_does_not_depend_on_cwd_hash_seed_or_locale(processes: Processes) -> None:
    for name in ("a", "b"):
        result = processes.result(name)
        assert (result.returncode, result.stderr) == (0, ""), name
        assert result.stdout.startswith("generated 6 files into ")
        assert tree(processes.paths[name]) == tree(GOLDEN), name


def test_check_exit_code_through_python_m(processes: Processes) -> None:
    result = processes.result("check")
    assert (result.returncode, result.stderr) == (1, "")
    assert result.stdout.splitlines()[1:] == [
        "  differs: widgets/v1/gadgets.py",
        "  no spec: widgets/v1/old_resource.py",
    ]
    assert snapshot(processes.paths["check"]) == processes.before["check"]


def test_a_bad_spec_through_python_m(processes: Processes) -> None:
    """Exit 2, exactly one line on stderr, no traceback, the output untouched."""
    result = processes.result("bad")
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith("spec error: widgets/v1/widgets.yaml: operations.get: ")
    assert "'methd'" in result.stderr and "Traceback" not in result.stderr
    assert snapshot(processes.paths["bad"]) == processes.before["bad"]
