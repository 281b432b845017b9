"""Trusts (OS-TRUST) delegate a subset of a user's (the trustor's) roles on a project to another
user (the trustee), optionally letting the trustee impersonate the trustor. The trustee
consumes a trust by authenticating with its ID as scope. Trusts are immutable: replace one to
change it.
"""

# Generated from specs/identity/v3/trusts.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "Trust",
    "TrustRole",
    "RoleRef",
    "ListOpts",
    "CreateOpts",
    "list",
    "create",
    "get",
    "delete",
    "list_roles",
    "check_role",
    "get_role",
    "list_url",
    "resource_url",
    "list_roles_url",
    "check_role_url",
]


class Trust(Model):
    """A trust."""

    id: str
    """The ID of the trust."""

    trustor_user_id: str
    """The user who created the trust and whose roles are delegated."""

    trustee_user_id: str
    """The user who may consume the trust."""

    impersonation: bool
    """Whether tokens from the trust represent the trustor rather than the trustee."""

    project_id: str | UnsetType | None = UNSET
    """The project the roles are delegated on; null for an unscoped trust."""

    roles: builtins.list[TrustRole] | UnsetType | None = UNSET
    """The delegated roles."""

    expires_at: datetime.datetime | UnsetType | None = UNSET
    """When the trust expires; null if it does not."""

    remaining_uses: int | UnsetType | None = UNSET
    """How many more tokens the trust may issue; null for no limit."""

    allow_redelegation: bool | UnsetType | None = UNSET
    """Whether the trustee may create further trusts from this one."""

    redelegation_count: int | UnsetType | None = UNSET
    """How many more levels of redelegation the trust chain allows."""

    redelegated_trust_id: str | UnsetType | None = UNSET
    """The trust this one was redelegated from."""

    roles_links: dict[str, Any] | UnsetType | None = UNSET
    """Links to the collection of the trust's roles."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the trust."""


class TrustRole(Model):
    """A role delegated by a trust."""

    id: str
    """The ID of the role."""

    name: str | UnsetType | None = UNSET
    """The name of the role."""

    domain_id: str | UnsetType | None = UNSET
    """The domain of a domain-specific role; null for a global role."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the role."""


class RoleRef(Model):
    """A role to delegate, by ID or by name."""

    id: str | UnsetType | None = UNSET
    """The ID of the role."""

    name: str | UnsetType | None = UNSET
    """The name of the role."""


class ListOpts(Options):
    """Options for :func:`list`."""

    trustor_user_id: str | UnsetType = UNSET
    """Filters by the user who created the trust."""

    trustee_user_id: str | UnsetType = UNSET
    """Filters by the user the trust delegates to."""

    locations: ClassVar[dict[str, str]] = {
        "trustor_user_id": "query",
        "trustee_user_id": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    trustor_user_id: str
    """The user delegating the roles (the caller)."""

    trustee_user_id: str
    """The user who may consume the trust."""

    impersonation: bool
    """Let tokens from the trust represent the trustor rather than the trustee."""

    project_id: str | UnsetType = UNSET
    """The project to delegate roles on."""

    roles: builtins.list[RoleRef] | UnsetType = UNSET
    """The roles to delegate, which the trustor must hold on the project."""

    expires_at: datetime.datetime | UnsetType | None = UNSET
    """When the trust expires; never when absent."""

    remaining_uses: int | UnsetType | None = UNSET
    """How many tokens the trust may issue; no limit when absent."""

    allow_redelegation: bool | UnsetType = UNSET
    """Let the trustee create further trusts from this one (default false)."""

    redelegation_count: int | UnsetType = UNSET
    """The maximum depth of the redelegation chain, when redelegation is allowed."""


def list_url(client: ServiceClient) -> str:
    """The URL `/OS-TRUST/trusts`."""
    return client.url("/OS-TRUST/trusts")


def resource_url(client: ServiceClient, trust_id: str) -> str:
    """The URL `/OS-TRUST/trusts/{trust_id}`."""
    return client.url("/OS-TRUST/trusts/{trust_id}", trust_id=trust_id)


def list_roles_url(client: ServiceClient, trust_id: str) -> str:
    """The URL `/OS-TRUST/trusts/{trust_id}/roles`."""
    return client.url("/OS-TRUST/trusts/{trust_id}/roles", trust_id=trust_id)


def check_role_url(client: ServiceClient, trust_id: str, role_id: str) -> str:
    """The URL `/OS-TRUST/trusts/{trust_id}/roles/{role_id}`."""
    return client.url(
        "/OS-TRUST/trusts/{trust_id}/roles/{role_id}", trust_id=trust_id, role_id=role_id
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Trust]:
    """Lists trusts (by default those the caller may see; filter by trustor or trustee).

    GET ``/OS-TRUST/trusts``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Trust,
        response_key="trusts",
        style=PageStyle("next", next_key="links.next"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> Trust:
    """Creates a trust. Delegated roles and a project go together: a trust with neither is
    unscoped.

    POST ``/OS-TRUST/trusts``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="trust",
        response_key="trust",
        response_type=Trust,
    )


def get(
    client: ServiceClient,
    trust_id: str,
) -> Trust:
    """Shows a trust.

    GET ``/OS-TRUST/trusts/{trust_id}``

    Args:
        client: The identity v3 service client.
        trust_id: The ID of the trust.
    """
    return client.call(
        "GET",
        resource_url(client, trust_id),
        ok=(200,),
        response_key="trust",
        response_type=Trust,
    )


def delete(
    client: ServiceClient,
    trust_id: str,
) -> None:
    """Deletes a trust, revoking the tokens issued from it.

    DELETE ``/OS-TRUST/trusts/{trust_id}``

    Args:
        client: The identity v3 service client.
        trust_id: The ID of the trust.
    """
    client.call(
        "DELETE",
        resource_url(client, trust_id),
        ok=(204,),
    )


def list_roles(
    client: ServiceClient,
    trust_id: str,
) -> builtins.list[TrustRole]:
    """Lists the roles a trust delegates.

    GET ``/OS-TRUST/trusts/{trust_id}/roles``

    Args:
        client: The identity v3 service client.
        trust_id: The ID of the trust.
    """
    return client.call(
        "GET",
        list_roles_url(client, trust_id),
        ok=(200,),
        response_key="roles",
        response_type=builtins.list[TrustRole],
    )


def check_role(
    client: ServiceClient,
    trust_id: str,
    role_id: str,
) -> bool:
    """Checks whether a trust delegates a role.

    HEAD ``/OS-TRUST/trusts/{trust_id}/roles/{role_id}``

    Args:
        client: The identity v3 service client.
        trust_id: The ID of the trust.
        role_id: The ID of the role.
    """
    return client.exists(
        "HEAD",
        check_role_url(client, trust_id, role_id),
        ok=(200, 204),
    )


def get_role(
    client: ServiceClient,
    trust_id: str,
    role_id: str,
) -> TrustRole:
    """Shows a role delegated by a trust.

    GET ``/OS-TRUST/trusts/{trust_id}/roles/{role_id}``

    Args:
        client: The identity v3 service client.
        trust_id: The ID of the trust.
        role_id: The ID of the role.
    """
    return client.call(
        "GET",
        check_role_url(client, trust_id, role_id),
        ok=(200,),
        response_key="role",
        response_type=TrustRole,
    )
