"""Server IP addresses (ips): the addresses of a server, grouped by the name of their network."""

# Generated from specs/compute/v2/server_ips.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins

from typedstack.runtime import UNSET, Model, ServiceClient, UnsetType

__all__ = [
    "ServerIp",
    "list",
    "get",
    "list_url",
    "resource_url",
]


class ServerIp(Model):
    """An IP address of a server."""

    addr: str | UnsetType | None = UNSET
    """The IP address."""

    version: int | UnsetType | None = UNSET
    """The IP version, 4 or 6."""


def list_url(client: ServiceClient, server_id: str) -> str:
    """The URL `/servers/{server_id}/ips`."""
    return client.url("/servers/{server_id}/ips", server_id=server_id)


def resource_url(client: ServiceClient, server_id: str, network_label: str) -> str:
    """The URL `/servers/{server_id}/ips/{network_label}`."""
    return client.url(
        "/servers/{server_id}/ips/{network_label}",
        server_id=server_id,
        network_label=network_label,
    )


def list(
    client: ServiceClient,
    server_id: str,
) -> dict[str, builtins.list[ServerIp]]:
    """Lists the IP addresses of a server, keyed by network name.

    GET ``/servers/{server_id}/ips``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
    """
    return client.call(
        "GET",
        list_url(client, server_id),
        ok=(200,),
        response_key="addresses",
        response_type=dict[str, builtins.list[ServerIp]],
    )


def get(
    client: ServiceClient,
    server_id: str,
    network_label: str,
) -> dict[str, builtins.list[ServerIp]]:
    """Shows the IP addresses of a server on one network; the answer maps the network name to its
    addresses.

    GET ``/servers/{server_id}/ips/{network_label}``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        network_label: The name of the network.
    """
    return client.call(
        "GET",
        resource_url(client, server_id, network_label),
        ok=(200,),
        response_type=dict[str, builtins.list[ServerIp]],
    )
