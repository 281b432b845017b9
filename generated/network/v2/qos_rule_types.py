"""The kinds of QoS rule the server offers, and for each the backend drivers that support it
with the parameter values they accept.
"""

# Generated from specs/network/v2/qos_rule_types.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "RuleType",
    "RuleTypeDriver",
    "RuleTypeParameter",
    "ListOpts",
    "list",
    "get",
    "list_url",
    "resource_url",
]


class RuleType(Model):
    """A QoS rule type, with the loaded drivers that implement it."""

    type: str
    """The name of the rule type, such as bandwidth_limit or dscp_marking."""

    drivers: builtins.list[RuleTypeDriver] | UnsetType | None = UNSET
    """The loaded QoS drivers supporting this rule type (only when showing one type)."""


class RuleTypeDriver(Model):
    """A QoS backend driver and the rule parameters it understands."""

    name: str | UnsetType | None = UNSET
    """The name of the driver, such as openvswitch."""

    supported_parameters: builtins.list[RuleTypeParameter] | UnsetType | None = UNSET
    """The rule parameters this driver accepts."""


class RuleTypeParameter(Model):
    """One rule parameter a driver accepts, with its allowed values."""

    parameter_name: str | UnsetType | None = UNSET
    """The name of the rule parameter, such as max_kbps."""

    parameter_type: str | UnsetType | None = UNSET
    """How parameter_values is to be read, `range` or `choices`."""

    parameter_values: Any | UnsetType | None = UNSET
    """The allowed values: a mapping with `start` and `end` for a range, a list for choices."""


class ListOpts(Options):
    """Options for :func:`list`."""

    all_supported: bool | UnsetType = UNSET
    """Lists the rule types that at least one loaded driver supports, rather than all of them."""

    all_rules: bool | UnsetType = UNSET
    """Lists every rule type the server implements, whatever the drivers."""

    locations: ClassVar[dict[str, str]] = {
        "all_supported": "query",
        "all_rules": "query",
    }


def list_url(client: ServiceClient) -> str:
    """The URL `/qos/rule-types`."""
    return client.url("/qos/rule-types")


def resource_url(client: ServiceClient, rule_type: str) -> str:
    """The URL `/qos/rule-types/{rule_type}`."""
    return client.url("/qos/rule-types/{rule_type}", rule_type=rule_type)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> builtins.list[RuleType]:
    """Lists the QoS rule types usable with the loaded drivers.

    GET ``/qos/rule-types``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.call(
        "GET",
        list_url(client),
        ok=(200,),
        opts=opts,
        response_key="rule_types",
        response_type=builtins.list[RuleType],
    )


def get(
    client: ServiceClient,
    rule_type: str,
) -> RuleType:
    """Shows a QoS rule type and the drivers that support it.

    GET ``/qos/rule-types/{rule_type}``

    Args:
        client: The network v2 service client.
        rule_type: The name of the rule type, as returned by the listing.
    """
    return client.call(
        "GET",
        resource_url(client, rule_type),
        ok=(200,),
        response_key="rule_type",
        response_type=RuleType,
    )
