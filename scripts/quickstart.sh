#!/usr/bin/env bash
# Set typedstack up and run examples/quickstart.py: against $OS_CLOUD when it is
# set, otherwise against a real Keystone started locally for the occasion.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python examples/quickstart.py "$@"
