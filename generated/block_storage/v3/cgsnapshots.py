"""Consistency group snapshots (cgsnapshots), the deprecated forerunner of group snapshots: a
snapshot of every volume of a consistency group taken together.
"""

# Generated from specs/block_storage/v3/cgsnapshots.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import ClassVar

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType, waiters

__all__ = [
    "CGSnapshot",
    "ListOpts",
    "CreateOpts",
    "list",
    "list_detail",
    "get",
    "create",
    "delete",
    "list_url",
    "list_detail_url",
    "resource_url",
    "wait_for_status",
    "wait_for_delete",
]


class CGSnapshot(Model):
    """A consistency group snapshot. The summary listing and the create call carry only id and
    name.
    """

    id: str
    """The UUID of the consistency group snapshot."""

    name: str | UnsetType | None = UNSET
    """The name of the consistency group snapshot."""

    description: str | UnsetType | None = UNSET
    """The free-form description of the consistency group snapshot."""

    status: str | UnsetType | None = UNSET
    """The state of the snapshot, such as creating, available, deleting or error."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the consistency group snapshot was created."""

    consistencygroup_id: str | UnsetType | None = UNSET
    """The UUID of the consistency group the snapshot was taken of."""


class ListOpts(Options):
    """Options for :func:`list` and :func:`list_detail`."""

    all_tenants: bool | UnsetType = UNSET
    """Admin only; documented to list the snapshots of every project."""

    limit: int | UnsetType = UNSET
    """The largest number of snapshots to return."""

    offset: int | UnsetType = UNSET
    """How many snapshots to skip before the first one returned."""

    locations: ClassVar[dict[str, str]] = {
        "all_tenants": "flag",
        "limit": "query",
        "offset": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    consistencygroup_id: str
    """The UUID of the consistency group to snapshot."""

    name: str | UnsetType = UNSET
    """The name of the snapshot."""

    description: str | UnsetType = UNSET
    """A free-form description of the snapshot."""


def list_url(client: ServiceClient) -> str:
    """The URL `/cgsnapshots`."""
    return client.url("/cgsnapshots")


def list_detail_url(client: ServiceClient) -> str:
    """The URL `/cgsnapshots/detail`."""
    return client.url("/cgsnapshots/detail")


def resource_url(client: ServiceClient, cgsnapshot_id: str) -> str:
    """The URL `/cgsnapshots/{cgsnapshot_id}`."""
    return client.url("/cgsnapshots/{cgsnapshot_id}", cgsnapshot_id=cgsnapshot_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> builtins.list[CGSnapshot]:
    """Lists the consistency group snapshots of the project (id and name only).

    GET ``/cgsnapshots``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.call(
        "GET",
        list_url(client),
        ok=(200,),
        opts=opts,
        response_key="cgsnapshots",
        response_type=builtins.list[CGSnapshot],
    )


def list_detail(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> builtins.list[CGSnapshot]:
    """Lists the consistency group snapshots of the project with all their details.

    GET ``/cgsnapshots/detail``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.call(
        "GET",
        list_detail_url(client),
        ok=(200,),
        opts=opts,
        response_key="cgsnapshots",
        response_type=builtins.list[CGSnapshot],
    )


def get(
    client: ServiceClient,
    cgsnapshot_id: str,
) -> CGSnapshot:
    """Shows the details of a consistency group snapshot.

    GET ``/cgsnapshots/{cgsnapshot_id}``

    Args:
        client: The block-storage v3 service client.
        cgsnapshot_id: The UUID of the consistency group snapshot.
    """
    return client.call(
        "GET",
        resource_url(client, cgsnapshot_id),
        ok=(200,),
        response_key="cgsnapshot",
        response_type=CGSnapshot,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> CGSnapshot:
    """Snapshots every volume of a consistency group together; it starts in the creating state.

    POST ``/cgsnapshots``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(202,),
        opts=opts,
        body_key="cgsnapshot",
        response_key="cgsnapshot",
        response_type=CGSnapshot,
    )


def delete(
    client: ServiceClient,
    cgsnapshot_id: str,
) -> None:
    """Deletes a consistency group snapshot and the volume snapshots it holds.

    DELETE ``/cgsnapshots/{cgsnapshot_id}``

    Args:
        client: The block-storage v3 service client.
        cgsnapshot_id: The UUID of the consistency group snapshot.
    """
    client.call(
        "DELETE",
        resource_url(client, cgsnapshot_id),
        ok=(202,),
    )


def wait_for_status(
    client: ServiceClient,
    cgsnapshot_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    predicate: Callable[[CGSnapshot], bool] | None = None,
) -> CGSnapshot:
    """Polls get until status is one of status (and predicate holds).

    Failure statuses (ERROR, error) raise ResourceFailed at once.
    Returns the resource; WaitTimeout after timeout seconds.
    """
    return waiters.wait_for_status(
        lambda: get(client, cgsnapshot_id),
        status,
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="CGSnapshot",
        predicate=predicate,
    )


def wait_for_delete(
    client: ServiceClient,
    cgsnapshot_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
) -> None:
    """Polls get until it answers 404 (the resource is deleted).

    Failure statuses (ERROR, error) raise ResourceFailed at once;
    WaitTimeout after timeout seconds.
    """
    waiters.wait_for_delete(
        lambda: get(client, cgsnapshot_id),
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="CGSnapshot",
    )
