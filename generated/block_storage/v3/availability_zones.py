"""The availability zones of the block-storage service and whether each can be used."""

# Generated from specs/block_storage/v3/availability_zones.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins

import msgspec

from typedstack.runtime import UNSET, Model, ServiceClient, UnsetType

__all__ = [
    "AvailabilityZone",
    "ZoneState",
    "list",
    "list_url",
]


class AvailabilityZone(Model):
    """An availability zone."""

    zone_name: str = msgspec.field(name="zoneName")
    """The name of the zone."""

    zone_state: ZoneState | UnsetType | None = msgspec.field(default=UNSET, name="zoneState")
    """The state of the zone."""


class ZoneState(Model):
    """The state of an availability zone."""

    available: bool | UnsetType | None = UNSET
    """Whether volumes can be created in the zone."""


def list_url(client: ServiceClient) -> str:
    """The URL `/os-availability-zone`."""
    return client.url("/os-availability-zone")


def list(
    client: ServiceClient,
) -> builtins.list[AvailabilityZone]:
    """Lists the availability zones.

    GET ``/os-availability-zone``

    Args:
        client: The block-storage v3 service client.
    """
    return client.call(
        "GET",
        list_url(client),
        ok=(200,),
        response_key="availabilityZoneInfo",
        response_type=builtins.list[AvailabilityZone],
    )
