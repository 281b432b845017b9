"""auth_type none and http_basic, byte for byte on the wire (fault server).

The real no-auth service (Placement's noauth2) is in
``tests/integration/test_noauth.py``; no local service speaks HTTP Basic
(Ironic does, and is not installed), so Basic auth is checked here, where
the exact headers of every request are recorded.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from pathlib import Path

import pytest

import typedstack
from tests.faults.faultserver import ISSUED_SECRETS, FaultServer, Reply, Request
from typedstack.identity.v3 import projects


def _projects(request: Request) -> Reply:
    return Reply(200, {"projects": [], "links": {"next": None}}, {"X-Openstack-Request-Id": "r1"})


def _assert_no_token(server: FaultServer) -> None:
    assert server.requests
    for request in server.requests:
        assert "x-auth-token" not in request.headers
        assert request.path != "/v3/auth/tokens"


def test_none_from_keywords_sends_nothing(
    fault_server: Callable[..., FaultServer],
) -> None:
    server = fault_server(_projects)
    provider = typedstack.connect(auth_type="none", identity_endpoint_override=server.url + "/v3")
    assert list(projects.list(identity_client(provider))) == []
    _assert_no_token(server)
    assert "authorization" not in server.requests[0].headers
    assert provider.auth_count == 0
    assert "auth_url=None" in repr(provider)


def test_none_with_a_generic_endpoint_and_a_missing_override(
    fault_server: Callable[..., FaultServer],
) -> None:
    server = fault_server(_projects)
    provider = typedstack.connect(auth_type="none", endpoint=server.url + "/v3")
    assert list(projects.list(identity_client(provider))) == []
    bare = typedstack.connect(auth_type="none")
    with pytest.raises(typedstack.EndpointNotFound, match="identity_endpoint_override"):
        identity_client(bare)


def test_none_from_os_variables_and_clouds_yaml(
    fault_server: Callable[..., FaultServer], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    server = fault_server(_projects)
    monkeypatch.setenv("OS_AUTH_TYPE", "none")
    monkeypatch.setenv("OS_IDENTITY_ENDPOINT_OVERRIDE", server.url + "/v3")
    assert list(projects.list(identity_client(typedstack.connect()))) == []
    for name in ("OS_AUTH_TYPE", "OS_IDENTITY_ENDPOINT_OVERRIDE"):
        monkeypatch.delenv(name)
    path = tmp_path / "clouds.yaml"
    path.write_text(
        "clouds:\n  bare:\n    auth_type: none\n"
        f"    identity_endpoint_override: {server.url}/v3\n"
    )
    monkeypatch.setenv("OS_CLIENT_CONFIG_FILE", str(path))
    assert list(projects.list(identity_client(typedstack.connect("bare")))) == []
    _assert_no_token(server)
    assert len(server.requests) == 2


def test_http_basic_sends_the_credentials_as_basic_auth_only(
    fault_server: Callable[..., FaultServer], password: str
) -> None:
    server = fault_server(_projects)
    encoded = base64.b64encode(f"ironic:{password}".encode()).decode()
    ISSUED_SECRETS.add(encoded)
    provider = typedstack.connect(
        auth_type="http_basic",
        username="ironic",
        password=password,
        identity_endpoint_override=server.url + "/v3",
    )
    seen: list[typedstack.Exchange] = []
    provider.add_hook("request", seen.append)
    client = identity_client(provider)
    assert list(projects.list(client)) == []
    _assert_no_token(server)
    assert server.requests[0].headers["authorization"] == f"Basic {encoded}"
    assert seen[0].headers["Authorization"] == "***"
    for text in (repr(provider), repr(provider.config), repr(client), repr(seen[0])):
        assert password not in text and encoded not in text


def test_http_basic_from_clouds_yaml(
    fault_server: Callable[..., FaultServer],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    password: str,
) -> None:
    server = fault_server(_projects)
    path = tmp_path / "clouds.yaml"
    path.write_text(
        "clouds:\n  standalone:\n    auth_type: http_basic\n"
        f"    auth:\n      username: ironic\n      password: {password}\n"
        f"    identity_endpoint_override: {server.url}/v3\n"
    )
    monkeypatch.setenv("OS_CLIENT_CONFIG_FILE", str(path))
    provider = typedstack.connect("standalone")
    assert list(projects.list(identity_client(provider))) == []
    assert server.requests[0].headers["authorization"].startswith("Basic ")


def test_http_basic_needs_a_username_and_password() -> None:
    with pytest.raises(typedstack.ConfigError, match="username and a password"):
        typedstack.connect(auth_type="http_basic", username="ironic")


def identity_client(provider: typedstack.ProviderClient) -> typedstack.ServiceClient:
    from typedstack.identity import v3 as identity

    return identity.new_client(provider)
