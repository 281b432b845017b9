"""VPN services (VPNaaS) attach IPsec VPN capability to a router; the IPsec site connections to
remote peers hang off a VPN service.
"""

# Generated from specs/network/v2/vpn_services.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable
from typing import ClassVar

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
    "VpnService",
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


class VpnService(Model):
    """A VPN service."""

    id: str
    """The ID of the VPN service."""

    name: str | UnsetType | None = UNSET
    """The name of the VPN service."""

    description: str | UnsetType | None = UNSET
    """A free-text description of the VPN service."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the VPN service."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (legacy name of project_id)."""

    router_id: str | UnsetType | None = UNSET
    """The ID of the router the VPN service runs on."""

    subnet_id: str | UnsetType | None = UNSET
    """The local subnet of the legacy mode, where connections list their peer_cidrs; null when
    the connections use endpoint groups.
    """

    flavor_id: str | UnsetType | None = UNSET
    """The ID of the service flavor that selected the VPN provider, if any."""

    admin_state_up: bool | UnsetType | None = UNSET
    """The administrative state of the VPN service (true is up)."""

    external_v4_ip: str | UnsetType | None = UNSET
    """The public IPv4 address the service uses, when the router has one."""

    external_v6_ip: str | UnsetType | None = UNSET
    """The public IPv6 address the service uses, when the router has one."""

    status: str | UnsetType | None = UNSET
    """The operational status (ACTIVE, DOWN, BUILD, ERROR, PENDING_CREATE, PENDING_UPDATE or
    PENDING_DELETE).
    """


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the VPN service with this ID."""

    name: str | UnsetType = UNSET
    """Only VPN services with this name."""

    description: str | UnsetType = UNSET
    """Only VPN services with this description."""

    project_id: str | UnsetType = UNSET
    """Only VPN services owned by this project."""

    tenant_id: str | UnsetType = UNSET
    """Only VPN services owned by this project (legacy name of project_id)."""

    router_id: str | UnsetType = UNSET
    """Only VPN services on this router."""

    subnet_id: str | UnsetType = UNSET
    """Only VPN services bound to this local subnet."""

    flavor_id: str | UnsetType = UNSET
    """Only VPN services of this flavor."""

    admin_state_up: bool | UnsetType = UNSET
    """Only VPN services that are administratively up (true) or down (false)."""

    status: str | UnsetType = UNSET
    """Only VPN services in this status."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last VPN service of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by (id, name, project_id, tenant_id, router_id), one per sort_dir."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions (asc or desc), one per sort_key."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of each VPN service."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "description": "query",
        "project_id": "query",
        "tenant_id": "query",
        "router_id": "query",
        "subnet_id": "query",
        "flavor_id": "query",
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

    router_id: str
    """The ID of the router to run the VPN service on."""

    subnet_id: str | UnsetType | None = UNSET
    """The local subnet, only for the legacy mode where connections give peer_cidrs; leave it
    out when using endpoint groups.
    """

    flavor_id: str | UnsetType = UNSET
    """The ID of a service flavor selecting the VPN provider."""

    name: str | UnsetType = UNSET
    """The name of the VPN service."""

    description: str | UnsetType = UNSET
    """A free-text description."""

    admin_state_up: bool | UnsetType = UNSET
    """The administrative state (default true, up)."""

    project_id: str | UnsetType = UNSET
    """The owning project, when an admin creates the service for another project."""

    tenant_id: str | UnsetType = UNSET
    """The owning project (legacy name of project_id)."""


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

    admin_state_up: bool | UnsetType = UNSET
    """The new administrative state (true is up)."""


def list_url(client: ServiceClient) -> str:
    """The URL `/vpn/vpnservices`."""
    return client.url("/vpn/vpnservices")


def resource_url(client: ServiceClient, vpnservice_id: str) -> str:
    """The URL `/vpn/vpnservices/{vpnservice_id}`."""
    return client.url("/vpn/vpnservices/{vpnservice_id}", vpnservice_id=vpnservice_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[VpnService]:
    """Lists the VPN services the caller can see.

    GET ``/vpn/vpnservices``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=VpnService,
        response_key="vpnservices",
        style=PageStyle("links", links_key="vpnservices_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> VpnService:
    """Creates a VPN service on a router.

    POST ``/vpn/vpnservices``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="vpnservice",
        response_key="vpnservice",
        response_type=VpnService,
    )


def get(
    client: ServiceClient,
    vpnservice_id: str,
    opts: GetOpts | None = None,
) -> VpnService:
    """Shows a VPN service.

    GET ``/vpn/vpnservices/{vpnservice_id}``

    Args:
        client: The network v2 service client.
        vpnservice_id: The ID of the VPN service.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, vpnservice_id),
        ok=(200,),
        opts=opts,
        response_key="vpnservice",
        response_type=VpnService,
    )


def update(
    client: ServiceClient,
    vpnservice_id: str,
    opts: UpdateOpts | None = None,
) -> VpnService:
    """Renames a VPN service or changes its administrative state.

    PUT ``/vpn/vpnservices/{vpnservice_id}``

    Args:
        client: The network v2 service client.
        vpnservice_id: The ID of the VPN service.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, vpnservice_id),
        ok=(200,),
        opts=opts,
        body_key="vpnservice",
        response_key="vpnservice",
        response_type=VpnService,
    )


def delete(
    client: ServiceClient,
    vpnservice_id: str,
) -> None:
    """Deletes a VPN service that has no IPsec site connections left.

    DELETE ``/vpn/vpnservices/{vpnservice_id}``

    Args:
        client: The network v2 service client.
        vpnservice_id: The ID of the VPN service.
    """
    client.call(
        "DELETE",
        resource_url(client, vpnservice_id),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> VpnService:
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
        what="VpnService",
    )


def wait_for_status(
    client: ServiceClient,
    vpnservice_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    predicate: Callable[[VpnService], bool] | None = None,
) -> VpnService:
    """Polls get until status is one of status (and predicate holds).

    Failure statuses (ERROR, error) raise ResourceFailed at once.
    Returns the resource; WaitTimeout after timeout seconds.
    """
    return waiters.wait_for_status(
        lambda: get(client, vpnservice_id),
        status,
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="VpnService",
        predicate=predicate,
    )


def wait_for_delete(
    client: ServiceClient,
    vpnservice_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
) -> None:
    """Polls get until it answers 404 (the resource is deleted).

    Failure statuses (ERROR, error) raise ResourceFailed at once;
    WaitTimeout after timeout seconds.
    """
    waiters.wait_for_delete(
        lambda: get(client, vpnservice_id),
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="VpnService",
    )
