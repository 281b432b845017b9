"""Availability zone profiles hold the provider-specific settings behind availability zones
(such as the compute zone and networks), as a JSON document; only administrators see and
manage them.
"""

# Generated from specs/load_balancer/v2/availability_zone_profiles.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar

from typedstack.runtime import (
    UNSET,
    Model,
    Options,
    Pager,
    PageStyle,
    ServiceClient,
    UnsetType,
    finding,
)

__all__ = [
    "AvailabilityZoneProfile",
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
    "find",
]


class AvailabilityZoneProfile(Model):
    """An availability zone profile."""

    id: str
    """The ID of the availability zone profile."""

    name: str | UnsetType | None = UNSET
    """The name of the profile."""

    provider_name: str | UnsetType | None = UNSET
    """The provider driver the settings are meant for."""

    availability_zone_data: str | UnsetType | None = UNSET
    """The provider settings, as a JSON-encoded object."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the profile with this ID."""

    name: str | UnsetType = UNSET
    """Only profiles with this name."""

    provider_name: str | UnsetType = UNSET
    """Only profiles for this provider."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last profile of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort: builtins.list[str] | UnsetType = UNSET
    """Sort order as comma-separated key:direction pairs (name:asc)."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of each profile."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "provider_name": "query",
        "limit": "query",
        "marker": "query",
        "page_reverse": "query",
        "sort": "csv",
        "fields": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    name: str
    """The name of the profile."""

    provider_name: str
    """The provider driver the settings are for."""

    availability_zone_data: str
    """The provider settings, as a JSON-encoded object (see the provider's availability zone
    capabilities).
    """


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of the profile."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new name."""

    provider_name: str | UnsetType = UNSET
    """The new provider driver."""

    availability_zone_data: str | UnsetType = UNSET
    """The new provider settings, as a JSON-encoded object."""


def list_url(client: ServiceClient) -> str:
    """The URL `/lbaas/availabilityzoneprofiles`."""
    return client.url("/lbaas/availabilityzoneprofiles")


def resource_url(client: ServiceClient, availability_zone_profile_id: str) -> str:
    """The URL `/lbaas/availabilityzoneprofiles/{availability_zone_profile_id}`."""
    return client.url(
        "/lbaas/availabilityzoneprofiles/{availability_zone_profile_id}",
        availability_zone_profile_id=availability_zone_profile_id,
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[AvailabilityZoneProfile]:
    """Lists the availability zone profiles (administrators only).

    GET ``/lbaas/availabilityzoneprofiles``

    Args:
        client: The load-balancer v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=AvailabilityZoneProfile,
        response_key="availability_zone_profiles",
        style=PageStyle("links", links_key="availability_zone_profiles_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> AvailabilityZoneProfile:
    """Creates an availability zone profile (administrators only).

    POST ``/lbaas/availabilityzoneprofiles``

    Args:
        client: The load-balancer v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="availability_zone_profile",
        response_key="availability_zone_profile",
        response_type=AvailabilityZoneProfile,
    )


def get(
    client: ServiceClient,
    availability_zone_profile_id: str,
    opts: GetOpts | None = None,
) -> AvailabilityZoneProfile:
    """Shows an availability zone profile (administrators only).

    GET ``/lbaas/availabilityzoneprofiles/{availability_zone_profile_id}``

    Args:
        client: The load-balancer v2 service client.
        availability_zone_profile_id: The ID of the availability zone profile.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, availability_zone_profile_id),
        ok=(200,),
        opts=opts,
        response_key="availability_zone_profile",
        response_type=AvailabilityZoneProfile,
    )


def update(
    client: ServiceClient,
    availability_zone_profile_id: str,
    opts: UpdateOpts | None = None,
) -> AvailabilityZoneProfile:
    """Changes an availability zone profile (administrators only).

    PUT ``/lbaas/availabilityzoneprofiles/{availability_zone_profile_id}``

    Args:
        client: The load-balancer v2 service client.
        availability_zone_profile_id: The ID of the availability zone profile.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, availability_zone_profile_id),
        ok=(200,),
        opts=opts,
        body_key="availability_zone_profile",
        response_key="availability_zone_profile",
        response_type=AvailabilityZoneProfile,
    )


def delete(
    client: ServiceClient,
    availability_zone_profile_id: str,
) -> None:
    """Deletes an availability zone profile no zone uses (administrators only).

    DELETE ``/lbaas/availabilityzoneprofiles/{availability_zone_profile_id}``

    Args:
        client: The load-balancer v2 service client.
        availability_zone_profile_id: The ID of the availability zone profile.
    """
    client.call(
        "DELETE",
        resource_url(client, availability_zone_profile_id),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> AvailabilityZoneProfile:
    """Finds one by ID, else by exact name: get, then list filtered by name.

    Raises NotFound when none matches, MultipleMatches (naming every ID) when
    several have the name.
    """
    return finding.find(
        name_or_id,
        by_id=lambda id_: get(client, id_),
        by_name=lambda name: list(client, ListOpts(name=name)),
        name_of=lambda item: item.name,
        id_of=lambda item: item.id,
        what="AvailabilityZoneProfile",
    )
