"""Security groups default statefulness: per-project records of whether the security groups
created in a project are stateful by default (security-groups-default-statefulness
extension).
"""

# Generated from specs/network/v2/security_groups_default_statefulness.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "SecurityGroupsDefaultStatefulness",
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


class SecurityGroupsDefaultStatefulness(Model):
    """The default statefulness of new security groups in one project."""

    id: str
    """The ID of the record."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project the default applies to."""

    stateful: bool | UnsetType | None = UNSET
    """Whether new security groups of the project are stateful."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Filters by record ID."""

    project_id: str | UnsetType = UNSET
    """Filters by project."""

    stateful: bool | UnsetType = UNSET
    """Filters by statefulness."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last record of the previous page."""

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
        "project_id": "query",
        "stateful": "query",
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

    project_id: str | UnsetType = UNSET
    """The project the default applies to (the caller's when absent)."""

    stateful: bool | UnsetType = UNSET
    """Whether new security groups are stateful (default true)."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Returns only these attributes."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    stateful: bool | UnsetType = UNSET
    """Whether new security groups are stateful."""


def list_url(client: ServiceClient) -> str:
    """The URL `/security-groups-default-statefulness`."""
    return client.url("/security-groups-default-statefulness")


def resource_url(client: ServiceClient, security_groups_default_statefulness_id: str) -> str:
    """The URL `/security-groups-default-
    statefulness/{security_groups_default_statefulness_id}`.
    """
    return client.url(
        "/security-groups-default-statefulness/{security_groups_default_statefulness_id}",
        security_groups_default_statefulness_id=security_groups_default_statefulness_id,
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[SecurityGroupsDefaultStatefulness]:
    """Lists the default statefulness records.

    GET ``/security-groups-default-statefulness``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=SecurityGroupsDefaultStatefulness,
        response_key="security_groups_default_statefulness",
        style=PageStyle("links", links_key="security_groups_default_statefulness_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
) -> SecurityGroupsDefaultStatefulness:
    """Sets the default statefulness of new security groups for a project.

    POST ``/security-groups-default-statefulness``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="security_groups_default_statefulness",
        response_key="security_groups_default_statefulness",
        response_type=SecurityGroupsDefaultStatefulness,
    )


def get(
    client: ServiceClient,
    security_groups_default_statefulness_id: str,
    opts: GetOpts | None = None,
) -> SecurityGroupsDefaultStatefulness:
    """Shows a default statefulness record.

    GET ``/security-groups-default-statefulness/{security_groups_default_statefulness_id}``

    Args:
        client: The network v2 service client.
        security_groups_default_statefulness_id: The ID of the record.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, security_groups_default_statefulness_id),
        ok=(200,),
        opts=opts,
        response_key="security_groups_default_statefulness",
        response_type=SecurityGroupsDefaultStatefulness,
    )


def update(
    client: ServiceClient,
    security_groups_default_statefulness_id: str,
    opts: UpdateOpts | None = None,
) -> SecurityGroupsDefaultStatefulness:
    """Changes the default statefulness of a project.

    PUT ``/security-groups-default-statefulness/{security_groups_default_statefulness_id}``

    Args:
        client: The network v2 service client.
        security_groups_default_statefulness_id: The ID of the record.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, security_groups_default_statefulness_id),
        ok=(200,),
        opts=opts,
        body_key="security_groups_default_statefulness",
        response_key="security_groups_default_statefulness",
        response_type=SecurityGroupsDefaultStatefulness,
    )


def delete(
    client: ServiceClient,
    security_groups_default_statefulness_id: str,
) -> None:
    """Deletes a default statefulness record (the project falls back to stateful).

    DELETE ``/security-groups-default-statefulness/{security_groups_default_statefulness_id}``

    Args:
        client: The network v2 service client.
        security_groups_default_statefulness_id: The ID of the record.
    """
    client.call(
        "DELETE",
        resource_url(client, security_groups_default_statefulness_id),
        ok=(204,),
    )
