"""Host aggregates group compute hosts that share traits, expressed as metadata the scheduler
can match; an aggregate with an availability zone exposes its hosts as that zone. Admin only.
"""

# Generated from specs/compute/v2/aggregates.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "Aggregate",
    "CacheImage",
    "CreateOpts",
    "UpdateOpts",
    "CacheImagesOpts",
    "AddHostOpts",
    "RemoveHostOpts",
    "SetMetadataOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "cache_images",
    "add_host",
    "remove_host",
    "set_metadata",
    "list_url",
    "resource_url",
    "cache_images_url",
    "action_url",
]


class Aggregate(Model):
    """A host aggregate."""

    id: int
    """The ID of the aggregate."""

    uuid: str | UnsetType | None = UNSET
    """The UUID of the aggregate."""

    name: str | UnsetType | None = UNSET
    """The name of the aggregate."""

    availability_zone: str | UnsetType | None = UNSET
    """The availability zone of the aggregate, or null."""

    hosts: builtins.list[str] | UnsetType | None = UNSET
    """The names of the hosts in the aggregate."""

    metadata: dict[str, str] | UnsetType | None = UNSET
    """The metadata of the aggregate."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the aggregate was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the aggregate was last changed, or null."""

    deleted: bool | UnsetType | None = UNSET
    """Whether the aggregate is deleted (always false here)."""

    deleted_at: datetime.datetime | UnsetType | None = UNSET
    """When the aggregate was deleted, or null."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("uuid", "2.41", None),
    )


class CacheImage(Model):
    """An image to pre-cache."""

    id: str
    """The ID of the image."""


class CreateOpts(Options):
    """Options for :func:`create`."""

    name: str
    """The name of the aggregate (1 to 255 characters)."""

    availability_zone: str | UnsetType | None = UNSET
    """The availability zone to expose the hosts as; must not contain a colon."""


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new name."""

    availability_zone: str | UnsetType | None = UNSET
    """The new availability zone. Avoid changing it while the hosts run servers."""


class CacheImagesOpts(Options):
    """Options for :func:`cache_images`."""

    cache: builtins.list[CacheImage]
    """The images to cache."""


class AddHostOpts(Options):
    """Options for :func:`add_host`."""

    host: str
    """The name of the host to add."""


class RemoveHostOpts(Options):
    """Options for :func:`remove_host`."""

    host: str
    """The name of the host to remove."""


class SetMetadataOpts(Options):
    """Options for :func:`set_metadata`."""

    metadata: dict[str, Any]
    """Keys to set (string values, 255 bytes at most) or to remove (null values). The
    availability_zone key cannot be removed.
    """


def list_url(client: ServiceClient) -> str:
    """The URL `/os-aggregates`."""
    return client.url("/os-aggregates")


def resource_url(client: ServiceClient, aggregate_id: str) -> str:
    """The URL `/os-aggregates/{aggregate_id}`."""
    return client.url("/os-aggregates/{aggregate_id}", aggregate_id=aggregate_id)


def cache_images_url(client: ServiceClient, aggregate_id: str) -> str:
    """The URL `/os-aggregates/{aggregate_id}/images`."""
    return client.url("/os-aggregates/{aggregate_id}/images", aggregate_id=aggregate_id)


def action_url(client: ServiceClient, aggregate_id: str) -> str:
    """The URL `/os-aggregates/{aggregate_id}/action`."""
    return client.url("/os-aggregates/{aggregate_id}/action", aggregate_id=aggregate_id)


