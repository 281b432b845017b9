"""Record sets hold the DNS records of one name and one type (A, AAAA, MX, SRV, TXT...) inside a
zone; every record of a set shares its TTL.
"""

# Generated from specs/dns/v2/recordsets.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import ClassVar, Literal

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
    waiters,
)

__all__ = [
    "Recordset",
    "ListOpts",
    "CreateOpts",
    "GetOpts",
    "UpdateOpts",
    "DeleteOpts",
    "list",
    "list_all",
    "create",
    "get",
    "update",
    "delete",
    "list_url",
    "list_all_url",
    "resource_url",
    "find",
    "wait_for_status",
    "wait_for_delete",
]


class Recordset(Model):
    """A set of DNS records of one name and type."""

    id: str
    """The UUID of the record set."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project owning the record set."""

    name: str | UnsetType | None = UNSET
    """The fully qualified name the records belong to, ending in a dot."""

    ttl: int | UnsetType | None = UNSET
    """The time to live of the records in seconds; null means the zone's default."""

    status: str | UnsetType | None = UNSET
    """Where the record set stands in its propagation to the DNS back ends."""

    action: str | UnsetType | None = UNSET
    """The change being applied to the back ends (NONE when idle)."""

    zone_id: str | UnsetType | None = UNSET
    """The UUID of the zone holding the record set."""

    zone_name: str | UnsetType | None = UNSET
    """The name of the zone holding the record set."""

    description: str | UnsetType | None = UNSET
    """A free-text note about the record set."""

    type: str | UnsetType | None = UNSET
    """The DNS record type (RRTYPE) of the set."""

    records: builtins.list[str] | UnsetType | None = UNSET
    """The data of each record, written as the record type requires (an IPv4 address for A, "10
    mail.example.org." for MX...).
    """

    version: int | UnsetType | None = UNSET
    """A counter the server increases on every change of the record set."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the record set was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the record set was last changed; null if never."""

    links: dict[str, str] | UnsetType | None = UNSET
    """URLs of the record set itself (self) and related resources."""


class ListOpts(Options):
    """Options for :func:`list` and :func:`list_all`."""

    limit: int | UnsetType = UNSET
    """The most record sets one page may hold."""

    marker: str | UnsetType = UNSET
    """The ID of the last record set seen; the page starts after it."""

    sort_dir: Literal["asc", "desc"] | UnsetType = UNSET
    """The sort order (ascending by default)."""

    sort_key: str | UnsetType = UNSET
    """The record set attribute to sort on (created_at by default)."""

    name: str | UnsetType = UNSET
    """Only record sets whose name matches this."""

    type: str | UnsetType = UNSET
    """Only record sets of this record type (A, MX...)."""

    ttl: int | UnsetType = UNSET
    """Only record sets with this TTL."""

    data: str | UnsetType = UNSET
    """Only record sets holding a record whose data matches this."""

    status: str | UnsetType = UNSET
    """Only record sets in this status."""

    description: str | UnsetType = UNSET
    """Only record sets whose description matches this."""

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts on the resources of every project (needs the rights to do so)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the caller were scoped to this project (needs the rights to do so)."""

    locations: ClassVar[dict[str, str]] = {
        "limit": "query",
        "marker": "query",
        "sort_dir": "query",
        "sort_key": "query",
        "name": "query",
        "type": "query",
        "ttl": "query",
        "data": "query",
        "status": "query",
        "description": "query",
        "all_projects": "header",
        "sudo_project_id": "header",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    name: str
    """The fully qualified name of the records, ending in a dot and inside the zone."""

    type: str
    """The DNS record type of the set."""

    records: builtins.list[str]
    """The data of each record, in the format the record type requires."""

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts on the resources of every project (needs the rights to do so)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the caller were scoped to this project (needs the rights to do so)."""

    edit_managed_records: bool | UnsetType = msgspec.field(
        default=UNSET, name="X-Designate-Edit-Managed-Records"
    )
    """Allows changing records that Designate manages itself (needs the rights to do so)."""

    ttl: int | UnsetType = UNSET
    """The time to live in seconds; the zone's default when left out."""

    description: str | UnsetType = UNSET
    """A free-text note about the record set."""

    locations: ClassVar[dict[str, str]] = {
        "all_projects": "header",
        "sudo_project_id": "header",
        "edit_managed_records": "header",
    }


class GetOpts(Options):
    """Options for :func:`get`."""

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts on the resources of every project (needs the rights to do so)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the caller were scoped to this project (needs the rights to do so)."""

    locations: ClassVar[dict[str, str]] = {
        "all_projects": "header",
        "sudo_project_id": "header",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    records: builtins.list[str]
    """The new data of every record of the set (the old records are dropped)."""

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts on the resources of every project (needs the rights to do so)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the caller were scoped to this project (needs the rights to do so)."""

    edit_managed_records: bool | UnsetType = msgspec.field(
        default=UNSET, name="X-Designate-Edit-Managed-Records"
    )
    """Allows changing records that Designate manages itself (needs the rights to do so)."""

    ttl: int | UnsetType | None = UNSET
    """The new time to live in seconds; null falls back to the zone's default."""

    description: str | UnsetType | None = UNSET
    """The new free-text note (null clears it)."""

    locations: ClassVar[dict[str, str]] = {
        "all_projects": "header",
        "sudo_project_id": "header",
        "edit_managed_records": "header",
    }


