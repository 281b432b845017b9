"""The security groups of a server (os-security-groups under a server), as the compute API
reports them.
"""

# Generated from specs/compute/v2/server_security_groups.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins

from typedstack.runtime import UNSET, Model, ServiceClient, UnsetType

__all__ = [
    "SecurityGroupRule",
    "ServerSecurityGroup",
    "list",
    "list_url",
]


class SecurityGroupRule(Model):
    """A rule of a security group, in the compute API's format."""

    id: str | UnsetType | None = UNSET
    """The ID of the rule."""

    parent_group_id: str | UnsetType | None = UNSET
    """The ID of the security group the rule belongs to."""

    ip_protocol: str | UnsetType | None = UNSET
    """The IP protocol (tcp, udp, icmp), or null for any."""

    from_port: int | UnsetType | None = UNSET
    """The first port of the range (the ICMP type for icmp)."""

    to_port: int | UnsetType | None = UNSET
    """The last port of the range (the ICMP code for icmp)."""

    ip_range: dict[str, str] | UnsetType | None = UNSET
    """The source address range (a mapping with cidr), or empty."""

    group: dict[str, str] | UnsetType | None = UNSET
    """The source security group (a mapping with name and tenant_id), or empty."""


class ServerSecurityGroup(Model):
    """A security group applied to a server."""

    id: str
    """The ID of the security group."""

    name: str | UnsetType | None = UNSET
    """The name of the security group."""

    description: str | UnsetType | None = UNSET
    """The description of the security group."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the security group."""

    rules: builtins.list[SecurityGroupRule] | UnsetType | None = UNSET
    """The rules of the security group."""


def list_url(client: ServiceClient, server_id: str) -> str:
    """The URL `/servers/{server_id}/os-security-groups`."""
    return client.url("/servers/{server_id}/os-security-groups", server_id=server_id)


def list(
    client: ServiceClient,
    server_id: str,
) -> builtins.list[ServerSecurityGroup]:
    """Lists the security groups of a server.

    GET ``/servers/{server_id}/os-security-groups``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
    """
    return client.call(
        "GET",
        list_url(client, server_id),
        ok=(200,),
        response_key="security_groups",
        response_type=builtins.list[ServerSecurityGroup],
    )
