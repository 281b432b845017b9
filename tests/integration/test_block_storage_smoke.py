"""Block storage (Cinder 29 on its fake backend): a volume's life, as a user drives it.

The suite's own Cinder takes volumes through the real state machine
(creating -> available, extending, deleting) without any storage behind
them. Plain requests through the service client for now: the typed
``typedstack.block_storage.v3`` modules will replace them.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest

import typedstack
from tests.integration.conftest import unique
from tests.local_openstack import LocalCinder

pytestmark = pytest.mark.services

WAIT = {"timeout": 120, "interval": 1}


def call(
    cinder: typedstack.ServiceClient,
    method: str,
    path: str,
    *,
    ok: tuple[int, ...] = (200,),
    body: dict[str, Any] | None = None,
) -> Any:
    """One request with the client's microversion; the decoded body (or None)."""
    headers = dict(cinder.headers)
    data = None
    if body is not None:
        data = json.dumps(body)
        headers["Content-Type"] = "application/json"
    response = cinder.provider.request(method, cinder.url(path), ok=ok, data=data, headers=headers)
    return response.json() if response.content else None


def get_volume(cinder: typedstack.ServiceClient, volume_id: str) -> SimpleNamespace:
    volume = call(cinder, "GET", f"/volumes/{volume_id}")["volume"]
    return SimpleNamespace(**volume, raw=volume)


@pytest.fixture()
def volume_ids(cinder: typedstack.ServiceClient) -> Iterator[list[str]]:
    """IDs of the volumes a test made; whatever is left is deleted afterwards."""
    ids: list[str] = []
    yield ids
    for volume_id in ids:
        with contextlib.suppress(typedstack.NotFound):
            call(cinder, "DELETE", f"/volumes/{volume_id}", ok=(202,))


def test_microversion_negotiated(cinder: typedstack.ServiceClient) -> None:
    assert cinder.microversion is not None
    assert cinder.microversion >= typedstack.runtime.parse_version("3.0")
    assert cinder.headers["OpenStack-API-Version"].startswith("volume 3.")


def test_volume_create_extend_delete(
    cinder: typedstack.ServiceClient, cinder_service: LocalCinder, volume_ids: list[str]
) -> None:
    name = unique("vol")
    created = call(
        cinder,
        "POST",
        "/volumes",
        ok=(202,),
        body={"volume": {"size": 1, "name": name, "description": "smoke test"}},
    )["volume"]
    volume_ids.append(created["id"])
    assert created["name"] == name
    assert created["size"] == 1
    assert created["status"] in ("creating", "available")

    volume = typedstack.wait_for_status(
        lambda: get_volume(cinder, created["id"]), "available", what="volume", **WAIT
    )
    assert volume.id == created["id"]
    assert volume.name == name
    assert volume.description == "smoke test"
    assert volume.size == 1
    assert volume.volume_type == cinder_service.volume_type  # the default type
    assert volume.attachments == []
    assert volume.bootable == "false"
    # the admin sees where it landed: the fake backend's pool
    assert volume.raw["os-vol-host-attr:host"].startswith(f"{cinder_service.host}@")

    listed = call(cinder, "GET", "/volumes/detail")["volumes"]
    assert [v["status"] for v in listed if v["id"] == volume.id] == ["available"]

    call(
        cinder,
        "POST",
        f"/volumes/{volume.id}/action",
        ok=(202,),
        body={"os-extend": {"new_size": 2}},
    )
    extended = typedstack.wait_for_status(
        lambda: get_volume(cinder, volume.id), "available", what="volume", **WAIT
    )
    # "available" again only once the backend has grown it
    assert extended.size == 2

    # a volume cannot shrink
    with pytest.raises(typedstack.BadRequest):
        call(
            cinder,
            "POST",
            f"/volumes/{volume.id}/action",
            ok=(202,),
            body={"os-extend": {"new_size": 1}},
        )

    call(cinder, "DELETE", f"/volumes/{volume.id}", ok=(202,))
    typedstack.wait_for_delete(lambda: get_volume(cinder, volume.id), what="volume", **WAIT)
    with pytest.raises(typedstack.NotFound):
        call(cinder, "GET", f"/volumes/{volume.id}")
    listed = call(cinder, "GET", "/volumes")["volumes"]
    assert volume.id not in [v["id"] for v in listed]
