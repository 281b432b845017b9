"""Users are the API consumers of a cloud. A user belongs to a domain, may have a default
project, can be a member of groups and holds role assignments on projects, domains and the
system.
"""

# Generated from specs/identity/v3/users.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

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
    "User",
    "FederatedIdentity",
    "FederatedProtocol",
    "UserOptions",
    "Group",
    "Project",
    "ListOpts",
    "CreateOpts",
    "UpdateOpts",
    "ChangePasswordOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "change_password",
    "list_groups",
    "list_projects",
    "list_url",
    "resource_url",
    "change_password_url",
    "list_groups_url",
    "list_projects_url",
    "find",
]


class User(Model):
    """A user."""

    id: str
    """The ID of the user."""

    name: str | UnsetType | None = UNSET
    """The name of the user, unique within its domain."""

    domain_id: str | UnsetType | None = UNSET
    """The ID of the domain that owns the user."""

    description: str | UnsetType | None = UNSET
    """The description of the user."""

    enabled: bool | UnsetType | None = UNSET
    """Whether the user is enabled; a disabled user cannot authenticate."""

    default_project_id: str | UnsetType | None = UNSET
    """The ID of the project the user is scoped to by default."""

    federated: builtins.list[FederatedIdentity] | UnsetType | None = UNSET
    """The federated identities linked to the user."""

    password_expires_at: datetime.datetime | UnsetType | None = UNSET
    """When the password of the user expires (UTC); null when it never does."""

    options: UserOptions | UnsetType | None = UNSET
    """Resource options of the user."""

    extra_attributes: dict[str, Any] | UnsetType | None = msgspec.field(
        default=UNSET, name="extra"
    )
    """The user's extra attributes (properties beyond the named ones), as one object; only the
    answer to an update carries it.
    """

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the user itself."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("password_expires_at", "3.7", None),
    )


class FederatedIdentity(Model):
    """A federated identity provider a user is known to."""

    idp_id: str
    """The ID of the identity provider."""

    protocols: builtins.list[FederatedProtocol] | UnsetType | None = UNSET
    """The protocols through which the user comes from that provider."""


class FederatedProtocol(Model):
    """A federation protocol, and the user's ID under it."""

    protocol_id: str
    """The ID of the federation protocol, such as `mapped`."""

    unique_id: str
    """The unique ID of the user at the identity provider."""


class UserOptions(Model):
    """The resource options of a user."""

    ignore_change_password_upon_first_use: bool | UnsetType | None = UNSET
    """The user need not change the password on first use."""

    ignore_password_expiry: bool | UnsetType | None = UNSET
    """The password of the user never expires."""

    ignore_lockout_failure_attempts: bool | UnsetType | None = UNSET
    """Failed authentications never lock the user out."""

    ignore_user_inactivity: bool | UnsetType | None = UNSET
    """The user is never disabled for inactivity."""

    lock_password: bool | UnsetType | None = UNSET
    """The user cannot change their own password."""

    multi_factor_auth_enabled: bool | UnsetType | None = UNSET
    """Multi-factor authentication rules are enforced for the user."""

    multi_factor_auth_rules: builtins.list[builtins.list[str]] | UnsetType | None = UNSET
    """Lists of authentication methods, any one of which satisfies the multi-factor rules."""


