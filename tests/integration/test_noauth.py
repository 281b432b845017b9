"""auth_type none against a real Placement run with its no-auth strategy (``noauth2``).

Placement's ``noauth2`` validates no token, but it reads the caller's
identity from ``X-Auth-Token`` (``user[:project]``; ``admin`` is the admin):
without that header, every path but ``/`` answers 401. So these tests show
both sides on the wire: the SDK itself sends no token and no authentication
request (a call without the header is refused, and the recorded requests
carry no credential header), and a caller who adds the header with
``with_options(headers=...)`` gets a working client from every generated
function unchanged.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

import typedstack
from tests.integration.conftest import unique
from tests.integration.recording import Recorder
from tests.local_openstack import LocalPlacement
from typedstack.placement import v1 as placement
from typedstack.placement.v1 import resource_providers

pytestmark = pytest.mark.services

NOAUTH_IDENTITY = {"X-Auth-Token": "admin"}  # noauth2's user name, not a credential


@pytest.fixture(scope="module")
def noauth_placement(
    services_venv: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LocalPlacement]:
    state = tmp_path_factory.mktemp("noauth")
    with LocalPlacement(services_venv, state, None, auth_strategy="noauth2") as service:
        yield service


@pytest.fixture()
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in list(os.environ):
        if name.startswith("OS_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.chdir(tmp_path)


def _no_credentials(http: Recorder) -> None:
    assert http.calls
    for call in http.calls:
        assert "X-Auth-Token" not in call.headers
        assert "Authorization" not in call.headers
        assert "/auth/tokens" not in call.url


def test_none_sends_no_token_and_no_auth_request(
    noauth_placement: LocalPlacement, clean_env: None
) -> None:
    provider = typedstack.connect(
        auth_type="none", placement_endpoint_override=noauth_placement.url
    )
    http = Recorder(provider)
    client = placement.new_client(provider, microversion="latest")  # GET / needs no identity
    assert client.microversion is not None
    with pytest.raises(typedstack.Unauthorized):
        resource_providers.list(client)
    _no_credentials(http)
    assert provider.auth_count == 0


def test_none_with_the_noauth2_identity_header_works_through_generated_functions(
    noauth_placement: LocalPlacement, clean_env: None
) -> None:
    provider = typedstack.connect(
        auth_type="none", placement_endpoint_override=noauth_placement.url
    )
    seen: list[typedstack.Exchange] = []
    provider.add_hook("response", seen.append)
    client = placement.new_client(provider)
    admin = client.with_options(headers=NOAUTH_IDENTITY, microversion="1.39")
    name = unique("noauth-rp")
    created = resource_providers.create(admin, resource_providers.CreateOpts(name=name))
    try:
        assert resource_providers.get(admin, created.uuid).name == name
        listed = resource_providers.list(admin, resource_providers.ListOpts(name=name))
        assert [rp.uuid for rp in listed] == [created.uuid]
    finally:
        resource_providers.delete(admin, created.uuid)
    # the original client is unchanged: no identity header, no microversion
    assert client.microversion is None and "X-Auth-Token" not in client.headers
    with pytest.raises(typedstack.Unauthorized):
        resource_providers.list(client)
    assert provider.auth_count == 0
    assert all(e.url.startswith(noauth_placement.url) for e in seen)
    assert all(e.headers.get("X-Auth-Token") in (None, "***") for e in seen)
    assert [e.operation for e in seen[:3]] == [
        "placement.v1.resource_providers.create",
        "placement.v1.resource_providers.get",
        "placement.v1.resource_providers.list",
    ]
    assert {e.service_type for e in seen} == {"placement"}
    assert all(e.request_id and e.request_id.startswith("req-") for e in seen)


def test_none_from_os_variables(
    noauth_placement: LocalPlacement, clean_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OS_AUTH_TYPE", "none")
    monkeypatch.setenv("OS_PLACEMENT_ENDPOINT_OVERRIDE", noauth_placement.url)
    provider = typedstack.connect()
    http = Recorder(provider)
    admin = placement.new_client(provider).with_options(headers=NOAUTH_IDENTITY)
    assert isinstance(resource_providers.list(admin), list)
    assert provider.auth_count == 0
    assert all("/auth/tokens" not in c.url for c in http.calls)


def test_none_from_clouds_yaml(
    noauth_placement: LocalPlacement,
    clean_env: None,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    path = tmp_path / "clouds.yaml"
    path.write_text(
        "clouds:\n"
        "  standalone:\n"
        "    auth_type: none\n"
        f"    placement_endpoint_override: {noauth_placement.url}\n"
    )
    monkeypatch.setenv("OS_CLIENT_CONFIG_FILE", str(path))
    provider = typedstack.connect("standalone")
    http = Recorder(provider)
    client = placement.new_client(provider)
    with pytest.raises(typedstack.Unauthorized):
        resource_providers.list(client)
    _no_credentials(http)
    admin = client.with_options(headers=NOAUTH_IDENTITY)
    assert isinstance(resource_providers.list(admin), list)
