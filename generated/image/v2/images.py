"""Images are the disk images that servers boot from. An image record carries base properties
managed by Glance (status, checksums, sizes, visibility) and free-form string properties set
by its owner or the operator; the image data itself is uploaded and downloaded separately
(see image_data).
"""

# Generated from specs/image/v2/images.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

import msgspec

from typedstack.runtime import (
    UNSET,
    Model,
    Options,
    Pager,
    PageStyle,
    ServiceClient,
    UnsetType,
    finding,
    waiters,
)

__all__ = [
    "Image",
    "ImageLocation",
    "PatchOperation",
    "HashValidationData",
    "ListOpts",
    "CreateOpts",
    "AddLocationOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "deactivate",
    "reactivate",
    "add_location",
    "list_locations",
    "list_url",
    "resource_url",
    "deactivate_url",
    "reactivate_url",
    "add_location_url",
    "find",
    "wait_for_status",
    "wait_for_delete",
]


class Image(Model):
    """An image record. Base properties are listed here; any additional (custom) properties the
    image carries are kept in ``extra``.
    """

    id: str
    """The UUID of the image."""

    status: str
    """The image status, such as queued, active or deactivated."""

    name: str | UnsetType | None = UNSET
    """The name of the image."""

    visibility: str | UnsetType | None = UNSET
    """Who may see and use the image."""

    protected: bool | UnsetType | None = UNSET
    """Whether the image is protected from deletion."""

    os_hidden: bool | UnsetType | None = UNSET
    """Whether the image is left out of default image lists."""

    checksum: str | UnsetType | None = UNSET
    """Legacy MD5 checksum of the image data; null for images uploaded since Victoria."""

    os_hash_algo: str | UnsetType | None = UNSET
    """The algorithm of the secure hash in os_hash_value (chosen by the operator)."""

    os_hash_value: str | UnsetType | None = UNSET
    """The hexdigest of the secure hash of the image data."""

    owner: str | UnsetType | None = UNSET
    """The ID of the project that owns the image."""

    size: int | UnsetType | None = UNSET
    """The size of the image data in bytes."""

    virtual_size: int | UnsetType | None = UNSET
    """The virtual size of the disk in bytes."""

    container_format: str | UnsetType | None = UNSET
    """The container format of the image data, such as bare or ovf."""

    disk_format: str | UnsetType | None = UNSET
    """The disk format of the image data, such as qcow2 or raw."""

    min_disk: int | UnsetType | None = UNSET
    """The disk space in GB needed to boot the image."""

    min_ram: int | UnsetType | None = UNSET
    """The RAM in MB needed to boot the image."""

    tags: builtins.list[str] | UnsetType | None = UNSET
    """The tags of the image."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the image was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the image was last updated."""

    direct_url: str | UnsetType | None = UNSET
    """The URL of the image data in its backing store; present only when the operator enables
    show_image_direct_url.
    """

    locations: builtins.list[ImageLocation] | UnsetType | None = UNSET
    """The locations of the image data; present only when the operator enables
    show_multiple_locations.
    """

    stores: str | UnsetType | None = UNSET
    """Comma-separated IDs of the stores that hold the image data; present only when multiple
    stores are enabled.
    """

    os_glance_import_task: str | UnsetType | None = UNSET
    """The ID of the task importing the image data, while an import runs."""

    os_glance_importing_to_stores: str | UnsetType | None = UNSET
    """Comma-separated IDs of the stores an import is still to copy the data to."""

    os_glance_failed_import: str | UnsetType | None = UNSET
    """Comma-separated IDs of the stores an import could not copy the data to."""

    self_link: str | UnsetType | None = msgspec.field(default=UNSET, name="self")
    """The path of the image itself."""

    file: str | UnsetType | None = UNSET
    """The path of the image data."""

    schema: str | UnsetType | None = UNSET
    """The path of the JSON schema of an image."""

    location: str | UnsetType | None = msgspec.field(default=UNSET, name="Location")
    """The URL of a newly created image (create only)."""

    import_methods: str | UnsetType | None = msgspec.field(
        default=UNSET, name="OpenStack-image-import-methods"
    )
    """Comma-separated import methods the cloud supports (create only)."""

    store_ids: str | UnsetType | None = msgspec.field(
        default=UNSET, name="OpenStack-image-store-ids"
    )
    """Comma-separated IDs of the available stores, when multiple stores are enabled (create
    only).
    """

    header_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("location", "Location"),
        ("import_methods", "OpenStack-image-import-methods"),
        ("store_ids", "OpenStack-image-store-ids"),
    )

    open_properties: ClassVar[bool] = True


