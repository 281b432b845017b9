"""The aggregates a resource provider belongs to (microversion 1.1 and later). Placement
aggregates are plain groupings of providers, not Nova host aggregates; an aggregate exists as
soon as a provider names it.
"""

# Generated from specs/placement/v1/resource_provider_aggregates.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import ClassVar

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "ProviderAggregates",
    "UpdateOpts",
    "get",
    "update",
    "update_legacy",
    "resource_url",
]


class ProviderAggregates(Model):
    """The aggregates of a resource provider."""

    aggregates: list[str]
    """The UUIDs of the aggregates the provider belongs to."""

    resource_provider_generation: int | UnsetType | None = UNSET
    """The provider's generation, to send back with the next change."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("resource_provider_generation", "1.19", None),
    )


class UpdateOpts(Options):
    """Options for :func:`update`."""

    aggregates: list[str]
    """The UUIDs of the aggregates; unknown ones are created."""

    resource_provider_generation: int
    """The provider's current generation; a mismatch fails with 409."""


def resource_url(client: ServiceClient, resource_provider_uuid: str) -> str:
    """The URL `/resource_providers/{resource_provider_uuid}/aggregates`."""
    return client.url(
        "/resource_providers/{resource_provider_uuid}/aggregates",
        resource_provider_uuid=resource_provider_uuid,
    )


def get(
    client: ServiceClient,
    resource_provider_uuid: str,
) -> ProviderAggregates:
    """Lists the aggregates a resource provider belongs to.

    Microversions: 1.1 and later.

    GET ``/resource_providers/{resource_provider_uuid}/aggregates``

    Args:
        client: The placement v1 service client.
        resource_provider_uuid: The UUID of the resource provider.
    """
    client.check_operation_version("resource_provider_aggregates.get", "1.1", None)
    return client.call(
        "GET",
        resource_url(client, resource_provider_uuid),
        ok=(200,),
        response_type=ProviderAggregates,
    )


def update(
    client: ServiceClient,
    resource_provider_uuid: str,
    opts: UpdateOpts,
) -> ProviderAggregates:
    """Replaces the aggregates of a resource provider, checking its generation.

    Microversions: 1.19 and later.

    PUT ``/resource_providers/{resource_provider_uuid}/aggregates``

    Args:
        client: The placement v1 service client.
        resource_provider_uuid: The UUID of the resource provider.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    client.check_operation_version("resource_provider_aggregates.update", "1.19", None)
    return client.call(
        "PUT",
        resource_url(client, resource_provider_uuid),
        ok=(200,),
        opts=opts,
        response_type=ProviderAggregates,
    )


def update_legacy(
    client: ServiceClient,
    resource_provider_uuid: str,
    body: list[str],
) -> ProviderAggregates:
    """Replaces the aggregates of a resource provider at microversions 1.1 to 1.18, where the body
    is a bare list of aggregate UUIDs and no generation is checked.

    Microversions: 1.1 to 1.18.

    PUT ``/resource_providers/{resource_provider_uuid}/aggregates``

    Args:
        client: The placement v1 service client.
        resource_provider_uuid: The UUID of the resource provider.
        body: The request body (list<string>).
    """
    client.check_operation_version("resource_provider_aggregates.update_legacy", "1.1", "1.18")
    return client.call(
        "PUT",
        resource_url(client, resource_provider_uuid),
        ok=(200,),
        body=body,
        response_type=ProviderAggregates,
    )
