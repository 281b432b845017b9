"""Health monitors probe the members of a pool (HTTP requests, TCP connects, pings, ...) and
take failing members out of rotation.
"""

# Generated from specs/load_balancer/v2/health_monitors.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from typing import ClassVar, Literal

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

from . import load_balancers

__all__ = [
    "HealthMonitor",
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
]


class HealthMonitor(Model):
    """The health monitor of a pool."""

    id: str
    """The ID of the health monitor."""

    name: str | UnsetType | None = UNSET
    """The name of the health monitor."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the health monitor."""

    admin_state_up: bool | UnsetType | None = UNSET
    """Whether the health monitor is administratively up."""

    type: str | UnsetType | None = UNSET
    """The kind of probe sent to the members."""

    delay: int | UnsetType | None = UNSET
    """Seconds between two probes of a member."""

    timeout: int | UnsetType | None = UNSET
    """Seconds a probe may take before it counts as failed (less than delay)."""

    max_retries: int | UnsetType | None = UNSET
    """Successful probes in a row that bring a member ONLINE (1-10)."""

    max_retries_down: int | UnsetType | None = UNSET
    """Failed probes in a row that put a member in ERROR (1-10)."""

    http_method: str | UnsetType | None = UNSET
    """The HTTP method of HTTP and HTTPS probes."""

    http_version: float | UnsetType | None = UNSET
    """The HTTP version of HTTP and HTTPS probes (1.0 or 1.1)."""

    url_path: str | UnsetType | None = UNSET
    """The path HTTP and HTTPS probes request, starting with a slash."""

    expected_codes: str | UnsetType | None = UNSET
    """The HTTP status codes that mean healthy, as one code, a comma-separated list or a range
    (200-204).
    """

    domain_name: str | UnsetType | None = UNSET
    """The Host header sent with HTTP and HTTPS probes."""

    pool_id: str | UnsetType | None = UNSET
    """The ID of the monitored pool (as documented; servers report it in pools)."""

    pools: builtins.list[load_balancers.Ref] | UnsetType | None = UNSET
    """The monitored pool (its ID)."""

    provisioning_status: str | UnsetType | None = UNSET
    """Where the health monitor is in its provisioning life cycle."""

    operating_status: str | UnsetType | None = UNSET
    """The observed state of the health monitor."""

    tags: builtins.list[str] | UnsetType | None = UNSET
    """The tags of the health monitor."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the health monitor was created (UTC)."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the health monitor was last changed (UTC)."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the health monitor with this ID."""

    name: str | UnsetType = UNSET
    """Only health monitors with this name."""

    project_id: str | UnsetType = UNSET
    """Only health monitors of this project (admins see every project)."""

    pool_id: str | UnsetType = UNSET
    """Only the health monitor of this pool."""

    type: str | UnsetType = UNSET
    """Only health monitors of this type."""

    delay: int | UnsetType = UNSET
    """Only health monitors with this delay."""

    timeout: int | UnsetType = UNSET
    """Only health monitors with this timeout."""

    max_retries: int | UnsetType = UNSET
    """Only health monitors with this max_retries."""

    max_retries_down: int | UnsetType = UNSET
    """Only health monitors with this max_retries_down."""

    http_method: str | UnsetType = UNSET
    """Only health monitors using this HTTP method."""

    url_path: str | UnsetType = UNSET
    """Only health monitors probing this path."""

    expected_codes: str | UnsetType = UNSET
    """Only health monitors expecting these codes."""

    admin_state_up: bool | UnsetType = UNSET
    """Only health monitors in this administrative state."""

    provisioning_status: str | UnsetType = UNSET
    """Only health monitors in this provisioning status."""

    operating_status: str | UnsetType = UNSET
    """Only health monitors in this operating status."""

    tags: builtins.list[str] | UnsetType = UNSET
    """Only health monitors carrying all of these comma-separated tags."""

    tags_any: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="tags-any")
    """Only health monitors carrying any of these comma-separated tags."""

    not_tags: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="not-tags")
    """Leaves out health monitors carrying all of these comma-separated tags."""

    not_tags_any: builtins.list[str] | UnsetType = msgspec.field(
        default=UNSET, name="not-tags-any"
    )
    """Leaves out health monitors carrying any of these comma-separated tags."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last health monitor of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort: builtins.list[str] | UnsetType = UNSET
    """Sort order as comma-separated key:direction pairs, e.g. name:asc."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Returns only these attributes (repeatable)."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "project_id": "query",
        "pool_id": "query",
        "type": "query",
        "delay": "query",
        "timeout": "query",
        "max_retries": "query",
        "max_retries_down": "query",
        "http_method": "query",
        "url_path": "query",
        "expected_codes": "query",
        "admin_state_up": "query",
        "provisioning_status": "query",
        "operating_status": "query",
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

    pool_id: str
    """The pool to monitor."""

    type: Literal["HTTP", "HTTPS", "PING", "SCTP", "TCP", "TLS-HELLO", "UDP-CONNECT"]
    """The kind of probe to send."""

    delay: int
    """Seconds between two probes."""

    timeout: int
    """Seconds a probe may take (less than delay)."""

    max_retries: int
    """Successful probes in a row that bring a member ONLINE (1-10)."""

    max_retries_down: int | UnsetType = UNSET
    """Failed probes in a row that put a member in ERROR (1-10, default 3)."""

    name: str | UnsetType = UNSET
    """The name of the health monitor."""

    project_id: str | UnsetType = UNSET
    """The owning project (deprecated; taken from the pool)."""

    admin_state_up: bool | UnsetType = UNSET
    """Whether the monitor starts administratively up (default true)."""

    http_method: (
        Literal["CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE"]
        | UnsetType
    ) = UNSET
    """The HTTP method of the probes (default GET)."""

    http_version: float | UnsetType = UNSET
    """The HTTP version of the probes, 1.0 (default) or 1.1."""

    url_path: str | UnsetType = UNSET
    """The path to request, starting with a slash (default /)."""

    expected_codes: str | UnsetType = UNSET
    """The status codes that mean healthy, e.g. 200, 200,202 or 200-204 (default 200)."""

    domain_name: str | UnsetType = UNSET
    """The Host header to send with HTTP probes."""

    tags: builtins.list[str] | UnsetType = UNSET
    """The tags of the health monitor."""


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

    admin_state_up: bool | UnsetType = UNSET
    """The new administrative state."""

    delay: int | UnsetType = UNSET
    """The new number of seconds between probes."""

    timeout: int | UnsetType = UNSET
    """The new probe timeout in seconds."""

    max_retries: int | UnsetType = UNSET
    """The new number of successes that bring a member ONLINE."""

    max_retries_down: int | UnsetType = UNSET
    """The new number of failures that put a member in ERROR."""

    http_method: (
        Literal["CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE"]
        | UnsetType
    ) = UNSET
    """The new HTTP method of the probes."""

    http_version: float | UnsetType | None = UNSET
    """The new HTTP version of the probes."""

    url_path: str | UnsetType = UNSET
    """The new path to request."""

    expected_codes: str | UnsetType = UNSET
    """The new status codes that mean healthy."""

    domain_name: str | UnsetType | None = UNSET
    """The new Host header; null sends none."""

    tags: builtins.list[str] | UnsetType = UNSET
    """The new tags (replacing all of them)."""


