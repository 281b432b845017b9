"""The account: the top of a project's object storage. Its containers are listed by name, its
totals and metadata come back as response headers, and its metadata is set with X-Account-
Meta-* headers.
"""

# Generated from specs/object_store/v1/account.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import ClassVar

import msgspec

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "AccountInfo",
    "Container",
    "ListOpts",
    "GetOpts",
    "UpdateOpts",
    "list",
    "get",
    "update",
    "delete",
    "resource_url",
]


class AccountInfo(Model):
    """The totals and metadata of the account, read from response headers."""

    container_count: int | UnsetType | None = msgspec.field(
        default=UNSET, name="X-Account-Container-Count"
    )
    """How many containers the account holds."""

    object_count: int | UnsetType | None = msgspec.field(
        default=UNSET, name="X-Account-Object-Count"
    )
    """How many objects the account holds, in all containers."""

    bytes_used: int | UnsetType | None = msgspec.field(default=UNSET, name="X-Account-Bytes-Used")
    """The bytes stored in the account, in all containers."""

    timestamp: str | UnsetType | None = msgspec.field(default=UNSET, name="X-Timestamp")
    """When the account was created, as a UNIX timestamp with fractions."""

    metadata: dict[str, str] | UnsetType | None = msgspec.field(
        default=UNSET, name="X-Account-Meta-*"
    )
    """The account's custom metadata (X-Account-Meta-<key> headers), keys in lower case."""

    temp_url_key: str | UnsetType | None = msgspec.field(
        default=UNSET, name="X-Account-Meta-Temp-URL-Key"
    )
    """The first secret key for signing temporary URLs (owners only)."""

    temp_url_key_2: str | UnsetType | None = msgspec.field(
        default=UNSET, name="X-Account-Meta-Temp-URL-Key-2"
    )
    """The second secret key for signing temporary URLs (owners only)."""

    access_control: str | UnsetType | None = msgspec.field(
        default=UNSET, name="X-Account-Access-Control"
    )
    """The account's access control list, as JSON (owners only)."""

    storage_policy_usage: dict[str, str] | UnsetType | None = msgspec.field(
        default=UNSET, name="X-Account-Storage-Policy-*"
    )
    """Per storage policy totals (X-Account-Storage-Policy-<policy>-Bytes-Used, -Container-Count
    and -Object-Count headers), keyed by "<policy>-bytes-used" and so on in lower case; the
    values are decimal integers.
    """

    header_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("container_count", "X-Account-Container-Count"),
        ("object_count", "X-Account-Object-Count"),
        ("bytes_used", "X-Account-Bytes-Used"),
        ("timestamp", "X-Timestamp"),
        ("metadata", "X-Account-Meta-*"),
        ("temp_url_key", "X-Account-Meta-Temp-URL-Key"),
        ("temp_url_key_2", "X-Account-Meta-Temp-URL-Key-2"),
        ("access_control", "X-Account-Access-Control"),
        ("storage_policy_usage", "X-Account-Storage-Policy-*"),
    )

    secret_fields: ClassVar[frozenset[str]] = frozenset({"temp_url_key", "temp_url_key_2"})


class Container(Model):
    """A container, as the account listing shows it; with a delimiter, a rolled-up name prefix
    shows as an entry with only subdir set.
    """

    name: str | UnsetType | None = UNSET
    """The name of the container."""

    count: int | UnsetType | None = UNSET
    """How many objects the container holds."""

    bytes: int | UnsetType | None = UNSET
    """The bytes stored in the container."""

    last_modified: str | UnsetType | None = UNSET
    """When the container last changed (ISO 8601, UTC, no zone suffix)."""

    storage_policy: str | UnsetType | None = UNSET
    """The name of the container's storage policy; absent when Swift cannot tell (a policy
    missing from its configuration).
    """

    subdir: str | UnsetType | None = UNSET
    """A name prefix rolled up by the delimiter (then the other fields are absent)."""


class ListOpts(Options):
    """Options for :func:`list`."""

    limit: int | UnsetType = UNSET
    """The page size (at most 10,000, the default)."""

    marker: str | UnsetType = UNSET
    """Only containers whose names sort after this one."""

    end_marker: str | UnsetType = UNSET
    """Only containers whose names sort before this one."""

    prefix: str | UnsetType = UNSET
    """Only containers whose names start with this."""

    delimiter: str | UnsetType = UNSET
    """A character that rolls names up to the first occurrence after the prefix."""

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
        "reverse": "query",
        "newest": "header",
    }


class GetOpts(Options):
    """Options for :func:`get`."""

    newest: bool | UnsetType = msgspec.field(default=UNSET, name="X-Newest")
    """Asks every replica and answers from the newest one."""

    locations: ClassVar[dict[str, str]] = {
        "newest": "header",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    metadata: dict[str, str] | UnsetType = msgspec.field(default=UNSET, name="X-Account-Meta-*")
    """Metadata to set, sent as X-Account-Meta-<key> headers."""

    temp_url_key: str | UnsetType = msgspec.field(
        default=UNSET, name="X-Account-Meta-Temp-URL-Key"
    )
    """The first key for signing temporary URLs."""

    temp_url_key_2: str | UnsetType = msgspec.field(
        default=UNSET, name="X-Account-Meta-Temp-URL-Key-2"
    )
    """The second key for signing temporary URLs (for rotating keys)."""

    access_control: str | UnsetType = msgspec.field(default=UNSET, name="X-Account-Access-Control")
    """The account's access control list, as JSON (reseller admins only)."""

    locations: ClassVar[dict[str, str]] = {
        "metadata": "header",
        "temp_url_key": "header",
        "temp_url_key_2": "header",
        "access_control": "header",
    }

    secret_fields: ClassVar[frozenset[str]] = frozenset({"temp_url_key", "temp_url_key_2"})


def resource_url(client: ServiceClient) -> str:
    """The URL `/`."""
    return client.url("/")


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Container]:
    """Lists the containers of the account, in name order, every page.

    GET ``/``

    Args:
        client: The object-store v1 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        resource_url(client),
        ok=(200, 204),
        item_type=Container,
        response_key=None,
        style=PageStyle("marker", marker_field="name | subdir"),
        opts=opts,
    )


def get(
    client: ServiceClient,
    opts: GetOpts | None = None,
) -> AccountInfo:
    """Shows the account's totals and metadata.

    HEAD ``/``

    Args:
        client: The object-store v1 service client.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "HEAD",
        resource_url(client),
        ok=(200, 204),
        opts=opts,
        response_type=AccountInfo,
    )


def update(
    client: ServiceClient,
    opts: UpdateOpts | None = None,
) -> None:
    """Sets, changes or removes account metadata; a key set to an empty string is removed.

    POST ``/``

    Args:
        client: The object-store v1 service client.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    client.call(
        "POST",
        resource_url(client),
        ok=(204,),
        opts=opts,
    )


def delete(
    client: ServiceClient,
) -> None:
    """Deletes the account (reseller admins only; the account must be empty of data to be reaped).

    DELETE ``/``

    Args:
        client: The object-store v1 service client.
    """
    client.call(
        "DELETE",
        resource_url(client),
        ok=(204,),
    )
