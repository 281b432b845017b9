"""The QoS rule alias API: show, change and delete QoS rules by rule ID alone, without naming
the policy they belong to (the qos-rules-alias and qos-pps-minimum-rule-alias extensions).
Bodies are wrapped in `alias_<type>_rule`; the rules are the ones of the policy-scoped
modules. Packet rate limit rules have no alias.
"""

# Generated from specs/network/v2/qos_rule_aliases.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import Literal

from typedstack.runtime import UNSET, Options, ServiceClient, UnsetType

from . import (
    qos_bandwidth_limit_rules,
    qos_dscp_marking_rules,
    qos_minimum_bandwidth_rules,
    qos_minimum_packet_rate_rules,
)

__all__ = [
    "UpdateBandwidthLimitRuleOpts",
    "UpdateDscpMarkingRuleOpts",
    "UpdateMinimumBandwidthRuleOpts",
    "UpdateMinimumPacketRateRuleOpts",
    "get_bandwidth_limit_rule",
    "update_bandwidth_limit_rule",
    "delete_bandwidth_limit_rule",
    "get_dscp_marking_rule",
    "update_dscp_marking_rule",
    "delete_dscp_marking_rule",
    "get_minimum_bandwidth_rule",
    "update_minimum_bandwidth_rule",
    "delete_minimum_bandwidth_rule",
    "get_minimum_packet_rate_rule",
    "update_minimum_packet_rate_rule",
    "delete_minimum_packet_rate_rule",
    "get_bandwidth_limit_rule_url",
    "get_dscp_marking_rule_url",
    "get_minimum_bandwidth_rule_url",
    "get_minimum_packet_rate_rule_url",
]


class UpdateBandwidthLimitRuleOpts(Options):
    """Options for :func:`update_bandwidth_limit_rule`."""

    max_kbps: int | UnsetType = UNSET
    """The maximum rate in kilobits per second."""

    max_burst_kbps: int | UnsetType = UNSET
    """The maximum burst size in kilobits (0 lets the backend choose)."""

    direction: Literal["egress", "ingress"] | UnsetType = UNSET
    """The traffic direction, seen from the port."""


class UpdateDscpMarkingRuleOpts(Options):
    """Options for :func:`update_dscp_marking_rule`."""

    dscp_mark: int | UnsetType = UNSET
    """The DSCP value written into outgoing packets (an even number from 0 to 56)."""


class UpdateMinimumBandwidthRuleOpts(Options):
    """Options for :func:`update_minimum_bandwidth_rule`."""

    min_kbps: int | UnsetType = UNSET
    """The guaranteed rate in kilobits per second."""

    direction: Literal["egress", "ingress"] | UnsetType = UNSET
    """The traffic direction, seen from the port."""


class UpdateMinimumPacketRateRuleOpts(Options):
    """Options for :func:`update_minimum_packet_rate_rule`."""

    min_kpps: int | UnsetType = UNSET
    """The guaranteed rate in thousands of packets per second."""

    direction: Literal["any", "egress", "ingress"] | UnsetType = UNSET
    """The traffic direction, seen from the port."""


def get_bandwidth_limit_rule_url(client: ServiceClient, rule_id: str) -> str:
    """The URL `/qos/alias_bandwidth_limit_rules/{rule_id}`."""
    return client.url("/qos/alias_bandwidth_limit_rules/{rule_id}", rule_id=rule_id)


def get_dscp_marking_rule_url(client: ServiceClient, rule_id: str) -> str:
    """The URL `/qos/alias_dscp_marking_rules/{rule_id}`."""
    return client.url("/qos/alias_dscp_marking_rules/{rule_id}", rule_id=rule_id)


def get_minimum_bandwidth_rule_url(client: ServiceClient, rule_id: str) -> str:
    """The URL `/qos/alias_minimum_bandwidth_rules/{rule_id}`."""
    return client.url("/qos/alias_minimum_bandwidth_rules/{rule_id}", rule_id=rule_id)


def get_minimum_packet_rate_rule_url(client: ServiceClient, rule_id: str) -> str:
    """The URL `/qos/alias_minimum_packet_rate_rules/{rule_id}`."""
    return client.url("/qos/alias_minimum_packet_rate_rules/{rule_id}", rule_id=rule_id)


