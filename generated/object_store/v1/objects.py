"""Objects: the data stored in a container, streamed up and down, with their metadata carried in
headers (X-Object-Meta-* for custom metadata).
"""

# Generated from specs/object_store/v1/objects.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from collections.abc import Iterable
from typing import IO, ClassVar, Literal

import msgspec

from typedstack.runtime import UNSET, Download, Model, Options, ServiceClient, UnsetType

__all__ = [
    "ObjectInfo",
    "ObjectWritten",
    "DownloadOpts",
    "UploadOpts",
    "CopyOpts",
    "GetOpts",
    "UpdateOpts",
    "DeleteOpts",
    "download",
    "upload",
    "copy",
    "get",
    "update",
    "delete",
    "resource_url",
]


class ObjectInfo(Model):
    """The size, type, checksum and metadata of an object, read from response headers."""

    content_length: int | UnsetType | None = msgspec.field(default=UNSET, name="Content-Length")
    """The size of the object, in bytes."""

    content_type: str | UnsetType | None = msgspec.field(default=UNSET, name="Content-Type")
    """The content type of the object."""

    etag: str | UnsetType | None = msgspec.field(default=UNSET, name="ETag")
    """The MD5 checksum of the content; for a large-object manifest, the checksum of its
    segments' checksums, in quotes.
    """

    last_modified: str | UnsetType | None = msgspec.field(default=UNSET, name="Last-Modified")
    """When the object last changed, as an HTTP date."""

    timestamp: str | UnsetType | None = msgspec.field(default=UNSET, name="X-Timestamp")
    """When the object was written, as a UNIX timestamp with fractions."""

    metadata: dict[str, str] | UnsetType | None = msgspec.field(
        default=UNSET, name="X-Object-Meta-*"
    )
    """The object's custom metadata (X-Object-Meta-<key> headers), keys in lower case."""

    delete_at: int | UnsetType | None = msgspec.field(default=UNSET, name="X-Delete-At")
    """When the object expires and is deleted, as a UNIX time."""

    content_disposition: str | UnsetType | None = msgspec.field(
        default=UNSET, name="Content-Disposition"
    )
    """How a browser should present the object when downloading it."""

    content_encoding: str | UnsetType | None = msgspec.field(
        default=UNSET, name="Content-Encoding"
    )
    """The encoding of the content, such as gzip."""

    object_manifest: str | UnsetType | None = msgspec.field(
        default=UNSET, name="X-Object-Manifest"
    )
    """For a dynamic large object, the container/prefix of its segments."""

    static_large_object: bool | UnsetType | None = msgspec.field(
        default=UNSET, name="X-Static-Large-Object"
    )
    """True when the object is a static large object manifest (Swift sends "True")."""

    symlink_target: str | UnsetType | None = msgspec.field(default=UNSET, name="X-Symlink-Target")
    """For a symlink, the <container>/<object> it points to."""

    symlink_target_account: str | UnsetType | None = msgspec.field(
        default=UNSET, name="X-Symlink-Target-Account"
    )
    """For a symlink into another account, that account (AUTH_<project>)."""

    header_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content_length", "Content-Length"),
        ("content_type", "Content-Type"),
        ("etag", "ETag"),
        ("last_modified", "Last-Modified"),
        ("timestamp", "X-Timestamp"),
        ("metadata", "X-Object-Meta-*"),
        ("delete_at", "X-Delete-At"),
        ("content_disposition", "Content-Disposition"),
        ("content_encoding", "Content-Encoding"),
        ("object_manifest", "X-Object-Manifest"),
        ("static_large_object", "X-Static-Large-Object"),
        ("symlink_target", "X-Symlink-Target"),
        ("symlink_target_account", "X-Symlink-Target-Account"),
    )


