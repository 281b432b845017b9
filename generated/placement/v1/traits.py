"""Traits are qualitative characteristics of resource providers (an SSD disk, a CPU flag).
Standard traits come from os-traits and are read-only; custom traits start with CUSTOM_.
Available from microversion 1.6.
"""

# Generated from specs/placement/v1/traits.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar

import msgspec

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "Created",
    "ProviderTraits",
    "ListOpts",
    "ReplaceProviderTraitsOpts",
    "list",
    "check",
    "create",
    "delete",
    "get_provider_traits",
    "replace_provider_traits",
    "delete_provider_traits",
    "list_url",
    "create_url",
    "get_provider_traits_url",
]


class Created(Model):
    """The result of creating a custom trait."""

    location: str | UnsetType | None = msgspec.field(default=UNSET, name="Location")
    """The URL of the trait."""

    header_fields: ClassVar[tuple[tuple[str, str], ...]] = (("location", "Location"),)


class ProviderTraits(Model):
    """The traits of a resource provider."""

    traits: builtins.list[str]
    """The names of the provider's traits."""

    resource_provider_generation: int
    """The provider's generation, to send back with the next change."""


class ListOpts(Options):
    """Options for :func:`list`."""

    name: str | UnsetType = UNSET
    """"startswith:PREFIX" for traits whose name begins with PREFIX, or "in:T1,T2" for traits
    among the given names.
    """

    associated: bool | UnsetType = UNSET
    """True for only the traits at least one provider has, false for only the traits no provider
    has.
    """

    locations: ClassVar[dict[str, str]] = {
        "name": "query",
        "associated": "query",
    }


class ReplaceProviderTraitsOpts(Options):
    """Options for :func:`replace_provider_traits`."""

    traits: builtins.list[str]
    """The names of the traits the provider will have; each must exist."""

    resource_provider_generation: int
    """The provider's current generation; a mismatch fails with 409."""


def list_url(client: ServiceClient) -> str:
    """The URL `/traits`."""
    return client.url("/traits")


def create_url(client: ServiceClient, name: str) -> str:
    """The URL `/traits/{name}`."""
    return client.url("/traits/{name}", name=name)


def get_provider_traits_url(client: ServiceClient, resource_provider_uuid: str) -> str:
    """The URL `/resource_providers/{resource_provider_uuid}/traits`."""
    return client.url(
        "/resource_providers/{resource_provider_uuid}/traits",
        resource_provider_uuid=resource_provider_uuid,
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> builtins.list[str]:
    """Lists trait names, optionally filtered; filters are combined with AND.

    Microversions: 1.6 and later.

    GET ``/traits``

    Args:
        client: The placement v1 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    client.check_operation_version("traits.list", "1.6", None)
    return client.call(
        "GET",
        list_url(client),
        ok=(200,),
        opts=opts,
        response_key="traits",
        response_type=builtins.list[str],
    )


def check(
    client: ServiceClient,
    name: str,
) -> bool:
    """Checks whether a trait exists.

    Microversions: 1.6 and later.

    GET ``/traits/{name}``

    Args:
        client: The placement v1 service client.
        name: The name of the trait.
    """
    client.check_operation_version("traits.check", "1.6", None)
    return client.exists(
        "GET",
        create_url(client, name),
        ok=(204,),
    )


def create(
    client: ServiceClient,
    name: str,
) -> Created:
    """Creates a custom trait; succeeds (204) if it already exists.

    Microversions: 1.6 and later.

    PUT ``/traits/{name}``

    Args:
        client: The placement v1 service client.
        name: The name of the trait; it must start with CUSTOM_.
    """
    client.check_operation_version("traits.create", "1.6", None)
    return client.call(
        "PUT",
        create_url(client, name),
        ok=(201, 204),
        response_type=Created,
    )


def delete(
    client: ServiceClient,
    name: str,
) -> None:
    """Deletes a custom trait; it fails with 409 while a provider has it.

    Microversions: 1.6 and later.

    DELETE ``/traits/{name}``

    Args:
        client: The placement v1 service client.
        name: The name of the custom trait.
    """
    client.check_operation_version("traits.delete", "1.6", None)
    client.call(
        "DELETE",
        create_url(client, name),
        ok=(204,),
    )


def get_provider_traits(
    client: ServiceClient,
    resource_provider_uuid: str,
) -> ProviderTraits:
    """Lists the traits of a resource provider.

    Microversions: 1.6 and later.

    GET ``/resource_providers/{resource_provider_uuid}/traits``

    Args:
        client: The placement v1 service client.
        resource_provider_uuid: The UUID of the resource provider.
    """
    client.check_operation_version("traits.get_provider_traits", "1.6", None)
    return client.call(
        "GET",
        get_provider_traits_url(client, resource_provider_uuid),
        ok=(200,),
        response_type=ProviderTraits,
    )


def replace_provider_traits(
    client: ServiceClient,
    resource_provider_uuid: str,
    opts: ReplaceProviderTraitsOpts,
) -> ProviderTraits:
    """Replaces all the traits of a resource provider, checking its generation.

    Microversions: 1.6 and later.

    PUT ``/resource_providers/{resource_provider_uuid}/traits``

    Args:
        client: The placement v1 service client.
        resource_provider_uuid: The UUID of the resource provider.
        opts: The options of the request (:class:`ReplaceProviderTraitsOpts`).
    """
    client.check_operation_version("traits.replace_provider_traits", "1.6", None)
    return client.call(
        "PUT",
        get_provider_traits_url(client, resource_provider_uuid),
        ok=(200,),
        opts=opts,
        response_type=ProviderTraits,
    )


def delete_provider_traits(
    client: ServiceClient,
    resource_provider_uuid: str,
) -> None:
    """Removes every trait from a resource provider. It does not check the generation; use
    replace_provider_traits with an empty list when that matters.

    Microversions: 1.6 and later.

    DELETE ``/resource_providers/{resource_provider_uuid}/traits``

    Args:
        client: The placement v1 service client.
        resource_provider_uuid: The UUID of the resource provider.
    """
    client.check_operation_version("traits.delete_provider_traits", "1.6", None)
    client.call(
        "DELETE",
        get_provider_traits_url(client, resource_provider_uuid),
        ok=(204,),
    )
