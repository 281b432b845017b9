"""Volume backups: full or incremental copies of a volume (or of one of its snapshots) kept by
the backup service in external storage. List, create, show, update and delete backups,
restore one to a new or existing volume, and export or import a backup's record to move it
between clouds. Admin actions (reset status, force delete) live in backup_actions.
"""

# Generated from specs/block_storage/v3/backups.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
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
    "Link",
    "BackupSummary",
    "Backup",
    "Restore",
    "BackupRecord",
    "ListOpts",
    "CreateOpts",
    "UpdateOpts",
    "RestoreOpts",
    "ImportRecordOpts",
    "list_summary",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "restore",
    "export_record",
    "import_record",
    "create_url",
    "list_url",
    "resource_url",
    "restore_url",
    "export_record_url",
    "import_record_url",
    "find",
    "wait_for_status",
    "wait_for_delete",
]


class Link(Model):
    """A link to a resource."""

    href: str | UnsetType | None = UNSET
    """The URL."""

    rel: str | UnsetType | None = UNSET
    """The relation of the link to the resource (self, bookmark, next)."""


class BackupSummary(Model):
    """A backup as the summary listing, create and update return it (ID, name and links)."""

    id: str
    """The UUID of the backup."""

    name: str | UnsetType | None = UNSET
    """The backup name."""

    links: builtins.list[Link] | UnsetType | None = UNSET
    """Links to the backup."""

    metadata: dict[str, str] | UnsetType | None = UNSET
    """Metadata key and value pairs of the backup (create and update answers)."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("metadata", "3.43", None),
    )


class Backup(Model):
    """A volume backup with all its details."""

    id: str
    """The UUID of the backup."""

    name: str | UnsetType | None = UNSET
    """The backup name."""

    description: str | UnsetType | None = UNSET
    """A free-form description of the backup."""

    status: str | UnsetType | None = UNSET
    """The backup state (creating, available, deleting, error, restoring, error_restoring)."""

    fail_reason: str | UnsetType | None = UNSET
    """Why the backup failed, or null."""

    volume_id: str | UnsetType | None = UNSET
    """The UUID of the volume that was backed up."""

    snapshot_id: str | UnsetType | None = UNSET
    """The UUID of the snapshot the backup was taken from, if any."""

    size: int | UnsetType | None = UNSET
    """The size of the backed-up volume in GiB."""

    object_count: int | UnsetType | None = UNSET
    """How many objects the backup is stored as."""

    container: str | UnsetType | None = UNSET
    """The container (bucket, directory, pool) holding the backup, or null."""

    availability_zone: str | UnsetType | None = UNSET
    """The availability zone of the backup."""

    is_incremental: bool | UnsetType | None = UNSET
    """True for an incremental backup, false for a full one."""

    has_dependent_backups: bool | UnsetType | None = UNSET
    """True when incremental backups depend on this backup."""

    data_timestamp: datetime.datetime | UnsetType | None = UNSET
    """When the backed-up data was captured (the snapshot's creation time for a backup of a
    snapshot).
    """

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the backup was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the backup was last changed."""

    links: builtins.list[Link] | UnsetType | None = UNSET
    """Links to the backup."""

    project_id: str | UnsetType | None = msgspec.field(
        default=UNSET, name="os-backup-project-attr:project_id"
    )
    """The UUID of the project that owns the backup."""

    metadata: dict[str, str] | UnsetType | None = UNSET
    """Metadata key and value pairs of the backup."""

    user_id: str | UnsetType | None = UNSET
    """The UUID of the user who created the backup."""

    encryption_key_id: str | UnsetType | None = UNSET
    """The UUID of the encryption key, for backups of encrypted volumes only."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("project_id", "3.18", None),
        ("metadata", "3.43", None),
        ("user_id", "3.56", None),
        ("encryption_key_id", "3.64", None),
    )


class Restore(Model):
    """The answer to a restore request."""

    backup_id: str | UnsetType | None = UNSET
    """The UUID of the backup being restored."""

    volume_id: str | UnsetType | None = UNSET
    """The UUID of the volume the backup is restored to."""

    volume_name: str | UnsetType | None = UNSET
    """The name of that volume."""


class BackupRecord(Model):
    """The exported record of a backup: enough for another Cinder to import the backup from the
    same storage.
    """

    backup_service: str | UnsetType | None = UNSET
    """The backup driver that made the backup."""

    backup_url: str | UnsetType | None = UNSET
    """An opaque, encoded description of the backup that locates it."""


class ListOpts(Options):
    """Options for :func:`list` and :func:`list_summary`."""

    all_tenants: bool | UnsetType = UNSET
    """Lists the backups of every project (admins only)."""

    name: str | UnsetType = UNSET
    """Only backups with this name."""

    status: str | UnsetType = UNSET
    """Only backups in this state."""

    volume_id: str | UnsetType = UNSET
    """Only backups of this volume."""

    sort: str | UnsetType = UNSET
    """Sort keys with optional directions, as key[:asc|desc] separated by commas."""

    sort_key: str | UnsetType = UNSET
    """The attribute to sort by (deprecated in favour of sort)."""

    sort_dir: Literal["asc", "desc"] | UnsetType = UNSET
    """The sort direction, desc by default (deprecated in favour of sort)."""

    limit: int | UnsetType = UNSET
    """The page size."""

    offset: int | UnsetType = UNSET
    """How many backups to skip from the start of the list."""

    marker: str | UnsetType = UNSET
    """The ID of the last backup of the previous page."""

    with_count: bool | UnsetType = UNSET
    """Asks for the number of matching backups (before paging), read from the pager's total."""

    locations: ClassVar[dict[str, str]] = {
        "all_tenants": "query",
        "name": "query",
        "status": "query",
        "volume_id": "query",
        "sort": "query",
        "sort_key": "query",
        "sort_dir": "query",
        "limit": "query",
        "offset": "query",
        "marker": "query",
        "with_count": "query",
    }

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "with_count": ("3.45", None),
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    volume_id: str
    """The UUID of the volume to back up."""

    name: str | UnsetType = UNSET
    """The backup name."""

    description: str | UnsetType = UNSET
    """A free-form description of the backup."""

    container: str | UnsetType = UNSET
    """The container to store the backup in (driver default when omitted)."""

    incremental: bool | UnsetType = UNSET
    """Make an incremental backup on top of the latest one (default false, a full backup)."""

    force: bool | UnsetType = UNSET
    """Back up the volume even while it is attached (default false)."""

    snapshot_id: str | UnsetType = UNSET
    """The UUID of a snapshot of the volume to back up instead of the volume itself."""

    metadata: dict[str, str] | UnsetType = UNSET
    """Metadata key and value pairs for the backup."""

    availability_zone: str | UnsetType = UNSET
    """The availability zone whose backup service should make the backup."""

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "metadata": ("3.43", None),
        "availability_zone": ("3.51", None),
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new backup name."""

    description: str | UnsetType = UNSET
    """The new description."""

    metadata: dict[str, str] | UnsetType = UNSET
    """The new metadata key and value pairs."""

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "metadata": ("3.43", None),
    }


class RestoreOpts(Options):
    """Options for :func:`restore`."""

    volume_id: str | UnsetType = UNSET
    """The UUID of the volume to overwrite; a new volume is made when omitted."""

    name: str | UnsetType = UNSET
    """The name of the new volume (ignored when volume_id is given)."""


class ImportRecordOpts(Options):
    """Options for :func:`import_record`."""

    backup_service: str
    """The backup driver that made the backup, as exported."""

    backup_url: str
    """The encoded backup description, as exported."""


def create_url(client: ServiceClient) -> str:
    """The URL `/backups`."""
    return client.url("/backups")


def list_url(client: ServiceClient) -> str:
    """The URL `/backups/detail`."""
    return client.url("/backups/detail")


def resource_url(client: ServiceClient, backup_id: str) -> str:
    """The URL `/backups/{backup_id}`."""
    return client.url("/backups/{backup_id}", backup_id=backup_id)


def restore_url(client: ServiceClient, backup_id: str) -> str:
    """The URL `/backups/{backup_id}/restore`."""
    return client.url("/backups/{backup_id}/restore", backup_id=backup_id)


def export_record_url(client: ServiceClient, backup_id: str) -> str:
    """The URL `/backups/{backup_id}/export_record`."""
    return client.url("/backups/{backup_id}/export_record", backup_id=backup_id)


def import_record_url(client: ServiceClient) -> str:
    """The URL `/backups/import_record`."""
    return client.url("/backups/import_record")


def list_summary(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[BackupSummary]:
    """Lists the backups the project can see, with their IDs, names and links only.

    GET ``/backups``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        create_url(client),
        ok=(200,),
        item_type=BackupSummary,
        response_key="backups",
        style=PageStyle("links", links_key="backups_links", count_key="count"),
        opts=opts,
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Backup]:
    """Lists the backups the project can see, with all their details.

    GET ``/backups/detail``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Backup,
        response_key="backups",
        style=PageStyle("links", links_key="backups_links", count_key="count"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> BackupSummary:
    """Backs up a volume, or one of its snapshots; the volume must be available unless force is
    set. Returns the new backup's ID, name and links.

    POST ``/backups``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        create_url(client),
        ok=(202,),
        opts=opts,
        body_key="backup",
        response_key="backup",
        response_type=BackupSummary,
    )


