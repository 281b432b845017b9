"""Trunks (the trunk extension) let one parent port carry the traffic of several networks: each
subport is a port of another network, told apart on the wire by its segmentation ID (a VLAN
ID).
"""

# Generated from specs/network/v2/trunks.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
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
    finding,
    waiters,
)

__all__ = [
    "Trunk",
    "Subport",
    "ListOpts",
    "CreateOpts",
    "GetOpts",
    "UpdateOpts",
    "AddSubportsOpts",
    "RemoveSubportsOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "add_subports",
    "remove_subports",
    "list_subports",
    "list_url",
    "resource_url",
    "add_subports_url",
    "remove_subports_url",
    "list_subports_url",
    "find",
    "wait_for_status",
    "wait_for_delete",
]


class Trunk(Model):
    """A trunk."""

    id: str
    """The ID of the trunk."""

    name: str | UnsetType | None = UNSET
    """The human-readable name of the trunk."""

    description: str | UnsetType | None = UNSET
    """A free-form description of the trunk."""

    port_id: str | UnsetType | None = UNSET
    """The ID of the parent port."""

    admin_state_up: bool | UnsetType | None = UNSET
    """Whether the trunk is administratively up."""

    status: str | UnsetType | None = UNSET
    """The state of the trunk (ACTIVE, DOWN, BUILD, DEGRADED or ERROR)."""

    sub_ports: builtins.list[Subport] | UnsetType | None = UNSET
    """The subports of the trunk."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the trunk."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (the older name of project_id)."""

    tags: builtins.list[str] | UnsetType | None = UNSET
    """The tags on the trunk."""

    revision_number: int | UnsetType | None = UNSET
    """The revision of the trunk, raised on every change."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the trunk was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the trunk was last changed."""


class Subport(Model):
    """A subport of a trunk."""

    port_id: str
    """The ID of the subport's port."""

    segmentation_type: str | UnsetType | None = UNSET
    """The segmentation technology (vlan, or inherit to take the network's own)."""

    segmentation_id: int | UnsetType | None = UNSET
    """The segmentation ID (VLAN ID) that tells the subport's traffic apart."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Filters by trunk ID."""

    name: str | UnsetType = UNSET
    """Filters by name."""

    description: str | UnsetType = UNSET
    """Filters by description."""

    port_id: str | UnsetType = UNSET
    """Filters by parent port."""

    admin_state_up: bool | UnsetType = UNSET
    """Filters by administrative state."""

    status: str | UnsetType = UNSET
    """Filters by status."""

    project_id: str | UnsetType = UNSET
    """Filters by owning project."""

    tenant_id: str | UnsetType = UNSET
    """Filters by owning project (older name)."""

    revision_number: int | UnsetType = UNSET
    """Filters by revision number."""

    tags: builtins.list[str] | UnsetType = UNSET
    """Trunks that have all these comma-separated tags."""

    tags_any: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="tags-any")
    """Trunks that have at least one of these comma-separated tags."""

    not_tags: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="not-tags")
    """Trunks that do not have all of these comma-separated tags."""

    not_tags_any: builtins.list[str] | UnsetType = msgspec.field(
        default=UNSET, name="not-tags-any"
    )
    """Trunks that have none of these comma-separated tags."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Return only these attributes (repeat for several)."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by, paired with sort_dir."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions (asc or desc), one per sort_key."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last trunk of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Page backwards from the marker."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "description": "query",
        "port_id": "query",
        "admin_state_up": "query",
        "status": "query",
        "project_id": "query",
        "tenant_id": "query",
        "revision_number": "query",
        "tags": "csv",
        "tags_any": "csv",
        "not_tags": "csv",
        "not_tags_any": "csv",
        "fields": "query",
        "sort_key": "query",
        "sort_dir": "query",
        "limit": "query",
        "marker": "query",
        "page_reverse": "query",
    }

    paired: ClassVar[tuple[tuple[str, ...], ...]] = (("sort_key", "sort_dir"),)


class CreateOpts(Options):
    """Options for :func:`create`."""

    port_id: str
    """The ID of the parent port."""

    name: str | UnsetType = UNSET
    """The human-readable name of the trunk."""

    description: str | UnsetType = UNSET
    """A free-form description of the trunk."""

    admin_state_up: bool | UnsetType = UNSET
    """Whether the trunk starts administratively up (default true)."""

    sub_ports: builtins.list[Subport] | UnsetType = UNSET
    """The subports to start with."""

    project_id: str | UnsetType = UNSET
    """The owning project, when an administrator creates for another project."""

    tenant_id: str | UnsetType = UNSET
    """The owning project, by its older name (give project_id or tenant_id, not both differing)."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Return only these attributes (repeat for several)."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new name."""

    description: str | UnsetType = UNSET
    """The new description."""

    admin_state_up: bool | UnsetType = UNSET
    """Brings the trunk administratively up or down."""


class AddSubportsOpts(Options):
    """Options for :func:`add_subports`."""

    sub_ports: builtins.list[Subport]
    """The subports to add, each with its segmentation type and ID."""


class RemoveSubportsOpts(Options):
    """Options for :func:`remove_subports`."""

    sub_ports: builtins.list[Subport]
    """The subports to remove (only their port_id counts)."""


def list_url(client: ServiceClient) -> str:
    """The URL `/trunks`."""
    return client.url("/trunks")


def resource_url(client: ServiceClient, trunk_id: str) -> str:
    """The URL `/trunks/{trunk_id}`."""
    return client.url("/trunks/{trunk_id}", trunk_id=trunk_id)


def add_subports_url(client: ServiceClient, trunk_id: str) -> str:
    """The URL `/trunks/{trunk_id}/add_subports`."""
    return client.url("/trunks/{trunk_id}/add_subports", trunk_id=trunk_id)


def remove_subports_url(client: ServiceClient, trunk_id: str) -> str:
    """The URL `/trunks/{trunk_id}/remove_subports`."""
    return client.url("/trunks/{trunk_id}/remove_subports", trunk_id=trunk_id)


def list_subports_url(client: ServiceClient, trunk_id: str) -> str:
    """The URL `/trunks/{trunk_id}/get_subports`."""
    return client.url("/trunks/{trunk_id}/get_subports", trunk_id=trunk_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Trunk]:
    """Lists trunks.

    GET ``/trunks``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Trunk,
        response_key="trunks",
        style=PageStyle("links", links_key="trunks_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> Trunk:
    """Creates a trunk on a parent port, optionally with subports.

    POST ``/trunks``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="trunk",
        response_key="trunk",
        response_type=Trunk,
    )


def get(
    client: ServiceClient,
    trunk_id: str,
    opts: GetOpts | None = None,
) -> Trunk:
    """Shows a trunk.

    GET ``/trunks/{trunk_id}``

    Args:
        client: The network v2 service client.
        trunk_id: The ID of the trunk.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, trunk_id),
        ok=(200,),
        opts=opts,
        response_key="trunk",
        response_type=Trunk,
    )


