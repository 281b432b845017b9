"""Roles are named sets of privileges that services check in their policies. A role is global,
or specific to a domain. Implied roles (role inference rules) make holding one role grant
another as well.
"""

# Generated from specs/identity/v3/roles.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import Any, ClassVar

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
    "Role",
    "RoleRef",
    "RoleInference",
    "RoleInferences",
    "ListOpts",
    "CreateOpts",
    "UpdateOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "list_implied_roles",
    "create_implied_role",
    "get_implied_role",
    "check_implied_role",
    "delete_implied_role",
    "list_inference_rules",
    "list_url",
    "resource_url",
    "list_implied_roles_url",
    "create_implied_role_url",
    "list_inference_rules_url",
    "find",
]


class Role(Model):
    """A role."""

    id: str
    """The ID of the role."""

    name: str | UnsetType | None = UNSET
    """The name of the role."""

    domain_id: str | UnsetType | None = UNSET
    """The ID of the domain the role belongs to; null for a global role."""

    description: str | UnsetType | None = UNSET
    """The description of the role."""

    options: dict[str, Any] | UnsetType | None = UNSET
    """Resource options of the role (such as `immutable`)."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the role itself."""


class RoleRef(Model):
    """A role as shown in an inference rule."""

    id: str
    """The ID of the role."""

    name: str | UnsetType | None = UNSET
    """The name of the role."""

    description: str | UnsetType | None = UNSET
    """The description of the role."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the role itself."""


class RoleInference(Model):
    """One inference rule, from a prior role to a role it implies."""

    prior_role: RoleRef
    """The role that implies the other."""

    implies: RoleRef
    """The implied role."""


class RoleInferences(Model):
    """A prior role and every role it implies."""

    prior_role: RoleRef
    """The role that implies the others."""

    implies: builtins.list[RoleRef]
    """The implied roles."""


