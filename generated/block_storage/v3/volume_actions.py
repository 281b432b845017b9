"""Actions on a volume, each a POST to /volumes/{volume_id}/action whose body names the action:
resizing, status resets, image metadata, the legacy attach and detach flow (reserve,
initialize connection, attach, begin detaching, terminate connection, detach), retype and
migration, upload to an image, revert to a snapshot, reimage, unmanage and force delete.
"""

# Generated from specs/block_storage/v3/volume_actions.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Literal

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "ConnectionInfo",
    "MigrationCompletion",
    "UploadedImage",
    "ExtendOpts",
    "CompleteExtendOpts",
    "ResetStatusOpts",
    "RevertToSnapshotOpts",
    "SetImageMetadataOpts",
    "UnsetImageMetadataOpts",
    "AttachOpts",
    "DetachOpts",
    "ForceDetachOpts",
    "RetypeOpts",
    "MigrateOpts",
    "CompleteMigrationOpts",
    "SetBootableOpts",
    "UploadToImageOpts",
    "InitializeConnectionOpts",
    "TerminateConnectionOpts",
    "UpdateReadonlyFlagOpts",
    "ReimageOpts",
    "extend",
    "complete_extend",
    "reset_status",
    "revert_to_snapshot",
    "set_image_metadata",
    "unset_image_metadata",
    "show_image_metadata",
    "attach",
    "detach",
    "unmanage",
    "force_detach",
    "retype",
    "migrate",
    "complete_migration",
    "force_delete",
    "set_bootable",
    "upload_to_image",
    "reserve",
    "unreserve",
    "begin_detaching",
    "roll_detaching",
    "initialize_connection",
    "terminate_connection",
    "update_readonly_flag",
    "reimage",
    "action_url",
]


class ConnectionInfo(Model):
    """How a host connects to a volume, as returned by the volume driver."""

    driver_volume_type: str | UnsetType | None = UNSET
    """The transport protocol, such as iscsi, rbd, nfs or fibre_channel."""

    data: dict[str, Any] | UnsetType | None = UNSET
    """Protocol-specific connection properties (target, LUN, credentials, ...)."""

    enforce_multipath: bool | UnsetType | None = UNSET
    """Whether the host must connect through multipath (as the connector asked)."""


class MigrationCompletion(Model):
    """The answer to completing a migration."""

    save_volume_id: str | UnsetType | None = UNSET
    """The ID of the volume record that was kept."""


