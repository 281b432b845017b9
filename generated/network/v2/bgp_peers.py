"""BGP peers (neutron-dynamic-routing, extension bgp) stand for the real BGP routers, route
reflectors or route servers outside Neutron. Once a peer is added to a BGP speaker, the
speaker opens a session with it and announces its routes over it.
"""

# Generated from specs/network/v2/bgp_peers.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
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
)

__all__ = [
    "BgpPeer",
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
]


class BgpPeer(Model):
    """A BGP peer."""

    id: str
    """The ID of the BGP peer."""

    name: str | UnsetType | None = UNSET
    """The name of the BGP peer."""

    peer_ip: str | UnsetType | None = UNSET
    """The IP address of the peer."""

    remote_as: int | UnsetType | None = UNSET
    """The autonomous system number of the peer."""

    auth_type: str | UnsetType | None = UNSET
    """How sessions with the peer are authenticated."""

    password: str | UnsetType | None = UNSET
    """The authentication password (Neutron normally does not return it)."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (legacy name of project_id)."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the owning project."""

    secret_fields: ClassVar[frozenset[str]] = frozenset({"password"})


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the peer with this ID."""

    name: str | UnsetType = UNSET
    """Only peers with this name."""

    peer_ip: str | UnsetType = UNSET
    """Only peers at this IP address."""

    remote_as: int | UnsetType = UNSET
    """Only peers in this autonomous system."""

    auth_type: Literal["none", "md5"] | UnsetType = UNSET
    """Only peers with this authentication type."""

    project_id: str | UnsetType = UNSET
    """Only peers of this project."""

    tenant_id: str | UnsetType = UNSET
    """Only peers of this project (legacy name)."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last peer of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Page backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by, paired in order with sort_dir."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions (asc or desc), one per sort_key."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Return only these attributes of each peer."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "peer_ip": "query",
        "remote_as": "query",
        "auth_type": "query",
        "project_id": "query",
        "tenant_id": "query",
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

    peer_ip: str
    """The IP address of the peer."""

    remote_as: int
    """The autonomous system number of the peer."""

    auth_type: Literal["none", "md5"]
    """How sessions with the peer are authenticated."""

    name: str | UnsetType = UNSET
    """The name of the peer."""

    password: str | UnsetType = UNSET
    """The authentication password (required with md5)."""

    secret_fields: ClassVar[frozenset[str]] = frozenset({"password"})


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Return only these attributes."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new name of the peer."""

    password: str | UnsetType = UNSET
    """The new authentication password."""

    secret_fields: ClassVar[frozenset[str]] = frozenset({"password"})


def list_url(client: ServiceClient) -> str:
    """The URL `/bgp-peers`."""
    return client.url("/bgp-peers")


def resource_url(client: ServiceClient, bgp_peer_id: str) -> str:
    """The URL `/bgp-peers/{bgp_peer_id}`."""
    return client.url("/bgp-peers/{bgp_peer_id}", bgp_peer_id=bgp_peer_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[BgpPeer]:
    """Lists BGP peers.

    GET ``/bgp-peers``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=BgpPeer,
        response_key="bgp_peers",
        style=PageStyle("links", links_key="bgp_peers_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> BgpPeer:
    """Creates a BGP peer; md5 authentication needs a password.

    POST ``/bgp-peers``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="bgp_peer",
        response_key="bgp_peer",
        response_type=BgpPeer,
    )


def get(
    client: ServiceClient,
    bgp_peer_id: str,
    opts: GetOpts | None = None,
) -> BgpPeer:
    """Shows a BGP peer.

    GET ``/bgp-peers/{bgp_peer_id}``

    Args:
        client: The network v2 service client.
        bgp_peer_id: The ID of the BGP peer.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, bgp_peer_id),
        ok=(200,),
        opts=opts,
        response_key="bgp_peer",
        response_type=BgpPeer,
    )


def update(
    client: ServiceClient,
    bgp_peer_id: str,
    opts: UpdateOpts | None = None,
) -> BgpPeer:
    """Renames a BGP peer or changes its password.

    PUT ``/bgp-peers/{bgp_peer_id}``

    Args:
        client: The network v2 service client.
        bgp_peer_id: The ID of the BGP peer.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, bgp_peer_id),
        ok=(200,),
        opts=opts,
        body_key="bgp_peer",
        response_key="bgp_peer",
        response_type=BgpPeer,
    )


def delete(
    client: ServiceClient,
    bgp_peer_id: str,
) -> None:
    """Deletes a BGP peer.

    DELETE ``/bgp-peers/{bgp_peer_id}``

    Args:
        client: The network v2 service client.
        bgp_peer_id: The ID of the BGP peer.
    """
    client.call(
        "DELETE",
        resource_url(client, bgp_peer_id),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> BgpPeer:
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
        what="BgpPeer",
    )
