"""Ports are the attachment points of devices (server NICs, router interfaces, DHCP servers) to
a network, with their MAC address, fixed IPs, security groups and binding. A port that is the
parent of a trunk shows the trunk's subports in its trunk details.
"""

# Generated from specs/network/v2/ports.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
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
    waiters,
)

__all__ = [
    "Port",
    "FixedIp",
    "FixedIpRequest",
    "AllowedAddressPair",
    "ExtraDhcpOpt",
    "DnsAssignment",
    "TrunkDetails",
    "TrunkSubport",
    "NewPort",
    "ListOpts",
    "CreateOpts",
    "CreateBulkOpts",
    "GetOpts",
    "UpdateOpts",
    "list",
    "create",
    "create_bulk",
    "get",
    "update",
    "delete",
    "list_url",
    "resource_url",
    "find",
    "wait_for_status",
    "wait_for_delete",
]


class Port(Model):
    """A port."""

    id: str
    """The ID of the port."""

    name: str | UnsetType | None = UNSET
    """The human-readable name of the port."""

    description: str | UnsetType | None = UNSET
    """A free-form description of the port."""

    network_id: str | UnsetType | None = UNSET
    """The ID of the network the port is on."""

    admin_state_up: bool | UnsetType | None = UNSET
    """Whether the port is administratively up."""

    status: str | UnsetType | None = UNSET
    """The state of the port (ACTIVE, DOWN, BUILD or ERROR)."""

    mac_address: str | UnsetType | None = UNSET
    """The MAC address of the port."""

    fixed_ips: builtins.list[FixedIp] | UnsetType | None = UNSET
    """The IP addresses of the port and their subnets."""

    allowed_address_pairs: builtins.list[AllowedAddressPair] | UnsetType | None = UNSET
    """Further address/MAC pairs allowed through the port's anti-spoofing rules."""

    device_id: str | UnsetType | None = UNSET
    """The ID of the device using the port (a server, a router, ...)."""

    device_owner: str | UnsetType | None = UNSET
    """The kind of device using the port (compute:nova, network:dhcp, ...)."""

    security_groups: builtins.list[str] | UnsetType | None = UNSET
    """The IDs of the security groups applied to the port."""

    port_security_enabled: bool | UnsetType | None = UNSET
    """Whether security groups and anti-spoofing apply to the port."""

    binding_host_id: str | UnsetType | None = msgspec.field(default=UNSET, name="binding:host_id")
    """The host the port is bound on."""

    binding_profile: dict[str, Any] | UnsetType | None = msgspec.field(
        default=UNSET, name="binding:profile"
    )
    """Driver-specific binding information given by the caller (admin only)."""

    binding_vif_details: dict[str, Any] | UnsetType | None = msgspec.field(
        default=UNSET, name="binding:vif_details"
    )
    """Driver-specific details of the bound interface (port_filter, ovs_hybrid_plug, ...)."""

    binding_vif_type: str | UnsetType | None = msgspec.field(
        default=UNSET, name="binding:vif_type"
    )
    """The type of the bound interface (ovs, unbound, binding_failed, ...)."""

    binding_vnic_type: str | UnsetType | None = msgspec.field(
        default=UNSET, name="binding:vnic_type"
    )
    """The kind of virtual NIC wanted (normal, direct, macvtap, baremetal, ...)."""

    data_plane_status: str | UnsetType | None = UNSET
    """The status of the port's underlying data plane (ACTIVE or DOWN)."""

    dns_name: str | UnsetType | None = UNSET
    """The DNS name of the port."""

    dns_domain: str | UnsetType | None = UNSET
    """The DNS domain of the port."""

    dns_assignment: builtins.list[DnsAssignment] | UnsetType | None = UNSET
    """The DNS names assigned to each fixed IP of the port."""

    extra_dhcp_opts: builtins.list[ExtraDhcpOpt] | UnsetType | None = UNSET
    """Extra DHCP options handed to the port."""

    hints: dict[str, Any] | UnsetType | None = UNSET
    """Backend-specific tuning hints of the port (admin only)."""

    ip_allocation: str | UnsetType | None = UNSET
    """When the port gets its IPs (immediate, deferred or none)."""

    numa_affinity_policy: str | UnsetType | None = UNSET
    """The NUMA affinity policy of the port (required, preferred, legacy or socket)."""

    qos_policy_id: str | UnsetType | None = UNSET
    """The ID of the QoS policy applied to the port."""

    qos_network_policy_id: str | UnsetType | None = UNSET
    """The ID of the QoS policy of the port's network."""

    resource_request: dict[str, Any] | UnsetType | None = UNSET
    """The Placement resources and traits the port needs (request_groups, same_subtree)."""

    propagate_uplink_status: bool | UnsetType | None = UNSET
    """Whether the uplink status is propagated to the port (SR-IOV)."""

    mac_learning_enabled: bool | UnsetType | None = UNSET
    """Whether MAC learning is on for the port."""

    trusted: bool | UnsetType | None = UNSET
    """Whether the port's VIF is trusted (SR-IOV); also reflected in binding:profile."""

    hardware_offload_type: str | UnsetType | None = UNSET
    """The hardware offload type of the port (switchdev, ...)."""

    trunk_details: TrunkDetails | UnsetType | None = UNSET
    """The trunk whose parent this port is, with its subports."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the port."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (the older name of project_id)."""

    tags: builtins.list[str] | UnsetType | None = UNSET
    """The tags on the port."""

    revision_number: int | UnsetType | None = UNSET
    """The revision of the port, raised on every change."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the port was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the port was last changed."""


