"""Firewall policies (FWaaS v2) are ordered lists of firewall rules. A firewall group applies
one policy to ingress and one to egress traffic; rules can be placed at a precise position
with insert_rule and taken out with remove_rule.
"""

# Generated from specs/network/v2/firewall_policies.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
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
)

__all__ = [
    "FirewallPolicy",
    "ListOpts",
    "CreateOpts",
    "GetOpts",
    "UpdateOpts",
    "InsertRuleOpts",
    "RemoveRuleOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "insert_rule",
    "remove_rule",
    "list_url",
    "resource_url",
    "insert_rule_url",
    "remove_rule_url",
    "find",
]


class FirewallPolicy(Model):
    """A firewall policy."""

    id: str
    """The ID of the policy."""

    name: str | UnsetType | None = UNSET
    """The name of the policy."""

    description: str | UnsetType | None = UNSET
    """A free-text description of the policy."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the policy."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (legacy name of project_id)."""

    firewall_rules: builtins.list[str] | UnsetType | None = UNSET
    """The IDs of the policy's rules, in the order they are evaluated."""

    audited: bool | UnsetType | None = UNSET
    """Whether someone marked the policy as audited; the server resets it to false whenever the
    policy or one of its rules changes.
    """

    shared: bool | UnsetType | None = UNSET
    """Whether every project may use the policy."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the policy with this ID."""

    name: str | UnsetType = UNSET
    """Only policies with this name."""

    description: str | UnsetType = UNSET
    """Only policies with this description."""

    project_id: str | UnsetType = UNSET
    """Only policies owned by this project."""

    tenant_id: str | UnsetType = UNSET
    """Only policies owned by this project (legacy name of project_id)."""

    shared: bool | UnsetType = UNSET
    """Only shared (true) or unshared (false) policies."""

    audited: bool | UnsetType = UNSET
    """Only audited (true) or unaudited (false) policies."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last policy of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by (id, name, project_id, tenant_id), one per sort_dir."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions (asc or desc), one per sort_key."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of each policy."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "description": "query",
        "project_id": "query",
        "tenant_id": "query",
        "shared": "query",
        "audited": "query",
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
    """The name of the policy."""

    description: str | UnsetType = UNSET
    """A free-text description."""

    project_id: str | UnsetType = UNSET
    """The owning project, when an admin creates the policy for another project."""

    tenant_id: str | UnsetType = UNSET
    """The owning project (legacy name of project_id)."""

    firewall_rules: builtins.list[str] | UnsetType = UNSET
    """The IDs of the rules of the policy, first evaluated first."""

    audited: bool | UnsetType = UNSET
    """Marks the policy as audited (default false)."""

    shared: bool | UnsetType = UNSET
    """Lets every project use the policy (default false); all its rules must be shared too."""


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

    firewall_rules: builtins.list[str] | UnsetType = UNSET
    """Replaces the whole ordered list of rule IDs (an empty list removes them all)."""

    audited: bool | UnsetType = UNSET
    """Marks the policy as audited (true) or not."""

    shared: bool | UnsetType = UNSET
    """Whether every project may use the policy."""


class InsertRuleOpts(Options):
    """Options for :func:`insert_rule`."""

    firewall_rule_id: str
    """The ID of the rule to insert; it must not be in the policy yet."""

    insert_before: str | UnsetType = UNSET
    """Places the rule just before this rule of the policy; wins over insert_after."""

    insert_after: str | UnsetType = UNSET
    """Places the rule just after this rule of the policy."""


class RemoveRuleOpts(Options):
    """Options for :func:`remove_rule`."""

    firewall_rule_id: str
    """The ID of the rule to take out."""


def list_url(client: ServiceClient) -> str:
    """The URL `/fwaas/firewall_policies`."""
    return client.url("/fwaas/firewall_policies")


def resource_url(client: ServiceClient, firewall_policy_id: str) -> str:
    """The URL `/fwaas/firewall_policies/{firewall_policy_id}`."""
    return client.url(
        "/fwaas/firewall_policies/{firewall_policy_id}", firewall_policy_id=firewall_policy_id
    )


def insert_rule_url(client: ServiceClient, firewall_policy_id: str) -> str:
    """The URL `/fwaas/firewall_policies/{firewall_policy_id}/insert_rule`."""
    return client.url(
        "/fwaas/firewall_policies/{firewall_policy_id}/insert_rule",
        firewall_policy_id=firewall_policy_id,
    )


def remove_rule_url(client: ServiceClient, firewall_policy_id: str) -> str:
    """The URL `/fwaas/firewall_policies/{firewall_policy_id}/remove_rule`."""
    return client.url(
        "/fwaas/firewall_policies/{firewall_policy_id}/remove_rule",
        firewall_policy_id=firewall_policy_id,
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[FirewallPolicy]:
    """Lists the firewall policies the caller can see.

    GET ``/fwaas/firewall_policies``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=FirewallPolicy,
        response_key="firewall_policies",
        style=PageStyle("links", links_key="firewall_policies_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
) -> FirewallPolicy:
    """Creates a firewall policy, optionally with its rules in order.

    POST ``/fwaas/firewall_policies``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="firewall_policy",
        response_key="firewall_policy",
        response_type=FirewallPolicy,
    )


def get(
    client: ServiceClient,
    firewall_policy_id: str,
    opts: GetOpts | None = None,
) -> FirewallPolicy:
    """Shows a firewall policy.

    GET ``/fwaas/firewall_policies/{firewall_policy_id}``

    Args:
        client: The network v2 service client.
        firewall_policy_id: The ID of the firewall policy.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, firewall_policy_id),
        ok=(200,),
        opts=opts,
        response_key="firewall_policy",
        response_type=FirewallPolicy,
    )