def get_bandwidth_limit_rule(
    client: ServiceClient,
    rule_id: str,
) -> qos_bandwidth_limit_rules.BandwidthLimitRule:
    """Shows a bandwidth limit rule by its ID alone, without its policy's ID.

    GET ``/qos/alias_bandwidth_limit_rules/{rule_id}``

    Args:
        client: The network v2 service client.
        rule_id: The ID of the bandwidth limit rule.
    """
    return client.call(
        "GET",
        get_bandwidth_limit_rule_url(client, rule_id),
        ok=(200,),
        response_key="alias_bandwidth_limit_rule",
        response_type=qos_bandwidth_limit_rules.BandwidthLimitRule,
    )


def update_bandwidth_limit_rule(
    client: ServiceClient,
    rule_id: str,
    opts: UpdateBandwidthLimitRuleOpts | None = None,
) -> qos_bandwidth_limit_rules.BandwidthLimitRule:
    """Changes a bandwidth limit rule by its ID alone, without its policy's ID.

    PUT ``/qos/alias_bandwidth_limit_rules/{rule_id}``

    Args:
        client: The network v2 service client.
        rule_id: The ID of the bandwidth limit rule.
        opts: The options of the request (:class:`UpdateBandwidthLimitRuleOpts`).
    """
    return client.call(
        "PUT",
        get_bandwidth_limit_rule_url(client, rule_id),
        ok=(200,),
        opts=opts,
        body_key="alias_bandwidth_limit_rule",
        response_key="alias_bandwidth_limit_rule",
        response_type=qos_bandwidth_limit_rules.BandwidthLimitRule,
    )


def delete_bandwidth_limit_rule(
    client: ServiceClient,
    rule_id: str,
) -> None:
    """Deletes a bandwidth limit rule by its ID alone, without its policy's ID.

    DELETE ``/qos/alias_bandwidth_limit_rules/{rule_id}``

    Args:
        client: The network v2 service client.
        rule_id: The ID of the bandwidth limit rule.
    """
    client.call(
        "DELETE",
        get_bandwidth_limit_rule_url(client, rule_id),
        ok=(204,),
    )


def get_dscp_marking_rule(
    client: ServiceClient,
    rule_id: str,
) -> qos_dscp_marking_rules.DscpMarkingRule:
    """Shows a DSCP marking rule by its ID alone, without its policy's ID.

    GET ``/qos/alias_dscp_marking_rules/{rule_id}``

    Args:
        client: The network v2 service client.
        rule_id: The ID of the DSCP marking rule.
    """
    return client.call(
        "GET",
        get_dscp_marking_rule_url(client, rule_id),
        ok=(200,),
        response_key="alias_dscp_marking_rule",
        response_type=qos_dscp_marking_rules.DscpMarkingRule,
    )


def update_dscp_marking_rule(
    client: ServiceClient,
    rule_id: str,
    opts: UpdateDscpMarkingRuleOpts | None = None,
) -> qos_dscp_marking_rules.DscpMarkingRule:
    """Changes a DSCP marking rule by its ID alone, without its policy's ID.

    PUT ``/qos/alias_dscp_marking_rules/{rule_id}``

    Args:
        client: The network v2 service client.
        rule_id: The ID of the DSCP marking rule.
        opts: The options of the request (:class:`UpdateDscpMarkingRuleOpts`).
    """
    return client.call(
        "PUT",
        get_dscp_marking_rule_url(client, rule_id),
        ok=(200,),
        opts=opts,
        body_key="alias_dscp_marking_rule",
        response_key="alias_dscp_marking_rule",
        response_type=qos_dscp_marking_rules.DscpMarkingRule,
    )


def delete_dscp_marking_rule(
    client: ServiceClient,
    rule_id: str,
) -> None:
    """Deletes a DSCP marking rule by its ID alone, without its policy's ID.

    DELETE ``/qos/alias_dscp_marking_rules/{rule_id}``

    Args:
        client: The network v2 service client.
        rule_id: The ID of the DSCP marking rule.
    """
    client.call(
        "DELETE",
        get_dscp_marking_rule_url(client, rule_id),
        ok=(204,),
    )


