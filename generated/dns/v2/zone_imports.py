"""Zone imports create a zone, with its record sets, from a standard zone file. They run
asynchronously: the import's zone_id is set once the zone exists.
"""

# Generated from specs/dns/v2/zone_imports.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from typing import IO, ClassVar

import msgspec

from typedstack.runtime import (
    UNSET,
    Model,
    Options,
    Pager,
    PageStyle,
    ServiceClient,
    UnsetType,
    waiters,
)

__all__ = [
    "ZoneImport",
    "CreateOpts",
    "CreateWithAttributesOpts",
    "ListOpts",
    "GetOpts",
    "create",
    "create_with_attributes",
    "list",
    "get",
    "delete",
    "list_url",
    "resource_url",
    "wait_for_status",
    "wait_for_delete",
]


class ZoneImport(Model):
    """The record of one import of a zone file."""

    id: str
    """The UUID of the import."""

    status: str | UnsetType | None = UNSET
    """How far the import got."""

    zone_id: str | UnsetType | None = UNSET
    """The UUID of the zone the import created; null until then."""

    message: str | UnsetType | None = UNSET
    """Details about the import's status, such as why the zone file was refused."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project owning the import."""

    version: int | UnsetType | None = UNSET
    """A counter the server increases on every change of the import."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the import was requested."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the import last changed; null if never."""

    links: dict[str, str] | UnsetType | None = UNSET
    """URLs of the import itself (self) and, once created, of its zone (zone)."""


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


class CreateWithAttributesOpts(Options):
    """Options for :func:`create_with_attributes`."""

    zonefile: str
    """The text of the zone file, in the standard master file format."""

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts on the resources of every project (needs the rights to do so)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the caller were scoped to this project (needs the rights to do so)."""

    attributes: dict[str, str] | UnsetType = UNSET
    """Key/value attributes of the new zone, such as a pool_id naming the pool to place it in."""

    locations: ClassVar[dict[str, str]] = {
        "all_projects": "header",
        "sudo_project_id": "header",
    }


class ListOpts(Options):
    """Options for :func:`list`."""

    zone_id: str | UnsetType = UNSET
    """Only imports that created this zone."""

    message: str | UnsetType = UNSET
    """Only imports whose message matches this."""

    status: str | UnsetType = UNSET
    """Only imports in this status."""

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


def list_url(client: ServiceClient) -> str:
    """The URL `/zones/tasks/imports`."""
    return client.url("/zones/tasks/imports")


def resource_url(client: ServiceClient, zone_import_id: str) -> str:
    """The URL `/zones/tasks/imports/{zone_import_id}`."""
    return client.url("/zones/tasks/imports/{zone_import_id}", zone_import_id=zone_import_id)


def create(
    client: ServiceClient,
    data: bytes | IO[bytes] | Iterable[bytes],
    opts: CreateOpts | None = None,
) -> ZoneImport:
    """Starts importing a zone from the text of a zone file (sent as text/dns).

    POST ``/zones/tasks/imports``

    Args:
        client: The dns v2 service client.
        data: The bytes to send: bytes, a binary file or an iterable of chunks.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(202,),
        opts=opts,
        body=data,
        content_type="text/dns",
        response_type=ZoneImport,
    )


def create_with_attributes(
    client: ServiceClient,
    opts: CreateWithAttributesOpts,
) -> ZoneImport:
    """Starts importing a zone from a zone file sent in a JSON body, which can also carry
    attributes for the new zone (such as the pool to place it in).

    POST ``/zones/tasks/imports``

    Args:
        client: The dns v2 service client.
        opts: The options of the request (:class:`CreateWithAttributesOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(202,),
        opts=opts,
        response_type=ZoneImport,
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[ZoneImport]:
    """Lists the zone imports of the project, one page after the other.

    GET ``/zones/tasks/imports``

    Args:
        client: The dns v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=ZoneImport,
        response_key="imports",
        style=PageStyle("next", next_key="links.next", count_key="metadata.total_count"),
        opts=opts,
    )


def get(
    client: ServiceClient,
    zone_import_id: str,
    opts: GetOpts | None = None,
) -> ZoneImport:
    """Shows the status of one zone import.

    GET ``/zones/tasks/imports/{zone_import_id}``

    Args:
        client: The dns v2 service client.
        zone_import_id: The UUID of the zone import.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, zone_import_id),
        ok=(200,),
        opts=opts,
        response_type=ZoneImport,
    )


def delete(
    client: ServiceClient,
    zone_import_id: str,
    opts: GetOpts | None = None,
) -> None:
    """Deletes the record of a zone import (not the zone it created).

    DELETE ``/zones/tasks/imports/{zone_import_id}``

    Args:
        client: The dns v2 service client.
        zone_import_id: The UUID of the zone import.
        opts: The options of the request (:class:`GetOpts`).
    """
    client.call(
        "DELETE",
        resource_url(client, zone_import_id),
        ok=(204,),
        opts=opts,
    )


def wait_for_status(
    client: ServiceClient,
    zone_import_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    predicate: Callable[[ZoneImport], bool] | None = None,
) -> ZoneImport:
    """Polls get until status is one of status (and predicate holds).

    Failure statuses (ERROR, error) raise ResourceFailed at once.
    Returns the resource; WaitTimeout after timeout seconds.
    """
    return waiters.wait_for_status(
        lambda: get(client, zone_import_id),
        status,
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="ZoneImport",
        predicate=predicate,
    )


def wait_for_delete(
    client: ServiceClient,
    zone_import_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
) -> None:
    """Polls get until it answers 404 (the resource is deleted).

    Failure statuses (ERROR, error) raise ResourceFailed at once;
    WaitTimeout after timeout seconds.
    """
    waiters.wait_for_delete(
        lambda: get(client, zone_import_id),
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="ZoneImport",
    )
