"""Tap services (Tap-as-a-Service extension `taas`) name the Neutron port that receives mirrored
traffic, typically the port of an analyzer VM. Tap flows attach source ports to a tap
service.
"""

# Generated from specs/network/v2/tap_services.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable
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
    waiters,
)

__all__ = [
    "TapService",
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
    "wait_for_status",
    "wait_for_delete",
]


class TapService(Model):
    """A tap service, the destination of mirrored traffic."""

    id: str
    """The ID of the tap service."""

    name: str | UnsetType | None = UNSET
    """The name of the tap service."""

    description: str | UnsetType | None = UNSET
    """A free-text description of the tap service."""

    port_id: str | UnsetType | None = UNSET
    """The ID of the port the mirrored traffic is delivered to."""

    status: str | UnsetType | None = UNSET
    """The state of the tap service (ACTIVE, DOWN, ERROR, ...)."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the tap service."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (legacy name of project_id)."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the tap service with this ID."""

    name: str | UnsetType = UNSET
    """Only tap services with this name."""

    description: str | UnsetType = UNSET
    """Only tap services with this description."""

    port_id: str | UnsetType = UNSET
    """Only tap services delivering to this port."""

    status: str | UnsetType = UNSET
    """Only tap services in this state."""

    project_id: str | UnsetType = UNSET
    """Only tap services owned by this project."""

    tenant_id: str | UnsetType = UNSET
    """Only tap services owned by this project (legacy name of project_id)."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last tap service of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by, one per sort_dir."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions (asc or desc), one per sort_key."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of each tap service."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "description": "query",
        "port_id": "query",
        "status": "query",
        "project_id": "query",
        "tenant_id": "query",
        "limit": "query",
        "marker": "query",
        "page_reverse": "query",
        "sort_key": "query",
        "sort_dir": "query",
        "fields": "query",
    }

    paired: ClassVar[tuple[tuple[str, ...], ...]] = (("sort_key", "sort_dir"),)


class CreateOpts(Options):
    """Options for :func:`create`."""

    port_id: str
    """The ID of the port that is to receive the mirrored traffic."""

    name: str | UnsetType = UNSET
    """The name of the tap service."""

    description: str | UnsetType = UNSET
    """A free-text description."""

    project_id: str | UnsetType = UNSET
    """The owning project, when an admin creates the tap service for another project."""

    tenant_id: str | UnsetType = UNSET
    """The owning project (legacy name of project_id)."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of the tap service."""

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
    """The URL `/taas/tap_services`."""
    return client.url("/taas/tap_services")


def resource_url(client: ServiceClient, tap_service_id: str) -> str:
    """The URL `/taas/tap_services/{tap_service_id}`."""
    return client.url("/taas/tap_services/{tap_service_id}", tap_service_id=tap_service_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[TapService]:
    """Lists the tap services the caller can see.

    GET ``/taas/tap_services``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=TapService,
        response_key="tap_services",
        style=PageStyle("links", links_key="tap_services_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> TapService:
    """Creates a tap service on a port.

    POST ``/taas/tap_services``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="tap_service",
        response_key="tap_service",
        response_type=TapService,
    )


def get(
    client: ServiceClient,
    tap_service_id: str,
    opts: GetOpts | None = None,
) -> TapService:
    """Shows a tap service.

    GET ``/taas/tap_services/{tap_service_id}``

    Args:
        client: The network v2 service client.
        tap_service_id: The ID of the tap service.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, tap_service_id),
        ok=(200,),
        opts=opts,
        response_key="tap_service",
        response_type=TapService,
    )


def update(
    client: ServiceClient,
    tap_service_id: str,
    opts: UpdateOpts | None = None,
) -> TapService:
    """Renames a tap service or changes its description (nothing else can change).

    PUT ``/taas/tap_services/{tap_service_id}``

    Args:
        client: The network v2 service client.
        tap_service_id: The ID of the tap service.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, tap_service_id),
        ok=(200,),
        opts=opts,
        body_key="tap_service",
        response_key="tap_service",
        response_type=TapService,
    )


def delete(
    client: ServiceClient,
    tap_service_id: str,
) -> None:
    """Deletes a tap service together with the tap flows attached to it.

    DELETE ``/taas/tap_services/{tap_service_id}``

    Args:
        client: The network v2 service client.
        tap_service_id: The ID of the tap service.
    """
    client.call(
        "DELETE",
        resource_url(client, tap_service_id),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> TapService:
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
        what="TapService",
    )


def wait_for_status(
    client: ServiceClient,
    tap_service_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    predicate: Callable[[TapService], bool] | None = None,
) -> TapService:
    """Polls get until status is one of status (and predicate holds).

    Failure statuses (ERROR, error) raise ResourceFailed at once.
    Returns the resource; WaitTimeout after timeout seconds.
    """
    return waiters.wait_for_status(
        lambda: get(client, tap_service_id),
        status,
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="TapService",
        predicate=predicate,
    )


def wait_for_delete(
    client: ServiceClient,
    tap_service_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
) -> None:
    """Polls get until it answers 404 (the resource is deleted).

    Failure statuses (ERROR, error) raise ResourceFailed at once;
    WaitTimeout after timeout seconds.
    """
    waiters.wait_for_delete(
        lambda: get(client, tap_service_id),
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="TapService",
    )
