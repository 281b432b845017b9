"""Zone exports render a zone as a standard zone file. They run asynchronously: create one, wait
for status COMPLETE, then fetch the text.
"""

# Generated from specs/dns/v2/zone_exports.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from typing import ClassVar

import msgspec

from typedstack.runtime import (
    UNSET,
    Download,
    Fixed,
    Model,
    Options,
    Pager,
    PageStyle,
    ServiceClient,
    UnsetType,
    waiters,
)

__all__ = [
    "ZoneExport",
    "CreateOpts",
    "ListOpts",
    "GetOpts",
    "GetContentOpts",
    "create",
    "list",
    "get",
    "get_content",
    "delete",
    "create_url",
    "list_url",
    "resource_url",
    "get_content_url",
    "wait_for_status",
    "wait_for_delete",
]


class ZoneExport(Model):
    """The record of one export of a zone."""

    id: str
    """The UUID of the export."""

    status: str | UnsetType | None = UNSET
    """How far the export got."""

    zone_id: str | UnsetType | None = UNSET
    """The UUID of the exported zone."""

    location: str | UnsetType | None = UNSET
    """Where the zone file can be fetched once the export is complete (designate://... for the
    export content endpoint).
    """

    message: str | UnsetType | None = UNSET
    """Details about the export's status, such as the reason of an error."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project owning the export."""

    version: int | UnsetType | None = UNSET
    """A counter the server increases on every change of the export."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the export was requested."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the export last changed; null if never."""

    links: dict[str, str] | UnsetType | None = UNSET
    """URLs of the export itself (self) and of its content (export)."""


class CreateOpts(Options):
    """Options for :func:`create`."""

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts on the resources of every project (needs the rights to do so)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the caller were scoped to this project (needs the rights to do so)."""

    locations: ClassVar[dict[str, str]] = {
        "all_projects": "header",
        "sudo_project_id": "header",
    }


class ListOpts(Options):
    """Options for :func:`list`."""

    zone_id: str | UnsetType = UNSET
    """Only exports of this zone."""

    message: str | UnsetType = UNSET
    """Only exports whose message matches this."""

    status: str | UnsetType = UNSET
    """Only exports in this status."""

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts on the resources of every project (needs the rights to do so)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the caller were scoped to this project (needs the rights to do so)."""

    locations: ClassVar[dict[str, str]] = {
        "zone_id": "query",
        "message": "query",
        "status": "query",
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


class GetContentOpts(Options):
    """Options for :func:`get_content`."""

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts on the resources of every project (needs the rights to do so)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the caller were scoped to this project (needs the rights to do so)."""

    locations: ClassVar[dict[str, str]] = {
        "all_projects": "header",
        "sudo_project_id": "header",
    }


def create_url(client: ServiceClient, zone_id: str) -> str:
    """The URL `/zones/{zone_id}/tasks/export`."""
    return client.url("/zones/{zone_id}/tasks/export", zone_id=zone_id)


def list_url(client: ServiceClient) -> str:
    """The URL `/zones/tasks/exports`."""
    return client.url("/zones/tasks/exports")


def resource_url(client: ServiceClient, zone_export_id: str) -> str:
    """The URL `/zones/tasks/exports/{zone_export_id}`."""
    return client.url("/zones/tasks/exports/{zone_export_id}", zone_export_id=zone_export_id)


def get_content_url(client: ServiceClient, zone_export_id: str) -> str:
    """The URL `/zones/tasks/exports/{zone_export_id}/export`."""
    return client.url(
        "/zones/tasks/exports/{zone_export_id}/export", zone_export_id=zone_export_id
    )


def create(
    client: ServiceClient,
    zone_id: str,
    opts: CreateOpts | None = None,
) -> ZoneExport:
    """Starts exporting a zone; the export is PENDING at first.

    POST ``/zones/{zone_id}/tasks/export``

    Args:
        client: The dns v2 service client.
        zone_id: The UUID of the zone to export.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        create_url(client, zone_id),
        ok=(202,),
        opts=opts,
        response_type=ZoneExport,
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[ZoneExport]:
    """Lists the zone exports of the project, one page after the other.

    GET ``/zones/tasks/exports``

    Args:
        client: The dns v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=ZoneExport,
        response_key="exports",
        style=PageStyle("next", next_key="links.next", count_key="metadata.total_count"),
        opts=opts,
    )


def get(
    client: ServiceClient,
    zone_export_id: str,
    opts: GetOpts | None = None,
) -> ZoneExport:
    """Shows the status of one zone export.

    GET ``/zones/tasks/exports/{zone_export_id}``

    Args:
        client: The dns v2 service client.
        zone_export_id: The UUID of the zone export.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, zone_export_id),
        ok=(200,),
        opts=opts,
        response_type=ZoneExport,
    )


def get_content(
    client: ServiceClient,
    zone_export_id: str,
    opts: GetContentOpts | None = None,
) -> Download:
    """Downloads the zone file of a completed export (text/dns).

    GET ``/zones/tasks/exports/{zone_export_id}/export``

    Args:
        client: The dns v2 service client.
        zone_export_id: The UUID of the zone export.
        opts: The options of the request (:class:`GetContentOpts`).

    Returns:
        The zone file, in the standard master file format.
    """
    return client.download(
        "GET",
        get_content_url(client, zone_export_id),
        ok=(200,),
        opts=opts,
        fixed=Fixed(headers={"Accept": "text/dns"}),
    )


def delete(
    client: ServiceClient,
    zone_export_id: str,
    opts: GetOpts | None = None,
) -> None:
    """Deletes the record of a zone export (not the zone itself).

    DELETE ``/zones/tasks/exports/{zone_export_id}``

    Args:
        client: The dns v2 service client.
        zone_export_id: The UUID of the zone export.
        opts: The options of the request (:class:`GetOpts`).
    """
    client.call(
        "DELETE",
        resource_url(client, zone_export_id),
        ok=(204,),
        opts=opts,
    )


def wait_for_status(
    client: ServiceClient,
    zone_export_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    predicate: Callable[[ZoneExport], bool] | None = None,
) -> ZoneExport:
    """Polls get until status is one of status (and predicate holds).

    Failure statuses (ERROR, error) raise ResourceFailed at once.
    Returns the resource; WaitTimeout after timeout seconds.
    """
    return waiters.wait_for_status(
        lambda: get(client, zone_export_id),
        status,
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="ZoneExport",
        predicate=predicate,
    )


def wait_for_delete(
    client: ServiceClient,
    zone_export_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
) -> None:
    """Polls get until it answers 404 (the resource is deleted).

    Failure statuses (ERROR, error) raise ResourceFailed at once;
    WaitTimeout after timeout seconds.
    """
    waiters.wait_for_delete(
        lambda: get(client, zone_export_id),
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="ZoneExport",
    )
