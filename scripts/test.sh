#!/usr/bin/env bash
# Run the whole test suite: unit tests, then the integration tests against real
# OpenStack services that the suite installs (into .cache/services-venv, once)
# and starts itself on 127.0.0.1. Extra arguments go to pytest.
#
#   --openstack-release REL   run the integration tests against an older
#       OpenStack release (2025.1, 2024.1; default: the current one). Only
#       tests/integration runs then (the unit, fault and fuzz tests do not
#       touch a service), unless you name test paths yourself. The release's
#       services go into a venv of their own, .cache/services-venv-REL.
set -euo pipefail
cd "$(dirname "$0")/.."
release=""
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --openstack-release) release="${2:?--openstack-release needs a release, e.g. 2025.1}"; shift 2 ;;
    --openstack-release=*) release="${1#*=}"; shift ;;
    *) args+=("$1"); shift ;;
  esac
done
bash scripts/setup.sh
if [ -n "$release" ]; then
  export TYPEDSTACK_OPENSTACK_RELEASE="$release"
  paths=0
  for a in ${args[@]+"${args[@]}"}; do
    case "$a" in tests|tests/*|./tests/*) paths=1 ;; esac
  done
  [ "$paths" = 1 ] || args=(tests/integration ${args[@]+"${args[@]}"})
fi
exec .venv/bin/python -m pytest -q ${args[@]+"${args[@]}"}