class ImageLocation(Model):
    """A location of the image data."""

    url: str
    """The URL of the image data in a backing store."""

    metadata: dict[str, Any] | UnsetType | None = UNSET
    """Store-specific metadata of the location (for example the store ID)."""


class PatchOperation(Model):
    """One change of a JSON-patch image update."""

    op: str
    """The kind of change."""

    path: str
    """A JSON pointer to the property to change, such as /name or /tags."""

    value: Any | UnsetType | None = UNSET
    """The new value (for add and replace)."""


class HashValidationData(Model):
    """Hash values to check, or to set, when a location is added."""

    os_hash_algo: str | UnsetType | None = UNSET
    """The hash algorithm of os_hash_value."""

    os_hash_value: str | UnsetType | None = UNSET
    """The hexdigest of the image data."""


class ListOpts(Options):
    """Options for :func:`list`."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last image of the previous page."""

    name: str | UnsetType = UNSET
    """Filters by exact name; use "in:name1,name2" to match any of several names (quote names
    that contain commas).
    """

    id: str | UnsetType = UNSET
    """Filters by ID; use "in:id1,id2" to match any of several images."""

    owner: str | UnsetType = UNSET
    """Filters by the ID of the owning project."""

    protected: bool | UnsetType = UNSET
    """Filters by whether the image is protected."""

    status: str | UnsetType = UNSET
    """Filters by status; use "in:saving,queued" to match any of several."""

    container_format: str | UnsetType = UNSET
    """Filters by container format; "in:" accepts several."""

    disk_format: str | UnsetType = UNSET
    """Filters by disk format; "in:" accepts several."""

    tag: builtins.list[str] | UnsetType = UNSET
    """Images that have all of these tags (sent as repeated tag parameters)."""

    visibility: Literal["public", "private", "community", "shared", "all"] | UnsetType = UNSET
    """Filters by visibility; by default public, private and accepted shared images are listed."""

    os_hidden: bool | UnsetType = UNSET
    """When true, lists only hidden images (hidden images are left out by default)."""

    member_status: Literal["accepted", "pending", "rejected", "all"] | UnsetType = UNSET
    """Filters shared images by the caller's member status (default accepted)."""

    size_min: int | UnsetType = UNSET
    """Images at least this many bytes large."""

    size_max: int | UnsetType = UNSET
    """Images at most this many bytes large."""

    created_at: str | UnsetType = UNSET
    """A time comparison "<op>:<ISO 8601 time>" on the creation time, where op is one of gt,
    gte, eq, neq, lt, lte (for example gt:2016-04-18T21:38:54Z).
    """

    updated_at: str | UnsetType = UNSET
    """A time comparison "<op>:<ISO 8601 time>" on the update time (see created_at)."""

    checksum: str | UnsetType = UNSET
    """Filters by the legacy MD5 checksum."""

    os_hash_value: str | UnsetType = UNSET
    """Filters by the secure hash of the image data."""

    sort_key: (
        Literal[
            "name",
            "status",
            "container_format",
            "disk_format",
            "size",
            "id",
            "created_at",
            "updated_at",
        ]
        | UnsetType
    ) = UNSET
    """Sorts by this attribute (default created_at); cannot be combined with sort."""

    sort_dir: Literal["asc", "desc"] | UnsetType = UNSET
    """The sort direction for sort_key (default desc)."""

    sort: str | UnsetType = UNSET
    """Comma-separated "key:dir" pairs, such as name:asc,status:desc (the direction defaults to
    desc); cannot be combined with sort_key or sort_dir.
    """

    locations: ClassVar[dict[str, str]] = {
        "limit": "query",
        "marker": "query",
        "name": "query",
        "id": "query",
        "owner": "query",
        "protected": "query",
        "status": "query",
        "container_format": "query",
        "disk_format": "query",
        "tag": "query",
        "visibility": "query",
        "os_hidden": "query",
        "member_status": "query",
        "size_min": "query",
        "size_max": "query",
        "created_at": "query",
        "updated_at": "query",
        "checksum": "query",
        "os_hash_value": "query",
        "sort_key": "query",
        "sort_dir": "query",
        "sort": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    id: str | UnsetType = UNSET
    """A UUID for the image; generated when omitted (409 if taken)."""

    name: str | UnsetType = UNSET
    """The name of the image."""

    container_format: (
        Literal["ami", "ari", "aki", "bare", "ovf", "ova", "docker", "compressed"] | UnsetType
    ) = UNSET
    """The container format (the cloud may allow a different set; see the image schema)."""

    disk_format: (
        Literal["ami", "ari", "aki", "vhd", "vhdx", "vmdk", "raw", "qcow2", "vdi", "iso", "ploop"]
        | UnsetType
    ) = UNSET
    """The disk format (the cloud may allow a different set; see the image schema)."""

    min_disk: int | UnsetType = UNSET
    """The disk space in GB needed to boot the image."""

    min_ram: int | UnsetType = UNSET
    """The RAM in MB needed to boot the image."""

    protected: bool | UnsetType = UNSET
    """Protects the image from deletion (default false)."""

    os_hidden: bool | UnsetType = UNSET
    """Leaves the image out of default image lists (default false)."""

    tags: builtins.list[str] | UnsetType = UNSET
    """Tags for the image, each at most 255 characters."""

    visibility: Literal["public", "community", "shared", "private"] | UnsetType = UNSET
    """Who may see the image (default shared)."""

    properties: dict[str, str] | UnsetType = UNSET
    """Custom properties (`hw_disk_bus`, `os_distro`, ...), sent as top-level properties of the
    image; read them back from the image's `extra`.
    """

    locations: ClassVar[dict[str, str]] = {
        "properties": "extra",
    }


class AddLocationOpts(Options):
    """Options for :func:`add_location`."""

    url: str
    """The URL of the image data in a backing store."""

    validation_data: HashValidationData | UnsetType = UNSET
    """Hash values of the data, to check or to store on the image."""


def list_url(client: ServiceClient) -> str:
    """The URL `/images`."""
    return client.url("/images")


def resource_url(client: ServiceClient, image_id: str) -> str:
    """The URL `/images/{image_id}`."""
    return client.url("/images/{image_id}", image_id=image_id)


def deactivate_url(client: ServiceClient, image_id: str) -> str:
    """The URL `/images/{image_id}/actions/deactivate`."""
    return client.url("/images/{image_id}/actions/deactivate", image_id=image_id)


def reactivate_url(client: ServiceClient, image_id: str) -> str:
    """The URL `/images/{image_id}/actions/reactivate`."""
    return client.url("/images/{image_id}/actions/reactivate", image_id=image_id)


def add_location_url(client: ServiceClient, image_id: str) -> str:
    """The URL `/images/{image_id}/locations`."""
    return client.url("/images/{image_id}/locations", image_id=image_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Image]:
    """Lists the images visible to the caller, following next links page by page.

    GET ``/images``

    Args:
        client: The image v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Image,
        response_key="images",
        style=PageStyle("next", next_key="next"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
) -> Image:
    """Creates an image record (status queued) without data.

    POST ``/images``

    Args:
        client: The image v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        empty="object",
        response_type=Image,
    )


