"""Availability zones let users place a load balancer in a zone the operator offers; each one
points at an availability zone profile with the provider settings.
"""

# Generated from specs/load_balancer/v2/availability_zones.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "AvailabilityZone",
    "ListOpts",
    "CreateOpts",
    "GetOpts",
    "UpdateOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "list_url",
    "resource_url",
]


class AvailabilityZone(Model):
    """A load balancer availability zone."""

    name: str
    """The name of the availability zone (also its identifier)."""

    description: str | UnsetType | None = UNSET
    """A free-text description of the availability zone."""

    availability_zone_profile_id: str | UnsetType | None = UNSET
    """The ID of the availability zone profile behind the zone."""

    enabled: bool | UnsetType | None = UNSET
    """Whether new load balancers may use the zone."""


class ListOpts(Options):
    """Options for :func:`list`."""

    name: str | UnsetType = UNSET
    """Only the zone with this name."""

    description: str | UnsetType = UNSET
    """Only zones with this description."""

    availability_zone_profile_id: str | UnsetType = UNSET
    """Only zones using this profile."""

    enabled: bool | UnsetType = UNSET
    """Only enabled (true) or disabled (false) zones."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The name of the last zone of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort: builtins.list[str] | UnsetType = UNSET
    """Sort order as comma-separated key:direction pairs (name:asc)."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of each zone."""

    locations: ClassVar[dict[str, str]] = {
        "name": "query",
        "description": "query",
        "availability_zone_profile_id": "query",
        "enabled": "query",
        "limit": "query",
        "marker": "query",
        "page_reverse": "query",
        "sort": "csv",
        "fields": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    name: str
    """The name of the zone."""

    availability_zone_profile_id: str
    """The ID of the availability zone profile to use."""

    description: str | UnsetType = UNSET
    """A free-text description."""

    enabled: bool | UnsetType = UNSET
    """Whether new load balancers may use the zone."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of the zone."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    description: str | UnsetType | None = UNSET
    """The new description."""

    enabled: bool | UnsetType = UNSET
    """Enables or disables the zone for new load balancers."""


def list_url(client: ServiceClient) -> str:
    """The URL `/lbaas/availabilityzones`."""
    return client.url("/lbaas/availabilityzones")


def resource_url(client: ServiceClient, availability_zone_name: str) -> str:
    """The URL `/lbaas/availabilityzones/{availability_zone_name}`."""
    return client.url(
        "/lbaas/availabilityzones/{availability_zone_name}",
        availability_zone_name=availability_zone_name,
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[AvailabilityZone]:
    """Lists the availability zones.

    GET ``/lbaas/availabilityzones``

    Args:
        client: The load-balancer v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=AvailabilityZone,
        response_key="availability_zones",
        style=PageStyle("links", links_key="availability_zones_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> AvailabilityZone:
    """Creates an availability zone (administrators only).

    POST ``/lbaas/availabilityzones``

    Args:
        client: The load-balancer v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="availability_zone",
        response_key="availability_zone",
        response_type=AvailabilityZone,
    )


def get(
    client: ServiceClient,
    availability_zone_name: str,
    opts: GetOpts | None = None,
) -> AvailabilityZone:
    """Shows an availability zone.

    GET ``/lbaas/availabilityzones/{availability_zone_name}``

    Args:
        client: The load-balancer v2 service client.
        availability_zone_name: The name of the availability zone.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, availability_zone_name),
        ok=(200,),
        opts=opts,
        response_key="availability_zone",
        response_type=AvailabilityZone,
    )


def update(
    client: ServiceClient,
    availability_zone_name: str,
    opts: UpdateOpts | None = None,
) -> AvailabilityZone:
    """Changes the description of an availability zone, or enables or disables it (administrators
    only).

    PUT ``/lbaas/availabilityzones/{availability_zone_name}``

    Args:
        client: The load-balancer v2 service client.
        availability_zone_name: The name of the availability zone.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, availability_zone_name),
        ok=(200,),
        opts=opts,
        body_key="availability_zone",
        response_key="availability_zone",
        response_type=AvailabilityZone,
    )


def delete(
    client: ServiceClient,
    availability_zone_name: str,
) -> None:
    """Deletes an availability zone no load balancer uses (administrators only).

    DELETE ``/lbaas/availabilityzones/{availability_zone_name}``

    Args:
        client: The load-balancer v2 service client.
        availability_zone_name: The name of the availability zone.
    """
    client.call(
        "DELETE",
        resource_url(client, availability_zone_name),
        ok=(204,),
    )
