"""Routers forward packets between the internal subnets attached to them and NAT traffic to an
external network through their gateway. A router also carries extra static routes, conntrack
helpers and, with the external-gateway-multihoming extension, several external gateways.
"""

# Generated from specs/network/v2/routers.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import ClassVar

import msgspec

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
    "Router",
    "ExternalGateway",
    "ExternalFixedIp",
    "RouterConntrackHelper",
    "Route",
    "RouterInterface",
    "ListOpts",
    "CreateOpts",
    "GetOpts",
    "UpdateOpts",
    "AddInterfaceOpts",
    "RemoveInterfaceOpts",
    "AddExtraRoutesOpts",
    "RemoveExtraRoutesOpts",
    "AddExternalGatewaysOpts",
    "UpdateExternalGatewaysOpts",
    "RemoveExternalGatewaysOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "add_interface",
    "remove_interface",
    "add_extra_routes",
    "remove_extra_routes",
    "add_external_gateways",
    "update_external_gateways",
    "remove_external_gateways",
    "list_url",
    "resource_url",
    "add_interface_url",
    "remove_interface_url",
    "add_extra_routes_url",
    "remove_extra_routes_url",
    "add_external_gateways_url",
    "update_external_gateways_url",
    "remove_external_gateways_url",
    "find",
    "wait_for_status",
    "wait_for_delete",
]


class Router(Model):
    """A logical router."""

    id: str
    """The ID of the router."""

    name: str | UnsetType | None = UNSET
    """The name of the router."""

    description: str | UnsetType | None = UNSET
    """A free-form description of the router."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the router."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (legacy name of project_id)."""

    admin_state_up: bool | UnsetType | None = UNSET
    """Whether the router is administratively up."""

    status: str | UnsetType | None = UNSET
    """The operational status of the router (ACTIVE, ALLOCATING, ERROR, ...)."""

    enable_snat: bool | UnsetType | None = UNSET
    """Whether source NAT is applied to traffic leaving through the gateway."""

    external_gateway_info: ExternalGateway | UnsetType | None = UNSET
    """The router's (first) external gateway, or null when it has none."""

    external_gateways: builtins.list[ExternalGateway] | UnsetType | None = UNSET
    """Every external gateway of the router (external-gateway-multihoming extension)."""

    revision_number: int | UnsetType | None = UNSET
    """The revision number of the router, raised on each change."""

    routes: builtins.list[Route] | UnsetType | None = UNSET
    """The extra static routes of the router."""

    distributed: bool | UnsetType | None = UNSET
    """Whether the router is distributed (DVR)."""

    ha: bool | UnsetType | None = UNSET
    """Whether the router is highly available (L3 HA)."""

    gw_port_id: str | UnsetType | None = UNSET
    """The ID of the port of the router's external gateway, or null; only the answers to adding
    and removing extra routes carry it.
    """

    ha_vr_id: int | UnsetType | None = UNSET
    """The virtual router ID of an HA router (0 otherwise); only the answers to adding and
    removing extra routes carry it.
    """

    availability_zone_hints: builtins.list[str] | UnsetType | None = UNSET
    """The availability zones the router was asked to be scheduled in."""

    availability_zones: builtins.list[str] | UnsetType | None = UNSET
    """The availability zones the router is actually in."""

    service_type_id: str | UnsetType | None = UNSET
    """The ID of the service type the router is associated with."""

    flavor_id: str | UnsetType | None = UNSET
    """The ID of the router's flavor."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the router was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the router was last changed."""

    tags: builtins.list[str] | UnsetType | None = UNSET
    """The tags of the router."""

    conntrack_helpers: builtins.list[RouterConntrackHelper] | UnsetType | None = UNSET
    """The conntrack helpers of the router (helper, protocol and port of each)."""

    enable_ndp_proxy: bool | UnsetType | None = UNSET
    """Whether IPv6 addresses of the internal subnets may be published through NDP proxies."""

    enable_default_route_bfd: bool | UnsetType | None = UNSET
    """Whether BFD sessions run for the default routes of the gateway subnets."""

    enable_default_route_ecmp: bool | UnsetType | None = UNSET
    """Whether ECMP default routes are added when several gateway ports offer one."""