def update(
    client: ServiceClient,
    firewall_policy_id: str,
    opts: UpdateOpts | None = None,
) -> FirewallPolicy:
    """Changes a firewall policy; unless audited is given, the policy becomes unaudited.

    PUT ``/fwaas/firewall_policies/{firewall_policy_id}``

    Args:
        client: The network v2 service client.
        firewall_policy_id: The ID of the firewall policy.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, firewall_policy_id),
        ok=(200,),
        opts=opts,
        body_key="firewall_policy",
        response_key="firewall_policy",
        response_type=FirewallPolicy,
    )


def delete(
    client: ServiceClient,
    firewall_policy_id: str,
) -> None:
    """Deletes a firewall policy that no firewall group uses.

    DELETE ``/fwaas/firewall_policies/{firewall_policy_id}``

    Args:
        client: The network v2 service client.
        firewall_policy_id: The ID of the firewall policy.
    """
    client.call(
        "DELETE",
        resource_url(client, firewall_policy_id),
        ok=(204,),
    )


def insert_rule(
    client: ServiceClient,
    firewall_policy_id: str,
    opts: InsertRuleOpts,
) -> FirewallPolicy:
    """Inserts a rule into a policy, before or after a rule already in it, or first when neither is
    given; returns the updated policy.

    PUT ``/fwaas/firewall_policies/{firewall_policy_id}/insert_rule``

    Args:
        client: The network v2 service client.
        firewall_policy_id: The ID of the firewall policy.
        opts: The options of the request (:class:`InsertRuleOpts`).
    """
    return client.call(
        "PUT",
        insert_rule_url(client, firewall_policy_id),
        ok=(200,),
        opts=opts,
        response_type=FirewallPolicy,
    )


def remove_rule(
    client: ServiceClient,
    firewall_policy_id: str,
    opts: RemoveRuleOpts,
) -> FirewallPolicy:
    """Takes a rule out of a policy (the rule itself remains); returns the updated policy.

    PUT ``/fwaas/firewall_policies/{firewall_policy_id}/remove_rule``

    Args:
        client: The network v2 service client.
        firewall_policy_id: The ID of the firewall policy.
        opts: The options of the request (:class:`RemoveRuleOpts`).
    """
    return client.call(
        "PUT",
        remove_rule_url(client, firewall_policy_id),
        ok=(200,),
        opts=opts,
        response_type=FirewallPolicy,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> FirewallPolicy:
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
        what="FirewallPolicy",
    )
