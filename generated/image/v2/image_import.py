"""Interoperable image import (glance-direct, web-download, copy-image, glance-download) and the
discovery calls around it: the enabled import methods, the backing stores, the caller's quota
usage, and removing an image's data from one store.
"""

# Generated from specs/image/v2/image_import.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import Any, ClassVar

import msgspec

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "ImportMethod",
    "ImportInfo",
    "ImportMethods",
    "Store",
    "QuotaUsage",
    "ImportImageOpts",
    "import_image",
    "get_import_info",
    "list_stores",
    "list_stores_detail",
    "get_usage",
    "delete_from_store",
    "import_image_url",
    "get_import_info_url",
    "list_stores_url",
    "list_stores_detail_url",
    "get_usage_url",
    "delete_from_store_url",
]


class ImportMethod(Model):
    """The import method of an import request and its parameters."""

    name: str
    """The import method; the cloud enables a subset (see get_import_info)."""

    uri: str | UnsetType | None = UNSET
    """The URL to fetch the data from (web-download)."""

    glance_image_id: str | UnsetType | None = UNSET
    """The ID of the image to copy from the other region (glance-download)."""

    glance_region: str | UnsetType | None = UNSET
    """The region to download the image from (glance-download)."""

    glance_service_interface: str | UnsetType | None = UNSET
    """The endpoint interface of the remote image service (glance-download; default public)."""


class ImportInfo(Model):
    """What the cloud supports for image import."""

    import_methods: ImportMethods = msgspec.field(name="import-methods")
    """The enabled import methods."""


class ImportMethods(Model):
    """The enabled import methods, as a discovery value."""

    value: list[str]
    """The identifiers of the enabled import methods; possibly empty."""

    description: str | UnsetType | None = UNSET
    """What the value lists."""

    type: str | UnsetType | None = UNSET
    """The JSON type of the value (array)."""


class Store(Model):
    """A backing store that can hold image data."""

    id: str
    """The operator-defined identifier of the store."""

    description: str | UnsetType | None = UNSET
    """The operator's description of the store."""

    default: Any | UnsetType | None = UNSET
    """Present only on the default store, set to true (current servers send the string "true",
    the api-ref shows a boolean).
    """

    read_only: Any | UnsetType | None = msgspec.field(default=UNSET, name="read-only")
    """Present only when the store is read only, set to true (the string "true" on current
    servers).
    """

    type: str | UnsetType | None = UNSET
    """The store driver, such as rbd, file, cinder, swift, s3 or http (detail only)."""

    weight: int | UnsetType | None = UNSET
    """The weight used to order image locations by preference (detail only)."""

    properties: dict[str, Any] | UnsetType | None = UNSET
    """Store-specific properties (detail only)."""


class QuotaUsage(Model):
    """The limit and current usage of one quota."""

    limit: int | UnsetType | None = UNSET
    """The limit of the quota."""

    usage: int | UnsetType | None = UNSET
    """The amount in use."""


class ImportImageOpts(Options):
    """Options for :func:`import_image`."""

    method: ImportMethod
    """The import method and its parameters."""

    store: str | UnsetType = msgspec.field(default=UNSET, name="X-Image-Meta-Store")
    """The ID of the store to import into, used when stores is not given (multiple stores only)."""

    stores: list[str] | UnsetType = UNSET
    """The IDs of the stores to import the data into; the default store when omitted."""

    all_stores: bool | UnsetType = UNSET
    """Imports into every store the deployment offers; cannot be combined with stores."""

    all_stores_must_succeed: bool | UnsetType = UNSET
    """When true (default) a failure in any store fails the import; when false it fails only if
    every store fails.
    """

    locations: ClassVar[dict[str, str]] = {
        "store": "header",
    }


def import_image_url(client: ServiceClient, image_id: str) -> str:
    """The URL `/images/{image_id}/import`."""
    return client.url("/images/{image_id}/import", image_id=image_id)


def get_import_info_url(client: ServiceClient) -> str:
    """The URL `/info/import`."""
    return client.url("/info/import")


def list_stores_url(client: ServiceClient) -> str:
    """The URL `/info/stores`."""
    return client.url("/info/stores")


def list_stores_detail_url(client: ServiceClient) -> str:
    """The URL `/info/stores/detail`."""
    return client.url("/info/stores/detail")


def get_usage_url(client: ServiceClient) -> str:
    """The URL `/info/usage`."""
    return client.url("/info/usage")


def delete_from_store_url(client: ServiceClient, store_id: str, image_id: str) -> str:
    """The URL `/stores/{store_id}/{image_id}`."""
    return client.url("/stores/{store_id}/{image_id}", store_id=store_id, image_id=image_id)


def import_image(
    client: ServiceClient,
    image_id: str,
    opts: ImportImageOpts,
) -> None:
    """Starts importing data into an image with the given method; the import runs asynchronously.

    POST ``/images/{image_id}/import``

    Args:
        client: The image v2 service client.
        image_id: The UUID of the image.
        opts: The options of the request (:class:`ImportImageOpts`).
    """
    client.call(
        "POST",
        import_image_url(client, image_id),
        ok=(202,),
        opts=opts,
    )


def get_import_info(
    client: ServiceClient,
) -> ImportInfo:
    """Shows the import methods enabled in the cloud.

    GET ``/info/import``

    Args:
        client: The image v2 service client.
    """
    return client.call(
        "GET",
        get_import_info_url(client),
        ok=(200,),
        response_type=ImportInfo,
    )


def list_stores(
    client: ServiceClient,
) -> list[Store]:
    """Lists the backing stores (404 when multiple stores are not enabled).

    GET ``/info/stores``

    Args:
        client: The image v2 service client.
    """
    return client.call(
        "GET",
        list_stores_url(client),
        ok=(200,),
        response_key="stores",
        response_type=list[Store],
    )


def list_stores_detail(
    client: ServiceClient,
) -> list[Store]:
    """Lists the backing stores with their type, weight and properties (admin by default).

    GET ``/info/stores/detail``

    Args:
        client: The image v2 service client.
    """
    return client.call(
        "GET",
        list_stores_detail_url(client),
        ok=(200,),
        response_key="stores",
        response_type=list[Store],
    )


def get_usage(
    client: ServiceClient,
) -> dict[str, QuotaUsage]:
    """Shows the caller's image quota limits and usage, keyed by quota name (such as
    image_count_total).

    GET ``/info/usage``

    Args:
        client: The image v2 service client.
    """
    return client.call(
        "GET",
        get_usage_url(client),
        ok=(200,),
        response_key="usage",
        response_type=dict[str, QuotaUsage],
    )


def delete_from_store(
    client: ServiceClient,
    store_id: str,
    image_id: str,
) -> None:
    """Deletes an image's data from one store; the last location cannot be removed.

    DELETE ``/stores/{store_id}/{image_id}``

    Args:
        client: The image v2 service client.
        store_id: The ID of the store.
        image_id: The UUID of the image.
    """
    client.call(
        "DELETE",
        delete_from_store_url(client, store_id, image_id),
        ok=(204,),
    )
