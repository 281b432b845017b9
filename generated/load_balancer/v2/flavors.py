"""Flavors are the load balancer sizes and feature sets an operator offers: each one points at a
flavor profile holding the provider settings.
"""

# Generated from specs/load_balancer/v2/flavors.yaml by `python -m generator`. Do not edit:
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
    "Flavor",
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


class Flavor(Model):
    """A load balancer flavor."""

    id: str
    """The ID of the flavor."""

    name: str | UnsetType | None = UNSET
    """The name of the flavor."""

    description: str | UnsetType | None = UNSET
    """A free-text description of the flavor."""

    flavor_profile_id: str | UnsetType | None = UNSET
    """The ID of the flavor profile behind the flavor."""

    enabled: bool | UnsetType | None = UNSET
    """Whether new load balancers may use the flavor."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the flavor with this ID."""

    name: str | UnsetType = UNSET
    """Only flavors with this name."""

    description: str | UnsetType = UNSET
    """Only flavors with this description."""

    flavor_profile_id: str | UnsetType = UNSET
    """Only flavors using this flavor profile."""

    enabled: bool | UnsetType = UNSET
    """Only enabled (true) or disabled (false) flavors."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last flavor of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort: builtins.list[str] | UnsetType = UNSET
    """Sort order as comma-separated key:direction pairs (name:asc)."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of each flavor."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "description": "query",
        "flavor_profile_id": "query",
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
    """The name of the flavor."""

    flavor_profile_id: str
    """The ID of the flavor profile to use."""

    description: str | UnsetType = UNSET
    """A free-text description."""

    enabled: bool | UnsetType = UNSET
    """Whether new load balancers may use the flavor."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of the flavor."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new name."""

    description: str | UnsetType | None = UNSET
    """The new description."""

    enabled: bool | UnsetType = UNSET
    """Enables or disables the flavor for new load balancers."""


def list_url(client: ServiceClient) -> str:
    """The URL `/lbaas/flavors`."""
    return client.url("/lbaas/flavors")


def resource_url(client: ServiceClient, flavor_id: str) -> str:
    """The URL `/lbaas/flavors/{flavor_id}`."""
    return client.url("/lbaas/flavors/{flavor_id}", flavor_id=flavor_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Flavor]:
    """Lists the load balancer flavors.

    GET ``/lbaas/flavors``

    Args:
        client: The load-balancer v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Flavor,
        response_key="flavors",
        style=PageStyle("links", links_key="flavors_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> Flavor:
    """Creates a load balancer flavor (administrators only).

    POST ``/lbaas/flavors``

    Args:
        client: The load-balancer v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="flavor",
        response_key="flavor",
        response_type=Flavor,
    )


def get(
    client: ServiceClient,
    flavor_id: str,
    opts: GetOpts | None = None,
) -> Flavor:
    """Shows a load balancer flavor.

    GET ``/lbaas/flavors/{flavor_id}``

    Args:
        client: The load-balancer v2 service client.
        flavor_id: The ID of the flavor.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, flavor_id),
        ok=(200,),
        opts=opts,
        response_key="flavor",
        response_type=Flavor,
    )


def update(
    client: ServiceClient,
    flavor_id: str,
    opts: UpdateOpts | None = None,
) -> Flavor:
    """Renames, describes, enables or disables a flavor (administrators only).

    PUT ``/lbaas/flavors/{flavor_id}``

    Args:
        client: The load-balancer v2 service client.
        flavor_id: The ID of the flavor.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, flavor_id),
        ok=(200,),
        opts=opts,
        body_key="flavor",
        response_key="flavor",
        response_type=Flavor,
    )


def delete(
    client: ServiceClient,
    flavor_id: str,
) -> None:
    """Deletes a flavor no load balancer uses (administrators only).

    DELETE ``/lbaas/flavors/{flavor_id}``

    Args:
        client: The load-balancer v2 service client.
        flavor_id: The ID of the flavor.
    """
    client.call(
        "DELETE",
        resource_url(client, flavor_id),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Flavor:
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
        what="Flavor",
    )
