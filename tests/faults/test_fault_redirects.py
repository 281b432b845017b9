"""Redirects: followed, but no token travels to another host; refused when turned off.

Both servers listen on 127.0.0.1; the redirect names the second one as
``localhost``, which is another host as far as URLs go.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import typedstack
from tests.faults.faultserver import FakeKeystone, FaultServer, Reply, Request
from tests.faults.support import make_provider, run_bounded, service_on
from typedstack.identity.v3 import projects, tokens

ProviderFor = Callable[..., typedstack.ProviderClient]
ServerFactory = Callable[..., FaultServer]


def _project(request: Request) -> Reply:
    return Reply(200, {"project": {"id": "p1", "name": "moved"}})


def _redirect_to(base: Callable[[], str], status: int = 302) -> Callable[[Request], Reply]:
    def handler(request: Request) -> Reply:
        if request.path.endswith("/moved"):
            return _project(request)
        return Reply(status, b"", headers={"Location": base() + "/v3/projects/moved"})

    return handler


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_redirect_to_another_host_is_followed_without_the_token(
    keystone: FakeKeystone, provider_for: ProviderFor, fault_server: ServerFactory, status: int
) -> None:
    other = fault_server(_project)
    first = fault_server(_redirect_to(lambda: f"http://localhost:{other.port}", status))
    client = service_on(provider_for(keystone), first)

    project = run_bounded(lambda: projects.get(client, "p1")).value

    assert project is not None and project.name == "moved"
    assert first.requests[0].headers["x-auth-token"] == keystone.tokens[0]
    assert len(other.requests) == 1
    assert "x-auth-token" not in other.requests[0].headers
    assert all(keystone.tokens[0] not in v for v in other.requests[0].headers.values())


def test_redirect_to_another_port_is_followed_without_the_token(
    keystone: FakeKeystone, provider_for: ProviderFor, fault_server: ServerFactory
) -> None:
    other = fault_server(_project)
    first = fault_server(_redirect_to(lambda: other.url))
    client = service_on(provider_for(keystone), first)
    project = run_bounded(lambda: projects.get(client, "p1")).value
    assert project is not None and project.name == "moved"
    assert "x-auth-token" not in other.requests[0].headers


def test_redirect_on_the_same_host_keeps_the_token(
    keystone: FakeKeystone, provider_for: ProviderFor, fault_server: ServerFactory
) -> None:
    servers: list[FaultServer] = []
    servers.append(fault_server(_redirect_to(lambda: servers[0].url)))
    client = service_on(provider_for(keystone), servers[0])
    project = run_bounded(lambda: projects.get(client, "p1")).value
    assert project is not None and project.name == "moved"
    assert [r.path for r in servers[0].requests] == ["/v3/projects/p1", "/v3/projects/moved"]
    assert servers[0].requests[1].headers["x-auth-token"] == keystone.tokens[0]


def test_redirects_refused_with_follow_redirects_false(
    keystone: FakeKeystone, provider_for: ProviderFor, fault_server: ServerFactory
) -> None:
    other = fault_server(_project)
    first = fault_server(_redirect_to(lambda: f"http://localhost:{other.port}"))
    client = service_on(provider_for(keystone, follow_redirects=False), first)
    error = run_bounded(lambda: projects.get(client, "p1")).error
    assert isinstance(error, typedstack.OpenStackError), repr(error)
    assert first.url + "/v3/projects/p1" in str(error)
    assert "302" in str(error) or "redirect" in str(error)
    assert other.requests == []


def test_subject_token_does_not_follow_a_redirect_to_another_host(
    keystone: FakeKeystone, provider_for: ProviderFor, fault_server: ServerFactory
) -> None:
    other = fault_server(lambda request: Reply(404, {"message": "no"}))

    def handler(request: Request) -> Reply:
        return Reply(302, b"", headers={"Location": f"http://localhost:{other.port}/v3/x"})

    first = fault_server(handler)
    client = service_on(provider_for(keystone), first)
    subject = keystone.tokens[0]
    run_bounded(lambda: tokens.validate(client, tokens.ValidateOpts(subject_token=subject)))
    assert len(other.requests) <= 1
    leaked = [r for r in other.requests if subject in " ".join(r.headers.values())]
    assert not leaked


@pytest.mark.parametrize("status", [307, 308])
def test_password_does_not_follow_an_auth_redirect_to_another_host(
    keystone: FakeKeystone, password: str, fault_server: ServerFactory, status: int
) -> None:
    other = fault_server(lambda request: Reply(401, {"error": {"message": "who?"}}))
    keystone.auth_reply = Reply(
        status, b"", headers={"Location": f"http://localhost:{other.port}/v3/auth/tokens"}
    )
    run_bounded(lambda: make_provider(keystone.auth_url, password))
    assert all(password.encode() not in r.body for r in other.requests)
