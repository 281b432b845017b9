"""Re-authentication faults: a 401 mid-listing, expiry under 16 threads, Keystone down."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import typedstack
from tests.faults.faultserver import (
    FakeKeystone,
    FaultServer,
    Hang,
    Reply,
    Request,
    Reset,
    keystone_error,
)
from tests.faults.support import run_bounded, service_on
from typedstack.identity import v3 as identity
from typedstack.identity.v3 import projects

ProviderFor = Callable[..., typedstack.ProviderClient]


def project_reply(request: Request) -> Reply:
    project_id = request.path.rsplit("/", 1)[-1]
    return Reply(200, {"project": {"id": project_id, "name": "n-" + project_id}})


def test_401_in_the_middle_of_a_listing_reauthenticates_once_and_continues(
    keystone: FakeKeystone, provider_for: ProviderFor
) -> None:
    keystone.projects = [f"p{i:02d}" for i in range(10)]
    keystone.page_size = 3
    provider = provider_for(keystone)
    ks = identity.new_client(provider)
    listing = iter(projects.list(ks))
    first_page = [next(listing).id for _ in range(3)]
    keystone.revoke_all()  # the token dies between two pages
    rest = [p.id for p in listing]

    assert first_page + rest == keystone.projects  # nothing lost, nothing repeated
    assert len(keystone.auth_requests) == 2  # connect, then one re-authentication
    pages = keystone.server.requests_to("/v3/projects", "GET")
    assert [r.query for r in pages] == [
        "",
        "marker=p02",  # 401
        "marker=p02",  # the same page again, with the new token
        "marker=p05",
        "marker=p08",
    ]
    assert pages[1].headers["x-auth-token"] == keystone.tokens[0]
    assert {r.headers["x-auth-token"] for r in pages[2:]} == {keystone.tokens[1]}


def _sixteen_concurrent_gets(client: typedstack.ServiceClient) -> list[projects.Project]:
    barrier = threading.Barrier(16)

    def call(i: int) -> projects.Project:
        barrier.wait(10)
        return projects.get(client, f"p{i}")

    with ThreadPoolExecutor(16) as pool:
        return list(pool.map(call, range(16)))


def test_token_expiring_while_16_threads_call_authenticates_exactly_once(
    keystone: FakeKeystone, provider_for: ProviderFor
) -> None:
    keystone.lifetimes = [5.0]  # the first token is inside the renewal margin
    for i in range(16):
        keystone.routes[("GET", f"/v3/projects/p{i}")] = project_reply
    provider = provider_for(keystone)
    client = service_on(provider, keystone.server)
    keystone.revoke_all()  # Keystone no longer accepts the expiring token either

    results = _sixteen_concurrent_gets(client)

    assert [p.id for p in results] == [f"p{i}" for i in range(16)]
    assert len(keystone.auth_requests) == 2
    used = {r.headers["x-auth-token"] for r in keystone.server.requests_to("/v3/projects/")}
    assert used == {keystone.tokens[1]}  # the expiring token was never sent


def test_token_revoked_while_16_threads_call_authenticates_exactly_once(
    keystone: FakeKeystone, provider_for: ProviderFor
) -> None:
    for i in range(16):
        keystone.routes[("GET", f"/v3/projects/p{i}")] = project_reply
    provider = provider_for(keystone)
    client = service_on(provider, keystone.server)
    keystone.revoke_all()  # every thread's first request gets a 401

    results = _sixteen_concurrent_gets(client)

    assert [p.id for p in results] == [f"p{i}" for i in range(16)]
    assert len(keystone.auth_requests) == 2
    assert len(keystone.tokens) == 2


def _reject_every_token(request: Request) -> Reply:
    return keystone_error(
        401, "Unauthorized", "The request you have made requires authentication."
    )


def test_keystone_resetting_connections_during_reauthentication(
    keystone: FakeKeystone, provider_for: ProviderFor, fault_server: Callable[..., FaultServer]
) -> None:
    service = fault_server(_reject_every_token)
    provider = provider_for(keystone, max_retries=2)
    client = service_on(provider, service)
    connections_before = keystone.server.connections
    keystone.auth_reply = Reset()

    outcome = run_bounded(lambda: projects.get(client, "p1"))

    error = outcome.error
    assert isinstance(error, typedstack.ConnectionFailed), repr(error)
    assert keystone.auth_url in str(error)
    attempts = keystone.server.connections - connections_before
    assert 1 <= attempts <= 1 + 2, f"{attempts} connection attempts to Keystone"
    assert len(service.requests) == 1  # the 401 request is not replayed in a loop


def test_keystone_refusing_connections_during_reauthentication(
    keystone: FakeKeystone, provider_for: ProviderFor, fault_server: Callable[..., FaultServer]
) -> None:
    service = fault_server(_reject_every_token)
    provider = provider_for(keystone, max_retries=2)
    client = service_on(provider, service)
    keystone.server.stop()  # nothing listens on Keystone's port any more

    outcome = run_bounded(lambda: projects.get(client, "p1"))

    error = outcome.error
    assert isinstance(error, typedstack.ConnectionFailed), repr(error)
    assert keystone.auth_url in str(error)
    assert len(service.requests) == 1


def test_keystone_not_answering_during_reauthentication(
    keystone: FakeKeystone, provider_for: ProviderFor, fault_server: Callable[..., FaultServer]
) -> None:
    service = fault_server(_reject_every_token)
    provider = provider_for(keystone, max_retries=2, timeout=0.3)
    client = service_on(provider, service)
    connections_before = keystone.server.connections
    keystone.auth_reply = Hang()

    outcome = run_bounded(lambda: projects.get(client, "p1"))

    error = outcome.error
    assert isinstance(error, typedstack.Timeout), repr(error)
    assert keystone.auth_url in str(error)
    assert 1 <= keystone.server.connections - connections_before <= 3
    assert len(service.requests) == 1


def test_keystone_answering_503_during_reauthentication(
    keystone: FakeKeystone, provider_for: ProviderFor, fault_server: Callable[..., FaultServer]
) -> None:
    service = fault_server(_reject_every_token)
    provider = provider_for(keystone, max_retries=2)
    client = service_on(provider, service)
    keystone.auth_reply = Reply(
        503, "<html><body>Service Unavailable</body></html>", content_type="text/html"
    )

    outcome = run_bounded(lambda: projects.get(client, "p1"))

    error = outcome.error
    assert isinstance(error, typedstack.ServiceUnavailable), repr(error)
    assert keystone.auth_url in str(error)
    assert 2 <= len(keystone.auth_requests) <= 1 + 1 + 2
    assert len(service.requests) == 1