class UploadedImage(Model):
    """The image being made from a volume."""

    id: str | UnsetType | None = UNSET
    """The ID of the volume being uploaded."""

    image_id: str | UnsetType | None = UNSET
    """The ID of the new image."""

    image_name: str | UnsetType | None = UNSET
    """The name of the new image."""

    status: str | UnsetType | None = UNSET
    """The state of the volume (uploading while the copy runs)."""

    size: int | UnsetType | None = UNSET
    """The size of the volume in GiB."""

    disk_format: str | UnsetType | None = UNSET
    """The disk format of the new image."""

    container_format: str | UnsetType | None = UNSET
    """The container format of the new image."""

    visibility: str | UnsetType | None = UNSET
    """The visibility of the new image."""

    protected: bool | UnsetType | None = UNSET
    """Whether the new image is protected from deletion."""

    display_description: str | UnsetType | None = UNSET
    """The description of the volume."""

    volume_type: dict[str, Any] | UnsetType | None = UNSET
    """The volume type of the volume, as an object, or null."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the volume was last changed."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("visibility", "3.1", None),
        ("protected", "3.1", None),
    )


class ExtendOpts(Options):
    """Options for :func:`extend`."""

    new_size: int
    """The new size in GiB, larger than the current one."""


class CompleteExtendOpts(Options):
    """Options for :func:`complete_extend`."""

    error: bool | UnsetType = UNSET
    """True when the extend failed outside Cinder; the size change is then rolled back."""


class ResetStatusOpts(Options):
    """Options for :func:`reset_status`."""

    status: str | UnsetType = UNSET
    """The new volume status, such as available or error."""

    attach_status: Literal["attached", "detached"] | UnsetType = UNSET
    """The new attach status."""

    migration_status: str | UnsetType = UNSET
    """The new migration status, such as none or error."""


class RevertToSnapshotOpts(Options):
    """Options for :func:`revert_to_snapshot`."""

    snapshot_id: str
    """The ID of the snapshot to revert to; must be the latest snapshot of the volume."""


class SetImageMetadataOpts(Options):
    """Options for :func:`set_image_metadata`."""

    metadata: dict[str, str]
    """The entries to set, key to value."""


class UnsetImageMetadataOpts(Options):
    """Options for :func:`unset_image_metadata`."""

    key: str
    """The key of the entry to remove."""


class AttachOpts(Options):
    """Options for :func:`attach`."""

    mountpoint: str
    """The device the volume appears as, such as /dev/vdc."""

    instance_uuid: str | UnsetType = UNSET
    """The UUID of the server to attach to (give this or host_name)."""

    host_name: str | UnsetType = UNSET
    """The host to attach to (give this or instance_uuid)."""


class DetachOpts(Options):
    """Options for :func:`detach`."""

    attachment_id: str | UnsetType = UNSET
    """The attachment to end; needed when the volume has several."""


class ForceDetachOpts(Options):
    """Options for :func:`force_detach`."""

    attachment_id: str | UnsetType = UNSET
    """The attachment to end."""

    connector: dict[str, Any] | UnsetType = UNSET
    """The connector of the host to disconnect (initiator, host, ip, ...)."""


class RetypeOpts(Options):
    """Options for :func:`retype`."""

    new_type: str
    """The name or ID of the new volume type."""

    migration_policy: Literal["never", "on-demand"] | UnsetType = UNSET
    """Whether Cinder may migrate the volume to satisfy the new type (default never)."""


class MigrateOpts(Options):
    """Options for :func:`migrate`."""

    host: str | UnsetType = UNSET
    """The destination back end, as host@backend#pool."""

    cluster: str | UnsetType = UNSET
    """The destination cluster, as cluster@backend (instead of host)."""

    force_host_copy: bool | UnsetType = UNSET
    """Copies the data through the host instead of letting the driver optimise the move."""

    lock_volume: bool | UnsetType = UNSET
    """Keeps other operations from changing the volume while it migrates."""

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "cluster": ("3.16", None),
    }


class CompleteMigrationOpts(Options):
    """Options for :func:`complete_migration`."""

    new_volume: str
    """The ID of the volume that received the data."""

    error: bool | UnsetType = UNSET
    """True when the migration failed and must be cleaned up instead."""


class SetBootableOpts(Options):
    """Options for :func:`set_bootable`."""

    bootable: bool
    """Whether servers may boot from the volume."""


class UploadToImageOpts(Options):
    """Options for :func:`upload_to_image`."""

    image_name: str
    """The name of the new image."""

    force: bool | UnsetType = UNSET
    """Uploads an in-use volume too (off unless the cloud enables it)."""

    disk_format: str | UnsetType = UNSET
    """The disk format of the image (default raw)."""

    container_format: str | UnsetType = UNSET
    """The container format of the image (default bare)."""

    visibility: Literal["public", "private", "shared", "community"] | UnsetType = UNSET
    """Who may see the new image (default private)."""

    protected: bool | UnsetType = UNSET
    """Protects the new image from deletion."""

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "visibility": ("3.1", None),
        "protected": ("3.1", None),
    }


class InitializeConnectionOpts(Options):
    """Options for :func:`initialize_connection`."""

    connector: dict[str, Any]
    """The connector of the host (initiator, host, ip, platform, os_type, multipath, ...)."""


class TerminateConnectionOpts(Options):
    """Options for :func:`terminate_connection`."""

    connector: dict[str, Any]
    """The connector of the host that was connected."""