def get(
    client: ServiceClient,
    backup_id: str,
) -> Backup:
    """Shows one backup with all its details.

    GET ``/backups/{backup_id}``

    Args:
        client: The block-storage v3 service client.
        backup_id: The UUID of the backup.
    """
    return client.call(
        "GET",
        resource_url(client, backup_id),
        ok=(200,),
        response_key="backup",
        response_type=Backup,
    )


def update(
    client: ServiceClient,
    backup_id: str,
    opts: UpdateOpts | None = None,
) -> BackupSummary:
    """Renames a backup or changes its description or metadata.

    Microversions: 3.9 and later.

    PUT ``/backups/{backup_id}``

    Args:
        client: The block-storage v3 service client.
        backup_id: The UUID of the backup.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    client.check_operation_version("backups.update", "3.9", None)
    return client.call(
        "PUT",
        resource_url(client, backup_id),
        ok=(200, 202),
        opts=opts,
        body_key="backup",
        response_key="backup",
        response_type=BackupSummary,
    )


def delete(
    client: ServiceClient,
    backup_id: str,
) -> None:
    """Deletes a backup, which must be available or in error and have no dependent backups.

    DELETE ``/backups/{backup_id}``

    Args:
        client: The block-storage v3 service client.
        backup_id: The UUID of the backup.
    """
    client.call(
        "DELETE",
        resource_url(client, backup_id),
        ok=(202,),
    )


def restore(
    client: ServiceClient,
    backup_id: str,
    opts: RestoreOpts | None = None,
) -> Restore:
    """Restores a backup into an existing volume (available and at least as large as the backup)
    or, without volume_id, into a new volume.

    POST ``/backups/{backup_id}/restore``

    Args:
        client: The block-storage v3 service client.
        backup_id: The UUID of the backup.
        opts: The options of the request (:class:`RestoreOpts`).
    """
    return client.call(
        "POST",
        restore_url(client, backup_id),
        ok=(202,),
        opts=opts,
        body_key="restore",
        empty="object",
        response_key="restore",
        response_type=Restore,
    )


def export_record(
    client: ServiceClient,
    backup_id: str,
) -> BackupRecord:
    """Exports the record of a backup, to import it into another Cinder (admins).

    GET ``/backups/{backup_id}/export_record``

    Args:
        client: The block-storage v3 service client.
        backup_id: The UUID of the backup.
    """
    return client.call(
        "GET",
        export_record_url(client, backup_id),
        ok=(200,),
        response_key="backup-record",
        response_type=BackupRecord,
    )


def import_record(
    client: ServiceClient,
    opts: ImportRecordOpts,
) -> BackupSummary:
    """Creates a backup from an exported record; the backup data must be reachable by this cloud's
    backup service (admins).

    POST ``/backups/import_record``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`ImportRecordOpts`).
    """
    return client.call(
        "POST",
        import_record_url(client),
        ok=(201,),
        opts=opts,
        body_key="backup-record",
        response_key="backup",
        response_type=BackupSummary,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Backup:
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
        what="Backup",
    )


def wait_for_status(
    client: ServiceClient,
    backup_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    predicate: Callable[[Backup], bool] | None = None,
) -> Backup:
    """Polls get until status is one of status (and predicate holds).

    Failure statuses (ERROR, error) raise ResourceFailed at once.
    Returns the resource; WaitTimeout after timeout seconds.
    """
    return waiters.wait_for_status(
        lambda: get(client, backup_id),
        status,
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="Backup",
        predicate=predicate,
    )


def wait_for_delete(
    client: ServiceClient,
    backup_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
) -> None:
    """Polls get until it answers 404 (the resource is deleted).

    Failure statuses (ERROR, error) raise ResourceFailed at once;
    WaitTimeout after timeout seconds.
    """
    waiters.wait_for_delete(
        lambda: get(client, backup_id),
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="Backup",
    )