class FixedIp(Model):
    """A fixed IP address of a port."""

    subnet_id: str
    """The ID of the subnet the address is from."""

    ip_address: str
    """The IP address."""


class FixedIpRequest(Model):
    """A fixed IP address to ask for, by subnet, by address, or both."""

    subnet_id: str | UnsetType | None = UNSET
    """The subnet to take an address from."""

    ip_address: str | UnsetType | None = UNSET
    """The address to take (left out to let Neutron choose one from the subnet)."""


class AllowedAddressPair(Model):
    """An address (and MAC) allowed through a port besides its own."""

    ip_address: str
    """The allowed IP address or CIDR."""

    mac_address: str | UnsetType | None = UNSET
    """The allowed MAC address (the port's own when left out)."""


class ExtraDhcpOpt(Model):
    """An extra DHCP option of a port."""

    opt_name: str
    """The name of the DHCP option."""

    opt_value: str | UnsetType | None = UNSET
    """The value of the DHCP option (null removes it on update)."""

    ip_version: int | UnsetType | None = UNSET
    """The IP version the option applies to, 4 or 6."""


class DnsAssignment(Model):
    """The DNS name given to one fixed IP of a port."""

    hostname: str | UnsetType | None = UNSET
    """The host name."""

    ip_address: str | UnsetType | None = UNSET
    """The fixed IP address."""

    fqdn: str | UnsetType | None = UNSET
    """The fully qualified domain name."""


class TrunkDetails(Model):
    """The trunk of a parent port."""

    trunk_id: str | UnsetType | None = UNSET
    """The ID of the trunk."""

    sub_ports: builtins.list[TrunkSubport] | UnsetType | None = UNSET
    """The subports of the trunk."""


class TrunkSubport(Model):
    """A subport of a trunk, as shown in the parent port's trunk details."""

    port_id: str | UnsetType | None = UNSET
    """The ID of the subport."""

    segmentation_type: str | UnsetType | None = UNSET
    """The segmentation technology of the subport (vlan)."""

    segmentation_id: int | UnsetType | None = UNSET
    """The segmentation ID (VLAN ID) of the subport."""

    mac_address: str | UnsetType | None = UNSET
    """The MAC address of the subport."""


