"""The JSON schemas the image service publishes for its metadata definition resources:
namespaces, resource type associations, objects, properties and tags.
"""

# Generated from specs/image/v2/metadefs_schemas.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import Any

from typedstack.runtime import ServiceClient

__all__ = [
    "get_namespace",
    "get_namespaces",
    "get_resource_type",
    "get_resource_types",
    "get_object",
    "get_objects",
    "get_property",
    "get_properties",
    "get_tag",
    "get_tags",
    "get_namespace_url",
    "get_namespaces_url",
    "get_resource_type_url",
    "get_resource_types_url",
    "get_object_url",
    "get_objects_url",
    "get_property_url",
    "get_properties_url",
    "get_tag_url",
    "get_tags_url",
]


def get_namespace_url(client: ServiceClient) -> str:
    """The URL `/schemas/metadefs/namespace`."""
    return client.url("/schemas/metadefs/namespace")


def get_namespaces_url(client: ServiceClient) -> str:
    """The URL `/schemas/metadefs/namespaces`."""
    return client.url("/schemas/metadefs/namespaces")


def get_resource_type_url(client: ServiceClient) -> str:
    """The URL `/schemas/metadefs/resource_type`."""
    return client.url("/schemas/metadefs/resource_type")


def get_resource_types_url(client: ServiceClient) -> str:
    """The URL `/schemas/metadefs/resource_types`."""
    return client.url("/schemas/metadefs/resource_types")


def get_object_url(client: ServiceClient) -> str:
    """The URL `/schemas/metadefs/object`."""
    return client.url("/schemas/metadefs/object")


def get_objects_url(client: ServiceClient) -> str:
    """The URL `/schemas/metadefs/objects`."""
    return client.url("/schemas/metadefs/objects")


def get_property_url(client: ServiceClient) -> str:
    """The URL `/schemas/metadefs/property`."""
    return client.url("/schemas/metadefs/property")


def get_properties_url(client: ServiceClient) -> str:
    """The URL `/schemas/metadefs/properties`."""
    return client.url("/schemas/metadefs/properties")


def get_tag_url(client: ServiceClient) -> str:
    """The URL `/schemas/metadefs/tag`."""
    return client.url("/schemas/metadefs/tag")


def get_tags_url(client: ServiceClient) -> str:
    """The URL `/schemas/metadefs/tags`."""
    return client.url("/schemas/metadefs/tags")


def get_namespace(
    client: ServiceClient,
) -> dict[str, Any]:
    """Shows the JSON schema of a metadata definition namespace.

    GET ``/schemas/metadefs/namespace``

    Args:
        client: The image v2 service client.
    """
    return client.call(
        "GET",
        get_namespace_url(client),
        ok=(200,),
        response_type=dict[str, Any],
    )


def get_namespaces(
    client: ServiceClient,
) -> dict[str, Any]:
    """Shows the JSON schema of a list of metadata definition namespaces.

    GET ``/schemas/metadefs/namespaces``

    Args:
        client: The image v2 service client.
    """
    return client.call(
        "GET",
        get_namespaces_url(client),
        ok=(200,),
        response_type=dict[str, Any],
    )


def get_resource_type(
    client: ServiceClient,
) -> dict[str, Any]:
    """Shows the JSON schema of a resource type association.

    GET ``/schemas/metadefs/resource_type``

    Args:
        client: The image v2 service client.
    """
    return client.call(
        "GET",
        get_resource_type_url(client),
        ok=(200,),
        response_type=dict[str, Any],
    )


def get_resource_types(
    client: ServiceClient,
) -> dict[str, Any]:
    """Shows the JSON schema of a list of resource type associations.

    GET ``/schemas/metadefs/resource_types``

    Args:
        client: The image v2 service client.
    """
    return client.call(
        "GET",
        get_resource_types_url(client),
        ok=(200,),
        response_type=dict[str, Any],
    )


def get_object(
    client: ServiceClient,
) -> dict[str, Any]:
    """Shows the JSON schema of a metadata definition object.

    GET ``/schemas/metadefs/object``

    Args:
        client: The image v2 service client.
    """
    return client.call(
        "GET",
        get_object_url(client),
        ok=(200,),
        response_type=dict[str, Any],
    )


def get_objects(
    client: ServiceClient,
) -> dict[str, Any]:
    """Shows the JSON schema of a list of metadata definition objects.

    GET ``/schemas/metadefs/objects``

    Args:
        client: The image v2 service client.
    """
    return client.call(
        "GET",
        get_objects_url(client),
        ok=(200,),
        response_type=dict[str, Any],
    )


def get_property(
    client: ServiceClient,
) -> dict[str, Any]:
    """Shows the JSON schema of a metadata definition property.

    GET ``/schemas/metadefs/property``

    Args:
        client: The image v2 service client.
    """
    return client.call(
        "GET",
        get_property_url(client),
        ok=(200,),
        response_type=dict[str, Any],
    )


def get_properties(
    client: ServiceClient,
) -> dict[str, Any]:
    """Shows the JSON schema of a mapping of metadata definition properties.

    GET ``/schemas/metadefs/properties``

    Args:
        client: The image v2 service client.
    """
    return client.call(
        "GET",
        get_properties_url(client),
        ok=(200,),
        response_type=dict[str, Any],
    )


def get_tag(
    client: ServiceClient,
) -> dict[str, Any]:
    """Shows the JSON schema of a metadata definition tag.

    GET ``/schemas/metadefs/tag``

    Args:
        client: The image v2 service client.
    """
    return client.call(
        "GET",
        get_tag_url(client),
        ok=(200,),
        response_type=dict[str, Any],
    )


def get_tags(
    client: ServiceClient,
) -> dict[str, Any]:
    """Shows the JSON schema of a list of metadata definition tags.

    GET ``/schemas/metadefs/tags``

    Args:
        client: The image v2 service client.
    """
    return client.call(
        "GET",
        get_tags_url(client),
        ok=(200,),
        response_type=dict[str, Any],
    )
