"""Zone shares let other projects create record sets in a zone they do not own; the owner shares
the zone with one project at a time.
"""

# Generated from specs/dns/v2/shared_zones.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import datetime
from typing import ClassVar

import msgspec

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "SharedZone",
    "ListOpts",
    "CreateOpts",
    "GetOpts",
    "list",
    "create",
    "get",
    "delete",
    "list_url",
    "resource_url",
]


class SharedZone(Model):
    """The sharing of a zone with one other project."""

    id: str
    """The UUID of the share."""

    zone_id: str | UnsetType | None = UNSET
    """The UUID of the shared zone."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project owning the zone."""

    target_project_id: str | UnsetType | None = UNSET
    """The ID of the project the zone is shared with."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the zone was shared."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the share last changed; null if never."""

    links: dict[str, str] | UnsetType | None = UNSET
    """URLs of the share itself (self) and of the zone (zone)."""


class ListOpts(Options):
    """Options for :func:`list`."""

    target_project_id: str | UnsetType = UNSET
    """Only the share with this project."""

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts on the resources of every project (needs the rights to do so)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the caller were scoped to this project (needs the rights to do so)."""

    locations: ClassVar[dict[str, str]] = {
        "target_project_id": "query",
        "all_projects": "header",
        "sudo_project_id": "header",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    target_project_id: str
    """The ID of the project to share the zone with."""

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts on the resources of every project (needs the rights to do so)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the caller were scoped to this project (needs the rights to do so)."""

    locations: ClassVar[dict[str, str]] = {
        "all_projects": "header",
        "sudo_project_id": "header",
    }


class GetOpts(Options):
    """Options for :func:`get` and :func:`delete`."""

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts on the resources of every project (needs the rights to do so)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the caller were scoped to this project (needs the rights to do so)."""

    locations: ClassVar[dict[str, str]] = {
        "all_projects": "header",
        "sudo_project_id": "header",
    }


def list_url(client: ServiceClient, zone_id: str) -> str:
    """The URL `/zones/{zone_id}/shares`."""
    return client.url("/zones/{zone_id}/shares", zone_id=zone_id)


def resource_url(client: ServiceClient, zone_id: str, zone_share_id: str) -> str:
    """The URL `/zones/{zone_id}/shares/{zone_share_id}`."""
    return client.url(
        "/zones/{zone_id}/shares/{zone_share_id}", zone_id=zone_id, zone_share_id=zone_share_id
    )


def list(
    client: ServiceClient,
    zone_id: str,
    opts: ListOpts | None = None,
) -> Pager[SharedZone]:
    """Lists the shares of a zone, one page after the other.

    GET ``/zones/{zone_id}/shares``

    Args:
        client: The dns v2 service client.
        zone_id: The UUID of the zone.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client, zone_id),
        ok=(200,),
        item_type=SharedZone,
        response_key="shared_zones",
        style=PageStyle("next", next_key="links.next"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    zone_id: str,
    opts: CreateOpts,
) -> SharedZone:
    """Shares a zone with another project.

    POST ``/zones/{zone_id}/shares``

    Args:
        client: The dns v2 service client.
        zone_id: The UUID of the zone.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client, zone_id),
        ok=(201,),
        opts=opts,
        response_type=SharedZone,
    )


def get(
    client: ServiceClient,
    zone_id: str,
    zone_share_id: str,
    opts: GetOpts | None = None,
) -> SharedZone:
    """Shows one share of a zone.

    GET ``/zones/{zone_id}/shares/{zone_share_id}``

    Args:
        client: The dns v2 service client.
        zone_id: The UUID of the zone.
        zone_share_id: The UUID of the share.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, zone_id, zone_share_id),
        ok=(200,),
        opts=opts,
        response_type=SharedZone,
    )


def delete(
    client: ServiceClient,
    zone_id: str,
    zone_share_id: str,
    opts: GetOpts | None = None,
) -> None:
    """Stops sharing a zone with a project.

    DELETE ``/zones/{zone_id}/shares/{zone_share_id}``

    Args:
        client: The dns v2 service client.
        zone_id: The UUID of the zone.
        zone_share_id: The UUID of the share.
        opts: The options of the request (:class:`GetOpts`).
    """
    client.call(
        "DELETE",
        resource_url(client, zone_id, zone_share_id),
        ok=(204,),
        opts=opts,
    )
