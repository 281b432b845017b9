"""Designate, the OpenStack DNS service (API v2): zones and their record sets, zone imports,
exports, transfers and sharing, reverse DNS for floating IPs, TLDs, blocklists, TSIG keys,
quotas and pools.
"""

# Generated from specs/dns/v2/_service.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typedstack.runtime import ProviderClient, ServiceClient, ServiceInfo

__all__ = ["SERVICE", "new_client"]

SERVICE = ServiceInfo(
    service_type="dns",
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
    """A client for the dns service, v2.

    Args:
        provider: The authenticated provider (see :func:`typedstack.connect`).
        region: The region of the endpoint; default: the cloud's region_name.
        interface: public, internal or admin; default: the cloud's interface.
        name: The service name in the catalog, when several share the type.
        microversion: Not used by this service.

    Resources: blocklists, limits, pools, quotas, recordsets, reverse_floating_ips,
    service_statuses, shared_zones, tlds, tsig_keys, zone_exports, zone_imports, zone_tasks,
    zone_transfer_accepts, zone_transfer_requests, zones.
    """
    return ServiceClient.connect(
        provider,
        SERVICE,
        region=region,
        interface=interface,
        name=name,
        microversion=microversion,
    )
