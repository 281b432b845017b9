"""Zone transfer accepts complete a zone transfer: the receiving project presents the request's
ID and key, and becomes the owner of the zone.
"""

# Generated from specs/dns/v2/zone_transfer_accepts.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
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
    waiters,
)

__all__ = [
    "TransferAccept",
    "CreateOpts",
    "GetOpts",
    "ListOpts",
    "create",
    "get",
    "list",
    "list_url",
    "resource_url",
    "wait_for_status",
    "wait_for_delete",
]


class TransferAccept(Model):
    """The acceptance of a zone transfer request."""

    id: str
    """The UUID of the transfer accept."""

    status: str | UnsetType | None = UNSET
    """The state of the acceptance (COMPLETE once the zone changed hands)."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that accepted the zone."""

    zone_id: str | UnsetType | None = UNSET
    """The UUID of the transferred zone."""

    key: str | UnsetType | None = UNSET
    """The key that was presented (usually null when listed)."""

    zone_transfer_request_id: str | UnsetType | None = UNSET
    """The UUID of the transfer request that was accepted."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the request was accepted."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the acceptance last changed; null if never."""

    links: dict[str, str] | UnsetType | None = UNSET
    """URLs of the acceptance itself (self) and of the zone (zone)."""

    secret_fields: ClassVar[frozenset[str]] = frozenset({"key"})


class CreateOpts(Options):
    """Options for :func:`create`."""

    zone_transfer_request_id: str
    """The UUID of the transfer request to accept."""

    key: str
    """The secret key of the transfer request, obtained from the zone's owner."""

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts on the resources of every project (needs the rights to do so)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the caller were scoped to this project (needs the rights to do so)."""

    locations: ClassVar[dict[str, str]] = {
        "all_projects": "header",
        "sudo_project_id": "header",
    }

    secret_fields: ClassVar[frozenset[str]] = frozenset({"key"})


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


class ListOpts(Options):
    """Options for :func:`list`."""

    status: str | UnsetType = UNSET
    """Only accepts in this status."""

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts on the resources of every project (needs the rights to do so)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the caller were scoped to this project (needs the rights to do so)."""

    locations: ClassVar[dict[str, str]] = {
        "status": "query",
        "all_projects": "header",
        "sudo_project_id": "header",
    }


def list_url(client: ServiceClient) -> str:
    """The URL `/zones/tasks/transfer_accepts`."""
    return client.url("/zones/tasks/transfer_accepts")


def resource_url(client: ServiceClient, zone_transfer_accept_id: str) -> str:
    """The URL `/zones/tasks/transfer_accepts/{zone_transfer_accept_id}`."""
    return client.url(
        "/zones/tasks/transfer_accepts/{zone_transfer_accept_id}",
        zone_transfer_accept_id=zone_transfer_accept_id,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> TransferAccept:
    """Accepts a zone transfer request, moving the zone into the caller's project.

    POST ``/zones/tasks/transfer_accepts``

    Args:
        client: The dns v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        response_type=TransferAccept,
    )


def get(
    client: ServiceClient,
    zone_transfer_accept_id: str,
    opts: GetOpts | None = None,
) -> TransferAccept:
    """Shows one zone transfer accept (the api-ref gives the path as
    /v2/zones/tasks/transfer_requests/{id}, a typo).

    GET ``/zones/tasks/transfer_accepts/{zone_transfer_accept_id}``

    Args:
        client: The dns v2 service client.
        zone_transfer_accept_id: The UUID of the zone transfer accept.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, zone_transfer_accept_id),
        ok=(200,),
        opts=opts,
        response_type=TransferAccept,
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[TransferAccept]:
    """Lists the transfers the project accepted, one page after the other.

    GET ``/zones/tasks/transfer_accepts``

    Args:
        client: The dns v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=TransferAccept,
        response_key="transfer_accepts",
        style=PageStyle("next", next_key="links.next", count_key="metadata.total_count"),
        opts=opts,
    )


def wait_for_status(
    client: ServiceClient,
    zone_transfer_accept_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    predicate: Callable[[TransferAccept], bool] | None = None,
) -> TransferAccept:
    """Polls get until status is one of status (and predicate holds).

    Failure statuses (ERROR, error) raise ResourceFailed at once.
    Returns the resource; WaitTimeout after timeout seconds.
    """
    return waiters.wait_for_status(
        lambda: get(client, zone_transfer_accept_id),
        status,
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="TransferAccept",
        predicate=predicate,
    )


def wait_for_delete(
    client: ServiceClient,
    zone_transfer_accept_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
) -> None:
    """Polls get until it answers 404 (the resource is deleted).

    Failure statuses (ERROR, error) raise ResourceFailed at once;
    WaitTimeout after timeout seconds.
    """
    waiters.wait_for_delete(
        lambda: get(client, zone_transfer_accept_id),
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="TransferAccept",
    )
