"""Tap flows (Tap-as-a-Service extension `taas`) mirror the traffic of a source port, in one or
both directions, to a tap service. With the `taas-vlan-filter` extension a flow can be
limited to some VLANs.
"""

# Generated from specs/network/v2/tap_flows.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable
from typing import ClassVar, Literal

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
    "TapFlow",
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


class TapFlow(Model):
    """A tap flow, mirroring one port's traffic to a tap service."""

    id: str
    """The ID of the tap flow."""

    name: str | UnsetType | None = UNSET
    """The name of the tap flow."""

    description: str | UnsetType | None = UNSET
    """A free-text description of the tap flow."""

    tap_service_id: str | UnsetType | None = UNSET
    """The ID of the tap service the traffic is mirrored to."""

    source_port: str | UnsetType | None = UNSET
    """The ID of the port whose traffic is mirrored."""

    direction: str | UnsetType | None = UNSET
    """Which traffic is mirrored, seen from the VM: IN (arriving at the port), OUT (leaving it)
    or BOTH.
    """

    vlan_filter: str | UnsetType | None = UNSET
    """The VLAN IDs mirrored, as comma-separated IDs and ranges such as "9,18,27-36"; null
    mirrors every VLAN (taas-vlan-filter extension).
    """

    status: str | UnsetType | None = UNSET
    """The state of the tap flow (ACTIVE, DOWN, ERROR, ...)."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the tap flow."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (legacy name of project_id)."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the tap flow with this ID."""

    name: str | UnsetType = UNSET
    """Only tap flows with this name."""

    description: str | UnsetType = UNSET
    """Only tap flows with this description."""

    tap_service_id: str | UnsetType = UNSET
    """Only tap flows feeding this tap service."""

    source_port: str | UnsetType = UNSET
    """Only tap flows mirroring this port."""

    direction: Literal["IN", "OUT", "BOTH"] | UnsetType = UNSET
    """Only tap flows mirroring in this direction."""

    status: str | UnsetType = UNSET
    """Only tap flows in this state."""

    project_id: str | UnsetType = UNSET
    """Only tap flows owned by this project."""

    tenant_id: str | UnsetType = UNSET
    """Only tap flows owned by this project (legacy name of project_id)."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last tap flow of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by, one per sort_dir."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions (asc or desc), one per sort_key."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of each tap flow."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "description": "query",
        "tap_service_id": "query",
        "source_port": "query",
        "direction": "query",
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

    tap_service_id: str
    """The ID of the tap service to mirror the traffic to."""

    source_port: str
    """The ID of the port whose traffic is to be mirrored."""

    direction: Literal["IN", "OUT", "BOTH"]
    """Which traffic to mirror, seen from the VM (IN, OUT or BOTH)."""

    name: str | UnsetType = UNSET
    """The name of the tap flow."""

    description: str | UnsetType = UNSET
    """A free-text description."""

    vlan_filter: str | UnsetType = UNSET
    """Only mirror these VLAN IDs, given as comma-separated IDs and ranges ("9,18,27-36"); needs
    the taas-vlan-filter extension.
    """

    project_id: str | UnsetType = UNSET
    """The owning project, when an admin creates the tap flow for another project."""

    tenant_id: str | UnsetType = UNSET
    """The owning project (legacy name of project_id)."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of the tap flow."""

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
    """The URL `/taas/tap_flows`."""
    return client.url("/taas/tap_flows")


def resource_url(client: ServiceClient, tap_flow_id: str) -> str:
    """The URL `/taas/tap_flows/{tap_flow_id}`."""
    return client.url("/taas/tap_flows/{tap_flow_id}", tap_flow_id=tap_flow_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[TapFlow]:
    """Lists the tap flows the caller can see.

    GET ``/taas/tap_flows``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=TapFlow,
        response_key="tap_flows",
        style=PageStyle("links", links_key="tap_flows_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> TapFlow:
    """Creates a tap flow from a source port to a tap service.

    POST ``/taas/tap_flows``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="tap_flow",
        response_key="tap_flow",
        response_type=TapFlow,
    )


def get(
    client: ServiceClient,
    tap_flow_id: str,
    opts: GetOpts | None = None,
) -> TapFlow:
    """Shows a tap flow.

    GET ``/taas/tap_flows/{tap_flow_id}``

    Args:
        client: The network v2 service client.
        tap_flow_id: The ID of the tap flow.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, tap_flow_id),
        ok=(200,),
        opts=opts,
        response_key="tap_flow",
        response_type=TapFlow,
    )


def update(
    client: ServiceClient,
    tap_flow_id: str,
    opts: UpdateOpts | None = None,
) -> TapFlow:
    """Renames a tap flow or changes its description (nothing else can change).

    PUT ``/taas/tap_flows/{tap_flow_id}``

    Args:
        client: The network v2 service client.
        tap_flow_id: The ID of the tap flow.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, tap_flow_id),
        ok=(200,),
        opts=opts,
        body_key="tap_flow",
        response_key="tap_flow",
        response_type=TapFlow,
    )


def delete(
    client: ServiceClient,
    tap_flow_id: str,
) -> None:
    """Deletes a tap flow, which stops mirroring its port.

    DELETE ``/taas/tap_flows/{tap_flow_id}``

    Args:
        client: The network v2 service client.
        tap_flow_id: The ID of the tap flow.
    """
    client.call(
        "DELETE",
        resource_url(client, tap_flow_id),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> TapFlow:
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
        what="TapFlow",
    )


def wait_for_status(
    client: ServiceClient,
    tap_flow_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    predicate: Callable[[TapFlow], bool] | None = None,
) -> TapFlow:
    """Polls get until status is one of status (and predicate holds).

    Failure statuses (ERROR, error) raise ResourceFailed at once.
    Returns the resource; WaitTimeout after timeout seconds.
    """
    return waiters.wait_for_status(
        lambda: get(client, tap_flow_id),
        status,
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="TapFlow",
        predicate=predicate,
    )


def wait_for_delete(
    client: ServiceClient,
    tap_flow_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
) -> None:
    """Polls get until it answers 404 (the resource is deleted).

    Failure statuses (ERROR, error) raise ResourceFailed at once;
    WaitTimeout after timeout seconds.
    """
    waiters.wait_for_delete(
        lambda: get(client, tap_flow_id),
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="TapFlow",
    )
