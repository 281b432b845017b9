"""Volume attachments of a server (os-volume_attachments): list, attach, show, update (swap or
change delete_on_termination) and detach Cinder volumes.
"""

# Generated from specs/compute/v2/volume_attachments.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar

import msgspec

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "VolumeAttachment",
    "NewVolumeAttachment",
    "ListOpts",
    "CreateOpts",
    "UpdateOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "list_url",
    "resource_url",
]


class VolumeAttachment(Model):
    """A volume attached to a server, as list and show return it."""

    volume_id: str = msgspec.field(name="volumeId")
    """The UUID of the attached volume."""

    id: str | UnsetType | None = UNSET
    """The ID of the attached volume (the attachment has no ID of its own here)."""

    server_id: str | UnsetType | None = msgspec.field(default=UNSET, name="serverId")
    """The UUID of the server."""

    device: str | UnsetType | None = UNSET
    """The device name in the server, such as /dev/vdb."""

    tag: str | UnsetType | None = UNSET
    """The device role tag of the attachment, or null."""

    delete_on_termination: bool | UnsetType | None = UNSET
    """Whether the volume is deleted along with the server."""

    attachment_id: str | UnsetType | None = UNSET
    """The UUID of the volume attachment in Cinder."""

    bdm_uuid: str | UnsetType | None = UNSET
    """The UUID of the block device mapping in Nova."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("id", None, "2.88"),
        ("tag", "2.70", None),
        ("delete_on_termination", "2.79", None),
        ("attachment_id", "2.89", None),
        ("bdm_uuid", "2.89", None),
    )


class NewVolumeAttachment(Model):
    """A volume attachment as the attach request returns it."""

    volume_id: str = msgspec.field(name="volumeId")
    """The UUID of the attached volume."""

    id: str | UnsetType | None = UNSET
    """The ID of the attached volume."""

    server_id: str | UnsetType | None = msgspec.field(default=UNSET, name="serverId")
    """The UUID of the server."""

    device: str | UnsetType | None = UNSET
    """The device name in the server, such as /dev/vdb."""

    tag: str | UnsetType | None = UNSET
    """The device role tag of the attachment, or null."""

    delete_on_termination: bool | UnsetType | None = UNSET
    """Whether the volume is deleted along with the server."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("tag", "2.70", None),
        ("delete_on_termination", "2.79", None),
    )


class ListOpts(Options):
    """Options for :func:`list`."""

    limit: int | UnsetType = UNSET
    """The maximum number of attachments to return."""

    offset: int | UnsetType = UNSET
    """The number of attachments to skip."""

    locations: ClassVar[dict[str, str]] = {
        "limit": "query",
        "offset": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    volume_id: str = msgspec.field(name="volumeId")
    """The UUID of the volume to attach."""

    device: str | UnsetType | None = UNSET
    """The device name to use, such as /dev/vdb; automatic when omitted (libvirt ignores it)."""

    tag: str | UnsetType = UNSET
    """A device role tag the guest can read from the metadata."""

    delete_on_termination: bool | UnsetType = UNSET
    """Delete the volume along with the server (default false)."""

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "tag": ("2.49", None),
        "delete_on_termination": ("2.79", None),
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    new_volume_id: str = msgspec.field(name="volumeId")
    """The UUID of the volume to attach; the attached one unless swapping."""

    delete_on_termination: bool | UnsetType = UNSET
    """Whether the volume is deleted along with the server."""

    device: str | UnsetType | None = UNSET
    """The device name of the attachment (cannot be changed)."""

    attachment_server_id: str | UnsetType = msgspec.field(default=UNSET, name="serverId")
    """The UUID of the server (cannot be changed)."""

    tag: str | UnsetType | None = UNSET
    """The device role tag of the attachment (cannot be changed)."""

    id: str | UnsetType = UNSET
    """The ID of the attachment (cannot be changed)."""

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "delete_on_termination": ("2.85", None),
        "device": ("2.85", None),
        "attachment_server_id": ("2.85", None),
        "tag": ("2.85", None),
        "id": ("2.85", None),
    }


def list_url(client: ServiceClient, server_id: str) -> str:
    """The URL `/servers/{server_id}/os-volume_attachments`."""
    return client.url("/servers/{server_id}/os-volume_attachments", server_id=server_id)


def resource_url(client: ServiceClient, server_id: str, volume_id: str) -> str:
    """The URL `/servers/{server_id}/os-volume_attachments/{volume_id}`."""
    return client.url(
        "/servers/{server_id}/os-volume_attachments/{volume_id}",
        server_id=server_id,
        volume_id=volume_id,
    )


def list(
    client: ServiceClient,
    server_id: str,
    opts: ListOpts | None = None,
) -> builtins.list[VolumeAttachment]:
    """Lists the volume attachments of a server.

    GET ``/servers/{server_id}/os-volume_attachments``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.call(
        "GET",
        list_url(client, server_id),
        ok=(200,),
        opts=opts,
        response_key="volumeAttachments",
        response_type=builtins.list[VolumeAttachment],
    )


def create(
    client: ServiceClient,
    server_id: str,
    opts: CreateOpts,
) -> NewVolumeAttachment | None:
    """Attaches a volume to a server. The attachment completes asynchronously; from microversion
    2.101 the service answers 202 with no body.

    POST ``/servers/{server_id}/os-volume_attachments``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        opts: The options of the request (:class:`CreateOpts`).

    Returns:
        None above microversion 2.100, whose answer has no body.
    """
    return client.call(
        "POST",
        list_url(client, server_id),
        ok=(200, 202),
        opts=opts,
        body_key="volumeAttachment",
        response_key="volumeAttachment",
        response_type=NewVolumeAttachment if client.body_until("2.100") else None,
    )


def get(
    client: ServiceClient,
    server_id: str,
    volume_id: str,
) -> VolumeAttachment:
    """Shows a volume attachment of a server.

    GET ``/servers/{server_id}/os-volume_attachments/{volume_id}``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        volume_id: The UUID of the attached volume.
    """
    return client.call(
        "GET",
        resource_url(client, server_id, volume_id),
        ok=(200,),
        response_key="volumeAttachment",
        response_type=VolumeAttachment,
    )


def update(
    client: ServiceClient,
    server_id: str,
    volume_id: str,
    opts: UpdateOpts,
) -> None:
    """Updates a volume attachment: swaps the attached volume for another (volumeId differs;
    normally Cinder's job) or, from microversion 2.85, changes delete_on_termination. Other
    fields, when given, must match the current attachment.

    PUT ``/servers/{server_id}/os-volume_attachments/{volume_id}``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        volume_id: The UUID of the attached volume.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    client.call(
        "PUT",
        resource_url(client, server_id, volume_id),
        ok=(202,),
        opts=opts,
        body_key="volumeAttachment",
    )


def delete(
    client: ServiceClient,
    server_id: str,
    volume_id: str,
) -> None:
    """Detaches a volume from a server.

    DELETE ``/servers/{server_id}/os-volume_attachments/{volume_id}``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        volume_id: The UUID of the attached volume.
    """
    client.call(
        "DELETE",
        resource_url(client, server_id, volume_id),
        ok=(202,),
    )