class ObjectWritten(Model):
    """What Swift says after storing an object, read from response headers."""

    etag: str | UnsetType | None = msgspec.field(default=UNSET, name="ETag")
    """The MD5 checksum of the stored content."""

    last_modified: str | UnsetType | None = msgspec.field(default=UNSET, name="Last-Modified")
    """When the object was stored, as an HTTP date."""

    copied_from: str | UnsetType | None = msgspec.field(default=UNSET, name="X-Copied-From")
    """For a copy, the <container>/<object> the content came from."""

    copied_from_account: str | UnsetType | None = msgspec.field(
        default=UNSET, name="X-Copied-From-Account"
    )
    """For a copy, the account the source object is in."""

    copied_from_last_modified: str | UnsetType | None = msgspec.field(
        default=UNSET, name="X-Copied-From-Last-Modified"
    )
    """For a copy, when the source object last changed, as an HTTP date."""

    request_id: str | UnsetType | None = msgspec.field(
        default=UNSET, name="X-Openstack-Request-Id"
    )
    """The ID of the request, for the operator's logs."""

    header_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("etag", "ETag"),
        ("last_modified", "Last-Modified"),
        ("copied_from", "X-Copied-From"),
        ("copied_from_account", "X-Copied-From-Account"),
        ("copied_from_last_modified", "X-Copied-From-Last-Modified"),
        ("request_id", "X-Openstack-Request-Id"),
    )


class DownloadOpts(Options):
    """Options for :func:`download`."""

    multipart_manifest: Literal["get"] | UnsetType = msgspec.field(
        default=UNSET, name="multipart-manifest"
    )
    """"get" returns a static large object's manifest instead of its content."""

    symlink: Literal["get"] | UnsetType = UNSET
    """"get" returns a symlink itself instead of its target."""

    temp_url_sig: str | UnsetType = UNSET
    """A temporary URL's HMAC signature (made with a Temp-URL key of the account or container);
    with temp_url_expires it authorises the call.
    """

    temp_url_expires: int | UnsetType = UNSET
    """When the temporary URL's signature stops being valid, as a UNIX time."""

    filename: str | UnsetType = UNSET
    """With a temporary URL, the file name the download suggests (Content-Disposition)."""

    range: str | UnsetType = msgspec.field(default=UNSET, name="Range")
    """The bytes to return, such as "bytes=0-1023"."""

    if_match: str | UnsetType = msgspec.field(default=UNSET, name="If-Match")
    """Only if the object's ETag matches (else 412)."""

    if_none_match: str | UnsetType = msgspec.field(default=UNSET, name="If-None-Match")
    """Only if the object's ETag differs (else 304)."""

    if_modified_since: str | UnsetType = msgspec.field(default=UNSET, name="If-Modified-Since")
    """Only if the object changed since this HTTP date (else 304)."""

    if_unmodified_since: str | UnsetType = msgspec.field(default=UNSET, name="If-Unmodified-Since")
    """Only if the object did not change since this HTTP date (else 412)."""

    newest: bool | UnsetType = msgspec.field(default=UNSET, name="X-Newest")
    """Asks every replica and answers from the newest one."""

    locations: ClassVar[dict[str, str]] = {
        "multipart_manifest": "query",
        "symlink": "query",
        "temp_url_sig": "query",
        "temp_url_expires": "query",
        "filename": "query",
        "range": "header",
        "if_match": "header",
        "if_none_match": "header",
        "if_modified_since": "header",
        "if_unmodified_since": "header",
        "newest": "header",
    }


