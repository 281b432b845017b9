"""Router associations bind a BGP VPN of type l3 to a Neutron router: every subnet on the router
is then interconnected with the VPN. A router may be associated with several BGP VPNs.
"""

# Generated from specs/network/v2/bgpvpn_router_associations.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "RouterAssociation",
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


class RouterAssociation(Model):
    """The association of a BGP VPN with a router."""

    id: str
    """The ID of the router association."""

    router_id: str | UnsetType | None = UNSET
    """The ID of the associated router."""

    advertise_extra_routes: bool | UnsetType | None = UNSET
    """Whether the router's extra routes are announced to the VPN (bgpvpn-routes-control
    extension).
    """

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (legacy name of project_id)."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the owning project."""


class ListOpts(Options):
    """Options for :func:`list`."""

    router_id: str | UnsetType = UNSET
    """Only the association with this router."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last association of the previous page."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Return only these attributes of each association."""

    locations: ClassVar[dict[str, str]] = {
        "router_id": "query",
        "limit": "query",
        "marker": "query",
        "fields": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    router_id: str
    """The ID of the router to associate."""

    advertise_extra_routes: bool | UnsetType = UNSET
    """Announce the router's extra routes to the VPN (default true; bgpvpn-routes-control
    extension).
    """


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Return only these attributes."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    advertise_extra_routes: bool | UnsetType = UNSET
    """Whether to announce the router's extra routes to the VPN."""


def list_url(client: ServiceClient, bgpvpn_id: str) -> str:
    """The URL `/bgpvpn/bgpvpns/{bgpvpn_id}/router_associations`."""
    return client.url("/bgpvpn/bgpvpns/{bgpvpn_id}/router_associations", bgpvpn_id=bgpvpn_id)


def resource_url(client: ServiceClient, bgpvpn_id: str, router_association_id: str) -> str:
    """The URL `/bgpvpn/bgpvpns/{bgpvpn_id}/router_associations/{router_association_id}`."""
    return client.url(
        "/bgpvpn/bgpvpns/{bgpvpn_id}/router_associations/{router_association_id}",
        bgpvpn_id=bgpvpn_id,
        router_association_id=router_association_id,
    )


def list(
    client: ServiceClient,
    bgpvpn_id: str,
    opts: ListOpts | None = None,
) -> Pager[RouterAssociation]:
    """Lists the router associations of a BGP VPN.

    GET ``/bgpvpn/bgpvpns/{bgpvpn_id}/router_associations``

    Args:
        client: The network v2 service client.
        bgpvpn_id: The ID of the BGP VPN.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client, bgpvpn_id),
        ok=(200,),
        item_type=RouterAssociation,
        response_key="router_associations",
        style=PageStyle("links", links_key="router_associations_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    bgpvpn_id: str,
    opts: CreateOpts,
) -> RouterAssociation:
    """Associates a BGP VPN with a router.

    POST ``/bgpvpn/bgpvpns/{bgpvpn_id}/router_associations``

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
        body_key="router_association",
        response_key="router_association",
        response_type=RouterAssociation,
    )


def get(
    client: ServiceClient,
    bgpvpn_id: str,
    router_association_id: str,
    opts: GetOpts | None = None,
) -> RouterAssociation:
    """Shows a router association of a BGP VPN.

    GET ``/bgpvpn/bgpvpns/{bgpvpn_id}/router_associations/{router_association_id}``

    Args:
        client: The network v2 service client.
        bgpvpn_id: The ID of the BGP VPN.
        router_association_id: The ID of the router association.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, bgpvpn_id, router_association_id),
        ok=(200,),
        opts=opts,
        response_key="router_association",
        response_type=RouterAssociation,
    )


def update(
    client: ServiceClient,
    bgpvpn_id: str,
    router_association_id: str,
    opts: UpdateOpts | None = None,
) -> RouterAssociation:
    """Changes whether a router association announces the router's extra routes (bgpvpn-routes-
    control extension).

    PUT ``/bgpvpn/bgpvpns/{bgpvpn_id}/router_associations/{router_association_id}``

    Args:
        client: The network v2 service client.
        bgpvpn_id: The ID of the BGP VPN.
        router_association_id: The ID of the router association.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, bgpvpn_id, router_association_id),
        ok=(200,),
        opts=opts,
        body_key="router_association",
        response_key="router_association",
        response_type=RouterAssociation,
    )


def delete(
    client: ServiceClient,
    bgpvpn_id: str,
    router_association_id: str,
) -> None:
    """Removes a router association from a BGP VPN. The api-ref gives 202 for success, the server
    answers 204: both are accepted.

    DELETE ``/bgpvpn/bgpvpns/{bgpvpn_id}/router_associations/{router_association_id}``

    Args:
        client: The network v2 service client.
        bgpvpn_id: The ID of the BGP VPN.
        router_association_id: The ID of the router association.
    """
    client.call(
        "DELETE",
        resource_url(client, bgpvpn_id, router_association_id),
        ok=(202, 204),
    )
