"""Zones are the DNS domains Designate serves: PRIMARY zones whose records it manages itself,
and SECONDARY zones it copies from other name servers.
"""

# Generated from specs/dns/v2/zones.yaml by `python -m generator`. Do not edit:
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
    "Zone",
    "Nameserver",
    "ListOpts",
    "CreateOpts",
    "GetOpts",
    "UpdateOpts",
    "DeleteOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "list_nameservers",
    "list_url",
    "resource_url",
    "list_nameservers_url",
    "find",
    "wait_for_status",
    "wait_for_delete",
]


class Zone(Model):
    """A DNS zone."""

    id: str
    """The UUID of the zone."""

    pool_id: str | UnsetType | None = UNSET
    """The UUID of the pool of name servers that hosts the zone."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project owning the zone."""

    name: str | UnsetType | None = UNSET
    """The fully qualified domain name of the zone, ending in a dot (example.org.)."""

    email: str | UnsetType | None = UNSET
    """The contact address put in the zone's SOA record (PRIMARY zones only)."""

    ttl: int | UnsetType | None = UNSET
    """The default time to live of the zone's records, in seconds."""

    serial: int | UnsetType | None = UNSET
    """The serial number of the zone's SOA record."""

    status: str | UnsetType | None = UNSET
    """Where the zone stands in its propagation to the DNS back ends."""

    action: str | UnsetType | None = UNSET
    """The change being applied to the back ends (NONE when idle)."""

    description: str | UnsetType | None = UNSET
    """A free-text note about the zone."""

    masters: builtins.list[str] | UnsetType | None = UNSET
    """For SECONDARY zones, the servers (address or address:port) the zone is copied from."""

    type: str | UnsetType | None = UNSET
    """Whether Designate owns the zone's data (PRIMARY) or copies it from masters (SECONDARY)."""

    transferred_at: datetime.datetime | UnsetType | None = UNSET
    """For SECONDARY zones, when data was last pulled from the masters (the api-ref misspells it
    transfered_at).
    """

    version: int | UnsetType | None = UNSET
    """A counter the server increases on every change of the zone."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the zone was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the zone was last changed; null if never."""

    attributes: dict[str, str] | UnsetType | None = UNSET
    """Key/value hints the scheduler used to pick the zone's pool."""

    shared: bool | UnsetType | None = UNSET
    """Whether the zone is shared with at least one other project."""

    links: dict[str, str] | UnsetType | None = UNSET
    """URLs of the zone itself (self) and related resources."""


class Nameserver(Model):
    """A name server the zone is delegated to."""

    hostname: str
    """The host name of the name server, ending in a dot."""

    priority: int | UnsetType | None = UNSET
    """The rank of the server; the best one is named in the SOA record."""


class ListOpts(Options):
    """Options for :func:`list`."""

    limit: int | UnsetType = UNSET
    """The most zones one page may hold."""

    marker: str | UnsetType = UNSET
    """The ID of the last zone seen; the page starts after it."""

    sort_dir: Literal["asc", "desc"] | UnsetType = UNSET
    """The sort order (ascending by default)."""

    sort_key: str | UnsetType = UNSET
    """The zone attribute to sort on (created_at by default)."""

    name: str | UnsetType = UNSET
    """Only zones whose name matches this."""

    type: Literal["PRIMARY", "SECONDARY"] | UnsetType = UNSET
    """Only zones of this type."""

    email: str | UnsetType = UNSET
    """Only zones whose contact email matches this."""

    status: str | UnsetType = UNSET
    """Only zones in this status."""

    description: str | UnsetType = UNSET
    """Only zones whose description matches this."""

    ttl: int | UnsetType = UNSET
    """Only zones with this default TTL."""

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
        "email": "query",
        "status": "query",
        "description": "query",
        "ttl": "query",
        "all_projects": "header",
        "sudo_project_id": "header",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    name: str
    """The fully qualified domain name of the new zone, ending in a dot."""

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts on the resources of every project (needs the rights to do so)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the caller were scoped to this project (needs the rights to do so)."""

    email: str | UnsetType = UNSET
    """The contact address for the SOA record (required for PRIMARY zones, refused for SECONDARY
    ones).
    """

    ttl: int | UnsetType = UNSET
    """The default time to live of the zone's records, in seconds."""

    description: str | UnsetType = UNSET
    """A free-text note about the zone."""

    masters: builtins.list[str] | UnsetType = UNSET
    """For SECONDARY zones, the servers to copy the zone from."""

    type: Literal["PRIMARY", "SECONDARY"] | UnsetType = UNSET
    """Whether Designate owns the data (PRIMARY, the default) or copies it (SECONDARY)."""

    attributes: dict[str, str] | UnsetType = UNSET
    """Key/value hints for choosing the pool that will host the zone."""

    locations: ClassVar[dict[str, str]] = {
        "all_projects": "header",
        "sudo_project_id": "header",
    }


