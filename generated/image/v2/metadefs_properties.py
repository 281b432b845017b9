"""Metadata definition properties: the typed keys a namespace defines, each described by a
subset of JSON schema (type, title, allowed values, bounds).
"""

# Generated from specs/image/v2/metadefs_properties.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

import msgspec

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "Property",
    "PropertyItems",
    "CreateOpts",
    "GetOpts",
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


class Property(Model):
    """A property definition."""

    name: str | UnsetType | None = UNSET
    """The name of the property (absent when the property is a value of a name-keyed mapping)."""

    title: str | UnsetType | None = UNSET
    """A human-readable title of the property."""

    type: str | UnsetType | None = UNSET
    """The JSON type of the property's values."""

    description: str | UnsetType | None = UNSET
    """A description of the property."""

    default: Any | UnsetType | None = UNSET
    """The default value of the property."""

    enum: builtins.list[str] | UnsetType | None = UNSET
    """The allowed values."""

    operators: builtins.list[str] | UnsetType | None = UNSET
    """Operators that may prefix a value, such as "<or>"."""

    readonly: bool | UnsetType | None = UNSET
    """Whether the property is read only."""

    minimum: int | UnsetType | None = UNSET
    """The smallest allowed value (integer and number types; kept as a whole number)."""

    maximum: int | UnsetType | None = UNSET
    """The largest allowed value (integer and number types; kept as a whole number)."""

    pattern: str | UnsetType | None = UNSET
    """A regular expression (ECMA 262) that string values must match."""

    min_length: int | UnsetType | None = msgspec.field(default=UNSET, name="minLength")
    """The shortest allowed string length."""

    max_length: int | UnsetType | None = msgspec.field(default=UNSET, name="maxLength")
    """The longest allowed string length."""

    items: PropertyItems | UnsetType | None = UNSET
    """What the items of an array value may be."""

    unique_items: bool | UnsetType | None = msgspec.field(default=UNSET, name="uniqueItems")
    """Whether the items of an array value must be distinct."""

    min_items: int | UnsetType | None = msgspec.field(default=UNSET, name="minItems")
    """The fewest items an array value may have."""

    max_items: int | UnsetType | None = msgspec.field(default=UNSET, name="maxItems")
    """The most items an array value may have."""

    additional_items: bool | UnsetType | None = msgspec.field(
        default=UNSET, name="additionalItems"
    )
    """Whether an array value may have more items than the item schemas listed."""


class PropertyItems(Model):
    """The schema of the items of an array property."""

    type: str | UnsetType | None = UNSET
    """The JSON type of the items."""

    enum: builtins.list[str] | UnsetType | None = UNSET
    """The allowed item values."""


class CreateOpts(Options):
    """Options for :func:`create`."""

    name: str
    """The name of the property, at most 80 characters."""

    title: str
    """A human-readable title of the property."""

    type: Literal["array", "boolean", "integer", "number", "object", "string"]
    """The JSON type of the property's values."""

    description: str | UnsetType = UNSET
    """A description of the property."""

    default: Any | UnsetType = UNSET
    """The default value of the property."""

    enum: builtins.list[str] | UnsetType = UNSET
    """The allowed values."""

    operators: builtins.list[str] | UnsetType = UNSET
    """Operators that may prefix a value, such as "<or>"."""

    readonly: bool | UnsetType = UNSET
    """Whether the property is read only."""

    minimum: int | UnsetType = UNSET
    """The smallest allowed value (integer and number types; kept as a whole number)."""

    maximum: int | UnsetType = UNSET
    """The largest allowed value (integer and number types; kept as a whole number)."""

    pattern: str | UnsetType = UNSET
    """A regular expression (ECMA 262) that string values must match."""

    min_length: int | UnsetType = msgspec.field(default=UNSET, name="minLength")
    """The shortest allowed string length."""

    max_length: int | UnsetType = msgspec.field(default=UNSET, name="maxLength")
    """The longest allowed string length."""

    items: PropertyItems | UnsetType = UNSET
    """What the items of an array value may be."""

    unique_items: bool | UnsetType = msgspec.field(default=UNSET, name="uniqueItems")
    """Whether the items of an array value must be distinct."""

    min_items: int | UnsetType = msgspec.field(default=UNSET, name="minItems")
    """The fewest items an array value may have."""

    max_items: int | UnsetType = msgspec.field(default=UNSET, name="maxItems")
    """The most items an array value may have."""

    additional_items: bool | UnsetType = msgspec.field(default=UNSET, name="additionalItems")
    """Whether an array value may have more items than the item schemas listed."""


