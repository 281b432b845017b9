"""Regions are the general-purpose geographical divisions of a deployment that service endpoints
live in. Regions can nest, forming a tree.
"""

# Generated from specs/identity/v3/regions.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import ClassVar

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "Region",
    "ListOpts",
    "CreateOpts",
    "UpdateOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "list_url",
    "resource_url",
]


class Region(Model):
    """A region."""

    id: str
    """The ID of the region (chosen by the creator or generated)."""

    description: str | UnsetType | None = UNSET
    """The description of the region."""

    parent_region_id: str | UnsetType | None = UNSET
    """The ID of the parent region; null for a top-level region."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the region itself."""


class ListOpts(Options):
    """Options for :func:`list`."""

    parent_region_id: str | UnsetType = UNSET
    """Filters by the ID of the parent region."""

    locations: ClassVar[dict[str, str]] = {
        "parent_region_id": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    id: str | UnsetType = UNSET
    """The ID to give the region; a random one is generated when absent."""

    description: str | UnsetType = UNSET
    """The description of the region."""

    parent_region_id: str | UnsetType = UNSET
    """The ID of the parent region."""


class UpdateOpts(Options):
    """Options for :func:`update`."""

    description: str | UnsetType | None = UNSET
    """The new description."""

    parent_region_id: str | UnsetType | None = UNSET
    """The new parent region."""


def list_url(client: ServiceClient) -> str:
    """The URL `/regions`."""
    return client.url("/regions")


def resource_url(client: ServiceClient, region_id: str) -> str:
    """The URL `/regions/{region_id}`."""
    return client.url("/regions/{region_id}", region_id=region_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Region]:
    """Lists regions.

    GET ``/regions``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Region,
        response_key="regions",
        style=PageStyle("next", next_key="links.next"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
) -> Region:
    """Creates a region.

    POST ``/regions``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="region",
        response_key="region",
        response_type=Region,
    )


def get(
    client: ServiceClient,
    region_id: str,
) -> Region:
    """Shows a region.

    GET ``/regions/{region_id}``

    Args:
        client: The identity v3 service client.
        region_id: The ID of the region.
    """
    return client.call(
        "GET",
        resource_url(client, region_id),
        ok=(200,),
        response_key="region",
        response_type=Region,
    )


def update(
    client: ServiceClient,
    region_id: str,
    opts: UpdateOpts,
) -> Region:
    """Updates a region.

    PATCH ``/regions/{region_id}``

    Args:
        client: The identity v3 service client.
        region_id: The ID of the region.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PATCH",
        resource_url(client, region_id),
        ok=(200,),
        opts=opts,
        body_key="region",
        response_key="region",
        response_type=Region,
    )


def delete(
    client: ServiceClient,
    region_id: str,
) -> None:
    """Deletes a region that has no child regions and no endpoints.

    DELETE ``/regions/{region_id}``

    Args:
        client: The identity v3 service client.
        region_id: The ID of the region.
    """
    client.call(
        "DELETE",
        resource_url(client, region_id),
        ok=(204,),
    )
