"""Amphorae are the service VMs (or containers) that run the load balancing of the amphora
provider; these calls are for administrators only.
"""

# Generated from specs/load_balancer/v2/amphorae.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import ClassVar, Literal

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
    "Amphora",
    "AmphoraStats",
    "ListOpts",
    "GetOpts",
    "StatsOpts",
    "list",
    "get",
    "stats",
    "configure",
    "failover",
    "delete",
    "list_url",
    "resource_url",
    "stats_url",
    "configure_url",
    "failover_url",
    "wait_for_status",
    "wait_for_delete",
]


class Amphora(Model):
    """An amphora instance."""

    id: str
    """The ID of the amphora."""

    loadbalancer_id: str | UnsetType | None = UNSET
    """The ID of the load balancer the amphora serves (null for a spare)."""

    compute_id: str | UnsetType | None = UNSET
    """The ID of the instance in the compute service."""

    lb_network_ip: str | UnsetType | None = UNSET
    """The management network address of the amphora."""

    vrrp_ip: str | UnsetType | None = UNSET
    """The address of the amphora's VRRP port."""

    ha_ip: str | UnsetType | None = UNSET
    """The VIP address the amphora carries."""

    vrrp_port_id: str | UnsetType | None = UNSET
    """The ID of the VRRP port in the networking service."""

    ha_port_id: str | UnsetType | None = UNSET
    """The ID of the VIP port in the networking service."""

    cert_expiration: datetime.datetime | UnsetType | None = UNSET
    """When the amphora's agent certificate expires."""

    cert_busy: bool | UnsetType | None = UNSET
    """Whether the amphora's certificate is being rotated right now."""

    role: str | UnsetType | None = UNSET
    """The part the amphora plays in its load balancer's topology."""

    status: str | UnsetType | None = UNSET
    """The life-cycle state of the amphora."""

    vrrp_interface: str | UnsetType | None = UNSET
    """The interface name the VRRP port is bound to inside the amphora."""

    vrrp_id: int | UnsetType | None = UNSET
    """The ID of the amphora's VRRP group."""

    vrrp_priority: int | UnsetType | None = UNSET
    """The amphora's priority within its VRRP group."""

    cached_zone: str | UnsetType | None = UNSET
    """The compute availability zone recorded at boot (may be stale or empty)."""

    image_id: str | UnsetType | None = UNSET
    """The ID of the image the amphora was booted from."""

    compute_flavor: str | UnsetType | None = UNSET
    """The ID of the compute flavor the amphora was booted with."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the amphora was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the amphora was last changed."""


class AmphoraStats(Model):
    """Traffic counters of one listener as seen by one amphora."""

    id: str
    """The ID of the amphora."""

    loadbalancer_id: str | UnsetType | None = UNSET
    """The ID of the load balancer."""

    listener_id: str | UnsetType | None = UNSET
    """The ID of the listener the counters belong to."""

    active_connections: int | UnsetType | None = UNSET
    """The connections open right now."""

    total_connections: int | UnsetType | None = UNSET
    """The connections handled in total."""

    bytes_in: int | UnsetType | None = UNSET
    """The bytes received in total."""

    bytes_out: int | UnsetType | None = UNSET
    """The bytes sent in total."""

    request_errors: int | UnsetType | None = UNSET
    """The requests that could not be served."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the amphora with this ID."""

    loadbalancer_id: str | UnsetType = UNSET
    """Only amphorae of this load balancer."""

    compute_id: str | UnsetType = UNSET
    """Only the amphora on this compute instance."""

    role: Literal["STANDALONE", "MASTER", "BACKUP"] | UnsetType = UNSET
    """Only amphorae in this role."""

    status: (
        Literal[
            "BOOTING", "ALLOCATED", "READY", "PENDING_CREATE", "PENDING_DELETE", "DELETED", "ERROR"
        ]
        | UnsetType
    ) = UNSET
    """Only amphorae in this state."""

    lb_network_ip: str | UnsetType = UNSET
    """Only the amphora with this management address."""

    cached_zone: str | UnsetType = UNSET
    """Only amphorae booted in this compute zone."""

    image_id: str | UnsetType = UNSET
    """Only amphorae booted from this image."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last amphora of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort: builtins.list[str] | UnsetType = UNSET
    """Sort order as comma-separated key:direction pairs (created_at:desc)."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of each amphora."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "loadbalancer_id": "query",
        "compute_id": "query",
        "role": "query",
        "status": "query",
        "lb_network_ip": "query",
        "cached_zone": "query",
        "image_id": "query",
        "limit": "query",
        "marker": "query",
        "page_reverse": "query",
        "sort": "csv",
        "fields": "query",
    }


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of the amphora."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class StatsOpts(Options):
    """Options for :func:`stats`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of each statistics entry."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


def list_url(client: ServiceClient) -> str:
    """The URL `/octavia/amphorae`."""
    return client.url("/octavia/amphorae")


def resource_url(client: ServiceClient, amphora_id: str) -> str:
    """The URL `/octavia/amphorae/{amphora_id}`."""
    return client.url("/octavia/amphorae/{amphora_id}", amphora_id=amphora_id)


def stats_url(client: ServiceClient, amphora_id: str) -> str:
    """The URL `/octavia/amphorae/{amphora_id}/stats`."""
    return client.url("/octavia/amphorae/{amphora_id}/stats", amphora_id=amphora_id)


def configure_url(client: ServiceClient, amphora_id: str) -> str:
    """The URL `/octavia/amphorae/{amphora_id}/config`."""
    return client.url("/octavia/amphorae/{amphora_id}/config", amphora_id=amphora_id)


def failover_url(client: ServiceClient, amphora_id: str) -> str:
    """The URL `/octavia/amphorae/{amphora_id}/failover`."""
    return client.url("/octavia/amphorae/{amphora_id}/failover", amphora_id=amphora_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Amphora]:
    """Lists the amphorae (administrators only).

    GET ``/octavia/amphorae``

    Args:
        client: The load-balancer v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Amphora,
        response_key="amphorae",
        style=PageStyle("links", links_key="amphorae_links"),
        opts=opts,
    )


