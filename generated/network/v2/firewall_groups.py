"""Firewall groups (FWaaS v2) apply an ingress and an egress firewall policy to a set of ports
(router interfaces or VM ports).
"""

# Generated from specs/network/v2/firewall_groups.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable
from typing import ClassVar

from typedstack.runtime import (
    UNSET,
    Model,
    Options,
    Pager,
    PageStyle,
    ServiceClient,
    UnsetType,
    finding,
    waiters,
)

__all__ = [
    "FirewallGroup",
    "ListOpts",
    "CreateOpts",
    "GetOpts",
    "UpdateOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "list_url",
    "resource_url",
    "find",
    "wait_for_status",
    "wait_for_delete",
]


class FirewallGroup(Model):
    """A firewall group."""

    id: str
    """The ID of the firewall group."""

    name: str | UnsetType | None = UNSET
    """The name of the firewall group."""

    description: str | UnsetType | None = UNSET
    """A free-text description of the firewall group."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the firewall group."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (legacy name of project_id)."""

    ingress_firewall_policy_id: str | UnsetType | None = UNSET
    """The ID of the policy applied to traffic entering the ports; null for none."""

    egress_firewall_policy_id: str | UnsetType | None = UNSET
    """The ID of the policy applied to traffic leaving the ports; null for none."""

    ports: builtins.list[str] | UnsetType | None = UNSET
    """The IDs of the ports the group protects."""

    admin_state_up: bool | UnsetType | None = UNSET
    """The administrative state of the firewall group (true is up)."""

    shared: bool | UnsetType | None = UNSET
    """Whether the firewall group is shared with every project."""

    status: str | UnsetType | None = UNSET
    """The operational status (ACTIVE, INACTIVE, ERROR, PENDING_CREATE, PENDING_UPDATE or
    PENDING_DELETE).
    """


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the firewall group with this ID."""

    name: str | UnsetType = UNSET
    """Only firewall groups with this name."""

    description: str | UnsetType = UNSET
    """Only firewall groups with this description."""

    project_id: str | UnsetType = UNSET
    """Only firewall groups owned by this project."""

    tenant_id: str | UnsetType = UNSET
    """Only firewall groups owned by this project (legacy name of project_id)."""

    ingress_firewall_policy_id: str | UnsetType = UNSET
    """Only firewall groups with this ingress policy."""

    egress_firewall_policy_id: str | UnsetType = UNSET
    """Only firewall groups with this egress policy."""

    admin_state_up: bool | UnsetType = UNSET
    """Only firewall groups that are administratively up (true) or down (false)."""

    shared: bool | UnsetType = UNSET
    """Only shared (true) or unshared (false) firewall groups."""

    status: str | UnsetType = UNSET
    """Only firewall groups in this status."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last firewall group of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by (id, name, project_id, tenant_id, status), one per sort_dir."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions (asc or desc), one per sort_key."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of each firewall group."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "description": "query",
        "project_id": "query",
        "tenant_id": "query",
        "ingress_firewall_policy_id": "query",
        "egress_firewall_policy_id": "query",
        "admin_state_up": "query",
        "shared": "query",
        "status": "query",
        "limit": "query",
        "marker": "query",
        "page_reverse": "query",
        "sort_key": "query",
        "sort_dir": "query",
        "fields": "query",
    }

    paired: ClassVar[tuple[tuple[str, ...], ...]] = (("sort_key", "sort_dir"),)


class CreateOpts(Options):
    """Options for :func:`create`."""

    name: str | UnsetType = UNSET
    """The name of the firewall group."""

    description: str | UnsetType = UNSET
    """A free-text description."""

    project_id: str | UnsetType = UNSET
    """The owning project, when an admin creates the group for another project."""

    tenant_id: str | UnsetType = UNSET
    """The owning project (legacy name of project_id)."""

    ingress_firewall_policy_id: str | UnsetType | None = UNSET
    """The policy to apply to traffic entering the ports."""

    egress_firewall_policy_id: str | UnsetType | None = UNSET
    """The policy to apply to traffic leaving the ports."""

    ports: builtins.list[str] | UnsetType = UNSET
    """The IDs of the ports to protect; a port belongs to one firewall group at most."""

    admin_state_up: bool | UnsetType = UNSET
    """The administrative state (default true, up)."""

    shared: bool | UnsetType = UNSET
    """Shares the firewall group with every project (default false)."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new name."""

    description: str | UnsetType = UNSET
    """The new description."""

    ingress_firewall_policy_id: str | UnsetType | None = UNSET
    """The new ingress policy; null removes it."""

    egress_firewall_policy_id: str | UnsetType | None = UNSET
    """The new egress policy; null removes it."""

    ports: builtins.list[str] | UnsetType = UNSET
    """Replaces the list of protected ports (an empty list removes them all)."""

    admin_state_up: bool | UnsetType = UNSET
    """The new administrative state (true is up)."""

    shared: bool | UnsetType = UNSET
    """Whether the firewall group is shared with every project."""