class ListOpts(Options):
    """Options for :func:`list`."""

    name: str | UnsetType = UNSET
    """Filters by role name."""

    domain_id: str | UnsetType = UNSET
    """Lists the roles of this domain instead of the global roles."""

    locations: ClassVar[dict[str, str]] = {
        "name": "query",
        "domain_id": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    name: str
    """The name of the role."""

    domain_id: str | UnsetType = UNSET
    """The ID of the domain to create a domain-specific role in."""

    description: str | UnsetType = UNSET
    """The description of the role."""

    options: dict[str, Any] | UnsetType = UNSET
    """Resource options for the role (such as `immutable`)."""


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new name."""

    description: str | UnsetType | None = UNSET
    """The new description."""

    options: dict[str, Any] | UnsetType = UNSET
    """Resource options to change; a null value removes an option."""


def list_url(client: ServiceClient) -> str:
    """The URL `/roles`."""
    return client.url("/roles")


def resource_url(client: ServiceClient, role_id: str) -> str:
    """The URL `/roles/{role_id}`."""
    return client.url("/roles/{role_id}", role_id=role_id)


def list_implied_roles_url(client: ServiceClient, prior_role_id: str) -> str:
    """The URL `/roles/{prior_role_id}/implies`."""
    return client.url("/roles/{prior_role_id}/implies", prior_role_id=prior_role_id)


def create_implied_role_url(
    client: ServiceClient, prior_role_id: str, implied_role_id: str
) -> str:
    """The URL `/roles/{prior_role_id}/implies/{implies_role_id}`."""
    return client.url(
        "/roles/{prior_role_id}/implies/{implied_role_id}",
        prior_role_id=prior_role_id,
        implied_role_id=implied_role_id,
    )


def list_inference_rules_url(client: ServiceClient) -> str:
    """The URL `/role_inferences`."""
    return client.url("/role_inferences")


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Role]:
    """Lists roles.

    GET ``/roles``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Role,
        response_key="roles",
        style=PageStyle("next", next_key="links.next"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> Role:
    """Creates a role.

    POST ``/roles``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="role",
        response_key="role",
        response_type=Role,
    )


def get(
    client: ServiceClient,
    role_id: str,
) -> Role:
    """Shows a role.

    GET ``/roles/{role_id}``

    Args:
        client: The identity v3 service client.
        role_id: The ID of the role.
    """
    return client.call(
        "GET",
        resource_url(client, role_id),
        ok=(200,),
        response_key="role",
        response_type=Role,
    )


def update(
    client: ServiceClient,
    role_id: str,
    opts: UpdateOpts,
) -> Role:
    """Updates a role.

    PATCH ``/roles/{role_id}``

    Args:
        client: The identity v3 service client.
        role_id: The ID of the role.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PATCH",
        resource_url(client, role_id),
        ok=(200,),
        opts=opts,
        body_key="role",
        response_key="role",
        response_type=Role,
    )


def delete(
    client: ServiceClient,
    role_id: str,
) -> None:
    """Deletes a role and every assignment of it.

    DELETE ``/roles/{role_id}``

    Args:
        client: The identity v3 service client.
        role_id: The ID of the role.
    """
    client.call(
        "DELETE",
        resource_url(client, role_id),
        ok=(204,),
    )


def list_implied_roles(
    client: ServiceClient,
    prior_role_id: str,
) -> RoleInferences:
    """Lists the roles a role implies.

    GET ``/roles/{prior_role_id}/implies``

    Args:
        client: The identity v3 service client.
        prior_role_id: The ID of the prior role.
    """
    return client.call(
        "GET",
        list_implied_roles_url(client, prior_role_id),
        ok=(200,),
        response_key="role_inference",
        response_type=RoleInferences,
    )


def create_implied_role(
    client: ServiceClient,
    prior_role_id: str,
    implied_role_id: str,
) -> RoleInference:
    """Creates an inference rule, making one role imply another.

    PUT ``/roles/{prior_role_id}/implies/{implies_role_id}``

    Args:
        client: The identity v3 service client.
        prior_role_id: The ID of the prior role.
        implied_role_id: The ID of the role to imply.
    """
    return client.call(
        "PUT",
        create_implied_role_url(client, prior_role_id, implied_role_id),
        ok=(201,),
        response_key="role_inference",
        response_type=RoleInference,
    )


def get_implied_role(
    client: ServiceClient,
    prior_role_id: str,
    implied_role_id: str,
) -> RoleInference:
    """Shows an inference rule.

    GET ``/roles/{prior_role_id}/implies/{implies_role_id}``

    Args:
        client: The identity v3 service client.
        prior_role_id: The ID of the prior role.
        implied_role_id: The ID of the implied role.
    """
    return client.call(
        "GET",
        create_implied_role_url(client, prior_role_id, implied_role_id),
        ok=(200,),
        response_key="role_inference",
        response_type=RoleInference,
    )


def check_implied_role(
    client: ServiceClient,
    prior_role_id: str,
    implied_role_id: str,
) -> bool:
    """Checks whether a role implies another.

    HEAD ``/roles/{prior_role_id}/implies/{implies_role_id}``

    Args:
        client: The identity v3 service client.
        prior_role_id: The ID of the prior role.
        implied_role_id: The ID of the implied role.
    """
    return client.exists(
        "HEAD",
        create_implied_role_url(client, prior_role_id, implied_role_id),
        ok=(204,),
    )


def delete_implied_role(
    client: ServiceClient,
    prior_role_id: str,
    implied_role_id: str,
) -> None:
    """Deletes an inference rule.

    DELETE ``/roles/{prior_role_id}/implies/{implies_role_id}``

    Args:
        client: The identity v3 service client.
        prior_role_id: The ID of the prior role.
        implied_role_id: The ID of the implied role.
    """
    client.call(
        "DELETE",
        create_implied_role_url(client, prior_role_id, implied_role_id),
        ok=(204,),
    )


def list_inference_rules(
    client: ServiceClient,
) -> Pager[RoleInferences]:
    """Lists every inference rule, grouped by prior role.

    GET ``/role_inferences``

    Args:
        client: The identity v3 service client.
    """
    return client.paginate(
        list_inference_rules_url(client),
        ok=(200,),
        item_type=RoleInferences,
        response_key="role_inferences",
        style=PageStyle("next", next_key="links.next"),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Role:
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
        what="Role",
    )
