"""Usages report how much of each resource class is consumed: on one resource provider, or (from
microversion 1.9) by a project and optionally a user.
"""

# Generated from specs/placement/v1/usages.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import ClassVar

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "ProviderUsages",
    "ProjectUsages",
    "LegacyProjectUsages",
    "GetProjectUsagesOpts",
    "GetProjectUsagesLegacyOpts",
    "get_provider_usages",
    "get_project_usages",
    "get_project_usages_legacy",
    "get_provider_usages_url",
    "get_project_usages_url",
]


class ProviderUsages(Model):
    """The usage summary of one resource provider."""

    resource_provider_generation: int
    """The provider's generation."""

    usages: dict[str, int]
    """The amount consumed, keyed by resource class name (for example VCPU to 1)."""


class ProjectUsages(Model):
    """The usages of a project (and user), grouped by consumer type (microversion 1.38 and
    later).
    """

    usages: dict[str, dict[str, int]]
    """Keyed by consumer type (or "all" / "unknown"); each value maps resource class names to
    the amount consumed, plus consumer_count, the number of consumers of that type.
    """


class LegacyProjectUsages(Model):
    """The usages of a project (and user) before microversion 1.38."""

    usages: dict[str, int]
    """The total allocated amount, keyed by resource class name."""


class GetProjectUsagesOpts(Options):
    """Options for :func:`get_project_usages`."""

    project_id: str
    """The ID of the project."""

    user_id: str | UnsetType = UNSET
    """Only the usages of this user."""

    consumer_type: str | UnsetType = UNSET
    """Only this consumer type (INSTANCE, MIGRATION, ...); "all" groups every consumer under one
    key "all", "unknown" the consumers without a type.
    """

    locations: ClassVar[dict[str, str]] = {
        "project_id": "query",
        "user_id": "query",
        "consumer_type": "query",
    }

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "consumer_type": ("1.38", None),
    }


class GetProjectUsagesLegacyOpts(Options):
    """Options for :func:`get_project_usages_legacy`."""

    project_id: str
    """The ID of the project."""

    user_id: str | UnsetType = UNSET
    """Only the usages of this user."""

    locations: ClassVar[dict[str, str]] = {
        "project_id": "query",
        "user_id": "query",
    }


def get_provider_usages_url(client: ServiceClient, resource_provider_uuid: str) -> str:
    """The URL `/resource_providers/{resource_provider_uuid}/usages`."""
    return client.url(
        "/resource_providers/{resource_provider_uuid}/usages",
        resource_provider_uuid=resource_provider_uuid,
    )


def get_project_usages_url(client: ServiceClient) -> str:
    """The URL `/usages`."""
    return client.url("/usages")


def get_provider_usages(
    client: ServiceClient,
    resource_provider_uuid: str,
) -> ProviderUsages:
    """Shows how much of each resource class is consumed on a resource provider.

    GET ``/resource_providers/{resource_provider_uuid}/usages``

    Args:
        client: The placement v1 service client.
        resource_provider_uuid: The UUID of the resource provider.
    """
    return client.call(
        "GET",
        get_provider_usages_url(client, resource_provider_uuid),
        ok=(200,),
        response_type=ProviderUsages,
    )


def get_project_usages(
    client: ServiceClient,
    opts: GetProjectUsagesOpts,
) -> ProjectUsages:
    """Reports the resources consumed by a project, and optionally one of its users, grouped by
    consumer type.

    Microversions: 1.38 and later.

    GET ``/usages``

    Args:
        client: The placement v1 service client.
        opts: The options of the request (:class:`GetProjectUsagesOpts`).
    """
    client.check_operation_version("usages.get_project_usages", "1.38", None)
    return client.call(
        "GET",
        get_project_usages_url(client),
        ok=(200,),
        opts=opts,
        response_type=ProjectUsages,
    )


def get_project_usages_legacy(
    client: ServiceClient,
    opts: GetProjectUsagesLegacyOpts,
) -> LegacyProjectUsages:
    """Reports the resources consumed by a project, and optionally one of its users, at
    microversions 1.9 to 1.37 (not grouped by consumer type).

    Microversions: 1.9 to 1.37.

    GET ``/usages``

    Args:
        client: The placement v1 service client.
        opts: The options of the request (:class:`GetProjectUsagesLegacyOpts`).
    """
    client.check_operation_version("usages.get_project_usages_legacy", "1.9", "1.37")
    return client.call(
        "GET",
        get_project_usages_url(client),
        ok=(200,),
        opts=opts,
        response_type=LegacyProjectUsages,
    )