def update(
    client: ServiceClient,
    trunk_id: str,
    opts: UpdateOpts | None = None,
) -> Trunk:
    """Updates a trunk.

    PUT ``/trunks/{trunk_id}``

    Args:
        client: The network v2 service client.
        trunk_id: The ID of the trunk.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, trunk_id),
        ok=(200,),
        opts=opts,
        body_key="trunk",
        response_key="trunk",
        response_type=Trunk,
    )


def delete(
    client: ServiceClient,
    trunk_id: str,
) -> None:
    """Deletes a trunk (its ports remain).

    DELETE ``/trunks/{trunk_id}``

    Args:
        client: The network v2 service client.
        trunk_id: The ID of the trunk.
    """
    client.call(
        "DELETE",
        resource_url(client, trunk_id),
        ok=(204,),
    )


def add_subports(
    client: ServiceClient,
    trunk_id: str,
    opts: AddSubportsOpts,
) -> Trunk:
    """Adds subports to a trunk; returns the trunk.

    PUT ``/trunks/{trunk_id}/add_subports``

    Args:
        client: The network v2 service client.
        trunk_id: The ID of the trunk.
        opts: The options of the request (:class:`AddSubportsOpts`).
    """
    return client.call(
        "PUT",
        add_subports_url(client, trunk_id),
        ok=(200,),
        opts=opts,
        response_type=Trunk,
    )


def remove_subports(
    client: ServiceClient,
    trunk_id: str,
    opts: RemoveSubportsOpts,
) -> Trunk:
    """Removes subports from a trunk; returns the trunk.

    PUT ``/trunks/{trunk_id}/remove_subports``

    Args:
        client: The network v2 service client.
        trunk_id: The ID of the trunk.
        opts: The options of the request (:class:`RemoveSubportsOpts`).
    """
    return client.call(
        "PUT",
        remove_subports_url(client, trunk_id),
        ok=(200,),
        opts=opts,
        response_type=Trunk,
    )


def list_subports(
    client: ServiceClient,
    trunk_id: str,
) -> builtins.list[Subport]:
    """Lists the subports of a trunk.

    GET ``/trunks/{trunk_id}/get_subports``

    Args:
        client: The network v2 service client.
        trunk_id: The ID of the trunk.
    """
    return client.call(
        "GET",
        list_subports_url(client, trunk_id),
        ok=(200,),
        response_key="sub_ports",
        response_type=builtins.list[Subport],
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Trunk:
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
        what="Trunk",
    )


def wait_for_status(
    client: ServiceClient,
    trunk_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    predicate: Callable[[Trunk], bool] | None = None,
) -> Trunk:
    """Polls get until status is one of status (and predicate holds).

    Failure statuses (ERROR, error) raise ResourceFailed at once.
    Returns the resource; WaitTimeout after timeout seconds.
    """
    return waiters.wait_for_status(
        lambda: get(client, trunk_id),
        status,
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="Trunk",
        predicate=predicate,
    )


def wait_for_delete(
    client: ServiceClient,
    trunk_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
) -> None:
    """Polls get until it answers 404 (the resource is deleted).

    Failure statuses (ERROR, error) raise ResourceFailed at once;
    WaitTimeout after timeout seconds.
    """
    waiters.wait_for_delete(
        lambda: get(client, trunk_id),
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="Trunk",
    )