class UpdateReadonlyFlagOpts(Options):
    """Options for :func:`update_readonly_flag`."""

    readonly: bool
    """True for read-only access, false for read-write."""


class ReimageOpts(Options):
    """Options for :func:`reimage`."""

    image_id: str
    """The ID of the image to write to the volume."""

    reimage_reserved: bool | UnsetType = UNSET
    """Allows reimaging a volume in the reserved state too (as Nova does for rebuild)."""


def action_url(client: ServiceClient, volume_id: str) -> str:
    """The URL `/volumes/{volume_id}/action`."""
    return client.url("/volumes/{volume_id}/action", volume_id=volume_id)


def extend(
    client: ServiceClient,
    volume_id: str,
    opts: ExtendOpts,
) -> None:
    """Grows a volume to a new size in GiB. Up to 3.41 the volume must be available; from 3.42 an
    in-use volume may be extended where the cloud allows it.

    POST ``/volumes/{volume_id}/action`` (action os-extend)

    Args:
        client: The block-storage v3 service client.
        volume_id: The UUID of the volume.
        opts: The options of the request (:class:`ExtendOpts`).
    """
    client.call(
        "POST",
        action_url(client, volume_id),
        ok=(202,),
        opts=opts,
        body_key="os-extend",
        empty="object",
    )


def complete_extend(
    client: ServiceClient,
    volume_id: str,
    opts: CompleteExtendOpts | None = None,
) -> None:
    """Reports the end of an extend of an attached volume that the compute service carried out, so
    the volume leaves the extending state (normally called by Nova).

    Microversions: 3.71 and later.

    POST ``/volumes/{volume_id}/action`` (action os-extend_volume_completion)

    Args:
        client: The block-storage v3 service client.
        volume_id: The UUID of the volume.
        opts: The options of the request (:class:`CompleteExtendOpts`).
    """
    client.check_operation_version("volume_actions.complete_extend", "3.71", None)
    client.call(
        "POST",
        action_url(client, volume_id),
        ok=(202,),
        opts=opts,
        body_key="os-extend_volume_completion",
        empty="object",
    )


def reset_status(
    client: ServiceClient,
    volume_id: str,
    opts: ResetStatusOpts | None = None,
) -> None:
    """Overwrites the status, attach status or migration status of a volume in the database (admins
    by default).

    POST ``/volumes/{volume_id}/action`` (action os-reset_status)

    Args:
        client: The block-storage v3 service client.
        volume_id: The UUID of the volume.
        opts: The options of the request (:class:`ResetStatusOpts`).
    """
    client.call(
        "POST",
        action_url(client, volume_id),
        ok=(202,),
        opts=opts,
        body_key="os-reset_status",
        empty="object",
    )


def revert_to_snapshot(
    client: ServiceClient,
    volume_id: str,
    opts: RevertToSnapshotOpts,
) -> None:
    """Reverts an available, detached volume to its latest snapshot.

    Microversions: 3.40 and later.

    POST ``/volumes/{volume_id}/action`` (action revert)

    Args:
        client: The block-storage v3 service client.
        volume_id: The UUID of the volume.
        opts: The options of the request (:class:`RevertToSnapshotOpts`).
    """
    client.check_operation_version("volume_actions.revert_to_snapshot", "3.40", None)
    client.call(
        "POST",
        action_url(client, volume_id),
        ok=(202,),
        opts=opts,
        body_key="revert",
        empty="object",
    )


def set_image_metadata(
    client: ServiceClient,
    volume_id: str,
    opts: SetImageMetadataOpts,
) -> dict[str, str]:
    """Adds or overwrites image metadata entries of a volume; returns the whole image metadata.

    POST ``/volumes/{volume_id}/action`` (action os-set_image_metadata)

    Args:
        client: The block-storage v3 service client.
        volume_id: The UUID of the volume.
        opts: The options of the request (:class:`SetImageMetadataOpts`).
    """
    return client.call(
        "POST",
        action_url(client, volume_id),
        ok=(200,),
        opts=opts,
        body_key="os-set_image_metadata",
        empty="object",
        response_key="metadata",
        response_type=dict[str, str],
    )


