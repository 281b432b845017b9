"""Which projects may use a private flavor. Public flavors are open to every project; a private
one only to the projects added to its access list.
"""

# Generated from specs/compute/v2/flavor_access.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins

from typedstack.runtime import Model, Options, ServiceClient

__all__ = [
    "FlavorAccess",
    "AddTenantAccessOpts",
    "RemoveTenantAccessOpts",
    "list",
    "add_tenant_access",
    "remove_tenant_access",
    "list_url",
    "action_url",
]


class FlavorAccess(Model):
    """One project's access to a flavor."""

    flavor_id: str
    """The ID of the flavor."""

    tenant_id: str
    """The ID of the project that may use the flavor."""


class AddTenantAccessOpts(Options):
    """Options for :func:`add_tenant_access`."""

    tenant: str
    """The ID of the project to grant access to."""


class RemoveTenantAccessOpts(Options):
    """Options for :func:`remove_tenant_access`."""

    tenant: str
    """The ID of the project to revoke access from."""


def list_url(client: ServiceClient, flavor_id: str) -> str:
    """The URL `/flavors/{flavor_id}/os-flavor-access`."""
    return client.url("/flavors/{flavor_id}/os-flavor-access", flavor_id=flavor_id)


def action_url(client: ServiceClient, flavor_id: str) -> str:
    """The URL `/flavors/{flavor_id}/action`."""
    return client.url("/flavors/{flavor_id}/action", flavor_id=flavor_id)


def list(
    client: ServiceClient,
    flavor_id: str,
) -> builtins.list[FlavorAccess]:
    """Lists the projects that may use a private flavor.

    GET ``/flavors/{flavor_id}/os-flavor-access``

    Args:
        client: The compute v2 service client.
        flavor_id: The ID of the flavor.
    """
    return client.call(
        "GET",
        list_url(client, flavor_id),
        ok=(200,),
        response_key="flavor_access",
        response_type=builtins.list[FlavorAccess],
    )


def add_tenant_access(
    client: ServiceClient,
    flavor_id: str,
    opts: AddTenantAccessOpts,
) -> builtins.list[FlavorAccess]:
    """Lets a project use a private flavor; returns the new access list.

    POST ``/flavors/{flavor_id}/action`` (action addTenantAccess)

    Args:
        client: The compute v2 service client.
        flavor_id: The ID of the flavor.
        opts: The options of the request (:class:`AddTenantAccessOpts`).
    """
    return client.call(
        "POST",
        action_url(client, flavor_id),
        ok=(200,),
        opts=opts,
        body_key="addTenantAccess",
        empty="object",
        response_key="flavor_access",
        response_type=builtins.list[FlavorAccess],
    )


def remove_tenant_access(
    client: ServiceClient,
    flavor_id: str,
    opts: RemoveTenantAccessOpts,
) -> builtins.list[FlavorAccess]:
    """Stops a project from using a private flavor; returns the new access list.

    POST ``/flavors/{flavor_id}/action`` (action removeTenantAccess)

    Args:
        client: The compute v2 service client.
        flavor_id: The ID of the flavor.
        opts: The options of the request (:class:`RemoveTenantAccessOpts`).
    """
    return client.call(
        "POST",
        action_url(client, flavor_id),
        ok=(200,),
        opts=opts,
        body_key="removeTenantAccess",
        empty="object",
        response_key="flavor_access",
        response_type=builtins.list[FlavorAccess],
    )
