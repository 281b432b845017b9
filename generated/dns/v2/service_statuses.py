"""Service statuses report the health of each running Designate service (api, central, worker,
producer, mdns...) from its last heartbeat.
"""

# Generated from specs/dns/v2/service_statuses.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar

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
    "ServiceStatus",
    "ListOpts",
    "list",
    "get",
    "list_url",
    "resource_url",
    "wait_for_status",
    "wait_for_delete",
]


class ServiceStatus(Model):
    """The health of one Designate service process."""

    id: str
    """The ID of the service status entry."""

    hostname: str | UnsetType | None = UNSET
    """The host the service runs on."""

    service_name: str | UnsetType | None = UNSET
    """The kind of Designate service (such as api, central or mdns)."""

    status: str | UnsetType | None = UNSET
    """The health the service last reported."""

    stats: dict[str, Any] | UnsetType | None = UNSET
    """Statistics the service reported, if any."""

    capabilities: dict[str, Any] | UnsetType | None = UNSET
    """Capabilities the service reported, if any."""

    heartbeated_at: datetime.datetime | UnsetType | None = UNSET
    """When the last heartbeat of the service arrived."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the service first reported."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the entry was last changed."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the entry itself (under `self`)."""


class ListOpts(Options):
    """Options for :func:`list`."""

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts across all projects (needs the matching role)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the request came from this project (needs the matching role)."""

    locations: ClassVar[dict[str, str]] = {
        "all_projects": "header",
        "sudo_project_id": "header",
    }


def list_url(client: ServiceClient) -> str:
    """The URL `/service_statuses`."""
    return client.url("/service_statuses")


def resource_url(client: ServiceClient, service_id: str) -> str:
    """The URL `/service_statuses/{service_id}`."""
    return client.url("/service_statuses/{service_id}", service_id=service_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[ServiceStatus]:
    """Lists the Designate services and their health.

    GET ``/service_statuses``

    Args:
        client: The dns v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=ServiceStatus,
        response_key="service_statuses",
        style=PageStyle("next", next_key="links.next"),
        opts=opts,
    )


def get(
    client: ServiceClient,
    service_id: str,
) -> ServiceStatus:
    """Shows the health of one Designate service.

    GET ``/service_statuses/{service_id}``

    Args:
        client: The dns v2 service client.
        service_id: The ID of the service status entry.
    """
    return client.call(
        "GET",
        resource_url(client, service_id),
        ok=(200,),
        response_type=ServiceStatus,
    )


def wait_for_status(
    client: ServiceClient,
    service_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    predicate: Callable[[ServiceStatus], bool] | None = None,
) -> ServiceStatus:
    """Polls get until status is one of status (and predicate holds).

    Failure statuses (ERROR, error) raise ResourceFailed at once.
    Returns the resource; WaitTimeout after timeout seconds.
    """
    return waiters.wait_for_status(
        lambda: get(client, service_id),
        status,
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="ServiceStatus",
        predicate=predicate,
    )


def wait_for_delete(
    client: ServiceClient,
    service_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
) -> None:
    """Polls get until it answers 404 (the resource is deleted).

    Failure statuses (ERROR, error) raise ResourceFailed at once;
    WaitTimeout after timeout seconds.
    """
    waiters.wait_for_delete(
        lambda: get(client, service_id),
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="ServiceStatus",
    )
