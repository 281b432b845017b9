"""Volume snapshots: point-in-time copies of a volume's data that new volumes can be created
from. List, create, show, update and delete snapshots, and read or write their metadata.
Admin actions (reset status, force delete) live in snapshot_actions; adopting snapshots that
already exist on a backend lives in manageable_snapshots.
"""

# Generated from specs/block_storage/v3/snapshots.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from typing import ClassVar, Literal

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
    "Snapshot",
    "ListOpts",
    "CreateOpts",
    "UpdateOpts",
    "UpdateMetadataOpts",
    "ReplaceMetadataOpts",
    "list_summary",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "get_metadata",
    "update_metadata",
    "replace_metadata",
    "get_metadata_key",
    "update_metadata_key",
    "delete_metadata_key",
    "create_url",
    "list_url",
    "resource_url",
    "get_metadata_url",
    "get_metadata_key_url",
    "find",
    "wait_for_status",
    "wait_for_delete",
]


class Snapshot(Model):
    """A volume snapshot. The summary listing leaves out the os-extended-snapshot-attributes
    fields; the detailed listing, show, create and update include them.
    """

    id: str
    """The UUID of the snapshot."""

    name: str | UnsetType | None = UNSET
    """The snapshot name."""

    description: str | UnsetType | None = UNSET
    """A free-form description of the snapshot."""

    status: str | UnsetType | None = UNSET
    """The snapshot state (creating, available, backing-up, deleting, error, ...)."""

    size: int | UnsetType | None = UNSET
    """The size of the snapshot in GiB (that of its volume)."""

    volume_id: str | UnsetType | None = UNSET
    """The UUID of the volume the snapshot was taken of."""

    metadata: dict[str, str] | UnsetType | None = UNSET
    """Metadata key and value pairs of the snapshot."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the snapshot was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the snapshot was last changed, null if never."""

    progress: str | UnsetType | None = msgspec.field(
        default=UNSET, name="os-extended-snapshot-attributes:progress"
    )
    """How far the snapshot has been built, as a percentage string such as "100%"."""

    project_id: str | UnsetType | None = msgspec.field(
        default=UNSET, name="os-extended-snapshot-attributes:project_id"
    )
    """The UUID of the project that owns the snapshot."""

    group_snapshot_id: str | UnsetType | None = UNSET
    """The UUID of the group snapshot this snapshot belongs to, if any."""

    user_id: str | UnsetType | None = UNSET
    """The UUID of the user who created the snapshot."""

    consumes_quota: bool | UnsetType | None = UNSET
    """False for temporary internal snapshots that do not count against quota."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("group_snapshot_id", "3.14", None),
        ("user_id", "3.41", None),
        ("consumes_quota", "3.65", None),
    )


class ListOpts(Options):
    """Options for :func:`list` and :func:`list_summary`."""

    all_tenants: bool | UnsetType = UNSET
    """Lists the snapshots of every project (admins only)."""

    name: str | UnsetType = UNSET
    """Only snapshots with this name."""

    status: str | UnsetType = UNSET
    """Only snapshots in this state."""

    volume_id: str | UnsetType = UNSET
    """Only snapshots of this volume."""

    metadata: str | UnsetType = UNSET
    """Only snapshots carrying this metadata, written as a dict literal such as "{'k': 'v'}"."""

    consumes_quota: bool | UnsetType = UNSET
    """Only snapshots that do (true) or do not (false) count against quota."""

    sort: str | UnsetType = UNSET
    """Sort keys with optional directions, as key[:asc|desc] separated by commas."""

    sort_key: str | UnsetType = UNSET
    """The attribute to sort by (deprecated in favour of sort)."""

    sort_dir: Literal["asc", "desc"] | UnsetType = UNSET
    """The sort direction, desc by default (deprecated in favour of sort)."""

    limit: int | UnsetType = UNSET
    """The page size."""

    offset: int | UnsetType = UNSET
    """How many snapshots to skip from the start of the list."""

    marker: str | UnsetType = UNSET
    """The ID of the last snapshot of the previous page."""

    with_count: bool | UnsetType = UNSET
    """Asks for the number of matching snapshots (before paging), read from the pager's total."""

    locations: ClassVar[dict[str, str]] = {
        "all_tenants": "query",
        "name": "query",
        "status": "query",
        "volume_id": "query",
        "metadata": "query",
        "consumes_quota": "query",
        "sort": "query",
        "sort_key": "query",
        "sort_dir": "query",
        "limit": "query",
        "offset": "query",
        "marker": "query",
        "with_count": "query",
    }

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "metadata": ("3.22", None),
        "consumes_quota": ("3.65", None),
        "with_count": ("3.45", None),
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    volume_id: str
    """The UUID of the volume to snapshot."""

    name: str
    """The snapshot name."""

    description: str | UnsetType = UNSET
    """A free-form description of the snapshot."""

    force: bool | UnsetType = UNSET
    """Snapshot the volume even while it is attached (default false)."""

    metadata: dict[str, str] | UnsetType = UNSET
    """Metadata key and value pairs for the new snapshot."""


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new snapshot name."""

    description: str | UnsetType = UNSET
    """The new description."""


class UpdateMetadataOpts(Options):
    """Options for :func:`update_metadata`."""

    metadata: dict[str, str]
    """The key and value pairs to set."""


class ReplaceMetadataOpts(Options):
    """Options for :func:`replace_metadata`."""

    metadata: dict[str, str]
    """The complete new set of key and value pairs."""


def create_url(client: ServiceClient) -> str:
    """The URL `/snapshots`."""
    return client.url("/snapshots")


def list_url(client: ServiceClient) -> str:
    """The URL `/snapshots/detail`."""
    return client.url("/snapshots/detail")


def resource_url(client: ServiceClient, snapshot_id: str) -> str:
    """The URL `/snapshots/{snapshot_id}`."""
    return client.url("/snapshots/{snapshot_id}", snapshot_id=snapshot_id)


def get_metadata_url(client: ServiceClient, snapshot_id: str) -> str:
    """The URL `/snapshots/{snapshot_id}/metadata`."""
    return client.url("/snapshots/{snapshot_id}/metadata", snapshot_id=snapshot_id)


def get_metadata_key_url(client: ServiceClient, snapshot_id: str, key: str) -> str:
    """The URL `/snapshots/{snapshot_id}/metadata/{key}`."""
    return client.url("/snapshots/{snapshot_id}/metadata/{key}", snapshot_id=snapshot_id, key=key)


def list_summary(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Snapshot]:
    """Lists the snapshots the project can see, without the extended attributes.

    GET ``/snapshots``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        create_url(client),
        ok=(200,),
        item_type=Snapshot,
        response_key="snapshots",
        style=PageStyle("links", links_key="snapshots_links", count_key="count"),
        opts=opts,
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Snapshot]:
    """Lists the snapshots the project can see, with all their details.

    GET ``/snapshots/detail``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Snapshot,
        response_key="snapshots",
        style=PageStyle("links", links_key="snapshots_links", count_key="count"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> Snapshot:
    """Takes a snapshot of a volume; the snapshot starts in the creating state.

    POST ``/snapshots``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        create_url(client),
        ok=(202,),
        opts=opts,
        body_key="snapshot",
        response_key="snapshot",
        response_type=Snapshot,
    )


