"""Rendering a whole spec set into files, comparing and writing them.

:func:`build` renders everything in memory first; :func:`write` then
replaces files one by one (each atomically) and removes the modules whose
spec is gone. A spec error therefore never leaves a half-written output.
"""

from __future__ import annotations

import os
import tempfile
from itertools import groupby
from pathlib import Path

from generator.render import (
    Unformatted,
    format_all,
    render_resource,
    render_root,
    render_service,
    render_service_package,
)
from generator.spec import SpecSet

MARKER = "py.typed"


class GenerationError(Exception):
    """The specs are valid but produce an impossible package (a name clash)."""


def build(specs: SpecSet, package: str) -> dict[str, str]:
    """Every output file, as ``{relative path: content}``."""
    modules: dict[str, Unformatted] = {"__init__.py": render_root(specs.services, package)}
    services = sorted(specs.services, key=lambda s: (s.package, s.version))
    for package_name, group in groupby(services, key=lambda s: s.package):
        versions = list(group)
        modules[f"{package_name}/__init__.py"] = render_service_package(
            package_name, versions, package
        )
        for service in versions:
            resources = [r for r in specs.resources if r.service is service]
            folder = f"{package_name}/{service.version}"
            modules[f"{folder}/__init__.py"] = render_service(service, resources, package)
            for resource in resources:
                path = f"{folder}/{resource.module}.py"
                if path in modules:
                    raise GenerationError(f"{resource.source}: module {path} is generated twice")
                modules[path] = render_resource(resource, package)
    return {**format_all(modules), MARKER: ""}


def _existing(out: Path) -> set[str]:
    if not out.is_dir():
        return set()
    found = {p.relative_to(out).as_posix() for p in out.rglob("*.py")}
    if (out / MARKER).exists():
        found.add(MARKER)
    return found


def check(files: dict[str, str], out: Path) -> list[str]:
    """What differs between ``files`` and the folder ``out``, one line per file."""
    stale = []
    for rel, content in sorted(files.items()):
        path = out / rel
        if not path.exists():
            stale.append(f"missing: {rel}")
        elif path.read_text(encoding="utf-8") != content:
            stale.append(f"differs: {rel}")
    for rel in sorted(_existing(out) - set(files)):
        stale.append(f"no spec: {rel}")
    return stale


def write(files: dict[str, str], out: Path) -> list[str]:
    """Bring ``out`` in line with ``files``; return what changed."""
    changed = []
    for rel, content in sorted(files.items()):
        path = out / rel
        if path.exists() and path.read_text(encoding="utf-8") == content:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".py")
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(content)
        os.replace(tmp, path)
        changed.append(rel)
    for rel in sorted(_existing(out) - set(files)):
        (out / rel).unlink()
        changed.append(rel)
    for folder in sorted((p for p in out.rglob("*") if p.is_dir()), reverse=True):
        leftovers = [p for p in folder.iterdir() if p.name != "__pycache__"]
        if not leftovers:
            for cache in folder.glob("__pycache__"):
                for f in cache.iterdir():
                    f.unlink()
                cache.rmdir()
            folder.rmdir()
    return changed