def unset_image_metadata(
    client: ServiceClient,
    volume_id: str,
    opts: UnsetImageMetadataOpts,
) -> None:
    """Removes one image metadata entry from a volume.

    POST ``/volumes/{volume_id}/action`` (action os-unset_image_metadata)

    Args:
        client: The block-storage v3 service client.
        volume_id: The UUID of the volume.
        opts: The options of the request (:class:`UnsetImageMetadataOpts`).
    """
    client.call(
        "POST",
        action_url(client, volume_id),
        ok=(200,),
        opts=opts,
        body_key="os-unset_image_metadata",
        empty="object",
    )


def show_image_metadata(
    client: ServiceClient,
    volume_id: str,
) -> dict[str, str]:
    """Shows the image metadata of a volume.

    POST ``/volumes/{volume_id}/action`` (action os-show_image_metadata)

    Args:
        client: The block-storage v3 service client.
        volume_id: The UUID of the volume.
    """
    return client.call(
        "POST",
        action_url(client, volume_id),
        ok=(200,),
        body_key="os-show_image_metadata",
        empty="object",
        response_key="metadata",
        response_type=dict[str, str],
    )


def attach(
    client: ServiceClient,
    volume_id: str,
    opts: AttachOpts,
) -> None:
    """Marks a volume as attached to a server or host (legacy attach flow; the attachments API
    replaces it from 3.27).

    POST ``/volumes/{volume_id}/action`` (action os-attach)

    Args:
        client: The block-storage v3 service client.
        volume_id: The UUID of the volume.
        opts: The options of the request (:class:`AttachOpts`).
    """
    client.call(
        "POST",
        action_url(client, volume_id),
        ok=(202,),
        opts=opts,
        body_key="os-attach",
        empty="object",
    )


def detach(
    client: ServiceClient,
    volume_id: str,
    opts: DetachOpts | None = None,
) -> None:
    """Marks a volume as detached (legacy flow); the volume must be in use.

    POST ``/volumes/{volume_id}/action`` (action os-detach)

    Args:
        client: The block-storage v3 service client.
        volume_id: The UUID of the volume.
        opts: The options of the request (:class:`DetachOpts`).
    """
    client.call(
        "POST",
        action_url(client, volume_id),
        ok=(202,),
        opts=opts,
        body_key="os-detach",
        empty="object",
    )


def unmanage(
    client: ServiceClient,
    volume_id: str,
) -> None:
    """Removes an available volume from Cinder's records while leaving the storage object on the
    back end.

    POST ``/volumes/{volume_id}/action`` (action os-unmanage)

    Args:
        client: The block-storage v3 service client.
        volume_id: The UUID of the volume.
    """
    client.call(
        "POST",
        action_url(client, volume_id),
        ok=(202,),
        body_key="os-unmanage",
        empty="object",
    )


def force_detach(
    client: ServiceClient,
    volume_id: str,
    opts: ForceDetachOpts | None = None,
) -> None:
    """Detaches a volume whatever its state and rolls back a failed detach (admins by default).

    POST ``/volumes/{volume_id}/action`` (action os-force_detach)

    Args:
        client: The block-storage v3 service client.
        volume_id: The UUID of the volume.
        opts: The options of the request (:class:`ForceDetachOpts`).
    """
    client.call(
        "POST",
        action_url(client, volume_id),
        ok=(202,),
        opts=opts,
        body_key="os-force_detach",
        empty="object",
    )