def get(
    client: ServiceClient,
    image_id: str,
) -> Image:
    """Shows an image.

    GET ``/images/{image_id}``

    Args:
        client: The image v2 service client.
        image_id: The UUID of the image.
    """
    return client.call(
        "GET",
        resource_url(client, image_id),
        ok=(200,),
        response_type=Image,
    )


def update(
    client: ServiceClient,
    image_id: str,
    body: builtins.list[PatchOperation],
) -> Image:
    """Updates an image with a list of JSON-patch operations (add, replace, remove) on its
    properties, tags or locations.

    PATCH ``/images/{image_id}``

    Args:
        client: The image v2 service client.
        image_id: The UUID of the image.
        body: The request body (list<PatchOperation>).
    """
    return client.call(
        "PATCH",
        resource_url(client, image_id),
        ok=(200,),
        body=body,
        content_type="application/openstack-images-v2.1-json-patch",
        response_type=Image,
    )


def delete(
    client: ServiceClient,
    image_id: str,
) -> None:
    """Deletes an image and its data; protected images cannot be deleted.

    DELETE ``/images/{image_id}``

    Args:
        client: The image v2 service client.
        image_id: The UUID of the image.
    """
    client.call(
        "DELETE",
        resource_url(client, image_id),
        ok=(204,),
    )


