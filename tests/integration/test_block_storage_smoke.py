"""Block storage (Cinder 29 on its fake backend): a volume's life, the quick check.

The suite's own Cinder takes volumes through the real state machine
(creating -> available, extending, deleting) without any storage behind
them. Through the typed ``typedstack.block_storage.v3`` modules;
test_block_storage.py covers the rest of the API.
"""

from __future__ import annotations

import pytest

import typedstack
from tests.integration.conftest import unique
from tests.local_openstack import LocalCinder
from typedstack.block_storage.v3 import volume_actions, volumes

pytestmark = pytest.mark.services

WAIT = {"timeout": 120, "interval": 1}


def test_volume_create_extend_delete(
    cinder: typedstack.ServiceClient, cinder_service: LocalCinder
) -> None:
    name = unique("vol")
    created = volumes.create(
        cinder,
        volumes.CreateOpts(
            size=1,
            name=name,
            description="smoke test",
        ),
    )
    try:
        assert (created.name, created.size) == (name, 1)
        assert created.status in ("creating", "available")
        volume = typedstack.wait_for_status(
            lambda: volumes.get(cinder, created.id), "available", what="volume", **WAIT
        )
        assert (volume.description, volume.volume_type) == (
            "smoke test",
            cinder_service.volume_type,
        )
        assert volume.host and volume.host.startswith(f"{cinder_service.host}@")

        volume_actions.extend(cinder, volume.id, volume_actions.ExtendOpts(new_size=2))
        extended = typedstack.wait_for_status(
            lambda: volumes.get(cinder, volume.id), "available", what="volume", **WAIT
        )
        assert extended.size == 2
    finally:
        volumes.delete(cinder, created.id)
    typedstack.wait_for_delete(lambda: volumes.get(cinder, created.id), what="volume", **WAIT)
    assert created.id not in [v.id for v in volumes.list_summary(cinder)]
