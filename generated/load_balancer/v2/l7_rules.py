"""L7 rules are the match conditions of an L7 policy: a policy acts on a request only when every
one of its rules matches.
"""

# Generated from specs/load_balancer/v2/l7_rules.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from typing import ClassVar, Literal

import msgspec

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "L7Rule",
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
]


class L7Rule(Model):
    """An L7 rule of a policy."""

    id: str
    """The ID of the rule."""

    type: str | UnsetType | None = UNSET
    """Which part of the request the rule inspects."""

    compare_type: str | UnsetType | None = UNSET
    """How the inspected value is compared with `value`."""

    key: str | UnsetType | None = UNSET
    """The name of the cookie, header or DN field to inspect, for the types that need one."""

    value: str | UnsetType | None = UNSET
    """The value the inspected part is compared with."""

    invert: bool | UnsetType | None = UNSET
    """Whether the result of the comparison is negated."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the rule."""

    admin_state_up: bool | UnsetType | None = UNSET
    """Whether the rule is administratively enabled."""

    provisioning_status: str | UnsetType | None = UNSET
    """The provisioning state (ACTIVE, PENDING_CREATE, PENDING_UPDATE, PENDING_DELETE, DELETED
    or ERROR).
    """

    operating_status: str | UnsetType | None = UNSET
    """The observed operating state (ONLINE, OFFLINE, DEGRADED, ERROR, DRAINING or NO_MONITOR)."""

    tags: builtins.list[str] | UnsetType | None = UNSET
    """Tags attached to the rule."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the rule was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the rule was last changed."""


