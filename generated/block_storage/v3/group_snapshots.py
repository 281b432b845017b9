"""Group snapshots (microversion 3.14 and later): a snapshot of every volume of a generic volume
group taken together, from which a new group can be created. Snapshots of groups migrated
from consistency groups are served by the consistency group snapshot API only.
"""

# Generated from specs/block_storage/v3/group_snapshots.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from typing import ClassVar, Literal

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "GroupSnapshot",
    "ListOpts",
    "CreateOpts",
    "ResetStatusOpts",
    "list",
    "list_detail",
    "get",
    "create",
    "delete",
    "reset_status",
    "list_url",
    "list_detail_url",
    "resource_url",
    "action_url",
]


class GroupSnapshot(Model):
    """A snapshot of a generic volume group. The summary listing carries only id and name; the
    create call id, name and group_type_id.
    """

    id: str
    """The UUID of the group snapshot."""

    name: str | UnsetType | None = UNSET
    """The name of the group snapshot."""

    description: str | UnsetType | None = UNSET
    """The free-form description of the group snapshot."""

    status: str | UnsetType | None = UNSET
    """The state of the group snapshot, such as creating, available, deleting, error or
    error_deleting.
    """

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the group snapshot was created."""

    group_id: str | UnsetType | None = UNSET
    """The UUID of the group the snapshot was taken of."""

    group_type_id: str | UnsetType | None = UNSET
    """The ID of the group type of the snapshotted group."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the group snapshot."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("project_id", "3.58", None),
    )


class ListOpts(Options):
    """Options for :func:`list` and :func:`list_detail`."""

    all_tenants: bool | UnsetType = UNSET
    """Admin only; list the group snapshots of every project (the server reads query parameters
    from microversion 3.29).
    """

    sort: builtins.list[str] | UnsetType = UNSET
    """Sort keys with optional directions, comma-separated, as key[:asc|desc] (for example
    created_at:desc,name).
    """

    sort_key: str | UnsetType = UNSET
    """The attribute to sort by: name, status, group_id, group_type_id, id, created_at or
    updated_at (deprecated in favour of sort).
    """

    sort_dir: Literal["asc", "desc"] | UnsetType = UNSET
    """The sort direction for sort_key (deprecated in favour of sort)."""

    limit: int | UnsetType = UNSET
    """The largest number of group snapshots to return in one page."""

    offset: int | UnsetType = UNSET
    """How many group snapshots to skip before the first one returned."""

    marker: str | UnsetType = UNSET
    """The ID of the last group snapshot of the previous page."""

    status: str | UnsetType = UNSET
    """Only group snapshots in this status."""

    group_id: str | UnsetType = UNSET
    """Only snapshots of this group."""

    locations: ClassVar[dict[str, str]] = {
        "all_tenants": "flag",
        "sort": "csv",
        "sort_key": "query",
        "sort_dir": "query",
        "limit": "query",
        "offset": "query",
        "marker": "query",
        "status": "query",
        "group_id": "query",
    }

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "sort": ("3.29", None),
        "sort_key": ("3.29", None),
        "sort_dir": ("3.29", None),
        "limit": ("3.29", None),
        "offset": ("3.29", None),
        "marker": ("3.29", None),
        "status": ("3.29", None),
        "group_id": ("3.29", None),
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    group_id: str
    """The UUID of the group to snapshot."""

    name: str | UnsetType | None = UNSET
    """The name of the group snapshot."""

    description: str | UnsetType | None = UNSET
    """A free-form description of the group snapshot."""


class ResetStatusOpts(Options):
    """Options for :func:`reset_status`."""

    status: str
    """The status to record, usually one of available, creating, deleting, deleted, error,
    error_deleting or updating.
    """


def list_url(client: ServiceClient) -> str:
    """The URL `/group_snapshots`."""
    return client.url("/group_snapshots")


