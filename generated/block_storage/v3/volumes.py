"""Volumes are block devices that can be attached to servers. This module holds their creation,
listing (summary and detailed), update and deletion, the per-project volume summary, and the
user metadata of a volume. State-changing actions (extend, attach, retype, ...) live in
volume_actions.
"""

# Generated from specs/block_storage/v3/volumes.yaml by `python -m generator`. Do not edit:
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
    "VolumeAttachment",
    "Volume",
    "VolumeSummary",
    "SchedulerHints",
    "VolumesSummary",
    "ListOpts",
    "CreateOpts",
    "UpdateOpts",
    "DeleteOpts",
    "SummaryOpts",
    "CreateMetadataOpts",
    "ReplaceMetadataOpts",
    "SetMetadataItemOpts",
    "list_summary",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "summary",
    "get_metadata",
    "create_metadata",
    "replace_metadata",
    "get_metadata_item",
    "set_metadata_item",
    "delete_metadata_item",
    "create_url",
    "list_url",
    "resource_url",
    "summary_url",
    "get_metadata_url",
    "get_metadata_item_url",
    "find",
    "wait_for_status",
    "wait_for_delete",
]


class Link(Model):
    """A link to a resource."""

    href: str | UnsetType | None = UNSET
    """The URL of the linked resource."""

    rel: str | UnsetType | None = UNSET
    """How the link relates to the resource (self, bookmark, next)."""


class VolumeAttachment(Model):
    """One attachment of a volume, as listed inside the volume."""

    id: str | UnsetType | None = UNSET
    """The ID of the attached volume (the same value as volume_id)."""

    attachment_id: str | UnsetType | None = UNSET
    """The ID of the attachment record."""

    volume_id: str | UnsetType | None = UNSET
    """The ID of the attached volume."""

    server_id: str | UnsetType | None = UNSET
    """The UUID of the server the volume is attached to."""

    host_name: str | UnsetType | None = UNSET
    """The host the volume is attached to, when attached to a host rather than a server."""

    device: str | UnsetType | None = UNSET
    """The device name (mount point) inside the server, such as /dev/vdb."""

    attached_at: datetime.datetime | UnsetType | None = UNSET
    """When the attachment was made."""