def list_url(client: ServiceClient) -> str:
    """The URL `/fwaas/firewall_groups`."""
    return client.url("/fwaas/firewall_groups")


def resource_url(client: ServiceClient, firewall_group_id: str) -> str:
    """The URL `/fwaas/firewall_groups/{firewall_group_id}`."""
    return client.url(
        "/fwaas/firewall_groups/{firewall_group_id}", firewall_group_id=firewall_group_id
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[FirewallGroup]:
    """Lists the firewall groups the caller can see.

    GET ``/fwaas/firewall_groups``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=FirewallGroup,
        response_key="firewall_groups",
        style=PageStyle("links", links_key="firewall_groups_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
) -> FirewallGroup:
    """Creates a firewall group, optionally with its policies and ports.

    POST ``/fwaas/firewall_groups``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="firewall_group",
        response_key="firewall_group",
        response_type=FirewallGroup,
    )


def get(
    client: ServiceClient,
    firewall_group_id: str,
    opts: GetOpts | None = None,
) -> FirewallGroup:
    """Shows a firewall group.

    GET ``/fwaas/firewall_groups/{firewall_group_id}``

    Args:
        client: The network v2 service client.
        firewall_group_id: The ID of the firewall group.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, firewall_group_id),
        ok=(200,),
        opts=opts,
        response_key="firewall_group",
        response_type=FirewallGroup,
    )


def update(
    client: ServiceClient,
    firewall_group_id: str,
    opts: UpdateOpts | None = None,
) -> FirewallGroup:
    """Changes a firewall group; its policies and ports can be swapped or cleared.

    PUT ``/fwaas/firewall_groups/{firewall_group_id}``

    Args:
        client: The network v2 service client.
        firewall_group_id: The ID of the firewall group.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, firewall_group_id),
        ok=(200,),
        opts=opts,
        body_key="firewall_group",
        response_key="firewall_group",
        response_type=FirewallGroup,
    )


def delete(
    client: ServiceClient,
    firewall_group_id: str,
) -> None:
    """Deletes a firewall group.

    DELETE ``/fwaas/firewall_groups/{firewall_group_id}``

    Args:
        client: The network v2 service client.
        firewall_group_id: The ID of the firewall group.
    """
    client.call(
        "DELETE",
        resource_url(client, firewall_group_id),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> FirewallGroup:
    """Finds one by ID, else by exact name: get, then list filtered by name.

    Raises NotFound when none matches, MultipleMatches (naming every ID) when
    several have the name.
    """
    return finding.find(
        name_or_id,
        by_id=lambda id_: get(client, id_),
        by_name=lambda name: list(client, ListOpts(name=name)),
        name_of=lambda item: item.name,
        id_of=lambda item: item.id,
        what="FirewallGroup",
    )


def wait_for_status(
    client: ServiceClient,
    firewall_group_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    predicate: Callable[[FirewallGroup], bool] | None = None,
) -> FirewallGroup:
    """Polls get until status is one of status (and predicate holds).

    Failure statuses (ERROR, error) raise ResourceFailed at once.
    Returns the resource; WaitTimeout after timeout seconds.
    """
    return waiters.wait_for_status(
        lambda: get(client, firewall_group_id),
        status,
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="FirewallGroup",
        predicate=predicate,
    )


def wait_for_delete(
    client: ServiceClient,
    firewall_group_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
) -> None:
    """Polls get until it answers 404 (the resource is deleted).

    Failure statuses (ERROR, error) raise ResourceFailed at once;
    WaitTimeout after timeout seconds.
    """
    waiters.wait_for_delete(
        lambda: get(client, firewall_group_id),
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="FirewallGroup",
    )
