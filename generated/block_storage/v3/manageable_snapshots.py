"""Manageable snapshots (microversion 3.8 and later): snapshots that exist on a storage backend
but are not known to Cinder. List what a backend offers and adopt ("manage") one, turning it
into a Cinder snapshot of an existing volume. Admins only by default.
"""

# Generated from specs/block_storage/v3/manageable_snapshots.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

from . import snapshots

__all__ = [
    "ManageableSnapshotSummary",
    "ManageableSnapshot",
    "ListOpts",
    "ManageOpts",
    "list_summary",
    "list",
    "manage",
    "list_summary_url",
    "list_url",
]


class ManageableSnapshotSummary(Model):
    """A snapshot on a backend as the summary listing shows it."""

    reference: dict[str, Any] | UnsetType | None = UNSET
    """How the backend identifies the snapshot (such as source-name); pass it as ref to manage."""

    source_reference: dict[str, Any] | UnsetType | None = UNSET
    """How the backend identifies the volume the snapshot was taken of."""

    size: int | UnsetType | None = UNSET
    """The size of the snapshot in GiB."""

    safe_to_manage: bool | UnsetType | None = UNSET
    """Whether Cinder can adopt the snapshot."""


class ManageableSnapshot(Model):
    """A snapshot on a backend with the details of why it can or cannot be adopted."""

    reference: dict[str, Any] | UnsetType | None = UNSET
    """How the backend identifies the snapshot (such as source-name); pass it as ref to manage."""

    source_reference: dict[str, Any] | UnsetType | None = UNSET
    """How the backend identifies the volume the snapshot was taken of."""

    size: int | UnsetType | None = UNSET
    """The size of the snapshot in GiB."""

    safe_to_manage: bool | UnsetType | None = UNSET
    """Whether Cinder can adopt the snapshot."""

    reason_not_safe: str | UnsetType | None = UNSET
    """Why the snapshot cannot be adopted (such as "already managed"), or null."""

    cinder_id: str | UnsetType | None = UNSET
    """The UUID of the Cinder snapshot this already is, if it is managed."""

    extra_info: str | UnsetType | None = UNSET
    """Further driver-specific information, or null."""


class ListOpts(Options):
    """Options for :func:`list` and :func:`list_summary`."""

    host: str | UnsetType = UNSET
    """The backend to search, as host@backend (give host or cluster)."""

    cluster: str | UnsetType = UNSET
    """The cluster to search instead of a host."""

    sort: str | UnsetType = UNSET
    """Sort keys with optional directions, as key[:asc|desc] (keys size or reference)."""

    sort_key: str | UnsetType = UNSET
    """The attribute to sort by (deprecated in favour of sort)."""

    sort_dir: Literal["asc", "desc"] | UnsetType = UNSET
    """The sort direction (deprecated in favour of sort)."""

    limit: int | UnsetType = UNSET
    """The most entries to return."""

    offset: int | UnsetType = UNSET
    """How many entries to skip from the start of the list."""

    marker: str | UnsetType = UNSET
    """The reference of the last entry of the previous page."""

    locations: ClassVar[dict[str, str]] = {
        "host": "query",
        "cluster": "query",
        "sort": "query",
        "sort_key": "query",
        "sort_dir": "query",
        "limit": "query",
        "offset": "query",
        "marker": "query",
    }

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "cluster": ("3.17", None),
    }


class ManageOpts(Options):
    """Options for :func:`manage`."""

    volume_id: str
    """The UUID of the Cinder volume the snapshot belongs to."""

    ref: dict[str, Any]
    """How the driver finds the snapshot, usually a source-name or source-id entry (as reference
    in the listings).
    """

    name: str | UnsetType = UNSET
    """The name of the new Cinder snapshot."""

    description: str | UnsetType = UNSET
    """A free-form description of the snapshot."""

    metadata: dict[str, str] | UnsetType = UNSET
    """Metadata key and value pairs for the snapshot."""


def list_summary_url(client: ServiceClient) -> str:
    """The URL `/manageable_snapshots`."""
    return client.url("/manageable_snapshots")


def list_url(client: ServiceClient) -> str:
    """The URL `/manageable_snapshots/detail`."""
    return client.url("/manageable_snapshots/detail")


def list_summary(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> builtins.list[ManageableSnapshotSummary]:
    """Lists the snapshots a backend holds that could be managed, in summary.

    Microversions: 3.8 and later.

    GET ``/manageable_snapshots``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    client.check_operation_version("manageable_snapshots.list_summary", "3.8", None)
    return client.call(
        "GET",
        list_summary_url(client),
        ok=(200,),
        opts=opts,
        response_key="manageable-snapshots",
        response_type=builtins.list[ManageableSnapshotSummary],
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> builtins.list[ManageableSnapshot]:
    """Lists the snapshots a backend holds that could be managed, with details.

    Microversions: 3.8 and later.

    GET ``/manageable_snapshots/detail``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    client.check_operation_version("manageable_snapshots.list", "3.8", None)
    return client.call(
        "GET",
        list_url(client),
        ok=(200,),
        opts=opts,
        response_key="manageable-snapshots",
        response_type=builtins.list[ManageableSnapshot],
    )


def manage(
    client: ServiceClient,
    opts: ManageOpts,
) -> snapshots.Snapshot:
    """Adopts a snapshot that exists on the backend of a Cinder volume, making it a Cinder
    snapshot; its size is rounded up to whole GiB.

    Microversions: 3.8 and later.

    POST ``/manageable_snapshots``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`ManageOpts`).
    """
    client.check_operation_version("manageable_snapshots.manage", "3.8", None)
    return client.call(
        "POST",
        list_summary_url(client),
        ok=(202,),
        opts=opts,
        body_key="snapshot",
        response_key="snapshot",
        response_type=snapshots.Snapshot,
    )