def get(
    client: ServiceClient,
    snapshot_id: str,
) -> Snapshot:
    """Shows one snapshot with all its details.

    GET ``/snapshots/{snapshot_id}``

    Args:
        client: The block-storage v3 service client.
        snapshot_id: The UUID of the snapshot.
    """
    return client.call(
        "GET",
        resource_url(client, snapshot_id),
        ok=(200,),
        response_key="snapshot",
        response_type=Snapshot,
    )


def update(
    client: ServiceClient,
    snapshot_id: str,
    opts: UpdateOpts | None = None,
) -> Snapshot:
    """Renames a snapshot or changes its description.

    PUT ``/snapshots/{snapshot_id}``

    Args:
        client: The block-storage v3 service client.
        snapshot_id: The UUID of the snapshot.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, snapshot_id),
        ok=(200,),
        opts=opts,
        body_key="snapshot",
        response_key="snapshot",
        response_type=Snapshot,
    )


def delete(
    client: ServiceClient,
    snapshot_id: str,
) -> None:
    """Deletes a snapshot, which must be available or in error.

    DELETE ``/snapshots/{snapshot_id}``

    Args:
        client: The block-storage v3 service client.
        snapshot_id: The UUID of the snapshot.
    """
    client.call(
        "DELETE",
        resource_url(client, snapshot_id),
        ok=(202,),
    )


def get_metadata(
    client: ServiceClient,
    snapshot_id: str,
) -> dict[str, str]:
    """Shows all metadata of a snapshot.

    GET ``/snapshots/{snapshot_id}/metadata``

    Args:
        client: The block-storage v3 service client.
        snapshot_id: The UUID of the snapshot.
    """
    return client.call(
        "GET",
        get_metadata_url(client, snapshot_id),
        ok=(200,),
        response_key="metadata",
        response_type=dict[str, str],
    )


def update_metadata(
    client: ServiceClient,
    snapshot_id: str,
    opts: UpdateMetadataOpts,
) -> dict[str, str]:
    """Adds metadata to a snapshot, overwriting the keys given and keeping the others; returns the
    snapshot's metadata.

    POST ``/snapshots/{snapshot_id}/metadata``

    Args:
        client: The block-storage v3 service client.
        snapshot_id: The UUID of the snapshot.
        opts: The options of the request (:class:`UpdateMetadataOpts`).
    """
    return client.call(
        "POST",
        get_metadata_url(client, snapshot_id),
        ok=(200,),
        opts=opts,
        response_key="metadata",
        response_type=dict[str, str],
    )


def replace_metadata(
    client: ServiceClient,
    snapshot_id: str,
    opts: ReplaceMetadataOpts,
) -> dict[str, str]:
    """Replaces all metadata of a snapshot with the given pairs; returns the new metadata.

    PUT ``/snapshots/{snapshot_id}/metadata``

    Args:
        client: The block-storage v3 service client.
        snapshot_id: The UUID of the snapshot.
        opts: The options of the request (:class:`ReplaceMetadataOpts`).
    """
    return client.call(
        "PUT",
        get_metadata_url(client, snapshot_id),
        ok=(200,),
        opts=opts,
        response_key="metadata",
        response_type=dict[str, str],
    )


def get_metadata_key(
    client: ServiceClient,
    snapshot_id: str,
    key: str,
) -> dict[str, str]:
    """Shows one metadata entry of a snapshot, as a one-entry mapping of its key to its value.

    GET ``/snapshots/{snapshot_id}/metadata/{key}``

    Args:
        client: The block-storage v3 service client.
        snapshot_id: The UUID of the snapshot.
        key: The metadata key.
    """
    return client.call(
        "GET",
        get_metadata_key_url(client, snapshot_id, key),
        ok=(200,),
        response_key="meta",
        response_type=dict[str, str],
    )


def update_metadata_key(
    client: ServiceClient,
    snapshot_id: str,
    key: str,
    body: dict[str, str],
) -> dict[str, str]:
    """Sets the value of one metadata key of a snapshot. The body is a one-entry mapping whose key
    must equal the key in the path.

    PUT ``/snapshots/{snapshot_id}/metadata/{key}``

    Args:
        client: The block-storage v3 service client.
        snapshot_id: The UUID of the snapshot.
        key: The metadata key.
        body: The request body (map<string>).
    """
    return client.call(
        "PUT",
        get_metadata_key_url(client, snapshot_id, key),
        ok=(200,),
        body=body,
        body_key="meta",
        response_key="meta",
        response_type=dict[str, str],
    )


def delete_metadata_key(
    client: ServiceClient,
    snapshot_id: str,
    key: str,
) -> None:
    """Deletes one metadata entry of a snapshot.

    DELETE ``/snapshots/{snapshot_id}/metadata/{key}``

    Args:
        client: The block-storage v3 service client.
        snapshot_id: The UUID of the snapshot.
        key: The metadata key.
    """
    client.call(
        "DELETE",
        get_metadata_key_url(client, snapshot_id, key),
        ok=(200,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Snapshot:
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
        what="Snapshot",
    )


def wait_for_status(
    client: ServiceClient,
    snapshot_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    predicate: Callable[[Snapshot], bool] | None = None,
) -> Snapshot:
    """Polls get until status is one of status (and predicate holds).

    Failure statuses (error, error_deleting) raise ResourceFailed at once.
    Returns the resource; WaitTimeout after timeout seconds.
    """
    return waiters.wait_for_status(
        lambda: get(client, snapshot_id),
        status,
        failures=("error", "error_deleting"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="Snapshot",
        predicate=predicate,
    )


def wait_for_delete(
    client: ServiceClient,
    snapshot_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
) -> None:
    """Polls get until it answers 404 (the resource is deleted).

    Failure statuses (error, error_deleting) raise ResourceFailed at once;
    WaitTimeout after timeout seconds.
    """
    waiters.wait_for_delete(
        lambda: get(client, snapshot_id),
        failures=("error", "error_deleting"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="Snapshot",
    )
