#!/usr/bin/env bash
# Run the whole test suite: unit tests, then the integration tests against real
# OpenStack services that the suite installs (into .cache/services-venv, once)
# and starts itself on 127.0.0.1. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m pytest -q "$@"
