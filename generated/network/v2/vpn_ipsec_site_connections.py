"""IPsec site connections (VPNaaS) are the site-to-site tunnels of a VPN service: a remote peer
and its pre-shared key, the IKE and IPsec policies to negotiate with, and which networks on
each side the tunnel joins (a local and a peer endpoint group, or the legacy peer_cidrs).
"""

# Generated from specs/network/v2/vpn_ipsec_site_connections.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable
from typing import ClassVar, Literal

from typedstack.runtime import (
    UNSET,
    Model,
    Options,
    Pager,
    PageStyle,
    ServiceClient,
    UnsetType,
    finding,
    waiters,
)

__all__ = [
    "IpsecSiteConnection",
    "Dpd",
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
    "find",
    "wait_for_status",
    "wait_for_delete",
]


class IpsecSiteConnection(Model):
    """An IPsec site-to-site connection."""

    id: str
    """The ID of the connection."""

    name: str | UnsetType | None = UNSET
    """The name of the connection."""

    description: str | UnsetType | None = UNSET
    """A free-text description of the connection."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the connection."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (legacy name of project_id)."""

    vpnservice_id: str | UnsetType | None = UNSET
    """The ID of the VPN service the connection belongs to."""

    ikepolicy_id: str | UnsetType | None = UNSET
    """The ID of the IKE policy used for phase 1."""

    ipsecpolicy_id: str | UnsetType | None = UNSET
    """The ID of the IPsec policy used for phase 2."""

    peer_address: str | UnsetType | None = UNSET
    """The public IPv4 or IPv6 address, or FQDN, of the peer gateway."""

    peer_id: str | UnsetType | None = UNSET
    """The identity the peer authenticates with (an IP address, e-mail address, key ID or FQDN)."""

    local_id: str | UnsetType | None = UNSET
    """The identity used for the local side instead of the router's external IP address; empty
    when unset.
    """

    local_ep_group_id: str | UnsetType | None = UNSET
    """The ID of the endpoint group of local subnets joined by the tunnel."""

    peer_ep_group_id: str | UnsetType | None = UNSET
    """The ID of the endpoint group of peer CIDRs joined by the tunnel."""

    peer_cidrs: builtins.list[str] | UnsetType | None = UNSET
    """Deprecated; the peer's private CIDRs, in the legacy mode without endpoint groups."""

    route_mode: str | UnsetType | None = UNSET
    """The route mode; always static."""

    mtu: int | UnsetType | None = UNSET
    """The MTU of the tunnel (at least 68 for IPv4 and 1280 for IPv6)."""

    initiator: str | UnsetType | None = UNSET
    """Whether this side may start the negotiation (bi-directional) or only answer (response-
    only).
    """

    auth_mode: str | UnsetType | None = UNSET
    """How the peers authenticate; always psk."""

    psk: str | UnsetType | None = UNSET
    """The pre-shared key."""

    dpd: Dpd | UnsetType | None = UNSET
    """The dead peer detection settings."""

    admin_state_up: bool | UnsetType | None = UNSET
    """The administrative state of the connection (true is up)."""

    status: str | UnsetType | None = UNSET
    """The operational status (ACTIVE, DOWN, BUILD, ERROR, PENDING_CREATE, PENDING_UPDATE or
    PENDING_DELETE).
    """

    secret_fields: ClassVar[frozenset[str]] = frozenset({"psk"})


