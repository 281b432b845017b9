"""Generic volume groups (microversion 3.13 and later): volumes gathered under a group type so
they can be managed, snapshotted and replicated together. Groups are created empty or from a
group snapshot or another group, changed by adding and removing volumes, deleted through an
action (optionally with their volumes), and from 3.38 replicated as a whole. Groups migrated
from consistency groups are served by the consistency group API only.
"""

# Generated from specs/block_storage/v3/groups.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from typing import ClassVar, Literal

import msgspec

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "Group",
    "ReplicationTarget",
    "ListOpts",
    "ListDetailOpts",
    "GetOpts",
    "CreateOpts",
    "UpdateOpts",
    "DeleteOpts",
    "ResetStatusOpts",
    "FailoverReplicationOpts",
    "CreateFromSourceOpts",
    "list",
    "list_detail",
    "get",
    "create",
    "update",
    "delete",
    "reset_status",
    "enable_replication",
    "disable_replication",
    "failover_replication",
    "list_replication_targets",
    "create_from_source",
    "list_url",
    "list_detail_url",
    "resource_url",
    "action_url",
    "create_from_source_url",
]


class Group(Model):
    """A generic volume group. The summary listing and the create calls carry only id and name."""

    id: str
    """The UUID of the group."""

    name: str | UnsetType | None = UNSET
    """The name of the group."""

    description: str | UnsetType | None = UNSET
    """The free-form description of the group."""

    status: str | UnsetType | None = UNSET
    """The state of the group, such as creating, available, updating, in-use, deleting, error or
    error_deleting.
    """

    availability_zone: str | UnsetType | None = UNSET
    """The availability zone the group lives in."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the group was created."""

    group_type: str | UnsetType | None = UNSET
    """The ID of the group type of the group."""

    volume_types: builtins.list[str] | UnsetType | None = UNSET
    """The IDs of the volume types the group's volumes may have."""

    group_snapshot_id: str | UnsetType | None = UNSET
    """The group snapshot the group was created from, if any."""

    source_group_id: str | UnsetType | None = UNSET
    """The group the group was cloned from, if any."""

    volumes: builtins.list[str] | UnsetType | None = UNSET
    """The IDs of the volumes in the group; only sent when list_volume was asked for."""

    replication_status: str | UnsetType | None = UNSET
    """The replication state of the group, such as disabled, enabled, enabling, disabling,
    failing-over, failed-over or error.
    """

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the group."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("group_snapshot_id", "3.14", None),
        ("source_group_id", "3.14", None),
        ("volumes", "3.25", None),
        ("replication_status", "3.38", None),
        ("project_id", "3.58", None),
    )


class ReplicationTarget(Model):
    """A back end a replicated group can fail over to. Administrators also see the vendor-
    specific settings of the target, which land in the model's extra mapping.
    """

    backend_id: str
    """The ID of the target back end, to pass as secondary_backend_id on failover."""


class ListOpts(Options):
    """Options for :func:`list`."""

    all_tenants: bool | UnsetType = UNSET
    """Admin only; list the groups of every project, not only the caller's."""

    sort: builtins.list[str] | UnsetType = UNSET
    """Sort keys with optional directions, comma-separated, as key[:asc|desc] (for example
    created_at:desc,name).
    """

    sort_key: str | UnsetType = UNSET
    """The attribute to sort by (deprecated in favour of sort)."""

    sort_dir: Literal["asc", "desc"] | UnsetType = UNSET
    """The sort direction for sort_key (deprecated in favour of sort)."""

    limit: int | UnsetType = UNSET
    """The largest number of groups to return in one page."""

    offset: int | UnsetType = UNSET
    """How many groups to skip before the first one returned."""

    marker: str | UnsetType = UNSET
    """The ID of the last group of the previous page."""

    locations: ClassVar[dict[str, str]] = {
        "all_tenants": "flag",
        "sort": "csv",
        "sort_key": "query",
        "sort_dir": "query",
        "limit": "query",
        "offset": "query",
        "marker": "query",
    }


class ListDetailOpts(Options):
    """Options for :func:`list_detail`."""

    all_tenants: bool | UnsetType = UNSET
    """Admin only; list the groups of every project, not only the caller's."""

    sort: builtins.list[str] | UnsetType = UNSET
    """Sort keys with optional directions, comma-separated, as key[:asc|desc] (for example
    created_at:desc,name).
    """

    sort_key: str | UnsetType = UNSET
    """The attribute to sort by (deprecated in favour of sort)."""

    sort_dir: Literal["asc", "desc"] | UnsetType = UNSET
    """The sort direction for sort_key (deprecated in favour of sort)."""

    limit: int | UnsetType = UNSET
    """The largest number of groups to return in one page."""

    offset: int | UnsetType = UNSET
    """How many groups to skip before the first one returned."""

    marker: str | UnsetType = UNSET
    """The ID of the last group of the previous page."""

    list_volume: bool | UnsetType = UNSET
    """Include the IDs of each group's volumes (volumes field)."""

    locations: ClassVar[dict[str, str]] = {
        "all_tenants": "flag",
        "sort": "csv",
        "sort_key": "query",
        "sort_dir": "query",
        "limit": "query",
        "offset": "query",
        "marker": "query",
        "list_volume": "query",
    }

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "list_volume": ("3.25", None),
    }


