"""Cleanup of the resources that services left in a transitional state (a volume stuck in
creating after its cinder-volume died, ...). The scheduler hands the work to services that
are up. Administrator only, from microversion 3.24.
"""

# Generated from specs/block_storage/v3/workers.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import Literal

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "CleanupResult",
    "CleanupService",
    "CleanupOpts",
    "cleanup",
    "cleanup_url",
]


class CleanupResult(Model):
    """Which services were asked to clean up and which could not be."""

    cleaning: list[CleanupService] | UnsetType | None = UNSET
    """The services that received the cleanup request."""

    unavailable: list[CleanupService] | UnsetType | None = UNSET
    """The matching services that could not receive it (down)."""


class CleanupService(Model):
    """A service a cleanup request concerns."""

    id: int | UnsetType | None = UNSET
    """The ID of the service."""

    host: str | UnsetType | None = UNSET
    """The host of the service."""

    binary: str | UnsetType | None = UNSET
    """The binary of the service."""

    cluster_name: str | UnsetType | None = UNSET
    """The cluster of the service, or null."""


class CleanupOpts(Options):
    """Options for :func:`cleanup`."""

    cluster_name: str | UnsetType = UNSET
    """Only services of this cluster."""

    service_id: int | UnsetType = UNSET
    """Only the service with this ID."""

    host: str | UnsetType = UNSET
    """Only services on this host."""

    binary: Literal["cinder-volume", "cinder-scheduler"] | UnsetType = UNSET
    """Only services of this binary."""

    is_up: bool | UnsetType = UNSET
    """Only services that are up (true) or down (false); false when absent."""

    disabled: bool | UnsetType = UNSET
    """Only disabled (true) or enabled (false) services."""

    resource_id: str | UnsetType = UNSET
    """Only the resource with this ID."""

    resource_type: str | UnsetType = UNSET
    """Only resources of this type."""


def cleanup_url(client: ServiceClient) -> str:
    """The URL `/workers/cleanup`."""
    return client.url("/workers/cleanup")


def cleanup(
    client: ServiceClient,
    opts: CleanupOpts | None = None,
) -> CleanupResult:
    """Asks the services that match the filters to clean up their resources left in transitional
    states.

    Microversions: 3.24 and later.

    POST ``/workers/cleanup``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`CleanupOpts`).
    """
    client.check_operation_version("workers.cleanup", "3.24", None)
    return client.call(
        "POST",
        cleanup_url(client),
        ok=(202,),
        opts=opts,
        response_type=CleanupResult,
    )
