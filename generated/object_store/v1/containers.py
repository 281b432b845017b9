"""Containers hold objects. A container's object listing comes back as JSON rows; its totals,
access lists and metadata come back as response headers and are set with request headers
(X-Container-Meta-* for metadata).
"""

# Generated from specs/object_store/v1/containers.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import ClassVar

import msgspec

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "ContainerInfo",
    "ObjectEntry",
    "ListObjectsOpts",
    "CreateOpts",
    "GetOpts",
    "list_objects",
    "create",
    "get",
    "update",
    "delete",
    "resource_url",
]


class ContainerInfo(Model):
    """The totals, settings and metadata of a container, read from response headers."""

    object_count: int | UnsetType | None = msgspec.field(
        default=UNSET, name="X-Container-Object-Count"
    )
    """How many objects the container holds."""

    bytes_used: int | UnsetType | None = msgspec.field(
        default=UNSET, name="X-Container-Bytes-Used"
    )
    """The bytes stored in the container."""

    timestamp: str | UnsetType | None = msgspec.field(default=UNSET, name="X-Timestamp")
    """When the container was created, as a UNIX timestamp with fractions."""

    storage_policy: str | UnsetType | None = msgspec.field(default=UNSET, name="X-Storage-Policy")
    """The storage policy the container's objects are stored under."""

    read_acl: str | UnsetType | None = msgspec.field(default=UNSET, name="X-Container-Read")
    """Who may read the container's objects (an access control list)."""

    write_acl: str | UnsetType | None = msgspec.field(default=UNSET, name="X-Container-Write")
    """Who may write objects into the container (an access control list)."""

    versions_location: str | UnsetType | None = msgspec.field(
        default=UNSET, name="X-Versions-Location"
    )
    """The container that keeps older versions of overwritten objects (stack mode)."""

    history_location: str | UnsetType | None = msgspec.field(
        default=UNSET, name="X-History-Location"
    )
    """The container that keeps older versions of overwritten and deleted objects."""

    sync_to: str | UnsetType | None = msgspec.field(default=UNSET, name="X-Container-Sync-To")
    """The container this one is synchronised to."""

    sync_key: str | UnsetType | None = msgspec.field(default=UNSET, name="X-Container-Sync-Key")
    """The secret the synchronised containers share."""

    metadata: dict[str, str] | UnsetType | None = msgspec.field(
        default=UNSET, name="X-Container-Meta-*"
    )
    """The container's custom metadata (X-Container-Meta-<key> headers, quotas and CORS settings
    included), keys in lower case.
    """

    temp_url_key: str | UnsetType | None = msgspec.field(
        default=UNSET, name="X-Container-Meta-Temp-URL-Key"
    )
    """The first secret key for signing temporary URLs to its objects."""

    temp_url_key_2: str | UnsetType | None = msgspec.field(
        default=UNSET, name="X-Container-Meta-Temp-URL-Key-2"
    )
    """The second secret key for signing temporary URLs to its objects."""

    accept_ranges: str | UnsetType | None = msgspec.field(default=UNSET, name="Accept-Ranges")
    """The range units object downloads accept ("bytes")."""

    header_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("object_count", "X-Container-Object-Count"),
        ("bytes_used", "X-Container-Bytes-Used"),
        ("timestamp", "X-Timestamp"),
        ("storage_policy", "X-Storage-Policy"),
        ("read_acl", "X-Container-Read"),
        ("write_acl", "X-Container-Write"),
        ("versions_location", "X-Versions-Location"),
        ("history_location", "X-History-Location"),
        ("sync_to", "X-Container-Sync-To"),
        ("sync_key", "X-Container-Sync-Key"),
        ("metadata", "X-Container-Meta-*"),
        ("temp_url_key", "X-Container-Meta-Temp-URL-Key"),
        ("temp_url_key_2", "X-Container-Meta-Temp-URL-Key-2"),
        ("accept_ranges", "Accept-Ranges"),
    )

    secret_fields: ClassVar[frozenset[str]] = frozenset(
        {"sync_key", "temp_url_key", "temp_url_key_2"}
    )


class ObjectEntry(Model):
    """An object as the container listing shows it; with a delimiter, a rolled-up name prefix
    shows as an entry with only subdir set.
    """

    name: str | UnsetType | None = UNSET
    """The name of the object."""

    hash: str | UnsetType | None = UNSET
    """The MD5 checksum of the object's content (its ETag)."""

    bytes: int | UnsetType | None = UNSET
    """The size of the object, in bytes."""

    content_type: str | UnsetType | None = UNSET
    """The content type of the object."""

    last_modified: str | UnsetType | None = UNSET
    """When the object last changed (ISO 8601, UTC, no zone suffix)."""

    symlink_path: str | UnsetType | None = UNSET
    """The target of a symlink object, as /v1/<account>/<container>/<object>."""

    subdir: str | UnsetType | None = UNSET
    """A name prefix rolled up by the delimiter (then the other fields are absent)."""


