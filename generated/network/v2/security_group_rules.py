"""Security group rules: each rule of a security group lets one kind of traffic in (ingress) or
out (egress) of the ports the group is applied to.
"""

# Generated from specs/network/v2/security_group_rules.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from typing import ClassVar, Literal

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "SecurityGroupRule",
    "NewRule",
    "ListOpts",
    "CreateOpts",
    "GetOpts",
    "list",
    "create",
    "create_bulk",
    "get",
    "delete",
    "list_url",
    "resource_url",
]


class SecurityGroupRule(Model):
    """A rule of a security group."""

    id: str
    """The ID of the rule."""

    security_group_id: str | UnsetType | None = UNSET
    """The ID of the security group the rule belongs to."""

    direction: str | UnsetType | None = UNSET
    """The direction of the traffic the rule allows: ingress or egress."""

    ethertype: str | UnsetType | None = UNSET
    """The IP version: IPv4 or IPv6."""

    protocol: str | UnsetType | None = UNSET
    """The IP protocol (a name such as tcp or a number), or null for any."""

    port_range_min: int | UnsetType | None = UNSET
    """The lowest port (or the ICMP type) matched, or null."""

    port_range_max: int | UnsetType | None = UNSET
    """The highest port (or the ICMP code) matched, or null."""

    remote_ip_prefix: str | UnsetType | None = UNSET
    """The remote CIDR the rule matches, or null."""

    remote_group_id: str | UnsetType | None = UNSET
    """The remote security group whose ports the rule matches, or null."""

    remote_address_group_id: str | UnsetType | None = UNSET
    """The remote address group the rule matches, or null."""

    description: str | UnsetType | None = UNSET
    """A free-form description."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (legacy name of project_id)."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the rule."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the rule was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the rule was last changed."""

    revision_number: int | UnsetType | None = UNSET
    """The revision number, raised on each change."""

    belongs_to_default_sg: bool | UnsetType | None = UNSET
    """Whether the rule belongs to a project's default security group."""

    normalized_cidr: str | UnsetType | None = UNSET
    """The remote CIDR with its host bits cleared (10.0.0.0/24 for 10.0.0.5/24), or null when
    the rule has no remote CIDR.
    """

    standard_attr_id: int | UnsetType | None = UNSET
    """The internal ID of the rule's standard attributes; only rules listed inside their
    security group carry it.
    """

    tags: builtins.list[str] | UnsetType | None = UNSET
    """The tags of the rule; only rules listed inside their security group carry them."""