class ExternalGateway(Model):
    """An external gateway of a router."""

    network_id: str | UnsetType | None = UNSET
    """The ID of the external network of the gateway."""

    enable_snat: bool | UnsetType | None = UNSET
    """Whether source NAT is done on this gateway."""

    external_fixed_ips: builtins.list[ExternalFixedIp] | UnsetType | None = UNSET
    """The IP addresses of the gateway port on the external network."""

    qos_policy_id: str | UnsetType | None = UNSET
    """The ID of the QoS policy applied to the gateway IP addresses."""

    enable_default_route_bfd: bool | UnsetType | None = UNSET
    """Whether BFD runs for the default routes inferred from this gateway."""

    enable_default_route_ecmp: bool | UnsetType | None = UNSET
    """Whether ECMP default routes are added for this gateway."""


class ExternalFixedIp(Model):
    """An IP address of a router's gateway port."""

    subnet_id: str | UnsetType | None = UNSET
    """The ID of the external subnet the address is in."""

    ip_address: str | UnsetType | None = UNSET
    """The IP address."""


class RouterConntrackHelper(Model):
    """A conntrack helper as listed within its router."""

    helper: str | UnsetType | None = UNSET
    """The netfilter conntrack helper module, e.g. ftp."""

    protocol: str | UnsetType | None = UNSET
    """The network protocol the helper handles, e.g. tcp."""

    port: int | UnsetType | None = UNSET
    """The network port the helper handles."""


class Route(Model):
    """An extra static route of a router."""

    destination: str | UnsetType | None = UNSET
    """The destination CIDR, e.g. 10.1.0.0/24."""

    nexthop: str | UnsetType | None = UNSET
    """The IP address of the next hop."""


class RouterInterface(Model):
    """An internal interface of a router, as added or removed."""

    id: str
    """The ID of the router."""

    subnet_id: str | UnsetType | None = UNSET
    """The ID of the (first) subnet of the interface."""

    subnet_ids: builtins.list[str] | UnsetType | None = UNSET
    """The IDs of the subnets of the interface."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the router."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (legacy name of project_id)."""

    port_id: str | UnsetType | None = UNSET
    """The ID of the port that is the interface."""

    network_id: str | UnsetType | None = UNSET
    """The ID of the network the interface is on."""

    advertise_host: bool | UnsetType | None = UNSET
    """Whether the subnet's connected routes are advertised as host routes (evpn extension)."""

    tags: builtins.list[str] | UnsetType | None = UNSET
    """The tags of the interface port."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Filters by router ID."""

    tenant_id: str | UnsetType = UNSET
    """Filters by owning project (legacy name)."""

    project_id: str | UnsetType = UNSET
    """Filters by owning project."""

    name: str | UnsetType = UNSET
    """Filters by name."""

    description: str | UnsetType = UNSET
    """Filters by description."""

    admin_state_up: bool | UnsetType = UNSET
    """Filters by administrative state."""

    revision_number: int | UnsetType = UNSET
    """Filters by revision number."""

    tags: builtins.list[str] | UnsetType = UNSET
    """Routers having all of these comma-separated tags."""

    tags_any: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="tags-any")
    """Routers having any of these comma-separated tags."""

    not_tags: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="not-tags")
    """Routers not having all of these comma-separated tags."""

    not_tags_any: builtins.list[str] | UnsetType = msgspec.field(
        default=UNSET, name="not-tags-any"
    )
    """Routers having none of these comma-separated tags."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last router of the previous page."""

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
        "tenant_id": "query",
        "project_id": "query",
        "name": "query",
        "description": "query",
        "admin_state_up": "query",
        "revision_number": "query",
        "tags": "csv",
        "tags_any": "csv",
        "not_tags": "csv",
        "not_tags_any": "csv",
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
    """The name of the router."""

    description: str | UnsetType = UNSET
    """A free-form description."""

    project_id: str | UnsetType = UNSET
    """The owning project (admins only)."""

    tenant_id: str | UnsetType = UNSET
    """The owning project (legacy name of project_id)."""

    admin_state_up: bool | UnsetType = UNSET
    """Whether the router is administratively up (default true)."""

    external_gateway_info: ExternalGateway | UnsetType = UNSET
    """The external gateway (its network_id at least)."""

    distributed: bool | UnsetType = UNSET
    """Makes the router distributed (admins only)."""

    ha: bool | UnsetType = UNSET
    """Makes the router highly available (admins only)."""

    availability_zone_hints: builtins.list[str] | UnsetType = UNSET
    """The availability zones to schedule the router in."""

    service_type_id: str | UnsetType = UNSET
    """The ID of the service type to associate."""

    flavor_id: str | UnsetType = UNSET
    """The ID of the router flavor."""

    enable_ndp_proxy: bool | UnsetType = UNSET
    """Enables NDP proxies on the router."""

    enable_default_route_bfd: bool | UnsetType = UNSET
    """Enables BFD for the default routes."""

    enable_default_route_ecmp: bool | UnsetType = UNSET
    """Enables ECMP default routes."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Returns only these attributes."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new name."""

    description: str | UnsetType = UNSET
    """The new description."""

    admin_state_up: bool | UnsetType = UNSET
    """The new administrative state."""

    external_gateway_info: ExternalGateway | UnsetType | None = UNSET
    """The new external gateway; null clears it."""

    routes: builtins.list[Route] | UnsetType = UNSET
    """The new extra routes (replacing all of them)."""

    distributed: bool | UnsetType = UNSET
    """Makes the router distributed or not (admins only)."""

    ha: bool | UnsetType = UNSET
    """Makes the router highly available or not (admins only)."""

    enable_ndp_proxy: bool | UnsetType = UNSET
    """Enables or disables NDP proxies."""

    enable_default_route_bfd: bool | UnsetType = UNSET
    """Enables or disables BFD for the default routes."""

    enable_default_route_ecmp: bool | UnsetType = UNSET
    """Enables or disables ECMP default routes."""


