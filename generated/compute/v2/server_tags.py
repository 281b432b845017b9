"""Server tags (microversion 2.26 and later): short strings attached to a server, usable as list
filters. A server has at most 50 tags; a tag has at most 60 characters and no slash or comma.
"""

# Generated from specs/compute/v2/server_tags.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins

from typedstack.runtime import Options, ServiceClient

__all__ = [
    "ReplaceOpts",
    "list",
    "replace",
    "delete_all",
    "check",
    "add",
    "delete",
    "list_url",
    "check_url",
]


class ReplaceOpts(Options):
    """Options for :func:`replace`."""

    tags: builtins.list[str]
    """The new tags of the server."""


def list_url(client: ServiceClient, server_id: str) -> str:
    """The URL `/servers/{server_id}/tags`."""
    return client.url("/servers/{server_id}/tags", server_id=server_id)


def check_url(client: ServiceClient, server_id: str, tag: str) -> str:
    """The URL `/servers/{server_id}/tags/{tag}`."""
    return client.url("/servers/{server_id}/tags/{tag}", server_id=server_id, tag=tag)


def list(
    client: ServiceClient,
    server_id: str,
) -> builtins.list[str]:
    """Lists the tags of a server.

    Microversions: 2.26 and later.

    GET ``/servers/{server_id}/tags``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
    """
    client.check_operation_version("server_tags.list", "2.26", None)
    return client.call(
        "GET",
        list_url(client, server_id),
        ok=(200,),
        response_key="tags",
        response_type=builtins.list[str],
    )


def replace(
    client: ServiceClient,
    server_id: str,
    opts: ReplaceOpts,
) -> builtins.list[str]:
    """Replaces all the tags of a server.

    Microversions: 2.26 and later.

    PUT ``/servers/{server_id}/tags``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        opts: The options of the request (:class:`ReplaceOpts`).
    """
    client.check_operation_version("server_tags.replace", "2.26", None)
    return client.call(
        "PUT",
        list_url(client, server_id),
        ok=(200,),
        opts=opts,
        response_key="tags",
        response_type=builtins.list[str],
    )


def delete_all(
    client: ServiceClient,
    server_id: str,
) -> None:
    """Removes every tag of a server.

    Microversions: 2.26 and later.

    DELETE ``/servers/{server_id}/tags``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
    """
    client.check_operation_version("server_tags.delete_all", "2.26", None)
    client.call(
        "DELETE",
        list_url(client, server_id),
        ok=(204,),
    )


def check(
    client: ServiceClient,
    server_id: str,
    tag: str,
) -> bool:
    """Checks whether a server has a tag.

    Microversions: 2.26 and later.

    GET ``/servers/{server_id}/tags/{tag}``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        tag: The tag.
    """
    client.check_operation_version("server_tags.check", "2.26", None)
    return client.exists(
        "GET",
        check_url(client, server_id, tag),
        ok=(204,),
    )


def add(
    client: ServiceClient,
    server_id: str,
    tag: str,
) -> None:
    """Adds a tag to a server (201 when added, 204 when it was already there).

    Microversions: 2.26 and later.

    PUT ``/servers/{server_id}/tags/{tag}``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        tag: The tag.
    """
    client.check_operation_version("server_tags.add", "2.26", None)
    client.call(
        "PUT",
        check_url(client, server_id, tag),
        ok=(201, 204),
    )


def delete(
    client: ServiceClient,
    server_id: str,
    tag: str,
) -> None:
    """Removes a tag from a server.

    Microversions: 2.26 and later.

    DELETE ``/servers/{server_id}/tags/{tag}``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        tag: The tag.
    """
    client.check_operation_version("server_tags.delete", "2.26", None)
    client.call(
        "DELETE",
        check_url(client, server_id, tag),
        ok=(204,),
    )
