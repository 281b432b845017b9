"""Port associations (bgpvpn-routes-control extension) bind a BGP VPN to a single Neutron port,
so that the port's traffic follows the VPN, and let the port announce further routes: static
prefixes reachable through it, or the routes of another BGP VPN leaked through it.
"""

# Generated from specs/network/v2/bgpvpn_port_associations.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "PortRoute",
    "PortAssociation",
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


class PortRoute(Model):
    """A route announced through the port: a prefix (type prefix) or every route of another BGP
    VPN (type bgpvpn).
    """

    type: str
    """What the route announces, a prefix or another VPN's routes."""

    prefix: str | UnsetType | None = UNSET
    """The IPv4 or IPv6 prefix to announce (type prefix)."""

    bgpvpn_id: str | UnsetType | None = UNSET
    """The ID of the BGP VPN whose routes are leaked (type bgpvpn)."""

    local_pref: int | UnsetType | None = UNSET
    """The BGP LOCAL_PREF of this route, instead of the VPN's default."""


class PortAssociation(Model):
    """The association of a BGP VPN with a port."""

    id: str
    """The ID of the port association."""

    port_id: str | UnsetType | None = UNSET
    """The ID of the associated port."""

    routes: builtins.list[PortRoute] | UnsetType | None = UNSET
    """The further routes announced through the port."""

    advertise_fixed_ips: bool | UnsetType | None = UNSET
    """Whether the port's fixed IPs are announced to the VPN."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the owning project."""


class ListOpts(Options):
    """Options for :func:`list`."""

    port_id: str | UnsetType = UNSET
    """Only the association with this port."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last association of the previous page."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Return only these attributes of each association."""

    locations: ClassVar[dict[str, str]] = {
        "port_id": "query",
        "limit": "query",
        "marker": "query",
        "fields": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    port_id: str
    """The ID of the port to associate."""

    routes: builtins.list[PortRoute] | UnsetType = UNSET
    """Further routes to announce through the port (default none)."""

    advertise_fixed_ips: bool | UnsetType = UNSET
    """Announce the port's fixed IPs to the VPN (default true)."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Return only these attributes."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    routes: builtins.list[PortRoute] | UnsetType = UNSET
    """The routes to announce through the port (replaces the current list)."""

    advertise_fixed_ips: bool | UnsetType = UNSET
    """Whether to announce the port's fixed IPs to the VPN."""


def list_url(client: ServiceClient, bgpvpn_id: str) -> str:
    """The URL `/bgpvpn/bgpvpns/{bgpvpn_id}/port_associations`."""
    return client.url("/bgpvpn/bgpvpns/{bgpvpn_id}/port_associations", bgpvpn_id=bgpvpn_id)


def resource_url(client: ServiceClient, bgpvpn_id: str, port_association_id: str) -> str:
    """The URL `/bgpvpn/bgpvpns/{bgpvpn_id}/port_associations/{port_association_id}`."""
    return client.url(
        "/bgpvpn/bgpvpns/{bgpvpn_id}/port_associations/{port_association_id}",
        bgpvpn_id=bgpvpn_id,
        port_association_id=port_association_id,
    )


def list(
    client: ServiceClient,
    bgpvpn_id: str,
    opts: ListOpts | None = None,
) -> Pager[PortAssociation]:
    """Lists the port associations of a BGP VPN.

    GET ``/bgpvpn/bgpvpns/{bgpvpn_id}/port_associations``

    Args:
        client: The network v2 service client.
        bgpvpn_id: The ID of the BGP VPN.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client, bgpvpn_id),
        ok=(200,),
        item_type=PortAssociation,
        response_key="port_associations",
        style=PageStyle("links", links_key="port_associations_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    bgpvpn_id: str,
    opts: CreateOpts,
) -> PortAssociation:
    """Associates a BGP VPN with a port.

    POST ``/bgpvpn/bgpvpns/{bgpvpn_id}/port_associations``

    Args:
        client: The network v2 service client.
        bgpvpn_id: The ID of the BGP VPN.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client, bgpvpn_id),
        ok=(201,),
        opts=opts,
        body_key="port_association",
        response_key="port_association",
        response_type=PortAssociation,
    )


def get(
    client: ServiceClient,
    bgpvpn_id: str,
    port_association_id: str,
    opts: GetOpts | None = None,
) -> PortAssociation:
    """Shows a port association of a BGP VPN.

    GET ``/bgpvpn/bgpvpns/{bgpvpn_id}/port_associations/{port_association_id}``

    Args:
        client: The network v2 service client.
        bgpvpn_id: The ID of the BGP VPN.
        port_association_id: The ID of the port association.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, bgpvpn_id, port_association_id),
        ok=(200,),
        opts=opts,
        response_key="port_association",
        response_type=PortAssociation,
    )


def update(
    client: ServiceClient,
    bgpvpn_id: str,
    port_association_id: str,
    opts: UpdateOpts | None = None,
) -> PortAssociation:
    """Changes the routes or the fixed-IP announcement of a port association. The api-ref gives 201
    for success, the server answers 200: both are accepted.

    PUT ``/bgpvpn/bgpvpns/{bgpvpn_id}/port_associations/{port_association_id}``

    Args:
        client: The network v2 service client.
        bgpvpn_id: The ID of the BGP VPN.
        port_association_id: The ID of the port association.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, bgpvpn_id, port_association_id),
        ok=(200, 201),
        opts=opts,
        body_key="port_association",
        response_key="port_association",
        response_type=PortAssociation,
    )


def delete(
    client: ServiceClient,
    bgpvpn_id: str,
    port_association_id: str,
) -> None:
    """Removes a port association from a BGP VPN.

    DELETE ``/bgpvpn/bgpvpns/{bgpvpn_id}/port_associations/{port_association_id}``

    Args:
        client: The network v2 service client.
        bgpvpn_id: The ID of the BGP VPN.
        port_association_id: The ID of the port association.
    """
    client.call(
        "DELETE",
        resource_url(client, bgpvpn_id, port_association_id),
        ok=(204,),
    )
