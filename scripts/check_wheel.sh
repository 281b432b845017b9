#!/usr/bin/env bash
# Build the wheel and check that, installed on its own (outside the
# repository), it maps the folders onto `typedstack` as the editable install does.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
.venv/bin/python -m build --wheel --no-isolation --outdir "$out/dist" . > "$out/build.log" 2>&1 \
  || { tail -30 "$out/build.log"; exit 1; }
wheel=$(ls "$out"/dist/*.whl)
.venv/bin/python -m pip install -q --no-deps --target "$out/site" "$wheel" 2>&1 \
  | grep -v "is ignored: it is neither a file" || true
cd "$out"
PYTHONPATH="$out/site" "$OLDPWD/.venv/bin/python" - <<'PY'
import os, sys
import typedstack
from typedstack.identity.v3 import projects
from typedstack.runtime import ServiceClient
import generator.spec
site = os.environ["PYTHONPATH"]
for mod in (typedstack, projects, generator.spec, sys.modules["typedstack.runtime"]):
    assert mod.__file__.startswith(site), f"{mod.__name__} imported from {mod.__file__}"
assert os.path.exists(os.path.join(site, "typedstack", "py.typed"))
assert os.path.exists(os.path.join(site, "generator", "spec_schema.yaml"))
assert os.path.exists(os.path.join(site, "generator", "templates", "resource.py.j2"))
p = projects.Project.from_dict({"id": "x", "name": "n", "future": 1})
assert p.extra == {"future": 1} and p.to_dict()["future"] == 1
print("wheel ok:", os.path.basename(sys.argv[0] or "-"), typedstack.__version__)
PY