class Volume(Model):
    """A volume with its details."""

    id: str
    """The UUID of the volume."""

    name: str | UnsetType | None = UNSET
    """The name of the volume."""

    description: str | UnsetType | None = UNSET
    """A free-form description of the volume."""

    status: str | UnsetType | None = UNSET
    """The state of the volume: creating, available, reserved, attaching, detaching, in-use,
    maintenance, deleting, awaiting-transfer, error, error_deleting, backing-up, restoring-
    backup, error_backing-up, error_restoring, error_extending, downloading, uploading,
    retyping or extending.
    """

    size: int | UnsetType | None = UNSET
    """The size of the volume in GiB."""

    availability_zone: str | UnsetType | None = UNSET
    """The availability zone the volume is in."""

    bootable: str | UnsetType | None = UNSET
    """Whether the volume can be booted from, as the string "true" or "false"."""

    encrypted: bool | UnsetType | None = UNSET
    """Whether the volume is encrypted (its type has an encryption spec)."""

    multiattach: bool | UnsetType | None = UNSET
    """Whether the volume may be attached to several servers at once."""

    attachments: builtins.list[VolumeAttachment] | UnsetType | None = UNSET
    """The current attachments of the volume; empty when detached."""

    links: builtins.list[Link] | UnsetType | None = UNSET
    """Links to the volume."""

    metadata: dict[str, str] | UnsetType | None = UNSET
    """The user metadata of the volume, key to value."""

    volume_image_metadata: dict[str, str] | UnsetType | None = UNSET
    """Properties of the image the volume was built from (directly or through a snapshot);
    absent for other volumes.
    """

    snapshot_id: str | UnsetType | None = UNSET
    """The snapshot the volume was created from, or null."""

    source_volid: str | UnsetType | None = UNSET
    """The volume this volume was cloned from, or null."""

    consistencygroup_id: str | UnsetType | None = UNSET
    """The consistency group the volume belongs to, or null."""

    user_id: str | UnsetType | None = UNSET
    """The ID of the user who created the volume."""

    volume_type: str | UnsetType | None = UNSET
    """The name of the volume type of the volume."""

    volume_type_id: str | UnsetType | None = UNSET
    """The ID of the volume type of the volume."""

    migration_status: str | UnsetType | None = UNSET
    """The state of a migration of the volume, or null when none has run."""

    replication_status: str | UnsetType | None = UNSET
    """The replication state of the volume (such as disabled or enabled)."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the volume was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the volume was last changed, or null."""

    host: str | UnsetType | None = msgspec.field(default=UNSET, name="os-vol-host-attr:host")
    """The back end holding the volume, as host@backend#pool (admins by default)."""

    project_id: str | UnsetType | None = msgspec.field(
        default=UNSET, name="os-vol-tenant-attr:tenant_id"
    )
    """The ID of the project that owns the volume (admins by default)."""

    migstat: str | UnsetType | None = msgspec.field(
        default=UNSET, name="os-vol-mig-status-attr:migstat"
    )
    """The internal migration state of the volume (admins by default); null when no migration
    runs.
    """

    name_id: str | UnsetType | None = msgspec.field(
        default=UNSET, name="os-vol-mig-status-attr:name_id"
    )
    """The volume ID the back-end name of this volume is derived from, after a migration (admins
    by default).
    """

    replication_extended_status: str | UnsetType | None = msgspec.field(
        default=UNSET, name="os-volume-replication:extended_status"
    )
    """Extra replication state reported by the driver."""

    replication_driver_data: str | UnsetType | None = msgspec.field(
        default=UNSET, name="os-volume-replication:driver_data"
    )
    """Replication data kept by the driver."""

    group_id: str | UnsetType | None = UNSET
    """The generic volume group the volume belongs to, or null."""

    provider_id: str | UnsetType | None = UNSET
    """The back end's own identifier of the volume, or null if the driver sets none."""

    service_uuid: str | UnsetType | None = UNSET
    """The UUID of the volume service that manages the volume."""

    shared_targets: bool | UnsetType | None = UNSET
    """Whether a connecting host must lock around attach and detach. Up to 3.68 it says whether
    the back end uses shared targets; from 3.69 null also occurs and means lock only when
    iSCSI initiator tooling runs on the host.
    """

    cluster_name: str | UnsetType | None = UNSET
    """The cluster of the back end of the volume (admins by default)."""

    encryption_key_id: str | UnsetType | None = UNSET
    """The ID of the encryption key of an encrypted volume."""

    consumes_quota: bool | UnsetType | None = UNSET
    """Whether the volume counts against quota (false for temporary internal volumes)."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("volume_type_id", "3.63", None),
        ("group_id", "3.13", None),
        ("provider_id", "3.21", None),
        ("service_uuid", "3.48", None),
        ("shared_targets", "3.48", None),
        ("cluster_name", "3.61", None),
        ("encryption_key_id", "3.64", None),
        ("consumes_quota", "3.65", None),
    )


class VolumeSummary(Model):
    """A volume as listed by the summary listing (ID, name and links)."""

    id: str
    """The UUID of the volume."""

    name: str | UnsetType | None = UNSET
    """The name of the volume."""

    links: builtins.list[Link] | UnsetType | None = UNSET
    """Links to the volume."""


class SchedulerHints(Model):
    """Hints for the scheduler, sent as the top-level OS-SCH-HNT:scheduler_hints key beside the
    volume object. Which hints work depends on the enabled scheduler filters.
    """

    same_host: builtins.list[str] | str | UnsetType | None = UNSET
    """Volume IDs (one or a list) whose back end the new volume must share."""

    different_host: builtins.list[str] | str | UnsetType | None = UNSET
    """Volume IDs (one or a list) whose back end the new volume must not share."""

    local_to_instance: str | UnsetType | None = UNSET
    """A server UUID whose compute host the volume must be placed on."""

    query: str | UnsetType | None = UNSET
    """A JSON filter expression for the JsonFilter."""


class VolumesSummary(Model):
    """Totals over the volumes of the project (or of all projects)."""

    total_count: int | UnsetType | None = UNSET
    """The number of volumes."""

    total_size: float | UnsetType | None = UNSET
    """The sum of the volume sizes, in GiB."""

    metadata: dict[str, builtins.list[str]] | UnsetType | None = UNSET
    """Every metadata key used by the volumes, with the values it takes."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("metadata", "3.36", None),
    )


