"""The local image cache of the image API nodes: what is cached or queued for caching, queueing
and evicting images, and cache maintenance. Admin only by default; the cache must be enabled
by the operator.
"""

# Generated from specs/image/v2/cache.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import ClassVar, Literal

import msgspec

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "CacheState",
    "CachedImage",
    "PruneResult",
    "ClearCacheOpts",
    "get_state",
    "queue_image",
    "delete_image",
    "clear_cache",
    "clean_cache",
    "prune_cache",
    "get_state_url",
    "queue_image_url",
    "clean_cache_url",
    "prune_cache_url",
]


class CacheState(Model):
    """The images cached on the node that answered, and those queued for caching."""

    cached_images: list[CachedImage]
    """The cached images, possibly none."""

    queued_images: list[str]
    """The IDs of the images queued for caching, in processing order."""


class CachedImage(Model):
    """An image held in the cache."""

    image_id: str
    """The UUID of the cached image."""

    hits: int | UnsetType | None = UNSET
    """How many times the cached copy was served."""

    last_accessed: float | UnsetType | None = UNSET
    """When the cached copy was last used (seconds since the epoch)."""

    last_modified: float | UnsetType | None = UNSET
    """When the image was put in the cache (seconds since the epoch)."""

    size: int | UnsetType | None = UNSET
    """The size of the cached copy in bytes."""


class PruneResult(Model):
    """What a cache prune freed."""

    total_files_pruned: int
    """The number of cached image files removed."""

    total_bytes_pruned: int
    """The number of bytes freed."""


class ClearCacheOpts(Options):
    """Options for :func:`clear_cache`."""

    target: Literal["cache", "queue"] | UnsetType = msgspec.field(
        default=UNSET, name="x-image-cache-clear-target"
    )
    """What to clear; both the cache and the queue when omitted."""

    locations: ClassVar[dict[str, str]] = {
        "target": "header",
    }


def get_state_url(client: ServiceClient) -> str:
    """The URL `/cache`."""
    return client.url("/cache")


def queue_image_url(client: ServiceClient, image_id: str) -> str:
    """The URL `/cache/{image_id}`."""
    return client.url("/cache/{image_id}", image_id=image_id)


def clean_cache_url(client: ServiceClient) -> str:
    """The URL `/cache/clean`."""
    return client.url("/cache/clean")


def prune_cache_url(client: ServiceClient) -> str:
    """The URL `/cache/prune`."""
    return client.url("/cache/prune")


def get_state(
    client: ServiceClient,
) -> CacheState:
    """Lists the cached images and the images queued for caching.

    GET ``/cache``

    Args:
        client: The image v2 service client.
    """
    return client.call(
        "GET",
        get_state_url(client),
        ok=(200,),
        response_type=CacheState,
    )


def queue_image(
    client: ServiceClient,
    image_id: str,
) -> None:
    """Queues an active image for caching.

    PUT ``/cache/{image_id}``

    Args:
        client: The image v2 service client.
        image_id: The UUID of the image.
    """
    client.call(
        "PUT",
        queue_image_url(client, image_id),
        ok=(202,),
    )


def delete_image(
    client: ServiceClient,
    image_id: str,
) -> None:
    """Removes an image from the cache, or from the caching queue.

    DELETE ``/cache/{image_id}``

    Args:
        client: The image v2 service client.
        image_id: The UUID of the image.
    """
    client.call(
        "DELETE",
        queue_image_url(client, image_id),
        ok=(204,),
    )


def clear_cache(
    client: ServiceClient,
    opts: ClearCacheOpts | None = None,
) -> None:
    """Empties the cache, the queue, or both (the default).

    DELETE ``/cache``

    Args:
        client: The image v2 service client.
        opts: The options of the request (:class:`ClearCacheOpts`).
    """
    client.call(
        "DELETE",
        get_state_url(client),
        ok=(204,),
        opts=opts,
    )


def clean_cache(
    client: ServiceClient,
) -> None:
    """Removes invalid cache entries and downloads stalled for too long.

    POST ``/cache/clean``

    Args:
        client: The image v2 service client.
    """
    client.call(
        "POST",
        clean_cache_url(client),
        ok=(200,),
    )


def prune_cache(
    client: ServiceClient,
) -> PruneResult:
    """Evicts cached images until the cache is below its configured maximum size.

    POST ``/cache/prune``

    Args:
        client: The image v2 service client.
    """
    return client.call(
        "POST",
        prune_cache_url(client),
        ok=(200,),
        response_type=PruneResult,
    )
