"""Load balancers are the top-level Octavia objects: a virtual IP (VIP) on a network, served by
a provider driver, to which listeners and pools are attached. Also the statistics, the status
tree and the failover of a load balancer.
"""

# Generated from specs/load_balancer/v2/load_balancers.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

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
)

__all__ = [
    "LoadBalancer",
    "AdditionalVip",
    "Ref",
    "Stats",
    "StatusTree",
    "LoadBalancerStatus",
    "ListenerStatus",
    "PoolStatus",
    "HealthMonitorStatus",
    "MemberStatus",
    "L7PolicyStatus",
    "L7RuleStatus",
    "ListOpts",
    "CreateOpts",
    "GetOpts",
    "UpdateOpts",
    "DeleteOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "get_stats",
    "get_status_tree",
    "failover",
    "list_url",
    "resource_url",
    "get_stats_url",
    "get_status_tree_url",
    "failover_url",
    "find",
]


class LoadBalancer(Model):
    """A load balancer."""

    id: str
    """The ID of the load balancer."""

    name: str | UnsetType | None = UNSET
    """The name of the load balancer."""

    description: str | UnsetType | None = UNSET
    """A free-form description of the load balancer."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the load balancer."""

    admin_state_up: bool | UnsetType | None = UNSET
    """Whether the load balancer is administratively up."""

    provisioning_status: str | UnsetType | None = UNSET
    """Where the load balancer is in its provisioning life cycle."""

    operating_status: str | UnsetType | None = UNSET
    """The observed health of the load balancer."""

    provider: str | UnsetType | None = UNSET
    """The provider driver that implements the load balancer (e.g. octavia, amphora, ovn)."""

    flavor_id: str | UnsetType | None = UNSET
    """The ID of the Octavia flavor the load balancer was created with."""

    availability_zone: str | UnsetType | None = UNSET
    """The name of the Octavia availability zone the load balancer was created in."""

    vip_address: str | UnsetType | None = UNSET
    """The IP address of the virtual IP."""

    vip_network_id: str | UnsetType | None = UNSET
    """The ID of the network the virtual IP is on."""

    vip_port_id: str | UnsetType | None = UNSET
    """The ID of the Neutron port that holds the virtual IP."""

    vip_subnet_id: str | UnsetType | None = UNSET
    """The ID of the subnet the virtual IP is taken from."""

    vip_qos_policy_id: str | UnsetType | None = UNSET
    """The ID of the Neutron QoS policy applied to the virtual IP port."""

    vip_sg_ids: builtins.list[str] | UnsetType | None = UNSET
    """The IDs of the security groups set on the virtual IP port (instead of Octavia's own)."""

    vip_vnic_type: str | UnsetType | None = UNSET
    """The vNIC type of the virtual IP port (direct for SR-IOV)."""

    additional_vips: builtins.list[AdditionalVip] | UnsetType | None = UNSET
    """Further virtual IPs on other subnets of the primary VIP's network."""

    listeners: builtins.list[Ref] | UnsetType | None = UNSET
    """The listeners of the load balancer (their IDs)."""

    pools: builtins.list[Ref] | UnsetType | None = UNSET
    """The pools of the load balancer (their IDs)."""

    tags: builtins.list[str] | UnsetType | None = UNSET
    """The tags of the load balancer."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the load balancer was created (UTC)."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the load balancer was last changed (UTC)."""


class AdditionalVip(Model):
    """An extra virtual IP of a load balancer."""

    subnet_id: str
    """The subnet the address is taken from (same network as the primary VIP)."""

    ip_address: str | UnsetType | None = UNSET
    """The IP address; picked by Neutron when left out."""


class Ref(Model):
    """A reference to another load-balancing object, by ID."""

    id: str
    """The ID of the referenced object."""


class Stats(Model):
    """Traffic counters of a load balancer or listener."""

    active_connections: int | UnsetType | None = UNSET
    """The number of connections open right now."""

    bytes_in: int | UnsetType | None = UNSET
    """The number of bytes received so far."""

    bytes_out: int | UnsetType | None = UNSET
    """The number of bytes sent so far."""

    request_errors: int | UnsetType | None = UNSET
    """The number of requests that could not be served."""

    total_connections: int | UnsetType | None = UNSET
    """The number of connections handled so far."""


class StatusTree(Model):
    """The statuses of a load balancer and of everything under it."""

    loadbalancer: LoadBalancerStatus | UnsetType | None = UNSET
    """The load balancer at the root of the tree."""