def get_minimum_bandwidth_rule(
    client: ServiceClient,
    rule_id: str,
) -> qos_minimum_bandwidth_rules.MinimumBandwidthRule:
    """Shows a minimum bandwidth rule by its ID alone, without its policy's ID.

    GET ``/qos/alias_minimum_bandwidth_rules/{rule_id}``

    Args:
        client: The network v2 service client.
        rule_id: The ID of the minimum bandwidth rule.
    """
    return client.call(
        "GET",
        get_minimum_bandwidth_rule_url(client, rule_id),
        ok=(200,),
        response_key="alias_minimum_bandwidth_rule",
        response_type=qos_minimum_bandwidth_rules.MinimumBandwidthRule,
    )


def update_minimum_bandwidth_rule(
    client: ServiceClient,
    rule_id: str,
    opts: UpdateMinimumBandwidthRuleOpts | None = None,
) -> qos_minimum_bandwidth_rules.MinimumBandwidthRule:
    """Changes a minimum bandwidth rule by its ID alone, without its policy's ID.

    PUT ``/qos/alias_minimum_bandwidth_rules/{rule_id}``

    Args:
        client: The network v2 service client.
        rule_id: The ID of the minimum bandwidth rule.
        opts: The options of the request (:class:`UpdateMinimumBandwidthRuleOpts`).
    """
    return client.call(
        "PUT",
        get_minimum_bandwidth_rule_url(client, rule_id),
        ok=(200,),
        opts=opts,
        body_key="alias_minimum_bandwidth_rule",
        response_key="alias_minimum_bandwidth_rule",
        response_type=qos_minimum_bandwidth_rules.MinimumBandwidthRule,
    )


def delete_minimum_bandwidth_rule(
    client: ServiceClient,
    rule_id: str,
) -> None:
    """Deletes a minimum bandwidth rule by its ID alone, without its policy's ID.

    DELETE ``/qos/alias_minimum_bandwidth_rules/{rule_id}``

    Args:
        client: The network v2 service client.
        rule_id: The ID of the minimum bandwidth rule.
    """
    client.call(
        "DELETE",
        get_minimum_bandwidth_rule_url(client, rule_id),
        ok=(204,),
    )


def get_minimum_packet_rate_rule(
    client: ServiceClient,
    rule_id: str,
) -> qos_minimum_packet_rate_rules.MinimumPacketRateRule:
    """Shows a minimum packet rate rule by its ID alone, without its policy's ID.

    GET ``/qos/alias_minimum_packet_rate_rules/{rule_id}``

    Args:
        client: The network v2 service client.
        rule_id: The ID of the minimum packet rate rule.
    """
    return client.call(
        "GET",
        get_minimum_packet_rate_rule_url(client, rule_id),
        ok=(200,),
        response_key="alias_minimum_packet_rate_rule",
        response_type=qos_minimum_packet_rate_rules.MinimumPacketRateRule,
    )


def update_minimum_packet_rate_rule(
    client: ServiceClient,
    rule_id: str,
    opts: UpdateMinimumPacketRateRuleOpts | None = None,
) -> qos_minimum_packet_rate_rules.MinimumPacketRateRule:
    """Changes a minimum packet rate rule by its ID alone, without its policy's ID.

    PUT ``/qos/alias_minimum_packet_rate_rules/{rule_id}``

    Args:
        client: The network v2 service client.
        rule_id: The ID of the minimum packet rate rule.
        opts: The options of the request (:class:`UpdateMinimumPacketRateRuleOpts`).
    """
    return client.call(
        "PUT",
        get_minimum_packet_rate_rule_url(client, rule_id),
        ok=(200,),
        opts=opts,
        body_key="alias_minimum_packet_rate_rule",
        response_key="alias_minimum_packet_rate_rule",
        response_type=qos_minimum_packet_rate_rules.MinimumPacketRateRule,
    )


def delete_minimum_packet_rate_rule(
    client: ServiceClient,
    rule_id: str,
) -> None:
    """Deletes a minimum packet rate rule by its ID alone, without its policy's ID.

    DELETE ``/qos/alias_minimum_packet_rate_rules/{rule_id}``

    Args:
        client: The network v2 service client.
        rule_id: The ID of the minimum packet rate rule.
    """
    client.call(
        "DELETE",
        get_minimum_packet_rate_rule_url(client, rule_id),
        ok=(204,),
    )
