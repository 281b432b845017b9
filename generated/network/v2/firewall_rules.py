"""Firewall rules (FWaaS v2) match traffic by protocol, addresses and ports and allow, deny or
reject it. Rules take effect once inserted into a firewall policy that a firewall group
applies to ports.
"""

# Generated from specs/network/v2/firewall_rules.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar, Literal

from typedstack.runtime import (
    UNSET,
    Model,
    Options,
    Pager,
    PageStyle,
    ServiceClient,
    UnsetType,
    finding,
)

__all__ = [
    "FirewallRule",
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
]


class FirewallRule(Model):
    """A firewall rule."""

    id: str
    """The ID of the rule."""

    name: str | UnsetType | None = UNSET
    """The name of the rule."""

    description: str | UnsetType | None = UNSET
    """A free-text description of the rule."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the rule."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (legacy name of project_id)."""

    firewall_policy_id: builtins.list[str] | UnsetType | None = UNSET
    """The IDs of the firewall policies holding the rule; null when it is in none. Only shown
    rules carry it: listings always give null.
    """

    shared: bool | UnsetType | None = UNSET
    """Whether every project may use the rule in its policies."""

    protocol: str | UnsetType | None = UNSET
    """The IP protocol matched (tcp, udp, icmp, or a number); null matches any protocol."""

    ip_version: int | UnsetType | None = UNSET
    """The IP version of the rule, 4 or 6."""

    source_ip_address: str | UnsetType | None = UNSET
    """The source IP address or CIDR matched; null matches any."""

    destination_ip_address: str | UnsetType | None = UNSET
    """The destination IP address or CIDR matched; null matches any."""

    source_port: str | UnsetType | None = UNSET
    """The source port ("80") or range ("80:90") matched; null matches any."""

    destination_port: str | UnsetType | None = UNSET
    """The destination port ("80") or range ("80:90") matched; null matches any."""

    action: str | UnsetType | None = UNSET
    """What happens to matching traffic (allow, deny or reject)."""

    enabled: bool | UnsetType | None = UNSET
    """Whether the rule is in effect; a disabled rule stays in its policies but matches nothing."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the rule with this ID."""

    name: str | UnsetType = UNSET
    """Only rules with this name."""

    description: str | UnsetType = UNSET
    """Only rules with this description."""

    project_id: str | UnsetType = UNSET
    """Only rules owned by this project."""

    tenant_id: str | UnsetType = UNSET
    """Only rules owned by this project (legacy name of project_id)."""

    shared: bool | UnsetType = UNSET
    """Only shared (true) or unshared (false) rules."""

    protocol: str | UnsetType = UNSET
    """Only rules matching this protocol."""

    ip_version: int | UnsetType = UNSET
    """Only rules of this IP version (4 or 6)."""

    source_ip_address: str | UnsetType = UNSET
    """Only rules matching this source address or CIDR."""

    destination_ip_address: str | UnsetType = UNSET
    """Only rules matching this destination address or CIDR."""

    action: str | UnsetType = UNSET
    """Only rules with this action (allow, deny or reject)."""

    enabled: bool | UnsetType = UNSET
    """Only enabled (true) or disabled (false) rules."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last rule of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by (id, name, project_id, tenant_id), one per sort_dir."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions (asc or desc), one per sort_key."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of each rule."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "description": "query",
        "project_id": "query",
        "tenant_id": "query",
        "shared": "query",
        "protocol": "query",
        "ip_version": "query",
        "source_ip_address": "query",
        "destination_ip_address": "query",
        "action": "query",
        "enabled": "query",
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
    """The name of the rule."""

    description: str | UnsetType = UNSET
    """A free-text description."""

    project_id: str | UnsetType = UNSET
    """The owning project, when an admin creates the rule for another project."""

    tenant_id: str | UnsetType = UNSET
    """The owning project (legacy name of project_id)."""

    shared: bool | UnsetType = UNSET
    """Lets every project use the rule (default false)."""

    protocol: str | UnsetType | None = UNSET
    """The IP protocol to match, by name or number; null or any (the default) matches every
    protocol.
    """

    ip_version: Literal[4, 6] | UnsetType = UNSET
    """The IP version of the rule (default 4)."""

    source_ip_address: str | UnsetType | None = UNSET
    """The source IP address or CIDR to match."""

    destination_ip_address: str | UnsetType | None = UNSET
    """The destination IP address or CIDR to match."""

    source_port: str | UnsetType | None = UNSET
    """The source port ("80") or inclusive range ("80:90") to match; tcp and udp only."""

    destination_port: str | UnsetType | None = UNSET
    """The destination port ("80") or inclusive range ("80:90") to match; tcp and udp only."""

    action: Literal["allow", "deny", "reject"] | UnsetType = UNSET
    """What to do with matching traffic (default deny)."""

    enabled: bool | UnsetType = UNSET
    """Whether the rule is in effect (default true)."""


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

    shared: bool | UnsetType = UNSET
    """Whether every project may use the rule."""

    protocol: str | UnsetType | None = UNSET
    """The new protocol to match; null or any matches every protocol."""

    ip_version: Literal[4, 6] | UnsetType = UNSET
    """The new IP version."""

    source_ip_address: str | UnsetType | None = UNSET
    """The new source address or CIDR; null matches any."""

    destination_ip_address: str | UnsetType | None = UNSET
    """The new destination address or CIDR; null matches any."""

    source_port: str | UnsetType | None = UNSET
    """The new source port or range; null matches any."""

    destination_port: str | UnsetType | None = UNSET
    """The new destination port or range; null matches any."""

    action: Literal["allow", "deny", "reject"] | UnsetType = UNSET
    """The new action."""

    enabled: bool | UnsetType = UNSET
    """Turns the rule on or off without taking it out of its policies."""


def list_url(client: ServiceClient) -> str:
    """The URL `/fwaas/firewall_rules`."""
    return client.url("/fwaas/firewall_rules")


def resource_url(client: ServiceClient, firewall_rule_id: str) -> str:
    """The URL `/fwaas/firewall_rules/{firewall_rule_id}`."""
    return client.url(
        "/fwaas/firewall_rules/{firewall_rule_id}", firewall_rule_id=firewall_rule_id
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[FirewallRule]:
    """Lists the firewall rules the caller can see.

    GET ``/fwaas/firewall_rules``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=FirewallRule,
        response_key="firewall_rules",
        style=PageStyle("links", links_key="firewall_rules_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
) -> FirewallRule:
    """Creates a firewall rule, not yet part of any policy.

    POST ``/fwaas/firewall_rules``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="firewall_rule",
        response_key="firewall_rule",
        response_type=FirewallRule,
    )


def get(
    client: ServiceClient,
    firewall_rule_id: str,
    opts: GetOpts | None = None,
) -> FirewallRule:
    """Shows a firewall rule, with the policies that hold it.

    GET ``/fwaas/firewall_rules/{firewall_rule_id}``

    Args:
        client: The network v2 service client.
        firewall_rule_id: The ID of the firewall rule.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, firewall_rule_id),
        ok=(200,),
        opts=opts,
        response_key="firewall_rule",
        response_type=FirewallRule,
    )


def update(
    client: ServiceClient,
    firewall_rule_id: str,
    opts: UpdateOpts | None = None,
) -> FirewallRule:
    """Changes a firewall rule; the policies holding it are marked as not audited.

    PUT ``/fwaas/firewall_rules/{firewall_rule_id}``

    Args:
        client: The network v2 service client.
        firewall_rule_id: The ID of the firewall rule.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, firewall_rule_id),
        ok=(200,),
        opts=opts,
        body_key="firewall_rule",
        response_key="firewall_rule",
        response_type=FirewallRule,
    )


def delete(
    client: ServiceClient,
    firewall_rule_id: str,
) -> None:
    """Deletes a firewall rule that no policy holds.

    DELETE ``/fwaas/firewall_rules/{firewall_rule_id}``

    Args:
        client: The network v2 service client.
        firewall_rule_id: The ID of the firewall rule.
    """
    client.call(
        "DELETE",
        resource_url(client, firewall_rule_id),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> FirewallRule:
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
        what="FirewallRule",
    )