class GetOpts(Options):
    """Options for :func:`get`."""

    list_volume: bool | UnsetType = UNSET
    """Include the IDs of the group's volumes (volumes field)."""

    locations: ClassVar[dict[str, str]] = {
        "list_volume": "query",
    }

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "list_volume": ("3.25", None),
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    group_type: str
    """The group type, by ID or by name."""

    volume_types: builtins.list[str]
    """The volume types (IDs or names) the group's volumes may have; at least one."""

    name: str | UnsetType | None = UNSET
    """The name of the group."""

    description: str | UnsetType | None = UNSET
    """A free-form description of the group."""

    availability_zone: str | UnsetType | None = UNSET
    """The availability zone to create the group in."""


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType | None = UNSET
    """The new name of the group."""

    description: str | UnsetType | None = UNSET
    """The new description of the group."""

    add_volumes: str | UnsetType | None = UNSET
    """Comma-separated UUIDs of volumes to add to the group."""

    remove_volumes: str | UnsetType | None = UNSET
    """Comma-separated UUIDs of volumes to take out of the group."""


class DeleteOpts(Options):
    """Options for :func:`delete`."""

    delete_volumes: bool | UnsetType = msgspec.field(default=UNSET, name="delete-volumes")
    """Delete the volumes of the group as well."""


class ResetStatusOpts(Options):
    """Options for :func:`reset_status`."""

    status: str
    """The status to record, usually one of available, creating, deleting, deleted, error,
    error_deleting, in-use or updating.
    """


class FailoverReplicationOpts(Options):
    """Options for :func:`failover_replication`."""

    allow_attached_volume: bool | UnsetType = UNSET
    """Fail over even when volumes of the group are attached (in-use)."""

    secondary_backend_id: str | UnsetType | None = UNSET
    """The backend_id of the target to fail over to."""


class CreateFromSourceOpts(Options):
    """Options for :func:`create_from_source`."""

    name: str | UnsetType | None = UNSET
    """The name of the new group."""

    description: str | UnsetType | None = UNSET
    """A free-form description of the new group."""

    group_snapshot_id: str | UnsetType = UNSET
    """The UUID of the group snapshot to create the group from."""

    source_group_id: str | UnsetType = UNSET
    """The UUID of the group to clone."""


def list_url(client: ServiceClient) -> str:
    """The URL `/groups`."""
    return client.url("/groups")


def list_detail_url(client: ServiceClient) -> str:
    """The URL `/groups/detail`."""
    return client.url("/groups/detail")


def resource_url(client: ServiceClient, group_id: str) -> str:
    """The URL `/groups/{group_id}`."""
    return client.url("/groups/{group_id}", group_id=group_id)


def action_url(client: ServiceClient, group_id: str) -> str:
    """The URL `/groups/{group_id}/action`."""
    return client.url("/groups/{group_id}/action", group_id=group_id)


def create_from_source_url(client: ServiceClient) -> str:
    """The URL `/groups/action`."""
    return client.url("/groups/action")


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Group]:
    """Lists the groups of the project (id and name only).

    Microversions: 3.13 and later.

    GET ``/groups``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    client.check_operation_version("groups.list", "3.13", None)
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Group,
        response_key="groups",
        style=PageStyle("links", links_key="group_links"),
        opts=opts,
    )


def list_detail(
    client: ServiceClient,
    opts: ListDetailOpts | None = None,
) -> Pager[Group]:
    """Lists the groups of the project with all their details.

    Microversions: 3.13 and later.

    GET ``/groups/detail``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`ListDetailOpts`).
    """
    client.check_operation_version("groups.list_detail", "3.13", None)
    return client.paginate(
        list_detail_url(client),
        ok=(200,),
        item_type=Group,
        response_key="groups",
        style=PageStyle("links", links_key="group_links"),
        opts=opts,
    )


def get(
    client: ServiceClient,
    group_id: str,
    opts: GetOpts | None = None,
) -> Group:
    """Shows the details of a group.

    Microversions: 3.13 and later.

    GET ``/groups/{group_id}``

    Args:
        client: The block-storage v3 service client.
        group_id: The UUID of the group.
        opts: The options of the request (:class:`GetOpts`).
    """
    client.check_operation_version("groups.get", "3.13", None)
    return client.call(
        "GET",
        resource_url(client, group_id),
        ok=(200,),
        opts=opts,
        response_key="group",
        response_type=Group,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> Group:
    """Creates an empty group of a group type; the group starts in the creating state.

    Microversions: 3.13 and later.

    POST ``/groups``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    client.check_operation_version("groups.create", "3.13", None)
    return client.call(
        "POST",
        list_url(client),
        ok=(202,),
        opts=opts,
        body_key="group",
        response_key="group",
        response_type=Group,
    )


