"""Hypervisors are the compute nodes Nova schedules servers onto. Admin only. From 2.53
hypervisors are identified by UUID and searched with query parameters; from 2.88 the resource
statistics are left to placement.
"""

# Generated from specs/compute/v2/hypervisors.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable
from typing import Any, ClassVar

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

__all__ = [
    "Hypervisor",
    "HypervisorServer",
    "HypervisorService",
    "HypervisorMatch",
    "HypervisorUptime",
    "HypervisorStatistics",
    "ListOpts",
    "GetOpts",
    "list",
    "list_detail",
    "get",
    "get_statistics",
    "get_uptime",
    "search",
    "list_servers",
    "list_url",
    "list_detail_url",
    "resource_url",
    "get_statistics_url",
    "get_uptime_url",
    "search_url",
    "list_servers_url",
    "wait_for_status",
    "wait_for_delete",
]


class Hypervisor(Model):
    """A hypervisor. The summary listing carries id, hypervisor_hostname, state, status and
    servers only.
    """

    id: int | str
    """The ID of the hypervisor; an integer up to 2.52, a UUID string from 2.53."""

    hypervisor_hostname: str | UnsetType | None = UNSET
    """The host name the virt driver reports (the node UUID for Ironic)."""

    state: str | UnsetType | None = UNSET
    """Whether the hypervisor's compute service is up or down."""

    status: str | UnsetType | None = UNSET
    """Whether the hypervisor's compute service is enabled or disabled."""

    servers: builtins.list[HypervisorServer] | UnsetType | None = UNSET
    """The servers on the hypervisor. Before 2.75 only present when not empty; from 2.75 present
    unless with_servers is false.
    """

    host_ip: str | UnsetType | None = UNSET
    """The IP address of the hypervisor's host."""

    hypervisor_type: str | UnsetType | None = UNSET
    """The hypervisor type, such as QEMU."""

    hypervisor_version: int | UnsetType | None = UNSET
    """The hypervisor version."""

    service: HypervisorService | UnsetType | None = UNSET
    """The compute service of the hypervisor."""

    uptime: str | UnsetType | None = UNSET
    """The uptime as reported by the virt driver, or null when the driver does not report it."""

    cpu_info: str | dict[str, Any] | UnsetType | None = UNSET
    """Hypervisor-specific CPU information (arch, model, vendor, features, topology): a JSON
    string before 2.28, an object from 2.28.
    """

    current_workload: int | UnsetType | None = UNSET
    """The number of tasks the hypervisor is working on."""

    disk_available_least: int | UnsetType | None = UNSET
    """The actual free disk, in GiB; may be negative with overcommit."""

    free_disk_gb: int | UnsetType | None = UNSET
    """The free disk, in GiB, ignoring allocation ratios."""

    free_ram_mb: int | UnsetType | None = UNSET
    """The free RAM, in MiB, ignoring allocation ratios."""

    local_gb: int | UnsetType | None = UNSET
    """The disk size, in GiB."""

    local_gb_used: int | UnsetType | None = UNSET
    """The disk used, in GiB."""

    memory_mb: int | UnsetType | None = UNSET
    """The RAM size, in MiB."""

    memory_mb_used: int | UnsetType | None = UNSET
    """The RAM used, in MiB."""

    running_vms: int | UnsetType | None = UNSET
    """The number of running servers."""

    vcpus: int | UnsetType | None = UNSET
    """The number of vCPUs, ignoring allocation ratios."""

    vcpus_used: int | UnsetType | None = UNSET
    """The number of vCPUs used."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("servers", "2.53", None),
        ("uptime", "2.88", None),
        ("cpu_info", None, "2.87"),
        ("current_workload", None, "2.87"),
        ("disk_available_least", None, "2.87"),
        ("free_disk_gb", None, "2.87"),
        ("free_ram_mb", None, "2.87"),
        ("local_gb", None, "2.87"),
        ("local_gb_used", None, "2.87"),
        ("memory_mb", None, "2.87"),
        ("memory_mb_used", None, "2.87"),
        ("running_vms", None, "2.87"),
        ("vcpus", None, "2.87"),
        ("vcpus_used", None, "2.87"),
    )


class HypervisorServer(Model):
    """A server running on a hypervisor."""

    uuid: str
    """The UUID of the server."""

    name: str | UnsetType | None = UNSET
    """The name of the server."""


class HypervisorService(Model):
    """The compute service of a hypervisor."""

    host: str | UnsetType | None = UNSET
    """The name of the host."""

    id: int | str | UnsetType | None = UNSET
    """The ID of the service; an integer up to 2.52, a UUID string from 2.53."""

    disabled_reason: str | UnsetType | None = UNSET
    """Why the service was disabled, or null."""


class HypervisorMatch(Model):
    """A hypervisor found by host name (the forms removed in 2.53)."""

    id: int
    """The ID of the hypervisor."""

    hypervisor_hostname: str | UnsetType | None = UNSET
    """The host name the virt driver reports."""

    state: str | UnsetType | None = UNSET
    """Whether the hypervisor's compute service is up or down."""

    status: str | UnsetType | None = UNSET
    """Whether the hypervisor's compute service is enabled or disabled."""

    servers: builtins.list[HypervisorServer] | UnsetType | None = UNSET
    """The servers on the hypervisor (list_servers only)."""


