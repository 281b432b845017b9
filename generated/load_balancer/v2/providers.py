"""Providers are the load balancing drivers enabled in the deployment, with the flavor and
availability zone settings each of them understands.
"""

# Generated from specs/load_balancer/v2/providers.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "Provider",
    "Capability",
    "ListOpts",
    "FlavorCapabilitiesOpts",
    "AvailabilityZoneCapabilitiesOpts",
    "list",
    "flavor_capabilities",
    "availability_zone_capabilities",
    "list_url",
    "flavor_capabilities_url",
    "availability_zone_capabilities_url",
]


class Provider(Model):
    """An enabled provider driver."""

    name: str
    """The name of the provider, as used in a load balancer's `provider`."""

    description: str | UnsetType | None = UNSET
    """A short description of the provider."""


class Capability(Model):
    """One setting a provider accepts in flavor or availability zone metadata."""

    name: str
    """The metadata key."""

    description: str | UnsetType | None = UNSET
    """What the setting does."""


class ListOpts(Options):
    """Options for :func:`list`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of each provider."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class FlavorCapabilitiesOpts(Options):
    """Options for :func:`flavor_capabilities`."""

    name: str | UnsetType = UNSET
    """Only the capability with this name."""

    description: str | UnsetType = UNSET
    """Only capabilities with this description."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of each capability."""

    locations: ClassVar[dict[str, str]] = {
        "name": "query",
        "description": "query",
        "fields": "query",
    }


class AvailabilityZoneCapabilitiesOpts(Options):
    """Options for :func:`availability_zone_capabilities`."""

    name: str | UnsetType = UNSET
    """Only the capability with this name."""

    description: str | UnsetType = UNSET
    """Only capabilities with this description."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of each capability."""

    locations: ClassVar[dict[str, str]] = {
        "name": "query",
        "description": "query",
        "fields": "query",
    }


def list_url(client: ServiceClient) -> str:
    """The URL `/lbaas/providers`."""
    return client.url("/lbaas/providers")


def flavor_capabilities_url(client: ServiceClient, provider: str) -> str:
    """The URL `/lbaas/providers/{provider}/flavor_capabilities`."""
    return client.url("/lbaas/providers/{provider}/flavor_capabilities", provider=provider)


def availability_zone_capabilities_url(client: ServiceClient, provider: str) -> str:
    """The URL `/lbaas/providers/{provider}/availability_zone_capabilities`."""
    return client.url(
        "/lbaas/providers/{provider}/availability_zone_capabilities", provider=provider
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> builtins.list[Provider]:
    """Lists the enabled provider drivers.

    GET ``/lbaas/providers``

    Args:
        client: The load-balancer v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.call(
        "GET",
        list_url(client),
        ok=(200,),
        opts=opts,
        response_key="providers",
        response_type=builtins.list[Provider],
    )


def flavor_capabilities(
    client: ServiceClient,
    provider: str,
    opts: FlavorCapabilitiesOpts | None = None,
) -> builtins.list[Capability]:
    """Lists the settings a provider accepts in flavor profile metadata (administrators only).

    GET ``/lbaas/providers/{provider}/flavor_capabilities``

    Args:
        client: The load-balancer v2 service client.
        provider: The name of the provider.
        opts: The options of the request (:class:`FlavorCapabilitiesOpts`).
    """
    return client.call(
        "GET",
        flavor_capabilities_url(client, provider),
        ok=(200,),
        opts=opts,
        response_key="flavor_capabilities",
        response_type=builtins.list[Capability],
    )


def availability_zone_capabilities(
    client: ServiceClient,
    provider: str,
    opts: AvailabilityZoneCapabilitiesOpts | None = None,
) -> builtins.list[Capability]:
    """Lists the settings a provider accepts in availability zone profile metadata (administrators
    only).

    GET ``/lbaas/providers/{provider}/availability_zone_capabilities``

    Args:
        client: The load-balancer v2 service client.
        provider: The name of the provider.
        opts: The options of the request (:class:`AvailabilityZoneCapabilitiesOpts`).
    """
    return client.call(
        "GET",
        availability_zone_capabilities_url(client, provider),
        ok=(200,),
        opts=opts,
        response_key="availability_zone_capabilities",
        response_type=builtins.list[Capability],
    )
