"""Server diagnostics: usage data from the hypervisor. Before microversion 2.48 the answer is
whatever the virt driver reports; from 2.48 it has the standard form below.
"""

# Generated from specs/compute/v2/server_diagnostics.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import ClassVar

from typedstack.runtime import UNSET, Model, ServiceClient, UnsetType

__all__ = [
    "DiagnosticsMemory",
    "DiagnosticsCpu",
    "DiagnosticsDisk",
    "DiagnosticsNic",
    "ServerDiagnostics",
    "get",
    "resource_url",
]


class DiagnosticsMemory(Model):
    """Memory usage of a server."""

    maximum: int | UnsetType | None = UNSET
    """The memory given to the server, in MiB."""

    used: int | UnsetType | None = UNSET
    """The memory the guest currently uses, in MiB."""


class DiagnosticsCpu(Model):
    """Usage of one virtual CPU."""

    id: int | UnsetType | None = UNSET
    """The ID of the CPU."""

    time: int | UnsetType | None = UNSET
    """The CPU time, in nanoseconds."""

    utilisation: int | UnsetType | None = UNSET
    """The CPU utilisation, in percent."""


class DiagnosticsDisk(Model):
    """Usage of one disk."""

    read_bytes: int | UnsetType | None = UNSET
    """The bytes read."""

    read_requests: int | UnsetType | None = UNSET
    """The read requests."""

    write_bytes: int | UnsetType | None = UNSET
    """The bytes written."""

    write_requests: int | UnsetType | None = UNSET
    """The write requests."""

    errors_count: int | UnsetType | None = UNSET
    """The disk errors."""


class DiagnosticsNic(Model):
    """Usage of one virtual network interface."""

    mac_address: str | UnsetType | None = UNSET
    """The MAC address of the interface."""

    rx_octets: int | UnsetType | None = UNSET
    """The octets received."""

    rx_errors: int | UnsetType | None = UNSET
    """The receive errors."""

    rx_drop: int | UnsetType | None = UNSET
    """The received packets dropped."""

    rx_packets: int | UnsetType | None = UNSET
    """The packets received."""

    rx_rate: int | UnsetType | None = UNSET
    """The receive rate, in bytes."""

    tx_octets: int | UnsetType | None = UNSET
    """The octets sent."""

    tx_errors: int | UnsetType | None = UNSET
    """The transmit errors."""

    tx_drop: int | UnsetType | None = UNSET
    """The sent packets dropped."""

    tx_packets: int | UnsetType | None = UNSET
    """The packets sent."""

    tx_rate: int | UnsetType | None = UNSET
    """The transmit rate, in bytes."""


class ServerDiagnostics(Model):
    """Diagnostics of a server."""

    state: str | UnsetType | None = UNSET
    """The VM state, such as running, paused or shutdown."""

    driver: str | UnsetType | None = UNSET
    """The virt driver, such as libvirt, vmwareapi or ironic."""

    hypervisor: str | UnsetType | None = UNSET
    """The hypervisor, such as kvm or qemu."""

    hypervisor_os: str | UnsetType | None = UNSET
    """The operating system of the hypervisor."""

    uptime: int | UnsetType | None = UNSET
    """How long the VM has been running, in seconds."""

    config_drive: bool | UnsetType | None = UNSET
    """Whether the server has a config drive."""

    num_cpus: int | UnsetType | None = UNSET
    """The number of virtual CPUs."""

    num_disks: int | UnsetType | None = UNSET
    """The number of disks."""

    num_nics: int | UnsetType | None = UNSET
    """The number of virtual network interfaces."""

    memory_details: DiagnosticsMemory | UnsetType | None = UNSET
    """The memory usage."""

    cpu_details: list[DiagnosticsCpu] | UnsetType | None = UNSET
    """Usage per virtual CPU."""

    disk_details: list[DiagnosticsDisk] | UnsetType | None = UNSET
    """Usage per disk."""

    nic_details: list[DiagnosticsNic] | UnsetType | None = UNSET
    """Usage per virtual network interface."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("state", "2.48", None),
        ("driver", "2.48", None),
        ("hypervisor", "2.48", None),
        ("hypervisor_os", "2.48", None),
        ("uptime", "2.48", None),
        ("config_drive", "2.48", None),
        ("num_cpus", "2.48", None),
        ("num_disks", "2.48", None),
        ("num_nics", "2.48", None),
        ("memory_details", "2.48", None),
        ("cpu_details", "2.48", None),
        ("disk_details", "2.48", None),
        ("nic_details", "2.48", None),
    )


def resource_url(client: ServiceClient, server_id: str) -> str:
    """The URL `/servers/{server_id}/diagnostics`."""
    return client.url("/servers/{server_id}/diagnostics", server_id=server_id)


def get(
    client: ServiceClient,
    server_id: str,
) -> ServerDiagnostics:
    """Shows the diagnostics of a server (admins by default).

    GET ``/servers/{server_id}/diagnostics``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
    """
    return client.call(
        "GET",
        resource_url(client, server_id),
        ok=(200,),
        response_type=ServerDiagnostics,
    )
