"""Attachments (from microversion 3.27) record the connection of a volume to a server or host:
create one to reserve the volume, update it with the host's connector to get the connection
info, complete it once the host is connected, and delete it to detach.
"""

# Generated from specs/block_storage/v3/attachments.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "Attachment",
    "AttachmentSummary",
    "ListOpts",
    "CreateOpts",
    "UpdateOpts",
    "list_summary",
    "list",
    "get",
    "create",
    "update",
    "delete",
    "complete",
    "create_url",
    "list_url",
    "resource_url",
    "action_url",
]


class Attachment(Model):
    """An attachment of a volume, with its details."""

    id: str
    """The ID of the attachment."""

    volume_id: str | UnsetType | None = UNSET
    """The ID of the attached volume."""

    instance: str | UnsetType | None = UNSET
    """The UUID of the server the volume is attached to."""

    status: str | UnsetType | None = UNSET
    """The attach status, such as reserved, attaching, attached or detached."""

    attach_mode: str | UnsetType | None = UNSET
    """The access mode, rw (read-write) or ro (read-only); the string "null" until the
    attachment is completed.
    """

    attached_at: str | UnsetType | None = UNSET
    """When the volume was attached (ISO 8601); an empty string until the attachment is
    completed (Cinder sends \"", which is no date).
    """

    detached_at: str | UnsetType | None = UNSET
    """When the volume was detached (ISO 8601); an empty string while it is not."""

    connection_info: dict[str, Any] | UnsetType | None = UNSET
    """How the host connects to the volume (driver_volume_type, data, ...); empty until the
    attachment is updated with a connector.
    """


class AttachmentSummary(Model):
    """An attachment as listed by the summary listing."""

    id: str
    """The ID of the attachment."""

    volume_id: str | UnsetType | None = UNSET
    """The ID of the attached volume."""

    instance: str | UnsetType | None = UNSET
    """The UUID of the server the volume is attached to."""

    status: str | UnsetType | None = UNSET
    """The attach status, such as reserved, attaching, attached or detached."""