class Group(Model):
    """A group the user is a member of."""

    id: str
    """The ID of the group."""

    name: str | UnsetType | None = UNSET
    """The name of the group."""

    description: str | UnsetType | None = UNSET
    """The description of the group."""

    domain_id: str | UnsetType | None = UNSET
    """The ID of the domain that owns the group."""

    membership_expires_at: datetime.datetime | UnsetType | None = UNSET
    """When the membership expires (federated group memberships); null when it never does."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the group itself."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("membership_expires_at", "3.14", None),
    )


class Project(Model):
    """A project the user has a role assignment on."""

    id: str
    """The ID of the project."""

    name: str | UnsetType | None = UNSET
    """The name of the project."""

    description: str | UnsetType | None = UNSET
    """The description of the project."""

    domain_id: str | UnsetType | None = UNSET
    """The ID of the domain that owns the project."""

    enabled: bool | UnsetType | None = UNSET
    """Whether the project is enabled."""

    is_domain: bool | UnsetType | None = UNSET
    """Whether the project also acts as a domain."""

    parent_id: str | UnsetType | None = UNSET
    """The ID of the parent project (or domain)."""

    tags: builtins.list[str] | UnsetType | None = UNSET
    """The tags of the project."""

    options: dict[str, Any] | UnsetType | None = UNSET
    """Resource options of the project."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the project itself."""