class NewPort(Model):
    """A port to create, one item of a bulk create."""

    network_id: str
    """The ID of the network to create the port on."""

    name: str | UnsetType | None = UNSET
    """The human-readable name of the port."""

    description: str | UnsetType | None = UNSET
    """A free-form description of the port."""

    admin_state_up: bool | UnsetType | None = UNSET
    """Whether the port starts administratively up (default true)."""

    mac_address: str | UnsetType | None = UNSET
    """The MAC address (generated when left out)."""

    fixed_ips: builtins.list[FixedIpRequest] | UnsetType | None = UNSET
    """The IP addresses or subnets to allocate from."""

    allowed_address_pairs: builtins.list[AllowedAddressPair] | UnsetType | None = UNSET
    """Further address/MAC pairs to allow through the port."""

    device_id: str | UnsetType | None = UNSET
    """The ID of the device that uses the port."""

    device_owner: str | UnsetType | None = UNSET
    """The kind of device that uses the port."""

    security_groups: builtins.list[str] | UnsetType | None = UNSET
    """The IDs of the security groups to apply (the project's default group when left out)."""

    port_security_enabled: bool | UnsetType | None = UNSET
    """Whether security groups and anti-spoofing apply to the port."""

    binding_host_id: str | UnsetType | None = msgspec.field(default=UNSET, name="binding:host_id")
    """The host to bind the port on (admin only)."""

    binding_profile: dict[str, Any] | UnsetType | None = msgspec.field(
        default=UNSET, name="binding:profile"
    )
    """Driver-specific binding information (admin only)."""

    binding_vnic_type: str | UnsetType | None = msgspec.field(
        default=UNSET, name="binding:vnic_type"
    )
    """The kind of virtual NIC wanted (default normal)."""

    dns_name: str | UnsetType | None = UNSET
    """The DNS name of the port."""

    dns_domain: str | UnsetType | None = UNSET
    """The DNS domain of the port."""

    extra_dhcp_opts: builtins.list[ExtraDhcpOpt] | UnsetType | None = UNSET
    """Extra DHCP options to hand to the port."""

    numa_affinity_policy: str | UnsetType | None = UNSET
    """The NUMA affinity policy of the port."""

    qos_policy_id: str | UnsetType | None = UNSET
    """The ID of a QoS policy to apply to the port."""

    propagate_uplink_status: bool | UnsetType | None = UNSET
    """Whether to propagate the uplink status to the port."""

    mac_learning_enabled: bool | UnsetType | None = UNSET
    """Whether to turn on MAC learning for the port."""

    tags: builtins.list[str] | UnsetType | None = UNSET
    """Tags to put on the new port (honoured when the tag_ports_during_bulk_creation ML2
    extension driver is loaded).
    """

    project_id: str | UnsetType | None = UNSET
    """The owning project, when an administrator creates for another project."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Filters by port ID."""

    name: str | UnsetType = UNSET
    """Filters by name."""

    description: str | UnsetType = UNSET
    """Filters by description."""

    network_id: str | UnsetType = UNSET
    """Filters by network."""

    admin_state_up: bool | UnsetType = UNSET
    """Filters by administrative state."""

    status: str | UnsetType = UNSET
    """Filters by status."""

    mac_address: str | UnsetType = UNSET
    """Filters by MAC address."""

    fixed_ips: builtins.list[str] | UnsetType = UNSET
    """Filters by fixed IP, each entry written ip_address=<ip>, subnet_id=<id> or
    ip_address_substr=<part> (repeat for several).
    """

    device_id: str | UnsetType = UNSET
    """Filters by device ID."""

    device_owner: str | UnsetType = UNSET
    """Filters by device owner."""

    binding_host_id: str | UnsetType = msgspec.field(default=UNSET, name="binding:host_id")
    """Filters by the host the port is bound on."""

    ip_allocation: str | UnsetType = UNSET
    """Filters by IP allocation mode."""

    mac_learning_enabled: bool | UnsetType = UNSET
    """Filters by whether MAC learning is on."""

    security_groups: builtins.list[str] | UnsetType = UNSET
    """Filters by security group ID (repeat for several)."""

    project_id: str | UnsetType = UNSET
    """Filters by owning project."""

    tenant_id: str | UnsetType = UNSET
    """Filters by owning project (older name)."""

    revision_number: int | UnsetType = UNSET
    """Filters by revision number."""

    tags: builtins.list[str] | UnsetType = UNSET
    """Ports that have all these comma-separated tags."""

    tags_any: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="tags-any")
    """Ports that have at least one of these comma-separated tags."""

    not_tags: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="not-tags")
    """Ports that do not have all of these comma-separated tags."""

    not_tags_any: builtins.list[str] | UnsetType = msgspec.field(
        default=UNSET, name="not-tags-any"
    )
    """Ports that have none of these comma-separated tags."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Return only these attributes (repeat for several)."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by, paired with sort_dir."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions (asc or desc), one per sort_key."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last port of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Page backwards from the marker."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "description": "query",
        "network_id": "query",
        "admin_state_up": "query",
        "status": "query",
        "mac_address": "query",
        "fixed_ips": "query",
        "device_id": "query",
        "device_owner": "query",
        "binding_host_id": "query",
        "ip_allocation": "query",
        "mac_learning_enabled": "query",
        "security_groups": "query",
        "project_id": "query",
        "tenant_id": "query",
        "revision_number": "query",
        "tags": "csv",
        "tags_any": "csv",
        "not_tags": "csv",
        "not_tags_any": "csv",
        "fields": "query",
        "sort_key": "query",
        "sort_dir": "query",
        "limit": "query",
        "marker": "query",
        "page_reverse": "query",
    }

    paired: ClassVar[tuple[tuple[str, ...], ...]] = (("sort_key", "sort_dir"),)


class CreateOpts(Options):
    """Options for :func:`create`."""

    network_id: str
    """The ID of the network to create the port on."""

    name: str | UnsetType = UNSET
    """The human-readable name of the port."""

    description: str | UnsetType = UNSET
    """A free-form description of the port."""

    admin_state_up: bool | UnsetType = UNSET
    """Whether the port starts administratively up (default true)."""

    mac_address: str | UnsetType = UNSET
    """The MAC address (generated when left out)."""

    fixed_ips: builtins.list[FixedIpRequest] | UnsetType = UNSET
    """The IP addresses or subnets to allocate from."""

    allowed_address_pairs: builtins.list[AllowedAddressPair] | UnsetType = UNSET
    """Further address/MAC pairs to allow through the port."""

    device_id: str | UnsetType = UNSET
    """The ID of the device that uses the port."""

    device_owner: str | UnsetType = UNSET
    """The kind of device that uses the port."""

    security_groups: builtins.list[str] | UnsetType = UNSET
    """The IDs of the security groups to apply (the project's default group when left out)."""

    port_security_enabled: bool | UnsetType = UNSET
    """Whether security groups and anti-spoofing apply to the port."""

    binding_host_id: str | UnsetType = msgspec.field(default=UNSET, name="binding:host_id")
    """The host to bind the port on (admin only)."""

    binding_profile: dict[str, Any] | UnsetType = msgspec.field(
        default=UNSET, name="binding:profile"
    )
    """Driver-specific binding information (admin only)."""

    binding_vnic_type: str | UnsetType = msgspec.field(default=UNSET, name="binding:vnic_type")
    """The kind of virtual NIC wanted (default normal)."""

    dns_name: str | UnsetType = UNSET
    """The DNS name of the port."""

    dns_domain: str | UnsetType = UNSET
    """The DNS domain of the port."""

    extra_dhcp_opts: builtins.list[ExtraDhcpOpt] | UnsetType = UNSET
    """Extra DHCP options to hand to the port."""

    hints: dict[str, Any] | UnsetType = UNSET
    """Backend-specific tuning hints (admin only)."""

    numa_affinity_policy: str | UnsetType = UNSET
    """The NUMA affinity policy of the port."""

    qos_policy_id: str | UnsetType = UNSET
    """The ID of a QoS policy to apply to the port."""

    propagate_uplink_status: bool | UnsetType = UNSET
    """Whether to propagate the uplink status to the port."""

    mac_learning_enabled: bool | UnsetType = UNSET
    """Whether to turn on MAC learning for the port."""

    trusted: bool | UnsetType = UNSET
    """Whether the port's VIF is trusted (SR-IOV, admin only)."""

    hardware_offload_type: str | UnsetType = UNSET
    """The hardware offload type of the port."""

    tags: builtins.list[str] | UnsetType = UNSET
    """Tags to put on the new port (honoured when the tag_ports_during_bulk_creation ML2
    extension driver is loaded).
    """

    project_id: str | UnsetType = UNSET
    """The owning project, when an administrator creates for another project."""


class CreateBulkOpts(Options):
    """Options for :func:`create_bulk`."""

    ports: builtins.list[NewPort]
    """The ports to create."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Return only these attributes (repeat for several)."""

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
    """Brings the port administratively up or down."""

    mac_address: str | UnsetType = UNSET
    """The new MAC address (admin only, unbound ports)."""

    fixed_ips: builtins.list[FixedIpRequest] | UnsetType = UNSET
    """The new fixed IPs (replacing the old ones)."""

    allowed_address_pairs: builtins.list[AllowedAddressPair] | UnsetType = UNSET
    """The new allowed address pairs (replacing the old ones)."""

    device_id: str | UnsetType = UNSET
    """The new device ID."""

    device_owner: str | UnsetType = UNSET
    """The new device owner."""

    security_groups: builtins.list[str] | UnsetType = UNSET
    """The new security groups (replacing the old ones)."""

    port_security_enabled: bool | UnsetType = UNSET
    """Turns port security on or off."""

    binding_host_id: str | UnsetType = msgspec.field(default=UNSET, name="binding:host_id")
    """The new host to bind on (admin only)."""

    binding_profile: dict[str, Any] | UnsetType | None = msgspec.field(
        default=UNSET, name="binding:profile"
    )
    """The new binding profile (admin only)."""

    binding_vnic_type: str | UnsetType = msgspec.field(default=UNSET, name="binding:vnic_type")
    """The new kind of virtual NIC."""

    data_plane_status: str | UnsetType | None = UNSET
    """The status of the underlying data plane (admin only)."""

    dns_name: str | UnsetType = UNSET
    """The new DNS name."""

    dns_domain: str | UnsetType = UNSET
    """The new DNS domain."""

    extra_dhcp_opts: builtins.list[ExtraDhcpOpt] | UnsetType = UNSET
    """DHCP options to add, change or (with a null value) remove."""

    hints: dict[str, Any] | UnsetType | None = UNSET
    """The new backend hints (admin only)."""

    numa_affinity_policy: str | UnsetType | None = UNSET
    """The new NUMA affinity policy."""

    qos_policy_id: str | UnsetType | None = UNSET
    """The QoS policy to apply, or null to detach it."""

    propagate_uplink_status: bool | UnsetType = UNSET
    """Whether to propagate the uplink status."""

    mac_learning_enabled: bool | UnsetType = UNSET
    """Turns MAC learning on or off."""

    trusted: bool | UnsetType = UNSET
    """Whether the port's VIF is trusted (admin only)."""


def list_url(client: ServiceClient) -> str:
    """The URL `/ports`."""
    return client.url("/ports")


def resource_url(client: ServiceClient, port_id: str) -> str:
    """The URL `/ports/{port_id}`."""
    return client.url("/ports/{port_id}", port_id=port_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Port]:
    """Lists the ports the caller can see.

    GET ``/ports``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Port,
        response_key="ports",
        style=PageStyle("links", links_key="ports_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> Port:
    """Creates a port on a network.

    POST ``/ports``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="port",
        response_key="port",
        response_type=Port,
    )


