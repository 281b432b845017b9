"""Octavia, the OpenStack Load Balancing service (API v2): load balancers, listeners, pools and
members, health monitors, L7 policies and rules, flavors, availability zones, quotas,
providers and amphorae.
"""

# Generated from specs/load_balancer/v2/_service.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typedstack.runtime import ProviderClient, ServiceClient, ServiceInfo

__all__ = ["SERVICE", "new_client"]

SERVICE = ServiceInfo(
    service_type="load-balancer",
    version_prefix="v2",
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
    """A client for the load-balancer service, v2.

    Args:
        provider: The authenticated provider (see :func:`typedstack.connect`).
        region: The region of the endpoint; default: the cloud's region_name.
        interface: public, internal or admin; default: the cloud's interface.
        name: The service name in the catalog, when several share the type.
        microversion: Not used by this service.

    Resources: amphorae, availability_zone_profiles, availability_zones, flavor_profiles, flavors,
    health_monitors, l7_policies, l7_rules, listeners, load_balancers, members, pools, providers,
    quotas.
    """
    return ServiceClient.connect(
        provider,
        SERVICE,
        region=region,
        interface=interface,
        name=name,
        microversion=microversion,
    )
