"""Metadata definition resource types (such as OS::Glance::Image or OS::Nova::Flavor) and their
associations with namespaces, which say which namespaces apply to which kind of resource and
with which key prefix.
"""

# Generated from specs/image/v2/metadefs_resource_types.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "ResourceType",
    "ResourceTypeAssociation",
    "CreateAssociationOpts",
    "list",
    "list_associations",
    "create_association",
    "delete_association",
    "list_url",
    "list_associations_url",
    "delete_association_url",
]


class ResourceType(Model):
    """A resource type known to the metadata definitions."""

    name: str
    """The name of the resource type, such as OS::Glance::Image."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the resource type was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the resource type was last updated."""


class ResourceTypeAssociation(Model):
    """The association of a namespace with a resource type."""

    name: str
    """The name of the resource type."""

    prefix: str | UnsetType | None = UNSET
    """The prefix (with its separator, such as hw_ or hw:) of the namespace's properties on this
    resource type.
    """

    properties_target: str | UnsetType | None = UNSET
    """Which set of key/value pairs of the resource the properties go to, where it has several
    (such as image on volumes).
    """

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the association was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the association was last updated."""


class CreateAssociationOpts(Options):
    """Options for :func:`create_association`."""

    name: str
    """The name of the resource type, at most 80 characters."""

    prefix: str | UnsetType = UNSET
    """The prefix of the namespace's properties on this resource type, ending with a separator
    such as ':'.
    """

    properties_target: str | UnsetType = UNSET
    """Which set of key/value pairs of the resource the properties go to, where it has several."""


def list_url(client: ServiceClient) -> str:
    """The URL `/metadefs/resource_types`."""
    return client.url("/metadefs/resource_types")


def list_associations_url(client: ServiceClient, namespace_name: str) -> str:
    """The URL `/metadefs/namespaces/{namespace_name}/resource_types`."""
    return client.url(
        "/metadefs/namespaces/{namespace_name}/resource_types", namespace_name=namespace_name
    )


def delete_association_url(
    client: ServiceClient, namespace_name: str, resource_type_name: str
) -> str:
    """The URL `/metadefs/namespaces/{namespace_name}/resource_types/{name}`."""
    return client.url(
        "/metadefs/namespaces/{namespace_name}/resource_types/{resource_type_name}",
        namespace_name=namespace_name,
        resource_type_name=resource_type_name,
    )


def list(
    client: ServiceClient,
) -> builtins.list[ResourceType]:
    """Lists the known resource types.

    GET ``/metadefs/resource_types``

    Args:
        client: The image v2 service client.
    """
    return client.call(
        "GET",
        list_url(client),
        ok=(200,),
        response_key="resource_types",
        response_type=builtins.list[ResourceType],
    )


def list_associations(
    client: ServiceClient,
    namespace_name: str,
) -> builtins.list[ResourceTypeAssociation]:
    """Lists the resource type associations of a namespace.

    GET ``/metadefs/namespaces/{namespace_name}/resource_types``

    Args:
        client: The image v2 service client.
        namespace_name: The name of the namespace.
    """
    return client.call(
        "GET",
        list_associations_url(client, namespace_name),
        ok=(200,),
        response_key="resource_type_associations",
        response_type=builtins.list[ResourceTypeAssociation],
    )


def create_association(
    client: ServiceClient,
    namespace_name: str,
    opts: CreateAssociationOpts,
) -> ResourceTypeAssociation:
    """Associates a namespace with a resource type, creating the resource type if it does not exist
    yet.

    POST ``/metadefs/namespaces/{namespace_name}/resource_types``

    Args:
        client: The image v2 service client.
        namespace_name: The name of the namespace.
        opts: The options of the request (:class:`CreateAssociationOpts`).
    """
    return client.call(
        "POST",
        list_associations_url(client, namespace_name),
        ok=(201,),
        opts=opts,
        response_type=ResourceTypeAssociation,
    )


def delete_association(
    client: ServiceClient,
    namespace_name: str,
    resource_type_name: str,
) -> None:
    """Removes the association of a namespace with a resource type; the namespace must not be
    protected.

    DELETE ``/metadefs/namespaces/{namespace_name}/resource_types/{name}``

    Args:
        client: The image v2 service client.
        namespace_name: The name of the namespace.
        resource_type_name: The name of the resource type.
    """
    client.call(
        "DELETE",
        delete_association_url(client, namespace_name, resource_type_name),
        ok=(204,),
    )