def create_bulk(
    client: ServiceClient,
    opts: CreateBulkOpts,
) -> builtins.list[Port]:
    """Creates several ports in one atomic call (all or none).

    POST ``/ports``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateBulkOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        response_key="ports",
        response_type=builtins.list[Port],
    )


def get(
    client: ServiceClient,
    port_id: str,
    opts: GetOpts | None = None,
) -> Port:
    """Shows a port, with its trunk details when it is a trunk's parent.

    GET ``/ports/{port_id}``

    Args:
        client: The network v2 service client.
        port_id: The ID of the port.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, port_id),
        ok=(200,),
        opts=opts,
        response_key="port",
        response_type=Port,
    )


def update(
    client: ServiceClient,
    port_id: str,
    opts: UpdateOpts | None = None,
) -> Port:
    """Updates a port.

    PUT ``/ports/{port_id}``

    Args:
        client: The network v2 service client.
        port_id: The ID of the port.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, port_id),
        ok=(200,),
        opts=opts,
        body_key="port",
        response_key="port",
        response_type=Port,
    )


def delete(
    client: ServiceClient,
    port_id: str,
) -> None:
    """Deletes a port.

    DELETE ``/ports/{port_id}``

    Args:
        client: The network v2 service client.
        port_id: The ID of the port.
    """
    client.call(
        "DELETE",
        resource_url(client, port_id),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Port:
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
        what="Port",
    )


def wait_for_status(
    client: ServiceClient,
    port_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    predicate: Callable[[Port], bool] | None = None,
) -> Port:
    """Polls get until status is one of status (and predicate holds).

    Failure statuses (ERROR, error) raise ResourceFailed at once.
    Returns the resource; WaitTimeout after timeout seconds.
    """
    return waiters.wait_for_status(
        lambda: get(client, port_id),
        status,
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="Port",
        predicate=predicate,
    )


def wait_for_delete(
    client: ServiceClient,
    port_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
) -> None:
    """Polls get until it answers 404 (the resource is deleted).

    Failure statuses (ERROR, error) raise ResourceFailed at once;
    WaitTimeout after timeout seconds.
    """
    waiters.wait_for_delete(
        lambda: get(client, port_id),
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="Port",
    )