class AddInterfaceOpts(Options):
    """Options for :func:`add_interface`."""

    subnet_id: str | UnsetType = UNSET
    """The subnet to attach; give this or port_id."""

    port_id: str | UnsetType = UNSET
    """The port to attach; give this or subnet_id."""

    advertise_host: bool | UnsetType = UNSET
    """Advertises the subnet's connected routes as host routes (evpn extension)."""


class RemoveInterfaceOpts(Options):
    """Options for :func:`remove_interface`."""

    subnet_id: str | UnsetType = UNSET
    """The subnet to detach."""

    port_id: str | UnsetType = UNSET
    """The interface port to detach."""


class AddExtraRoutesOpts(Options):
    """Options for :func:`add_extra_routes`."""

    routes: builtins.list[Route]
    """The routes to add."""


class RemoveExtraRoutesOpts(Options):
    """Options for :func:`remove_extra_routes`."""

    routes: builtins.list[Route]
    """The routes to remove."""


class AddExternalGatewaysOpts(Options):
    """Options for :func:`add_external_gateways`."""

    external_gateways: builtins.list[ExternalGateway]
    """The gateways to add (network_id, and optionally fixed IPs and SNAT)."""


class UpdateExternalGatewaysOpts(Options):
    """Options for :func:`update_external_gateways`."""

    external_gateways: builtins.list[ExternalGateway]
    """The gateways to change, matched by network and fixed IPs."""


class RemoveExternalGatewaysOpts(Options):
    """Options for :func:`remove_external_gateways`."""

    external_gateways: builtins.list[ExternalGateway]
    """The gateways to remove."""


def list_url(client: ServiceClient) -> str:
    """The URL `/routers`."""
    return client.url("/routers")


def resource_url(client: ServiceClient, router_id: str) -> str:
    """The URL `/routers/{router_id}`."""
    return client.url("/routers/{router_id}", router_id=router_id)


