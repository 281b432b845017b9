"""Role assignments tie a role to an actor (a user or a group) on a target (a project, a domain
or the system). This listing filters them by any of those, and can expand group membership,
role inference and inheritance into the effective assignments a token would carry.
"""

# Generated from specs/identity/v3/role_assignments.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import Any, ClassVar, Literal

import msgspec

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "RoleAssignment",
    "AssignmentRef",
    "DomainRef",
    "AssignmentScope",
    "ListOpts",
    "list",
    "list_url",
]


class RoleAssignment(Model):
    """One role assignment."""

    role: AssignmentRef
    """The role assigned."""

    user: AssignmentRef | UnsetType | None = UNSET
    """The user the role is assigned to (absent for a group assignment)."""

    group: AssignmentRef | UnsetType | None = UNSET
    """The group the role is assigned to (absent for a user assignment)."""

    scope: AssignmentScope | UnsetType | None = UNSET
    """The target the role is assigned on."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the `assignment` that gave rise to this entry and, for effective entries gained
    through a group, to the `membership`.
    """


class AssignmentRef(Model):
    """A role, user, group or project in an assignment; names appear with include_names."""

    id: str
    """The ID of the entity."""

    name: str | UnsetType | None = UNSET
    """The name of the entity (only with include_names)."""

    domain: DomainRef | UnsetType | None = UNSET
    """The domain that owns the entity (only with include_names)."""


class DomainRef(Model):
    """A domain in an assignment."""

    id: str
    """The ID of the domain."""

    name: str | UnsetType | None = UNSET
    """The name of the domain (only with include_names)."""


class AssignmentScope(Model):
    """The target of an assignment; exactly one of project, domain and system is set."""

    project: AssignmentRef | UnsetType | None = UNSET
    """The project the role is assigned on."""

    domain: DomainRef | UnsetType | None = UNSET
    """The domain the role is assigned on."""

    system: dict[str, Any] | UnsetType | None = UNSET
    """The system the role is assigned on, as `{"all": true}`."""

    inherited_to: str | UnsetType | None = msgspec.field(
        default=UNSET, name="OS-INHERIT:inherited_to"
    )
    """Set to `projects` when the assignment is inherited by the projects below the target."""


class ListOpts(Options):
    """Options for :func:`list`."""

    effective: bool | UnsetType = UNSET
    """Lists effective assignments instead: group assignments expanded to their members, implied
    roles and inheritance applied. Keystone reads any value except `0` as true, so leave it
    unset rather than false.
    """

    include_names: bool | UnsetType = UNSET
    """Includes the names of the entities, not only their IDs (Identity API 3.6 and later; any
    value except `0` reads as true).
    """

    include_subtree: bool | UnsetType = UNSET
    """Also lists the assignments on the projects below scope.project.id, which it requires
    (Identity API 3.6 and later; any value except `0` reads as true).
    """

    group_id: str | UnsetType = msgspec.field(default=UNSET, name="group.id")
    """Filters by the ID of the group assigned."""

    role_id: str | UnsetType = msgspec.field(default=UNSET, name="role.id")
    """Filters by the ID of the role assigned."""

    user_id: str | UnsetType = msgspec.field(default=UNSET, name="user.id")
    """Filters by the ID of the user assigned."""

    scope_project_id: str | UnsetType = msgspec.field(default=UNSET, name="scope.project.id")
    """Filters by the ID of the project the role is assigned on."""

    scope_domain_id: str | UnsetType = msgspec.field(default=UNSET, name="scope.domain.id")
    """Filters by the ID of the domain the role is assigned on."""

    scope_system: str | UnsetType = msgspec.field(default=UNSET, name="scope.system")
    """Filters to system assignments; the only system is `all`."""

    inherited_to: Literal["projects"] | UnsetType = msgspec.field(
        default=UNSET, name="scope.OS-INHERIT:inherited_to"
    )
    """Filters to assignments inherited by the projects below their target."""

    locations: ClassVar[dict[str, str]] = {
        "effective": "flag",
        "include_names": "flag",
        "include_subtree": "flag",
        "group_id": "query",
        "role_id": "query",
        "user_id": "query",
        "scope_project_id": "query",
        "scope_domain_id": "query",
        "scope_system": "query",
        "inherited_to": "query",
    }


def list_url(client: ServiceClient) -> str:
    """The URL `/role_assignments`."""
    return client.url("/role_assignments")


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[RoleAssignment]:
    """Lists role assignments, optionally filtered and expanded.

    GET ``/role_assignments``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=RoleAssignment,
        response_key="role_assignments",
        style=PageStyle("next", next_key="links.next"),
        opts=opts,
    )