class ListOpts(Options):
    """Options for :func:`list`."""

    project_id: str | UnsetType = UNSET
    """Only rules owned by this project."""

    id: str | UnsetType = UNSET
    """Only the rule with this ID."""

    type: (
        Literal[
            "COOKIE",
            "FILE_TYPE",
            "HEADER",
            "HOST_NAME",
            "PATH",
            "SSL_CONN_HAS_CERT",
            "SSL_VERIFY_RESULT",
            "SSL_DN_FIELD",
        ]
        | UnsetType
    ) = UNSET
    """Only rules of this type."""

    compare_type: (
        Literal["CONTAINS", "ENDS_WITH", "EQUAL_TO", "REGEX", "STARTS_WITH"] | UnsetType
    ) = UNSET
    """Only rules with this comparison."""

    key: str | UnsetType = UNSET
    """Only rules with this key."""

    value: str | UnsetType = UNSET
    """Only rules with this value."""

    invert: bool | UnsetType = UNSET
    """Only inverted (true) or plain (false) rules."""

    admin_state_up: bool | UnsetType = UNSET
    """Only enabled (true) or disabled (false) rules."""

    provisioning_status: str | UnsetType = UNSET
    """Only rules in this provisioning state."""

    operating_status: str | UnsetType = UNSET
    """Only rules in this operating state."""

    tags: builtins.list[str] | UnsetType = UNSET
    """Only rules carrying all of these comma-separated tags."""

    tags_any: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="tags-any")
    """Only rules carrying at least one of these comma-separated tags."""

    not_tags: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="not-tags")
    """Leaves out rules carrying all of these comma-separated tags."""

    not_tags_any: builtins.list[str] | UnsetType = msgspec.field(
        default=UNSET, name="not-tags-any"
    )
    """Leaves out rules carrying any of these comma-separated tags."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last rule of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort: builtins.list[str] | UnsetType = UNSET
    """Sort order as comma-separated key:direction pairs (type:asc,created_at:desc)."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of each rule."""

    locations: ClassVar[dict[str, str]] = {
        "project_id": "query",
        "id": "query",
        "type": "query",
        "compare_type": "query",
        "key": "query",
        "value": "query",
        "invert": "query",
        "admin_state_up": "query",
        "provisioning_status": "query",
        "operating_status": "query",
        "tags": "csv",
        "tags_any": "csv",
        "not_tags": "csv",
        "not_tags_any": "csv",
        "limit": "query",
        "marker": "query",
        "page_reverse": "query",
        "sort": "csv",
        "fields": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    type: Literal[
        "COOKIE",
        "FILE_TYPE",
        "HEADER",
        "HOST_NAME",
        "PATH",
        "SSL_CONN_HAS_CERT",
        "SSL_VERIFY_RESULT",
        "SSL_DN_FIELD",
    ]
    """Which part of the request to inspect."""

    compare_type: Literal["CONTAINS", "ENDS_WITH", "EQUAL_TO", "REGEX", "STARTS_WITH"]
    """How to compare the inspected value with `value`."""

    value: str
    """The value to compare with."""

    key: str | UnsetType = UNSET
    """The cookie, header or DN field name, for the types that need one."""

    invert: bool | UnsetType = UNSET
    """Negates the result of the comparison."""

    admin_state_up: bool | UnsetType = UNSET
    """Whether the rule starts enabled."""

    project_id: str | UnsetType = UNSET
    """The owning project, when an administrator creates it for another project."""

    tags: builtins.list[str] | UnsetType = UNSET
    """Tags to attach to the rule."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of the rule."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    type: (
        Literal[
            "COOKIE",
            "FILE_TYPE",
            "HEADER",
            "HOST_NAME",
            "PATH",
            "SSL_CONN_HAS_CERT",
            "SSL_VERIFY_RESULT",
            "SSL_DN_FIELD",
        ]
        | UnsetType
    ) = UNSET
    """The new rule type."""

    compare_type: (
        Literal["CONTAINS", "ENDS_WITH", "EQUAL_TO", "REGEX", "STARTS_WITH"] | UnsetType
    ) = UNSET
    """The new comparison."""

    value: str | UnsetType = UNSET
    """The new comparison value."""

    key: str | UnsetType | None = UNSET
    """The new cookie, header or DN field name."""

    invert: bool | UnsetType = UNSET
    """Negates the comparison, or stops doing so."""

    admin_state_up: bool | UnsetType = UNSET
    """Enables or disables the rule."""

    tags: builtins.list[str] | UnsetType = UNSET
    """The new, complete list of tags."""


def list_url(client: ServiceClient, l7policy_id: str) -> str:
    """The URL `/lbaas/l7policies/{l7policy_id}/rules`."""
    return client.url("/lbaas/l7policies/{l7policy_id}/rules", l7policy_id=l7policy_id)


def resource_url(client: ServiceClient, l7policy_id: str, l7rule_id: str) -> str:
    """The URL `/lbaas/l7policies/{l7policy_id}/rules/{l7rule_id}`."""
    return client.url(
        "/lbaas/l7policies/{l7policy_id}/rules/{l7rule_id}",
        l7policy_id=l7policy_id,
        l7rule_id=l7rule_id,
    )


def list(
    client: ServiceClient,
    l7policy_id: str,
    opts: ListOpts | None = None,
) -> Pager[L7Rule]:
    """Lists the rules of an L7 policy.

    GET ``/lbaas/l7policies/{l7policy_id}/rules``

    Args:
        client: The load-balancer v2 service client.
        l7policy_id: The ID of the L7 policy.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client, l7policy_id),
        ok=(200,),
        item_type=L7Rule,
        response_key="rules",
        style=PageStyle("links", links_key="rules_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    l7policy_id: str,
    opts: CreateOpts,
) -> L7Rule:
    """Adds a rule to an L7 policy.

    POST ``/lbaas/l7policies/{l7policy_id}/rules``

    Args:
        client: The load-balancer v2 service client.
        l7policy_id: The ID of the L7 policy.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client, l7policy_id),
        ok=(201,),
        opts=opts,
        body_key="rule",
        response_key="rule",
        response_type=L7Rule,
    )


def get(
    client: ServiceClient,
    l7policy_id: str,
    l7rule_id: str,
    opts: GetOpts | None = None,
) -> L7Rule:
    """Shows one rule of an L7 policy.

    GET ``/lbaas/l7policies/{l7policy_id}/rules/{l7rule_id}``

    Args:
        client: The load-balancer v2 service client.
        l7policy_id: The ID of the L7 policy.
        l7rule_id: The ID of the rule.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, l7policy_id, l7rule_id),
        ok=(200,),
        opts=opts,
        response_key="rule",
        response_type=L7Rule,
    )


def update(
    client: ServiceClient,
    l7policy_id: str,
    l7rule_id: str,
    opts: UpdateOpts | None = None,
) -> L7Rule:
    """Changes a rule of an L7 policy.

    PUT ``/lbaas/l7policies/{l7policy_id}/rules/{l7rule_id}``

    Args:
        client: The load-balancer v2 service client.
        l7policy_id: The ID of the L7 policy.
        l7rule_id: The ID of the rule.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, l7policy_id, l7rule_id),
        ok=(200,),
        opts=opts,
        body_key="rule",
        response_key="rule",
        response_type=L7Rule,
    )


def delete(
    client: ServiceClient,
    l7policy_id: str,
    l7rule_id: str,
) -> None:
    """Removes a rule from an L7 policy.

    DELETE ``/lbaas/l7policies/{l7policy_id}/rules/{l7rule_id}``

    Args:
        client: The load-balancer v2 service client.
        l7policy_id: The ID of the L7 policy.
        l7rule_id: The ID of the rule.
    """
    client.call(
        "DELETE",
        resource_url(client, l7policy_id, l7rule_id),
        ok=(204,),
    )
