"""Default security group rules are the templates Neutron copies into each new security group:
into the default group of every project, into the groups users create, or both (security-
groups-default-rules extension).
"""

# Generated from specs/network/v2/default_security_group_rules.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar, Literal

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "DefaultSecurityGroupRule",
    "ListOpts",
    "CreateOpts",
    "GetOpts",
    "list",
    "create",
    "get",
    "delete",
    "list_url",
    "resource_url",
]


class DefaultSecurityGroupRule(Model):
    """A security group rule template."""

    id: str
    """The ID of the template."""

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
    """The remote security group matched, or null; PARENT means the group the rule is copied
    into.
    """

    remote_address_group_id: str | UnsetType | None = UNSET
    """The remote address group matched, or null."""

    used_in_default_sg: bool | UnsetType | None = UNSET
    """Whether the rule is copied into the default security group of new projects."""

    used_in_non_default_sg: bool | UnsetType | None = UNSET
    """Whether the rule is copied into security groups users create."""

    description: str | UnsetType | None = UNSET
    """A free-form description."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Filters by template ID."""

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

    used_in_default_sg: bool | UnsetType = UNSET
    """Filters templates used in default security groups."""

    used_in_non_default_sg: bool | UnsetType = UNSET
    """Filters templates used in user-created security groups."""

    description: str | UnsetType = UNSET
    """Filters by description."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last template of the previous page."""

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
        "direction": "query",
        "ethertype": "query",
        "protocol": "query",
        "port_range_min": "query",
        "port_range_max": "query",
        "remote_ip_prefix": "query",
        "remote_group_id": "query",
        "remote_address_group_id": "query",
        "used_in_default_sg": "query",
        "used_in_non_default_sg": "query",
        "description": "query",
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
    """The remote security group to match; PARENT for the group the rule is copied into."""

    remote_address_group_id: str | UnsetType = UNSET
    """The remote address group to match."""

    used_in_default_sg: bool | UnsetType = UNSET
    """Copies the rule into the default group of new projects (default false)."""

    used_in_non_default_sg: bool | UnsetType = UNSET
    """Copies the rule into groups users create (default true)."""

    description: str | UnsetType = UNSET
    """A free-form description."""


class GetOpts(Options):
    """Options for :func:`get`."""

    verbose: bool | UnsetType = UNSET
    """Asks for a detailed representation (documented by the api-ref; the Neutron API server
    answers the same either way).
    """

    fields: builtins.list[str] | UnsetType = UNSET
    """Returns only these attributes."""

    locations: ClassVar[dict[str, str]] = {
        "verbose": "query",
        "fields": "query",
    }


def list_url(client: ServiceClient) -> str:
    """The URL `/default-security-group-rules`."""
    return client.url("/default-security-group-rules")


def resource_url(client: ServiceClient, default_security_group_rule_id: str) -> str:
    """The URL `/default-security-group-rules/{default_security_group_rule_id}`."""
    return client.url(
        "/default-security-group-rules/{default_security_group_rule_id}",
        default_security_group_rule_id=default_security_group_rule_id,
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[DefaultSecurityGroupRule]:
    """Lists the security group rule templates.

    GET ``/default-security-group-rules``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=DefaultSecurityGroupRule,
        response_key="default_security_group_rules",
        style=PageStyle("links", links_key="default_security_group_rules_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> DefaultSecurityGroupRule:
    """Creates a security group rule template (admins only).

    POST ``/default-security-group-rules``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="default_security_group_rule",
        response_key="default_security_group_rule",
        response_type=DefaultSecurityGroupRule,
    )


def get(
    client: ServiceClient,
    default_security_group_rule_id: str,
    opts: GetOpts | None = None,
) -> DefaultSecurityGroupRule:
    """Shows a security group rule template.

    GET ``/default-security-group-rules/{default_security_group_rule_id}``

    Args:
        client: The network v2 service client.
        default_security_group_rule_id: The ID of the template.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, default_security_group_rule_id),
        ok=(200,),
        opts=opts,
        response_key="default_security_group_rule",
        response_type=DefaultSecurityGroupRule,
    )


def delete(
    client: ServiceClient,
    default_security_group_rule_id: str,
) -> None:
    """Deletes a security group rule template (groups already made keep their rules).

    DELETE ``/default-security-group-rules/{default_security_group_rule_id}``

    Args:
        client: The network v2 service client.
        default_security_group_rule_id: The ID of the template.
    """
    client.call(
        "DELETE",
        resource_url(client, default_security_group_rule_id),
        ok=(204,),
    )
