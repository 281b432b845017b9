"""The hosts that run Cinder services, with the volume and snapshot totals each project has on a
host. The calls are made in the caller's (administrative) project. Administrators only, by
default policy.
"""

# Generated from specs/block_storage/v3/hosts.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime

import msgspec

from typedstack.runtime import UNSET, Model, ServiceClient, UnsetType

__all__ = [
    "Host",
    "HostUsage",
    "HostResource",
    "list",
    "get",
    "list_url",
    "resource_url",
]


class Host(Model):
    """A service running on a host, as the host listing shows it."""

    host_name: str | UnsetType | None = UNSET
    """The name of the host; for cinder-volume, host@backend."""

    service: str | UnsetType | None = UNSET
    """The binary of the service on the host, such as cinder-volume."""

    zone: str | UnsetType | None = UNSET
    """The availability zone of the service."""

    service_status: str | UnsetType | None = msgspec.field(default=UNSET, name="service-status")
    """Whether the service has reported in recently (available) or not."""

    service_state: str | UnsetType | None = msgspec.field(default=UNSET, name="service-state")
    """Whether the service is enabled or disabled by an administrator."""

    last_update: datetime.datetime | UnsetType | None = msgspec.field(
        default=UNSET, name="last-update"
    )
    """When the service last reported in."""


class HostUsage(Model):
    """One entry of a host's details, holding one resource record."""

    resource: HostResource | UnsetType | None = UNSET
    """The volume and snapshot totals of one project on the host, or of all of them."""


class HostResource(Model):
    """The volume and snapshot totals of one project on a host. The counts and sizes are sent as
    strings of digits.
    """

    host: str | UnsetType | None = UNSET
    """The host."""

    project: str | UnsetType | None = UNSET
    """The ID of the project, or "(total)" for the sum over all projects."""

    volume_count: str | UnsetType | None = UNSET
    """The number of volumes."""

    total_volume_gb: str | UnsetType | None = UNSET
    """The total size of the volumes, in GiB."""

    snapshot_count: str | UnsetType | None = UNSET
    """The number of snapshots."""

    total_snapshot_gb: str | UnsetType | None = UNSET
    """The total size of the snapshots, in GiB."""


def list_url(client: ServiceClient) -> str:
    """The URL `/os-hosts`."""
    return client.url("/os-hosts")


def resource_url(client: ServiceClient, host_name: str) -> str:
    """The URL `/os-hosts/{host_name}`."""
    return client.url("/os-hosts/{host_name}", host_name=host_name)


def list(
    client: ServiceClient,
) -> builtins.list[Host]:
    """Lists the services of every host (one entry per host and service).

    GET ``/os-hosts``

    Args:
        client: The block-storage v3 service client.
    """
    return client.call(
        "GET",
        list_url(client),
        ok=(200,),
        response_key="hosts",
        response_type=builtins.list[Host],
    )


def get(
    client: ServiceClient,
    host_name: str,
) -> builtins.list[HostUsage]:
    """Shows the volume and snapshot totals on a host, first summed over all projects, then per
    project.

    GET ``/os-hosts/{host_name}``

    Args:
        client: The block-storage v3 service client.
        host_name: The name of the host, such as node1@lvm.
    """
    return client.call(
        "GET",
        resource_url(client, host_name),
        ok=(200,),
        response_key="host",
        response_type=builtins.list[HostUsage],
    )
