"""Groups are collections of users owned by a domain. Roles granted to a group apply to each of
its members.
"""

# Generated from specs/identity/v3/groups.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Literal

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
    "Group",
    "User",
    "ListOpts",
    "CreateOpts",
    "UpdateOpts",
    "ListUsersOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "list_users",
    "add_user",
    "check_membership",
    "remove_user",
    "list_url",
    "resource_url",
    "list_users_url",
    "add_user_url",
    "find",
]


class Group(Model):
    """A group."""

    id: str
    """The ID of the group."""

    name: str | UnsetType | None = UNSET
    """The name of the group, unique within its domain."""

    description: str | UnsetType | None = UNSET
    """The description of the group."""

    domain_id: str | UnsetType | None = UNSET
    """The ID of the domain that owns the group."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the group itself."""


class User(Model):
    """A member of a group."""

    id: str
    """The ID of the user."""

    name: str | UnsetType | None = UNSET
    """The name of the user."""

    domain_id: str | UnsetType | None = UNSET
    """The ID of the domain that owns the user."""

    description: str | UnsetType | None = UNSET
    """The description of the user."""

    enabled: bool | UnsetType | None = UNSET
    """Whether the user is enabled."""

    default_project_id: str | UnsetType | None = UNSET
    """The ID of the default project of the user."""

    password_expires_at: datetime.datetime | UnsetType | None = UNSET
    """When the password of the user expires (UTC); null when it never does."""

    options: dict[str, Any] | UnsetType | None = UNSET
    """Resource options of the user."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the user itself."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("password_expires_at", "3.7", None),
    )


class ListOpts(Options):
    """Options for :func:`list`."""

    name: str | UnsetType = UNSET
    """Filters by group name."""

    domain_id: str | UnsetType = UNSET
    """Filters by the ID of the owning domain."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last group of the previous page."""

    sort_key: str | UnsetType = UNSET
    """The attribute to sort by."""

    sort_dir: Literal["asc", "desc"] | UnsetType = UNSET
    """The sort direction."""

    locations: ClassVar[dict[str, str]] = {
        "name": "query",
        "domain_id": "query",
        "limit": "query",
        "marker": "query",
        "sort_key": "query",
        "sort_dir": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    name: str
    """The name of the group."""

    description: str | UnsetType = UNSET
    """The description of the group."""

    domain_id: str | UnsetType = UNSET
    """The ID of the owning domain; defaults to the domain of the token."""


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new name."""

    description: str | UnsetType | None = UNSET
    """The new description."""

    domain_id: str | UnsetType = UNSET
    """The new owning domain."""


class ListUsersOpts(Options):
    """Options for :func:`list_users`."""

    password_expires_at: str | UnsetType = UNSET
    """Filters by password expiry, as `{operator}:{timestamp}` with an operator among lt, lte,
    gt, gte, eq and neq, for example `lt:2016-12-08T22:02:00Z`.
    """

    locations: ClassVar[dict[str, str]] = {
        "password_expires_at": "query",
    }


def list_url(client: ServiceClient) -> str:
    """The URL `/groups`."""
    return client.url("/groups")


def resource_url(client: ServiceClient, group_id: str) -> str:
    """The URL `/groups/{group_id}`."""
    return client.url("/groups/{group_id}", group_id=group_id)


def list_users_url(client: ServiceClient, group_id: str) -> str:
    """The URL `/groups/{group_id}/users`."""
    return client.url("/groups/{group_id}/users", group_id=group_id)


def add_user_url(client: ServiceClient, group_id: str, user_id: str) -> str:
    """The URL `/groups/{group_id}/users/{user_id}`."""
    return client.url("/groups/{group_id}/users/{user_id}", group_id=group_id, user_id=user_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Group]:
    """Lists groups.

    GET ``/groups``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Group,
        response_key="groups",
        style=PageStyle("next", next_key="links.next"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> Group:
    """Creates a group.

    POST ``/groups``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="group",
        response_key="group",
        response_type=Group,
    )


def get(
    client: ServiceClient,
    group_id: str,
) -> Group:
    """Shows a group.

    GET ``/groups/{group_id}``

    Args:
        client: The identity v3 service client.
        group_id: The ID of the group.
    """
    return client.call(
        "GET",
        resource_url(client, group_id),
        ok=(200,),
        response_key="group",
        response_type=Group,
    )


def update(
    client: ServiceClient,
    group_id: str,
    opts: UpdateOpts,
) -> Group:
    """Updates a group.

    PATCH ``/groups/{group_id}``

    Args:
        client: The identity v3 service client.
        group_id: The ID of the group.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PATCH",
        resource_url(client, group_id),
        ok=(200,),
        opts=opts,
        body_key="group",
        response_key="group",
        response_type=Group,
    )


def delete(
    client: ServiceClient,
    group_id: str,
) -> None:
    """Deletes a group.

    DELETE ``/groups/{group_id}``

    Args:
        client: The identity v3 service client.
        group_id: The ID of the group.
    """
    client.call(
        "DELETE",
        resource_url(client, group_id),
        ok=(204,),
    )


def list_users(
    client: ServiceClient,
    group_id: str,
    opts: ListUsersOpts | None = None,
) -> Pager[User]:
    """Lists the members of a group.

    GET ``/groups/{group_id}/users``

    Args:
        client: The identity v3 service client.
        group_id: The ID of the group.
        opts: The options of the request (:class:`ListUsersOpts`).
    """
    return client.paginate(
        list_users_url(client, group_id),
        ok=(200,),
        item_type=User,
        response_key="users",
        style=PageStyle("next", next_key="links.next"),
        opts=opts,
    )


def add_user(
    client: ServiceClient,
    group_id: str,
    user_id: str,
) -> None:
    """Adds a user to a group.

    PUT ``/groups/{group_id}/users/{user_id}``

    Args:
        client: The identity v3 service client.
        group_id: The ID of the group.
        user_id: The ID of the user.
    """
    client.call(
        "PUT",
        add_user_url(client, group_id, user_id),
        ok=(204,),
    )


def check_membership(
    client: ServiceClient,
    group_id: str,
    user_id: str,
) -> bool:
    """Checks whether a user is a member of a group.

    HEAD ``/groups/{group_id}/users/{user_id}``

    Args:
        client: The identity v3 service client.
        group_id: The ID of the group.
        user_id: The ID of the user.
    """
    return client.exists(
        "HEAD",
        add_user_url(client, group_id, user_id),
        ok=(204,),
    )


def remove_user(
    client: ServiceClient,
    group_id: str,
    user_id: str,
) -> None:
    """Removes a user from a group.

    DELETE ``/groups/{group_id}/users/{user_id}``

    Args:
        client: The identity v3 service client.
        group_id: The ID of the group.
        user_id: The ID of the user.
    """
    client.call(
        "DELETE",
        add_user_url(client, group_id, user_id),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Group:
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
        what="Group",
    )
