"""Floating IPs are addresses on an external network that are mapped to the fixed IP of an
internal port through a router, or that carry port forwardings.
"""

# Generated from specs/network/v2/floating_ips.yaml by `python -m generator`. Do not edit:
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
    waiters,
)

from . import port_forwardings

__all__ = [
    "FloatingIp",
    "PortDetails",
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
    "wait_for_status",
    "wait_for_delete",
]


class FloatingIp(Model):
    """A floating IP address."""

    id: str
    """The ID of the floating IP."""

    router_id: str | UnsetType | None = UNSET
    """The ID of the router that does the NAT for the floating IP, or null."""

    status: str | UnsetType | None = UNSET
    """The status of the floating IP (ACTIVE, DOWN or ERROR)."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (legacy name of project_id)."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the floating IP."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the floating IP was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the floating IP was last changed."""

    revision_number: int | UnsetType | None = UNSET
    """The revision number, raised on each change."""

    description: str | UnsetType | None = UNSET
    """A free-form description of the floating IP."""

    distributed: bool | UnsetType | None = UNSET
    """Whether the floating IP is handled on the compute nodes (DVR)."""

    dns_domain: str | UnsetType | None = UNSET
    """The DNS domain of the floating IP (dns-integration extension)."""

    dns_name: str | UnsetType | None = UNSET
    """The DNS name of the floating IP (dns-integration extension)."""

    port_details: PortDetails | UnsetType | None = UNSET
    """A summary of the associated port, or null when none is associated."""

    qos_network_policy_id: str | UnsetType | None = UNSET
    """The ID of the QoS policy inherited from the floating IP's network."""

    qos_policy_id: str | UnsetType | None = UNSET
    """The ID of the QoS policy of the floating IP."""

    floating_network_id: str | UnsetType | None = UNSET
    """The ID of the external network the address belongs to."""

    fixed_ip_address: str | UnsetType | None = UNSET
    """The fixed IP address the floating IP maps to, or null."""

    floating_ip_address: str | UnsetType | None = UNSET
    """The floating IP address itself."""

    port_id: str | UnsetType | None = UNSET
    """The ID of the associated internal port, or null."""

    tags: builtins.list[str] | UnsetType | None = UNSET
    """The tags of the floating IP."""

    port_forwardings: builtins.list[port_forwardings.PortForwarding] | UnsetType | None = UNSET
    """The port forwardings of the floating IP."""


