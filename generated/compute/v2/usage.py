"""Usage of compute resources by project over a period (os-simple-tenant-usage): server hours
and the disk, RAM and vCPU hours they add up to, optionally broken down by server.
"""

# Generated from specs/compute/v2/usage.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from typing import ClassVar

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "TenantUsage",
    "ServerUsage",
    "ListOpts",
    "GetOpts",
    "list",
    "get",
    "list_url",
    "resource_url",
]


class TenantUsage(Model):
    """The usage of one project over the period; empty when the project used nothing."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the project."""

    start: datetime.datetime | UnsetType | None = UNSET
    """The beginning of the period."""

    stop: datetime.datetime | UnsetType | None = UNSET
    """The end of the period."""

    total_hours: float | UnsetType | None = UNSET
    """The total hours the project's servers existed."""

    total_local_gb_usage: float | UnsetType | None = UNSET
    """The sum over servers of disk size (GiB) times hours."""

    total_memory_mb_usage: float | UnsetType | None = UNSET
    """The sum over servers of RAM (MiB) times hours."""

    total_vcpus_usage: float | UnsetType | None = UNSET
    """The sum over servers of vCPUs times hours."""

    server_usages: builtins.list[ServerUsage] | UnsetType | None = UNSET
    """The usage of each server (in the listing, only with detailed=1)."""


class ServerUsage(Model):
    """The usage of one server over the period."""

    instance_id: str | UnsetType | None = UNSET
    """The UUID of the server."""

    name: str | UnsetType | None = UNSET
    """The name of the server."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the project of the server."""

    flavor: str | UnsetType | None = UNSET
    """The name of the server's flavor."""

    hours: float | UnsetType | None = UNSET
    """The hours the server existed within the period."""

    local_gb: int | UnsetType | None = UNSET
    """The root plus ephemeral disk size, in GiB."""

    memory_mb: int | UnsetType | None = UNSET
    """The RAM, in MiB."""

    vcpus: int | UnsetType | None = UNSET
    """The number of vCPUs."""

    started_at: datetime.datetime | UnsetType | None = UNSET
    """When the server was launched."""

    ended_at: datetime.datetime | UnsetType | None = UNSET
    """When the server was deleted, or null."""

    state: str | UnsetType | None = UNSET
    """The VM state of the server."""

    uptime: int | UnsetType | None = UNSET
    """The uptime of the server, in seconds."""


class ListOpts(Options):
    """Options for :func:`list`."""

    detailed: int | UnsetType = UNSET
    """1 to include the usage of each server."""

    start: str | UnsetType = UNSET
    """The beginning of the period, as CCYY-MM-DDThh:mm:ss[.NNNNNN] without a time zone (default
    now).
    """

    end: str | UnsetType = UNSET
    """The end of the period, as CCYY-MM-DDThh:mm:ss[.NNNNNN] without a time zone (default now)."""

    limit: int | UnsetType = UNSET
    """The maximum number of servers to account for in this page."""

    marker: str | UnsetType = UNSET
    """The UUID of the last server of the previous page."""

    locations: ClassVar[dict[str, str]] = {
        "detailed": "query",
        "start": "query",
        "end": "query",
        "limit": "query",
        "marker": "query",
    }

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "limit": ("2.40", None),
        "marker": ("2.40", None),
    }


class GetOpts(Options):
    """Options for :func:`get`."""

    start: str | UnsetType = UNSET
    """The beginning of the period, as CCYY-MM-DDThh:mm:ss[.NNNNNN] without a time zone (default
    now).
    """

    end: str | UnsetType = UNSET
    """The end of the period, as CCYY-MM-DDThh:mm:ss[.NNNNNN] without a time zone (default now)."""

    limit: int | UnsetType = UNSET
    """The maximum number of servers to include."""

    marker: str | UnsetType = UNSET
    """The UUID of the last server of the previous page; the response's tenant_usage_links point
    to the next page.
    """

    locations: ClassVar[dict[str, str]] = {
        "start": "query",
        "end": "query",
        "limit": "query",
        "marker": "query",
    }

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "limit": ("2.40", None),
        "marker": ("2.40", None),
    }


def list_url(client: ServiceClient) -> str:
    """The URL `/os-simple-tenant-usage`."""
    return client.url("/os-simple-tenant-usage")


def resource_url(client: ServiceClient, tenant_id: str) -> str:
    """The URL `/os-simple-tenant-usage/{tenant_id}`."""
    return client.url("/os-simple-tenant-usage/{tenant_id}", tenant_id=tenant_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[TenantUsage]:
    """Lists the usage of every project (admin only).

    GET ``/os-simple-tenant-usage``

    Args:
        client: The compute v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=TenantUsage,
        response_key="tenant_usages",
        style=PageStyle("links", links_key="tenant_usages_links"),
        opts=opts,
    )


def get(
    client: ServiceClient,
    tenant_id: str,
    opts: GetOpts | None = None,
) -> TenantUsage:
    """Shows the usage of one project, with the usage of each server.

    GET ``/os-simple-tenant-usage/{tenant_id}``

    Args:
        client: The compute v2 service client.
        tenant_id: The ID of the project.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, tenant_id),
        ok=(200,),
        opts=opts,
        response_key="tenant_usage",
        response_type=TenantUsage,
    )