class ListOpts(Options):
    """Options for :func:`list` and :func:`list_summary`."""

    all_tenants: bool | UnsetType = UNSET
    """Lists the attachments of every project (admins only)."""

    volume_id: str | UnsetType = UNSET
    """Keeps the attachments of this volume."""

    instance_id: str | UnsetType = UNSET
    """Keeps the attachments to this server."""

    status: str | UnsetType = UNSET
    """Keeps the attachments in this state."""

    attach_status: str | UnsetType = UNSET
    """Keeps the attachments with this attach status."""

    sort: str | UnsetType = UNSET
    """Sort keys with optional directions, as key:dir,key:dir (dir is asc or desc)."""

    sort_key: str | UnsetType = UNSET
    """One attribute to sort by (deprecated; use sort)."""

    sort_dir: Literal["asc", "desc"] | UnsetType = UNSET
    """The direction for sort_key (deprecated; use sort)."""

    limit: int | UnsetType = UNSET
    """The largest number of attachments per page."""

    marker: str | UnsetType = UNSET
    """The ID of the last attachment of the previous page."""

    offset: int | UnsetType = UNSET
    """The number of attachments to skip."""

    locations: ClassVar[dict[str, str]] = {
        "all_tenants": "query",
        "volume_id": "query",
        "instance_id": "query",
        "status": "query",
        "attach_status": "query",
        "sort": "query",
        "sort_key": "query",
        "sort_dir": "query",
        "limit": "query",
        "marker": "query",
        "offset": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    volume_uuid: str
    """The ID of the volume to attach."""

    instance_uuid: str | UnsetType | None = UNSET
    """The UUID of the server (or other consumer) the volume is attached to."""

    connector: dict[str, Any] | UnsetType | None = UNSET
    """The connector of the host (initiator, host, ip, platform, os_type, multipath, mountpoint,
    ...).
    """

    mode: Literal["rw", "ro"] | UnsetType = UNSET
    """The access mode of the attachment (read-write or read-only)."""

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "mode": ("3.54", None),
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    connector: dict[str, Any]
    """The connector of the host (initiator, host, ip, platform, os_type, multipath, mountpoint,
    ...).
    """


def create_url(client: ServiceClient) -> str:
    """The URL `/attachments`."""
    return client.url("/attachments")


def list_url(client: ServiceClient) -> str:
    """The URL `/attachments/detail`."""
    return client.url("/attachments/detail")


def resource_url(client: ServiceClient, attachment_id: str) -> str:
    """The URL `/attachments/{attachment_id}`."""
    return client.url("/attachments/{attachment_id}", attachment_id=attachment_id)


def action_url(client: ServiceClient, attachment_id: str) -> str:
    """The URL `/attachments/{attachment_id}/action`."""
    return client.url("/attachments/{attachment_id}/action", attachment_id=attachment_id)


def list_summary(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[AttachmentSummary]:
    """Lists attachments with their IDs, volumes, servers and statuses only (see list), every page.

    Microversions: 3.27 and later.

    GET ``/attachments``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    client.check_operation_version("attachments.list_summary", "3.27", None)
    return client.paginate(
        create_url(client),
        ok=(200,),
        item_type=AttachmentSummary,
        response_key="attachments",
        style=PageStyle("marker", marker_field="id"),
        opts=opts,
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Attachment]:
    """Lists attachments with their details, every page.

    Microversions: 3.27 and later.

    GET ``/attachments/detail``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    client.check_operation_version("attachments.list", "3.27", None)
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Attachment,
        response_key="attachments",
        style=PageStyle("marker", marker_field="id"),
        opts=opts,
    )


def get(
    client: ServiceClient,
    attachment_id: str,
) -> Attachment:
    """Shows the details of an attachment.

    Microversions: 3.27 and later.

    GET ``/attachments/{attachment_id}``

    Args:
        client: The block-storage v3 service client.
        attachment_id: The ID of the attachment.
    """
    client.check_operation_version("attachments.get", "3.27", None)
    return client.call(
        "GET",
        resource_url(client, attachment_id),
        ok=(200,),
        response_key="attachment",
        response_type=Attachment,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> Attachment:
    """Creates an attachment: without a connector it only reserves the volume; with one it also
    exports the volume and returns the connection info.

    Microversions: 3.27 and later.

    POST ``/attachments``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    client.check_operation_version("attachments.create", "3.27", None)
    return client.call(
        "POST",
        create_url(client),
        ok=(200, 202),
        opts=opts,
        body_key="attachment",
        response_key="attachment",
        response_type=Attachment,
    )


def update(
    client: ServiceClient,
    attachment_id: str,
    opts: UpdateOpts,
) -> Attachment:
    """Gives a reserved attachment the host's connector, which exports the volume and fills in its
    connection info.

    Microversions: 3.27 and later.

    PUT ``/attachments/{attachment_id}``

    Args:
        client: The block-storage v3 service client.
        attachment_id: The ID of the attachment.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    client.check_operation_version("attachments.update", "3.27", None)
    return client.call(
        "PUT",
        resource_url(client, attachment_id),
        ok=(200,),
        opts=opts,
        body_key="attachment",
        response_key="attachment",
        response_type=Attachment,
    )


def delete(
    client: ServiceClient,
    attachment_id: str,
) -> builtins.list[AttachmentSummary]:
    """Deletes an attachment, detaching the volume; returns the other attachments that share the
    same back-end connection.

    Microversions: 3.27 and later.

    DELETE ``/attachments/{attachment_id}``

    Args:
        client: The block-storage v3 service client.
        attachment_id: The ID of the attachment.
    """
    client.check_operation_version("attachments.delete", "3.27", None)
    return client.call(
        "DELETE",
        resource_url(client, attachment_id),
        ok=(200,),
        response_key="attachments",
        response_type=builtins.list[AttachmentSummary],
    )


def complete(
    client: ServiceClient,
    attachment_id: str,
) -> None:
    """Marks an attachment as attached and its volume as in-use, once the host has connected.

    Microversions: 3.44 and later.

    POST ``/attachments/{attachment_id}/action`` (action os-complete)

    Args:
        client: The block-storage v3 service client.
        attachment_id: The ID of the attachment.
    """
    client.check_operation_version("attachments.complete", "3.44", None)
    client.call(
        "POST",
        action_url(client, attachment_id),
        ok=(202, 204),
        body_key="os-complete",
        empty="object",
    )