class ListOpts(Options):
    """Options for :func:`list` and :func:`list_summary`."""

    all_tenants: bool | UnsetType = UNSET
    """Lists the volumes of every project (admins by default)."""

    project_id: str | UnsetType = UNSET
    """With all_tenants, keeps the volumes of this project only."""

    sort: builtins.list[str] | UnsetType = UNSET
    """Sort keys with optional directions, as key:dir (dir is asc or desc); sent comma-
    separated.
    """

    sort_key: str | UnsetType = UNSET
    """One attribute to sort by (deprecated; use sort)."""

    sort_dir: Literal["asc", "desc"] | UnsetType = UNSET
    """The direction for sort_key (deprecated; use sort)."""

    limit: int | UnsetType = UNSET
    """The largest number of volumes per page."""

    marker: str | UnsetType = UNSET
    """The ID of the last volume of the previous page."""

    offset: int | UnsetType = UNSET
    """The number of volumes to skip."""

    with_count: bool | UnsetType = UNSET
    """Asks for the number of matching volumes (before paging), read from the pager's total."""

    name: str | UnsetType = UNSET
    """Keeps the volumes with this name."""

    status: str | UnsetType = UNSET
    """Keeps the volumes in this state."""

    metadata: dict[str, str] | UnsetType = UNSET
    """Keeps the volumes carrying all this metadata (sent as one JSON object, which Cinder reads
    as a literal: metadata={"k": "v"}).
    """

    bootable: bool | UnsetType = UNSET
    """Keeps bootable (or non-bootable) volumes."""

    migration_status: str | UnsetType = UNSET
    """Keeps the volumes in this migration state (admins by default)."""

    availability_zone: str | UnsetType = UNSET
    """Keeps the volumes of this availability zone."""

    group_id: str | UnsetType = UNSET
    """Keeps the volumes of this generic volume group."""

    size: int | UnsetType = UNSET
    """Keeps the volumes of this size in GiB."""

    created_at: str | UnsetType = UNSET
    """Keeps volumes by creation time, with an operator: gte:2024-01-01T00:00:00Z (gt, gte, eq,
    neq, lt, lte).
    """

    updated_at: str | UnsetType = UNSET
    """Keeps volumes by update time, with an operator: lt:2024-01-01T00:00:00Z (gt, gte, eq,
    neq, lt, lte).
    """

    consumes_quota: bool | UnsetType = UNSET
    """Keeps the volumes that count (or do not count) against quota."""

    locations: ClassVar[dict[str, str]] = {
        "all_tenants": "query",
        "project_id": "query",
        "sort": "csv",
        "sort_key": "query",
        "sort_dir": "query",
        "limit": "query",
        "marker": "query",
        "offset": "query",
        "with_count": "query",
        "name": "query",
        "status": "query",
        "metadata": "json",
        "bootable": "query",
        "migration_status": "query",
        "availability_zone": "query",
        "group_id": "query",
        "size": "query",
        "created_at": "query",
        "updated_at": "query",
        "consumes_quota": "query",
    }

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "with_count": ("3.45", None),
        "group_id": ("3.13", None),
        "created_at": ("3.60", None),
        "updated_at": ("3.60", None),
        "consumes_quota": ("3.65", None),
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    size: int | UnsetType = UNSET
    """The size in GiB. Needed for a blank or image-based volume; taken from the source when
    cloning a volume, snapshot or backup.
    """

    name: str | UnsetType = UNSET
    """The name of the volume."""

    description: str | UnsetType = UNSET
    """A description of the volume."""

    availability_zone: str | UnsetType = UNSET
    """The availability zone to create the volume in."""

    volume_type: str | UnsetType = UNSET
    """The name or ID of the volume type; the default type when omitted."""

    metadata: dict[str, str] | UnsetType = UNSET
    """User metadata to set on the volume."""

    snapshot_id: str | UnsetType = UNSET
    """Creates the volume from this snapshot."""

    source_volid: str | UnsetType = UNSET
    """Creates the volume as a clone of this volume."""

    backup_id: str | UnsetType = UNSET
    """Creates the volume by restoring this backup."""

    image_ref: str | UnsetType = msgspec.field(default=UNSET, name="imageRef")
    """Creates a bootable volume from this image (UUID or name)."""

    consistencygroup_id: str | UnsetType | None = UNSET
    """The consistency group to put the volume in."""

    scheduler_hints: SchedulerHints | UnsetType = msgspec.field(
        default=UNSET, name="OS-SCH-HNT:scheduler_hints"
    )
    """Hints for the scheduler (sent as the top-level OS-SCH-HNT:scheduler_hints key)."""

    locations: ClassVar[dict[str, str]] = {
        "scheduler_hints": "sibling",
    }

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "backup_id": ("3.47", None),
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType | None = UNSET
    """The new name of the volume."""

    description: str | UnsetType | None = UNSET
    """The new description of the volume."""

    metadata: dict[str, str] | UnsetType = UNSET
    """The new user metadata; replaces all existing entries."""


