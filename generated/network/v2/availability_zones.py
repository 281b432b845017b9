"""Availability zones of the network service: the zones its DHCP and L3 agents report, which
networks and routers can be hinted to.
"""

# Generated from specs/network/v2/availability_zones.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "AvailabilityZone",
    "ListOpts",
    "list",
    "list_url",
]


class AvailabilityZone(Model):
    """An availability zone, for one kind of resource."""

    name: str
    """The name of the availability zone."""

    resource: str | UnsetType | None = UNSET
    """The kind of resource the zone hosts, network (DHCP) or router (L3)."""

    state: str | UnsetType | None = UNSET
    """available if an agent in the zone is alive, unavailable otherwise."""


class ListOpts(Options):
    """Options for :func:`list`."""

    name: str | UnsetType = UNSET
    """Only zones with this name."""

    resource: str | UnsetType = UNSET
    """Only zones for this resource, network or router."""

    state: str | UnsetType = UNSET
    """Only zones in this state, available or unavailable."""

    locations: ClassVar[dict[str, str]] = {
        "name": "query",
        "resource": "query",
        "state": "query",
    }


def list_url(client: ServiceClient) -> str:
    """The URL `/availability_zones`."""
    return client.url("/availability_zones")


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> builtins.list[AvailabilityZone]:
    """Lists the availability zones.

    GET ``/availability_zones``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.call(
        "GET",
        list_url(client),
        ok=(200,),
        opts=opts,
        response_key="availability_zones",
        response_type=builtins.list[AvailabilityZone],
    )
