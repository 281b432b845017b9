"""Minimum bandwidth rules of a QoS policy guarantee a rate to the ports the policy applies to
(enforced by the backend or by scheduling on Placement resources).
"""

# Generated from specs/network/v2/qos_minimum_bandwidth_rules.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar, Literal

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "MinimumBandwidthRule",
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


class MinimumBandwidthRule(Model):
    """A minimum bandwidth rule of a QoS policy."""

    id: str
    """The ID of the minimum bandwidth rule."""

    min_kbps: int | UnsetType | None = UNSET
    """The guaranteed rate in kilobits per second."""

    direction: str | UnsetType | None = UNSET
    """The traffic direction the rule applies to, seen from the port."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the minimum bandwidth rule with this ID."""

    min_kbps: int | UnsetType = UNSET
    """Only rules with this min_kbps value."""

    direction: Literal["egress", "ingress"] | UnsetType = UNSET
    """Only rules for this direction."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last rule of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by (direction, id, min_kbps), one per sort_dir."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions (asc or desc), one per sort_key."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of each rule."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "min_kbps": "query",
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

    min_kbps: int
    """The guaranteed rate in kilobits per second."""

    direction: Literal["egress", "ingress"] | UnsetType = UNSET
    """The traffic direction, seen from the port (egress unless told)."""


class UpdateOpts(Options):
    """Options for :func:`update`."""

    min_kbps: int | UnsetType = UNSET
    """The guaranteed rate in kilobits per second."""

    direction: Literal["egress", "ingress"] | UnsetType = UNSET
    """The traffic direction, seen from the port."""


def list_url(client: ServiceClient, policy_id: str) -> str:
    """The URL `/qos/policies/{policy_id}/minimum_bandwidth_rules`."""
    return client.url("/qos/policies/{policy_id}/minimum_bandwidth_rules", policy_id=policy_id)


def resource_url(client: ServiceClient, policy_id: str, rule_id: str) -> str:
    """The URL `/qos/policies/{policy_id}/minimum_bandwidth_rules/{rule_id}`."""
    return client.url(
        "/qos/policies/{policy_id}/minimum_bandwidth_rules/{rule_id}",
        policy_id=policy_id,
        rule_id=rule_id,
    )


def list(
    client: ServiceClient,
    policy_id: str,
    opts: ListOpts | None = None,
) -> Pager[MinimumBandwidthRule]:
    """Lists the minimum bandwidth rules of a QoS policy.

    GET ``/qos/policies/{policy_id}/minimum_bandwidth_rules``

    Args:
        client: The network v2 service client.
        policy_id: The ID of the QoS policy.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client, policy_id),
        ok=(200,),
        item_type=MinimumBandwidthRule,
        response_key="minimum_bandwidth_rules",
        style=PageStyle("links", links_key="minimum_bandwidth_rules_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    policy_id: str,
    opts: CreateOpts,
) -> MinimumBandwidthRule:
    """Adds a minimum bandwidth rule to a QoS policy.

    POST ``/qos/policies/{policy_id}/minimum_bandwidth_rules``

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
        body_key="minimum_bandwidth_rule",
        response_key="minimum_bandwidth_rule",
        response_type=MinimumBandwidthRule,
    )


def get(
    client: ServiceClient,
    policy_id: str,
    rule_id: str,
) -> MinimumBandwidthRule:
    """Shows a minimum bandwidth rule of a QoS policy.

    GET ``/qos/policies/{policy_id}/minimum_bandwidth_rules/{rule_id}``

    Args:
        client: The network v2 service client.
        policy_id: The ID of the QoS policy.
        rule_id: The ID of the minimum bandwidth rule.
    """
    return client.call(
        "GET",
        resource_url(client, policy_id, rule_id),
        ok=(200,),
        response_key="minimum_bandwidth_rule",
        response_type=MinimumBandwidthRule,
    )


def update(
    client: ServiceClient,
    policy_id: str,
    rule_id: str,
    opts: UpdateOpts | None = None,
) -> MinimumBandwidthRule:
    """Changes a minimum bandwidth rule of a QoS policy.

    PUT ``/qos/policies/{policy_id}/minimum_bandwidth_rules/{rule_id}``

    Args:
        client: The network v2 service client.
        policy_id: The ID of the QoS policy.
        rule_id: The ID of the minimum bandwidth rule.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, policy_id, rule_id),
        ok=(200,),
        opts=opts,
        body_key="minimum_bandwidth_rule",
        response_key="minimum_bandwidth_rule",
        response_type=MinimumBandwidthRule,
    )


def delete(
    client: ServiceClient,
    policy_id: str,
    rule_id: str,
) -> None:
    """Removes a minimum bandwidth rule from its QoS policy.

    DELETE ``/qos/policies/{policy_id}/minimum_bandwidth_rules/{rule_id}``

    Args:
        client: The network v2 service client.
        policy_id: The ID of the QoS policy.
        rule_id: The ID of the minimum bandwidth rule.
    """
    client.call(
        "DELETE",
        resource_url(client, policy_id, rule_id),
        ok=(204,),
    )