class ListObjectsOpts(Options):
    """Options for :func:`list_objects`."""

    limit: int | UnsetType = UNSET
    """The page size (at most 10,000, the default)."""

    marker: str | UnsetType = UNSET
    """Only objects whose names sort after this one."""

    end_marker: str | UnsetType = UNSET
    """Only objects whose names sort before this one."""

    prefix: str | UnsetType = UNSET
    """Only objects whose names start with this."""

    delimiter: str | UnsetType = UNSET
    """A character that rolls names up to the first occurrence after the prefix."""

    path: str | UnsetType = UNSET
    """Only the objects nested directly under this pseudo-directory."""

    reverse: bool | UnsetType = UNSET
    """Lists in reverse name order."""

    newest: bool | UnsetType = msgspec.field(default=UNSET, name="X-Newest")
    """Asks every replica and answers from the newest one."""

    locations: ClassVar[dict[str, str]] = {
        "limit": "query",
        "marker": "query",
        "end_marker": "query",
        "prefix": "query",
        "delimiter": "query",
        "path": "query",
        "reverse": "query",
        "newest": "header",
    }


class CreateOpts(Options):
    """Options for :func:`create` and :func:`update`."""

    metadata: dict[str, str] | UnsetType = msgspec.field(default=UNSET, name="X-Container-Meta-*")
    """Metadata to set, sent as X-Container-Meta-<key> headers (an empty value removes a key)."""

    read_acl: str | UnsetType = msgspec.field(default=UNSET, name="X-Container-Read")
    """Who may read the objects, such as ".r:*" for everyone or "<project>:<user>"."""

    write_acl: str | UnsetType = msgspec.field(default=UNSET, name="X-Container-Write")
    """Who may write objects, as "<project>:<user>" entries."""

    versions_location: str | UnsetType = msgspec.field(default=UNSET, name="X-Versions-Location")
    """A container to keep older versions of overwritten objects in."""

    history_location: str | UnsetType = msgspec.field(default=UNSET, name="X-History-Location")
    """A container to keep older versions of overwritten and deleted objects in."""

    sync_to: str | UnsetType = msgspec.field(default=UNSET, name="X-Container-Sync-To")
    """The URL of a container to synchronise this one to."""

    sync_key: str | UnsetType = msgspec.field(default=UNSET, name="X-Container-Sync-Key")
    """The secret shared with the synchronised container."""

    temp_url_key: str | UnsetType = msgspec.field(
        default=UNSET, name="X-Container-Meta-Temp-URL-Key"
    )
    """The first key for signing temporary URLs to the objects."""

    temp_url_key_2: str | UnsetType = msgspec.field(
        default=UNSET, name="X-Container-Meta-Temp-URL-Key-2"
    )
    """The second key for signing temporary URLs (for rotating keys)."""

    storage_policy: str | UnsetType = msgspec.field(default=UNSET, name="X-Storage-Policy")
    """The storage policy for the container's objects (set at creation only)."""

    locations: ClassVar[dict[str, str]] = {
        "metadata": "header",
        "read_acl": "header",
        "write_acl": "header",
        "versions_location": "header",
        "history_location": "header",
        "sync_to": "header",
        "sync_key": "header",
        "temp_url_key": "header",
        "temp_url_key_2": "header",
        "storage_policy": "header",
    }

    secret_fields: ClassVar[frozenset[str]] = frozenset(
        {"sync_key", "temp_url_key", "temp_url_key_2"}
    )


class GetOpts(Options):
    """Options for :func:`get`."""

    newest: bool | UnsetType = msgspec.field(default=UNSET, name="X-Newest")
    """Asks every replica and answers from the newest one."""

    locations: ClassVar[dict[str, str]] = {
        "newest": "header",
    }


def resource_url(client: ServiceClient, container: str) -> str:
    """The URL `/{container}`."""
    return client.url("/{container}", container=container)


def list_objects(
    client: ServiceClient,
    container: str,
    opts: ListObjectsOpts | None = None,
) -> Pager[ObjectEntry]:
    """Lists the objects of a container, in name order, every page.

    GET ``/{container}``

    Args:
        client: The object-store v1 service client.
        container: The name of the container.
        opts: The options of the request (:class:`ListObjectsOpts`).
    """
    return client.paginate(
        resource_url(client, container),
        ok=(200, 204),
        item_type=ObjectEntry,
        response_key=None,
        style=PageStyle("marker", marker_field="name | subdir"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    container: str,
    opts: CreateOpts | None = None,
) -> None:
    """Creates a container, or updates the settings of an existing one.

    PUT ``/{container}``

    Args:
        client: The object-store v1 service client.
        container: The name of the container.
        opts: The options of the request (:class:`CreateOpts`).
    """
    client.call(
        "PUT",
        resource_url(client, container),
        ok=(201, 202),
        opts=opts,
    )


def get(
    client: ServiceClient,
    container: str,
    opts: GetOpts | None = None,
) -> ContainerInfo:
    """Shows a container's totals, settings and metadata.

    HEAD ``/{container}``

    Args:
        client: The object-store v1 service client.
        container: The name of the container.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "HEAD",
        resource_url(client, container),
        ok=(200, 204),
        opts=opts,
        response_type=ContainerInfo,
    )


def update(
    client: ServiceClient,
    container: str,
    opts: CreateOpts | None = None,
) -> None:
    """Sets, changes or removes a container's metadata and settings.

    POST ``/{container}``

    Args:
        client: The object-store v1 service client.
        container: The name of the container.
        opts: The options of the request (:class:`CreateOpts`).
    """
    client.call(
        "POST",
        resource_url(client, container),
        ok=(204,),
        opts=opts,
    )


def delete(
    client: ServiceClient,
    container: str,
) -> None:
    """Deletes an empty container (409 while it holds objects).

    DELETE ``/{container}``

    Args:
        client: The object-store v1 service client.
        container: The name of the container.
    """
    client.call(
        "DELETE",
        resource_url(client, container),
        ok=(204,),
    )