class DeleteOpts(Options):
    """Options for :func:`delete`."""

    cascade: bool | UnsetType = UNSET
    """Deletes the snapshots of the volume along with it."""

    force: bool | UnsetType = UNSET
    """Deletes the volume even in the deleting or error_deleting state (admins by default)."""

    locations: ClassVar[dict[str, str]] = {
        "cascade": "query",
        "force": "query",
    }

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "force": ("3.23", None),
    }


class SummaryOpts(Options):
    """Options for :func:`summary`."""

    all_tenants: bool | UnsetType = UNSET
    """Counts the volumes of every project (admins by default)."""

    locations: ClassVar[dict[str, str]] = {
        "all_tenants": "query",
    }


class CreateMetadataOpts(Options):
    """Options for :func:`create_metadata`."""

    metadata: dict[str, str]
    """The entries to add, key to value."""


class ReplaceMetadataOpts(Options):
    """Options for :func:`replace_metadata`."""

    metadata: dict[str, str]
    """The complete new metadata, key to value."""


class SetMetadataItemOpts(Options):
    """Options for :func:`set_metadata_item`."""

    meta: dict[str, str]
    """A one-entry mapping whose key must equal the key in the path."""


def create_url(client: ServiceClient) -> str:
    """The URL `/volumes`."""
    return client.url("/volumes")


def list_url(client: ServiceClient) -> str:
    """The URL `/volumes/detail`."""
    return client.url("/volumes/detail")


def resource_url(client: ServiceClient, volume_id: str) -> str:
    """The URL `/volumes/{volume_id}`."""
    return client.url("/volumes/{volume_id}", volume_id=volume_id)


def summary_url(client: ServiceClient) -> str:
    """The URL `/volumes/summary`."""
    return client.url("/volumes/summary")


