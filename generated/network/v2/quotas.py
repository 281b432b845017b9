"""Quotas: per-project limits on how many networking resources a project may own. A project
without its own limits gets the defaults; -1 means no limit. Resources of loaded extensions
beyond the usual ones (such as trunk) appear as further keys, kept in each model's `extra`.
"""

# Generated from specs/network/v2/quotas.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "Quota",
    "QuotaDetails",
    "QuotaUsage",
    "UpdateOpts",
    "list",
    "get",
    "update",
    "delete",
    "get_defaults",
    "get_details",
    "list_url",
    "resource_url",
    "get_defaults_url",
    "get_details_url",
]


class Quota(Model):
    """The limits of a project, per resource."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project (only in the listing of all projects)."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the project, legacy name (only in the listing of all projects)."""

    floatingip: int | UnsetType | None = UNSET
    """How many floating IPs the project may hold."""

    network: int | UnsetType | None = UNSET
    """How many networks the project may own."""

    port: int | UnsetType | None = UNSET
    """How many ports the project may own."""

    rbac_policy: int | UnsetType | None = UNSET
    """How many RBAC policies the project may own."""

    router: int | UnsetType | None = UNSET
    """How many routers the project may own."""

    security_group: int | UnsetType | None = UNSET
    """How many security groups the project may own."""

    security_group_rule: int | UnsetType | None = UNSET
    """How many security group rules the project may own."""

    subnet: int | UnsetType | None = UNSET
    """How many subnets the project may own."""

    subnetpool: int | UnsetType | None = UNSET
    """How many subnet pools the project may own."""

    router_route: int | UnsetType | None = UNSET
    """How many extra routes each router of the project may have (extraroute extension)."""


class QuotaDetails(Model):
    """The limit, usage and reservations of a project, per resource."""

    floatingip: QuotaUsage | UnsetType | None = UNSET
    """Floating IPs."""

    network: QuotaUsage | UnsetType | None = UNSET
    """Networks."""

    port: QuotaUsage | UnsetType | None = UNSET
    """Ports."""

    rbac_policy: QuotaUsage | UnsetType | None = UNSET
    """RBAC policies."""

    router: QuotaUsage | UnsetType | None = UNSET
    """Routers."""

    security_group: QuotaUsage | UnsetType | None = UNSET
    """Security groups."""

    security_group_rule: QuotaUsage | UnsetType | None = UNSET
    """Security group rules."""

    subnet: QuotaUsage | UnsetType | None = UNSET
    """Subnets."""

    subnetpool: QuotaUsage | UnsetType | None = UNSET
    """Subnet pools."""

    router_route: QuotaUsage | UnsetType | None = UNSET
    """Extra routes per router (extraroute extension)."""


class QuotaUsage(Model):
    """The limit and usage of one resource."""

    limit: int | UnsetType | None = UNSET
    """The limit (-1 for none)."""

    used: int | UnsetType | None = UNSET
    """How many the project owns now."""

    reserved: int | UnsetType | None = UNSET
    """How many are reserved by requests in progress."""


class UpdateOpts(Options):
    """Options for :func:`update`."""

    floatingip: int | UnsetType = UNSET
    """How many floating IPs the project may hold (-1 for no limit)."""

    network: int | UnsetType = UNSET
    """How many networks the project may own."""

    port: int | UnsetType = UNSET
    """How many ports the project may own."""

    rbac_policy: int | UnsetType = UNSET
    """How many RBAC policies the project may own."""

    router: int | UnsetType = UNSET
    """How many routers the project may own."""

    security_group: int | UnsetType = UNSET
    """How many security groups the project may own."""

    security_group_rule: int | UnsetType = UNSET
    """How many security group rules the project may own."""

    subnet: int | UnsetType = UNSET
    """How many subnets the project may own."""

    subnetpool: int | UnsetType = UNSET
    """How many subnet pools the project may own."""

    force: bool | UnsetType = UNSET
    """Sets the limits even below the current usage (otherwise refused)."""

    check_limit: bool | UnsetType = UNSET
    """Refuses limits below the current usage (the default behaviour since 2025.1)."""

    limits: dict[str, int] | UnsetType = UNSET
    """Limits of further resources (such as trunk), by resource name."""

    locations: ClassVar[dict[str, str]] = {
        "limits": "extra",
    }


def list_url(client: ServiceClient) -> str:
    """The URL `/quotas`."""
    return client.url("/quotas")


def resource_url(client: ServiceClient, project_id: str) -> str:
    """The URL `/quotas/{project_id}`."""
    return client.url("/quotas/{project_id}", project_id=project_id)


def get_defaults_url(client: ServiceClient, project_id: str) -> str:
    """The URL `/quotas/{project_id}/default`."""
    return client.url("/quotas/{project_id}/default", project_id=project_id)


def get_details_url(client: ServiceClient, project_id: str) -> str:
    """The URL `/quotas/{project_id}/details.json`."""
    return client.url("/quotas/{project_id}/details.json", project_id=project_id)


def list(
    client: ServiceClient,
) -> builtins.list[Quota]:
    """Lists the quotas of every project that has limits of its own (admin only).

    GET ``/quotas``

    Args:
        client: The network v2 service client.
    """
    return client.call(
        "GET",
        list_url(client),
        ok=(200,),
        response_key="quotas",
        response_type=builtins.list[Quota],
    )


def get(
    client: ServiceClient,
    project_id: str,
) -> Quota:
    """Shows the quotas of a project (its own limits, or the defaults).

    GET ``/quotas/{project_id}``

    Args:
        client: The network v2 service client.
        project_id: The ID of the project.
    """
    return client.call(
        "GET",
        resource_url(client, project_id),
        ok=(200,),
        response_key="quota",
        response_type=Quota,
    )


def update(
    client: ServiceClient,
    project_id: str,
    opts: UpdateOpts | None = None,
) -> Quota:
    """Sets limits of a project; the ones not given stay as they are.

    PUT ``/quotas/{project_id}``

    Args:
        client: The network v2 service client.
        project_id: The ID of the project.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, project_id),
        ok=(200,),
        opts=opts,
        body_key="quota",
        response_key="quota",
        response_type=Quota,
    )


def delete(
    client: ServiceClient,
    project_id: str,
) -> None:
    """Resets the quotas of a project to the defaults.

    DELETE ``/quotas/{project_id}``

    Args:
        client: The network v2 service client.
        project_id: The ID of the project.
    """
    client.call(
        "DELETE",
        resource_url(client, project_id),
        ok=(204,),
    )


def get_defaults(
    client: ServiceClient,
    project_id: str,
) -> Quota:
    """Shows the default quotas that apply to a project.

    GET ``/quotas/{project_id}/default``

    Args:
        client: The network v2 service client.
        project_id: The ID of the project.
    """
    return client.call(
        "GET",
        get_defaults_url(client, project_id),
        ok=(200,),
        response_key="quota",
        response_type=Quota,
    )


def get_details(
    client: ServiceClient,
    project_id: str,
) -> QuotaDetails:
    """Shows the limits of a project with its usage and reservations.

    GET ``/quotas/{project_id}/details.json``

    Args:
        client: The network v2 service client.
        project_id: The ID of the project.
    """
    return client.call(
        "GET",
        get_details_url(client, project_id),
        ok=(200,),
        response_key="quota",
        response_type=QuotaDetails,
    )