class LoadBalancerStatus(Model):
    """The statuses of a load balancer, with its listeners and pools."""

    id: str
    """The ID of the load balancer."""

    name: str | UnsetType | None = UNSET
    """The name of the load balancer."""

    provisioning_status: str | UnsetType | None = UNSET
    """The provisioning status of the load balancer."""

    operating_status: str | UnsetType | None = UNSET
    """The operating status of the load balancer."""

    listeners: builtins.list[ListenerStatus] | UnsetType | None = UNSET
    """The statuses of the listeners."""

    pools: builtins.list[PoolStatus] | UnsetType | None = UNSET
    """The statuses of every pool of the load balancer."""


class ListenerStatus(Model):
    """The statuses of a listener, with its pools and L7 policies."""

    id: str
    """The ID of the listener."""

    name: str | UnsetType | None = UNSET
    """The name of the listener."""

    provisioning_status: str | UnsetType | None = UNSET
    """The provisioning status of the listener."""

    operating_status: str | UnsetType | None = UNSET
    """The operating status of the listener."""

    pools: builtins.list[PoolStatus] | UnsetType | None = UNSET
    """The statuses of the pools the listener uses."""

    l7policies: builtins.list[L7PolicyStatus] | UnsetType | None = UNSET
    """The statuses of the L7 policies of the listener."""


class PoolStatus(Model):
    """The statuses of a pool, with its health monitor and members."""

    id: str
    """The ID of the pool."""

    name: str | UnsetType | None = UNSET
    """The name of the pool."""

    provisioning_status: str | UnsetType | None = UNSET
    """The provisioning status of the pool."""

    operating_status: str | UnsetType | None = UNSET
    """The operating status of the pool."""

    healthmonitor: HealthMonitorStatus | UnsetType | None = UNSET
    """The status of the pool's health monitor (an empty object when it has none)."""

    members: builtins.list[MemberStatus] | UnsetType | None = UNSET
    """The statuses of the members of the pool."""


class HealthMonitorStatus(Model):
    """The status of a health monitor."""

    id: str | UnsetType | None = UNSET
    """The ID of the health monitor."""

    name: str | UnsetType | None = UNSET
    """The name of the health monitor."""

    type: str | UnsetType | None = UNSET
    """The kind of probe (HTTP, TCP, PING, ...)."""

    provisioning_status: str | UnsetType | None = UNSET
    """The provisioning status of the health monitor."""


class MemberStatus(Model):
    """The statuses of a pool member."""

    id: str
    """The ID of the member."""

    name: str | UnsetType | None = UNSET
    """The name of the member."""

    address: str | UnsetType | None = UNSET
    """The IP address of the backend server."""

    protocol_port: int | UnsetType | None = UNSET
    """The port the backend server listens on."""

    provisioning_status: str | UnsetType | None = UNSET
    """The provisioning status of the member."""

    operating_status: str | UnsetType | None = UNSET
    """The operating status of the member."""


class L7PolicyStatus(Model):
    """The statuses of an L7 policy, with its rules."""

    id: str
    """The ID of the L7 policy."""

    name: str | UnsetType | None = UNSET
    """The name of the L7 policy."""

    action: str | UnsetType | None = UNSET
    """What the policy does with matching requests (REJECT, REDIRECT_TO_URL, ...)."""

    provisioning_status: str | UnsetType | None = UNSET
    """The provisioning status of the L7 policy."""

    rules: builtins.list[L7RuleStatus] | UnsetType | None = UNSET
    """The statuses of the rules of the policy."""