def get_metadata_url(client: ServiceClient, volume_id: str) -> str:
    """The URL `/volumes/{volume_id}/metadata`."""
    return client.url("/volumes/{volume_id}/metadata", volume_id=volume_id)


def get_metadata_item_url(client: ServiceClient, volume_id: str, key: str) -> str:
    """The URL `/volumes/{volume_id}/metadata/{key}`."""
    return client.url("/volumes/{volume_id}/metadata/{key}", volume_id=volume_id, key=key)


def list_summary(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[VolumeSummary]:
    """Lists volumes with their IDs, names and links only (see list for details), every page.

    GET ``/volumes``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        create_url(client),
        ok=(200,),
        item_type=VolumeSummary,
        response_key="volumes",
        style=PageStyle("links", links_key="volumes_links", count_key="count"),
        opts=opts,
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Volume]:
    """Lists volumes with their details, every page.

    GET ``/volumes/detail``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Volume,
        response_key="volumes",
        style=PageStyle("links", links_key="volumes_links", count_key="count"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
) -> Volume:
    """Creates a volume, blank or from an image, snapshot, volume or backup. Creation goes on in
    the background; poll the volume until it is available.

    POST ``/volumes``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        create_url(client),
        ok=(202,),
        opts=opts,
        body_key="volume",
        response_key="volume",
        response_type=Volume,
    )


def get(
    client: ServiceClient,
    volume_id: str,
) -> Volume:
    """Shows the details of a volume.

    GET ``/volumes/{volume_id}``

    Args:
        client: The block-storage v3 service client.
        volume_id: The UUID of the volume.
    """
    return client.call(
        "GET",
        resource_url(client, volume_id),
        ok=(200,),
        response_key="volume",
        response_type=Volume,
    )


def update(
    client: ServiceClient,
    volume_id: str,
    opts: UpdateOpts | None = None,
) -> Volume:
    """Changes the name, description or metadata of a volume.

    PUT ``/volumes/{volume_id}``

    Args:
        client: The block-storage v3 service client.
        volume_id: The UUID of the volume.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, volume_id),
        ok=(200,),
        opts=opts,
        body_key="volume",
        response_key="volume",
        response_type=Volume,
    )


def delete(
    client: ServiceClient,
    volume_id: str,
    opts: DeleteOpts | None = None,
) -> None:
    """Deletes a volume; the deletion finishes in the background.

    DELETE ``/volumes/{volume_id}``

    Args:
        client: The block-storage v3 service client.
        volume_id: The UUID of the volume.
        opts: The options of the request (:class:`DeleteOpts`).
    """
    client.call(
        "DELETE",
        resource_url(client, volume_id),
        ok=(202,),
        opts=opts,
    )


def summary(
    client: ServiceClient,
    opts: SummaryOpts | None = None,
) -> VolumesSummary:
    """Counts the volumes of the project and adds up their sizes.

    Microversions: 3.12 and later.

    GET ``/volumes/summary``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`SummaryOpts`).
    """
    client.check_operation_version("volumes.summary", "3.12", None)
    return client.call(
        "GET",
        summary_url(client),
        ok=(200,),
        opts=opts,
        response_key="volume-summary",
        response_type=VolumesSummary,
    )


def get_metadata(
    client: ServiceClient,
    volume_id: str,
) -> dict[str, str]:
    """Shows the user metadata of a volume.

    GET ``/volumes/{volume_id}/metadata``

    Args:
        client: The block-storage v3 service client.
        volume_id: The UUID of the volume.
    """
    return client.call(
        "GET",
        get_metadata_url(client, volume_id),
        ok=(200,),
        response_key="metadata",
        response_type=dict[str, str],
    )