def retype(
    client: ServiceClient,
    volume_id: str,
    opts: RetypeOpts,
) -> None:
    """Changes the volume type of a volume, migrating it to another back end if the policy allows.

    POST ``/volumes/{volume_id}/action`` (action os-retype)

    Args:
        client: The block-storage v3 service client.
        volume_id: The UUID of the volume.
        opts: The options of the request (:class:`RetypeOpts`).
    """
    client.call(
        "POST",
        action_url(client, volume_id),
        ok=(202,),
        opts=opts,
        body_key="os-retype",
        empty="object",
    )


def migrate(
    client: ServiceClient,
    volume_id: str,
    opts: MigrateOpts | None = None,
) -> None:
    """Moves a volume to another back-end host or, from 3.16, cluster (admins by default); give
    host or cluster.

    POST ``/volumes/{volume_id}/action`` (action os-migrate_volume)

    Args:
        client: The block-storage v3 service client.
        volume_id: The UUID of the volume.
        opts: The options of the request (:class:`MigrateOpts`).
    """
    client.call(
        "POST",
        action_url(client, volume_id),
        ok=(202,),
        opts=opts,
        body_key="os-migrate_volume",
        empty="object",
    )


def complete_migration(
    client: ServiceClient,
    volume_id: str,
    opts: CompleteMigrationOpts,
) -> MigrationCompletion:
    """Finishes a migration by swapping the new volume in for the original one and deleting the
    original (normally called by Cinder or Nova).

    POST ``/volumes/{volume_id}/action`` (action os-migrate_volume_completion)

    Args:
        client: The block-storage v3 service client.
        volume_id: The UUID of the volume.
        opts: The options of the request (:class:`CompleteMigrationOpts`).
    """
    return client.call(
        "POST",
        action_url(client, volume_id),
        ok=(200, 202),
        opts=opts,
        body_key="os-migrate_volume_completion",
        empty="object",
        response_type=MigrationCompletion,
    )


def force_delete(
    client: ServiceClient,
    volume_id: str,
) -> None:
    """Deletes a volume whatever its state (admins by default).

    POST ``/volumes/{volume_id}/action`` (action os-force_delete)

    Args:
        client: The block-storage v3 service client.
        volume_id: The UUID of the volume.
    """
    client.call(
        "POST",
        action_url(client, volume_id),
        ok=(202,),
        body_key="os-force_delete",
        empty="object",
    )


def set_bootable(
    client: ServiceClient,
    volume_id: str,
    opts: SetBootableOpts,
) -> None:
    """Marks a volume as bootable or not.

    POST ``/volumes/{volume_id}/action`` (action os-set_bootable)

    Args:
        client: The block-storage v3 service client.
        volume_id: The UUID of the volume.
        opts: The options of the request (:class:`SetBootableOpts`).
    """
    client.call(
        "POST",
        action_url(client, volume_id),
        ok=(200,),
        opts=opts,
        body_key="os-set_bootable",
        empty="object",
    )


def upload_to_image(
    client: ServiceClient,
    volume_id: str,
    opts: UploadToImageOpts,
) -> UploadedImage:
    """Copies a volume into a new image in the image service; the copy runs in the background.

    POST ``/volumes/{volume_id}/action`` (action os-volume_upload_image)

    Args:
        client: The block-storage v3 service client.
        volume_id: The UUID of the volume.
        opts: The options of the request (:class:`UploadToImageOpts`).
    """
    return client.call(
        "POST",
        action_url(client, volume_id),
        ok=(202,),
        opts=opts,
        body_key="os-volume_upload_image",
        empty="object",
        response_key="os-volume_upload_image",
        response_type=UploadedImage,
    )


def reserve(
    client: ServiceClient,
    volume_id: str,
) -> None:
    """Marks an available volume as reserved for an attach that is about to happen.

    POST ``/volumes/{volume_id}/action`` (action os-reserve)

    Args:
        client: The block-storage v3 service client.
        volume_id: The UUID of the volume.
    """
    client.call(
        "POST",
        action_url(client, volume_id),
        ok=(202,),
        body_key="os-reserve",
        empty="object",
    )


