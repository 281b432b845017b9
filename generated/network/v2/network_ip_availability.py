"""Network IP availability: how many IP addresses each network and each of its subnets holds and
how many are in use (admin only by default).
"""

# Generated from specs/network/v2/network_ip_availability.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "NetworkIpAvailability",
    "SubnetIpAvailability",
    "IpAvailabilityDetails",
    "ListOpts",
    "list",
    "get",
    "list_url",
    "resource_url",
]


class NetworkIpAvailability(Model):
    """The IP address usage of one network."""

    network_id: str
    """The UUID of the network."""

    network_name: str | UnsetType | None = UNSET
    """The name of the network."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the project owning the network (legacy name of project_id)."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project owning the network."""

    total_ips: int | UnsetType | None = UNSET
    """How many addresses the network's subnets hold together."""

    used_ips: int | UnsetType | None = UNSET
    """How many of those addresses are allocated."""

    ip_availability_details: IpAvailabilityDetails | UnsetType | None = UNSET
    """The totals split into whole-subnet and allocation-pool counts."""

    subnet_ip_availability: builtins.list[SubnetIpAvailability] | UnsetType | None = UNSET
    """The usage of each subnet of the network."""


class SubnetIpAvailability(Model):
    """The IP address usage of one subnet."""

    subnet_id: str
    """The UUID of the subnet."""

    subnet_name: str | UnsetType | None = UNSET
    """The name of the subnet."""

    ip_version: int | UnsetType | None = UNSET
    """The IP version of the subnet, 4 or 6."""

    cidr: str | UnsetType | None = UNSET
    """The CIDR of the subnet."""

    total_ips: int | UnsetType | None = UNSET
    """How many addresses the subnet holds."""

    used_ips: int | UnsetType | None = UNSET
    """How many of them are allocated."""

    ip_availability_details: IpAvailabilityDetails | UnsetType | None = UNSET
    """The counts split into whole-subnet and allocation-pool figures."""


class IpAvailabilityDetails(Model):
    """Address counts over the whole subnet and over its allocation pools."""

    total_ips_in_subnet: int | UnsetType | None = UNSET
    """Every usable address of the subnet(s)."""

    total_ips_in_allocation_pool: int | UnsetType | None = UNSET
    """The addresses inside the allocation pools."""

    used_ips_in_subnet: int | UnsetType | None = UNSET
    """Allocated addresses anywhere in the subnet(s)."""

    used_ips_in_allocation_pool: int | UnsetType | None = UNSET
    """Allocated addresses inside the allocation pools."""


class ListOpts(Options):
    """Options for :func:`list`."""

    network_id: str | UnsetType = UNSET
    """Only the network with this UUID."""

    network_name: str | UnsetType = UNSET
    """Only networks with this name."""

    tenant_id: str | UnsetType = UNSET
    """Only networks of this project (legacy name)."""

    project_id: str | UnsetType = UNSET
    """Only networks of this project."""

    ip_version: int | UnsetType = UNSET
    """Only subnets of this IP version (4 or 6) are counted."""

    locations: ClassVar[dict[str, str]] = {
        "network_id": "query",
        "network_name": "query",
        "tenant_id": "query",
        "project_id": "query",
        "ip_version": "query",
    }


def list_url(client: ServiceClient) -> str:
    """The URL `/network-ip-availabilities`."""
    return client.url("/network-ip-availabilities")


def resource_url(client: ServiceClient, network_id: str) -> str:
    """The URL `/network-ip-availabilities/{network_id}`."""
    return client.url("/network-ip-availabilities/{network_id}", network_id=network_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> builtins.list[NetworkIpAvailability]:
    """Lists the IP address usage of networks.

    GET ``/network-ip-availabilities``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.call(
        "GET",
        list_url(client),
        ok=(200,),
        opts=opts,
        response_key="network_ip_availabilities",
        response_type=builtins.list[NetworkIpAvailability],
    )


def get(
    client: ServiceClient,
    network_id: str,
) -> NetworkIpAvailability:
    """Shows the IP address usage of one network.

    GET ``/network-ip-availabilities/{network_id}``

    Args:
        client: The network v2 service client.
        network_id: The UUID of the network.
    """
    return client.call(
        "GET",
        resource_url(client, network_id),
        ok=(200,),
        response_key="network_ip_availability",
        response_type=NetworkIpAvailability,
    )
