"""BGP VPNs (networking-bgpvpn, extension bgpvpn) stand for MPLS or EVPN VPNs of the operator's
BGP network. An administrator creates a BGP VPN with its route targets and hands it to a
project, which then associates it with its networks, routers or ports (see the association
modules).
"""

# Generated from specs/network/v2/bgpvpns.yaml by `python -m generator`. Do not edit:
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
    "Bgpvpn",
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


class Bgpvpn(Model):
    """A BGP VPN."""

    id: str
    """The ID of the BGP VPN."""

    name: str | UnsetType | None = UNSET
    """The name of the BGP VPN."""

    type: str | UnsetType | None = UNSET
    """Routed (l3, the default) or bridged (l2) attachment to the VPN."""

    route_distinguishers: builtins.list[str] | UnsetType | None = UNSET
    """Route distinguishers, one of which is used to announce the VPN routes."""

    route_targets: builtins.list[str] | UnsetType | None = UNSET
    """Route targets used both for import and for export."""

    import_targets: builtins.list[str] | UnsetType | None = UNSET
    """Further route targets used for import only."""

    export_targets: builtins.list[str] | UnsetType | None = UNSET
    """Further route targets used for export only."""

    networks: builtins.list[str] | UnsetType | None = UNSET
    """The IDs of the networks associated with the VPN (see network associations)."""

    routers: builtins.list[str] | UnsetType | None = UNSET
    """The IDs of the routers associated with the VPN (see router associations)."""

    ports: builtins.list[str] | UnsetType | None = UNSET
    """The IDs of the ports associated with the VPN (see port associations; only with the
    bgpvpn-routes-control extension).
    """

    local_pref: int | UnsetType | None = UNSET
    """The default BGP LOCAL_PREF of the routes announced to the VPN, unless a route sets its
    own.
    """

    vni: int | UnsetType | None = UNSET
    """The VXLAN network identifier of the VPN (bgpvpn-vni extension)."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (legacy name of project_id)."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the owning project."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the BGP VPN with this ID."""

    name: str | UnsetType = UNSET
    """Only BGP VPNs with this name."""

    type: Literal["l3", "l2"] | UnsetType = UNSET
    """Only BGP VPNs of this type."""

    project_id: str | UnsetType = UNSET
    """Only BGP VPNs of this project."""

    tenant_id: str | UnsetType = UNSET
    """Only BGP VPNs of this project (legacy name)."""

    networks: builtins.list[str] | UnsetType = UNSET
    """Only BGP VPNs associated with at least one of these networks."""

    routers: builtins.list[str] | UnsetType = UNSET
    """Only BGP VPNs associated with at least one of these routers."""

    ports: builtins.list[str] | UnsetType = UNSET
    """Only BGP VPNs associated with at least one of these ports."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last BGP VPN of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Page backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by, paired in order with sort_dir."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions (asc or desc), one per sort_key."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Return only these attributes of each BGP VPN."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "type": "query",
        "project_id": "query",
        "tenant_id": "query",
        "networks": "query",
        "routers": "query",
        "ports": "query",
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

    name: str | UnsetType = UNSET
    """The name of the BGP VPN."""

    type: Literal["l3", "l2"] | UnsetType = UNSET
    """Routed (l3, the default) or bridged (l2) attachment."""

    route_distinguishers: builtins.list[str] | UnsetType = UNSET
    """Route distinguishers to announce the VPN routes with."""

    route_targets: builtins.list[str] | UnsetType = UNSET
    """Route targets for both import and export (ASN:number or IP:number)."""

    import_targets: builtins.list[str] | UnsetType = UNSET
    """Further route targets for import only."""

    export_targets: builtins.list[str] | UnsetType = UNSET
    """Further route targets for export only."""

    local_pref: int | UnsetType = UNSET
    """The default BGP LOCAL_PREF of announced routes (default none)."""

    vni: int | UnsetType = UNSET
    """The VXLAN network identifier (bgpvpn-vni extension)."""

    project_id: str | UnsetType = UNSET
    """The project the BGP VPN is for (administrators only)."""

    tenant_id: str | UnsetType = UNSET
    """The project the BGP VPN is for (legacy name of project_id)."""


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
    """The new name."""

    route_distinguishers: builtins.list[str] | UnsetType = UNSET
    """The new route distinguishers."""

    route_targets: builtins.list[str] | UnsetType = UNSET
    """The new import-and-export route targets."""

    import_targets: builtins.list[str] | UnsetType = UNSET
    """The new import-only route targets."""

    export_targets: builtins.list[str] | UnsetType = UNSET
    """The new export-only route targets."""

    local_pref: int | UnsetType | None = UNSET
    """The new default LOCAL_PREF (null for none)."""


def list_url(client: ServiceClient) -> str:
    """The URL `/bgpvpn/bgpvpns`."""
    return client.url("/bgpvpn/bgpvpns")


def resource_url(client: ServiceClient, bgpvpn_id: str) -> str:
    """The URL `/bgpvpn/bgpvpns/{bgpvpn_id}`."""
    return client.url("/bgpvpn/bgpvpns/{bgpvpn_id}", bgpvpn_id=bgpvpn_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Bgpvpn]:
    """Lists the BGP VPNs the project can reach.

    GET ``/bgpvpn/bgpvpns``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Bgpvpn,
        response_key="bgpvpns",
        style=PageStyle("links", links_key="bgpvpns_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
) -> Bgpvpn:
    """Creates a BGP VPN (by default for administrators only).

    POST ``/bgpvpn/bgpvpns``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="bgpvpn",
        response_key="bgpvpn",
        response_type=Bgpvpn,
    )


def get(
    client: ServiceClient,
    bgpvpn_id: str,
    opts: GetOpts | None = None,
) -> Bgpvpn:
    """Shows a BGP VPN.

    GET ``/bgpvpn/bgpvpns/{bgpvpn_id}``

    Args:
        client: The network v2 service client.
        bgpvpn_id: The ID of the BGP VPN.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, bgpvpn_id),
        ok=(200,),
        opts=opts,
        response_key="bgpvpn",
        response_type=Bgpvpn,
    )


def update(
    client: ServiceClient,
    bgpvpn_id: str,
    opts: UpdateOpts | None = None,
) -> Bgpvpn:
    """Updates a BGP VPN; project members may only rename it, everything else needs an
    administrator. The api-ref gives 201 for success, the server answers 200: both are accepted.

    PUT ``/bgpvpn/bgpvpns/{bgpvpn_id}``

    Args:
        client: The network v2 service client.
        bgpvpn_id: The ID of the BGP VPN.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, bgpvpn_id),
        ok=(200, 201),
        opts=opts,
        body_key="bgpvpn",
        response_key="bgpvpn",
        response_type=Bgpvpn,
    )


def delete(
    client: ServiceClient,
    bgpvpn_id: str,
) -> None:
    """Deletes a BGP VPN together with its associations.

    DELETE ``/bgpvpn/bgpvpns/{bgpvpn_id}``

    Args:
        client: The network v2 service client.
        bgpvpn_id: The ID of the BGP VPN.
    """
    client.call(
        "DELETE",
        resource_url(client, bgpvpn_id),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Bgpvpn:
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
        what="Bgpvpn",
    )