def list_detail_url(client: ServiceClient) -> str:
    """The URL `/group_snapshots/detail`."""
    return client.url("/group_snapshots/detail")


def resource_url(client: ServiceClient, group_snapshot_id: str) -> str:
    """The URL `/group_snapshots/{group_snapshot_id}`."""
    return client.url("/group_snapshots/{group_snapshot_id}", group_snapshot_id=group_snapshot_id)


def action_url(client: ServiceClient, group_snapshot_id: str) -> str:
    """The URL `/group_snapshots/{group_snapshot_id}/action`."""
    return client.url(
        "/group_snapshots/{group_snapshot_id}/action", group_snapshot_id=group_snapshot_id
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[GroupSnapshot]:
    """Lists the group snapshots of the project (id and name only).

    Microversions: 3.14 and later.

    GET ``/group_snapshots``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    client.check_operation_version("group_snapshots.list", "3.14", None)
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=GroupSnapshot,
        response_key="group_snapshots",
        style=PageStyle("links", links_key="group_snapshot_links"),
        opts=opts,
    )


def list_detail(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[GroupSnapshot]:
    """Lists the group snapshots of the project with all their details.

    Microversions: 3.14 and later.

    GET ``/group_snapshots/detail``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    client.check_operation_version("group_snapshots.list_detail", "3.14", None)
    return client.paginate(
        list_detail_url(client),
        ok=(200,),
        item_type=GroupSnapshot,
        response_key="group_snapshots",
        style=PageStyle("links", links_key="group_snapshot_links"),
        opts=opts,
    )


def get(
    client: ServiceClient,
    group_snapshot_id: str,
) -> GroupSnapshot:
    """Shows the details of a group snapshot.

    Microversions: 3.14 and later.

    GET ``/group_snapshots/{group_snapshot_id}``

    Args:
        client: The block-storage v3 service client.
        group_snapshot_id: The UUID of the group snapshot.
    """
    client.check_operation_version("group_snapshots.get", "3.14", None)
    return client.call(
        "GET",
        resource_url(client, group_snapshot_id),
        ok=(200,),
        response_key="group_snapshot",
        response_type=GroupSnapshot,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> GroupSnapshot:
    """Snapshots every volume of a group together; the snapshot starts in the creating state.

    Microversions: 3.14 and later.

    POST ``/group_snapshots``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    client.check_operation_version("group_snapshots.create", "3.14", None)
    return client.call(
        "POST",
        list_url(client),
        ok=(202,),
        opts=opts,
        body_key="group_snapshot",
        response_key="group_snapshot",
        response_type=GroupSnapshot,
    )


def delete(
    client: ServiceClient,
    group_snapshot_id: str,
) -> None:
    """Deletes a group snapshot and the volume snapshots it holds.

    Microversions: 3.14 and later.

    DELETE ``/group_snapshots/{group_snapshot_id}``

    Args:
        client: The block-storage v3 service client.
        group_snapshot_id: The UUID of the group snapshot.
    """
    client.check_operation_version("group_snapshots.delete", "3.14", None)
    client.call(
        "DELETE",
        resource_url(client, group_snapshot_id),
        ok=(202,),
    )


def reset_status(
    client: ServiceClient,
    group_snapshot_id: str,
    opts: ResetStatusOpts,
) -> None:
    """Forces the status of a group snapshot in the database, without touching the back end (admin
    only).

    Microversions: 3.19 and later.

    POST ``/group_snapshots/{group_snapshot_id}/action`` (action reset_status)

    Args:
        client: The block-storage v3 service client.
        group_snapshot_id: The UUID of the group snapshot.
        opts: The options of the request (:class:`ResetStatusOpts`).
    """
    client.check_operation_version("group_snapshots.reset_status", "3.19", None)
    client.call(
        "POST",
        action_url(client, group_snapshot_id),
        ok=(202,),
        opts=opts,
        body_key="reset_status",
        empty="object",
    )
