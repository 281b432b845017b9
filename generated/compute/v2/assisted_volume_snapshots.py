"""Assisted volume snapshots let Cinder drivers that keep volumes as files (NFS, GlusterFS, ...)
ask Nova to snapshot or delete a snapshot of a volume attached to a running server. Meant for
Cinder, not end users.
"""

# Generated from specs/compute/v2/assisted_volume_snapshots.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import ClassVar

import msgspec

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "AssistedSnapshot",
    "SnapshotCreateInfo",
    "CreateOpts",
    "DeleteOpts",
    "create",
    "delete",
    "create_url",
    "delete_url",
]


class AssistedSnapshot(Model):
    """The snapshot Nova took."""

    id: str | UnsetType | None = UNSET
    """The id given in create_info, echoed back (not used by Nova)."""

    volume_id: str | UnsetType | None = msgspec.field(default=UNSET, name="volumeId")
    """The ID of the volume."""


class SnapshotCreateInfo(Model):
    """How to take the snapshot."""

    snapshot_id: str
    """The UUID of the Cinder snapshot."""

    type: str
    """The snapshot type."""

    new_file: str
    """The name of the qcow2 file Cinder created, which becomes the server's active image."""

    id: str | UnsetType | None = UNSET
    """Any string; returned as is."""


class CreateOpts(Options):
    """Options for :func:`create`."""

    volume_id: str
    """The ID of the volume to snapshot."""

    create_info: SnapshotCreateInfo
    """How to take the snapshot."""


class DeleteOpts(Options):
    """Options for :func:`delete`."""

    delete_info: str
    """A JSON object naming the volume, such as {"volume_id": "<uuid>"}."""

    locations: ClassVar[dict[str, str]] = {
        "delete_info": "query",
    }


def create_url(client: ServiceClient) -> str:
    """The URL `/os-assisted-volume-snapshots`."""
    return client.url("/os-assisted-volume-snapshots")


def delete_url(client: ServiceClient, snapshot_id: str) -> str:
    """The URL `/os-assisted-volume-snapshots/{snapshot_id}`."""
    return client.url("/os-assisted-volume-snapshots/{snapshot_id}", snapshot_id=snapshot_id)


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> AssistedSnapshot:
    """Snapshots a volume attached to a server, on behalf of Cinder.

    POST ``/os-assisted-volume-snapshots``

    Args:
        client: The compute v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        create_url(client),
        ok=(200,),
        opts=opts,
        body_key="snapshot",
        response_key="snapshot",
        response_type=AssistedSnapshot,
    )


def delete(
    client: ServiceClient,
    snapshot_id: str,
    opts: DeleteOpts,
) -> None:
    """Deletes a snapshot of a volume attached to a server, on behalf of Cinder.

    DELETE ``/os-assisted-volume-snapshots/{snapshot_id}``

    Args:
        client: The compute v2 service client.
        snapshot_id: The UUID of the snapshot.
        opts: The options of the request (:class:`DeleteOpts`).
    """
    client.call(
        "DELETE",
        delete_url(client, snapshot_id),
        ok=(204,),
        opts=opts,
    )
