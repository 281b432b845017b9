"""The binary data of an image: direct upload into a store, download, and staging for the
interoperable import (glance-direct).
"""

# Generated from specs/image/v2/image_data.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from collections.abc import Iterable
from typing import IO, ClassVar

import msgspec

from typedstack.runtime import UNSET, Download, Options, ServiceClient, UnsetType

__all__ = [
    "UploadOpts",
    "DownloadOpts",
    "StageOpts",
    "upload",
    "download",
    "stage",
    "upload_url",
    "stage_url",
]


class UploadOpts(Options):
    """Options for :func:`upload`."""

    store: str | UnsetType = msgspec.field(default=UNSET, name="X-Image-Meta-Store")
    """The ID of the store to put the data in (multiple stores only); the default store when
    omitted.
    """

    image_size: int | UnsetType = msgspec.field(default=UNSET, name="x-openstack-image-size")
    """The expected size of the data in bytes; a different size is rejected with 400."""

    locations: ClassVar[dict[str, str]] = {
        "store": "header",
        "image_size": "header",
    }


class DownloadOpts(Options):
    """Options for :func:`download`."""

    prefer: str | UnsetType = UNSET
    """Comma-separated store IDs to try first, in order (not used when the data comes from the
    cache).
    """

    range: str | UnsetType = msgspec.field(default=UNSET, name="Range")
    """A single byte range to download, such as bytes=0-1023."""

    locations: ClassVar[dict[str, str]] = {
        "prefer": "query",
        "range": "header",
    }


class StageOpts(Options):
    """Options for :func:`stage`."""

    image_size: int | UnsetType = msgspec.field(default=UNSET, name="x-openstack-image-size")
    """The expected size of the data in bytes; a different size is rejected with 400."""

    locations: ClassVar[dict[str, str]] = {
        "image_size": "header",
    }


def upload_url(client: ServiceClient, image_id: str) -> str:
    """The URL `/images/{image_id}/file`."""
    return client.url("/images/{image_id}/file", image_id=image_id)


def stage_url(client: ServiceClient, image_id: str) -> str:
    """The URL `/images/{image_id}/stage`."""
    return client.url("/images/{image_id}/stage", image_id=image_id)


def upload(
    client: ServiceClient,
    image_id: str,
    data: bytes | IO[bytes] | Iterable[bytes],
    opts: UploadOpts | None = None,
) -> None:
    """Uploads the data of an image in status queued; the image becomes active. Disk and container
    formats must be set first.

    PUT ``/images/{image_id}/file``

    Args:
        client: The image v2 service client.
        image_id: The UUID of the image.
        data: The bytes to send: bytes, a binary file or an iterable of chunks.
        opts: The options of the request (:class:`UploadOpts`).
    """
    client.upload(
        "PUT",
        upload_url(client, image_id),
        data,
        ok=(204,),
        content_type="application/octet-stream",
        opts=opts,
    ).close()


def download(
    client: ServiceClient,
    image_id: str,
    opts: DownloadOpts | None = None,
) -> Download:
    """Downloads the data of an image (204 when it has none; 206 for a partial download with
    Range).

    GET ``/images/{image_id}/file``

    Args:
        client: The image v2 service client.
        image_id: The UUID of the image.
        opts: The options of the request (:class:`DownloadOpts`).

    Returns:
        The image data (Content-MD5 carries the legacy checksum).
    """
    return client.download(
        "GET",
        upload_url(client, image_id),
        ok=(200, 204, 206),
        opts=opts,
    )


def stage(
    client: ServiceClient,
    image_id: str,
    data: bytes | IO[bytes] | Iterable[bytes],
    opts: StageOpts | None = None,
) -> None:
    """Uploads image data to the staging area for a later glance-direct import; the image goes to
    status uploading.

    PUT ``/images/{image_id}/stage``

    Args:
        client: The image v2 service client.
        image_id: The UUID of the image.
        data: The bytes to send: bytes, a binary file or an iterable of chunks.
        opts: The options of the request (:class:`StageOpts`).
    """
    client.upload(
        "PUT",
        stage_url(client, image_id),
        data,
        ok=(204,),
        content_type="application/octet-stream",
        opts=opts,
    ).close()