def deactivate(
    client: ServiceClient,
    image_id: str,
) -> None:
    """Deactivates an image so that its data cannot be downloaded (admin by default).

    POST ``/images/{image_id}/actions/deactivate``

    Args:
        client: The image v2 service client.
        image_id: The UUID of the image.
    """
    client.call(
        "POST",
        deactivate_url(client, image_id),
        ok=(204,),
    )


def reactivate(
    client: ServiceClient,
    image_id: str,
) -> None:
    """Reactivates a deactivated image (admin by default).

    POST ``/images/{image_id}/actions/reactivate``

    Args:
        client: The image v2 service client.
        image_id: The UUID of the image.
    """
    client.call(
        "POST",
        reactivate_url(client, image_id),
        ok=(204,),
    )


def add_location(
    client: ServiceClient,
    image_id: str,
    opts: AddLocationOpts,
) -> None:
    """Adds a location to an image in status queued; the location is added by an asynchronous task
    (service role, or any user for the http store).

    POST ``/images/{image_id}/locations``

    Args:
        client: The image v2 service client.
        image_id: The UUID of the image.
        opts: The options of the request (:class:`AddLocationOpts`).
    """
    client.call(
        "POST",
        add_location_url(client, image_id),
        ok=(202,),
        opts=opts,
    )


def list_locations(
    client: ServiceClient,
    image_id: str,
) -> builtins.list[ImageLocation]:
    """Lists the locations of an image's data (service role by default).

    GET ``/images/{image_id}/locations``

    Args:
        client: The image v2 service client.
        image_id: The UUID of the image.
    """
    return client.call(
        "GET",
        add_location_url(client, image_id),
        ok=(200,),
        response_type=builtins.list[ImageLocation],
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Image:
    """Finds one by ID, else by exact name: get, then list filtered by name.

    Raises NotFound when none matches, MultipleMatches (naming every ID) when
    several have the name.
    """
    return finding.find(
        name_or_id,
        by_id=lambda id_: get(client, id_),
        by_name=lambda name: list(client, ListOpts(name=name)),
        name_of=lambda item: item.name,
        id_of=lambda item: item.id,
        what="Image",
    )


def wait_for_status(
    client: ServiceClient,
    image_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    predicate: Callable[[Image], bool] | None = None,
) -> Image:
    """Polls get until status is one of status (and predicate holds).

    Failure statuses (killed) raise ResourceFailed at once.
    Returns the resource; WaitTimeout after timeout seconds.
    """
    return waiters.wait_for_status(
        lambda: get(client, image_id),
        status,
        failures=("killed",),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="Image",
        predicate=predicate,
    )


def wait_for_delete(
    client: ServiceClient,
    image_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
) -> None:
    """Polls get until it answers 404 (the resource is deleted).

    Failure statuses (killed) raise ResourceFailed at once;
    WaitTimeout after timeout seconds.
    """
    waiters.wait_for_delete(
        lambda: get(client, image_id),
        failures=("killed",),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="Image",
    )
