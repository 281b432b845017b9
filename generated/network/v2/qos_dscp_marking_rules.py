"""DSCP marking rules of a QoS policy set the Differentiated Services Code Point of the packets
leaving the ports the policy applies to.
"""

# Generated from specs/network/v2/qos_dscp_marking_rules.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "DscpMarkingRule",
    "ListOpts",
    "CreateOpts",
    "UpdateOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "list_url",
    "resource_url",
]


class DscpMarkingRule(Model):
    """A DSCP marking rule of a QoS policy."""

    id: str
    """The ID of the DSCP marking rule."""

    dscp_mark: int | UnsetType | None = UNSET
    """The DSCP value written into outgoing packets (an even number from 0 to 56)."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the DSCP marking rule with this ID."""

    dscp_mark: int | UnsetType = UNSET
    """Only rules with this dscp_mark value."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last rule of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by (dscp_mark, id), one per sort_dir."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions (asc or desc), one per sort_key."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of each rule."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "dscp_mark": "query",
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

    dscp_mark: int | UnsetType = UNSET
    """The DSCP value written into outgoing packets (an even number from 0 to 56)."""


class UpdateOpts(Options):
    """Options for :func:`update`."""

    dscp_mark: int | UnsetType = UNSET
    """The DSCP value written into outgoing packets (an even number from 0 to 56)."""


def list_url(client: ServiceClient, policy_id: str) -> str:
    """The URL `/qos/policies/{policy_id}/dscp_marking_rules`."""
    return client.url("/qos/policies/{policy_id}/dscp_marking_rules", policy_id=policy_id)


def resource_url(client: ServiceClient, policy_id: str, rule_id: str) -> str:
    """The URL `/qos/policies/{policy_id}/dscp_marking_rules/{rule_id}`."""
    return client.url(
        "/qos/policies/{policy_id}/dscp_marking_rules/{rule_id}",
        policy_id=policy_id,
        rule_id=rule_id,
    )


def list(
    client: ServiceClient,
    policy_id: str,
    opts: ListOpts | None = None,
) -> Pager[DscpMarkingRule]:
    """Lists the DSCP marking rules of a QoS policy.

    GET ``/qos/policies/{policy_id}/dscp_marking_rules``

    Args:
        client: The network v2 service client.
        policy_id: The ID of the QoS policy.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client, policy_id),
        ok=(200,),
        item_type=DscpMarkingRule,
        response_key="dscp_marking_rules",
        style=PageStyle("links", links_key="dscp_marking_rules_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    policy_id: str,
    opts: CreateOpts | None = None,
) -> DscpMarkingRule:
    """Adds a DSCP marking rule to a QoS policy.

    POST ``/qos/policies/{policy_id}/dscp_marking_rules``

    Args:
        client: The network v2 service client.
        policy_id: The ID of the QoS policy.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client, policy_id),
        ok=(201,),
        opts=opts,
        body_key="dscp_marking_rule",
        response_key="dscp_marking_rule",
        response_type=DscpMarkingRule,
    )


def get(
    client: ServiceClient,
    policy_id: str,
    rule_id: str,
) -> DscpMarkingRule:
    """Shows a DSCP marking rule of a QoS policy.

    GET ``/qos/policies/{policy_id}/dscp_marking_rules/{rule_id}``

    Args:
        client: The network v2 service client.
        policy_id: The ID of the QoS policy.
        rule_id: The ID of the DSCP marking rule.
    """
    return client.call(
        "GET",
        resource_url(client, policy_id, rule_id),
        ok=(200,),
        response_key="dscp_marking_rule",
        response_type=DscpMarkingRule,
    )


def update(
    client: ServiceClient,
    policy_id: str,
    rule_id: str,
    opts: UpdateOpts | None = None,
) -> DscpMarkingRule:
    """Changes a DSCP marking rule of a QoS policy.

    PUT ``/qos/policies/{policy_id}/dscp_marking_rules/{rule_id}``

    Args:
        client: The network v2 service client.
        policy_id: The ID of the QoS policy.
        rule_id: The ID of the DSCP marking rule.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, policy_id, rule_id),
        ok=(200,),
        opts=opts,
        body_key="dscp_marking_rule",
        response_key="dscp_marking_rule",
        response_type=DscpMarkingRule,
    )


def delete(
    client: ServiceClient,
    policy_id: str,
    rule_id: str,
) -> None:
    """Removes a DSCP marking rule from its QoS policy.

    DELETE ``/qos/policies/{policy_id}/dscp_marking_rules/{rule_id}``

    Args:
        client: The network v2 service client.
        policy_id: The ID of the QoS policy.
        rule_id: The ID of the DSCP marking rule.
    """
    client.call(
        "DELETE",
        resource_url(client, policy_id, rule_id),
        ok=(204,),
    )
