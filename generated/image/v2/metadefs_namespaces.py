"""Metadata definition namespaces: catalogs of well-known metadata keys (properties, objects of
properties and tags) that apply to resource types such as images, flavors or volumes. A
namespace name is unique across the cloud.
"""

# Generated from specs/image/v2/metadefs_namespaces.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from typing import ClassVar, Literal

import msgspec

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

from . import metadefs_objects, metadefs_properties, metadefs_resource_types, metadefs_tags

__all__ = [
    "Namespace",
    "ListOpts",
    "CreateOpts",
    "GetOpts",
    "UpdateOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "list_url",
    "resource_url",
]


class Namespace(Model):
    """A metadata definition namespace."""

    namespace: str
    """The name of the namespace, unique across the cloud."""

    display_name: str | UnsetType | None = UNSET
    """A user-friendly name of the namespace."""

    description: str | UnsetType | None = UNSET
    """A description of the namespace."""

    visibility: str | UnsetType | None = UNSET
    """Whether other projects can see the namespace."""

    protected: bool | UnsetType | None = UNSET
    """Whether the namespace and its contents are protected from deletion."""

    owner: str | UnsetType | None = UNSET
    """The ID of the project that owns the namespace."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the namespace was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the namespace was last updated."""

    resource_type_associations: (
        builtins.list[metadefs_resource_types.ResourceTypeAssociation] | UnsetType | None
    ) = UNSET
    """The resource types the namespace applies to."""

    properties: dict[str, metadefs_properties.Property] | UnsetType | None = UNSET
    """The property definitions of the namespace, keyed by name (get only)."""

    objects: builtins.list[metadefs_objects.MetadefObject] | UnsetType | None = UNSET
    """The object definitions of the namespace (get only)."""

    tags: builtins.list[metadefs_tags.Tag] | UnsetType | None = UNSET
    """The tag definitions of the namespace (get only)."""

    self_link: str | UnsetType | None = msgspec.field(default=UNSET, name="self")
    """The path of the namespace."""

    schema: str | UnsetType | None = UNSET
    """The path of the JSON schema of a namespace."""

    location: str | UnsetType | None = msgspec.field(default=UNSET, name="Location")
    """The URL of a newly created namespace (create only)."""

    header_fields: ClassVar[tuple[tuple[str, str], ...]] = (("location", "Location"),)


class ListOpts(Options):
    """Options for :func:`list`."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The name of the last namespace of the previous page."""

    visibility: Literal["public", "private"] | UnsetType = UNSET
    """Filters by visibility; both when omitted."""

    resource_types: str | UnsetType = UNSET
    """Comma-separated resource type names: only namespaces associated with one of them, such as
    OS::Glance::Image,OS::Nova::Flavor.
    """

    sort_key: Literal["namespace", "created_at", "updated_at"] | UnsetType = UNSET
    """Sorts by this attribute (default created_at)."""

    sort_dir: Literal["asc", "desc"] | UnsetType = UNSET
    """The sort direction (default desc)."""

    locations: ClassVar[dict[str, str]] = {
        "limit": "query",
        "marker": "query",
        "visibility": "query",
        "resource_types": "query",
        "sort_key": "query",
        "sort_dir": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    namespace: str
    """The name of the namespace, unique across the cloud."""

    display_name: str | UnsetType = UNSET
    """A user-friendly name of the namespace."""

    description: str | UnsetType = UNSET
    """A description of the namespace."""

    visibility: Literal["public", "private"] | UnsetType = UNSET
    """Whether other projects can see the namespace (default private)."""

    protected: bool | UnsetType = UNSET
    """Protects the namespace from deletion (default false)."""

    resource_type_associations: (
        builtins.list[metadefs_resource_types.ResourceTypeAssociation] | UnsetType
    ) = UNSET
    """Resource types the namespace applies to."""

    properties: dict[str, metadefs_properties.Property] | UnsetType = UNSET
    """Property definitions, keyed by name."""

    objects: builtins.list[metadefs_objects.MetadefObject] | UnsetType = UNSET
    """Object definitions."""

    tags: builtins.list[metadefs_tags.Tag] | UnsetType = UNSET
    """Tag definitions."""


class GetOpts(Options):
    """Options for :func:`get`."""

    resource_type: str | UnsetType = UNSET
    """A resource type associated with the namespace whose prefix is then applied to the
    property names in the response.
    """

    locations: ClassVar[dict[str, str]] = {
        "resource_type": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    namespace: str
    """The (new) name of the namespace."""

    display_name: str | UnsetType = UNSET
    """A user-friendly name of the namespace."""

    description: str | UnsetType = UNSET
    """A description of the namespace."""

    visibility: Literal["public", "private"] | UnsetType = UNSET
    """Whether other projects can see the namespace."""

    protected: bool | UnsetType = UNSET
    """Whether the namespace is protected from deletion."""


def list_url(client: ServiceClient) -> str:
    """The URL `/metadefs/namespaces`."""
    return client.url("/metadefs/namespaces")


def resource_url(client: ServiceClient, namespace_name: str) -> str:
    """The URL `/metadefs/namespaces/{namespace_name}`."""
    return client.url("/metadefs/namespaces/{namespace_name}", namespace_name=namespace_name)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Namespace]:
    """Lists the namespaces visible to the caller, following next links page by page.

    GET ``/metadefs/namespaces``

    Args:
        client: The image v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Namespace,
        response_key="namespaces",
        style=PageStyle("next", next_key="next"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> Namespace:
    """Creates a namespace, optionally with its resource type associations, properties, objects and
    tags.

    POST ``/metadefs/namespaces``

    Args:
        client: The image v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        response_type=Namespace,
    )


def get(
    client: ServiceClient,
    namespace_name: str,
    opts: GetOpts | None = None,
) -> Namespace:
    """Shows a namespace with its properties, objects, tags and resource type associations.

    GET ``/metadefs/namespaces/{namespace_name}``

    Args:
        client: The image v2 service client.
        namespace_name: The name of the namespace.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, namespace_name),
        ok=(200,),
        opts=opts,
        response_type=Namespace,
    )


def update(
    client: ServiceClient,
    namespace_name: str,
    opts: UpdateOpts,
) -> Namespace:
    """Replaces the attributes of a namespace: attributes left out go back to their defaults. Its
    properties, objects and associations are untouched.

    PUT ``/metadefs/namespaces/{namespace_name}``

    Args:
        client: The image v2 service client.
        namespace_name: The name of the namespace.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, namespace_name),
        ok=(200,),
        opts=opts,
        response_type=Namespace,
    )


def delete(
    client: ServiceClient,
    namespace_name: str,
) -> None:
    """Deletes a namespace with everything in it; it must not be protected.

    DELETE ``/metadefs/namespaces/{namespace_name}``

    Args:
        client: The image v2 service client.
        namespace_name: The name of the namespace.
    """
    client.call(
        "DELETE",
        resource_url(client, namespace_name),
        ok=(204,),
    )
