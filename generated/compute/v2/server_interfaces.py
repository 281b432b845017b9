"""Port interfaces of a server (os-interface): list, attach, show and detach the Neutron ports
plugged into a server.
"""

# Generated from specs/compute/v2/server_interfaces.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "FixedIp",
    "FixedIpRequest",
    "InterfaceAttachment",
    "CreateOpts",
    "list",
    "create",
    "get",
    "delete",
    "list_url",
    "resource_url",
]


class FixedIp(Model):
    """A fixed IP address of an interface."""

    ip_address: str | UnsetType | None = UNSET
    """The IP address."""

    subnet_id: str | UnsetType | None = UNSET
    """The ID of the subnet the address belongs to."""


class FixedIpRequest(Model):
    """A fixed IP address to request when attaching an interface."""

    ip_address: str
    """The IP address."""


class InterfaceAttachment(Model):
    """A port attached to a server."""

    port_id: str
    """The ID of the port."""

    net_id: str | UnsetType | None = UNSET
    """The ID of the network of the port."""

    mac_addr: str | UnsetType | None = UNSET
    """The MAC address of the port."""

    port_state: str | UnsetType | None = UNSET
    """The status of the port, such as ACTIVE or DOWN."""

    fixed_ips: builtins.list[FixedIp] | UnsetType | None = UNSET
    """The fixed IP addresses of the port with their subnets."""

    tag: str | UnsetType | None = UNSET
    """The device role tag of the interface, or null."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("tag", "2.70", None),
    )


class CreateOpts(Options):
    """Options for :func:`create`."""

    port_id: str | UnsetType = UNSET
    """The ID of an existing port to attach."""

    net_id: str | UnsetType = UNSET
    """The ID of a network to create and attach a port on."""

    fixed_ips: builtins.list[FixedIpRequest] | UnsetType = UNSET
    """Fixed IP addresses for the new port (only with net_id)."""

    tag: str | UnsetType = UNSET
    """A device role tag the guest can read from the metadata."""

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "tag": ("2.49", None),
    }


def list_url(client: ServiceClient, server_id: str) -> str:
    """The URL `/servers/{server_id}/os-interface`."""
    return client.url("/servers/{server_id}/os-interface", server_id=server_id)


def resource_url(client: ServiceClient, server_id: str, port_id: str) -> str:
    """The URL `/servers/{server_id}/os-interface/{port_id}`."""
    return client.url(
        "/servers/{server_id}/os-interface/{port_id}", server_id=server_id, port_id=port_id
    )


def list(
    client: ServiceClient,
    server_id: str,
) -> builtins.list[InterfaceAttachment]:
    """Lists the port interfaces of a server.

    GET ``/servers/{server_id}/os-interface``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
    """
    return client.call(
        "GET",
        list_url(client, server_id),
        ok=(200,),
        response_key="interfaceAttachments",
        response_type=builtins.list[InterfaceAttachment],
    )


def create(
    client: ServiceClient,
    server_id: str,
    opts: CreateOpts | None = None,
) -> InterfaceAttachment:
    """Attaches a port interface to a server: an existing port, or a new port on a network (give at
    most one of port_id and net_id).

    POST ``/servers/{server_id}/os-interface``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client, server_id),
        ok=(200,),
        opts=opts,
        body_key="interfaceAttachment",
        empty="object",
        response_key="interfaceAttachment",
        response_type=InterfaceAttachment,
    )


def get(
    client: ServiceClient,
    server_id: str,
    port_id: str,
) -> InterfaceAttachment:
    """Shows a port interface of a server.

    GET ``/servers/{server_id}/os-interface/{port_id}``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        port_id: The ID of the port.
    """
    return client.call(
        "GET",
        resource_url(client, server_id, port_id),
        ok=(200,),
        response_key="interfaceAttachment",
        response_type=InterfaceAttachment,
    )


def delete(
    client: ServiceClient,
    server_id: str,
    port_id: str,
) -> None:
    """Detaches a port interface from a server.

    DELETE ``/servers/{server_id}/os-interface/{port_id}``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        port_id: The ID of the port.
    """
    client.call(
        "DELETE",
        resource_url(client, server_id, port_id),
        ok=(202,),
    )