def update(
    client: ServiceClient,
    group_id: str,
    opts: UpdateOpts | None = None,
) -> None:
    """Renames a group, changes its description, or adds and removes volumes; at least one of the
    four must be given.

    Microversions: 3.13 and later.

    PUT ``/groups/{group_id}``

    Args:
        client: The block-storage v3 service client.
        group_id: The UUID of the group.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    client.check_operation_version("groups.update", "3.13", None)
    client.call(
        "PUT",
        resource_url(client, group_id),
        ok=(202,),
        opts=opts,
        body_key="group",
    )


def delete(
    client: ServiceClient,
    group_id: str,
    opts: DeleteOpts | None = None,
) -> None:
    """Deletes a group; its volumes must be deleted with it (delete_volumes) or removed first.

    Microversions: 3.13 and later.

    POST ``/groups/{group_id}/action`` (action delete)

    Args:
        client: The block-storage v3 service client.
        group_id: The UUID of the group.
        opts: The options of the request (:class:`DeleteOpts`).
    """
    client.check_operation_version("groups.delete", "3.13", None)
    client.call(
        "POST",
        action_url(client, group_id),
        ok=(202,),
        opts=opts,
        body_key="delete",
        empty="object",
    )


def reset_status(
    client: ServiceClient,
    group_id: str,
    opts: ResetStatusOpts,
) -> None:
    """Forces the status of a group in the database, without touching the back end (admin only).

    Microversions: 3.20 and later.

    POST ``/groups/{group_id}/action`` (action reset_status)

    Args:
        client: The block-storage v3 service client.
        group_id: The UUID of the group.
        opts: The options of the request (:class:`ResetStatusOpts`).
    """
    client.check_operation_version("groups.reset_status", "3.20", None)
    client.call(
        "POST",
        action_url(client, group_id),
        ok=(202,),
        opts=opts,
        body_key="reset_status",
        empty="object",
    )


def enable_replication(
    client: ServiceClient,
    group_id: str,
) -> None:
    """Turns on replication for a group whose group type and volume types allow it.

    Microversions: 3.38 and later.

    POST ``/groups/{group_id}/action`` (action enable_replication)

    Args:
        client: The block-storage v3 service client.
        group_id: The UUID of the group.
    """
    client.check_operation_version("groups.enable_replication", "3.38", None)
    client.call(
        "POST",
        action_url(client, group_id),
        ok=(202,),
        body_key="enable_replication",
        empty="object",
    )


def disable_replication(
    client: ServiceClient,
    group_id: str,
) -> None:
    """Turns off replication for a group.

    Microversions: 3.38 and later.

    POST ``/groups/{group_id}/action`` (action disable_replication)

    Args:
        client: The block-storage v3 service client.
        group_id: The UUID of the group.
    """
    client.check_operation_version("groups.disable_replication", "3.38", None)
    client.call(
        "POST",
        action_url(client, group_id),
        ok=(202,),
        body_key="disable_replication",
        empty="object",
    )


def failover_replication(
    client: ServiceClient,
    group_id: str,
    opts: FailoverReplicationOpts | None = None,
) -> None:
    """Fails a replicated group over to a replication target (or back).

    Microversions: 3.38 and later.

    POST ``/groups/{group_id}/action`` (action failover_replication)

    Args:
        client: The block-storage v3 service client.
        group_id: The UUID of the group.
        opts: The options of the request (:class:`FailoverReplicationOpts`).
    """
    client.check_operation_version("groups.failover_replication", "3.38", None)
    client.call(
        "POST",
        action_url(client, group_id),
        ok=(202,),
        opts=opts,
        body_key="failover_replication",
        empty="object",
    )


def list_replication_targets(
    client: ServiceClient,
    group_id: str,
) -> builtins.list[ReplicationTarget]:
    """Lists the back ends a replicated group can fail over to.

    Microversions: 3.38 and later.

    POST ``/groups/{group_id}/action`` (action list_replication_targets)

    Args:
        client: The block-storage v3 service client.
        group_id: The UUID of the group.
    """
    client.check_operation_version("groups.list_replication_targets", "3.38", None)
    return client.call(
        "POST",
        action_url(client, group_id),
        ok=(200, 202),
        body_key="list_replication_targets",
        empty="object",
        response_key="replication_targets",
        response_type=builtins.list[ReplicationTarget],
    )


def create_from_source(
    client: ServiceClient,
    opts: CreateFromSourceOpts | None = None,
) -> Group:
    """Creates a group from a group snapshot or as a copy of another group (give exactly one of the
    two); the group type comes from the source.

    Microversions: 3.14 and later.

    POST ``/groups/action`` (action create-from-src)

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`CreateFromSourceOpts`).
    """
    client.check_operation_version("groups.create_from_source", "3.14", None)
    return client.call(
        "POST",
        create_from_source_url(client),
        ok=(202,),
        opts=opts,
        body_key="create-from-src",
        empty="object",
        response_key="group",
        response_type=Group,
    )