def list_url(client: ServiceClient) -> str:
    """The URL `/lbaas/healthmonitors`."""
    return client.url("/lbaas/healthmonitors")


def resource_url(client: ServiceClient, healthmonitor_id: str) -> str:
    """The URL `/lbaas/healthmonitors/{healthmonitor_id}`."""
    return client.url(
        "/lbaas/healthmonitors/{healthmonitor_id}", healthmonitor_id=healthmonitor_id
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[HealthMonitor]:
    """Lists the health monitors the caller can see.

    GET ``/lbaas/healthmonitors``

    Args:
        client: The load-balancer v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=HealthMonitor,
        response_key="healthmonitors",
        style=PageStyle("links", links_key="healthmonitors_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> HealthMonitor:
    """Creates the health monitor of a pool (a pool has at most one).

    POST ``/lbaas/healthmonitors``

    Args:
        client: The load-balancer v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="healthmonitor",
        response_key="healthmonitor",
        response_type=HealthMonitor,
    )


def get(
    client: ServiceClient,
    healthmonitor_id: str,
    opts: GetOpts | None = None,
) -> HealthMonitor:
    """Shows a health monitor.

    GET ``/lbaas/healthmonitors/{healthmonitor_id}``

    Args:
        client: The load-balancer v2 service client.
        healthmonitor_id: The ID of the health monitor.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, healthmonitor_id),
        ok=(200,),
        opts=opts,
        response_key="healthmonitor",
        response_type=HealthMonitor,
    )


def update(
    client: ServiceClient,
    healthmonitor_id: str,
    opts: UpdateOpts | None = None,
) -> HealthMonitor:
    """Changes a health monitor (its pool and type stay).

    PUT ``/lbaas/healthmonitors/{healthmonitor_id}``

    Args:
        client: The load-balancer v2 service client.
        healthmonitor_id: The ID of the health monitor.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, healthmonitor_id),
        ok=(200,),
        opts=opts,
        body_key="healthmonitor",
        response_key="healthmonitor",
        response_type=HealthMonitor,
    )


def delete(
    client: ServiceClient,
    healthmonitor_id: str,
) -> None:
    """Deletes a health monitor; its pool's members are then no longer probed.

    DELETE ``/lbaas/healthmonitors/{healthmonitor_id}``

    Args:
        client: The load-balancer v2 service client.
        healthmonitor_id: The ID of the health monitor.
    """
    client.call(
        "DELETE",
        resource_url(client, healthmonitor_id),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> HealthMonitor:
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
        what="HealthMonitor",
    )
