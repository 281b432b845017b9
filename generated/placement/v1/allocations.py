"""Allocations record the resources a consumer (an instance, a migration, ...) holds on resource
providers: for each provider, an amount per resource class. From microversion 1.28 consumers
carry a generation that guards against concurrent changes; from 1.38 a consumer type.
"""

# Generated from specs/placement/v1/allocations.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import ClassVar

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "ConsumerAllocations",
    "ProviderAllocation",
    "AllocationInput",
    "ConsumerAllocationsInput",
    "LegacyAllocation",
    "ProviderReference",
    "ProviderAllocations",
    "ConsumerResources",
    "UpdateOpts",
    "UpdateLegacyOpts",
    "get",
    "update",
    "update_legacy",
    "delete",
    "update_many",
    "get_provider_allocations",
    "resource_url",
    "update_many_url",
    "get_provider_allocations_url",
]


class ConsumerAllocations(Model):
    """The allocations of one consumer. For a consumer with no allocations only an empty
    allocations mapping is returned.
    """

    allocations: dict[str, ProviderAllocation]
    """The consumer's allocations, keyed by resource provider UUID."""

    consumer_generation: int | UnsetType | None = UNSET
    """The consumer's generation, to send back with the next change."""

    consumer_type: str | UnsetType | None = UNSET
    """The type of the consumer (INSTANCE, MIGRATION, ...)."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project the consumer belongs to."""

    user_id: str | UnsetType | None = UNSET
    """The ID of the user the consumer belongs to."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("consumer_generation", "1.28", None),
        ("consumer_type", "1.38", None),
        ("project_id", "1.12", None),
        ("user_id", "1.12", None),
    )


class ProviderAllocation(Model):
    """What a consumer holds on one resource provider."""

    generation: int
    """The resource provider's generation."""

    resources: dict[str, int]
    """The allocated amounts, keyed by resource class name."""


class AllocationInput(Model):
    """The resources to allocate on one resource provider."""

    resources: dict[str, int]
    """The amounts to allocate (each at least 1), keyed by resource class name."""

    generation: int | UnsetType | None = UNSET
    """The resource provider's generation; accepted for symmetry with reads, and ignored."""


class ConsumerAllocationsInput(Model):
    """The complete new allocations of one consumer, as sent to update_many."""

    allocations: dict[str, AllocationInput]
    """The allocations keyed by resource provider UUID; an empty mapping removes all the
    consumer's allocations.
    """

    project_id: str
    """The ID of the project the consumer belongs to."""

    user_id: str
    """The ID of the user the consumer belongs to."""

    consumer_generation: int | UnsetType | None = UNSET
    """Required from 1.28: the consumer's current generation, or null when the consumer is
    expected not to exist yet.
    """

    consumer_type: str | UnsetType | None = UNSET
    """Required from 1.38; the type of the consumer (INSTANCE, MIGRATION, ...)."""

    mappings: dict[str, list[str]] | UnsetType | None = UNSET
    """Request group suffixes mapped to the providers that satisfied them, as returned by
    allocation candidates; accepted and ignored.
    """

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("consumer_generation", "1.28", None),
        ("consumer_type", "1.38", None),
        ("mappings", "1.34", None),
    )


class LegacyAllocation(Model):
    """The resources to allocate on one provider, in the list form used before microversion
    1.12.
    """

    resource_provider: ProviderReference
    """The resource provider to allocate from."""

    resources: dict[str, int]
    """The amounts to allocate (each at least 1), keyed by resource class name."""


class ProviderReference(Model):
    """A reference to a resource provider."""

    uuid: str
    """The UUID of the resource provider."""


class ProviderAllocations(Model):
    """The allocations held against one resource provider."""

    allocations: dict[str, ConsumerResources]
    """The allocations keyed by consumer UUID."""

    resource_provider_generation: int
    """The resource provider's generation."""


