"""Manageable volumes (from microversion 3.8) are storage objects on a back end that Cinder does
not track yet: list them, then manage one to turn it into a Cinder volume without copying
data.
"""

# Generated from specs/block_storage/v3/manageable_volumes.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

from . import volumes

__all__ = [
    "ManageableVolumeSummary",
    "ManageableVolume",
    "ManageOpts",
    "ListOpts",
    "manage",
    "list_summary",
    "list",
    "manage_url",
    "list_url",
]


class ManageableVolumeSummary(Model):
    """A storage object on a back end, as listed by the summary listing."""

    reference: dict[str, str] | UnsetType | None = UNSET
    """How the back end identifies the object (source-name or source-id); pass it as ref to
    manage.
    """

    size: int | UnsetType | None = UNSET
    """The size of the object in GiB."""

    safe_to_manage: bool | UnsetType | None = UNSET
    """Whether the object can be managed (not in use, not already a Cinder volume)."""


class ManageableVolume(Model):
    """A storage object on a back end, with its details."""

    reference: dict[str, str] | UnsetType | None = UNSET
    """How the back end identifies the object (source-name or source-id); pass it as ref to
    manage.
    """

    size: int | UnsetType | None = UNSET
    """The size of the object in GiB."""

    safe_to_manage: bool | UnsetType | None = UNSET
    """Whether the object can be managed (not in use, not already a Cinder volume)."""

    reason_not_safe: str | UnsetType | None = UNSET
    """Why the object cannot be managed, or null."""

    cinder_id: str | UnsetType | None = UNSET
    """The ID of the Cinder volume backed by this object, if any."""

    extra_info: Any | UnsetType | None = UNSET
    """Driver-specific details about the object."""


class ManageOpts(Options):
    """Options for :func:`manage`."""

    ref: dict[str, str]
    """How the driver finds the object, usually {"source-name": ...} or {"source-id": ...}."""

    host: str | UnsetType | None = UNSET
    """The back end holding the object, as host@backend#pool."""

    cluster: str | UnsetType | None = UNSET
    """The cluster holding the object (instead of host)."""

    name: str | UnsetType = UNSET
    """The name of the new volume."""

    description: str | UnsetType = UNSET
    """A description of the new volume."""

    volume_type: str | UnsetType = UNSET
    """The name or ID of the volume type of the new volume."""

    availability_zone: str | UnsetType = UNSET
    """The availability zone of the new volume."""

    bootable: bool | UnsetType = UNSET
    """Marks the new volume as bootable."""

    metadata: dict[str, str] | UnsetType = UNSET
    """User metadata for the new volume."""

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "cluster": ("3.16", None),
    }


class ListOpts(Options):
    """Options for :func:`list` and :func:`list_summary`."""

    host: str | UnsetType = UNSET
    """The back end to search, as host@backend (give this or cluster)."""

    cluster: str | UnsetType = UNSET
    """The cluster to search (instead of host)."""

    sort: str | UnsetType = UNSET
    """Sort keys with optional directions, as key:dir (keys are size or reference)."""

    sort_key: str | UnsetType = UNSET
    """One attribute to sort by (deprecated; use sort)."""

    sort_dir: Literal["asc", "desc"] | UnsetType = UNSET
    """The direction for sort_key (deprecated; use sort)."""

    limit: int | UnsetType = UNSET
    """The largest number of objects to return."""

    marker: str | UnsetType = UNSET
    """The reference of the last object of the previous page."""

    offset: int | UnsetType = UNSET
    """The number of objects to skip."""

    locations: ClassVar[dict[str, str]] = {
        "host": "query",
        "cluster": "query",
        "sort": "query",
        "sort_key": "query",
        "sort_dir": "query",
        "limit": "query",
        "marker": "query",
        "offset": "query",
    }

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "cluster": ("3.17", None),
    }


def manage_url(client: ServiceClient) -> str:
    """The URL `/manageable_volumes`."""
    return client.url("/manageable_volumes")


def list_url(client: ServiceClient) -> str:
    """The URL `/manageable_volumes/detail`."""
    return client.url("/manageable_volumes/detail")


def manage(
    client: ServiceClient,
    opts: ManageOpts,
) -> volumes.Volume:
    """Turns an existing storage object into a Cinder volume; its size is rounded up to whole GiB.
    Give host or (from 3.16) cluster, not both.

    Microversions: 3.8 and later.

    POST ``/manageable_volumes``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`ManageOpts`).
    """
    client.check_operation_version("manageable_volumes.manage", "3.8", None)
    return client.call(
        "POST",
        manage_url(client),
        ok=(202,),
        opts=opts,
        body_key="volume",
        response_key="volume",
        response_type=volumes.Volume,
    )


def list_summary(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> builtins.list[ManageableVolumeSummary]:
    """Lists the objects of a back end that could be managed, with their references, sizes and
    whether they are safe to manage.

    Microversions: 3.8 and later.

    GET ``/manageable_volumes``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    client.check_operation_version("manageable_volumes.list_summary", "3.8", None)
    return client.call(
        "GET",
        manage_url(client),
        ok=(200,),
        opts=opts,
        response_key="manageable-volumes",
        response_type=builtins.list[ManageableVolumeSummary],
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> builtins.list[ManageableVolume]:
    """Lists the objects of a back end that could be managed, with their details.

    Microversions: 3.8 and later.

    GET ``/manageable_volumes/detail``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    client.check_operation_version("manageable_volumes.list", "3.8", None)
    return client.call(
        "GET",
        list_url(client),
        ok=(200,),
        opts=opts,
        response_key="manageable-volumes",
        response_type=builtins.list[ManageableVolume],
    )
