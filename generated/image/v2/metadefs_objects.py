"""Metadata definition objects: named groups of property definitions within a namespace (for
example the CPU limit keys of a flavor).
"""

# Generated from specs/image/v2/metadefs_objects.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime

import msgspec

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

from . import metadefs_properties

__all__ = [
    "MetadefObject",
    "CreateOpts",
    "UpdateOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "delete_all",
    "list_url",
    "resource_url",
]


class MetadefObject(Model):
    """An object definition."""

    name: str
    """The name of the object, at most 80 characters."""

    description: str | UnsetType | None = UNSET
    """A description of the object."""

    properties: dict[str, metadefs_properties.Property] | UnsetType | None = UNSET
    """The property definitions of the object, keyed by property name."""

    required: builtins.list[str] | UnsetType | None = UNSET
    """The names of the properties that are required."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the object was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the object was last updated."""

    self_link: str | UnsetType | None = msgspec.field(default=UNSET, name="self")
    """The path of the object."""

    schema: str | UnsetType | None = UNSET
    """The path of the JSON schema of an object."""


class CreateOpts(Options):
    """Options for :func:`create`."""

    name: str
    """The name of the object, at most 80 characters."""

    description: str | UnsetType = UNSET
    """A description of the object."""

    properties: dict[str, metadefs_properties.Property] | UnsetType = UNSET
    """The property definitions of the object, keyed by property name."""

    required: builtins.list[str] | UnsetType = UNSET
    """The names of the properties that are required."""


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str
    """The (new) name of the object."""

    description: str | UnsetType = UNSET
    """A description of the object."""

    properties: dict[str, metadefs_properties.Property] | UnsetType = UNSET
    """The property definitions of the object, keyed by property name."""

    required: builtins.list[str] | UnsetType = UNSET
    """The names of the properties that are required."""


def list_url(client: ServiceClient, namespace_name: str) -> str:
    """The URL `/metadefs/namespaces/{namespace_name}/objects`."""
    return client.url(
        "/metadefs/namespaces/{namespace_name}/objects", namespace_name=namespace_name
    )


def resource_url(client: ServiceClient, namespace_name: str, object_name: str) -> str:
    """The URL `/metadefs/namespaces/{namespace_name}/objects/{object_name}`."""
    return client.url(
        "/metadefs/namespaces/{namespace_name}/objects/{object_name}",
        namespace_name=namespace_name,
        object_name=object_name,
    )


def list(
    client: ServiceClient,
    namespace_name: str,
) -> builtins.list[MetadefObject]:
    """Lists the object definitions of a namespace (one page).

    GET ``/metadefs/namespaces/{namespace_name}/objects``

    Args:
        client: The image v2 service client.
        namespace_name: The name of the namespace.
    """
    return client.call(
        "GET",
        list_url(client, namespace_name),
        ok=(200,),
        response_key="objects",
        response_type=builtins.list[MetadefObject],
    )


def create(
    client: ServiceClient,
    namespace_name: str,
    opts: CreateOpts,
) -> MetadefObject:
    """Creates an object definition in a namespace.

    POST ``/metadefs/namespaces/{namespace_name}/objects``

    Args:
        client: The image v2 service client.
        namespace_name: The name of the namespace.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client, namespace_name),
        ok=(201,),
        opts=opts,
        response_type=MetadefObject,
    )


def get(
    client: ServiceClient,
    namespace_name: str,
    object_name: str,
) -> MetadefObject:
    """Shows an object definition.

    GET ``/metadefs/namespaces/{namespace_name}/objects/{object_name}``

    Args:
        client: The image v2 service client.
        namespace_name: The name of the namespace.
        object_name: The name of the object.
    """
    return client.call(
        "GET",
        resource_url(client, namespace_name, object_name),
        ok=(200,),
        response_type=MetadefObject,
    )


def update(
    client: ServiceClient,
    namespace_name: str,
    object_name: str,
    opts: UpdateOpts,
) -> MetadefObject:
    """Replaces an object definition: optional fields left out are removed. The object may be
    renamed.

    PUT ``/metadefs/namespaces/{namespace_name}/objects/{object_name}``

    Args:
        client: The image v2 service client.
        namespace_name: The name of the namespace.
        object_name: The name of the object.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, namespace_name, object_name),
        ok=(200,),
        opts=opts,
        response_type=MetadefObject,
    )


def delete(
    client: ServiceClient,
    namespace_name: str,
    object_name: str,
) -> None:
    """Deletes an object definition; the namespace must not be protected.

    DELETE ``/metadefs/namespaces/{namespace_name}/objects/{object_name}``

    Args:
        client: The image v2 service client.
        namespace_name: The name of the namespace.
        object_name: The name of the object.
    """
    client.call(
        "DELETE",
        resource_url(client, namespace_name, object_name),
        ok=(204,),
    )


def delete_all(
    client: ServiceClient,
    namespace_name: str,
) -> None:
    """Deletes every object definition of a namespace; the namespace must not be protected.

    DELETE ``/metadefs/namespaces/{namespace_name}/objects``

    Args:
        client: The image v2 service client.
        namespace_name: The name of the namespace.
    """
    client.call(
        "DELETE",
        list_url(client, namespace_name),
        ok=(204,),
    )