class UploadOpts(Options):
    """Options for :func:`upload`."""

    multipart_manifest: Literal["put"] | UnsetType = msgspec.field(
        default=UNSET, name="multipart-manifest"
    )
    """"put" stores the content as a static large object manifest (a JSON list of segments)."""

    temp_url_sig: str | UnsetType = UNSET
    """A temporary URL's HMAC signature (made with a Temp-URL key of the account or container);
    with temp_url_expires it authorises the call.
    """

    temp_url_expires: int | UnsetType = UNSET
    """When the temporary URL's signature stops being valid, as a UNIX time."""

    content_type: str | UnsetType = msgspec.field(default=UNSET, name="Content-Type")
    """The content type to store (Swift guesses one from the name when absent)."""

    etag: str | UnsetType = msgspec.field(default=UNSET, name="ETag")
    """The MD5 checksum of the content; Swift refuses the upload (422) when it differs."""

    metadata: dict[str, str] | UnsetType = msgspec.field(default=UNSET, name="X-Object-Meta-*")
    """Metadata to store, sent as X-Object-Meta-<key> headers."""

    delete_at: int | UnsetType = msgspec.field(default=UNSET, name="X-Delete-At")
    """When to delete the object, as a UNIX time."""

    delete_after: int | UnsetType = msgspec.field(default=UNSET, name="X-Delete-After")
    """How many seconds from now to delete the object."""

    content_disposition: str | UnsetType = msgspec.field(default=UNSET, name="Content-Disposition")
    """How a browser should present the object when downloading it."""

    content_encoding: str | UnsetType = msgspec.field(default=UNSET, name="Content-Encoding")
    """The encoding of the content, such as gzip."""

    object_manifest: str | UnsetType = msgspec.field(default=UNSET, name="X-Object-Manifest")
    """Makes this a dynamic large object over the segments at <container>/<prefix>."""

    symlink_target: str | UnsetType = msgspec.field(default=UNSET, name="X-Symlink-Target")
    """Makes this a symlink to <container>/<object> (send empty content)."""

    if_none_match: str | UnsetType = msgspec.field(default=UNSET, name="If-None-Match")
    """"*" stores the object only if none of that name exists (else 412)."""

    copy_from: str | UnsetType = msgspec.field(default=UNSET, name="X-Copy-From")
    """Copies the content of <container>/<object> instead (send empty content)."""

    copy_from_account: str | UnsetType = msgspec.field(default=UNSET, name="X-Copy-From-Account")
    """With copy_from, the account the source object is in, when not this one."""

    symlink_target_account: str | UnsetType = msgspec.field(
        default=UNSET, name="X-Symlink-Target-Account"
    )
    """With symlink_target, the account the target is in, when not this one."""

    detect_content_type: bool | UnsetType = msgspec.field(
        default=UNSET, name="X-Detect-Content-Type"
    )
    """Lets Swift guess the content type from the object's name, ignoring content_type."""

    locations: ClassVar[dict[str, str]] = {
        "multipart_manifest": "query",
        "temp_url_sig": "query",
        "temp_url_expires": "query",
        "content_type": "header",
        "etag": "header",
        "metadata": "header",
        "delete_at": "header",
        "delete_after": "header",
        "content_disposition": "header",
        "content_encoding": "header",
        "object_manifest": "header",
        "symlink_target": "header",
        "if_none_match": "header",
        "copy_from": "header",
        "copy_from_account": "header",
        "symlink_target_account": "header",
        "detect_content_type": "header",
    }


class CopyOpts(Options):
    """Options for :func:`copy`."""

    destination: str = msgspec.field(name="Destination")
    """Where to copy to, as <container>/<object>."""

    multipart_manifest: Literal["get"] | UnsetType = msgspec.field(
        default=UNSET, name="multipart-manifest"
    )
    """"get" copies a static large object's manifest itself instead of its joined content."""

    symlink: Literal["get"] | UnsetType = UNSET
    """"get" copies a symlink itself instead of its target."""

    destination_account: str | UnsetType = msgspec.field(default=UNSET, name="Destination-Account")
    """The account to copy into, when not this one."""

    content_type: str | UnsetType = msgspec.field(default=UNSET, name="Content-Type")
    """A content type for the copy."""

    metadata: dict[str, str] | UnsetType = msgspec.field(default=UNSET, name="X-Object-Meta-*")
    """Metadata for the copy, added to (or replacing) the original's."""

    fresh_metadata: bool | UnsetType = msgspec.field(default=UNSET, name="X-Fresh-Metadata")
    """Drops the original's metadata instead of copying it."""

    content_encoding: str | UnsetType = msgspec.field(default=UNSET, name="Content-Encoding")
    """A content encoding for the copy, such as gzip."""

    content_disposition: str | UnsetType = msgspec.field(default=UNSET, name="Content-Disposition")
    """How a browser should present the copy when downloading it."""

    locations: ClassVar[dict[str, str]] = {
        "multipart_manifest": "query",
        "symlink": "query",
        "destination": "header",
        "destination_account": "header",
        "content_type": "header",
        "metadata": "header",
        "fresh_metadata": "header",
        "content_encoding": "header",
        "content_disposition": "header",
    }


