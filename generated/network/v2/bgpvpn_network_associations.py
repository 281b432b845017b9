"""Network associations bind a BGP VPN to a Neutron network: the network's subnets are then
reachable from the VPN. They are a sub-resource of the BGP VPN and cannot be changed once
made.
"""

# Generated from specs/network/v2/bgpvpn_network_associations.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "NetworkAssociation",
    "ListOpts",
    "CreateOpts",
    "GetOpts",
    "list",
    "create",
    "get",
    "delete",
    "list_url",
    "resource_url",
]


class NetworkAssociation(Model):
    """The association of a BGP VPN with a network."""

    id: str
    """The ID of the network association."""

    network_id: str | UnsetType | None = UNSET
    """The ID of the associated network."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (legacy name of project_id)."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the owning project."""


class ListOpts(Options):
    """Options for :func:`list`."""

    network_id: str | UnsetType = UNSET
    """Only the association with this network."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last association of the previous page."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Return only these attributes of each association."""

    locations: ClassVar[dict[str, str]] = {
        "network_id": "query",
        "limit": "query",
        "marker": "query",
        "fields": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    network_id: str
    """The ID of the network to associate."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Return only these attributes."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


def list_url(client: ServiceClient, bgpvpn_id: str) -> str:
    """The URL `/bgpvpn/bgpvpns/{bgpvpn_id}/network_associations`."""
    return client.url("/bgpvpn/bgpvpns/{bgpvpn_id}/network_associations", bgpvpn_id=bgpvpn_id)


def resource_url(client: ServiceClient, bgpvpn_id: str, network_association_id: str) -> str:
    """The URL `/bgpvpn/bgpvpns/{bgpvpn_id}/network_associations/{network_association_id}`."""
    return client.url(
        "/bgpvpn/bgpvpns/{bgpvpn_id}/network_associations/{network_association_id}",
        bgpvpn_id=bgpvpn_id,
        network_association_id=network_association_id,
    )


def list(
    client: ServiceClient,
    bgpvpn_id: str,
    opts: ListOpts | None = None,
) -> Pager[NetworkAssociation]:
    """Lists the network associations of a BGP VPN.

    GET ``/bgpvpn/bgpvpns/{bgpvpn_id}/network_associations``

    Args:
        client: The network v2 service client.
        bgpvpn_id: The ID of the BGP VPN.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client, bgpvpn_id),
        ok=(200,),
        item_type=NetworkAssociation,
        response_key="network_associations",
        style=PageStyle("links", links_key="network_associations_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    bgpvpn_id: str,
    opts: CreateOpts,
) -> NetworkAssociation:
    """Associates a BGP VPN with a network.

    POST ``/bgpvpn/bgpvpns/{bgpvpn_id}/network_associations``

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
        body_key="network_association",
        response_key="network_association",
        response_type=NetworkAssociation,
    )


def get(
    client: ServiceClient,
    bgpvpn_id: str,
    network_association_id: str,
    opts: GetOpts | None = None,
) -> NetworkAssociation:
    """Shows a network association of a BGP VPN.

    GET ``/bgpvpn/bgpvpns/{bgpvpn_id}/network_associations/{network_association_id}``

    Args:
        client: The network v2 service client.
        bgpvpn_id: The ID of the BGP VPN.
        network_association_id: The ID of the network association.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, bgpvpn_id, network_association_id),
        ok=(200,),
        opts=opts,
        response_key="network_association",
        response_type=NetworkAssociation,
    )


def delete(
    client: ServiceClient,
    bgpvpn_id: str,
    network_association_id: str,
) -> None:
    """Removes a network association from a BGP VPN.

    DELETE ``/bgpvpn/bgpvpns/{bgpvpn_id}/network_associations/{network_association_id}``

    Args:
        client: The network v2 service client.
        bgpvpn_id: The ID of the BGP VPN.
        network_association_id: The ID of the network association.
    """
    client.call(
        "DELETE",
        resource_url(client, bgpvpn_id, network_association_id),
        ok=(204,),
    )
