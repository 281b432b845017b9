"""Availability zones as the compute service sees them: the zones of the host aggregates, plus
the default zone, and (in the detailed form) the hosts and services in each.
"""

# Generated from specs/compute/v2/availability_zones.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime

import msgspec

from typedstack.runtime import UNSET, Model, ServiceClient, UnsetType

__all__ = [
    "AvailabilityZone",
    "ZoneState",
    "ZoneService",
    "list",
    "list_detail",
    "list_url",
    "list_detail_url",
]


class AvailabilityZone(Model):
    """An availability zone."""

    zone_name: str = msgspec.field(name="zoneName")
    """The name of the zone."""

    zone_state: ZoneState | UnsetType | None = msgspec.field(default=UNSET, name="zoneState")
    """Whether the zone is available."""

    hosts: dict[str, dict[str, ZoneService]] | UnsetType | None = UNSET
    """Host name to service binary to service state. Always null in the summary listing."""


class ZoneState(Model):
    """The state of a zone."""

    available: bool | UnsetType | None = UNSET
    """Whether the zone is available."""


class ZoneService(Model):
    """The state of one service on one host of a zone."""

    available: bool | UnsetType | None = UNSET
    """Whether the service is enabled."""

    active: bool | UnsetType | None = UNSET
    """Whether the service is up."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the service last reported, or null."""


def list_url(client: ServiceClient) -> str:
    """The URL `/os-availability-zone`."""
    return client.url("/os-availability-zone")


def list_detail_url(client: ServiceClient) -> str:
    """The URL `/os-availability-zone/detail`."""
    return client.url("/os-availability-zone/detail")


def list(
    client: ServiceClient,
) -> builtins.list[AvailabilityZone]:
    """Lists the availability zones and whether they are available.

    GET ``/os-availability-zone``

    Args:
        client: The compute v2 service client.
    """
    return client.call(
        "GET",
        list_url(client),
        ok=(200,),
        response_key="availabilityZoneInfo",
        response_type=builtins.list[AvailabilityZone],
    )


def list_detail(
    client: ServiceClient,
) -> builtins.list[AvailabilityZone]:
    """Lists the availability zones with their hosts and services (admin only).

    GET ``/os-availability-zone/detail``

    Args:
        client: The compute v2 service client.
    """
    return client.call(
        "GET",
        list_detail_url(client),
        ok=(200,),
        response_key="availabilityZoneInfo",
        response_type=builtins.list[AvailabilityZone],
    )