def add_interface_url(client: ServiceClient, router_id: str) -> str:
    """The URL `/routers/{router_id}/add_router_interface`."""
    return client.url("/routers/{router_id}/add_router_interface", router_id=router_id)


def remove_interface_url(client: ServiceClient, router_id: str) -> str:
    """The URL `/routers/{router_id}/remove_router_interface`."""
    return client.url("/routers/{router_id}/remove_router_interface", router_id=router_id)


def add_extra_routes_url(client: ServiceClient, router_id: str) -> str:
    """The URL `/routers/{router_id}/add_extraroutes`."""
    return client.url("/routers/{router_id}/add_extraroutes", router_id=router_id)


def remove_extra_routes_url(client: ServiceClient, router_id: str) -> str:
    """The URL `/routers/{router_id}/remove_extraroutes`."""
    return client.url("/routers/{router_id}/remove_extraroutes", router_id=router_id)


def add_external_gateways_url(client: ServiceClient, router_id: str) -> str:
    """The URL `/routers/{router_id}/add_external_gateways`."""
    return client.url("/routers/{router_id}/add_external_gateways", router_id=router_id)


def update_external_gateways_url(client: ServiceClient, router_id: str) -> str:
    """The URL `/routers/{router_id}/update_external_gateways`."""
    return client.url("/routers/{router_id}/update_external_gateways", router_id=router_id)


def remove_external_gateways_url(client: ServiceClient, router_id: str) -> str:
    """The URL `/routers/{router_id}/remove_external_gateways`."""
    return client.url("/routers/{router_id}/remove_external_gateways", router_id=router_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Router]:
    """Lists the routers the caller can see.

    GET ``/routers``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Router,
        response_key="routers",
        style=PageStyle("links", links_key="routers_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
) -> Router:
    """Creates a router, optionally with an external gateway.

    POST ``/routers``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="router",
        response_key="router",
        response_type=Router,
    )


def get(
    client: ServiceClient,
    router_id: str,
    opts: GetOpts | None = None,
) -> Router:
    """Shows a router.

    GET ``/routers/{router_id}``

    Args:
        client: The network v2 service client.
        router_id: The ID of the router.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, router_id),
        ok=(200,),
        opts=opts,
        response_key="router",
        response_type=Router,
    )


def update(
    client: ServiceClient,
    router_id: str,
    opts: UpdateOpts | None = None,
) -> Router:
    """Updates a router (interfaces are changed with add_interface and remove_interface).

    PUT ``/routers/{router_id}``

    Args:
        client: The network v2 service client.
        router_id: The ID of the router.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, router_id),
        ok=(200,),
        opts=opts,
        body_key="router",
        response_key="router",
        response_type=Router,
    )


def delete(
    client: ServiceClient,
    router_id: str,
) -> None:
    """Deletes a router and its gateway (it must have no internal interfaces left).

    DELETE ``/routers/{router_id}``

    Args:
        client: The network v2 service client.
        router_id: The ID of the router.
    """
    client.call(
        "DELETE",
        resource_url(client, router_id),
        ok=(204,),
    )


def add_interface(
    client: ServiceClient,
    router_id: str,
    opts: AddInterfaceOpts | None = None,
) -> RouterInterface:
    """Attaches a subnet (through its gateway IP) or an existing port to the router.

    PUT ``/routers/{router_id}/add_router_interface``

    Args:
        client: The network v2 service client.
        router_id: The ID of the router.
        opts: The options of the request (:class:`AddInterfaceOpts`).
    """
    return client.call(
        "PUT",
        add_interface_url(client, router_id),
        ok=(200,),
        opts=opts,
        response_type=RouterInterface,
    )


def remove_interface(
    client: ServiceClient,
    router_id: str,
    opts: RemoveInterfaceOpts | None = None,
) -> RouterInterface:
    """Detaches a subnet or port from the router.

    PUT ``/routers/{router_id}/remove_router_interface``

    Args:
        client: The network v2 service client.
        router_id: The ID of the router.
        opts: The options of the request (:class:`RemoveInterfaceOpts`).
    """
    return client.call(
        "PUT",
        remove_interface_url(client, router_id),
        ok=(200,),
        opts=opts,
        response_type=RouterInterface,
    )


