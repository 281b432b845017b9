"""Mutated spec files: ``load_specs`` and ``python -m generator`` fail with one-line SpecErrors.

The base is a copy of a few real spec files (three services, with
microversions, actions, pagination, header fields, enums). Each input
mutates one file: a key dropped or renamed, a value replaced by one of
another type or by another string (type expressions, paths, versions,
names), a random key inserted, or the whole file replaced by random YAML
or bytes.
Loading must then succeed or raise :class:`SpecError` whose message is
``file: location: reason`` on one line; the generator must exit 2 with that
line and leave an existing output folder exactly as it was.
"""

from __future__ import annotations

import contextlib
import copy
import datetime
import functools
import hashlib
import io
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.__main__ import main as generator_main
from generator.spec import SpecError, load_specs
from tests.fuzz.fuzzing import FUZZ, count, outcome

ROOT = Path(__file__).resolve().parents[2]
SERVICE = "_service.yaml"
BASE_FILES = [
    "identity/v3/_service.yaml",
    "identity/v3/regions.yaml",
    "identity/v3/credentials.yaml",
    "identity/v3/oauth2.yaml",
    "compute/v2/_service.yaml",
    "compute/v2/server_tags.yaml",
    "compute/v2/flavor_access.yaml",
    "compute/v2/server_groups.yaml",
    "placement/v1/_service.yaml",
    "placement/v1/traits.yaml",
]