class PortDetails(Model):
    """A summary of the port a floating IP is associated with."""

    name: str | UnsetType | None = UNSET
    """The name of the port."""

    network_id: str | UnsetType | None = UNSET
    """The ID of the port's network."""

    mac_address: str | UnsetType | None = UNSET
    """The MAC address of the port."""

    admin_state_up: bool | UnsetType | None = UNSET
    """Whether the port is administratively up."""

    status: str | UnsetType | None = UNSET
    """The status of the port."""

    device_id: str | UnsetType | None = UNSET
    """The ID of the device using the port."""

    device_owner: str | UnsetType | None = UNSET
    """The kind of device using the port."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Filters by floating IP ID."""

    router_id: str | UnsetType = UNSET
    """Filters by router ID."""

    status: str | UnsetType = UNSET
    """Filters by status."""

    tenant_id: str | UnsetType = UNSET
    """Filters by owning project (legacy name)."""

    project_id: str | UnsetType = UNSET
    """Filters by owning project."""

    revision_number: int | UnsetType = UNSET
    """Filters by revision number."""

    description: str | UnsetType = UNSET
    """Filters by description."""

    distributed: bool | UnsetType = UNSET
    """Filters by whether the floating IP is distributed."""

    floating_network_id: str | UnsetType = UNSET
    """Filters by external network."""

    fixed_ip_address: str | UnsetType = UNSET
    """Filters by the mapped fixed IP address."""

    floating_ip_address: str | UnsetType = UNSET
    """Filters by floating IP address."""

    port_id: str | UnsetType = UNSET
    """Filters by associated port."""

    tags: builtins.list[str] | UnsetType = UNSET
    """Floating IPs having all of these comma-separated tags."""

    tags_any: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="tags-any")
    """Floating IPs having any of these comma-separated tags."""

    not_tags: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="not-tags")
    """Floating IPs not having all of these comma-separated tags."""

    not_tags_any: builtins.list[str] | UnsetType = msgspec.field(
        default=UNSET, name="not-tags-any"
    )
    """Floating IPs having none of these comma-separated tags."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last floating IP of the previous page."""

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
        "router_id": "query",
        "status": "query",
        "tenant_id": "query",
        "project_id": "query",
        "revision_number": "query",
        "description": "query",
        "distributed": "query",
        "floating_network_id": "query",
        "fixed_ip_address": "query",
        "floating_ip_address": "query",
        "port_id": "query",
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

    floating_network_id: str
    """The ID of the external network to allocate from."""

    tenant_id: str | UnsetType = UNSET
    """The owning project (legacy name of project_id)."""

    project_id: str | UnsetType = UNSET
    """The owning project (admins only)."""

    fixed_ip_address: str | UnsetType = UNSET
    """The fixed IP of the port to map to, when the port has several."""

    floating_ip_address: str | UnsetType = UNSET
    """A specific address to allocate."""

    port_id: str | UnsetType = UNSET
    """The internal port to associate."""

    subnet_id: str | UnsetType = UNSET
    """The external subnet to allocate from."""

    distributed: bool | UnsetType = UNSET
    """Whether the floating IP is distributed (DVR)."""

    description: str | UnsetType = UNSET
    """A free-form description."""

    dns_domain: str | UnsetType = UNSET
    """The DNS domain (dns-integration extension)."""

    dns_name: str | UnsetType = UNSET
    """The DNS name (dns-integration extension)."""

    qos_policy_id: str | UnsetType = UNSET
    """The ID of the QoS policy to apply."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Returns only these attributes."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    port_id: str | UnsetType | None = UNSET
    """The port to associate; null disassociates."""

    fixed_ip_address: str | UnsetType = UNSET
    """The fixed IP of the port to map to."""

    description: str | UnsetType = UNSET
    """The new description."""

    distributed: bool | UnsetType = UNSET
    """Whether the floating IP is distributed (DVR)."""

    qos_policy_id: str | UnsetType | None = UNSET
    """The QoS policy to apply; null removes it."""


def list_url(client: ServiceClient) -> str:
    """The URL `/floatingips`."""
    return client.url("/floatingips")


def resource_url(client: ServiceClient, floatingip_id: str) -> str:
    """The URL `/floatingips/{floatingip_id}`."""
    return client.url("/floatingips/{floatingip_id}", floatingip_id=floatingip_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[FloatingIp]:
    """Lists the floating IPs the caller can see.

    GET ``/floatingips``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=FloatingIp,
        response_key="floatingips",
        style=PageStyle("links", links_key="floatingips_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> FloatingIp:
    """Allocates a floating IP on an external network, optionally associated with a port.

    POST ``/floatingips``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="floatingip",
        response_key="floatingip",
        response_type=FloatingIp,
    )


def get(
    client: ServiceClient,
    floatingip_id: str,
    opts: GetOpts | None = None,
) -> FloatingIp:
    """Shows a floating IP.

    GET ``/floatingips/{floatingip_id}``

    Args:
        client: The network v2 service client.
        floatingip_id: The ID of the floating IP.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, floatingip_id),
        ok=(200,),
        opts=opts,
        response_key="floatingip",
        response_type=FloatingIp,
    )


def update(
    client: ServiceClient,
    floatingip_id: str,
    opts: UpdateOpts | None = None,
) -> FloatingIp:
    """Associates a floating IP with a port, disassociates it (port_id null) or changes its
    description.

    PUT ``/floatingips/{floatingip_id}``

    Args:
        client: The network v2 service client.
        floatingip_id: The ID of the floating IP.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, floatingip_id),
        ok=(200,),
        opts=opts,
        body_key="floatingip",
        response_key="floatingip",
        response_type=FloatingIp,
    )


def delete(
    client: ServiceClient,
    floatingip_id: str,
) -> None:
    """Releases a floating IP.

    DELETE ``/floatingips/{floatingip_id}``

    Args:
        client: The network v2 service client.
        floatingip_id: The ID of the floating IP.
    """
    client.call(
        "DELETE",
        resource_url(client, floatingip_id),
        ok=(204,),
    )


def wait_for_status(
    client: ServiceClient,
    floatingip_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    predicate: Callable[[FloatingIp], bool] | None = None,
) -> FloatingIp:
    """Polls get until status is one of status (and predicate holds).

    Failure statuses (ERROR, error) raise ResourceFailed at once.
    Returns the resource; WaitTimeout after timeout seconds.
    """
    return waiters.wait_for_status(
        lambda: get(client, floatingip_id),
        status,
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="FloatingIp",
        predicate=predicate,
    )


def wait_for_delete(
    client: ServiceClient,
    floatingip_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
) -> None:
    """Polls get until it answers 404 (the resource is deleted).

    Failure statuses (ERROR, error) raise ResourceFailed at once;
    WaitTimeout after timeout seconds.
    """
    waiters.wait_for_delete(
        lambda: get(client, floatingip_id),
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="FloatingIp",
    )
