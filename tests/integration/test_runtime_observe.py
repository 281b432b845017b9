"""Hooks, per-client options, the token cache and rate limits against the real Keystone.

What the real service shows that the fault server cannot: Keystone's own
request IDs reach the hooks, a token read back from the cache (with the
catalog Keystone sent) is accepted, and a token Keystone revoked is dropped
from the cache and replaced. Counting authentications across processes is
in ``tests/faults/test_fault_tokencache.py``.
"""

from __future__ import annotations

import json
import stat
import time
from pathlib import Path

import pytest

import typedstack
from tests.integration.conftest import unique
from tests.local_openstack import LocalKeystone
from typedstack.identity import v3 as identity
from typedstack.identity.v3 import projects, tokens

pytestmark = pytest.mark.keystone


def _connect(keystone: LocalKeystone, **overrides: object) -> typedstack.ProviderClient:
    return typedstack.connect(
        auth_url=keystone.auth_url,
        username="admin",
        password=keystone.admin_password,
        project_name="admin",
        user_domain_name="Default",
        project_domain_name="Default",
        **overrides,
    )


def test_hooks_get_keystones_request_ids_and_never_the_token(keystone: LocalKeystone) -> None:
    seen: list[typedstack.Exchange] = []
    provider = _connect(keystone)
    provider.add_hook("response", seen.append)
    ks = identity.new_client(provider).with_options(headers={"X-Hint": "observe"}, timeout=30)
    name = unique("observed")
    created = projects.create(ks, projects.CreateOpts(name=name, domain_id="default"))
    projects.delete(ks, created.id)
    assert [(e.method, e.status, e.operation) for e in seen] == [
        ("POST", 201, "identity.v3.projects.create"),
        ("DELETE", 204, "identity.v3.projects.delete"),
    ]
    assert all(e.request_id and e.request_id.startswith("req-") for e in seen)
    assert all(
        e.headers["X-Auth-Token"] == "***" and e.headers["X-Hint"] == "observe" for e in seen
    )
    assert provider.token.value not in repr(seen)
    provider.close()


def test_a_cached_token_is_accepted_and_a_revoked_one_is_replaced(
    keystone: LocalKeystone, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = _connect(keystone, token_cache=True)
    second = _connect(keystone, token_cache=True)
    assert (first.auth_count, second.auth_count) == (1, 0)
    assert second.token.value == first.token.value
    ks = identity.new_client(second)  # the catalog came from the cache
    assert any(p.name == "admin" for p in projects.list(ks))
    (path,) = (tmp_path / "typedstack" / "tokens").glob("*.json")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert keystone.admin_password not in path.read_text()

    other = _connect(keystone)  # its own token (no cache), to revoke the cached one with
    tokens.revoke(identity.new_client(other), tokens.RevokeOpts(subject_token=first.token.value))
    other.close()
    assert any(p.name == "admin" for p in projects.list(ks))  # 401, then a new token
    assert second.auth_count == 1
    assert json.loads(path.read_text())["token"] == second.token.value != first.token.value
    first.close(), second.close()


def test_a_rate_limit_spaces_real_calls(keystone: LocalKeystone) -> None:
    provider = _connect(keystone, rate_limit={"identity": 10})
    ks = identity.new_client(provider)
    started = time.monotonic()
    for _ in range(6):
        list(projects.list(ks))
    assert time.monotonic() - started >= 0.5  # 6 calls at 10/s: the last one 0.5 s after the first
    provider.close()
