"""The NUMA topology of a server (microversion 2.78 and later). Host-side fields (cpu_pinning,
siblings, host_node) are shown to admins by default.
"""

# Generated from specs/compute/v2/server_topology.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typedstack.runtime import UNSET, Model, ServiceClient, UnsetType

__all__ = [
    "TopologyNode",
    "ServerTopology",
    "get",
    "resource_url",
]


class TopologyNode(Model):
    """A virtual NUMA node of a server."""

    memory_mb: int | UnsetType | None = UNSET
    """The memory of the node, in MiB."""

    vcpu_set: list[int] | UnsetType | None = UNSET
    """The virtual CPUs of the node."""

    cpu_pinning: dict[str, int] | UnsetType | None = UNSET
    """The host CPU each virtual CPU is pinned to, keyed by virtual CPU."""

    siblings: list[list[int]] | UnsetType | None = UNSET
    """Groups of virtual CPUs that are thread siblings of one core."""

    host_node: int | UnsetType | None = UNSET
    """The host NUMA node this node is placed on."""


class ServerTopology(Model):
    """The NUMA topology of a server."""

    nodes: list[TopologyNode] | UnsetType | None = UNSET
    """The virtual NUMA nodes."""

    pagesize_kb: int | UnsetType | None = UNSET
    """The memory page size, in KiB, or null when unknown."""


def resource_url(client: ServiceClient, server_id: str) -> str:
    """The URL `/servers/{server_id}/topology`."""
    return client.url("/servers/{server_id}/topology", server_id=server_id)


def get(
    client: ServiceClient,
    server_id: str,
) -> ServerTopology:
    """Shows the NUMA topology of a server.

    Microversions: 2.78 and later.

    GET ``/servers/{server_id}/topology``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
    """
    client.check_operation_version("server_topology.get", "2.78", None)
    return client.call(
        "GET",
        resource_url(client, server_id),
        ok=(200,),
        response_type=ServerTopology,
    )
