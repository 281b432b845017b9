"""Hooks, per-client options and the retry policy, checked on the wire (fault server).

The fake Keystone pages ``/v3/projects``, revokes tokens and counts
authentications on demand, which a real one cannot; every header sent is
recorded.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

import typedstack
from tests.faults.faultserver import FakeKeystone, FaultServer, Hang, Reply, Request
from tests.faults.support import run_bounded, service_on
from typedstack.identity import v3 as identity
from typedstack.identity.v3 import projects

ProviderFor = Callable[..., typedstack.ProviderClient]


def _project(request: Request) -> Reply:
    return Reply(200, {"project": {"id": "p1", "name": "one"}}, {"X-Openstack-Request-Id": "r-1"})


# ------------------------------------------------------------------- hooks


def test_hooks_see_every_exchange_pages_and_reauthentication_without_the_token(
    keystone: FakeKeystone, provider_for: ProviderFor
) -> None:
    keystone.projects = [f"p{i}" for i in range(7)]  # three pages of 3
    provider = provider_for(keystone)
    requests_seen: list[typedstack.Exchange] = []
    responses: list[typedstack.Exchange] = []
    provider.add_hook("request", requests_seen.append)
    provider.add_hook("response", responses.append)
    client = identity.new_client(provider)
    keystone.revoke_all()  # the first page meets a 401

    assert [p.id for p in projects.list(client)] == keystone.projects

    assert [(e.method, e.status) for e in responses] == [
        ("GET", 401),
        ("POST", 201),
        ("GET", 200),
        ("GET", 200),
        ("GET", 200),
    ]
    auth = responses[1]
    assert auth.operation == "authenticate" and auth.service_type == "identity"
    assert auth.url == keystone.auth_url + "/auth/tokens"
    pages = responses[2:]
    assert [e.request_id for e in pages] == ["req-page-0", "req-page-1", "req-page-2"]
    assert all(e.operation == "identity.v3.projects.list" for e in pages)
    assert all(e.service_type == "identity" for e in pages)
    assert all(e.elapsed is not None and e.elapsed >= 0 for e in responses)
    assert requests_seen == responses  # the same objects, completed
    tokens = set(keystone.tokens)
    for exchange in responses:
        assert exchange.headers.get("X-Auth-Token") in (None, "***")
        assert exchange.response_headers.get("X-Subject-Token") in (None, "***")
        assert not any(t in repr(exchange) for t in tokens)


def test_a_request_hook_adds_headers_but_cannot_replace_the_token(
    keystone: FakeKeystone, provider_for: ProviderFor, fault_server: Callable[..., FaultServer]
) -> None:
    server = fault_server(_project)
    provider = provider_for(keystone)

    def tag(exchange: typedstack.Exchange) -> None:
        exchange.headers["X-Trace-Tag"] = f"{exchange.operation}#{exchange.attempt}"
        exchange.headers["X-Auth-Token"] = "stolen"

    provider.add_hook("request", tag)
    projects.get(service_on(provider, server), "p1")
    sent = server.requests[0].headers
    assert sent["x-trace-tag"] == "identity.v3.projects.get#1"
    assert sent["x-auth-token"] == keystone.tokens[-1]
    provider.remove_hook("request", tag)
    projects.get(service_on(provider, server), "p1")
    assert "x-trace-tag" not in server.requests[1].headers


def test_a_response_hook_sees_transport_failures(
    keystone: FakeKeystone, provider_for: ProviderFor, fault_server: Callable[..., FaultServer]
) -> None:
    server = fault_server(lambda _r: Hang())
    provider = provider_for(keystone, max_retries=1, timeout=0.3)
    seen: list[typedstack.Exchange] = []
    provider.add_hook("response", seen.append)
    error = run_bounded(lambda: projects.get(service_on(provider, server), "p1")).error
    assert isinstance(error, typedstack.Timeout)
    assert [(e.status, e.error, e.attempt) for e in seen] == [
        (None, "ReadTimeout", 1),
        (None, "ReadTimeout", 2),
    ]


# ------------------------------------------------------------ with_options


def test_with_options_applies_to_its_calls_only(
    keystone: FakeKeystone, provider_for: ProviderFor, fault_server: Callable[..., FaultServer]
) -> None:
    server = fault_server(_project)
    provider = provider_for(keystone)
    client = service_on(provider, server)
    tuned = client.with_options(headers={"X-Tenant-Hint": "blue"}, timeout=5)
    projects.get(tuned, "p1")
    projects.get(client, "p1")
    assert server.requests[0].headers["x-tenant-hint"] == "blue"
    assert "x-tenant-hint" not in server.requests[1].headers
    assert tuned.provider is client.provider
    assert tuned.context.timeout == (5.0, 5.0) and client.context.timeout is None
    assert provider.auth_count == 1  # one token for both


def test_with_options_timeout_and_max_retries(
    keystone: FakeKeystone, provider_for: ProviderFor, fault_server: Callable[..., FaultServer]
) -> None:
    server = fault_server(lambda _r: Hang())
    provider = provider_for(keystone, max_retries=3)
    quick = service_on(provider, server).with_options(timeout=0.2, max_retries=0)
    error = run_bounded(lambda: projects.get(quick, "p1")).error
    assert isinstance(error, typedstack.Timeout)
    assert server.connections == 1  # no retry on this client
    assert provider.max_retries == 3


def test_with_options_microversion_sets_the_headers(
    keystone: FakeKeystone, provider_for: ProviderFor, fault_server: Callable[..., FaultServer]
) -> None:
    from typedstack.compute import v2 as compute
    from typedstack.compute.v2 import flavors

    server = fault_server(lambda _r: Reply(200, {"flavors": []}))
    provider = provider_for(keystone)
    nova = typedstack.ServiceClient(provider, compute.SERVICE, server.url + "/v2.1")
    pinned = nova.with_options(microversion="2.90", headers={"X-Extra": "1"})
    list(flavors.list(pinned))
    list(flavors.list(nova))
    first, second = (r.headers for r in server.requests)
    assert first["openstack-api-version"] == "compute 2.90"
    assert first["x-openstack-nova-api-version"] == "2.90"
    assert first["x-extra"] == "1"
    assert "openstack-api-version" not in second and "x-extra" not in second
    assert str(pinned.microversion) == "2.90" and nova.microversion is None


# ------------------------------------------------------------ retry policy


class Statuses:
    def __init__(self, *statuses: int, retry_after: str | None = None) -> None:
        self.statuses = list(statuses)
        self.retry_after = retry_after

    def __call__(self, request: Request) -> Reply:
        if self.statuses:
            headers = {"Retry-After": self.retry_after} if self.retry_after else {}
            return Reply(self.statuses.pop(0), {"message": "busy"}, headers)
        reply = _project(request)
        reply.status = 201 if request.method == "POST" else 200
        return reply


def test_a_retry_policy_retries_its_statuses(
    keystone: FakeKeystone, provider_for: ProviderFor, fault_server: Callable[..., FaultServer]
) -> None:
    server = fault_server(Statuses(500, 502))
    policy = typedstack.Retry(total=2, backoff=0.001, statuses={500, 502})
    provider = provider_for(keystone, retry=policy, retry_backoff=None, retry_max_delay=None)
    assert projects.get(service_on(provider, server), "p1").id == "p1"
    assert len(server.requests) == 3


def test_429_without_retry_after_waits_the_default(
    keystone: FakeKeystone, provider_for: ProviderFor, fault_server: Callable[..., FaultServer]
) -> None:
    server = fault_server(Statuses(429))
    policy = typedstack.Retry(backoff=0.001, max_backoff=5, rate_limited_wait=0.3)
    provider = provider_for(keystone, retry=policy, retry_backoff=None, retry_max_delay=None)
    started = time.monotonic()
    projects.get(service_on(provider, server), "p1")
    assert time.monotonic() - started >= 0.3  # a lower bound only
    assert len(server.requests) == 2


def test_a_retry_after_above_max_backoff_is_not_waited_for(
    keystone: FakeKeystone, provider_for: ProviderFor, fault_server: Callable[..., FaultServer]
) -> None:
    server = fault_server(Statuses(429, retry_after="120"))
    provider = provider_for(keystone, retry=typedstack.Retry(max_backoff=10))
    error = run_bounded(lambda: projects.get(service_on(provider, server), "p1")).error
    assert isinstance(error, typedstack.HTTPError) and error.status == 429
    assert error.retry_after == 120
    assert len(server.requests) == 1


def test_post_is_retried_only_where_the_policy_says(
    keystone: FakeKeystone, provider_for: ProviderFor, fault_server: Callable[..., FaultServer]
) -> None:
    server = fault_server(Statuses(503, 503))
    provider = provider_for(keystone)
    client = service_on(provider, server)
    with pytest.raises(typedstack.HTTPError):
        projects.create(client, projects.CreateOpts(name="one"))
    assert len(server.requests) == 1
    retrying = client.with_options(retry=provider.retry.replace(retry_post=True))
    projects.create(retrying, projects.CreateOpts(name="one"))
    assert len(server.requests) == 3


def test_the_shorthands_set_the_policy_fields() -> None:
    config = typedstack.load_config(
        auth_url="http://k.test/v3",
        token="t",
        retry={"total": 7, "backoff": 2, "statuses": [503]},
        retry_post=True,
    )
    assert config.retry == typedstack.Retry(
        total=7, backoff=2, statuses=frozenset({503}), retry_post=True
    )
    assert config.max_retries == 7
    assert typedstack.load_config(auth_url="http://k", token="t", max_retries=0).retry.total == 0
    with pytest.raises(typedstack.ConfigError, match="unknown retry setting"):
        typedstack.load_config(auth_url="http://k", token="t", retry={"tries": 3})
