"""Keystone, the OpenStack Identity service (API v3): projects, domains, users, groups, roles
and their assignments, the service catalog, credentials, tokens, trusts and federation.
"""

# Generated from specs/identity/v3/_service.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typedstack.runtime import ProviderClient, ServiceClient, ServiceInfo

__all__ = ["SERVICE", "new_client"]

SERVICE = ServiceInfo(
    service_type="identity",
    version_prefix="v3",
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
    """A client for the identity service, v3.

    Args:
        provider: The authenticated provider (see :func:`typedstack.connect`).
        region: The region of the endpoint; default: the cloud's region_name.
        interface: public, internal or admin; default: the cloud's interface.
        name: The service name in the catalog, when several share the type.
        microversion: Not used by this service.

    Resources: access_rules, application_credentials, credentials, domains, endpoint_groups,
    endpoints, federation, federation_protocols, groups, identity_providers, limits, mappings,
    oauth1, oauth2, policies, projects, regions, registered_limits, revoke_events,
    role_assignments, role_grants, roles, service_providers, services, simple_cert, tokens, trusts,
    users.
    """
    return ServiceClient.connect(
        provider,
        SERVICE,
        region=region,
        interface=interface,
        name=name,
        microversion=microversion,
    )
