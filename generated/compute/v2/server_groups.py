"""Server groups apply an affinity or anti-affinity policy to the servers booted into them. Up
to 2.63 a group has a list of policies; from 2.64 it has one policy plus optional rules.
"""

# Generated from specs/compute/v2/server_groups.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar, Literal

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "ServerGroup",
    "ServerGroupRules",
    "ListOpts",
    "CreateOpts",
    "list",
    "create",
    "get",
    "delete",
    "list_url",
    "resource_url",
]


class ServerGroup(Model):
    """A server group."""

    id: str
    """The UUID of the server group."""

    name: str | UnsetType | None = UNSET
    """The name of the server group."""

    policies: builtins.list[str] | UnsetType | None = UNSET
    """The policies of the group (exactly one): affinity, anti-affinity, soft-affinity or soft-
    anti-affinity.
    """

    members: builtins.list[str] | UnsetType | None = UNSET
    """The UUIDs of the servers in the group."""

    metadata: dict[str, str] | UnsetType | None = UNSET
    """Always empty; kept for compatibility."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the group."""

    user_id: str | UnsetType | None = UNSET
    """The ID of the user that owns the group."""

    policy: str | UnsetType | None = UNSET
    """The policy of the group."""

    rules: ServerGroupRules | UnsetType | None = UNSET
    """The rules of the policy; empty when none were given."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("policies", None, "2.63"),
        ("metadata", None, "2.63"),
        ("project_id", "2.13", None),
        ("user_id", "2.13", None),
        ("policy", "2.64", None),
        ("rules", "2.64", None),
    )


class ServerGroupRules(Model):
    """Rules that refine a server group policy."""

    max_server_per_host: int | UnsetType | None = UNSET
    """For anti-affinity only: how many members may share one host (default 1)."""


class ListOpts(Options):
    """Options for :func:`list`."""

    all_projects: bool | UnsetType = UNSET
    """Admin only; lists the groups of all projects."""

    limit: int | UnsetType = UNSET
    """The maximum number of groups to return."""

    offset: int | UnsetType = UNSET
    """How many groups to skip (use with limit to page)."""

    locations: ClassVar[dict[str, str]] = {
        "all_projects": "query",
        "limit": "query",
        "offset": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    name: str
    """The name of the server group."""

    policies: (
        builtins.list[Literal["affinity", "anti-affinity", "soft-affinity", "soft-anti-affinity"]]
        | UnsetType
    ) = UNSET
    """Exactly one policy; required up to 2.63. The soft policies need 2.15 or later."""

    policy: (
        Literal["affinity", "anti-affinity", "soft-affinity", "soft-anti-affinity"] | UnsetType
    ) = UNSET
    """The policy of the group; required from 2.64."""

    rules: ServerGroupRules | UnsetType = UNSET
    """Rules for the policy; only anti-affinity accepts max_server_per_host."""

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "policies": (None, "2.63"),
        "policy": ("2.64", None),
        "rules": ("2.64", None),
    }


def list_url(client: ServiceClient) -> str:
    """The URL `/os-server-groups`."""
    return client.url("/os-server-groups")


def resource_url(client: ServiceClient, server_group_id: str) -> str:
    """The URL `/os-server-groups/{server_group_id}`."""
    return client.url("/os-server-groups/{server_group_id}", server_group_id=server_group_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> builtins.list[ServerGroup]:
    """Lists the server groups of the project (or of every project, for administrators).

    GET ``/os-server-groups``

    Args:
        client: The compute v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.call(
        "GET",
        list_url(client),
        ok=(200,),
        opts=opts,
        response_key="server_groups",
        response_type=builtins.list[ServerGroup],
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> ServerGroup:
    """Creates a server group.

    POST ``/os-server-groups``

    Args:
        client: The compute v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(200,),
        opts=opts,
        body_key="server_group",
        response_key="server_group",
        response_type=ServerGroup,
    )


def get(
    client: ServiceClient,
    server_group_id: str,
) -> ServerGroup:
    """Shows a server group.

    GET ``/os-server-groups/{server_group_id}``

    Args:
        client: The compute v2 service client.
        server_group_id: The UUID of the server group.
    """
    return client.call(
        "GET",
        resource_url(client, server_group_id),
        ok=(200,),
        response_key="server_group",
        response_type=ServerGroup,
    )


def delete(
    client: ServiceClient,
    server_group_id: str,
) -> None:
    """Deletes a server group; its servers keep running.

    DELETE ``/os-server-groups/{server_group_id}``

    Args:
        client: The compute v2 service client.
        server_group_id: The UUID of the server group.
    """
    client.call(
        "DELETE",
        resource_url(client, server_group_id),
        ok=(204,),
    )