class GetOpts(Options):
    """Options for :func:`get` and :func:`list_nameservers`."""

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

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts on the resources of every project (needs the rights to do so)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the caller were scoped to this project (needs the rights to do so)."""

    email: str | UnsetType = UNSET
    """The new contact address for the SOA record (not for SECONDARY zones)."""

    ttl: int | UnsetType = UNSET
    """The new default time to live, in seconds."""

    description: str | UnsetType | None = UNSET
    """The new free-text note (null clears it)."""

    locations: ClassVar[dict[str, str]] = {
        "all_projects": "header",
        "sudo_project_id": "header",
    }


class DeleteOpts(Options):
    """Options for :func:`delete`."""

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts on the resources of every project (needs the rights to do so)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the caller were scoped to this project (needs the rights to do so)."""

    hard_delete: bool | UnsetType = msgspec.field(default=UNSET, name="X-Designate-Hard-Delete")
    """Also removes the zone's files and other resources from the back ends."""

    delete_shares: bool | UnsetType = msgspec.field(
        default=UNSET, name="X-Designate-Delete-Shares"
    )
    """Also removes the zone's shares with other projects (otherwise a shared zone cannot be
    deleted).
    """

    locations: ClassVar[dict[str, str]] = {
        "all_projects": "header",
        "sudo_project_id": "header",
        "hard_delete": "header",
        "delete_shares": "header",
    }


def list_url(client: ServiceClient) -> str:
    """The URL `/zones`."""
    return client.url("/zones")


def resource_url(client: ServiceClient, zone_id: str) -> str:
    """The URL `/zones/{zone_id}`."""
    return client.url("/zones/{zone_id}", zone_id=zone_id)


def list_nameservers_url(client: ServiceClient, zone_id: str) -> str:
    """The URL `/zones/{zone_id}/nameservers`."""
    return client.url("/zones/{zone_id}/nameservers", zone_id=zone_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Zone]:
    """Lists the zones of the project, one page after the other.

    GET ``/zones``

    Args:
        client: The dns v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Zone,
        response_key="zones",
        style=PageStyle("next", next_key="links.next", count_key="metadata.total_count"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> Zone:
    """Creates a zone; it is PENDING until the back ends serve it. PRIMARY zones need an email,
    SECONDARY zones need masters instead.

    POST ``/zones``

    Args:
        client: The dns v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(202,),
        opts=opts,
        response_type=Zone,
    )


def get(
    client: ServiceClient,
    zone_id: str,
    opts: GetOpts | None = None,
) -> Zone:
    """Shows one zone.

    GET ``/zones/{zone_id}``

    Args:
        client: The dns v2 service client.
        zone_id: The UUID of the zone.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, zone_id),
        ok=(200,),
        opts=opts,
        response_type=Zone,
    )


def update(
    client: ServiceClient,
    zone_id: str,
    opts: UpdateOpts,
) -> Zone:
    """Changes some settings of a zone; the change is applied asynchronously.

    PATCH ``/zones/{zone_id}``

    Args:
        client: The dns v2 service client.
        zone_id: The UUID of the zone.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PATCH",
        resource_url(client, zone_id),
        ok=(202,),
        opts=opts,
        response_type=Zone,
    )


def delete(
    client: ServiceClient,
    zone_id: str,
    opts: DeleteOpts | None = None,
) -> Zone:
    """Deletes a zone and its record sets; returns the zone, now in action DELETE.

    DELETE ``/zones/{zone_id}``

    Args:
        client: The dns v2 service client.
        zone_id: The UUID of the zone.
        opts: The options of the request (:class:`DeleteOpts`).
    """
    return client.call(
        "DELETE",
        resource_url(client, zone_id),
        ok=(202,),
        opts=opts,
        response_type=Zone,
    )


def list_nameservers(
    client: ServiceClient,
    zone_id: str,
    opts: GetOpts | None = None,
) -> builtins.list[Nameserver]:
    """Lists the name servers the zone is delegated to.

    GET ``/zones/{zone_id}/nameservers``

    Args:
        client: The dns v2 service client.
        zone_id: The UUID of the zone.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        list_nameservers_url(client, zone_id),
        ok=(200,),
        opts=opts,
        response_key="nameservers",
        response_type=builtins.list[Nameserver],
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Zone:
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
        what="Zone",
    )


def wait_for_status(
    client: ServiceClient,
    zone_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    predicate: Callable[[Zone], bool] | None = None,
) -> Zone:
    """Polls get until status is one of status (and predicate holds).

    Failure statuses (ERROR, error) raise ResourceFailed at once.
    Returns the resource; WaitTimeout after timeout seconds.
    """
    return waiters.wait_for_status(
        lambda: get(client, zone_id),
        status,
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="Zone",
        predicate=predicate,
    )


def wait_for_delete(
    client: ServiceClient,
    zone_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
) -> None:
    """Polls get until it answers 404 (the resource is deleted).

    Failure statuses (ERROR, error) raise ResourceFailed at once;
    WaitTimeout after timeout seconds.
    """
    waiters.wait_for_delete(
        lambda: get(client, zone_id),
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="Zone",
    )