def list(
    client: ServiceClient,
) -> builtins.list[Aggregate]:
    """Lists the host aggregates.

    GET ``/os-aggregates``

    Args:
        client: The compute v2 service client.
    """
    return client.call(
        "GET",
        list_url(client),
        ok=(200,),
        response_key="aggregates",
        response_type=builtins.list[Aggregate],
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> Aggregate:
    """Creates a host aggregate.

    POST ``/os-aggregates``

    Args:
        client: The compute v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(200,),
        opts=opts,
        body_key="aggregate",
        response_key="aggregate",
        response_type=Aggregate,
    )


def get(
    client: ServiceClient,
    aggregate_id: str,
) -> Aggregate:
    """Shows a host aggregate.

    GET ``/os-aggregates/{aggregate_id}``

    Args:
        client: The compute v2 service client.
        aggregate_id: The ID of the aggregate.
    """
    return client.call(
        "GET",
        resource_url(client, aggregate_id),
        ok=(200,),
        response_key="aggregate",
        response_type=Aggregate,
    )


def update(
    client: ServiceClient,
    aggregate_id: str,
    opts: UpdateOpts | None = None,
) -> Aggregate:
    """Renames a host aggregate or changes its availability zone.

    PUT ``/os-aggregates/{aggregate_id}``

    Args:
        client: The compute v2 service client.
        aggregate_id: The ID of the aggregate.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, aggregate_id),
        ok=(200,),
        opts=opts,
        body_key="aggregate",
        response_key="aggregate",
        response_type=Aggregate,
    )


def delete(
    client: ServiceClient,
    aggregate_id: str,
) -> None:
    """Deletes a host aggregate; it must have no hosts.

    DELETE ``/os-aggregates/{aggregate_id}``

    Args:
        client: The compute v2 service client.
        aggregate_id: The ID of the aggregate.
    """
    client.call(
        "DELETE",
        resource_url(client, aggregate_id),
        ok=(200,),
    )


def cache_images(
    client: ServiceClient,
    aggregate_id: str,
    opts: CacheImagesOpts,
) -> None:
    """Asks every host of the aggregate to pre-cache some images (asynchronous).

    Microversions: 2.81 and later.

    POST ``/os-aggregates/{aggregate_id}/images``

    Args:
        client: The compute v2 service client.
        aggregate_id: The ID of the aggregate.
        opts: The options of the request (:class:`CacheImagesOpts`).
    """
    client.check_operation_version("aggregates.cache_images", "2.81", None)
    client.call(
        "POST",
        cache_images_url(client, aggregate_id),
        ok=(202,),
        opts=opts,
    )


def add_host(
    client: ServiceClient,
    aggregate_id: str,
    opts: AddHostOpts,
) -> Aggregate:
    """Adds a compute host to the aggregate.

    POST ``/os-aggregates/{aggregate_id}/action`` (action add_host)

    Args:
        client: The compute v2 service client.
        aggregate_id: The ID of the aggregate.
        opts: The options of the request (:class:`AddHostOpts`).
    """
    return client.call(
        "POST",
        action_url(client, aggregate_id),
        ok=(200,),
        opts=opts,
        body_key="add_host",
        empty="object",
        response_key="aggregate",
        response_type=Aggregate,
    )


def remove_host(
    client: ServiceClient,
    aggregate_id: str,
    opts: RemoveHostOpts,
) -> Aggregate:
    """Removes a compute host from the aggregate.

    POST ``/os-aggregates/{aggregate_id}/action`` (action remove_host)

    Args:
        client: The compute v2 service client.
        aggregate_id: The ID of the aggregate.
        opts: The options of the request (:class:`RemoveHostOpts`).
    """
    return client.call(
        "POST",
        action_url(client, aggregate_id),
        ok=(200,),
        opts=opts,
        body_key="remove_host",
        empty="object",
        response_key="aggregate",
        response_type=Aggregate,
    )


def set_metadata(
    client: ServiceClient,
    aggregate_id: str,
    opts: SetMetadataOpts,
) -> Aggregate:
    """Merges metadata into the aggregate: keys given are added or changed, keys given as null are
    removed.

    POST ``/os-aggregates/{aggregate_id}/action`` (action set_metadata)

    Args:
        client: The compute v2 service client.
        aggregate_id: The ID of the aggregate.
        opts: The options of the request (:class:`SetMetadataOpts`).
    """
    return client.call(
        "POST",
        action_url(client, aggregate_id),
        ok=(200,),
        opts=opts,
        body_key="set_metadata",
        empty="object",
        response_key="aggregate",
        response_type=Aggregate,
    )
