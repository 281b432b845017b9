"""Server metadata: free-form key and value pairs attached to a server (each key and value at
most 255 bytes; the maxServerMeta limit caps their number).
"""

# Generated from specs/compute/v2/server_metadata.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typedstack.runtime import Options, ServiceClient

__all__ = [
    "UpdateOpts",
    "ReplaceOpts",
    "SetOpts",
    "list",
    "update",
    "replace",
    "get",
    "set",
    "delete",
    "list_url",
    "resource_url",
]


class UpdateOpts(Options):
    """Options for :func:`update`."""

    metadata: dict[str, str]
    """The items to create or update."""


class ReplaceOpts(Options):
    """Options for :func:`replace`."""

    metadata: dict[str, str]
    """The new metadata; items not listed are deleted."""


class SetOpts(Options):
    """Options for :func:`set`."""

    meta: dict[str, str]
    """A mapping of the key (the same as in the path) to its value."""


def list_url(client: ServiceClient, server_id: str) -> str:
    """The URL `/servers/{server_id}/metadata`."""
    return client.url("/servers/{server_id}/metadata", server_id=server_id)


def resource_url(client: ServiceClient, server_id: str, key: str) -> str:
    """The URL `/servers/{server_id}/metadata/{key}`."""
    return client.url("/servers/{server_id}/metadata/{key}", server_id=server_id, key=key)


def list(
    client: ServiceClient,
    server_id: str,
) -> dict[str, str]:
    """Lists all metadata of a server.

    GET ``/servers/{server_id}/metadata``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
    """
    return client.call(
        "GET",
        list_url(client, server_id),
        ok=(200,),
        response_key="metadata",
        response_type=dict[str, str],
    )


def update(
    client: ServiceClient,
    server_id: str,
    opts: UpdateOpts,
) -> dict[str, str]:
    """Creates or updates the given metadata items, keeping the others.

    POST ``/servers/{server_id}/metadata``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "POST",
        list_url(client, server_id),
        ok=(200,),
        opts=opts,
        response_key="metadata",
        response_type=dict[str, str],
    )


def replace(
    client: ServiceClient,
    server_id: str,
    opts: ReplaceOpts,
) -> dict[str, str]:
    """Replaces all metadata of a server with the given items.

    PUT ``/servers/{server_id}/metadata``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        opts: The options of the request (:class:`ReplaceOpts`).
    """
    return client.call(
        "PUT",
        list_url(client, server_id),
        ok=(200,),
        opts=opts,
        response_key="metadata",
        response_type=dict[str, str],
    )


def get(
    client: ServiceClient,
    server_id: str,
    key: str,
) -> dict[str, str]:
    """Shows one metadata item of a server.

    GET ``/servers/{server_id}/metadata/{key}``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        key: The metadata key.

    Returns:
        A mapping with the one key and its value.
    """
    return client.call(
        "GET",
        resource_url(client, server_id, key),
        ok=(200,),
        response_key="meta",
        response_type=dict[str, str],
    )


def set(
    client: ServiceClient,
    server_id: str,
    key: str,
    opts: SetOpts,
) -> dict[str, str]:
    """Creates or updates one metadata item of a server.

    PUT ``/servers/{server_id}/metadata/{key}``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        key: The metadata key.
        opts: The options of the request (:class:`SetOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, server_id, key),
        ok=(200,),
        opts=opts,
        response_key="meta",
        response_type=dict[str, str],
    )


def delete(
    client: ServiceClient,
    server_id: str,
    key: str,
) -> None:
    """Deletes one metadata item of a server.

    DELETE ``/servers/{server_id}/metadata/{key}``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        key: The metadata key.
    """
    client.call(
        "DELETE",
        resource_url(client, server_id, key),
        ok=(204,),
    )
