"""Consistency groups, the deprecated forerunner of generic volume groups: volumes of a back end
that supports consistent snapshots, snapshotted together through cgsnapshots. New deployments
use groups and group snapshots; this API serves consistency groups and groups migrated from
them.
"""

# Generated from specs/block_storage/v3/consistency_groups.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
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
    waiters,
)

__all__ = [
    "ConsistencyGroup",
    "ListOpts",
    "CreateOpts",
    "CreateFromSourceOpts",
    "UpdateOpts",
    "DeleteOpts",
    "list",
    "list_detail",
    "get",
    "create",
    "create_from_source",
    "update",
    "delete",
    "list_url",
    "list_detail_url",
    "resource_url",
    "create_from_source_url",
    "update_url",
    "delete_url",
    "wait_for_status",
    "wait_for_delete",
]


class ConsistencyGroup(Model):
    """A consistency group. The summary listing and the create calls carry only id and name."""

    id: str
    """The UUID of the consistency group."""

    name: str | UnsetType | None = UNSET
    """The name of the consistency group."""

    description: str | UnsetType | None = UNSET
    """The free-form description of the consistency group."""

    status: str | UnsetType | None = UNSET
    """The state of the consistency group, such as creating, available, deleting or error."""

    availability_zone: str | UnsetType | None = UNSET
    """The availability zone the consistency group lives in."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the consistency group was created."""

    volume_types: builtins.list[str] | UnsetType | None = UNSET
    """The IDs of the volume types of the consistency group."""