class HypervisorUptime(Model):
    """The uptime of a hypervisor."""

    id: int | str
    """The ID of the hypervisor; an integer up to 2.52, a UUID string from 2.53."""

    hypervisor_hostname: str | UnsetType | None = UNSET
    """The host name the virt driver reports."""

    state: str | UnsetType | None = UNSET
    """Whether the hypervisor's compute service is up or down."""

    status: str | UnsetType | None = UNSET
    """Whether the hypervisor's compute service is enabled or disabled."""

    uptime: str | UnsetType | None = UNSET
    """The uptime and load averages of the host."""


class HypervisorStatistics(Model):
    """Resource totals over all hypervisors."""

    count: int | UnsetType | None = UNSET
    """The number of hypervisors."""

    current_workload: int | UnsetType | None = UNSET
    """The number of tasks the hypervisors are working on."""

    disk_available_least: int | UnsetType | None = UNSET
    """The actual free disk, in GiB."""

    free_disk_gb: int | UnsetType | None = UNSET
    """The free disk, in GiB, ignoring allocation ratios."""

    free_ram_mb: int | UnsetType | None = UNSET
    """The free RAM, in MiB, ignoring allocation ratios."""

    local_gb: int | UnsetType | None = UNSET
    """The disk size, in GiB."""

    local_gb_used: int | UnsetType | None = UNSET
    """The disk used, in GiB."""

    memory_mb: int | UnsetType | None = UNSET
    """The RAM size, in MiB."""

    memory_mb_used: int | UnsetType | None = UNSET
    """The RAM used, in MiB."""

    running_vms: int | UnsetType | None = UNSET
    """The number of running servers."""

    vcpus: int | UnsetType | None = UNSET
    """The number of vCPUs, ignoring allocation ratios."""

    vcpus_used: int | UnsetType | None = UNSET
    """The number of vCPUs used."""


class ListOpts(Options):
    """Options for :func:`list` and :func:`list_detail`."""

    limit: int | UnsetType = UNSET
    """The page size; not with hypervisor_hostname_pattern."""

    marker: str | UnsetType = UNSET
    """The ID of the last hypervisor of the previous page (an integer up to 2.52, a UUID from
    2.53); not with hypervisor_hostname_pattern.
    """

    hypervisor_hostname_pattern: str | UnsetType = UNSET
    """Only hypervisors whose host name contains this string."""

    with_servers: bool | UnsetType = UNSET
    """Include the servers of each hypervisor."""

    locations: ClassVar[dict[str, str]] = {
        "limit": "query",
        "marker": "query",
        "hypervisor_hostname_pattern": "query",
        "with_servers": "query",
    }

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "limit": ("2.33", None),
        "marker": ("2.33", None),
        "hypervisor_hostname_pattern": ("2.53", None),
        "with_servers": ("2.53", None),
    }


class GetOpts(Options):
    """Options for :func:`get`."""

    with_servers: bool | UnsetType = UNSET
    """Include the servers of the hypervisor."""

    locations: ClassVar[dict[str, str]] = {
        "with_servers": "query",
    }

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "with_servers": ("2.53", None),
    }


def list_url(client: ServiceClient) -> str:
    """The URL `/os-hypervisors`."""
    return client.url("/os-hypervisors")


def list_detail_url(client: ServiceClient) -> str:
    """The URL `/os-hypervisors/detail`."""
    return client.url("/os-hypervisors/detail")


def resource_url(client: ServiceClient, hypervisor_id: str) -> str:
    """The URL `/os-hypervisors/{hypervisor_id}`."""
    return client.url("/os-hypervisors/{hypervisor_id}", hypervisor_id=hypervisor_id)


def get_statistics_url(client: ServiceClient) -> str:
    """The URL `/os-hypervisors/statistics`."""
    return client.url("/os-hypervisors/statistics")


def get_uptime_url(client: ServiceClient, hypervisor_id: str) -> str:
    """The URL `/os-hypervisors/{hypervisor_id}/uptime`."""
    return client.url("/os-hypervisors/{hypervisor_id}/uptime", hypervisor_id=hypervisor_id)


def search_url(client: ServiceClient, hypervisor_hostname_pattern: str) -> str:
    """The URL `/os-hypervisors/{hypervisor_hostname_pattern}/search`."""
    return client.url(
        "/os-hypervisors/{hypervisor_hostname_pattern}/search",
        hypervisor_hostname_pattern=hypervisor_hostname_pattern,
    )