def add_extra_routes(
    client: ServiceClient,
    router_id: str,
    opts: AddExtraRoutesOpts,
) -> Router:
    """Adds static routes to the router, keeping the existing ones.

    PUT ``/routers/{router_id}/add_extraroutes``

    Args:
        client: The network v2 service client.
        router_id: The ID of the router.
        opts: The options of the request (:class:`AddExtraRoutesOpts`).
    """
    return client.call(
        "PUT",
        add_extra_routes_url(client, router_id),
        ok=(200,),
        opts=opts,
        body_key="router",
        response_key="router",
        response_type=Router,
    )


def remove_extra_routes(
    client: ServiceClient,
    router_id: str,
    opts: RemoveExtraRoutesOpts,
) -> Router:
    """Removes static routes from the router, keeping the others.

    PUT ``/routers/{router_id}/remove_extraroutes``

    Args:
        client: The network v2 service client.
        router_id: The ID of the router.
        opts: The options of the request (:class:`RemoveExtraRoutesOpts`).
    """
    return client.call(
        "PUT",
        remove_extra_routes_url(client, router_id),
        ok=(200,),
        opts=opts,
        body_key="router",
        response_key="router",
        response_type=Router,
    )


def add_external_gateways(
    client: ServiceClient,
    router_id: str,
    opts: AddExternalGatewaysOpts,
) -> Router:
    """Adds external gateways to the router (external-gateway-multihoming extension).

    PUT ``/routers/{router_id}/add_external_gateways``

    Args:
        client: The network v2 service client.
        router_id: The ID of the router.
        opts: The options of the request (:class:`AddExternalGatewaysOpts`).
    """
    return client.call(
        "PUT",
        add_external_gateways_url(client, router_id),
        ok=(200,),
        opts=opts,
        body_key="router",
        response_key="router",
        response_type=Router,
    )


def update_external_gateways(
    client: ServiceClient,
    router_id: str,
    opts: UpdateExternalGatewaysOpts,
) -> Router:
    """Changes the external gateways of the router (external-gateway-multihoming extension).

    PUT ``/routers/{router_id}/update_external_gateways``

    Args:
        client: The network v2 service client.
        router_id: The ID of the router.
        opts: The options of the request (:class:`UpdateExternalGatewaysOpts`).
    """
    return client.call(
        "PUT",
        update_external_gateways_url(client, router_id),
        ok=(200,),
        opts=opts,
        body_key="router",
        response_key="router",
        response_type=Router,
    )


def remove_external_gateways(
    client: ServiceClient,
    router_id: str,
    opts: RemoveExternalGatewaysOpts,
) -> Router:
    """Removes external gateways from the router (external-gateway-multihoming extension).

    PUT ``/routers/{router_id}/remove_external_gateways``

    Args:
        client: The network v2 service client.
        router_id: The ID of the router.
        opts: The options of the request (:class:`RemoveExternalGatewaysOpts`).
    """
    return client.call(
        "PUT",
        remove_external_gateways_url(client, router_id),
        ok=(200,),
        opts=opts,
        body_key="router",
        response_key="router",
        response_type=Router,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Router:
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
        what="Router",
    )


def wait_for_status(
    client: ServiceClient,
    router_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    predicate: Callable[[Router], bool] | None = None,
) -> Router:
    """Polls get until status is one of status (and predicate holds).

    Failure statuses (ERROR, error) raise ResourceFailed at once.
    Returns the resource; WaitTimeout after timeout seconds.
    """
    return waiters.wait_for_status(
        lambda: get(client, router_id),
        status,
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="Router",
        predicate=predicate,
    )


def wait_for_delete(
    client: ServiceClient,
    router_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
) -> None:
    """Polls get until it answers 404 (the resource is deleted).

    Failure statuses (ERROR, error) raise ResourceFailed at once;
    WaitTimeout after timeout seconds.
    """
    waiters.wait_for_delete(
        lambda: get(client, router_id),
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="Router",
    )
