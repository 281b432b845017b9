"""No usable answer: refused, reset, silent and trickling servers end in typed errors."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import typedstack
from tests.faults.faultserver import (
    FakeKeystone,
    FaultServer,
    Hang,
    Reply,
    Request,
    Reset,
    Trickle,
    free_port,
)
from tests.faults.support import make_provider, run_bounded, service_on
from typedstack.identity import v3 as identity
from typedstack.identity.v3 import projects

ProviderFor = Callable[..., typedstack.ProviderClient]
ServerFactory = Callable[..., FaultServer]

PROJECT = b'{"project": {"id": "p1", "name": "one", "description": "' + b"x" * 400 + b'"}}'


def _partial_reply(request: Request) -> Reset:
    """Headers announcing the whole body, a third of it, then a reset."""
    head = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        + f"Content-Length: {len(PROJECT)}\r\n\r\n".encode()
    )
    return Reset(head + PROJECT[: len(PROJECT) // 3])


def test_connection_refused(keystone: FakeKeystone, provider_for: ProviderFor) -> None:
    provider = provider_for(keystone, max_retries=1)
    url = f"http://127.0.0.1:{free_port()}/v3"
    client = typedstack.ServiceClient(provider, identity.SERVICE, url)
    error = run_bounded(lambda: projects.get(client, "p1")).error
    assert isinstance(error, typedstack.ConnectionFailed), repr(error)
    assert error.method == "GET"
    assert error.url == url + "/projects/p1"
    assert url in str(error)


@pytest.mark.parametrize("max_retries", [0, 2])
def test_reset_before_any_answer(
    keystone: FakeKeystone,
    provider_for: ProviderFor,
    fault_server: ServerFactory,
    max_retries: int,
) -> None:
    server = fault_server(lambda request: Reset())
    client = service_on(provider_for(keystone, max_retries=max_retries), server)
    error = run_bounded(lambda: projects.get(client, "p1")).error
    assert isinstance(error, typedstack.ConnectionFailed), repr(error)
    assert server.url in str(error)
    assert server.connections == 1 + max_retries


@pytest.mark.parametrize("max_retries", [0, 2])
def test_reset_in_the_middle_of_a_response(
    keystone: FakeKeystone,
    provider_for: ProviderFor,
    fault_server: ServerFactory,
    max_retries: int,
) -> None:
    server = fault_server(_partial_reply)
    client = service_on(provider_for(keystone, max_retries=max_retries), server)
    error = run_bounded(lambda: projects.get(client, "p1")).error
    assert isinstance(error, typedstack.ConnectionFailed), repr(error)
    assert server.url in str(error)
    assert server.connections == 1 + max_retries


def test_reset_in_the_middle_of_a_post_response_is_not_retried(
    keystone: FakeKeystone, provider_for: ProviderFor, fault_server: ServerFactory
) -> None:
    """The server may have created the project: sending the POST again could make two."""
    server = fault_server(_partial_reply)
    client = service_on(provider_for(keystone, max_retries=3), server)
    error = run_bounded(lambda: projects.create(client, projects.CreateOpts(name="one"))).error
    assert isinstance(error, typedstack.ConnectionFailed), repr(error)
    assert server.connections == 1


@pytest.mark.parametrize("max_retries", [0, 1])
def test_server_that_never_answers(
    keystone: FakeKeystone,
    provider_for: ProviderFor,
    fault_server: ServerFactory,
    max_retries: int,
) -> None:
    server = fault_server(lambda request: Hang())
    client = service_on(provider_for(keystone, max_retries=max_retries, timeout=0.3), server)
    error = run_bounded(lambda: projects.get(client, "p1")).error
    assert isinstance(error, typedstack.Timeout), repr(error)
    assert "read timeout" in str(error)
    assert server.url in str(error)
    assert server.connections == 1 + max_retries


def test_a_reply_after_the_timeout_is_not_waited_for_in_a_post(
    keystone: FakeKeystone, provider_for: ProviderFor, fault_server: ServerFactory
) -> None:
    server = fault_server(lambda request: Hang())
    client = service_on(provider_for(keystone, max_retries=3, timeout=0.3), server)
    error = run_bounded(lambda: projects.create(client, projects.CreateOpts(name="one"))).error
    assert isinstance(error, typedstack.Timeout), repr(error)
    assert server.connections == 1


@pytest.mark.parametrize("where", ["body", "headers"])
def test_slow_trickle_ends_in_a_timeout(
    keystone: FakeKeystone, provider_for: ProviderFor, fault_server: ServerFactory, where: str
) -> None:
    """A server trickling one byte every 50 ms: the call ends near its 0.2 s timeout.

    The whole reply would take ~25 s; the bound (2 s, ten times the timeout)
    is generous and only tells "ends near the timeout" from "waits for the
    server".
    """
    reply = Reply(200, PROJECT, headers={f"X-Padding-{i}": "y" * 20 for i in range(10)})
    if where == "body":
        reply.headers = {}
    server = fault_server(lambda request: Trickle(reply, step=1, interval=0.05))
    client = service_on(provider_for(keystone, max_retries=0, timeout=0.2), server)
    outcome = run_bounded(lambda: projects.get(client, "p1"), seconds=2)
    error = outcome.error
    assert isinstance(error, typedstack.Timeout | typedstack.ConnectionFailed), repr(
        error or outcome.value
    )


def test_keystone_down_at_connect(password: str) -> None:
    auth_url = f"http://127.0.0.1:{free_port()}/v3"
    outcome = run_bounded(lambda: make_provider(auth_url, password, max_retries=2))
    assert isinstance(outcome.error, typedstack.ConnectionFailed), repr(outcome.error)
    assert auth_url in str(outcome.error)
    assert password not in str(outcome.error)