class ListOpts(Options):
    """Options for :func:`list`."""

    domain_id: str | UnsetType = UNSET
    """Filters by the ID of the owning domain."""

    enabled: bool | UnsetType = UNSET
    """Filters by whether the user is enabled."""

    idp_id: str | UnsetType = UNSET
    """Filters by the ID of a linked identity provider."""

    name: str | UnsetType = UNSET
    """Filters by user name."""

    password_expires_at: str | UnsetType = UNSET
    """Filters by password expiry, as `{operator}:{timestamp}` with an operator among lt, lte,
    gt, gte, eq and neq, for example `lt:2016-12-08T22:02:00Z`.
    """

    protocol_id: str | UnsetType = UNSET
    """Filters by the ID of a federation protocol."""

    unique_id: str | UnsetType = UNSET
    """Filters by the unique ID of the user at an identity provider."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last user of the previous page."""

    sort_key: str | UnsetType = UNSET
    """The attribute to sort by."""

    sort_dir: Literal["asc", "desc"] | UnsetType = UNSET
    """The sort direction."""

    locations: ClassVar[dict[str, str]] = {
        "domain_id": "query",
        "enabled": "query",
        "idp_id": "query",
        "name": "query",
        "password_expires_at": "query",
        "protocol_id": "query",
        "unique_id": "query",
        "limit": "query",
        "marker": "query",
        "sort_key": "query",
        "sort_dir": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    name: str
    """The name of the user."""

    domain_id: str | UnsetType = UNSET
    """The ID of the owning domain; defaults to the domain of the token."""

    description: str | UnsetType = UNSET
    """The description of the user."""

    default_project_id: str | UnsetType = UNSET
    """The ID of the project the user is scoped to by default."""

    enabled: bool | UnsetType = UNSET
    """Whether the user is enabled."""

    federated: builtins.list[FederatedIdentity] | UnsetType = UNSET
    """Federated identities to link to the user."""

    password: str | UnsetType = UNSET
    """The password of the user."""

    options: dict[str, Any] | UnsetType = UNSET
    """Resource options for the user (see UserOptions for the names)."""

    extra: dict[str, Any] | UnsetType = UNSET
    """Further properties Keystone stores with the user and returns as top-level attributes (the
    user's `extra`).
    """

    locations: ClassVar[dict[str, str]] = {
        "extra": "extra",
    }

    secret_fields: ClassVar[frozenset[str]] = frozenset({"password"})


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new name."""

    domain_id: str | UnsetType = UNSET
    """The new owning domain."""

    description: str | UnsetType | None = UNSET
    """The new description."""

    default_project_id: str | UnsetType | None = UNSET
    """The new default project."""

    enabled: bool | UnsetType = UNSET
    """Enables or disables the user."""

    federated: builtins.list[FederatedIdentity] | UnsetType = UNSET
    """The federated identities of the user (replacing the old ones)."""

    password: str | UnsetType = UNSET
    """A new password, set by an administrator (no original password needed)."""

    options: dict[str, Any] | UnsetType = UNSET
    """Resource options to change; a null value removes an option."""

    secret_fields: ClassVar[frozenset[str]] = frozenset({"password"})


class ChangePasswordOpts(Options):
    """Options for :func:`change_password`."""

    original_password: str
    """The current password."""

    password: str
    """The new password."""

    secret_fields: ClassVar[frozenset[str]] = frozenset({"original_password", "password"})


def list_url(client: ServiceClient) -> str:
    """The URL `/users`."""
    return client.url("/users")


def resource_url(client: ServiceClient, user_id: str) -> str:
    """The URL `/users/{user_id}`."""
    return client.url("/users/{user_id}", user_id=user_id)


def change_password_url(client: ServiceClient, user_id: str) -> str:
    """The URL `/users/{user_id}/password`."""
    return client.url("/users/{user_id}/password", user_id=user_id)


def list_groups_url(client: ServiceClient, user_id: str) -> str:
    """The URL `/users/{user_id}/groups`."""
    return client.url("/users/{user_id}/groups", user_id=user_id)


def list_projects_url(client: ServiceClient, user_id: str) -> str:
    """The URL `/users/{user_id}/projects`."""
    return client.url("/users/{user_id}/projects", user_id=user_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[User]:
    """Lists users.

    GET ``/users``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=User,
        response_key="users",
        style=PageStyle("next", next_key="links.next"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> User:
    """Creates a user.

    POST ``/users``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="user",
        response_key="user",
        response_type=User,
    )


def get(
    client: ServiceClient,
    user_id: str,
) -> User:
    """Shows a user.

    GET ``/users/{user_id}``

    Args:
        client: The identity v3 service client.
        user_id: The ID of the user.
    """
    return client.call(
        "GET",
        resource_url(client, user_id),
        ok=(200,),
        response_key="user",
        response_type=User,
    )


def update(
    client: ServiceClient,
    user_id: str,
    opts: UpdateOpts,
) -> User:
    """Updates a user.

    PATCH ``/users/{user_id}``

    Args:
        client: The identity v3 service client.
        user_id: The ID of the user.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PATCH",
        resource_url(client, user_id),
        ok=(200,),
        opts=opts,
        body_key="user",
        response_key="user",
        response_type=User,
    )


def delete(
    client: ServiceClient,
    user_id: str,
) -> None:
    """Deletes a user.

    DELETE ``/users/{user_id}``

    Args:
        client: The identity v3 service client.
        user_id: The ID of the user.
    """
    client.call(
        "DELETE",
        resource_url(client, user_id),
        ok=(204,),
    )


def change_password(
    client: ServiceClient,
    user_id: str,
    opts: ChangePasswordOpts,
) -> None:
    """Changes the password of a user, who must give the current one.

    POST ``/users/{user_id}/password``

    Args:
        client: The identity v3 service client.
        user_id: The ID of the user.
        opts: The options of the request (:class:`ChangePasswordOpts`).
    """
    client.call(
        "POST",
        change_password_url(client, user_id),
        ok=(204,),
        opts=opts,
        body_key="user",
    )


def list_groups(
    client: ServiceClient,
    user_id: str,
) -> Pager[Group]:
    """Lists the groups a user is a member of.

    GET ``/users/{user_id}/groups``

    Args:
        client: The identity v3 service client.
        user_id: The ID of the user.
    """
    return client.paginate(
        list_groups_url(client, user_id),
        ok=(200,),
        item_type=Group,
        response_key="groups",
        style=PageStyle("next", next_key="links.next"),
    )


def list_projects(
    client: ServiceClient,
    user_id: str,
) -> Pager[Project]:
    """Lists the projects a user has a role assignment on.

    GET ``/users/{user_id}/projects``

    Args:
        client: The identity v3 service client.
        user_id: The ID of the user.
    """
    return client.paginate(
        list_projects_url(client, user_id),
        ok=(200,),
        item_type=Project,
        response_key="projects",
        style=PageStyle("next", next_key="links.next"),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> User:
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
        what="User",
    )
