"""The back-end storage pools the scheduler knows, with their capacity and capabilities.
Administrator only.
"""

# Generated from specs/block_storage/v3/pools.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from typing import ClassVar

import msgspec

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "Pool",
    "PoolCapabilities",
    "ListOpts",
    "list",
    "list_url",
]


class Pool(Model):
    """A back-end storage pool."""

    name: str
    """The name of the pool, as host@backend#pool."""

    capabilities: PoolCapabilities | UnsetType | None = UNSET
    """What the pool reports to the scheduler; only with the detail option."""


class PoolCapabilities(Model):
    """The capabilities and capacity a pool reports. Drivers report further keys of their own
    (vendor capabilities), which are in the model's extra; the pool's to_dict() keeps them.
    """

    volume_backend_name: str | UnsetType | None = UNSET
    """The name of the back end the pool belongs to."""

    pool_name: str | UnsetType | None = UNSET
    """The name of the pool within its back end."""

    driver_version: str | UnsetType | None = UNSET
    """The version of the volume driver."""

    storage_protocol: str | UnsetType | None = UNSET
    """The storage protocol, such as iSCSI, FC or NFS."""

    vendor_name: str | UnsetType | None = UNSET
    """The vendor of the storage."""

    total_capacity_gb: float | str | UnsetType | None = UNSET
    """The total capacity, in GiB, or a word such as unknown or infinite."""

    free_capacity_gb: float | str | UnsetType | None = UNSET
    """The free capacity, in GiB, or a word such as unknown or infinite."""

    allocated_capacity_gb: float | UnsetType | None = UNSET
    """The capacity Cinder has allocated from the pool, in GiB."""

    provisioned_capacity_gb: float | UnsetType | None = UNSET
    """The capacity provisioned on the pool, in GiB (for thin provisioning)."""

    max_over_subscription_ratio: float | str | UnsetType | None = UNSET
    """How far thin provisioning may over-subscribe the pool, or auto."""

    reserved_percentage: int | UnsetType | None = UNSET
    """The percentage of the capacity kept back for the back end's own use."""

    thin_provisioning_support: bool | UnsetType | None = UNSET
    """Whether the pool supports thin provisioning."""

    thick_provisioning_support: bool | UnsetType | None = UNSET
    """Whether the pool supports thick provisioning."""

    multiattach: bool | UnsetType | None = UNSET
    """Whether volumes of the pool can be attached to several servers at once."""

    qos_support: bool | UnsetType | None = msgspec.field(default=UNSET, name="QoS_support")
    """Whether the pool supports quality-of-service specs."""

    updated: datetime.datetime | UnsetType | None = UNSET
    """When the pool last reported its capabilities."""

    timestamp: datetime.datetime | UnsetType | None = UNSET
    """When the scheduler received the capabilities of this report."""

    replication_enabled: bool | UnsetType | None = UNSET
    """Whether the back end replicates its volumes."""

    group_replication_enabled: bool | UnsetType | None = UNSET
    """Whether the back end replicates groups of volumes."""

    consistencygroup_support: bool | str | UnsetType | None = UNSET
    """Whether the back end supports consistency groups (some drivers report a word)."""

    filter_function: str | UnsetType | None = UNSET
    """The expression the driver filter evaluates to decide whether the pool fits a request."""

    goodness_function: str | UnsetType | None = UNSET
    """The expression the goodness weigher evaluates to rank the pool."""

    open_properties: ClassVar[bool] = True


class ListOpts(Options):
    """Options for :func:`list`."""

    detail: bool | UnsetType = UNSET
    """Include each pool's capabilities (true) or only its name (false, the default)."""

    name: str | UnsetType = UNSET
    """Only the pool of this name."""

    volume_type: str | UnsetType = UNSET
    """Only pools that can hold volumes of this volume type (name or ID)."""

    locations: ClassVar[dict[str, str]] = {
        "detail": "query",
        "name": "query",
        "volume_type": "query",
    }

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "name": ("3.28", None),
        "volume_type": ("3.35", None),
    }


def list_url(client: ServiceClient) -> str:
    """The URL `/scheduler-stats/get_pools`."""
    return client.url("/scheduler-stats/get_pools")


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> builtins.list[Pool]:
    """Lists the back-end storage pools, by name or with their capabilities.

    GET ``/scheduler-stats/get_pools``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.call(
        "GET",
        list_url(client),
        ok=(200,),
        opts=opts,
        response_key="pools",
        response_type=builtins.list[Pool],
    )
