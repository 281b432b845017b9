"""Placement, the OpenStack resource tracking service: resource providers, their inventories,
usages, aggregates and traits, resource classes, allocations and allocation candidates.
"""

# Generated from specs/placement/v1/_service.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typedstack.runtime import ProviderClient, ServiceClient, ServiceInfo

__all__ = ["SERVICE", "new_client"]

SERVICE = ServiceInfo(
    service_type="placement",
    version_prefix="",
    microversion_name="placement",
    min_microversion="1.0",
    max_microversion="1.39",
)
"""How the runtime finds and addresses this service."""


def new_client(
    provider: ProviderClient,
    *,
    region: str | None = None,
    interface: str | None = None,
    name: str | None = None,
    microversion: str | None = None,
) -> ServiceClient:
    """A client for the placement service, v1.

    Args:
        provider: The authenticated provider (see :func:`typedstack.connect`).
        region: The region of the endpoint; default: the cloud's region_name.
        interface: public, internal or admin; default: the cloud's interface.
        name: The service name in the catalog, when several share the type.
        microversion: A microversion to pin (1.0 to 1.39), or
            "latest" for the highest both sides support; default: none
            (the service's minimum).

    Resources: allocation_candidates, allocations, inventories, reshaper, resource_classes,
    resource_provider_aggregates, resource_providers, traits, usages, versions.
    """
    return ServiceClient.connect(
        provider,
        SERVICE,
        region=region,
        interface=interface,
        name=name,
        microversion=microversion,
    )