class Dpd(Model):
    """Dead peer detection (DPD) settings of a connection."""

    action: str | UnsetType | None = UNSET
    """What to do when the peer stops answering (default hold)."""

    interval: int | UnsetType | None = UNSET
    """Seconds between two DPD probes (default 30)."""

    timeout: int | UnsetType | None = UNSET
    """Seconds without an answer after which the peer is declared dead; more than interval
    (default 120).
    """


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the connection with this ID."""

    name: str | UnsetType = UNSET
    """Only connections with this name."""

    description: str | UnsetType = UNSET
    """Only connections with this description."""

    project_id: str | UnsetType = UNSET
    """Only connections owned by this project."""

    tenant_id: str | UnsetType = UNSET
    """Only connections owned by this project (legacy name of project_id)."""

    vpnservice_id: str | UnsetType = UNSET
    """Only connections of this VPN service."""

    ikepolicy_id: str | UnsetType = UNSET
    """Only connections using this IKE policy."""

    ipsecpolicy_id: str | UnsetType = UNSET
    """Only connections using this IPsec policy."""

    peer_address: str | UnsetType = UNSET
    """Only connections to this peer address."""

    peer_id: str | UnsetType = UNSET
    """Only connections with this peer identity."""

    local_ep_group_id: str | UnsetType = UNSET
    """Only connections using this local endpoint group."""

    peer_ep_group_id: str | UnsetType = UNSET
    """Only connections using this peer endpoint group."""

    initiator: str | UnsetType = UNSET
    """Only connections with this initiator mode."""

    admin_state_up: bool | UnsetType = UNSET
    """Only connections that are administratively up (true) or down (false)."""

    status: str | UnsetType = UNSET
    """Only connections in this status."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last connection of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by (id, name, project_id, tenant_id), one per sort_dir."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions (asc or desc), one per sort_key."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of each connection."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "description": "query",
        "project_id": "query",
        "tenant_id": "query",
        "vpnservice_id": "query",
        "ikepolicy_id": "query",
        "ipsecpolicy_id": "query",
        "peer_address": "query",
        "peer_id": "query",
        "local_ep_group_id": "query",
        "peer_ep_group_id": "query",
        "initiator": "query",
        "admin_state_up": "query",
        "status": "query",
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

    vpnservice_id: str
    """The ID of the VPN service to add the connection to."""

    ikepolicy_id: str
    """The ID of the IKE policy to use."""

    ipsecpolicy_id: str
    """The ID of the IPsec policy to use."""

    peer_address: str
    """The public IPv4 or IPv6 address, or FQDN, of the peer gateway."""

    peer_id: str
    """The identity of the peer, usually the same as peer_address."""

    psk: str
    """The pre-shared key."""

    local_ep_group_id: str | UnsetType | None = UNSET
    """The endpoint group of local subnets; give it together with peer_ep_group_id."""

    peer_ep_group_id: str | UnsetType | None = UNSET
    """The endpoint group of peer CIDRs; give it together with local_ep_group_id."""

    peer_cidrs: builtins.list[str] | UnsetType = UNSET
    """Deprecated; the peer's private CIDRs, for a VPN service created with a subnet_id."""

    local_id: str | UnsetType = UNSET
    """An identity for the local side to use instead of the router's external IP address."""

    name: str | UnsetType = UNSET
    """The name of the connection."""

    description: str | UnsetType = UNSET
    """A free-text description."""

    mtu: int | UnsetType = UNSET
    """The MTU of the tunnel (default 1500)."""

    initiator: Literal["bi-directional", "response-only"] | UnsetType = UNSET
    """Whether this side may start the negotiation (default bi-directional)."""

    dpd: Dpd | UnsetType = UNSET
    """Dead peer detection settings; missing entries take their defaults."""

    admin_state_up: bool | UnsetType = UNSET
    """The administrative state (default true, up)."""

    project_id: str | UnsetType = UNSET
    """The owning project, when an admin creates the connection for another project."""

    tenant_id: str | UnsetType = UNSET
    """The owning project (legacy name of project_id)."""

    secret_fields: ClassVar[frozenset[str]] = frozenset({"psk"})


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new name."""

    description: str | UnsetType = UNSET
    """The new description."""

    peer_address: str | UnsetType = UNSET
    """The new address of the peer gateway."""

    peer_id: str | UnsetType = UNSET
    """The new identity of the peer."""

    psk: str | UnsetType = UNSET
    """The new pre-shared key."""

    local_id: str | UnsetType = UNSET
    """The new identity of the local side."""

    local_ep_group_id: str | UnsetType | None = UNSET
    """The new endpoint group of local subnets."""

    peer_ep_group_id: str | UnsetType | None = UNSET
    """The new endpoint group of peer CIDRs."""

    peer_cidrs: builtins.list[str] | UnsetType = UNSET
    """Deprecated; the new private CIDRs of the peer."""

    mtu: int | UnsetType = UNSET
    """The new MTU of the tunnel."""

    initiator: Literal["bi-directional", "response-only"] | UnsetType = UNSET
    """The new initiator mode."""

    dpd: Dpd | UnsetType = UNSET
    """The new dead peer detection settings."""

    admin_state_up: bool | UnsetType = UNSET
    """The new administrative state (true is up)."""

    secret_fields: ClassVar[frozenset[str]] = frozenset({"psk"})


def list_url(client: ServiceClient) -> str:
    """The URL `/vpn/ipsec-site-connections`."""
    return client.url("/vpn/ipsec-site-connections")


def resource_url(client: ServiceClient, connection_id: str) -> str:
    """The URL `/vpn/ipsec-site-connections/{connection_id}`."""
    return client.url("/vpn/ipsec-site-connections/{connection_id}", connection_id=connection_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[IpsecSiteConnection]:
    """Lists the IPsec site connections the caller can see.

    GET ``/vpn/ipsec-site-connections``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=IpsecSiteConnection,
        response_key="ipsec_site_connections",
        style=PageStyle("links", links_key="ipsec_site_connections_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> IpsecSiteConnection:
    """Creates an IPsec site connection on a VPN service.

    POST ``/vpn/ipsec-site-connections``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="ipsec_site_connection",
        response_key="ipsec_site_connection",
        response_type=IpsecSiteConnection,
    )


def get(
    client: ServiceClient,
    connection_id: str,
    opts: GetOpts | None = None,
) -> IpsecSiteConnection:
    """Shows an IPsec site connection.

    GET ``/vpn/ipsec-site-connections/{connection_id}``

    Args:
        client: The network v2 service client.
        connection_id: The ID of the IPsec site connection.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, connection_id),
        ok=(200,),
        opts=opts,
        response_key="ipsec_site_connection",
        response_type=IpsecSiteConnection,
    )