class ListOpts(Options):
    """Options for :func:`list` and :func:`list_detail`."""

    all_tenants: bool | UnsetType = UNSET
    """Admin only; list the consistency groups of every project, not only the caller's."""

    sort: builtins.list[str] | UnsetType = UNSET
    """Sort keys with optional directions, comma-separated, as key[:asc|desc] (for example
    created_at:desc,name).
    """

    sort_key: str | UnsetType = UNSET
    """The attribute to sort by (deprecated in favour of sort)."""

    sort_dir: Literal["asc", "desc"] | UnsetType = UNSET
    """The sort direction for sort_key (deprecated in favour of sort)."""

    limit: int | UnsetType = UNSET
    """The largest number of consistency groups to return in one page."""

    offset: int | UnsetType = UNSET
    """How many consistency groups to skip before the first one returned."""

    marker: str | UnsetType = UNSET
    """The ID of the last consistency group of the previous page."""

    locations: ClassVar[dict[str, str]] = {
        "all_tenants": "flag",
        "sort": "csv",
        "sort_key": "query",
        "sort_dir": "query",
        "limit": "query",
        "offset": "query",
        "marker": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    volume_types: str
    """The volume types (IDs or names) of the group, comma-separated."""

    name: str | UnsetType | None = UNSET
    """The name of the consistency group."""

    description: str | UnsetType | None = UNSET
    """A free-form description of the consistency group."""

    availability_zone: str | UnsetType = UNSET
    """The availability zone to create the consistency group in."""


class CreateFromSourceOpts(Options):
    """Options for :func:`create_from_source`."""

    name: str | UnsetType | None = UNSET
    """The name of the new consistency group."""

    description: str | UnsetType | None = UNSET
    """A free-form description of the new consistency group."""

    cgsnapshot_id: str | UnsetType = UNSET
    """The UUID of the consistency group snapshot to create the group from."""

    source_cgid: str | UnsetType = UNSET
    """The UUID of the consistency group to clone."""


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType | None = UNSET
    """The new name of the consistency group."""

    description: str | UnsetType | None = UNSET
    """The new description of the consistency group."""

    add_volumes: str | UnsetType | None = UNSET
    """Comma-separated UUIDs of volumes to add to the group."""

    remove_volumes: str | UnsetType | None = UNSET
    """Comma-separated UUIDs of volumes to take out of the group."""


class DeleteOpts(Options):
    """Options for :func:`delete`."""

    force: bool | UnsetType = UNSET
    """Delete the consistency group together with the volumes it holds."""


def list_url(client: ServiceClient) -> str:
    """The URL `/consistencygroups`."""
    return client.url("/consistencygroups")


def list_detail_url(client: ServiceClient) -> str:
    """The URL `/consistencygroups/detail`."""
    return client.url("/consistencygroups/detail")


def resource_url(client: ServiceClient, consistencygroup_id: str) -> str:
    """The URL `/consistencygroups/{consistencygroup_id}`."""
    return client.url(
        "/consistencygroups/{consistencygroup_id}", consistencygroup_id=consistencygroup_id
    )


def create_from_source_url(client: ServiceClient) -> str:
    """The URL `/consistencygroups/create_from_src`."""
    return client.url("/consistencygroups/create_from_src")


def update_url(client: ServiceClient, consistencygroup_id: str) -> str:
    """The URL `/consistencygroups/{consistencygroup_id}/update`."""
    return client.url(
        "/consistencygroups/{consistencygroup_id}/update", consistencygroup_id=consistencygroup_id
    )


def delete_url(client: ServiceClient, consistencygroup_id: str) -> str:
    """The URL `/consistencygroups/{consistencygroup_id}/delete`."""
    return client.url(
        "/consistencygroups/{consistencygroup_id}/delete", consistencygroup_id=consistencygroup_id
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[ConsistencyGroup]:
    """Lists the consistency groups of the project (id and name only).

    GET ``/consistencygroups``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=ConsistencyGroup,
        response_key="consistencygroups",
        style=PageStyle("links", links_key="consistencygroup_links"),
        opts=opts,
    )


def list_detail(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[ConsistencyGroup]:
    """Lists the consistency groups of the project with all their details.

    GET ``/consistencygroups/detail``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_detail_url(client),
        ok=(200,),
        item_type=ConsistencyGroup,
        response_key="consistencygroups",
        style=PageStyle("links", links_key="consistencygroup_links"),
        opts=opts,
    )


def get(
    client: ServiceClient,
    consistencygroup_id: str,
) -> ConsistencyGroup:
    """Shows the details of a consistency group.

    GET ``/consistencygroups/{consistencygroup_id}``

    Args:
        client: The block-storage v3 service client.
        consistencygroup_id: The UUID of the consistency group.
    """
    return client.call(
        "GET",
        resource_url(client, consistencygroup_id),
        ok=(200,),
        response_key="consistencygroup",
        response_type=ConsistencyGroup,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> ConsistencyGroup:
    """Creates an empty consistency group; it starts in the creating state.

    POST ``/consistencygroups``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(202,),
        opts=opts,
        body_key="consistencygroup",
        response_key="consistencygroup",
        response_type=ConsistencyGroup,
    )


def create_from_source(
    client: ServiceClient,
    opts: CreateFromSourceOpts | None = None,
) -> ConsistencyGroup:
    """Creates a consistency group from a cgsnapshot or as a copy of another consistency group
    (give one of the two).

    POST ``/consistencygroups/create_from_src``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`CreateFromSourceOpts`).
    """
    return client.call(
        "POST",
        create_from_source_url(client),
        ok=(202,),
        opts=opts,
        body_key="consistencygroup-from-src",
        response_key="consistencygroup",
        response_type=ConsistencyGroup,
    )


def update(
    client: ServiceClient,
    consistencygroup_id: str,
    opts: UpdateOpts | None = None,
) -> None:
    """Renames a consistency group, changes its description, or adds and removes volumes (from 3.6
    a blank name or description is accepted).

    PUT ``/consistencygroups/{consistencygroup_id}/update``

    Args:
        client: The block-storage v3 service client.
        consistencygroup_id: The UUID of the consistency group.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    client.call(
        "PUT",
        update_url(client, consistencygroup_id),
        ok=(202,),
        opts=opts,
        body_key="consistencygroup",
    )


def delete(
    client: ServiceClient,
    consistencygroup_id: str,
    opts: DeleteOpts | None = None,
) -> None:
    """Deletes a consistency group; with force, its volumes are deleted too.

    POST ``/consistencygroups/{consistencygroup_id}/delete``

    Args:
        client: The block-storage v3 service client.
        consistencygroup_id: The UUID of the consistency group.
        opts: The options of the request (:class:`DeleteOpts`).
    """
    client.call(
        "POST",
        delete_url(client, consistencygroup_id),
        ok=(202,),
        opts=opts,
        body_key="consistencygroup",
        empty="object",
    )


def wait_for_status(
    client: ServiceClient,
    consistencygroup_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    predicate: Callable[[ConsistencyGroup], bool] | None = None,
) -> ConsistencyGroup:
    """Polls get until status is one of status (and predicate holds).

    Failure statuses (ERROR, error) raise ResourceFailed at once.
    Returns the resource; WaitTimeout after timeout seconds.
    """
    return waiters.wait_for_status(
        lambda: get(client, consistencygroup_id),
        status,
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="ConsistencyGroup",
        predicate=predicate,
    )


def wait_for_delete(
    client: ServiceClient,
    consistencygroup_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
) -> None:
    """Polls get until it answers 404 (the resource is deleted).

    Failure statuses (ERROR, error) raise ResourceFailed at once;
    WaitTimeout after timeout seconds.
    """
    waiters.wait_for_delete(
        lambda: get(client, consistencygroup_id),
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="ConsistencyGroup",
    )
