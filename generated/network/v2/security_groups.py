"""Security groups are named sets of rules filtering the traffic of the ports they are applied
to.
"""

# Generated from specs/network/v2/security_groups.yaml by `python -m generator`. Do not edit:
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

from . import security_group_rules

__all__ = [
    "SecurityGroup",
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
    "find",
]


class SecurityGroup(Model):
    """A security group."""

    id: str
    """The ID of the security group."""

    name: str | UnsetType | None = UNSET
    """The name of the security group."""

    description: str | UnsetType | None = UNSET
    """A free-form description."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (legacy name of project_id)."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the security group."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the security group was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the security group was last changed."""

    revision_number: int | UnsetType | None = UNSET
    """The revision number, raised on each change."""

    security_group_rules: (
        builtins.list[security_group_rules.SecurityGroupRule] | UnsetType | None
    ) = UNSET
    """The rules of the security group."""

    tags: builtins.list[str] | UnsetType | None = UNSET
    """The tags of the security group."""

    stateful: bool | UnsetType | None = UNSET
    """Whether the group is stateful (connection tracking) or stateless."""

    shared: bool | UnsetType | None = UNSET
    """Whether the group is shared with the caller's project through RBAC."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Filters by security group ID."""

    tenant_id: str | UnsetType = UNSET
    """Filters by owning project (legacy name)."""

    project_id: str | UnsetType = UNSET
    """Filters by owning project."""

    revision_number: int | UnsetType = UNSET
    """Filters by revision number."""

    name: str | UnsetType = UNSET
    """Filters by name."""

    description: str | UnsetType = UNSET
    """Filters by description."""

    stateful: bool | UnsetType = UNSET
    """Filters by statefulness."""

    shared: bool | UnsetType = UNSET
    """Filters groups shared with the caller (true) or not."""

    tags: builtins.list[str] | UnsetType = UNSET
    """Groups having all of these comma-separated tags."""

    tags_any: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="tags-any")
    """Groups having any of these comma-separated tags."""

    not_tags: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="not-tags")
    """Groups not having all of these comma-separated tags."""

    not_tags_any: builtins.list[str] | UnsetType = msgspec.field(
        default=UNSET, name="not-tags-any"
    )
    """Groups having none of these comma-separated tags."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last security group of the previous page."""

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
        "tenant_id": "query",
        "project_id": "query",
        "revision_number": "query",
        "name": "query",
        "description": "query",
        "stateful": "query",
        "shared": "query",
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

    name: str
    """The name of the security group."""

    description: str | UnsetType = UNSET
    """A free-form description."""

    tenant_id: str | UnsetType = UNSET
    """The owning project (legacy name of project_id)."""

    project_id: str | UnsetType = UNSET
    """The owning project (admins only)."""

    stateful: bool | UnsetType = UNSET
    """Whether the group is stateful (default true)."""


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


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new name."""

    description: str | UnsetType = UNSET
    """The new description."""

    stateful: bool | UnsetType = UNSET
    """Makes the group stateful or stateless (only while no port uses it)."""


def list_url(client: ServiceClient) -> str:
    """The URL `/security-groups`."""
    return client.url("/security-groups")


def resource_url(client: ServiceClient, security_group_id: str) -> str:
    """The URL `/security-groups/{security_group_id}`."""
    return client.url("/security-groups/{security_group_id}", security_group_id=security_group_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[SecurityGroup]:
    """Lists the security groups the caller can see.

    GET ``/security-groups``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=SecurityGroup,
        response_key="security_groups",
        style=PageStyle("links", links_key="security_groups_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> SecurityGroup:
    """Creates a security group (with the rules of the default security group rule templates).

    POST ``/security-groups``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="security_group",
        response_key="security_group",
        response_type=SecurityGroup,
    )


def get(
    client: ServiceClient,
    security_group_id: str,
    opts: GetOpts | None = None,
) -> SecurityGroup:
    """Shows a security group and its rules.

    GET ``/security-groups/{security_group_id}``

    Args:
        client: The network v2 service client.
        security_group_id: The ID of the security group.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, security_group_id),
        ok=(200,),
        opts=opts,
        response_key="security_group",
        response_type=SecurityGroup,
    )


def update(
    client: ServiceClient,
    security_group_id: str,
    opts: UpdateOpts | None = None,
) -> SecurityGroup:
    """Renames a security group or changes its description or statefulness.

    PUT ``/security-groups/{security_group_id}``

    Args:
        client: The network v2 service client.
        security_group_id: The ID of the security group.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, security_group_id),
        ok=(200,),
        opts=opts,
        body_key="security_group",
        response_key="security_group",
        response_type=SecurityGroup,
    )


def delete(
    client: ServiceClient,
    security_group_id: str,
) -> None:
    """Deletes a security group and its rules.

    DELETE ``/security-groups/{security_group_id}``

    Args:
        client: The network v2 service client.
        security_group_id: The ID of the security group.
    """
    client.call(
        "DELETE",
        resource_url(client, security_group_id),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> SecurityGroup:
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
        what="SecurityGroup",
    )
