"""Segments (the segments extension) are the physical network segments a network is made of: its
network type, physical network and segmentation ID. A routed provider network has several,
each with its own subnets.
"""

# Generated from specs/network/v2/segments.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
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
    "Segment",
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


class Segment(Model):
    """A network segment."""

    id: str
    """The ID of the segment."""

    network_id: str | UnsetType | None = UNSET
    """The ID of the network the segment belongs to."""

    name: str | UnsetType | None = UNSET
    """The human-readable name of the segment."""

    description: str | UnsetType | None = UNSET
    """A free-form description of the segment."""

    network_type: str | UnsetType | None = UNSET
    """The kind of physical mechanism behind the segment (flat, vlan, vxlan, geneve, ...)."""

    physical_network: str | UnsetType | None = UNSET
    """The physical network the segment is realised on (flat and VLAN segments)."""

    segmentation_id: int | UnsetType | None = UNSET
    """The VLAN ID or tunnel ID of the segment."""

    revision_number: int | UnsetType | None = UNSET
    """The revision of the segment, raised on every change."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the segment was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the segment was last changed."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Filters by segment ID."""

    network_id: str | UnsetType = UNSET
    """Filters by network."""

    name: str | UnsetType = UNSET
    """Filters by name."""

    description: str | UnsetType = UNSET
    """Filters by description."""

    network_type: str | UnsetType = UNSET
    """Filters by network type."""

    physical_network: str | UnsetType = UNSET
    """Filters by physical network."""

    segmentation_id: int | UnsetType = UNSET
    """Filters by segmentation ID."""

    revision_number: int | UnsetType = UNSET
    """Filters by revision number."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Return only these attributes (repeat for several)."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by, paired with sort_dir."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions (asc or desc), one per sort_key."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last segment of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Page backwards from the marker."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "network_id": "query",
        "name": "query",
        "description": "query",
        "network_type": "query",
        "physical_network": "query",
        "segmentation_id": "query",
        "revision_number": "query",
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

    network_id: str
    """The ID of the network to add the segment to."""

    network_type: str
    """The kind of physical mechanism (flat, vlan, vxlan, geneve, ...)."""

    physical_network: str | UnsetType = UNSET
    """The physical network to realise the segment on (flat and VLAN)."""

    segmentation_id: int | UnsetType = UNSET
    """The VLAN ID or tunnel ID (allocated when left out)."""

    name: str | UnsetType = UNSET
    """The human-readable name of the segment."""

    description: str | UnsetType = UNSET
    """A free-form description of the segment."""


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


def list_url(client: ServiceClient) -> str:
    """The URL `/segments`."""
    return client.url("/segments")


def resource_url(client: ServiceClient, segment_id: str) -> str:
    """The URL `/segments/{segment_id}`."""
    return client.url("/segments/{segment_id}", segment_id=segment_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Segment]:
    """Lists segments.

    GET ``/segments``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Segment,
        response_key="segments",
        style=PageStyle("links", links_key="segments_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> Segment:
    """Adds a segment to a network (administrators).

    POST ``/segments``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="segment",
        response_key="segment",
        response_type=Segment,
    )


def get(
    client: ServiceClient,
    segment_id: str,
    opts: GetOpts | None = None,
) -> Segment:
    """Shows a segment.

    GET ``/segments/{segment_id}``

    Args:
        client: The network v2 service client.
        segment_id: The ID of the segment.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, segment_id),
        ok=(200,),
        opts=opts,
        response_key="segment",
        response_type=Segment,
    )


def update(
    client: ServiceClient,
    segment_id: str,
    opts: UpdateOpts | None = None,
) -> Segment:
    """Renames or redescribes a segment.

    PUT ``/segments/{segment_id}``

    Args:
        client: The network v2 service client.
        segment_id: The ID of the segment.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, segment_id),
        ok=(200,),
        opts=opts,
        body_key="segment",
        response_key="segment",
        response_type=Segment,
    )


def delete(
    client: ServiceClient,
    segment_id: str,
) -> None:
    """Deletes a segment (not the last one of a network, nor one with subnets).

    DELETE ``/segments/{segment_id}``

    Args:
        client: The network v2 service client.
        segment_id: The ID of the segment.
    """
    client.call(
        "DELETE",
        resource_url(client, segment_id),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Segment:
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
        what="Segment",
    )
