"""Nova, the OpenStack Compute service (API v2.1 with microversions): servers and their actions,
flavors, keypairs, server groups, aggregates, hypervisors, quotas and usage.
"""

# Generated from specs/compute/v2/_service.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typedstack.runtime import ProviderClient, ServiceClient, ServiceInfo

__all__ = ["SERVICE", "new_client"]

SERVICE = ServiceInfo(
    service_type="compute",
    version_prefix="v2.1",
    microversion_name="compute",
    microversion_legacy_header="X-OpenStack-Nova-API-Version",
    min_microversion="2.1",
    max_microversion="2.104",
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
    """A client for the compute service, v2.

    Args:
        provider: The authenticated provider (see :func:`typedstack.connect`).
        region: The region of the endpoint; default: the cloud's region_name.
        interface: public, internal or admin; default: the cloud's interface.
        name: The service name in the catalog, when several share the type.
        microversion: A microversion to pin (2.1 to 2.104), or
            "latest" for the highest both sides support; default: none
            (the service's minimum).

    Resources: aggregates, assisted_volume_snapshots, availability_zones, compute_services,
    console_auth_tokens, flavor_access, flavor_extra_specs, flavors, hypervisors, instance_actions,
    instance_usage_audit_logs, keypairs, limits, migrations, quota_classes, quota_sets,
    remote_consoles, server_actions, server_diagnostics, server_external_events, server_groups,
    server_interfaces, server_ips, server_metadata, server_migrations, server_password,
    server_security_groups, server_shares, server_tags, server_topology, servers, usage, versions,
    volume_attachments.
    """
    return ServiceClient.connect(
        provider,
        SERVICE,
        region=region,
        interface=interface,
        name=name,
        microversion=microversion,
    )
