"""Tags of networking resources: simple strings attached to a network, subnet, port, router,
subnet pool, floating IP, security group, trunk, QoS policy or network segment range, through
one generic API keyed by the resource's collection name and ID. (Resources can be filtered by
tag when listed: tags, tags-any, not-tags, not-tags-any.)
"""

# Generated from specs/network/v2/tags.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import Literal

from typedstack.runtime import Model, Options, ServiceClient

__all__ = [
    "Tags",
    "AddTagsOpts",
    "ReplaceOpts",
    "list",
    "add_tags",
    "replace",
    "delete_all",
    "check",
    "add",
    "delete",
    "list_url",
    "check_url",
]


class Tags(Model):
    """The tags of a resource."""

    tags: builtins.list[str]
    """The tags."""


class AddTagsOpts(Options):
    """Options for :func:`add_tags`."""

    tags: builtins.list[str]
    """The tags to add (each at most 255 characters)."""


class ReplaceOpts(Options):
    """Options for :func:`replace`."""

    tags: builtins.list[str]
    """The new tags of the resource (an empty list removes them all)."""


def list_url(
    client: ServiceClient,
    resource_type: Literal[
        "networks",
        "subnets",
        "ports",
        "routers",
        "subnetpools",
        "floatingips",
        "security-groups",
        "trunks",
        "policies",
        "network_segment_ranges",
    ],
    resource_id: str,
) -> str:
    """The URL `/{resource_type}/{resource_id}/tags`."""
    return client.url(
        "/{resource_type}/{resource_id}/tags", resource_type=resource_type, resource_id=resource_id
    )


def check_url(
    client: ServiceClient,
    resource_type: Literal[
        "networks",
        "subnets",
        "ports",
        "routers",
        "subnetpools",
        "floatingips",
        "security-groups",
        "trunks",
        "policies",
        "network_segment_ranges",
    ],
    resource_id: str,
    tag: str,
) -> str:
    """The URL `/{resource_type}/{resource_id}/tags/{tag}`."""
    return client.url(
        "/{resource_type}/{resource_id}/tags/{tag}",
        resource_type=resource_type,
        resource_id=resource_id,
        tag=tag,
    )


def list(
    client: ServiceClient,
    resource_type: Literal[
        "networks",
        "subnets",
        "ports",
        "routers",
        "subnetpools",
        "floatingips",
        "security-groups",
        "trunks",
        "policies",
        "network_segment_ranges",
    ],
    resource_id: str,
) -> Tags:
    """Lists the tags of a resource.

    GET ``/{resource_type}/{resource_id}/tags``

    Args:
        client: The network v2 service client.
        resource_type: The collection of the resource: networks, subnets, ports, routers,
            subnetpools, floatingips, security-groups, trunks, policies,
            network_segment_ranges.
        resource_id: The UUID of the resource.
    """
    return client.call(
        "GET",
        list_url(client, resource_type, resource_id),
        ok=(200,),
        response_type=Tags,
    )


def add_tags(
    client: ServiceClient,
    resource_type: Literal[
        "networks",
        "subnets",
        "ports",
        "routers",
        "subnetpools",
        "floatingips",
        "security-groups",
        "trunks",
        "policies",
        "network_segment_ranges",
    ],
    resource_id: str,
    opts: AddTagsOpts,
) -> Tags:
    """Adds several tags to a resource, keeping the ones it has.

    POST ``/{resource_type}/{resource_id}/tags``

    Args:
        client: The network v2 service client.
        resource_type: The collection of the resource, such as networks or ports.
        resource_id: The UUID of the resource.
        opts: The options of the request (:class:`AddTagsOpts`).

    Returns:
        The tags sent.
    """
    return client.call(
        "POST",
        list_url(client, resource_type, resource_id),
        ok=(200, 201),
        opts=opts,
        response_type=Tags,
    )


def replace(
    client: ServiceClient,
    resource_type: Literal[
        "networks",
        "subnets",
        "ports",
        "routers",
        "subnetpools",
        "floatingips",
        "security-groups",
        "trunks",
        "policies",
        "network_segment_ranges",
    ],
    resource_id: str,
    opts: ReplaceOpts,
) -> Tags:
    """Replaces all the tags of a resource.

    PUT ``/{resource_type}/{resource_id}/tags``

    Args:
        client: The network v2 service client.
        resource_type: The collection of the resource, such as networks or ports.
        resource_id: The UUID of the resource.
        opts: The options of the request (:class:`ReplaceOpts`).
    """
    return client.call(
        "PUT",
        list_url(client, resource_type, resource_id),
        ok=(200,),
        opts=opts,
        response_type=Tags,
    )


def delete_all(
    client: ServiceClient,
    resource_type: Literal[
        "networks",
        "subnets",
        "ports",
        "routers",
        "subnetpools",
        "floatingips",
        "security-groups",
        "trunks",
        "policies",
        "network_segment_ranges",
    ],
    resource_id: str,
) -> None:
    """Removes every tag of a resource.

    DELETE ``/{resource_type}/{resource_id}/tags``

    Args:
        client: The network v2 service client.
        resource_type: The collection of the resource, such as networks or ports.
        resource_id: The UUID of the resource.
    """
    client.call(
        "DELETE",
        list_url(client, resource_type, resource_id),
        ok=(204,),
    )


def check(
    client: ServiceClient,
    resource_type: Literal[
        "networks",
        "subnets",
        "ports",
        "routers",
        "subnetpools",
        "floatingips",
        "security-groups",
        "trunks",
        "policies",
        "network_segment_ranges",
    ],
    resource_id: str,
    tag: str,
) -> bool:
    """Checks whether a resource has a tag.

    GET ``/{resource_type}/{resource_id}/tags/{tag}``

    Args:
        client: The network v2 service client.
        resource_type: The collection of the resource, such as networks or ports.
        resource_id: The UUID of the resource.
        tag: The tag to look for.
    """
    return client.exists(
        "GET",
        check_url(client, resource_type, resource_id, tag),
        ok=(204,),
    )


def add(
    client: ServiceClient,
    resource_type: Literal[
        "networks",
        "subnets",
        "ports",
        "routers",
        "subnetpools",
        "floatingips",
        "security-groups",
        "trunks",
        "policies",
        "network_segment_ranges",
    ],
    resource_id: str,
    tag: str,
) -> None:
    """Adds one tag to a resource (no error if it is already there).

    PUT ``/{resource_type}/{resource_id}/tags/{tag}``

    Args:
        client: The network v2 service client.
        resource_type: The collection of the resource, such as networks or ports.
        resource_id: The UUID of the resource.
        tag: The tag to add, at most 255 characters.
    """
    client.call(
        "PUT",
        check_url(client, resource_type, resource_id, tag),
        ok=(201,),
    )


def delete(
    client: ServiceClient,
    resource_type: Literal[
        "networks",
        "subnets",
        "ports",
        "routers",
        "subnetpools",
        "floatingips",
        "security-groups",
        "trunks",
        "policies",
        "network_segment_ranges",
    ],
    resource_id: str,
    tag: str,
) -> None:
    """Removes one tag from a resource.

    DELETE ``/{resource_type}/{resource_id}/tags/{tag}``

    Args:
        client: The network v2 service client.
        resource_type: The collection of the resource, such as networks or ports.
        resource_id: The UUID of the resource.
        tag: The tag to remove.
    """
    client.call(
        "DELETE",
        check_url(client, resource_type, resource_id, tag),
        ok=(204,),
    )
