"""Zone transfer requests offer a zone to another project: the owner creates one, hands its ID
and key to the receiving project out of band, and that project accepts it (see
zone_transfer_accepts).
"""

# Generated from specs/dns/v2/zone_transfer_requests.yaml by `python -m generator`. Do not edit:
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
    "TransferRequest",
    "CreateOpts",
    "ListOpts",
    "GetOpts",
    "UpdateOpts",
    "create",
    "list",
    "get",
    "update",
    "delete",
    "create_url",
    "list_url",
    "resource_url",
    "wait_for_status",
    "wait_for_delete",
]


class TransferRequest(Model):
    """An offer to hand a zone over to another project."""

    id: str
    """The UUID of the transfer request."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project offering the zone."""

    description: str | UnsetType | None = UNSET
    """A free-text note about the offer."""

    status: str | UnsetType | None = UNSET
    """The state of the offer (ACTIVE while it can be accepted, COMPLETE once accepted)."""

    zone_id: str | UnsetType | None = UNSET
    """The UUID of the zone on offer."""

    zone_name: str | UnsetType | None = UNSET
    """The name of the zone on offer."""

    key: str | UnsetType | None = UNSET
    """The secret the receiving project must present to accept the offer; only its creator sees
    it.
    """

    target_project_id: str | UnsetType | None = UNSET
    """The only project allowed to accept the offer; any project may when null."""

    version: int | UnsetType | None = UNSET
    """A counter the server increases on every change of the request."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the offer was made."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the offer last changed; null if never."""

    links: dict[str, str] | UnsetType | None = UNSET
    """URLs of the request itself (self) and related resources."""

    secret_fields: ClassVar[frozenset[str]] = frozenset({"key"})


class CreateOpts(Options):
    """Options for :func:`create`."""

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts on the resources of every project (needs the rights to do so)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the caller were scoped to this project (needs the rights to do so)."""

    target_project_id: str | UnsetType = UNSET
    """The only project that may accept the offer; any project may when left out."""

    description: str | UnsetType = UNSET
    """A free-text note about the offer."""

    locations: ClassVar[dict[str, str]] = {
        "all_projects": "header",
        "sudo_project_id": "header",
    }


class ListOpts(Options):
    """Options for :func:`list`."""

    status: str | UnsetType = UNSET
    """Only offers in this status."""

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts on the resources of every project (needs the rights to do so)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the caller were scoped to this project (needs the rights to do so)."""

    locations: ClassVar[dict[str, str]] = {
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


class UpdateOpts(Options):
    """Options for :func:`update`."""

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts on the resources of every project (needs the rights to do so)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the caller were scoped to this project (needs the rights to do so)."""

    target_project_id: str | UnsetType | None = UNSET
    """The new sole project allowed to accept (null opens the offer to any project)."""

    description: str | UnsetType | None = UNSET
    """The new free-text note (null clears it)."""

    locations: ClassVar[dict[str, str]] = {
        "all_projects": "header",
        "sudo_project_id": "header",
    }


def create_url(client: ServiceClient, zone_id: str) -> str:
    """The URL `/zones/{zone_id}/tasks/transfer_requests`."""
    return client.url("/zones/{zone_id}/tasks/transfer_requests", zone_id=zone_id)


def list_url(client: ServiceClient) -> str:
    """The URL `/zones/tasks/transfer_requests`."""
    return client.url("/zones/tasks/transfer_requests")


def resource_url(client: ServiceClient, zone_transfer_request_id: str) -> str:
    """The URL `/zones/tasks/transfer_requests/{zone_transfer_request_id}`."""
    return client.url(
        "/zones/tasks/transfer_requests/{zone_transfer_request_id}",
        zone_transfer_request_id=zone_transfer_request_id,
    )


def create(
    client: ServiceClient,
    zone_id: str,
    opts: CreateOpts | None = None,
) -> TransferRequest:
    """Offers a zone to another project, or to any project when no target is given.

    POST ``/zones/{zone_id}/tasks/transfer_requests``

    Args:
        client: The dns v2 service client.
        zone_id: The UUID of the zone to offer.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        create_url(client, zone_id),
        ok=(201,),
        opts=opts,
        empty="object",
        response_type=TransferRequest,
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[TransferRequest]:
    """Lists the project's outgoing offers and the incoming ones aimed at it, one page after the
    other.

    GET ``/zones/tasks/transfer_requests``

    Args:
        client: The dns v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=TransferRequest,
        response_key="transfer_requests",
        style=PageStyle("next", next_key="links.next"),
        opts=opts,
    )


def get(
    client: ServiceClient,
    zone_transfer_request_id: str,
    opts: GetOpts | None = None,
) -> TransferRequest:
    """Shows one zone transfer request.

    GET ``/zones/tasks/transfer_requests/{zone_transfer_request_id}``

    Args:
        client: The dns v2 service client.
        zone_transfer_request_id: The UUID of the zone transfer request.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, zone_transfer_request_id),
        ok=(200,),
        opts=opts,
        response_type=TransferRequest,
    )


def update(
    client: ServiceClient,
    zone_transfer_request_id: str,
    opts: UpdateOpts,
) -> TransferRequest:
    """Changes the target project or the description of a pending offer.

    PATCH ``/zones/tasks/transfer_requests/{zone_transfer_request_id}``

    Args:
        client: The dns v2 service client.
        zone_transfer_request_id: The UUID of the zone transfer request.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PATCH",
        resource_url(client, zone_transfer_request_id),
        ok=(200,),
        opts=opts,
        response_type=TransferRequest,
    )


def delete(
    client: ServiceClient,
    zone_transfer_request_id: str,
    opts: GetOpts | None = None,
) -> None:
    """Withdraws a zone transfer request.

    DELETE ``/zones/tasks/transfer_requests/{zone_transfer_request_id}``

    Args:
        client: The dns v2 service client.
        zone_transfer_request_id: The UUID of the zone transfer request.
        opts: The options of the request (:class:`GetOpts`).
    """
    client.call(
        "DELETE",
        resource_url(client, zone_transfer_request_id),
        ok=(204,),
        opts=opts,
    )


def wait_for_status(
    client: ServiceClient,
    zone_transfer_request_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    predicate: Callable[[TransferRequest], bool] | None = None,
) -> TransferRequest:
    """Polls get until status is one of status (and predicate holds).

    Failure statuses (ERROR, error) raise ResourceFailed at once.
    Returns the resource; WaitTimeout after timeout seconds.
    """
    return waiters.wait_for_status(
        lambda: get(client, zone_transfer_request_id),
        status,
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="TransferRequest",
        predicate=predicate,
    )


def wait_for_delete(
    client: ServiceClient,
    zone_transfer_request_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
) -> None:
    """Polls get until it answers 404 (the resource is deleted).

    Failure statuses (ERROR, error) raise ResourceFailed at once;
    WaitTimeout after timeout seconds.
    """
    waiters.wait_for_delete(
        lambda: get(client, zone_transfer_request_id),
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="TransferRequest",
    )