class NewRule(Model):
    """A rule to create in a bulk request."""

    security_group_id: str
    """The security group to add the rule to."""

    direction: str
    """The direction: ingress or egress."""

    ethertype: str | UnsetType | None = UNSET
    """IPv4 (the default) or IPv6."""

    protocol: str | UnsetType | None = UNSET
    """The IP protocol, by name or number."""

    port_range_min: int | UnsetType | None = UNSET
    """The lowest port (or the ICMP type)."""

    port_range_max: int | UnsetType | None = UNSET
    """The highest port (or the ICMP code)."""

    remote_ip_prefix: str | UnsetType | None = UNSET
    """The remote CIDR to match."""

    remote_group_id: str | UnsetType | None = UNSET
    """The remote security group to match."""

    remote_address_group_id: str | UnsetType | None = UNSET
    """The remote address group to match."""

    description: str | UnsetType | None = UNSET
    """A free-form description."""

    project_id: str | UnsetType | None = UNSET
    """The owning project (admins only)."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Filters by rule ID."""

    security_group_id: str | UnsetType = UNSET
    """Filters by security group."""

    direction: str | UnsetType = UNSET
    """Filters by direction."""

    ethertype: str | UnsetType = UNSET
    """Filters by IP version."""

    protocol: str | UnsetType = UNSET
    """Filters by protocol."""

    port_range_min: int | UnsetType = UNSET
    """Filters by the lowest port."""

    port_range_max: int | UnsetType = UNSET
    """Filters by the highest port."""

    remote_ip_prefix: str | UnsetType = UNSET
    """Filters by remote CIDR."""

    remote_group_id: str | UnsetType = UNSET
    """Filters by remote security group."""

    remote_address_group_id: str | UnsetType = UNSET
    """Filters by remote address group."""

    description: str | UnsetType = UNSET
    """Filters by description."""

    tenant_id: str | UnsetType = UNSET
    """Filters by owning project (legacy name)."""

    project_id: str | UnsetType = UNSET
    """Filters by owning project."""

    revision_number: int | UnsetType = UNSET
    """Filters by revision number."""

    belongs_to_default_sg: bool | UnsetType = UNSET
    """Filters rules of default security groups (true) or of others."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last rule of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Sorts by these attributes (repeatable, paired with sort_dir)."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """The direction of each sort key: asc or desc."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Returns only these attributes."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "security_group_id": "query",
        "direction": "query",
        "ethertype": "query",
        "protocol": "query",
        "port_range_min": "query",
        "port_range_max": "query",
        "remote_ip_prefix": "query",
        "remote_group_id": "query",
        "remote_address_group_id": "query",
        "description": "query",
        "tenant_id": "query",
        "project_id": "query",
        "revision_number": "query",
        "belongs_to_default_sg": "query",
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

    security_group_id: str
    """The security group to add the rule to."""

    direction: Literal["ingress", "egress"]
    """The direction: ingress or egress."""

    ethertype: Literal["IPv4", "IPv6"] | UnsetType = UNSET
    """IPv4 (the default) or IPv6."""

    protocol: str | UnsetType = UNSET
    """The IP protocol, by name (tcp, udp, icmp, ...) or number."""

    port_range_min: int | UnsetType = UNSET
    """The lowest port (or the ICMP type)."""

    port_range_max: int | UnsetType = UNSET
    """The highest port (or the ICMP code)."""

    remote_ip_prefix: str | UnsetType = UNSET
    """The remote CIDR to match."""

    remote_group_id: str | UnsetType = UNSET
    """The remote security group to match."""

    remote_address_group_id: str | UnsetType = UNSET
    """The remote address group to match."""

    description: str | UnsetType = UNSET
    """A free-form description."""

    project_id: str | UnsetType = UNSET
    """The owning project (admins only)."""


class GetOpts(Options):
    """Options for :func:`get`."""

    verbose: bool | UnsetType = UNSET
    """Asks for a detailed representation."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Returns only these attributes."""

    locations: ClassVar[dict[str, str]] = {
        "verbose": "query",
        "fields": "query",
    }


def list_url(client: ServiceClient) -> str:
    """The URL `/security-group-rules`."""
    return client.url("/security-group-rules")


def resource_url(client: ServiceClient, security_group_rule_id: str) -> str:
    """The URL `/security-group-rules/{security_group_rule_id}`."""
    return client.url(
        "/security-group-rules/{security_group_rule_id}",
        security_group_rule_id=security_group_rule_id,
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[SecurityGroupRule]:
    """Lists the security group rules the caller can see.

    GET ``/security-group-rules``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=SecurityGroupRule,
        response_key="security_group_rules",
        style=PageStyle("links", links_key="security_group_rules_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> SecurityGroupRule:
    """Adds a rule to a security group.

    POST ``/security-group-rules``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="security_group_rule",
        response_key="security_group_rule",
        response_type=SecurityGroupRule,
    )


def create_bulk(
    client: ServiceClient,
    body: builtins.list[NewRule],
) -> builtins.list[SecurityGroupRule]:
    """Adds several rules in one request (all or none are created).

    POST ``/security-group-rules``

    Args:
        client: The network v2 service client.
        body: The request body (list<NewRule>).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        body=body,
        body_key="security_group_rules",
        response_key="security_group_rules",
        response_type=builtins.list[SecurityGroupRule],
    )


def get(
    client: ServiceClient,
    security_group_rule_id: str,
    opts: GetOpts | None = None,
) -> SecurityGroupRule:
    """Shows a security group rule.

    GET ``/security-group-rules/{security_group_rule_id}``

    Args:
        client: The network v2 service client.
        security_group_rule_id: The ID of the rule.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, security_group_rule_id),
        ok=(200,),
        opts=opts,
        response_key="security_group_rule",
        response_type=SecurityGroupRule,
    )


def delete(
    client: ServiceClient,
    security_group_rule_id: str,
) -> None:
    """Deletes a security group rule.

    DELETE ``/security-group-rules/{security_group_rule_id}``

    Args:
        client: The network v2 service client.
        security_group_rule_id: The ID of the rule.
    """
    client.call(
        "DELETE",
        resource_url(client, security_group_rule_id),
        ok=(204,),
    )