def create_metadata(
    client: ServiceClient,
    volume_id: str,
    opts: CreateMetadataOpts,
) -> dict[str, str]:
    """Adds metadata entries to a volume, overwriting the keys that exist and keeping the others;
    returns the entries sent.

    POST ``/volumes/{volume_id}/metadata``

    Args:
        client: The block-storage v3 service client.
        volume_id: The UUID of the volume.
        opts: The options of the request (:class:`CreateMetadataOpts`).
    """
    return client.call(
        "POST",
        get_metadata_url(client, volume_id),
        ok=(200, 202),
        opts=opts,
        response_key="metadata",
        response_type=dict[str, str],
    )


def replace_metadata(
    client: ServiceClient,
    volume_id: str,
    opts: ReplaceMetadataOpts,
) -> dict[str, str]:
    """Replaces all the user metadata of a volume with the given entries.

    PUT ``/volumes/{volume_id}/metadata``

    Args:
        client: The block-storage v3 service client.
        volume_id: The UUID of the volume.
        opts: The options of the request (:class:`ReplaceMetadataOpts`).
    """
    return client.call(
        "PUT",
        get_metadata_url(client, volume_id),
        ok=(200,),
        opts=opts,
        response_key="metadata",
        response_type=dict[str, str],
    )


def get_metadata_item(
    client: ServiceClient,
    volume_id: str,
    key: str,
) -> dict[str, str]:
    """Shows one metadata entry of a volume, as a one-entry mapping of its key to its value.

    GET ``/volumes/{volume_id}/metadata/{key}``

    Args:
        client: The block-storage v3 service client.
        volume_id: The UUID of the volume.
        key: The metadata key.
    """
    return client.call(
        "GET",
        get_metadata_item_url(client, volume_id, key),
        ok=(200,),
        response_key="meta",
        response_type=dict[str, str],
    )


def set_metadata_item(
    client: ServiceClient,
    volume_id: str,
    key: str,
    opts: SetMetadataItemOpts,
) -> dict[str, str]:
    """Sets the value of one metadata entry of a volume.

    PUT ``/volumes/{volume_id}/metadata/{key}``

    Args:
        client: The block-storage v3 service client.
        volume_id: The UUID of the volume.
        key: The metadata key.
        opts: The options of the request (:class:`SetMetadataItemOpts`).
    """
    return client.call(
        "PUT",
        get_metadata_item_url(client, volume_id, key),
        ok=(200,),
        opts=opts,
        response_key="meta",
        response_type=dict[str, str],
    )


def delete_metadata_item(
    client: ServiceClient,
    volume_id: str,
    key: str,
) -> None:
    """Deletes one metadata entry of a volume.

    DELETE ``/volumes/{volume_id}/metadata/{key}``

    Args:
        client: The block-storage v3 service client.
        volume_id: The UUID of the volume.
        key: The metadata key.
    """
    client.call(
        "DELETE",
        get_metadata_item_url(client, volume_id, key),
        ok=(200,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Volume:
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
        what="Volume",
    )


def wait_for_status(
    client: ServiceClient,
    volume_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    predicate: Callable[[Volume], bool] | None = None,
) -> Volume:
    """Polls get until status is one of status (and predicate holds).

    Failure statuses (error, error_extending, error_restoring, error_deleting, error_managing) raise ResourceFailed at once.
    Returns the resource; WaitTimeout after timeout seconds.
    """
    return waiters.wait_for_status(
        lambda: get(client, volume_id),
        status,
        failures=(
            "error",
            "error_extending",
            "error_restoring",
            "error_deleting",
            "error_managing",
        ),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="Volume",
        predicate=predicate,
    )


def wait_for_delete(
    client: ServiceClient,
    volume_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
) -> None:
    """Polls get until it answers 404 (the resource is deleted).

    Failure statuses (error, error_extending, error_restoring, error_deleting, error_managing) raise ResourceFailed at once;
    WaitTimeout after timeout seconds.
    """
    waiters.wait_for_delete(
        lambda: get(client, volume_id),
        failures=(
            "error",
            "error_extending",
            "error_restoring",
            "error_deleting",
            "error_managing",
        ),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="Volume",
    )