def get(
    client: ServiceClient,
    amphora_id: str,
    opts: GetOpts | None = None,
) -> Amphora:
    """Shows an amphora (administrators only).

    GET ``/octavia/amphorae/{amphora_id}``

    Args:
        client: The load-balancer v2 service client.
        amphora_id: The ID of the amphora.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, amphora_id),
        ok=(200,),
        opts=opts,
        response_key="amphora",
        response_type=Amphora,
    )


def stats(
    client: ServiceClient,
    amphora_id: str,
    opts: StatsOpts | None = None,
) -> builtins.list[AmphoraStats]:
    """Shows the per-listener traffic counters of an amphora (administrators only).

    GET ``/octavia/amphorae/{amphora_id}/stats``

    Args:
        client: The load-balancer v2 service client.
        amphora_id: The ID of the amphora.
        opts: The options of the request (:class:`StatsOpts`).
    """
    return client.call(
        "GET",
        stats_url(client, amphora_id),
        ok=(200,),
        opts=opts,
        response_key="amphora_stats",
        response_type=builtins.list[AmphoraStats],
    )


def configure(
    client: ServiceClient,
    amphora_id: str,
) -> None:
    """Pushes the current configuration (such as the agent settings) to an amphora.

    PUT ``/octavia/amphorae/{amphora_id}/config``

    Args:
        client: The load-balancer v2 service client.
        amphora_id: The ID of the amphora.
    """
    client.call(
        "PUT",
        configure_url(client, amphora_id),
        ok=(202,),
    )


def failover(
    client: ServiceClient,
    amphora_id: str,
) -> None:
    """Replaces an amphora with a freshly built one.

    PUT ``/octavia/amphorae/{amphora_id}/failover``

    Args:
        client: The load-balancer v2 service client.
        amphora_id: The ID of the amphora.
    """
    client.call(
        "PUT",
        failover_url(client, amphora_id),
        ok=(202,),
    )


def delete(
    client: ServiceClient,
    amphora_id: str,
) -> None:
    """Removes an amphora that is in the ERROR state (or a spare).

    DELETE ``/octavia/amphorae/{amphora_id}``

    Args:
        client: The load-balancer v2 service client.
        amphora_id: The ID of the amphora.
    """
    client.call(
        "DELETE",
        resource_url(client, amphora_id),
        ok=(204,),
    )


def wait_for_status(
    client: ServiceClient,
    amphora_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    predicate: Callable[[Amphora], bool] | None = None,
) -> Amphora:
    """Polls get until status is one of status (and predicate holds).

    Failure statuses (ERROR, error) raise ResourceFailed at once.
    Returns the resource; WaitTimeout after timeout seconds.
    """
    return waiters.wait_for_status(
        lambda: get(client, amphora_id),
        status,
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="Amphora",
        predicate=predicate,
    )


def wait_for_delete(
    client: ServiceClient,
    amphora_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
) -> None:
    """Polls get until it answers 404 (the resource is deleted).

    Failure statuses (ERROR, error) raise ResourceFailed at once;
    WaitTimeout after timeout seconds.
    """
    waiters.wait_for_delete(
        lambda: get(client, amphora_id),
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="Amphora",
    )
