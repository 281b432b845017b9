"""Metadata definition tags: plain names a namespace offers as tags for the resources it applies
to.
"""

# Generated from specs/image/v2/metadefs_tags.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from typing import ClassVar, Literal

import msgspec

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "Tag",
    "TagName",
    "ListOpts",
    "CreateTagsOpts",
    "UpdateOpts",
    "list",
    "create_tags",
    "delete_all",
    "create",
    "get",
    "update",
    "delete",
    "list_url",
    "resource_url",
]


class Tag(Model):
    """A tag definition."""

    name: str
    """The name of the tag, at most 80 characters."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the tag was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the tag was last updated."""


class TagName(Model):
    """The name of a tag to create."""

    name: str
    """The name of the tag, at most 80 characters."""


class ListOpts(Options):
    """Options for :func:`list`."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The name of the last tag of the previous page."""

    sort_key: Literal["name", "created_at", "updated_at"] | UnsetType = UNSET
    """Sorts by this attribute (default created_at)."""

    sort_dir: Literal["asc", "desc"] | UnsetType = UNSET
    """The sort direction (default desc)."""

    locations: ClassVar[dict[str, str]] = {
        "limit": "query",
        "marker": "query",
        "sort_key": "query",
        "sort_dir": "query",
    }


class CreateTagsOpts(Options):
    """Options for :func:`create_tags`."""

    tags: builtins.list[TagName]
    """The tags to create."""

    append: bool | UnsetType = msgspec.field(default=UNSET, name="X-Openstack-Append")
    """When true, adds the tags to the existing ones instead of replacing them."""

    locations: ClassVar[dict[str, str]] = {
        "append": "header",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str
    """The new name of the tag."""


def list_url(client: ServiceClient, namespace_name: str) -> str:
    """The URL `/metadefs/namespaces/{namespace_name}/tags`."""
    return client.url("/metadefs/namespaces/{namespace_name}/tags", namespace_name=namespace_name)


def resource_url(client: ServiceClient, namespace_name: str, tag_name: str) -> str:
    """The URL `/metadefs/namespaces/{namespace_name}/tags/{tag_name}`."""
    return client.url(
        "/metadefs/namespaces/{namespace_name}/tags/{tag_name}",
        namespace_name=namespace_name,
        tag_name=tag_name,
    )


def list(
    client: ServiceClient,
    namespace_name: str,
    opts: ListOpts | None = None,
) -> Pager[Tag]:
    """Lists the tag definitions of a namespace, page by page (the list items carry only the name).

    GET ``/metadefs/namespaces/{namespace_name}/tags``

    Args:
        client: The image v2 service client.
        namespace_name: The name of the namespace.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client, namespace_name),
        ok=(200,),
        item_type=Tag,
        response_key="tags",
        style=PageStyle("marker", marker_field="name"),
        opts=opts,
    )


def create_tags(
    client: ServiceClient,
    namespace_name: str,
    opts: CreateTagsOpts,
) -> builtins.list[Tag]:
    """Creates several tag definitions at once, replacing the namespace's existing tags unless
    append is set.

    POST ``/metadefs/namespaces/{namespace_name}/tags``

    Args:
        client: The image v2 service client.
        namespace_name: The name of the namespace.
        opts: The options of the request (:class:`CreateTagsOpts`).
    """
    return client.call(
        "POST",
        list_url(client, namespace_name),
        ok=(201,),
        opts=opts,
        response_key="tags",
        response_type=builtins.list[Tag],
    )


def delete_all(
    client: ServiceClient,
    namespace_name: str,
) -> None:
    """Deletes every tag definition of a namespace; the namespace must not be protected.

    DELETE ``/metadefs/namespaces/{namespace_name}/tags``

    Args:
        client: The image v2 service client.
        namespace_name: The name of the namespace.
    """
    client.call(
        "DELETE",
        list_url(client, namespace_name),
        ok=(204,),
    )


def create(
    client: ServiceClient,
    namespace_name: str,
    tag_name: str,
) -> Tag:
    """Creates a tag definition with the name given in the path.

    POST ``/metadefs/namespaces/{namespace_name}/tags/{tag_name}``

    Args:
        client: The image v2 service client.
        namespace_name: The name of the namespace.
        tag_name: The name of the tag, at most 80 characters.
    """
    return client.call(
        "POST",
        resource_url(client, namespace_name, tag_name),
        ok=(201,),
        response_type=Tag,
    )


def get(
    client: ServiceClient,
    namespace_name: str,
    tag_name: str,
) -> Tag:
    """Shows a tag definition.

    GET ``/metadefs/namespaces/{namespace_name}/tags/{tag_name}``

    Args:
        client: The image v2 service client.
        namespace_name: The name of the namespace.
        tag_name: The name of the tag.
    """
    return client.call(
        "GET",
        resource_url(client, namespace_name, tag_name),
        ok=(200,),
        response_type=Tag,
    )


def update(
    client: ServiceClient,
    namespace_name: str,
    tag_name: str,
    opts: UpdateOpts,
) -> Tag:
    """Renames a tag definition.

    PUT ``/metadefs/namespaces/{namespace_name}/tags/{tag_name}``

    Args:
        client: The image v2 service client.
        namespace_name: The name of the namespace.
        tag_name: The current name of the tag.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, namespace_name, tag_name),
        ok=(200,),
        opts=opts,
        response_type=Tag,
    )


def delete(
    client: ServiceClient,
    namespace_name: str,
    tag_name: str,
) -> None:
    """Deletes a tag definition; the namespace must not be protected.

    DELETE ``/metadefs/namespaces/{namespace_name}/tags/{tag_name}``

    Args:
        client: The image v2 service client.
        namespace_name: The name of the namespace.
        tag_name: The name of the tag.
    """
    client.call(
        "DELETE",
        resource_url(client, namespace_name, tag_name),
        ok=(204,),
    )
