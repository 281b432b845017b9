#!/usr/bin/env bash
# Run the whole test suite: unit tests, then the integration tests against real
# OpenStack services that the suite installs (into .cache/services-venv, once)
# and starts itself on 127.0.0.1. Extra arguments go to pytest.
#
#   --openstack-release REL   the services of an older OpenStack release
#       (2025.1, 2024.1; default: the current one), installed into a venv of
#       their own (.cache/services-venv-REL). Only the integration tests run
#       then: the unit, fault and fuzz tests touch no service and are not
#       collected (tests/conftest.py), even when named.
set -euo pipefail
cd "$(dirname "$0")/.."
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --openstack-release)
      export TYPEDSTACK_OPENSTACK_RELEASE="${2:?--openstack-release needs a release, e.g. 2025.1}"
      shift 2 ;;
    --openstack-release=*) export TYPEDSTACK_OPENSTACK_RELEASE="${1#*=}"; shift ;;
    *) args+=("$1"); shift ;;
  esac
done
bash scripts/setup.sh
exec .venv/bin/python -m pytest -q ${args[@]+"${args[@]}"}
