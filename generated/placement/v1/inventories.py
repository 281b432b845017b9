"""The inventory of a resource provider: for each resource class it offers, how much there is,
how much is reserved, and the constraints on a single allocation. Every change must carry the
provider's current generation.
"""

# Generated from specs/placement/v1/inventories.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "Inventory",
    "Inventories",
    "ProviderInventory",
    "InventoryInput",
    "ReplaceAllOpts",
    "UpdateOpts",
    "list",
    "replace_all",
    "delete_all",
    "get",
    "update",
    "delete",
    "list_url",
    "resource_url",
]


class Inventory(Model):
    """The inventory record of one resource class on a provider."""

    allocation_ratio: float
    """The overcommit ratio; capacity is (total - reserved) * allocation_ratio."""

    max_unit: int
    """The largest amount a single allocation may take."""

    min_unit: int
    """The smallest amount a single allocation may take."""

    reserved: int
    """The amount the provider keeps for its own use."""

    step_size: int
    """Allocations must be a multiple of this amount."""

    total: int
    """The actual amount of the resource the provider has."""


class Inventories(Model):
    """All the inventory records of a provider."""

    resource_provider_generation: int
    """The provider's generation, to send back with the next change."""

    inventories: dict[str, Inventory]
    """The inventory records, keyed by resource class name."""


class ProviderInventory(Model):
    """The inventory record of one resource class, with the provider's generation."""

    resource_provider_generation: int
    """The provider's generation, to send back with the next change."""

    allocation_ratio: float
    """The overcommit ratio; capacity is (total - reserved) * allocation_ratio."""

    max_unit: int
    """The largest amount a single allocation may take."""

    min_unit: int
    """The smallest amount a single allocation may take."""

    reserved: int
    """The amount the provider keeps for its own use."""

    step_size: int
    """Allocations must be a multiple of this amount."""

    total: int
    """The actual amount of the resource the provider has."""


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
    """The amount the provider keeps for its own use (default 0); below total before 1.26, at
    most total from 1.26.
    """

    step_size: int | UnsetType | None = UNSET
    """Allocations must be a multiple of this amount (default 1)."""


class ReplaceAllOpts(Options):
    """Options for :func:`replace_all`."""

    resource_provider_generation: int
    """The provider's current generation; a mismatch fails with 409."""

    inventories: dict[str, InventoryInput]
    """The new inventory records, keyed by resource class name."""


class UpdateOpts(Options):
    """Options for :func:`update`."""

    resource_provider_generation: int
    """The provider's current generation; a mismatch fails with 409."""

    total: int
    """The actual amount of the resource the provider has."""

    allocation_ratio: float | UnsetType = UNSET
    """The overcommit ratio (default 1.0)."""

    max_unit: int | UnsetType = UNSET
    """The largest amount a single allocation may take (default total)."""

    min_unit: int | UnsetType = UNSET
    """The smallest amount a single allocation may take (default 1)."""

    reserved: int | UnsetType = UNSET
    """The amount the provider keeps for its own use (default 0); below total before 1.26, at
    most total from 1.26.
    """

    step_size: int | UnsetType = UNSET
    """Allocations must be a multiple of this amount (default 1)."""


def list_url(client: ServiceClient, resource_provider_uuid: str) -> str:
    """The URL `/resource_providers/{resource_provider_uuid}/inventories`."""
    return client.url(
        "/resource_providers/{resource_provider_uuid}/inventories",
        resource_provider_uuid=resource_provider_uuid,
    )


def resource_url(client: ServiceClient, resource_provider_uuid: str, resource_class: str) -> str:
    """The URL `/resource_providers/{resource_provider_uuid}/inventories/{resource_class}`."""
    return client.url(
        "/resource_providers/{resource_provider_uuid}/inventories/{resource_class}",
        resource_provider_uuid=resource_provider_uuid,
        resource_class=resource_class,
    )


def list(
    client: ServiceClient,
    resource_provider_uuid: str,
) -> Inventories:
    """Lists all the inventory records of a resource provider.

    GET ``/resource_providers/{resource_provider_uuid}/inventories``

    Args:
        client: The placement v1 service client.
        resource_provider_uuid: The UUID of the resource provider.
    """
    return client.call(
        "GET",
        list_url(client, resource_provider_uuid),
        ok=(200,),
        response_type=Inventories,
    )


def replace_all(
    client: ServiceClient,
    resource_provider_uuid: str,
    opts: ReplaceAllOpts,
) -> Inventories:
    """Replaces the whole inventory of a resource provider; classes left out are removed.

    PUT ``/resource_providers/{resource_provider_uuid}/inventories``

    Args:
        client: The placement v1 service client.
        resource_provider_uuid: The UUID of the resource provider.
        opts: The options of the request (:class:`ReplaceAllOpts`).
    """
    return client.call(
        "PUT",
        list_url(client, resource_provider_uuid),
        ok=(200,),
        opts=opts,
        response_type=Inventories,
    )


def delete_all(
    client: ServiceClient,
    resource_provider_uuid: str,
) -> None:
    """Deletes every inventory record of a resource provider. It does not check the generation; use
    replace_all with no inventories when that matters.

    Microversions: 1.5 and later.

    DELETE ``/resource_providers/{resource_provider_uuid}/inventories``

    Args:
        client: The placement v1 service client.
        resource_provider_uuid: The UUID of the resource provider.
    """
    client.check_operation_version("inventories.delete_all", "1.5", None)
    client.call(
        "DELETE",
        list_url(client, resource_provider_uuid),
        ok=(204,),
    )


def get(
    client: ServiceClient,
    resource_provider_uuid: str,
    resource_class: str,
) -> ProviderInventory:
    """Shows the inventory record of one resource class on a provider.

    GET ``/resource_providers/{resource_provider_uuid}/inventories/{resource_class}``

    Args:
        client: The placement v1 service client.
        resource_provider_uuid: The UUID of the resource provider.
        resource_class: The name of the resource class.
    """
    return client.call(
        "GET",
        resource_url(client, resource_provider_uuid, resource_class),
        ok=(200,),
        response_type=ProviderInventory,
    )


def update(
    client: ServiceClient,
    resource_provider_uuid: str,
    resource_class: str,
    opts: UpdateOpts,
) -> ProviderInventory:
    """Replaces the existing inventory record of one resource class on a provider (a class the
    provider has no inventory of is a 400: use replace_all to add classes).

    PUT ``/resource_providers/{resource_provider_uuid}/inventories/{resource_class}``

    Args:
        client: The placement v1 service client.
        resource_provider_uuid: The UUID of the resource provider.
        resource_class: The name of the resource class.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, resource_provider_uuid, resource_class),
        ok=(200,),
        opts=opts,
        response_type=ProviderInventory,
    )


def delete(
    client: ServiceClient,
    resource_provider_uuid: str,
    resource_class: str,
) -> None:
    """Deletes the inventory record of one resource class; it fails with 409 while allocations use
    it.

    DELETE ``/resource_providers/{resource_provider_uuid}/inventories/{resource_class}``

    Args:
        client: The placement v1 service client.
        resource_provider_uuid: The UUID of the resource provider.
        resource_class: The name of the resource class.
    """
    client.call(
        "DELETE",
        resource_url(client, resource_provider_uuid, resource_class),
        ok=(204,),
    )