def list_servers_url(client: ServiceClient, hypervisor_hostname_pattern: str) -> str:
    """The URL `/os-hypervisors/{hypervisor_hostname_pattern}/servers`."""
    return client.url(
        "/os-hypervisors/{hypervisor_hostname_pattern}/servers",
        hypervisor_hostname_pattern=hypervisor_hostname_pattern,
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Hypervisor]:
    """Lists the hypervisors (summary form).

    GET ``/os-hypervisors``

    Args:
        client: The compute v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Hypervisor,
        response_key="hypervisors",
        style=PageStyle("links", links_key="hypervisors_links"),
        opts=opts,
    )


def list_detail(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Hypervisor]:
    """Lists the hypervisors with their details.

    GET ``/os-hypervisors/detail``

    Args:
        client: The compute v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_detail_url(client),
        ok=(200,),
        item_type=Hypervisor,
        response_key="hypervisors",
        style=PageStyle("links", links_key="hypervisors_links"),
        opts=opts,
    )


def get(
    client: ServiceClient,
    hypervisor_id: str,
    opts: GetOpts | None = None,
) -> Hypervisor:
    """Shows a hypervisor.

    GET ``/os-hypervisors/{hypervisor_id}``

    Args:
        client: The compute v2 service client.
        hypervisor_id: The ID of the hypervisor (an integer up to 2.52, a UUID from 2.53).
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, hypervisor_id),
        ok=(200,),
        opts=opts,
        response_key="hypervisor",
        response_type=Hypervisor,
    )


def get_statistics(
    client: ServiceClient,
) -> HypervisorStatistics:
    """Shows resource totals over all hypervisors (removed in 2.88; ask placement instead).

    Deprecated by the service.

    Microversions: up to 2.87.

    GET ``/os-hypervisors/statistics``

    Args:
        client: The compute v2 service client.
    """
    client.check_operation_version("hypervisors.get_statistics", None, "2.87")
    return client.call(
        "GET",
        get_statistics_url(client),
        ok=(200,),
        response_key="hypervisor_statistics",
        response_type=HypervisorStatistics,
    )


def get_uptime(
    client: ServiceClient,
    hypervisor_id: str,
) -> HypervisorUptime:
    """Shows the uptime of a hypervisor (removed in 2.88; get returns it instead).

    Deprecated by the service.

    Microversions: up to 2.87.

    GET ``/os-hypervisors/{hypervisor_id}/uptime``

    Args:
        client: The compute v2 service client.
        hypervisor_id: The ID of the hypervisor (an integer up to 2.52, a UUID from 2.53).
    """
    client.check_operation_version("hypervisors.get_uptime", None, "2.87")
    return client.call(
        "GET",
        get_uptime_url(client, hypervisor_id),
        ok=(200,),
        response_key="hypervisor",
        response_type=HypervisorUptime,
    )


def search(
    client: ServiceClient,
    hypervisor_hostname_pattern: str,
) -> builtins.list[HypervisorMatch]:
    """Finds the hypervisors whose host name contains a string (removed in 2.53; use list with
    hypervisor_hostname_pattern).

    Deprecated by the service.

    Microversions: up to 2.52.

    GET ``/os-hypervisors/{hypervisor_hostname_pattern}/search``

    Args:
        client: The compute v2 service client.
        hypervisor_hostname_pattern: The host name, or part of it.
    """
    client.check_operation_version("hypervisors.search", None, "2.52")
    return client.call(
        "GET",
        search_url(client, hypervisor_hostname_pattern),
        ok=(200,),
        response_key="hypervisors",
        response_type=builtins.list[HypervisorMatch],
    )


def list_servers(
    client: ServiceClient,
    hypervisor_hostname_pattern: str,
) -> builtins.list[HypervisorMatch]:
    """Lists the servers of the hypervisors whose host name contains a string (removed in 2.53; use
    list with hypervisor_hostname_pattern and with_servers).

    Deprecated by the service.

    Microversions: up to 2.52.

    GET ``/os-hypervisors/{hypervisor_hostname_pattern}/servers``

    Args:
        client: The compute v2 service client.
        hypervisor_hostname_pattern: The host name, or part of it.
    """
    client.check_operation_version("hypervisors.list_servers", None, "2.52")
    return client.call(
        "GET",
        list_servers_url(client, hypervisor_hostname_pattern),
        ok=(200,),
        response_key="hypervisors",
        response_type=builtins.list[HypervisorMatch],
    )


def wait_for_status(
    client: ServiceClient,
    hypervisor_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    predicate: Callable[[Hypervisor], bool] | None = None,
) -> Hypervisor:
    """Polls get until status is one of status (and predicate holds).

    Failure statuses (ERROR, error) raise ResourceFailed at once.
    Returns the resource; WaitTimeout after timeout seconds.
    """
    return waiters.wait_for_status(
        lambda: get(client, hypervisor_id),
        status,
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="Hypervisor",
        predicate=predicate,
    )


def wait_for_delete(
    client: ServiceClient,
    hypervisor_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
) -> None:
    """Polls get until it answers 404 (the resource is deleted).

    Failure statuses (ERROR, error) raise ResourceFailed at once;
    WaitTimeout after timeout seconds.
    """
    waiters.wait_for_delete(
        lambda: get(client, hypervisor_id),
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="Hypervisor",
    )
