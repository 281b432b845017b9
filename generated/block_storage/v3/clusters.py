"""Clusters group services of the same binary (today only cinder-volume) running on several
hosts, for active/active high availability. They come from the deployment's configuration:
the API lists and shows them and enables or disables them. Administrator only, from
microversion 3.7.
"""

# Generated from specs/block_storage/v3/clusters.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from typing import ClassVar

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "Cluster",
    "ListOpts",
    "GetOpts",
    "EnableOpts",
    "DisableOpts",
    "list",
    "list_detail",
    "get",
    "enable",
    "disable",
    "list_url",
    "list_detail_url",
    "resource_url",
    "enable_url",
    "disable_url",
]


class Cluster(Model):
    """A cluster of services. The summary listing and the enable/disable answers carry only
    name, binary, state, status, replication_status (and disabled_reason for enable/disable);
    the rest comes with the detailed listing and show.
    """

    name: str
    """The name of the cluster."""

    binary: str | UnsetType | None = UNSET
    """The binary of the clustered services, such as cinder-volume."""

    state: str | UnsetType | None = UNSET
    """Whether any service of the cluster is up."""

    status: str | UnsetType | None = UNSET
    """Whether the cluster is enabled or disabled by an administrator."""

    replication_status: str | UnsetType | None = UNSET
    """The replication status of the cluster, such as enabled or disabled, when replication is
    configured.
    """

    num_hosts: int | UnsetType | None = UNSET
    """How many hosts run a service of the cluster."""

    num_down_hosts: int | UnsetType | None = UNSET
    """How many of those hosts are down."""

    last_heartbeat: str | UnsetType | None = UNSET
    """The most recent heartbeat received from a service of the cluster, as an ISO 8601
    timestamp without zone (UTC), or \"" if none was received.
    """

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the cluster was created."""

    updated_at: str | UnsetType | None = UNSET
    """When the cluster was last updated, as an ISO 8601 timestamp without zone (UTC), or \"" if
    never.
    """

    disabled_reason: str | UnsetType | None = UNSET
    """Why the cluster was disabled, or null."""

    frozen: bool | UnsetType | None = UNSET
    """Whether the cluster is frozen."""

    active_backend_id: str | UnsetType | None = UNSET
    """The back end currently active after a failover, or null."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("replication_status", "3.26", None),
        ("frozen", "3.26", None),
        ("active_backend_id", "3.26", None),
    )


class ListOpts(Options):
    """Options for :func:`list` and :func:`list_detail`."""

    name: str | UnsetType = UNSET
    """Only the cluster of this name."""

    binary: str | UnsetType = UNSET
    """Only clusters of this binary (cinder-api, cinder-scheduler, cinder-volume or cinder-
    backup).
    """

    is_up: bool | UnsetType = UNSET
    """Only clusters that are up (true) or down (false)."""

    disabled: bool | UnsetType = UNSET
    """Only disabled (true) or enabled (false) clusters."""

    num_hosts: int | UnsetType = UNSET
    """Only clusters with this many hosts."""

    num_down_hosts: int | UnsetType = UNSET
    """Only clusters with this many hosts down."""

    replication_status: str | UnsetType = UNSET
    """Only clusters with this replication status, such as enabled or disabled."""

    frozen: bool | UnsetType = UNSET
    """Only frozen (true) or unfrozen (false) clusters."""

    active_backend_id: str | UnsetType = UNSET
    """Only clusters whose active back end is this one."""

    locations: ClassVar[dict[str, str]] = {
        "name": "query",
        "binary": "query",
        "is_up": "query",
        "disabled": "query",
        "num_hosts": "query",
        "num_down_hosts": "query",
        "replication_status": "query",
        "frozen": "query",
        "active_backend_id": "query",
    }

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "replication_status": ("3.26", None),
        "frozen": ("3.26", None),
        "active_backend_id": ("3.26", None),
    }


