"""Flavor profiles hold the provider-specific settings behind flavors, as a JSON document; only
administrators see and manage them.
"""

# Generated from specs/load_balancer/v2/flavor_profiles.yaml by `python -m generator`. Do not edit:
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
    "FlavorProfile",
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


class FlavorProfile(Model):
    """A flavor profile."""

    id: str
    """The ID of the flavor profile."""

    name: str | UnsetType | None = UNSET
    """The name of the flavor profile."""

    provider_name: str | UnsetType | None = UNSET
    """The provider driver the settings are meant for."""

    flavor_data: str | UnsetType | None = UNSET
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

    flavor_data: str
    """The provider settings, as a JSON-encoded object (see the provider's flavor capabilities)."""


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

    flavor_data: str | UnsetType = UNSET
    """The new provider settings, as a JSON-encoded object."""


def list_url(client: ServiceClient) -> str:
    """The URL `/lbaas/flavorprofiles`."""
    return client.url("/lbaas/flavorprofiles")


def resource_url(client: ServiceClient, flavorprofile_id: str) -> str:
    """The URL `/lbaas/flavorprofiles/{flavorprofile_id}`."""
    return client.url(
        "/lbaas/flavorprofiles/{flavorprofile_id}", flavorprofile_id=flavorprofile_id
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[FlavorProfile]:
    """Lists the flavor profiles (administrators only).

    GET ``/lbaas/flavorprofiles``

    Args:
        client: The load-balancer v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=FlavorProfile,
        response_key="flavorprofiles",
        style=PageStyle("links", links_key="flavorprofiles_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> FlavorProfile:
    """Creates a flavor profile (administrators only).

    POST ``/lbaas/flavorprofiles``

    Args:
        client: The load-balancer v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="flavorprofile",
        response_key="flavorprofile",
        response_type=FlavorProfile,
    )


def get(
    client: ServiceClient,
    flavorprofile_id: str,
    opts: GetOpts | None = None,
) -> FlavorProfile:
    """Shows a flavor profile (administrators only).

    GET ``/lbaas/flavorprofiles/{flavorprofile_id}``

    Args:
        client: The load-balancer v2 service client.
        flavorprofile_id: The ID of the flavor profile.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, flavorprofile_id),
        ok=(200,),
        opts=opts,
        response_key="flavorprofile",
        response_type=FlavorProfile,
    )


def update(
    client: ServiceClient,
    flavorprofile_id: str,
    opts: UpdateOpts | None = None,
) -> FlavorProfile:
    """Changes a flavor profile (administrators only).

    PUT ``/lbaas/flavorprofiles/{flavorprofile_id}``

    Args:
        client: The load-balancer v2 service client.
        flavorprofile_id: The ID of the flavor profile.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, flavorprofile_id),
        ok=(200,),
        opts=opts,
        body_key="flavorprofile",
        response_key="flavorprofile",
        response_type=FlavorProfile,
    )


def delete(
    client: ServiceClient,
    flavorprofile_id: str,
) -> None:
    """Deletes a flavor profile no flavor uses (administrators only).

    DELETE ``/lbaas/flavorprofiles/{flavorprofile_id}``

    Args:
        client: The load-balancer v2 service client.
        flavorprofile_id: The ID of the flavor profile.
    """
    client.call(
        "DELETE",
        resource_url(client, flavorprofile_id),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> FlavorProfile:
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
        what="FlavorProfile",
    )
