"""Minimum packet rate rules of a QoS policy guarantee a packet rate to the ports the policy
applies to (used for scheduling on Placement resources).
"""

# Generated from specs/network/v2/qos_minimum_packet_rate_rules.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar, Literal

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "MinimumPacketRateRule",
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


class MinimumPacketRateRule(Model):
    """A minimum packet rate rule of a QoS policy."""

    id: str
    """The ID of the minimum packet rate rule."""

    min_kpps: int | UnsetType | None = UNSET
    """The guaranteed rate in thousands of packets per second."""

    direction: str | UnsetType | None = UNSET
    """The traffic direction the rule applies to, seen from the port."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the minimum packet rate rule with this ID."""

    min_kpps: int | UnsetType = UNSET
    """Only rules with this min_kpps value."""

    direction: Literal["any", "egress", "ingress"] | UnsetType = UNSET
    """Only rules for this direction."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last rule of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by (direction, id, min_kpps), one per sort_dir."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions (asc or desc), one per sort_key."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of each rule."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "min_kpps": "query",
        "direction": "query",
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

    min_kpps: int
    """The guaranteed rate in thousands of packets per second."""

    direction: Literal["any", "egress", "ingress"]
    """The traffic direction, seen from the port."""


class UpdateOpts(Options):
    """Options for :func:`update`."""

    min_kpps: int | UnsetType = UNSET
    """The guaranteed rate in thousands of packets per second."""

    direction: Literal["any", "egress", "ingress"] | UnsetType = UNSET
    """The traffic direction, seen from the port."""


def list_url(client: ServiceClient, policy_id: str) -> str:
    """The URL `/qos/policies/{policy_id}/minimum_packet_rate_rules`."""
    return client.url("/qos/policies/{policy_id}/minimum_packet_rate_rules", policy_id=policy_id)


def resource_url(client: ServiceClient, policy_id: str, rule_id: str) -> str:
    """The URL `/qos/policies/{policy_id}/minimum_packet_rate_rules/{rule_id}`."""
    return client.url(
        "/qos/policies/{policy_id}/minimum_packet_rate_rules/{rule_id}",
        policy_id=policy_id,
        rule_id=rule_id,
    )


def list(
    client: ServiceClient,
    policy_id: str,
    opts: ListOpts | None = None,
) -> Pager[MinimumPacketRateRule]:
    """Lists the minimum packet rate rules of a QoS policy.

    GET ``/qos/policies/{policy_id}/minimum_packet_rate_rules``

    Args:
        client: The network v2 service client.
        policy_id: The ID of the QoS policy.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client, policy_id),
        ok=(200,),
        item_type=MinimumPacketRateRule,
        response_key="minimum_packet_rate_rules",
        style=PageStyle("links", links_key="minimum_packet_rate_rules_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    policy_id: str,
    opts: CreateOpts,
) -> MinimumPacketRateRule:
    """Adds a minimum packet rate rule to a QoS policy.

    POST ``/qos/policies/{policy_id}/minimum_packet_rate_rules``

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
        body_key="minimum_packet_rate_rule",
        response_key="minimum_packet_rate_rule",
        response_type=MinimumPacketRateRule,
    )


def get(
    client: ServiceClient,
    policy_id: str,
    rule_id: str,
) -> MinimumPacketRateRule:
    """Shows a minimum packet rate rule of a QoS policy.

    GET ``/qos/policies/{policy_id}/minimum_packet_rate_rules/{rule_id}``

    Args:
        client: The network v2 service client.
        policy_id: The ID of the QoS policy.
        rule_id: The ID of the minimum packet rate rule.
    """
    return client.call(
        "GET",
        resource_url(client, policy_id, rule_id),
        ok=(200,),
        response_key="minimum_packet_rate_rule",
        response_type=MinimumPacketRateRule,
    )


def update(
    client: ServiceClient,
    policy_id: str,
    rule_id: str,
    opts: UpdateOpts | None = None,
) -> MinimumPacketRateRule:
    """Changes a minimum packet rate rule of a QoS policy.

    PUT ``/qos/policies/{policy_id}/minimum_packet_rate_rules/{rule_id}``

    Args:
        client: The network v2 service client.
        policy_id: The ID of the QoS policy.
        rule_id: The ID of the minimum packet rate rule.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, policy_id, rule_id),
        ok=(200,),
        opts=opts,
        body_key="minimum_packet_rate_rule",
        response_key="minimum_packet_rate_rule",
        response_type=MinimumPacketRateRule,
    )


def delete(
    client: ServiceClient,
    policy_id: str,
    rule_id: str,
) -> None:
    """Removes a minimum packet rate rule from its QoS policy.

    DELETE ``/qos/policies/{policy_id}/minimum_packet_rate_rules/{rule_id}``

    Args:
        client: The network v2 service client.
        policy_id: The ID of the QoS policy.
        rule_id: The ID of the minimum packet rate rule.
    """
    client.call(
        "DELETE",
        resource_url(client, policy_id, rule_id),
        ok=(204,),
    )
