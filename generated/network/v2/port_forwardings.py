"""Port forwardings of a floating IP: traffic reaching a port (or port range) of the floating IP
is forwarded to a port of an internal fixed IP (floating-ip-port-forwarding extension).
"""

# Generated from specs/network/v2/port_forwardings.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "PortForwarding",
    "ListOpts",
    "CreateOpts",
    "GetOpts",
    "UpdateOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "list_url",
    "resource_url",
]


class PortForwarding(Model):
    """A port forwarding of a floating IP."""

    id: str
    """The ID of the port forwarding."""

    internal_port_id: str | UnsetType | None = UNSET
    """The ID of the internal port that receives the traffic."""

    internal_ip_address: str | UnsetType | None = UNSET
    """The fixed IP address of the internal port."""

    internal_port: int | UnsetType | None = UNSET
    """The internal TCP/UDP port, or null when a range is used."""

    internal_port_range: str | UnsetType | None = UNSET
    """The internal port range, as first:last."""

    external_port: int | UnsetType | None = UNSET
    """The port of the floating IP, or null when a range is used."""

    external_port_range: str | UnsetType | None = UNSET
    """The port range of the floating IP, as first:last."""

    protocol: str | UnsetType | None = UNSET
    """The IP protocol: tcp, udp, dccp, sctp or icmp."""

    description: str | UnsetType | None = UNSET
    """A free-form description."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Filters by port forwarding ID."""

    internal_port_id: str | UnsetType = UNSET
    """Filters by internal port."""

    external_port: int | UnsetType = UNSET
    """Filters by external port."""

    external_port_range: str | UnsetType = UNSET
    """Filters by external port range."""

    protocol: str | UnsetType = UNSET
    """Filters by protocol."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last port forwarding of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Sorts by these attributes (repeatable, paired with sort_dir)."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """The direction of each sort key: asc or desc."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Returns only these attributes."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "internal_port_id": "query",
        "external_port": "query",
        "external_port_range": "query",
        "protocol": "query",
        "limit": "query",
        "marker": "query",
        "page_reverse": "query",
        "sort_key": "query",
        "sort_dir": "query",
        "fields": "query",
    }

    paired: ClassVar[tuple[tuple[str, ...], ...]] = (("sort_key", "sort_dir"),)


class CreateOpts(Options):
    """Options for :func:`create`."""

    internal_port_id: str
    """The internal port to forward to."""

    internal_ip_address: str
    """The fixed IP address of the internal port."""

    protocol: str
    """The IP protocol: tcp, udp, dccp, sctp or icmp."""

    internal_port: int | UnsetType = UNSET
    """The internal port number (or give internal_port_range)."""

    internal_port_range: str | UnsetType = UNSET
    """The internal port range, as first:last."""

    external_port: int | UnsetType = UNSET
    """The floating IP port number (or give external_port_range)."""

    external_port_range: str | UnsetType = UNSET
    """The floating IP port range, as first:last."""

    description: str | UnsetType = UNSET
    """A free-form description."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Returns only these attributes."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    internal_port_id: str | UnsetType = UNSET
    """The new internal port."""

    internal_ip_address: str | UnsetType = UNSET
    """The new internal IP address."""

    internal_port: int | UnsetType = UNSET
    """The new internal port number."""

    internal_port_range: str | UnsetType = UNSET
    """The new internal port range."""

    external_port: int | UnsetType = UNSET
    """The new floating IP port number."""

    external_port_range: str | UnsetType = UNSET
    """The new floating IP port range."""

    protocol: str | UnsetType = UNSET
    """The new IP protocol."""

    description: str | UnsetType = UNSET
    """The new description."""


def list_url(client: ServiceClient, floatingip_id: str) -> str:
    """The URL `/floatingips/{floatingip_id}/port_forwardings`."""
    return client.url("/floatingips/{floatingip_id}/port_forwardings", floatingip_id=floatingip_id)


def resource_url(client: ServiceClient, floatingip_id: str, port_forwarding_id: str) -> str:
    """The URL `/floatingips/{floatingip_id}/port_forwardings/{port_forwarding_id}`."""
    return client.url(
        "/floatingips/{floatingip_id}/port_forwardings/{port_forwarding_id}",
        floatingip_id=floatingip_id,
        port_forwarding_id=port_forwarding_id,
    )


def list(
    client: ServiceClient,
    floatingip_id: str,
    opts: ListOpts | None = None,
) -> Pager[PortForwarding]:
    """Lists the port forwardings of a floating IP.

    GET ``/floatingips/{floatingip_id}/port_forwardings``

    Args:
        client: The network v2 service client.
        floatingip_id: The ID of the floating IP.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client, floatingip_id),
        ok=(200,),
        item_type=PortForwarding,
        response_key="port_forwardings",
        style=PageStyle("links", links_key="port_forwardings_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    floatingip_id: str,
    opts: CreateOpts,
) -> PortForwarding:
    """Creates a port forwarding on a floating IP.

    POST ``/floatingips/{floatingip_id}/port_forwardings``

    Args:
        client: The network v2 service client.
        floatingip_id: The ID of the floating IP.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client, floatingip_id),
        ok=(201,),
        opts=opts,
        body_key="port_forwarding",
        response_key="port_forwarding",
        response_type=PortForwarding,
    )


def get(
    client: ServiceClient,
    floatingip_id: str,
    port_forwarding_id: str,
    opts: GetOpts | None = None,
) -> PortForwarding:
    """Shows a port forwarding of a floating IP.

    GET ``/floatingips/{floatingip_id}/port_forwardings/{port_forwarding_id}``

    Args:
        client: The network v2 service client.
        floatingip_id: The ID of the floating IP.
        port_forwarding_id: The ID of the port forwarding.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, floatingip_id, port_forwarding_id),
        ok=(200,),
        opts=opts,
        response_key="port_forwarding",
        response_type=PortForwarding,
    )


def update(
    client: ServiceClient,
    floatingip_id: str,
    port_forwarding_id: str,
    opts: UpdateOpts | None = None,
) -> PortForwarding:
    """Changes a port forwarding of a floating IP.

    PUT ``/floatingips/{floatingip_id}/port_forwardings/{port_forwarding_id}``

    Args:
        client: The network v2 service client.
        floatingip_id: The ID of the floating IP.
        port_forwarding_id: The ID of the port forwarding.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, floatingip_id, port_forwarding_id),
        ok=(200,),
        opts=opts,
        body_key="port_forwarding",
        response_key="port_forwarding",
        response_type=PortForwarding,
    )


def delete(
    client: ServiceClient,
    floatingip_id: str,
    port_forwarding_id: str,
) -> None:
    """Deletes a port forwarding of a floating IP.

    DELETE ``/floatingips/{floatingip_id}/port_forwardings/{port_forwarding_id}``

    Args:
        client: The network v2 service client.
        floatingip_id: The ID of the floating IP.
        port_forwarding_id: The ID of the port forwarding.
    """
    client.call(
        "DELETE",
        resource_url(client, floatingip_id, port_forwarding_id),
        ok=(204,),
    )
