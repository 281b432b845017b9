"""Neutron, the OpenStack Networking service (API v2.0): networks, subnets, ports, routers,
floating IPs, security groups, QoS, trunks, segments, address scopes and pools, RBAC, quotas,
and the advanced services (VPN, firewall, BGP, service function chaining, tap-as-a-service).
"""

# Generated from specs/network/v2/_service.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typedstack.runtime import ProviderClient, ServiceClient, ServiceInfo

__all__ = ["SERVICE", "new_client"]

SERVICE = ServiceInfo(
    service_type="network",
    version_prefix="v2.0",
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
    """A client for the network service, v2.

    Args:
        provider: The authenticated provider (see :func:`typedstack.connect`).
        region: The region of the endpoint; default: the cloud's region_name.
        interface: public, internal or admin; default: the cloud's interface.
        name: The service name in the catalog, when several share the type.
        microversion: Not used by this service.

    Resources: firewall_groups, firewall_policies, firewall_rules, sfc_flow_classifiers,
    sfc_port_chains, sfc_port_pair_groups, sfc_port_pairs, sfc_service_graphs, tap_flows,
    tap_mirrors, tap_services, vpn_endpoint_groups, vpn_ike_policies, vpn_ipsec_policies,
    vpn_ipsec_site_connections, vpn_services.
    """
    return ServiceClient.connect(
        provider,
        SERVICE,
        region=region,
        interface=interface,
        name=name,
        microversion=microversion,
    )
