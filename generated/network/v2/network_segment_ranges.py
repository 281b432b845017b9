"""Network segment ranges (the network-segment-range extension) are the pools of VLAN IDs or
tunnel IDs that project networks draw from. Default ranges come from the ML2 configuration;
administrators add shared ones or ranges reserved for one project.
"""

# Generated from specs/network/v2/network_segment_ranges.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from typing import ClassVar

import msgspec

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
    "NetworkSegmentRange",
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


class NetworkSegmentRange(Model):
    """A range of segmentation IDs of one network type."""

    id: str
    """The ID of the range."""

    name: str | UnsetType | None = UNSET
    """The human-readable name of the range."""

    description: str | UnsetType | None = UNSET
    """A free-form description of the range."""

    default: bool | UnsetType | None = UNSET
    """Whether the range is a default one, loaded from the ML2 configuration."""

    shared: bool | UnsetType | None = UNSET
    """Whether every project can draw from the range (false when it is reserved for one
    project).
    """

    project_id: str | UnsetType | None = UNSET
    """The project the range is reserved for (null for a shared range)."""

    tenant_id: str | UnsetType | None = UNSET
    """The project the range is reserved for (the older name of project_id)."""

    network_type: str | UnsetType | None = UNSET
    """The network type of the range (vlan, vxlan, gre or geneve)."""

    physical_network: str | UnsetType | None = UNSET
    """The physical network of a VLAN range."""

    minimum: int | UnsetType | None = UNSET
    """The lowest segmentation ID of the range."""

    maximum: int | UnsetType | None = UNSET
    """The highest segmentation ID of the range."""

    available: builtins.list[int] | UnsetType | None = UNSET
    """The segmentation IDs of the range still free."""

    used: dict[str, str] | UnsetType | None = UNSET
    """The segmentation IDs of the range in use, each mapped to the project using it."""

    tags: builtins.list[str] | UnsetType | None = UNSET
    """The tags on the range."""

    revision_number: int | UnsetType | None = UNSET
    """The revision of the range, raised on every change."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the range was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the range was last changed."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Filters by range ID."""

    name: str | UnsetType = UNSET
    """Filters by name."""

    project_id: str | UnsetType = UNSET
    """Filters by the project the range is reserved for."""

    tenant_id: str | UnsetType = UNSET
    """Filters by the project the range is reserved for (older name)."""

    network_type: str | UnsetType = UNSET
    """Filters by network type."""

    physical_network: str | UnsetType = UNSET
    """Filters by physical network."""

    tags: builtins.list[str] | UnsetType = UNSET
    """Ranges that have all these comma-separated tags."""

    tags_any: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="tags-any")
    """Ranges that have at least one of these comma-separated tags."""

    not_tags: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="not-tags")
    """Ranges that do not have all of these comma-separated tags."""

    not_tags_any: builtins.list[str] | UnsetType = msgspec.field(
        default=UNSET, name="not-tags-any"
    )
    """Ranges that have none of these comma-separated tags."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Return only these attributes (repeat for several)."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by, paired with sort_dir."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions (asc or desc), one per sort_key."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last range of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Page backwards from the marker."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "project_id": "query",
        "tenant_id": "query",
        "network_type": "query",
        "physical_network": "query",
        "tags": "csv",
        "tags_any": "csv",
        "not_tags": "csv",
        "not_tags_any": "csv",
        "fields": "query",
        "sort_key": "query",
        "sort_dir": "query",
        "limit": "query",
        "marker": "query",
        "page_reverse": "query",
    }

    paired: ClassVar[tuple[tuple[str, ...], ...]] = (("sort_key", "sort_dir"),)


class CreateOpts(Options):
    """Options for :func:`create`."""

    network_type: str
    """The network type of the range (vlan, vxlan, gre or geneve)."""

    minimum: int
    """The lowest segmentation ID of the range."""

    maximum: int
    """The highest segmentation ID of the range."""

    physical_network: str | UnsetType = UNSET
    """The physical network of a VLAN range."""

    name: str | UnsetType = UNSET
    """The human-readable name of the range."""

    description: str | UnsetType = UNSET
    """A free-form description of the range."""

    shared: bool | UnsetType = UNSET
    """Whether every project can draw from the range (default true)."""

    project_id: str | UnsetType = UNSET
    """The project to reserve a non-shared range for."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Return only these attributes (repeat for several)."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new name."""

    description: str | UnsetType = UNSET
    """The new description."""

    minimum: int | UnsetType = UNSET
    """The new lowest segmentation ID."""

    maximum: int | UnsetType = UNSET
    """The new highest segmentation ID."""


def list_url(client: ServiceClient) -> str:
    """The URL `/network_segment_ranges`."""
    return client.url("/network_segment_ranges")


def resource_url(client: ServiceClient, network_segment_range_id: str) -> str:
    """The URL `/network_segment_ranges/{network_segment_range_id}`."""
    return client.url(
        "/network_segment_ranges/{network_segment_range_id}",
        network_segment_range_id=network_segment_range_id,
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[NetworkSegmentRange]:
    """Lists network segment ranges (administrators).

    GET ``/network_segment_ranges``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=NetworkSegmentRange,
        response_key="network_segment_ranges",
        style=PageStyle("links", links_key="network_segment_ranges_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> NetworkSegmentRange:
    """Creates a network segment range (administrators).

    POST ``/network_segment_ranges``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="network_segment_range",
        response_key="network_segment_range",
        response_type=NetworkSegmentRange,
    )


def get(
    client: ServiceClient,
    network_segment_range_id: str,
    opts: GetOpts | None = None,
) -> NetworkSegmentRange:
    """Shows a network segment range, with its used and available IDs.

    GET ``/network_segment_ranges/{network_segment_range_id}``

    Args:
        client: The network v2 service client.
        network_segment_range_id: The ID of the range.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, network_segment_range_id),
        ok=(200,),
        opts=opts,
        response_key="network_segment_range",
        response_type=NetworkSegmentRange,
    )


def update(
    client: ServiceClient,
    network_segment_range_id: str,
    opts: UpdateOpts | None = None,
) -> NetworkSegmentRange:
    """Updates a network segment range (not a default one).

    PUT ``/network_segment_ranges/{network_segment_range_id}``

    Args:
        client: The network v2 service client.
        network_segment_range_id: The ID of the range.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, network_segment_range_id),
        ok=(200,),
        opts=opts,
        body_key="network_segment_range",
        response_key="network_segment_range",
        response_type=NetworkSegmentRange,
    )


def delete(
    client: ServiceClient,
    network_segment_range_id: str,
) -> None:
    """Deletes a network segment range (not a default one, nor one in use).

    DELETE ``/network_segment_ranges/{network_segment_range_id}``

    Args:
        client: The network v2 service client.
        network_segment_range_id: The ID of the range.
    """
    client.call(
        "DELETE",
        resource_url(client, network_segment_range_id),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> NetworkSegmentRange:
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
        what="NetworkSegmentRange",
    )