def update(
    client: ServiceClient,
    connection_id: str,
    opts: UpdateOpts | None = None,
) -> IpsecSiteConnection:
    """Changes an IPsec site connection; its VPN service and policies cannot change.

    PUT ``/vpn/ipsec-site-connections/{connection_id}``

    Args:
        client: The network v2 service client.
        connection_id: The ID of the IPsec site connection.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, connection_id),
        ok=(200,),
        opts=opts,
        body_key="ipsec_site_connection",
        response_key="ipsec_site_connection",
        response_type=IpsecSiteConnection,
    )


def delete(
    client: ServiceClient,
    connection_id: str,
) -> None:
    """Deletes an IPsec site connection.

    DELETE ``/vpn/ipsec-site-connections/{connection_id}``

    Args:
        client: The network v2 service client.
        connection_id: The ID of the IPsec site connection.
    """
    client.call(
        "DELETE",
        resource_url(client, connection_id),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> IpsecSiteConnection:
    """Finds one by ID, else by exact name: get, then list filtered by name.

    Raises NotFound when none matches, MultipleMatches (naming every ID) when
    several have the name.
    """
    return finding.find(
        name_or_id,
        by_id=lambda id_: get(client, id_),
        by_name=lambda name: list(client, ListOpts(name=name)),
        name_of=lambda item: item.name,
        id_of=lambda item: item.id,
        what="IpsecSiteConnection",
    )


def wait_for_status(
    client: ServiceClient,
    connection_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    predicate: Callable[[IpsecSiteConnection], bool] | None = None,
) -> IpsecSiteConnection:
    """Polls get until status is one of status (and predicate holds).

    Failure statuses (ERROR, error) raise ResourceFailed at once.
    Returns the resource; WaitTimeout after timeout seconds.
    """
    return waiters.wait_for_status(
        lambda: get(client, connection_id),
        status,
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="IpsecSiteConnection",
        predicate=predicate,
    )


def wait_for_delete(
    client: ServiceClient,
    connection_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
) -> None:
    """Polls get until it answers 404 (the resource is deleted).

    Failure statuses (ERROR, error) raise ResourceFailed at once;
    WaitTimeout after timeout seconds.
    """
    waiters.wait_for_delete(
        lambda: get(client, connection_id),
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="IpsecSiteConnection",
    )