class ConsumerResources(Model):
    """What one consumer holds on the provider."""

    resources: dict[str, int]
    """The allocated amounts, keyed by resource class name."""

    consumer_generation: int | UnsetType | None = UNSET
    """The generation of the consumer, which changes whenever its allocations do."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("consumer_generation", "1.28", None),
    )


class UpdateOpts(Options):
    """Options for :func:`update`."""

    allocations: dict[str, AllocationInput]
    """The allocations keyed by resource provider UUID; from 1.28 an empty mapping removes all
    the consumer's allocations.
    """

    project_id: str
    """The ID of the project the consumer belongs to."""

    user_id: str
    """The ID of the user the consumer belongs to."""

    consumer_generation: int | UnsetType | None = UNSET
    """Required from 1.28: the consumer's current generation, or null when the consumer is
    expected not to exist yet.
    """

    consumer_type: str | UnsetType = UNSET
    """Required from 1.38; the type of the consumer (INSTANCE, MIGRATION, ...)."""

    mappings: dict[str, list[str]] | UnsetType = UNSET
    """Request group suffixes mapped to the providers that satisfied them, as returned by
    allocation candidates; accepted and ignored.
    """

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "consumer_generation": ("1.28", None),
        "consumer_type": ("1.38", None),
        "mappings": ("1.34", None),
    }


class UpdateLegacyOpts(Options):
    """Options for :func:`update_legacy`."""

    allocations: list[LegacyAllocation]
    """The allocations, one entry per resource provider."""

    project_id: str | UnsetType = UNSET
    """Required from 1.8; the ID of the project the consumer belongs to."""

    user_id: str | UnsetType = UNSET
    """Required from 1.8; the ID of the user the consumer belongs to."""

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "project_id": ("1.8", None),
        "user_id": ("1.8", None),
    }


def resource_url(client: ServiceClient, consumer_uuid: str) -> str:
    """The URL `/allocations/{consumer_uuid}`."""
    return client.url("/allocations/{consumer_uuid}", consumer_uuid=consumer_uuid)


def update_many_url(client: ServiceClient) -> str:
    """The URL `/allocations`."""
    return client.url("/allocations")


def get_provider_allocations_url(client: ServiceClient, resource_provider_uuid: str) -> str:
    """The URL `/resource_providers/{resource_provider_uuid}/allocations`."""
    return client.url(
        "/resource_providers/{resource_provider_uuid}/allocations",
        resource_provider_uuid=resource_provider_uuid,
    )


def get(
    client: ServiceClient,
    consumer_uuid: str,
) -> ConsumerAllocations:
    """Lists the allocations of a consumer on every resource provider.

    GET ``/allocations/{consumer_uuid}``

    Args:
        client: The placement v1 service client.
        consumer_uuid: The UUID of the consumer.
    """
    return client.call(
        "GET",
        resource_url(client, consumer_uuid),
        ok=(200,),
        response_type=ConsumerAllocations,
    )


def update(
    client: ServiceClient,
    consumer_uuid: str,
    opts: UpdateOpts,
) -> None:
    """Sets the allocations of a consumer, replacing any it has (microversion 1.12 and later, keyed
    by resource provider).

    Microversions: 1.12 and later.

    PUT ``/allocations/{consumer_uuid}``

    Args:
        client: The placement v1 service client.
        consumer_uuid: The UUID of the consumer.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    client.check_operation_version("allocations.update", "1.12", None)
    client.call(
        "PUT",
        resource_url(client, consumer_uuid),
        ok=(204,),
        opts=opts,
    )


def update_legacy(
    client: ServiceClient,
    consumer_uuid: str,
    opts: UpdateLegacyOpts,
) -> None:
    """Sets the allocations of a consumer at microversions 1.0 to 1.11, where they are sent as a
    list of provider and resources pairs.

    Microversions: up to 1.11.

    PUT ``/allocations/{consumer_uuid}``

    Args:
        client: The placement v1 service client.
        consumer_uuid: The UUID of the consumer.
        opts: The options of the request (:class:`UpdateLegacyOpts`).
    """
    client.check_operation_version("allocations.update_legacy", None, "1.11")
    client.call(
        "PUT",
        resource_url(client, consumer_uuid),
        ok=(204,),
        opts=opts,
    )


def delete(
    client: ServiceClient,
    consumer_uuid: str,
) -> None:
    """Deletes all the allocations of a consumer.

    DELETE ``/allocations/{consumer_uuid}``

    Args:
        client: The placement v1 service client.
        consumer_uuid: The UUID of the consumer.
    """
    client.call(
        "DELETE",
        resource_url(client, consumer_uuid),
        ok=(204,),
    )


def update_many(
    client: ServiceClient,
    body: dict[str, ConsumerAllocationsInput],
) -> None:
    """Atomically sets (or, with empty allocations, removes) the allocations of several consumers,
    as a move operation needs.

    Microversions: 1.13 and later.

    POST ``/allocations``

    Args:
        client: The placement v1 service client.
        body: The request body (map<ConsumerAllocationsInput>).
    """
    client.check_operation_version("allocations.update_many", "1.13", None)
    client.call(
        "POST",
        update_many_url(client),
        ok=(204,),
        body=body,
    )


def get_provider_allocations(
    client: ServiceClient,
    resource_provider_uuid: str,
) -> ProviderAllocations:
    """Lists the allocations held against a resource provider, by consumer.

    GET ``/resource_providers/{resource_provider_uuid}/allocations``

    Args:
        client: The placement v1 service client.
        resource_provider_uuid: The UUID of the resource provider.
    """
    return client.call(
        "GET",
        get_provider_allocations_url(client, resource_provider_uuid),
        ok=(200,),
        response_type=ProviderAllocations,
    )