@pytest.fixture(scope="module")
def base_specs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A spec folder of real spec files that loads without error."""
    root = tmp_path_factory.mktemp("base-specs")
    for rel in BASE_FILES:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / "specs" / rel, root / rel)
    load_specs(root)  # the base must be valid for the mutations to mean anything
    return root


@contextlib.contextmanager
def spec_copy(base: Path, rel: str | None = None) -> Iterator[Path]:
    """A fresh copy of ``base`` for one input (hypothesis reuses the fixture).

    With ``rel``, only the service file, that file and one other resource
    of its folder are copied: loading is the slow part, and the other
    files do not see the mutated one (the base specs have no cross-file
    references).
    """
    scratch = base.parent / (base.name + "-scratch")
    if scratch.exists():
        shutil.rmtree(scratch)
    if rel is None:
        shutil.copytree(base, scratch)
    else:
        folder = Path(rel).parent
        (scratch / folder).mkdir(parents=True)
        # The service file, the mutated file, and one other resource to load.
        keep = {SERVICE, Path(rel).name}
        others = sorted(p.name for p in (base / folder).iterdir() if p.name not in keep)
        for name in sorted(keep) + others[:1]:
            shutil.copy(base / folder / name, scratch / folder / name)
    try:
        yield scratch
    finally:
        shutil.rmtree(scratch)


# ---------------------------------------------------------------- mutations

yaml_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.floats(allow_nan=False, allow_infinity=False, width=32)
    | st.text(max_size=12)
    | st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2100, 1, 1))
    | st.sampled_from(["string", "list<string>", "map<", "Region", "GET", "2.1", "{x}", "/a/{b}"])
)
# Strings that mean something in a spec: type expressions, paths, versions, names.
spec_words = st.sampled_from(
    [
        "string",
        "integer",
        "number",
        "boolean",
        "datetime",
        "any",
        "object",
        "enum",
        "list<string>",
        "map<integer>",
        "list<map<Region>>",
        "list<",
        "map<>",
        "list<list<>>",
        "Region",
        "Nope",
        "regions.Region",
        "nowhere.Thing",
        "server_groups.ServerGroup",
        "/x",
        "/x/{a}",
        "/x/{a}/{a}",
        "/x/{",
        "{}",
        "/{region_id}",
        "x",
        "GET",
        "POST",
        "PUT",
        "PATCH",
        "DELETE",
        "HEAD",
        "get",
        "1.0",
        "2.1",
        "2.999",
        "0.0",
        "1.39",
        "3",
        "1.2.3",
        "links",
        "next",
        "marker",
        "none",
        "links.next",
        "id",
        "name",
        "class",
        "def",
        "to_dict",
        "from_dict",
        "extra",
        "list_url",
        "_private",
        "Upper",
        "null",
        "object",
        "application/json",
        "application/x-www-form-urlencoded",
    ]
)
yaml_keys = spec_words | st.text(max_size=10) | st.integers(-5, 5) | st.booleans() | st.none()
yaml_values = st.recursive(
    yaml_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(yaml_keys, inner, max_size=3),
    max_leaves=8,
)


def _paths(node: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [here]
    if isinstance(node, dict):
        for key, value in node.items():
            out += _paths(value, (*here, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out += _paths(value, (*here, i))
    return out


@functools.cache
def _base_doc(rel: str) -> Any:
    return yaml.safe_load((ROOT / "specs" / rel).read_text(encoding="utf-8"))


def _at(node: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        node = node[part]
    return node


@st.composite
def mutations(draw: st.DrawFn) -> tuple[str, str, bytes]:
    """(file, description of the change, new content of the file)."""
    rel = draw(st.sampled_from(BASE_FILES))
    doc = copy.deepcopy(_base_doc(rel))
    kind = draw(
        st.sampled_from(
            [
                "drop",
                "retype",
                "insert",
                "restring",
                "restring",
                "rename",
                "random yaml",
                "random text",
            ]
        )
    )
    if kind == "random yaml":
        value = draw(yaml_values)
        return rel, kind, yaml.safe_dump(value, sort_keys=False, allow_unicode=True).encode()
    if kind == "random text":
        raw = draw(st.text(max_size=80).map(str.encode) | st.binary(max_size=40))
        return rel, kind, raw
    paths = _paths(doc)
    if kind == "drop":
        paths = [p for p in paths if p]  # the root cannot be dropped
    if kind == "insert":
        paths = [p for p in paths if isinstance(_at(doc, p), dict | list)]
    if kind == "restring":
        paths = [p for p in paths if isinstance(_at(doc, p), str)]
    if kind == "rename":
        paths = [p for p in paths if p and isinstance(p[-1], str)]
    path = draw(st.sampled_from(paths))
    target = _at(doc, path)
    if kind == "drop":
        parent = _at(doc, path[:-1])
        del parent[path[-1]]
    elif kind == "restring":
        _at(doc, path[:-1])[path[-1]] = draw(spec_words | st.text(max_size=10))
    elif kind == "rename":
        parent = _at(doc, path[:-1])
        parent[draw(spec_words | st.text(max_size=10))] = parent.pop(path[-1])
    elif kind == "retype":
        old = target
        new = draw(yaml_values.filter(lambda v: type(v) is not type(old)))
        if path:
            _at(doc, path[:-1])[path[-1]] = new
        else:
            doc = new
    elif isinstance(target, dict):
        target[draw(yaml_keys)] = draw(yaml_values)
    else:
        target.insert(draw(st.integers(0, len(target))), draw(yaml_values))
    content = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True).encode()
    return rel, f"{kind} at {list(path)}", content


def _check_spec_error(exc: SpecError, root: Path) -> None:
    message = str(exc)
    assert "\n" not in message and "\r" not in message, message
    assert message == f"{exc.file}: {exc.location or '(top)'}: {exc.reason}", message
    assert exc.reason, message
    assert exc.file in BASE_FILES or exc.file == str(root), message


@settings(FUZZ, max_examples=200)
@given(mutation=mutations())
def test_mutated_spec_loads_or_raises_one_line_spec_error(
    base_specs: Path, mutation: tuple[str, str, bytes]
) -> None:
    target = "test_mutated_spec_loads_or_raises_one_line_spec_error"
    count(target)
    rel, _what, content = mutation
    with spec_copy(base_specs, rel) as root:
        (root / rel).write_bytes(content)
        try:
            load_specs(root)
        except SpecError as exc:
            _check_spec_error(exc, root)
            outcome(target, "SpecError")
        else:
            outcome(target, "still valid")


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def generated_out(
    base_specs: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[str, str]]:
    """An output folder generated from the base specs, and its snapshot."""
    out = tmp_path_factory.mktemp("out") / "fuzzpkg"
    with contextlib.redirect_stdout(io.StringIO()):
        assert generator_main(["--specs", str(base_specs), "--out", str(out)]) == 0
    return out, _snapshot(out)


def _run_generator(root: Path, out: Path) -> tuple[int, str]:
    stderr = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(stderr):
        code = generator_main(["--specs", str(root), "--out", str(out)])
    return code, stderr.getvalue()


@settings(FUZZ, max_examples=30)
@given(mutation=mutations())
def test_generator_fails_with_one_line_and_keeps_the_output_folder(
    base_specs: Path, generated_out: tuple[Path, dict[str, str]], mutation: tuple[str, str, bytes]
) -> None:
    target = "test_generator_fails_with_one_line_and_keeps_the_output_folder"
    count(target)
    pristine, before = generated_out
    out = pristine.parent / "existing"
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(pristine, out)
    rel, _what, content = mutation
    with spec_copy(base_specs) as root:
        (root / rel).write_bytes(content)
        code, stderr = _run_generator(root, out)
    outcome(target, f"exit {code}")
    if code == 0:
        return  # the mutation left the specs valid
    assert code == 2, (code, stderr)
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith(("spec error: ", "generation error: ")), stderr
    assert _snapshot(out) == before


BROKEN = {
    "invalid YAML": b"description: [unclosed\nmodels: {",
    "unknown key": b"description: x\nmodelz: {}\n",
    "wrong type": b"description: 42\noperations: []\n",
    "not a mapping": b"- just\n- a list\n",
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_python_m_generator_cli_on_a_broken_spec(
    base_specs: Path, tmp_path: Path, case: str
) -> None:
    root = tmp_path / "specs"
    shutil.copytree(base_specs, root)
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.py").write_text("# an existing output folder\n")
    before = _snapshot(out)
    (root / "identity/v3/regions.yaml").write_bytes(BROKEN[case])
    result = subprocess.run(
        [sys.executable, "-m", "generator", "--specs", str(root), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("spec error: identity/v3/regions.yaml: "), result.stderr
    assert _snapshot(out) == before


@pytest.mark.parametrize("opener,closer", [("[", "]"), ("{a: ", "}")], ids=["lists", "maps"])
def test_deeply_nested_yaml_is_a_spec_error(base_specs: Path, opener: str, closer: str) -> None:
    depth = 1000
    content = f"description: x\noperations: {{}}\nmodels: {opener * depth}1{closer * depth}\n"
    with spec_copy(base_specs, "identity/v3/regions.yaml") as root:
        (root / "identity/v3/regions.yaml").write_text(content)
        with pytest.raises(SpecError) as info:
            load_specs(root)
    _check_spec_error(info.value, root)


def test_one_unknown_key_is_reported_as_unknown_key(base_specs: Path) -> None:
    rel = "identity/v3/regions.yaml"
    doc = copy.deepcopy(_base_doc(rel))
    doc["operations"]["list"]["colour"] = "red"
    with spec_copy(base_specs, rel) as root:
        (root / rel).write_text(yaml.safe_dump(doc, sort_keys=False))
        with pytest.raises(SpecError) as info:
            load_specs(root)
    assert info.value.location == "operations.list"
    assert info.value.reason == "unknown key 'colour'"


@pytest.mark.parametrize("where", ["operation", "field"])
def test_versions_without_microversions_are_a_spec_error(base_specs: Path, where: str) -> None:
    rel = "identity/v3/regions.yaml"
    doc = copy.deepcopy(_base_doc(rel))
    if where == "operation":
        doc["operations"]["get"]["min_version"] = "3.10"
    else:
        doc["operations"]["list"]["query"]["parent_region_id"]["min_version"] = "3.10"
    with spec_copy(base_specs, rel) as root:
        (root / rel).write_text(yaml.safe_dump(doc, sort_keys=False))
        with pytest.raises(SpecError) as info:
            load_specs(root)
    _check_spec_error(info.value, root)
    assert "microversion" in info.value.reason
