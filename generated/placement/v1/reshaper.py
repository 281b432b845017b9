"""The reshaper atomically moves inventory and the allocations that use it between resource
providers, for instance when a class of inventory moves from a compute node to a new child
provider. Available from microversion 1.30; meant for rare topology changes only.
"""

# Generated from specs/placement/v1/reshaper.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import ClassVar

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "ProviderInventories",
    "InventoryInput",
    "ConsumerAllocationsInput",
    "AllocationInput",
    "ReshapeOpts",
    "reshape",
    "reshape_url",
]


class ProviderInventories(Model):
    """The complete new inventory of one resource provider."""

    resource_provider_generation: int
    """The provider's current generation; a mismatch fails with 409."""

    inventories: dict[str, InventoryInput]
    """The inventory records keyed by resource class name; an empty mapping removes them all."""


class InventoryInput(Model):
    """An inventory record to write; only total is mandatory."""

    total: int
    """The actual amount of the resource the provider has."""

    allocation_ratio: float | UnsetType | None = UNSET
    """The overcommit ratio (default 1.0)."""

    max_unit: int | UnsetType | None = UNSET
    """The largest amount a single allocation may take (default total)."""

    min_unit: int | UnsetType | None = UNSET
    """The smallest amount a single allocation may take (default 1)."""

    reserved: int | UnsetType | None = UNSET
    """The amount the provider keeps for its own use (default 0)."""

    step_size: int | UnsetType | None = UNSET
    """Allocations must be a multiple of this amount (default 1)."""


class ConsumerAllocationsInput(Model):
    """The complete new allocations of one consumer."""

    allocations: dict[str, AllocationInput]
    """The allocations keyed by resource provider UUID; an empty mapping removes all the
    consumer's allocations.
    """

    project_id: str
    """The ID of the project the consumer belongs to."""

    user_id: str
    """The ID of the user the consumer belongs to."""

    consumer_generation: int | None
    """The consumer's current generation, or null when the consumer is expected not to exist
    yet.
    """

    consumer_type: str | UnsetType | None = UNSET
    """Required from 1.38; the type of the consumer (INSTANCE, MIGRATION, ...)."""

    mappings: dict[str, list[str]] | UnsetType | None = UNSET
    """Request group suffixes mapped to the providers that satisfied them; accepted and ignored."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("consumer_type", "1.38", None),
        ("mappings", "1.34", None),
    )


class AllocationInput(Model):
    """The resources to allocate on one resource provider."""

    resources: dict[str, int]
    """The amounts to allocate (each at least 1), keyed by resource class name."""

    generation: int | UnsetType | None = UNSET
    """The resource provider's generation; accepted for symmetry with reads, and ignored."""


class ReshapeOpts(Options):
    """Options for :func:`reshape`."""

    inventories: dict[str, ProviderInventories]
    """The complete new inventory of each provider involved, keyed by provider UUID."""

    allocations: dict[str, ConsumerAllocationsInput]
    """The complete new allocations of each consumer involved, keyed by consumer UUID; an empty
    mapping leaves allocations unchanged.
    """


def reshape_url(client: ServiceClient) -> str:
    """The URL `/reshaper`."""
    return client.url("/reshaper")


def reshape(
    client: ServiceClient,
    opts: ReshapeOpts,
) -> None:
    """Replaces the inventories of the given providers and the allocations of the given consumers
    in one transaction.

    Microversions: 1.30 and later.

    POST ``/reshaper``

    Args:
        client: The placement v1 service client.
        opts: The options of the request (:class:`ReshapeOpts`).
    """
    client.check_operation_version("reshaper.reshape", "1.30", None)
    client.call(
        "POST",
        reshape_url(client),
        ok=(204,),
        opts=opts,
    )
