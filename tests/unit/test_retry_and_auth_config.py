"""The Retry policy's arithmetic, and the configuration of auth types none and http_basic."""

from __future__ import annotations

import pytest

import typedstack
from typedstack.runtime.hooks import caller_operation, changed_headers, masked


def test_retry_waits() -> None:
    policy = typedstack.Retry(backoff=1, max_backoff=4, rate_limited_wait=3)
    assert 0.5 <= (policy.wait(1, 503, None) or 0) <= 1
    assert 2 <= (policy.wait(3, 503, None) or 0) <= 4
    assert 2 <= (policy.wait(10, 503, None) or 0) <= 4  # capped at max_backoff
    assert (policy.wait(1, 429, None) or 0) >= 3  # a 429 without Retry-After
    assert policy.wait(1, 429, 2.0) == 2.0
    assert policy.wait(1, 429, 10.0) is None  # longer than max_backoff: give up
    ignoring = policy.replace(respect_retry_after=False)
    assert (ignoring.wait(1, 503, 10.0) or 0) <= 1


def test_retry_is_an_immutable_value() -> None:
    policy = typedstack.Retry(statuses=[503])
    assert policy.statuses == frozenset({503})
    assert policy == typedstack.Retry(statuses={503}) and hash(policy) == hash(
        typedstack.Retry(statuses={503})
    )
    with pytest.raises(AttributeError):
        policy.total = 5  # type: ignore[misc]
    assert policy.replace(total=0).total == 0 and policy.total == 3
    assert not policy.allows("POST") and policy.replace(retry_post=True).allows("POST")
    assert typedstack.Retry.from_value(2) == typedstack.Retry(total=2)
    with pytest.raises(ValueError):
        typedstack.Retry(total=-1)
    assert "statuses=[503]" in repr(policy)


def test_auth_type_none_needs_no_auth_url_and_reads_os_endpoint(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("OS_CLOUD", "OS_AUTH_URL", "OS_CLIENT_CONFIG_FILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OS_AUTH_TYPE", "none")
    monkeypatch.setenv("OS_ENDPOINT", "http://ironic.test:6385")
    monkeypatch.setenv("OS_BLOCK_STORAGE_API_VERSION", "3.70")
    config = typedstack.load_config()
    assert not config.uses_keystone
    assert config.auth == {"endpoint": "http://ironic.test:6385"}
    assert config.api_versions == {"block-storage": "3.70"}
    provider = typedstack.ProviderClient(config)
    assert provider.endpoint_for(["baremetal"]) == "http://ironic.test:6385"
    with pytest.raises(typedstack.AuthError):
        provider.token  # noqa: B018


def test_keystone_auth_still_needs_an_auth_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OS_CLOUD", raising=False)
    with pytest.raises(typedstack.ConfigError, match="auth_type='none'"):
        typedstack.load_config(username="u", password="p")


def test_hook_helpers() -> None:
    sent = {"X-Auth-Token": "secret", "Authorization": "Basic x", "Accept": "a"}
    shown = masked(sent)
    assert shown == {"X-Auth-Token": "***", "Authorization": "***", "Accept": "a"}
    shown.update({"X-Auth-Token": "other", "X-New": "1"})
    assert changed_headers(shown, sent) == {"X-New": "1"}
    assert caller_operation(1) is None  # not called from a generated module
