"""Resource providers are the entities that offer consumable inventory of one or more resource
classes (a compute node, a shared storage pool, a NIC). Providers can form trees through
parent_provider_uuid (microversion 1.14).
"""

# Generated from specs/placement/v1/resource_providers.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar

import msgspec

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "ResourceProvider",
    "Link",
    "Created",
    "ListOpts",
    "CreateOpts",
    "CreateLegacyOpts",
    "UpdateOpts",
    "list",
    "create",
    "create_legacy",
    "get",
    "update",
    "delete",
    "list_url",
    "resource_url",
]


class ResourceProvider(Model):
    """A resource provider."""

    generation: int
    """The provider's generation, a marker that changes on every update and guards against
    concurrent modification.
    """

    uuid: str
    """The UUID of the resource provider."""

    name: str
    """The name of the resource provider."""

    links: builtins.list[Link] | UnsetType | None = UNSET
    """Links to the provider and its related collections (aggregates from 1.1, traits from 1.6,
    allocations from 1.11).
    """

    parent_provider_uuid: str | UnsetType | None = UNSET
    """The UUID of the immediate parent provider; null for a root provider."""

    root_provider_uuid: str | UnsetType | None = UNSET
    """The UUID of the top-most provider of the provider's tree."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("parent_provider_uuid", "1.14", None),
        ("root_provider_uuid", "1.14", None),
    )


class Link(Model):
    """A link to a related resource."""

    href: str
    """The URL of the linked resource."""

    rel: str
    """The relation of the link (self, inventories, usages, ...)."""


class Created(Model):
    """The result of creating a provider before microversion 1.20, which has no body."""

    location: str | UnsetType | None = msgspec.field(default=UNSET, name="Location")
    """The URL of the new resource provider."""

    header_fields: ClassVar[tuple[tuple[str, str], ...]] = (("location", "Location"),)


class ListOpts(Options):
    """Options for :func:`list`."""

    name: str | UnsetType = UNSET
    """Only the provider with this name."""

    uuid: str | UnsetType = UNSET
    """Only the provider with this UUID."""

    member_of: str | UnsetType = UNSET
    """An aggregate UUID, or "in:" followed by comma-separated aggregate UUIDs; providers must
    belong to at least one of them. From 1.32 a leading "!" (or "!in:") excludes aggregates.
    """

    resources: str | UnsetType = UNSET
    """Comma-separated CLASS:AMOUNT pairs (VCPU:4,DISK_GB:64); providers must have capacity for
    all of them.
    """

    in_tree: str | UnsetType = UNSET
    """A provider UUID; only providers in the same provider tree."""

    required: str | UnsetType = UNSET
    """Comma-separated trait names the providers must have; from 1.22 a leading "!" forbids a
    trait, and from 1.39 "in:T1,T2" means any of them.
    """

    locations: ClassVar[dict[str, str]] = {
        "name": "query",
        "uuid": "query",
        "member_of": "query",
        "resources": "query",
        "in_tree": "query",
        "required": "query",
    }

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "member_of": ("1.3", None),
        "resources": ("1.4", None),
        "in_tree": ("1.14", None),
        "required": ("1.18", None),
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    name: str
    """The name of the new provider."""

    uuid: str | UnsetType = UNSET
    """The UUID to give the provider; generated when absent."""

    parent_provider_uuid: str | UnsetType = UNSET
    """The UUID of the parent provider, making the new provider part of its tree."""

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "parent_provider_uuid": ("1.14", None),
    }


class CreateLegacyOpts(Options):
    """Options for :func:`create_legacy`."""

    name: str
    """The name of the new provider."""

    uuid: str | UnsetType = UNSET
    """The UUID to give the provider; generated when absent."""

    parent_provider_uuid: str | UnsetType = UNSET
    """The UUID of the parent provider, making the new provider part of its tree."""

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "parent_provider_uuid": ("1.14", None),
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str
    """The name of the provider."""

    parent_provider_uuid: str | UnsetType | None = UNSET
    """The UUID of the parent provider. Before 1.37 it can only be set once; from 1.37 it can be
    changed, or set to null to make the provider a root.
    """

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "parent_provider_uuid": ("1.14", None),
    }


def list_url(client: ServiceClient) -> str:
    """The URL `/resource_providers`."""
    return client.url("/resource_providers")


def resource_url(client: ServiceClient, uuid: str) -> str:
    """The URL `/resource_providers/{uuid}`."""
    return client.url("/resource_providers/{uuid}", uuid=uuid)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> builtins.list[ResourceProvider]:
    """Lists resource providers, optionally filtered; all filters are combined with AND.

    GET ``/resource_providers``

    Args:
        client: The placement v1 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.call(
        "GET",
        list_url(client),
        ok=(200,),
        opts=opts,
        response_key="resource_providers",
        response_type=builtins.list[ResourceProvider],
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> ResourceProvider:
    """Creates a resource provider and returns it.

    Microversions: 1.20 and later.

    POST ``/resource_providers``

    Args:
        client: The placement v1 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    client.check_operation_version("resource_providers.create", "1.20", None)
    return client.call(
        "POST",
        list_url(client),
        ok=(200,),
        opts=opts,
        response_type=ResourceProvider,
    )


def create_legacy(
    client: ServiceClient,
    opts: CreateLegacyOpts,
) -> Created:
    """Creates a resource provider at microversions before 1.20, where the response has no body and
    only a Location header.

    Microversions: up to 1.19.

    POST ``/resource_providers``

    Args:
        client: The placement v1 service client.
        opts: The options of the request (:class:`CreateLegacyOpts`).
    """
    client.check_operation_version("resource_providers.create_legacy", None, "1.19")
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        response_type=Created,
    )


def get(
    client: ServiceClient,
    uuid: str,
) -> ResourceProvider:
    """Shows a resource provider.

    GET ``/resource_providers/{uuid}``

    Args:
        client: The placement v1 service client.
        uuid: The UUID of the resource provider.
    """
    return client.call(
        "GET",
        resource_url(client, uuid),
        ok=(200,),
        response_type=ResourceProvider,
    )


def update(
    client: ServiceClient,
    uuid: str,
    opts: UpdateOpts,
) -> ResourceProvider:
    """Updates the name or, from 1.14, the parent of a resource provider.

    PUT ``/resource_providers/{uuid}``

    Args:
        client: The placement v1 service client.
        uuid: The UUID of the resource provider.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, uuid),
        ok=(200,),
        opts=opts,
        response_type=ResourceProvider,
    )


def delete(
    client: ServiceClient,
    uuid: str,
) -> None:
    """Deletes a resource provider; it must have no allocations and no child providers.

    DELETE ``/resource_providers/{uuid}``

    Args:
        client: The placement v1 service client.
        uuid: The UUID of the resource provider.
    """
    client.call(
        "DELETE",
        resource_url(client, uuid),
        ok=(204,),
    )
