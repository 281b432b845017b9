"""Manila shares attached to a server (microversion 2.97 and later), exposed to the guest
through virtiofs. Attach and detach need a stopped server.
"""

# Generated from specs/compute/v2/server_shares.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "ShareAttachment",
    "CreateOpts",
    "list",
    "create",
    "get",
    "delete",
    "list_url",
    "resource_url",
]


class ShareAttachment(Model):
    """A share attached to a server."""

    share_id: str
    """The ID of the Manila share."""

    status: str | UnsetType | None = UNSET
    """The status of the attachment, such as attaching, inactive or active."""

    tag: str | UnsetType | None = UNSET
    """The tag the guest mounts the share by."""

    uuid: str | UnsetType | None = UNSET
    """The UUID of the attachment (admins by default)."""

    export_location: str | UnsetType | None = UNSET
    """The export location of the share (admins by default)."""


class CreateOpts(Options):
    """Options for :func:`create`."""

    share_id: str
    """The ID of the Manila share."""

    tag: str | UnsetType = UNSET
    """The tag the guest mounts the share by; the share ID when omitted."""


def list_url(client: ServiceClient, server_id: str) -> str:
    """The URL `/servers/{server_id}/shares`."""
    return client.url("/servers/{server_id}/shares", server_id=server_id)


def resource_url(client: ServiceClient, server_id: str, share_id: str) -> str:
    """The URL `/servers/{server_id}/shares/{share_id}`."""
    return client.url(
        "/servers/{server_id}/shares/{share_id}", server_id=server_id, share_id=share_id
    )


def list(
    client: ServiceClient,
    server_id: str,
) -> builtins.list[ShareAttachment]:
    """Lists the shares attached to a server.

    Microversions: 2.97 and later.

    GET ``/servers/{server_id}/shares``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
    """
    client.check_operation_version("server_shares.list", "2.97", None)
    return client.call(
        "GET",
        list_url(client, server_id),
        ok=(200,),
        response_key="shares",
        response_type=builtins.list[ShareAttachment],
    )


def create(
    client: ServiceClient,
    server_id: str,
    opts: CreateOpts,
) -> ShareAttachment:
    """Attaches a share to a stopped server.

    Microversions: 2.97 and later.

    POST ``/servers/{server_id}/shares``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        opts: The options of the request (:class:`CreateOpts`).
    """
    client.check_operation_version("server_shares.create", "2.97", None)
    return client.call(
        "POST",
        list_url(client, server_id),
        ok=(201,),
        opts=opts,
        body_key="share",
        response_key="share",
        response_type=ShareAttachment,
    )


def get(
    client: ServiceClient,
    server_id: str,
    share_id: str,
) -> ShareAttachment:
    """Shows a share attachment of a server.

    Microversions: 2.97 and later.

    GET ``/servers/{server_id}/shares/{share_id}``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        share_id: The ID of the Manila share.
    """
    client.check_operation_version("server_shares.get", "2.97", None)
    return client.call(
        "GET",
        resource_url(client, server_id, share_id),
        ok=(200,),
        response_key="share",
        response_type=ShareAttachment,
    )


def delete(
    client: ServiceClient,
    server_id: str,
    share_id: str,
) -> None:
    """Detaches a share from a stopped (or errored) server.

    Microversions: 2.97 and later.

    DELETE ``/servers/{server_id}/shares/{share_id}``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        share_id: The ID of the Manila share.
    """
    client.check_operation_version("server_shares.delete", "2.97", None)
    client.call(
        "DELETE",
        resource_url(client, server_id, share_id),
        ok=(200,),
    )