class L7RuleStatus(Model):
    """The status of an L7 rule."""

    id: str
    """The ID of the L7 rule."""

    type: str | UnsetType | None = UNSET
    """What the rule compares (PATH, HEADER, COOKIE, ...)."""

    provisioning_status: str | UnsetType | None = UNSET
    """The provisioning status of the L7 rule."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the load balancer with this ID."""

    name: str | UnsetType = UNSET
    """Only load balancers with this name."""

    description: str | UnsetType = UNSET
    """Only load balancers with this description."""

    project_id: str | UnsetType = UNSET
    """Only load balancers of this project (admins see every project)."""

    admin_state_up: bool | UnsetType = UNSET
    """Only load balancers in this administrative state."""

    provisioning_status: str | UnsetType = UNSET
    """Only load balancers in this provisioning status."""

    operating_status: str | UnsetType = UNSET
    """Only load balancers in this operating status."""

    provider: str | UnsetType = UNSET
    """Only load balancers of this provider driver."""

    flavor_id: str | UnsetType = UNSET
    """Only load balancers of this flavor."""

    availability_zone: str | UnsetType = UNSET
    """Only load balancers in this availability zone."""

    vip_address: str | UnsetType = UNSET
    """Only load balancers with this VIP address."""

    vip_network_id: str | UnsetType = UNSET
    """Only load balancers with their VIP on this network."""

    vip_subnet_id: str | UnsetType = UNSET
    """Only load balancers with their VIP on this subnet."""

    vip_port_id: str | UnsetType = UNSET
    """Only the load balancer with this VIP port."""

    vip_qos_policy_id: str | UnsetType = UNSET
    """Only load balancers whose VIP has this QoS policy."""

    tags: builtins.list[str] | UnsetType = UNSET
    """Only load balancers carrying all of these comma-separated tags."""

    tags_any: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="tags-any")
    """Only load balancers carrying any of these comma-separated tags."""

    not_tags: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="not-tags")
    """Leaves out load balancers carrying all of these comma-separated tags."""

    not_tags_any: builtins.list[str] | UnsetType = msgspec.field(
        default=UNSET, name="not-tags-any"
    )
    """Leaves out load balancers carrying any of these comma-separated tags."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last load balancer of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort: builtins.list[str] | UnsetType = UNSET
    """Sort order as comma-separated key:direction pairs, e.g. name:asc,created_at:desc."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Returns only these attributes (repeatable)."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "description": "query",
        "project_id": "query",
        "admin_state_up": "query",
        "provisioning_status": "query",
        "operating_status": "query",
        "provider": "query",
        "flavor_id": "query",
        "availability_zone": "query",
        "vip_address": "query",
        "vip_network_id": "query",
        "vip_subnet_id": "query",
        "vip_port_id": "query",
        "vip_qos_policy_id": "query",
        "tags": "csv",
        "tags_any": "csv",
        "not_tags": "csv",
        "not_tags_any": "csv",
        "limit": "query",
        "marker": "query",
        "page_reverse": "query",
        "sort": "csv",
        "fields": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    name: str | UnsetType = UNSET
    """The name of the load balancer."""

    description: str | UnsetType = UNSET
    """A free-form description."""

    project_id: str | UnsetType = UNSET
    """The owning project (admins creating for another project)."""

    admin_state_up: bool | UnsetType = UNSET
    """Whether the load balancer starts administratively up (default true)."""

    vip_network_id: str | UnsetType = UNSET
    """The network to take the VIP from; one of vip_network_id, vip_subnet_id or vip_port_id is
    needed.
    """

    vip_subnet_id: str | UnsetType = UNSET
    """The subnet to take the VIP from."""

    vip_port_id: str | UnsetType = UNSET
    """An existing Neutron port to use as the VIP."""

    vip_address: str | UnsetType = UNSET
    """The VIP address to ask for."""

    vip_qos_policy_id: str | UnsetType = UNSET
    """The Neutron QoS policy to apply to the VIP port."""

    vip_sg_ids: builtins.list[str] | UnsetType = UNSET
    """Security groups to set on the VIP port instead of the ones Octavia manages."""

    additional_vips: builtins.list[AdditionalVip] | UnsetType = UNSET
    """Extra VIPs on other subnets of the same network."""

    provider: str | UnsetType = UNSET
    """The provider driver to use (the deployment default, usually octavia, when left out)."""

    flavor_id: str | UnsetType = UNSET
    """The Octavia flavor to create the load balancer with."""

    availability_zone: str | UnsetType = UNSET
    """The Octavia availability zone to create the load balancer in."""

    tags: builtins.list[str] | UnsetType = UNSET
    """The tags of the load balancer."""

    listeners: builtins.list[dict[str, Any]] | UnsetType = UNSET
    """Listeners to create with the load balancer (single-call create), each a listener body
    that may nest its default_pool, l7policies, pool members and health monitor.
    """

    pools: builtins.list[dict[str, Any]] | UnsetType = UNSET
    """Pools to create with the load balancer (single-call create), referenced by name from the
    listeners.
    """


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Returns only these attributes (repeatable)."""

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

    vip_qos_policy_id: str | UnsetType | None = UNSET
    """The new QoS policy of the VIP port; null removes it."""

    tags: builtins.list[str] | UnsetType = UNSET
    """The new tags (replacing all of them)."""


class DeleteOpts(Options):
    """Options for :func:`delete`."""

    cascade: bool | UnsetType = UNSET
    """Also deletes the listeners, pools, members and monitors of the load balancer."""

    locations: ClassVar[dict[str, str]] = {
        "cascade": "query",
    }


def list_url(client: ServiceClient) -> str:
    """The URL `/lbaas/loadbalancers`."""
    return client.url("/lbaas/loadbalancers")


def resource_url(client: ServiceClient, loadbalancer_id: str) -> str:
    """The URL `/lbaas/loadbalancers/{loadbalancer_id}`."""
    return client.url("/lbaas/loadbalancers/{loadbalancer_id}", loadbalancer_id=loadbalancer_id)


def get_stats_url(client: ServiceClient, loadbalancer_id: str) -> str:
    """The URL `/lbaas/loadbalancers/{loadbalancer_id}/stats`."""
    return client.url(
        "/lbaas/loadbalancers/{loadbalancer_id}/stats", loadbalancer_id=loadbalancer_id
    )


def get_status_tree_url(client: ServiceClient, loadbalancer_id: str) -> str:
    """The URL `/lbaas/loadbalancers/{loadbalancer_id}/status`."""
    return client.url(
        "/lbaas/loadbalancers/{loadbalancer_id}/status", loadbalancer_id=loadbalancer_id
    )


def failover_url(client: ServiceClient, loadbalancer_id: str) -> str:
    """The URL `/lbaas/loadbalancers/{loadbalancer_id}/failover`."""
    return client.url(
        "/lbaas/loadbalancers/{loadbalancer_id}/failover", loadbalancer_id=loadbalancer_id
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[LoadBalancer]:
    """Lists the load balancers the caller can see.

    GET ``/lbaas/loadbalancers``

    Args:
        client: The load-balancer v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=LoadBalancer,
        response_key="loadbalancers",
        style=PageStyle("links", links_key="loadbalancers_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
) -> LoadBalancer:
    """Creates a load balancer on a VIP network, subnet or port; listeners and pools may be given
    in the same call to build the whole tree at once.

    POST ``/lbaas/loadbalancers``

    Args:
        client: The load-balancer v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="loadbalancer",
        response_key="loadbalancer",
        response_type=LoadBalancer,
    )


def get(
    client: ServiceClient,
    loadbalancer_id: str,
    opts: GetOpts | None = None,
) -> LoadBalancer:
    """Shows a load balancer.

    GET ``/lbaas/loadbalancers/{loadbalancer_id}``

    Args:
        client: The load-balancer v2 service client.
        loadbalancer_id: The ID of the load balancer.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, loadbalancer_id),
        ok=(200,),
        opts=opts,
        response_key="loadbalancer",
        response_type=LoadBalancer,
    )