class GetOpts(Options):
    """Options for :func:`get`."""

    resource_type: str | UnsetType = UNSET
    """A resource type associated with the namespace: property_name is then given with that
    association's prefix, which is removed before lookup.
    """

    locations: ClassVar[dict[str, str]] = {
        "resource_type": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str
    """The (new) name of the property, at most 80 characters."""

    title: str
    """A human-readable title of the property."""

    type: Literal["array", "boolean", "integer", "number", "object", "string"]
    """The JSON type of the property's values."""

    description: str | UnsetType = UNSET
    """A description of the property."""

    default: Any | UnsetType = UNSET
    """The default value of the property."""

    enum: builtins.list[str] | UnsetType = UNSET
    """The allowed values."""

    operators: builtins.list[str] | UnsetType = UNSET
    """Operators that may prefix a value, such as "<or>"."""

    readonly: bool | UnsetType = UNSET
    """Whether the property is read only."""

    minimum: int | UnsetType = UNSET
    """The smallest allowed value (integer and number types; kept as a whole number)."""

    maximum: int | UnsetType = UNSET
    """The largest allowed value (integer and number types; kept as a whole number)."""

    pattern: str | UnsetType = UNSET
    """A regular expression (ECMA 262) that string values must match."""

    min_length: int | UnsetType = msgspec.field(default=UNSET, name="minLength")
    """The shortest allowed string length."""

    max_length: int | UnsetType = msgspec.field(default=UNSET, name="maxLength")
    """The longest allowed string length."""

    items: PropertyItems | UnsetType = UNSET
    """What the items of an array value may be."""

    unique_items: bool | UnsetType = msgspec.field(default=UNSET, name="uniqueItems")
    """Whether the items of an array value must be distinct."""

    min_items: int | UnsetType = msgspec.field(default=UNSET, name="minItems")
    """The fewest items an array value may have."""

    max_items: int | UnsetType = msgspec.field(default=UNSET, name="maxItems")
    """The most items an array value may have."""

    additional_items: bool | UnsetType = msgspec.field(default=UNSET, name="additionalItems")
    """Whether an array value may have more items than the item schemas listed."""


def list_url(client: ServiceClient, namespace_name: str) -> str:
    """The URL `/metadefs/namespaces/{namespace_name}/properties`."""
    return client.url(
        "/metadefs/namespaces/{namespace_name}/properties", namespace_name=namespace_name
    )


def resource_url(client: ServiceClient, namespace_name: str, property_name: str) -> str:
    """The URL `/metadefs/namespaces/{namespace_name}/properties/{property_name}`."""
    return client.url(
        "/metadefs/namespaces/{namespace_name}/properties/{property_name}",
        namespace_name=namespace_name,
        property_name=property_name,
    )


def list(
    client: ServiceClient,
    namespace_name: str,
) -> dict[str, Property]:
    """Lists the property definitions of a namespace, keyed by property name.

    GET ``/metadefs/namespaces/{namespace_name}/properties``

    Args:
        client: The image v2 service client.
        namespace_name: The name of the namespace.
    """
    return client.call(
        "GET",
        list_url(client, namespace_name),
        ok=(200,),
        response_key="properties",
        response_type=dict[str, Property],
    )


def create(
    client: ServiceClient,
    namespace_name: str,
    opts: CreateOpts,
) -> Property:
    """Creates a property definition in a namespace.

    POST ``/metadefs/namespaces/{namespace_name}/properties``

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
        response_type=Property,
    )


def get(
    client: ServiceClient,
    namespace_name: str,
    property_name: str,
    opts: GetOpts | None = None,
) -> Property:
    """Shows a property definition.

    GET ``/metadefs/namespaces/{namespace_name}/properties/{property_name}``

    Args:
        client: The image v2 service client.
        namespace_name: The name of the namespace.
        property_name: The name of the property.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, namespace_name, property_name),
        ok=(200,),
        opts=opts,
        response_type=Property,
    )


def update(
    client: ServiceClient,
    namespace_name: str,
    property_name: str,
    opts: UpdateOpts,
) -> Property:
    """Replaces a property definition (it may be renamed).

    PUT ``/metadefs/namespaces/{namespace_name}/properties/{property_name}``

    Args:
        client: The image v2 service client.
        namespace_name: The name of the namespace.
        property_name: The name of the property.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, namespace_name, property_name),
        ok=(200,),
        opts=opts,
        response_type=Property,
    )


def delete(
    client: ServiceClient,
    namespace_name: str,
    property_name: str,
) -> None:
    """Deletes a property definition; the namespace must not be protected.

    DELETE ``/metadefs/namespaces/{namespace_name}/properties/{property_name}``

    Args:
        client: The image v2 service client.
        namespace_name: The name of the namespace.
        property_name: The name of the property.
    """
    client.call(
        "DELETE",
        resource_url(client, namespace_name, property_name),
        ok=(204,),
    )


def delete_all(
    client: ServiceClient,
    namespace_name: str,
) -> None:
    """Deletes every property definition of a namespace; the namespace must not be protected.

    DELETE ``/metadefs/namespaces/{namespace_name}/properties``

    Args:
        client: The image v2 service client.
        namespace_name: The name of the namespace.
    """
    client.call(
        "DELETE",
        list_url(client, namespace_name),
        ok=(204,),
    )