class DeleteOpts(Options):
    """Options for :func:`delete`."""

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts on the resources of every project (needs the rights to do so)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the caller were scoped to this project (needs the rights to do so)."""

    edit_managed_records: bool | UnsetType = msgspec.field(
        default=UNSET, name="X-Designate-Edit-Managed-Records"
    )
    """Allows changing records that Designate manages itself (needs the rights to do so)."""

    locations: ClassVar[dict[str, str]] = {
        "all_projects": "header",
        "sudo_project_id": "header",
        "edit_managed_records": "header",
    }


def list_url(client: ServiceClient, zone_id: str) -> str:
    """The URL `/zones/{zone_id}/recordsets`."""
    return client.url("/zones/{zone_id}/recordsets", zone_id=zone_id)


def list_all_url(client: ServiceClient) -> str:
    """The URL `/recordsets`."""
    return client.url("/recordsets")


def resource_url(client: ServiceClient, zone_id: str, recordset_id: str) -> str:
    """The URL `/zones/{zone_id}/recordsets/{recordset_id}`."""
    return client.url(
        "/zones/{zone_id}/recordsets/{recordset_id}", zone_id=zone_id, recordset_id=recordset_id
    )


def list(
    client: ServiceClient,
    zone_id: str,
    opts: ListOpts | None = None,
) -> Pager[Recordset]:
    """Lists the record sets of one zone, one page after the other.

    GET ``/zones/{zone_id}/recordsets``

    Args:
        client: The dns v2 service client.
        zone_id: The UUID of the zone.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client, zone_id),
        ok=(200,),
        item_type=Recordset,
        response_key="recordsets",
        style=PageStyle("next", next_key="links.next", count_key="metadata.total_count"),
        opts=opts,
    )


def list_all(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Recordset]:
    """Lists the record sets of every zone of the project, one page after the other.

    GET ``/recordsets``

    Args:
        client: The dns v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_all_url(client),
        ok=(200,),
        item_type=Recordset,
        response_key="recordsets",
        style=PageStyle("next", next_key="links.next", count_key="metadata.total_count"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    zone_id: str,
    opts: CreateOpts,
) -> Recordset:
    """Creates a record set in a zone (201 when it is live at once, 202 while it is PENDING).

    POST ``/zones/{zone_id}/recordsets``

    Args:
        client: The dns v2 service client.
        zone_id: The UUID of the zone.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client, zone_id),
        ok=(201, 202),
        opts=opts,
        response_type=Recordset,
    )


def get(
    client: ServiceClient,
    zone_id: str,
    recordset_id: str,
    opts: GetOpts | None = None,
) -> Recordset:
    """Shows one record set of a zone.

    GET ``/zones/{zone_id}/recordsets/{recordset_id}``

    Args:
        client: The dns v2 service client.
        zone_id: The UUID of the zone.
        recordset_id: The UUID of the record set.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, zone_id, recordset_id),
        ok=(200,),
        opts=opts,
        response_type=Recordset,
    )


def update(
    client: ServiceClient,
    zone_id: str,
    recordset_id: str,
    opts: UpdateOpts,
) -> Recordset:
    """Replaces the records, TTL or description of a record set (200 when the change is live at
    once, 202 while it is PENDING).

    PUT ``/zones/{zone_id}/recordsets/{recordset_id}``

    Args:
        client: The dns v2 service client.
        zone_id: The UUID of the zone.
        recordset_id: The UUID of the record set.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, zone_id, recordset_id),
        ok=(200, 202),
        opts=opts,
        response_type=Recordset,
    )


def delete(
    client: ServiceClient,
    zone_id: str,
    recordset_id: str,
    opts: DeleteOpts | None = None,
) -> Recordset:
    """Deletes a record set; returns it, now in action DELETE.

    DELETE ``/zones/{zone_id}/recordsets/{recordset_id}``

    Args:
        client: The dns v2 service client.
        zone_id: The UUID of the zone.
        recordset_id: The UUID of the record set.
        opts: The options of the request (:class:`DeleteOpts`).
    """
    return client.call(
        "DELETE",
        resource_url(client, zone_id, recordset_id),
        ok=(202,),
        opts=opts,
        response_type=Recordset,
    )


def find(
    client: ServiceClient,
    zone_id: str,
    name_or_id: str,
) -> Recordset:
    """Finds one by ID, else by exact name: get, then list filtered by name.

    Raises NotFound when none matches, MultipleMatches (naming every ID) when
    several have the name.
    """
    return finding.find(
        name_or_id,
        by_id=lambda id_: get(client, zone_id, id_),
        by_name=lambda name: list(client, zone_id, ListOpts(name=name)),
        name_of=lambda item: item.name,
        id_of=lambda item: item.id,
        what="Recordset",
    )


def wait_for_status(
    client: ServiceClient,
    zone_id: str,
    recordset_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    predicate: Callable[[Recordset], bool] | None = None,
) -> Recordset:
    """Polls get until status is one of status (and predicate holds).

    Failure statuses (ERROR, error) raise ResourceFailed at once.
    Returns the resource; WaitTimeout after timeout seconds.
    """
    return waiters.wait_for_status(
        lambda: get(client, zone_id, recordset_id),
        status,
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="Recordset",
        predicate=predicate,
    )


def wait_for_delete(
    client: ServiceClient,
    zone_id: str,
    recordset_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
) -> None:
    """Polls get until it answers 404 (the resource is deleted).

    Failure statuses (ERROR, error) raise ResourceFailed at once;
    WaitTimeout after timeout seconds.
    """
    waiters.wait_for_delete(
        lambda: get(client, zone_id, recordset_id),
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="Recordset",
    )
