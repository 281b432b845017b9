"""Metering label rules select the traffic a metering label counts, by direction and by IP
prefix, or exclude traffic from it.
"""

# Generated from specs/network/v2/metering_label_rules.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar, Literal

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "MeteringLabelRule",
    "ListOpts",
    "CreateOpts",
    "list",
    "create",
    "get",
    "delete",
    "list_url",
    "resource_url",
]


class MeteringLabelRule(Model):
    """A metering label rule."""

    id: str
    """The ID of the rule."""

    metering_label_id: str | UnsetType | None = UNSET
    """The ID of the label the rule belongs to."""

    direction: str | UnsetType | None = UNSET
    """The direction of the traffic the rule matches."""

    excluded: bool | UnsetType | None = UNSET
    """Whether matching traffic is left out of the label's count instead of counted."""

    remote_ip_prefix: str | UnsetType | None = UNSET
    """Deprecated; the internal (private) IP prefix the rule matches."""

    source_ip_prefix: str | UnsetType | None = UNSET
    """The prefix the packets' source address must be in."""

    destination_ip_prefix: str | UnsetType | None = UNSET
    """The prefix the packets' destination address must be in."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the rule with this ID."""

    metering_label_id: str | UnsetType = UNSET
    """Only rules of this label."""

    direction: Literal["ingress", "egress"] | UnsetType = UNSET
    """Only rules for this direction."""

    excluded: bool | UnsetType = UNSET
    """Only excluding (true) or counting (false) rules."""

    remote_ip_prefix: str | UnsetType = UNSET
    """Only rules with this (deprecated) remote IP prefix."""

    source_ip_prefix: str | UnsetType = UNSET
    """Only rules with this source IP prefix."""

    destination_ip_prefix: str | UnsetType = UNSET
    """Only rules with this destination IP prefix."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last rule of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by (id, metering_label_id, excluded, remote_ip_prefix, direction), one
    per sort_dir.
    """

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions (asc or desc), one per sort_key."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of each rule."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "metering_label_id": "query",
        "direction": "query",
        "excluded": "query",
        "remote_ip_prefix": "query",
        "source_ip_prefix": "query",
        "destination_ip_prefix": "query",
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

    metering_label_id: str
    """The label to add the rule to."""

    direction: Literal["ingress", "egress"]
    """The direction of the traffic to match."""

    remote_ip_prefix: str | UnsetType = UNSET
    """Deprecated; the internal (private) IP prefix to match. Give source_ip_prefix and/or
    destination_ip_prefix instead.
    """

    source_ip_prefix: str | UnsetType = UNSET
    """Matches packets whose source address is in this prefix."""

    destination_ip_prefix: str | UnsetType = UNSET
    """Matches packets whose destination address is in this prefix."""

    excluded: bool | UnsetType = UNSET
    """Leaves matching traffic out of the label's count."""


def list_url(client: ServiceClient) -> str:
    """The URL `/metering/metering-label-rules`."""
    return client.url("/metering/metering-label-rules")


def resource_url(client: ServiceClient, metering_label_rule_id: str) -> str:
    """The URL `/metering/metering-label-rules/{metering_label_rule_id}`."""
    return client.url(
        "/metering/metering-label-rules/{metering_label_rule_id}",
        metering_label_rule_id=metering_label_rule_id,
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[MeteringLabelRule]:
    """Lists metering label rules.

    GET ``/metering/metering-label-rules``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=MeteringLabelRule,
        response_key="metering_label_rules",
        style=PageStyle("links", links_key="metering_label_rules_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> MeteringLabelRule:
    """Adds a rule to a metering label.

    POST ``/metering/metering-label-rules``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="metering_label_rule",
        response_key="metering_label_rule",
        response_type=MeteringLabelRule,
    )


def get(
    client: ServiceClient,
    metering_label_rule_id: str,
) -> MeteringLabelRule:
    """Shows a metering label rule.

    GET ``/metering/metering-label-rules/{metering_label_rule_id}``

    Args:
        client: The network v2 service client.
        metering_label_rule_id: The ID of the rule.
    """
    return client.call(
        "GET",
        resource_url(client, metering_label_rule_id),
        ok=(200,),
        response_key="metering_label_rule",
        response_type=MeteringLabelRule,
    )


def delete(
    client: ServiceClient,
    metering_label_rule_id: str,
) -> None:
    """Deletes a metering label rule.

    DELETE ``/metering/metering-label-rules/{metering_label_rule_id}``

    Args:
        client: The network v2 service client.
        metering_label_rule_id: The ID of the rule.
    """
    client.call(
        "DELETE",
        resource_url(client, metering_label_rule_id),
        ok=(204,),
    )