class GetOpts(Options):
    """Options for :func:`get`."""

    multipart_manifest: Literal["get"] | UnsetType = msgspec.field(
        default=UNSET, name="multipart-manifest"
    )
    """"get" describes a static large object's manifest instead of its joined content."""

    symlink: Literal["get"] | UnsetType = UNSET
    """"get" describes a symlink itself instead of its target."""

    temp_url_sig: str | UnsetType = UNSET
    """A temporary URL's HMAC signature (made with a Temp-URL key of the account or container);
    with temp_url_expires it authorises the call.
    """

    temp_url_expires: int | UnsetType = UNSET
    """When the temporary URL's signature stops being valid, as a UNIX time."""

    filename: str | UnsetType = UNSET
    """With a temporary URL, the file name the download suggests (Content-Disposition)."""

    newest: bool | UnsetType = msgspec.field(default=UNSET, name="X-Newest")
    """Asks every replica and answers from the newest one."""

    if_match: str | UnsetType = msgspec.field(default=UNSET, name="If-Match")
    """Only if the object's ETag matches (else 412)."""

    if_none_match: str | UnsetType = msgspec.field(default=UNSET, name="If-None-Match")
    """Only if the object's ETag differs (else 304)."""

    if_modified_since: str | UnsetType = msgspec.field(default=UNSET, name="If-Modified-Since")
    """Only if the object changed since this HTTP date (else 304)."""

    if_unmodified_since: str | UnsetType = msgspec.field(default=UNSET, name="If-Unmodified-Since")
    """Only if the object did not change since this HTTP date (else 412)."""

    locations: ClassVar[dict[str, str]] = {
        "multipart_manifest": "query",
        "symlink": "query",
        "temp_url_sig": "query",
        "temp_url_expires": "query",
        "filename": "query",
        "newest": "header",
        "if_match": "header",
        "if_none_match": "header",
        "if_modified_since": "header",
        "if_unmodified_since": "header",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    metadata: dict[str, str] | UnsetType = msgspec.field(default=UNSET, name="X-Object-Meta-*")
    """The object's new metadata, sent as X-Object-Meta-<key> headers."""

    content_type: str | UnsetType = msgspec.field(default=UNSET, name="Content-Type")
    """A new content type."""

    delete_at: int | UnsetType = msgspec.field(default=UNSET, name="X-Delete-At")
    """When to delete the object, as a UNIX time."""

    delete_after: int | UnsetType = msgspec.field(default=UNSET, name="X-Delete-After")
    """How many seconds from now to delete the object."""

    content_disposition: str | UnsetType = msgspec.field(default=UNSET, name="Content-Disposition")
    """How a browser should present the object when downloading it."""

    content_encoding: str | UnsetType = msgspec.field(default=UNSET, name="Content-Encoding")
    """The encoding of the content, such as gzip."""

    locations: ClassVar[dict[str, str]] = {
        "metadata": "header",
        "content_type": "header",
        "delete_at": "header",
        "delete_after": "header",
        "content_disposition": "header",
        "content_encoding": "header",
    }


class DeleteOpts(Options):
    """Options for :func:`delete`."""

    multipart_manifest: Literal["delete"] | UnsetType = msgspec.field(
        default=UNSET, name="multipart-manifest"
    )
    """"delete" deletes a static large object's segments too."""

    locations: ClassVar[dict[str, str]] = {
        "multipart_manifest": "query",
    }


def resource_url(client: ServiceClient, container: str, object_name: str) -> str:
    """The URL `/{container}/{object}`."""
    return client.url("/{container}/{object_name}", container=container, object_name=object_name)


def download(
    client: ServiceClient,
    container: str,
    object_name: str,
    opts: DownloadOpts | None = None,
) -> Download:
    """Streams an object's content (all of it, or a byte range).

    GET ``/{container}/{object}``

    Args:
        client: The object-store v1 service client.
        container: The name of the container.
        object_name: The name of the object (slashes and all).
        opts: The options of the request (:class:`DownloadOpts`).
    """
    return client.download(
        "GET",
        resource_url(client, container, object_name),
        ok=(200, 206),
        opts=opts,
    )


def upload(
    client: ServiceClient,
    container: str,
    object: str,
    data: bytes | IO[bytes] | Iterable[bytes],
    opts: UploadOpts | None = None,
) -> ObjectWritten:
    """Stores an object from a byte stream (bytes, a file or chunks), replacing any object of that
    name.

    PUT ``/{container}/{object}``

    Args:
        client: The object-store v1 service client.
        container: The name of the container.
        object: The name of the object (slashes and all).
        data: The bytes to send: bytes, a binary file or an iterable of chunks.
        opts: The options of the request (:class:`UploadOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, container, object),
        ok=(201,),
        opts=opts,
        body=data,
        content_type="application/octet-stream",
        response_type=ObjectWritten,
    )


def copy(
    client: ServiceClient,
    container: str,
    object: str,
    opts: CopyOpts,
) -> ObjectWritten:
    """Copies an object to another name, with its metadata unless told otherwise.

    COPY ``/{container}/{object}``

    Args:
        client: The object-store v1 service client.
        container: The name of the container.
        object: The name of the object (slashes and all).
        opts: The options of the request (:class:`CopyOpts`).
    """
    return client.call(
        "COPY",
        resource_url(client, container, object),
        ok=(201,),
        opts=opts,
        response_type=ObjectWritten,
    )


def get(
    client: ServiceClient,
    container: str,
    object: str,
    opts: GetOpts | None = None,
) -> ObjectInfo:
    """Shows an object's size, type, checksum and metadata, without its content.

    HEAD ``/{container}/{object}``

    Args:
        client: The object-store v1 service client.
        container: The name of the container.
        object: The name of the object (slashes and all).
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "HEAD",
        resource_url(client, container, object),
        ok=(200,),
        opts=opts,
        response_type=ObjectInfo,
    )


def update(
    client: ServiceClient,
    container: str,
    object: str,
    opts: UpdateOpts | None = None,
) -> None:
    """Replaces an object's custom metadata (the keys not sent are removed) and sets its expiry or
    content type.

    POST ``/{container}/{object}``

    Args:
        client: The object-store v1 service client.
        container: The name of the container.
        object: The name of the object (slashes and all).
        opts: The options of the request (:class:`UpdateOpts`).
    """
    client.call(
        "POST",
        resource_url(client, container, object),
        ok=(202,),
        opts=opts,
    )


def delete(
    client: ServiceClient,
    container: str,
    object: str,
    opts: DeleteOpts | None = None,
) -> None:
    """Deletes an object (with its segments, for a static large object and multipart-
    manifest=delete).

    DELETE ``/{container}/{object}``

    Args:
        client: The object-store v1 service client.
        container: The name of the container.
        object: The name of the object (slashes and all).
        opts: The options of the request (:class:`DeleteOpts`).
    """
    client.call(
        "DELETE",
        resource_url(client, container, object),
        ok=(204,),
        opts=opts,
    )