class GetOpts(Options):
    """Options for :func:`get`."""

    binary: str | UnsetType = UNSET
    """The binary of the cluster, when clusters of several binaries share the name; cinder-
    volume by default.
    """

    locations: ClassVar[dict[str, str]] = {
        "binary": "query",
    }


class EnableOpts(Options):
    """Options for :func:`enable`."""

    name: str
    """The name of the cluster."""

    binary: str | UnsetType = UNSET
    """The binary of the cluster; cinder-volume by default."""


class DisableOpts(Options):
    """Options for :func:`disable`."""

    name: str
    """The name of the cluster."""

    binary: str | UnsetType = UNSET
    """The binary of the cluster; cinder-volume by default."""

    disabled_reason: str | UnsetType = UNSET
    """Why the cluster is disabled."""


def list_url(client: ServiceClient) -> str:
    """The URL `/clusters`."""
    return client.url("/clusters")


def list_detail_url(client: ServiceClient) -> str:
    """The URL `/clusters/detail`."""
    return client.url("/clusters/detail")


def resource_url(client: ServiceClient, cluster_name: str) -> str:
    """The URL `/clusters/{cluster_name}`."""
    return client.url("/clusters/{cluster_name}", cluster_name=cluster_name)


def enable_url(client: ServiceClient) -> str:
    """The URL `/clusters/enable`."""
    return client.url("/clusters/enable")


def disable_url(client: ServiceClient) -> str:
    """The URL `/clusters/disable`."""
    return client.url("/clusters/disable")


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> builtins.list[Cluster]:
    """Lists the clusters (name, binary, state and status of each).

    Microversions: 3.7 and later.

    GET ``/clusters``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    client.check_operation_version("clusters.list", "3.7", None)
    return client.call(
        "GET",
        list_url(client),
        ok=(200,),
        opts=opts,
        response_key="clusters",
        response_type=builtins.list[Cluster],
    )


def list_detail(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> builtins.list[Cluster]:
    """Lists the clusters with all their details (host counts, heartbeat, dates, replication
    state).

    Microversions: 3.7 and later.

    GET ``/clusters/detail``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    client.check_operation_version("clusters.list_detail", "3.7", None)
    return client.call(
        "GET",
        list_detail_url(client),
        ok=(200,),
        opts=opts,
        response_key="clusters",
        response_type=builtins.list[Cluster],
    )


def get(
    client: ServiceClient,
    cluster_name: str,
    opts: GetOpts | None = None,
) -> Cluster:
    """Shows a cluster with all its details.

    Microversions: 3.7 and later.

    GET ``/clusters/{cluster_name}``

    Args:
        client: The block-storage v3 service client.
        cluster_name: The name of the cluster.
        opts: The options of the request (:class:`GetOpts`).
    """
    client.check_operation_version("clusters.get", "3.7", None)
    return client.call(
        "GET",
        resource_url(client, cluster_name),
        ok=(200,),
        opts=opts,
        response_key="cluster",
        response_type=Cluster,
    )


def enable(
    client: ServiceClient,
    opts: EnableOpts,
) -> Cluster:
    """Enables a cluster, so the scheduler uses its services again.

    Microversions: 3.7 and later.

    PUT ``/clusters/enable``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`EnableOpts`).
    """
    client.check_operation_version("clusters.enable", "3.7", None)
    return client.call(
        "PUT",
        enable_url(client),
        ok=(200,),
        opts=opts,
        response_key="cluster",
        response_type=Cluster,
    )


def disable(
    client: ServiceClient,
    opts: DisableOpts,
) -> Cluster:
    """Disables a cluster, so the scheduler stops placing work on its services.

    Microversions: 3.7 and later.

    PUT ``/clusters/disable``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`DisableOpts`).
    """
    client.check_operation_version("clusters.disable", "3.7", None)
    return client.call(
        "PUT",
        disable_url(client),
        ok=(200,),
        opts=opts,
        response_key="cluster",
        response_type=Cluster,
    )
