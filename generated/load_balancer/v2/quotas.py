"""Quotas cap how many load balancing objects of each kind a project may have; null means the
deployment default applies and -1 means unlimited.
"""

# Generated from specs/load_balancer/v2/quotas.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "Quota",
    "ListOpts",
    "GetOpts",
    "UpdateOpts",
    "list",
    "defaults",
    "get",
    "update",
    "delete",
    "list_url",
    "defaults_url",
    "resource_url",
]


class Quota(Model):
    """The load balancing quota limits of one project (or the deployment defaults)."""

    project_id: str | UnsetType | None = UNSET
    """The project the limits apply to (only in listings)."""

    loadbalancer: int | UnsetType | None = UNSET
    """The maximum number of load balancers."""

    listener: int | UnsetType | None = UNSET
    """The maximum number of listeners."""

    pool: int | UnsetType | None = UNSET
    """The maximum number of pools."""

    member: int | UnsetType | None = UNSET
    """The maximum number of pool members."""

    healthmonitor: int | UnsetType | None = UNSET
    """The maximum number of health monitors."""

    l7policy: int | UnsetType | None = UNSET
    """The maximum number of L7 policies."""

    l7rule: int | UnsetType | None = UNSET
    """The maximum number of L7 rules."""

    load_balancer: int | UnsetType | None = UNSET
    """The load balancer limit under its older, deprecated name."""

    health_monitor: int | UnsetType | None = UNSET
    """The health monitor limit under its older, deprecated name."""


class ListOpts(Options):
    """Options for :func:`list`."""

    project_id: str | UnsetType = UNSET
    """Only the quota of this project."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The project ID of the last quota of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of each quota."""

    locations: ClassVar[dict[str, str]] = {
        "project_id": "query",
        "limit": "query",
        "marker": "query",
        "page_reverse": "query",
        "fields": "query",
    }


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of the quota."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    loadbalancer: int | UnsetType | None = UNSET
    """The maximum number of load balancers (-1 for unlimited, null for the default)."""

    listener: int | UnsetType | None = UNSET
    """The maximum number of listeners (-1 for unlimited, null for the default)."""

    pool: int | UnsetType | None = UNSET
    """The maximum number of pools (-1 for unlimited, null for the default)."""

    member: int | UnsetType | None = UNSET
    """The maximum number of members (-1 for unlimited, null for the default)."""

    healthmonitor: int | UnsetType | None = UNSET
    """The maximum number of health monitors (-1 for unlimited, null for the default)."""

    l7policy: int | UnsetType | None = UNSET
    """The maximum number of L7 policies (-1 for unlimited, null for the default)."""

    l7rule: int | UnsetType | None = UNSET
    """The maximum number of L7 rules (-1 for unlimited, null for the default)."""


def list_url(client: ServiceClient) -> str:
    """The URL `/lbaas/quotas`."""
    return client.url("/lbaas/quotas")


def defaults_url(client: ServiceClient) -> str:
    """The URL `/lbaas/quotas/defaults`."""
    return client.url("/lbaas/quotas/defaults")


def resource_url(client: ServiceClient, project_id: str) -> str:
    """The URL `/lbaas/quotas/{project_id}`."""
    return client.url("/lbaas/quotas/{project_id}", project_id=project_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Quota]:
    """Lists the quotas of the projects that have their own (administrators see every project).

    GET ``/lbaas/quotas``

    Args:
        client: The load-balancer v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Quota,
        response_key="quotas",
        style=PageStyle("links", links_key="quotas_links"),
        opts=opts,
    )


def defaults(
    client: ServiceClient,
) -> Quota:
    """Shows the deployment's default quota limits.

    GET ``/lbaas/quotas/defaults``

    Args:
        client: The load-balancer v2 service client.
    """
    return client.call(
        "GET",
        defaults_url(client),
        ok=(200,),
        response_key="quota",
        response_type=Quota,
    )


def get(
    client: ServiceClient,
    project_id: str,
    opts: GetOpts | None = None,
) -> Quota:
    """Shows the quota limits in force for a project.

    GET ``/lbaas/quotas/{project_id}``

    Args:
        client: The load-balancer v2 service client.
        project_id: The ID of the project.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, project_id),
        ok=(200,),
        opts=opts,
        response_key="quota",
        response_type=Quota,
    )


def update(
    client: ServiceClient,
    project_id: str,
    opts: UpdateOpts | None = None,
) -> Quota:
    """Sets quota limits of a project (null returns one limit to the default).

    PUT ``/lbaas/quotas/{project_id}``

    Args:
        client: The load-balancer v2 service client.
        project_id: The ID of the project.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, project_id),
        ok=(202,),
        opts=opts,
        body_key="quota",
        response_key="quota",
        response_type=Quota,
    )


def delete(
    client: ServiceClient,
    project_id: str,
) -> None:
    """Resets a project's quota limits to the deployment defaults.

    DELETE ``/lbaas/quotas/{project_id}``

    Args:
        client: The load-balancer v2 service client.
        project_id: The ID of the project.
    """
    client.call(
        "DELETE",
        resource_url(client, project_id),
        ok=(204,),
    )
