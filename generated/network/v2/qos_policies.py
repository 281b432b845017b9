"""QoS policies group quality-of-service rules (bandwidth limits, DSCP marking, minimum
bandwidth and packet rates) that can be attached to networks, ports and floating IPs through
their `qos_policy_id`.
"""

# Generated from specs/network/v2/qos_policies.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from typing import ClassVar

import msgspec

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
    "Policy",
    "PolicyRule",
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
    "find",
]


class Policy(Model):
    """A QoS policy."""

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

    shared: bool | UnsetType | None = UNSET
    """Whether every project may use the policy."""

    is_default: bool | UnsetType | None = UNSET
    """Whether this is the default policy of its project (applied to new networks)."""

    rules: builtins.list[PolicyRule] | UnsetType | None = UNSET
    """The rules of the policy, of all types."""

    tags: builtins.list[str] | UnsetType | None = UNSET
    """The tags attached to the policy."""

    revision_number: int | UnsetType | None = UNSET
    """A counter the server increases on every change of the policy."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the policy was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the policy was last changed."""


class PolicyRule(Model):
    """One rule as listed inside its policy; which value fields are present depends on the
    rule's `type`.
    """

    id: str
    """The ID of the rule."""

    type: str | UnsetType | None = UNSET
    """The rule type (bandwidth_limit, dscp_marking, minimum_bandwidth, minimum_packet_rate or
    packet_rate_limit).
    """

    qos_policy_id: str | UnsetType | None = UNSET
    """The ID of the policy the rule belongs to."""

    direction: str | UnsetType | None = UNSET
    """The traffic direction the rule applies to, seen from the port (egress, ingress, or any)."""

    max_kbps: int | UnsetType | None = UNSET
    """Bandwidth limit rules, the maximum rate in kilobits per second."""

    max_burst_kbps: int | UnsetType | None = UNSET
    """Bandwidth limit rules, the maximum burst in kilobits."""

    dscp_mark: int | UnsetType | None = UNSET
    """DSCP marking rules, the DSCP value set on outgoing packets."""

    min_kbps: int | UnsetType | None = UNSET
    """Minimum bandwidth rules, the guaranteed rate in kilobits per second."""

    min_kpps: int | UnsetType | None = UNSET
    """Minimum packet rate rules, the guaranteed rate in thousands of packets per second."""

    max_kpps: int | UnsetType | None = UNSET
    """Packet rate limit rules, the maximum rate in thousands of packets per second."""

    max_burst_kpps: int | UnsetType | None = UNSET
    """Packet rate limit rules, the maximum burst in thousands of packets per second."""


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

    is_default: bool | UnsetType = UNSET
    """Only default (true) or non-default (false) policies (documented; some Neutron releases
    accept it without filtering).
    """

    revision_number: int | UnsetType = UNSET
    """Only policies at this revision."""

    tags: builtins.list[str] | UnsetType = UNSET
    """Only policies carrying all of these comma-separated tags."""

    tags_any: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="tags-any")
    """Only policies carrying at least one of these comma-separated tags."""

    not_tags: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="not-tags")
    """Leaves out policies carrying all of these comma-separated tags."""

    not_tags_any: builtins.list[str] | UnsetType = msgspec.field(
        default=UNSET, name="not-tags-any"
    )
    """Leaves out policies carrying any of these comma-separated tags."""

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
        "is_default": "query",
        "revision_number": "query",
        "tags": "csv",
        "tags_any": "csv",
        "not_tags": "csv",
        "not_tags_any": "csv",
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

    shared: bool | UnsetType = UNSET
    """Makes the policy usable by every project."""

    is_default: bool | UnsetType = UNSET
    """Makes the policy the default of its project."""


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new name."""

    description: str | UnsetType = UNSET
    """The new description."""

    shared: bool | UnsetType = UNSET
    """Shares or unshares the policy."""

    is_default: bool | UnsetType = UNSET
    """Makes the policy the default of its project, or stops it being so."""


def list_url(client: ServiceClient) -> str:
    """The URL `/qos/policies`."""
    return client.url("/qos/policies")


def resource_url(client: ServiceClient, policy_id: str) -> str:
    """The URL `/qos/policies/{policy_id}`."""
    return client.url("/qos/policies/{policy_id}", policy_id=policy_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Policy]:
    """Lists the QoS policies the caller can see.

    GET ``/qos/policies``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Policy,
        response_key="policies",
        style=PageStyle("links", links_key="policies_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
) -> Policy:
    """Creates a QoS policy (without rules; add them with the rule operations).

    POST ``/qos/policies``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="policy",
        response_key="policy",
        response_type=Policy,
    )


def get(
    client: ServiceClient,
    policy_id: str,
) -> Policy:
    """Shows a QoS policy with its rules.

    GET ``/qos/policies/{policy_id}``

    Args:
        client: The network v2 service client.
        policy_id: The ID of the policy.
    """
    return client.call(
        "GET",
        resource_url(client, policy_id),
        ok=(200,),
        response_key="policy",
        response_type=Policy,
    )


def update(
    client: ServiceClient,
    policy_id: str,
    opts: UpdateOpts | None = None,
) -> Policy:
    """Changes the name, description, sharing or default flag of a QoS policy.

    PUT ``/qos/policies/{policy_id}``

    Args:
        client: The network v2 service client.
        policy_id: The ID of the policy.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, policy_id),
        ok=(200,),
        opts=opts,
        body_key="policy",
        response_key="policy",
        response_type=Policy,
    )


def delete(
    client: ServiceClient,
    policy_id: str,
) -> None:
    """Deletes a QoS policy (refused while a network or port uses it).

    DELETE ``/qos/policies/{policy_id}``

    Args:
        client: The network v2 service client.
        policy_id: The ID of the policy.
    """
    client.call(
        "DELETE",
        resource_url(client, policy_id),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Policy:
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
        what="Policy",
    )
