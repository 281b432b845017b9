"""Run ``mypy --strict`` on typedstack as it is imported.

The repository's folders map onto one package (``generated/`` is
``typedstack``, ``runtime/`` is ``typedstack.runtime``), which mypy cannot
see through an editable install. This script builds that layout from
symlinks under ``.cache/typecheck`` and checks ``-p typedstack`` there.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    tree = ROOT / ".cache" / "typecheck"
    package = tree / "typedstack"
    package.mkdir(parents=True, exist_ok=True)
    for old in package.iterdir():
        old.unlink()
    for entry in sorted((ROOT / "generated").iterdir()):
        if entry.name != "__pycache__":
            (package / entry.name).symlink_to(entry)
    (package / "runtime").symlink_to(ROOT / "runtime")
    env = {**os.environ, "MYPYPATH": str(tree)}
    cmd = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--config-file",
        str(ROOT / "pyproject.toml"),
        "-p",
        "typedstack",
        *sys.argv[1:],
    ]
    status = subprocess.call(cmd, cwd=tree, env=env)
    # The code users write: the contract test and the examples, against the package.
    users = [str(ROOT / "tests" / "unit" / "test_contract.py")]
    users += [str(p) for p in sorted((ROOT / "examples").glob("*.py"))]
    env["MYPYPATH"] = os.pathsep.join([str(tree), str(ROOT)])
    cmd = [sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent"]
    cmd += ["--config-file", str(ROOT / "pyproject.toml")]
    return status or subprocess.call([*cmd, *users], cwd=tree, env=env)


if __name__ == "__main__":
    sys.exit(main())
