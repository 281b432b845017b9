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

    Resources: address_groups, address_scopes, agents, auto_allocated_topology, availability_zones,
    bgp_peers, bgp_speakers, bgpvpn_network_associations, bgpvpn_port_associations,
    bgpvpn_router_associations, bgpvpns, conntrack_helpers, default_security_group_rules,
    extensions, firewall_groups, firewall_policies, firewall_rules, flavors, floating_ip_pools,
    floating_ips, local_ips, loggable_resources, logs, metering_label_rules, metering_labels,
    ndp_proxies, network_ip_availability, network_segment_ranges, networks, port_bindings,
    port_forwardings, ports, qos_bandwidth_limit_rules, qos_dscp_marking_rules,
    qos_minimum_bandwidth_rules, qos_minimum_packet_rate_rules, qos_packet_rate_limit_rules,
    qos_policies, qos_rule_aliases, qos_rule_types, quotas, rbac_policies, routers,
    security_group_rules, security_groups, security_groups_default_statefulness, segments,
    service_profiles, service_providers, sfc_flow_classifiers, sfc_port_chains,
    sfc_port_pair_groups, sfc_port_pairs, sfc_service_graphs, subnet_pools, subnets, tags,
    tap_flows, tap_mirrors, tap_services, trunks, versions, vpn_endpoint_groups, vpn_ike_policies,
    vpn_ipsec_policies, vpn_ipsec_site_connections, vpn_services.
    """
    return ServiceClient.connect(
        provider,
        SERVICE,
        region=region,
        interface=interface,
        name=name,
        microversion=microversion,
    )
