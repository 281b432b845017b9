"""The absolute limits (quotas) of a project in the block-storage service and how much of them
is in use. A limit of -1 means unlimited.
"""

# Generated from specs/block_storage/v3/limits.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import datetime
from typing import ClassVar

import msgspec

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "Limits",
    "AbsoluteLimits",
    "RateLimit",
    "RateLimitEntry",
    "GetOpts",
    "get",
    "resource_url",
]


class Limits(Model):
    """The limits of a project."""

    absolute: AbsoluteLimits | UnsetType | None = UNSET
    """The quota limits and their usage."""

    rate: list[RateLimit] | UnsetType | None = UNSET
    """The rate limits; empty unless the deployment configures rate limiting."""


class AbsoluteLimits(Model):
    """Quota limits and usage; -1 means unlimited."""

    max_total_volumes: int | UnsetType | None = msgspec.field(
        default=UNSET, name="maxTotalVolumes"
    )
    """The number of volumes allowed."""

    max_total_snapshots: int | UnsetType | None = msgspec.field(
        default=UNSET, name="maxTotalSnapshots"
    )
    """The number of snapshots allowed."""

    max_total_volume_gigabytes: int | UnsetType | None = msgspec.field(
        default=UNSET, name="maxTotalVolumeGigabytes"
    )
    """The total size of volumes and snapshots allowed, in GiB."""

    max_total_backups: int | UnsetType | None = msgspec.field(
        default=UNSET, name="maxTotalBackups"
    )
    """The number of backups allowed."""

    max_total_backup_gigabytes: int | UnsetType | None = msgspec.field(
        default=UNSET, name="maxTotalBackupGigabytes"
    )
    """The total size of backups allowed, in GiB."""

    total_volumes_used: int | UnsetType | None = msgspec.field(
        default=UNSET, name="totalVolumesUsed"
    )
    """The number of volumes in use."""

    total_snapshots_used: int | UnsetType | None = msgspec.field(
        default=UNSET, name="totalSnapshotsUsed"
    )
    """The number of snapshots in use."""

    total_gigabytes_used: int | UnsetType | None = msgspec.field(
        default=UNSET, name="totalGigabytesUsed"
    )
    """The total size of volumes and snapshots in use, in GiB."""

    total_backups_used: int | UnsetType | None = msgspec.field(
        default=UNSET, name="totalBackupsUsed"
    )
    """The number of backups in use."""

    total_backup_gigabytes_used: int | UnsetType | None = msgspec.field(
        default=UNSET, name="totalBackupGigabytesUsed"
    )
    """The total size of backups in use, in GiB."""


class RateLimit(Model):
    """The rate limits that apply to the URLs matching a pattern."""

    regex: str | UnsetType | None = UNSET
    """The regular expression the limited URLs match."""

    uri: str | UnsetType | None = UNSET
    """A readable form of the limited URLs."""

    limit: list[RateLimitEntry] | UnsetType | None = UNSET
    """The limits, one per HTTP method."""


class RateLimitEntry(Model):
    """The rate limit of one HTTP method."""

    verb: str | UnsetType | None = UNSET
    """The HTTP method limited, such as POST."""

    value: int | UnsetType | None = UNSET
    """How many requests are allowed per unit of time."""

    remaining: int | UnsetType | None = UNSET
    """How many requests are left in the current period."""

    unit: str | UnsetType | None = UNSET
    """The unit of time, such as MINUTE or HOUR."""

    next_available: datetime.datetime | UnsetType | None = msgspec.field(
        default=UNSET, name="next-available"
    )
    """When the next request will be allowed."""


class GetOpts(Options):
    """Options for :func:`get`."""

    project_id: str | UnsetType = UNSET
    """Shows the limits of this project instead of the caller's (administrators only)."""

    locations: ClassVar[dict[str, str]] = {
        "project_id": "query",
    }

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "project_id": ("3.39", None),
    }


def resource_url(client: ServiceClient) -> str:
    """The URL `/limits`."""
    return client.url("/limits")


def get(
    client: ServiceClient,
    opts: GetOpts | None = None,
) -> Limits:
    """Shows the absolute limits of the project and their usage.

    GET ``/limits``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client),
        ok=(200,),
        opts=opts,
        response_key="limits",
        response_type=Limits,
    )