def update(
    client: ServiceClient,
    loadbalancer_id: str,
    opts: UpdateOpts | None = None,
) -> LoadBalancer:
    """Changes the name, description, state, tags or VIP QoS policy of a load balancer.

    PUT ``/lbaas/loadbalancers/{loadbalancer_id}``

    Args:
        client: The load-balancer v2 service client.
        loadbalancer_id: The ID of the load balancer.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, loadbalancer_id),
        ok=(200,),
        opts=opts,
        body_key="loadbalancer",
        response_key="loadbalancer",
        response_type=LoadBalancer,
    )


def delete(
    client: ServiceClient,
    loadbalancer_id: str,
    opts: DeleteOpts | None = None,
) -> None:
    """Deletes a load balancer; with cascade, also everything under it.

    DELETE ``/lbaas/loadbalancers/{loadbalancer_id}``

    Args:
        client: The load-balancer v2 service client.
        loadbalancer_id: The ID of the load balancer.
        opts: The options of the request (:class:`DeleteOpts`).
    """
    client.call(
        "DELETE",
        resource_url(client, loadbalancer_id),
        ok=(204,),
        opts=opts,
    )


def get_stats(
    client: ServiceClient,
    loadbalancer_id: str,
) -> Stats:
    """Shows the traffic counters of a load balancer, summed over its listeners.

    GET ``/lbaas/loadbalancers/{loadbalancer_id}/stats``

    Args:
        client: The load-balancer v2 service client.
        loadbalancer_id: The ID of the load balancer.
    """
    return client.call(
        "GET",
        get_stats_url(client, loadbalancer_id),
        ok=(200,),
        response_key="stats",
        response_type=Stats,
    )


def get_status_tree(
    client: ServiceClient,
    loadbalancer_id: str,
) -> StatusTree:
    """Shows the provisioning and operating statuses of a load balancer and all of its children.

    GET ``/lbaas/loadbalancers/{loadbalancer_id}/status``

    Args:
        client: The load-balancer v2 service client.
        loadbalancer_id: The ID of the load balancer.
    """
    return client.call(
        "GET",
        get_status_tree_url(client, loadbalancer_id),
        ok=(200,),
        response_key="statuses",
        response_type=StatusTree,
    )


def failover(
    client: ServiceClient,
    loadbalancer_id: str,
) -> None:
    """Rebuilds the load balancer's amphorae (or the provider's equivalent) in place (admins only).

    PUT ``/lbaas/loadbalancers/{loadbalancer_id}/failover``

    Args:
        client: The load-balancer v2 service client.
        loadbalancer_id: The ID of the load balancer.
    """
    client.call(
        "PUT",
        failover_url(client, loadbalancer_id),
        ok=(202,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> LoadBalancer:
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
        what="LoadBalancer",
    )