def unreserve(
    client: ServiceClient,
    volume_id: str,
) -> None:
    """Returns a reserved volume to available.

    POST ``/volumes/{volume_id}/action`` (action os-unreserve)

    Args:
        client: The block-storage v3 service client.
        volume_id: The UUID of the volume.
    """
    client.call(
        "POST",
        action_url(client, volume_id),
        ok=(202,),
        body_key="os-unreserve",
        empty="object",
    )


def begin_detaching(
    client: ServiceClient,
    volume_id: str,
) -> None:
    """Moves an in-use volume to the detaching state before a detach.

    POST ``/volumes/{volume_id}/action`` (action os-begin_detaching)

    Args:
        client: The block-storage v3 service client.
        volume_id: The UUID of the volume.
    """
    client.call(
        "POST",
        action_url(client, volume_id),
        ok=(202,),
        body_key="os-begin_detaching",
        empty="object",
    )


def roll_detaching(
    client: ServiceClient,
    volume_id: str,
) -> None:
    """Moves a detaching volume back to in-use after a failed detach.

    POST ``/volumes/{volume_id}/action`` (action os-roll_detaching)

    Args:
        client: The block-storage v3 service client.
        volume_id: The UUID of the volume.
    """
    client.call(
        "POST",
        action_url(client, volume_id),
        ok=(202,),
        body_key="os-roll_detaching",
        empty="object",
    )


def initialize_connection(
    client: ServiceClient,
    volume_id: str,
    opts: InitializeConnectionOpts,
) -> ConnectionInfo:
    """Exports a volume to a host and returns how to connect to it.

    POST ``/volumes/{volume_id}/action`` (action os-initialize_connection)

    Args:
        client: The block-storage v3 service client.
        volume_id: The UUID of the volume.
        opts: The options of the request (:class:`InitializeConnectionOpts`).
    """
    return client.call(
        "POST",
        action_url(client, volume_id),
        ok=(200,),
        opts=opts,
        body_key="os-initialize_connection",
        empty="object",
        response_key="connection_info",
        response_type=ConnectionInfo,
    )


def terminate_connection(
    client: ServiceClient,
    volume_id: str,
    opts: TerminateConnectionOpts,
) -> None:
    """Removes the export of a volume to a host.

    POST ``/volumes/{volume_id}/action`` (action os-terminate_connection)

    Args:
        client: The block-storage v3 service client.
        volume_id: The UUID of the volume.
        opts: The options of the request (:class:`TerminateConnectionOpts`).
    """
    client.call(
        "POST",
        action_url(client, volume_id),
        ok=(202,),
        opts=opts,
        body_key="os-terminate_connection",
        empty="object",
    )


def update_readonly_flag(
    client: ServiceClient,
    volume_id: str,
    opts: UpdateReadonlyFlagOpts,
) -> None:
    """Sets whether a volume is attached read-only from now on.

    POST ``/volumes/{volume_id}/action`` (action os-update_readonly_flag)

    Args:
        client: The block-storage v3 service client.
        volume_id: The UUID of the volume.
        opts: The options of the request (:class:`UpdateReadonlyFlagOpts`).
    """
    client.call(
        "POST",
        action_url(client, volume_id),
        ok=(202,),
        opts=opts,
        body_key="os-update_readonly_flag",
        empty="object",
    )


def reimage(
    client: ServiceClient,
    volume_id: str,
    opts: ReimageOpts,
) -> None:
    """Rewrites a volume with the contents of an image, keeping its ID and attachments.

    Microversions: 3.68 and later.

    POST ``/volumes/{volume_id}/action`` (action os-reimage)

    Args:
        client: The block-storage v3 service client.
        volume_id: The UUID of the volume.
        opts: The options of the request (:class:`ReimageOpts`).
    """
    client.check_operation_version("volume_actions.reimage", "3.68", None)
    client.call(
        "POST",
        action_url(client, volume_id),
        ok=(202,),
        opts=opts,
        body_key="os-reimage",
        empty="object",
    )
