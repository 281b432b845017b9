"""Role grants: assigning a role to a user or a group on a project, a domain or the whole
system, and checking, listing and removing such grants. OS-INHERIT grants are made on a
domain or a project but apply to the projects below it (every project of the domain, or the
project's subtree) rather than to the target itself.
"""

# Generated from specs/identity/v3/role_grants.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import Any

from typedstack.runtime import UNSET, Model, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "Role",
    "list_project_user_roles",
    "assign_project_user_role",
    "check_project_user_role",
    "unassign_project_user_role",
    "list_project_group_roles",
    "assign_project_group_role",
    "check_project_group_role",
    "unassign_project_group_role",
    "list_domain_user_roles",
    "assign_domain_user_role",
    "check_domain_user_role",
    "unassign_domain_user_role",
    "list_domain_group_roles",
    "assign_domain_group_role",
    "check_domain_group_role",
    "unassign_domain_group_role",
    "list_system_user_roles",
    "assign_system_user_role",
    "check_system_user_role",
    "get_system_user_role",
    "unassign_system_user_role",
    "list_system_group_roles",
    "assign_system_group_role",
    "check_system_group_role",
    "get_system_group_role",
    "unassign_system_group_role",
    "list_inherited_domain_user_roles",
    "assign_inherited_domain_user_role",
    "check_inherited_domain_user_role",
    "unassign_inherited_domain_user_role",
    "list_inherited_domain_group_roles",
    "assign_inherited_domain_group_role",
    "check_inherited_domain_group_role",
    "unassign_inherited_domain_group_role",
    "assign_inherited_project_user_role",
    "check_inherited_project_user_role",
    "unassign_inherited_project_user_role",
    "assign_inherited_project_group_role",
    "check_inherited_project_group_role",
    "unassign_inherited_project_group_role",
    "list_project_user_roles_url",
    "assign_project_user_role_url",
    "list_project_group_roles_url",
    "assign_project_group_role_url",
    "list_domain_user_roles_url",
    "assign_domain_user_role_url",
    "list_domain_group_roles_url",
    "assign_domain_group_role_url",
    "list_system_user_roles_url",
    "assign_system_user_role_url",
    "list_system_group_roles_url",
    "assign_system_group_role_url",
    "list_inherited_domain_user_roles_url",
    "assign_inherited_domain_user_role_url",
    "list_inherited_domain_group_roles_url",
    "assign_inherited_domain_group_role_url",
    "assign_inherited_project_user_role_url",
    "assign_inherited_project_group_role_url",
]


class Role(Model):
    """A role granted."""

    id: str
    """The ID of the role."""

    name: str | UnsetType | None = UNSET
    """The name of the role."""

    domain_id: str | UnsetType | None = UNSET
    """The ID of the domain the role belongs to; null for a global role."""

    description: str | UnsetType | None = UNSET
    """The description of the role."""

    options: dict[str, Any] | UnsetType | None = UNSET
    """Resource options of the role."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the role itself."""


def list_project_user_roles_url(client: ServiceClient, project_id: str, user_id: str) -> str:
    """The URL `/projects/{project_id}/users/{user_id}/roles`."""
    return client.url(
        "/projects/{project_id}/users/{user_id}/roles", project_id=project_id, user_id=user_id
    )


def assign_project_user_role_url(
    client: ServiceClient, project_id: str, user_id: str, role_id: str
) -> str:
    """The URL `/projects/{project_id}/users/{user_id}/roles/{role_id}`."""
    return client.url(
        "/projects/{project_id}/users/{user_id}/roles/{role_id}",
        project_id=project_id,
        user_id=user_id,
        role_id=role_id,
    )


def list_project_group_roles_url(client: ServiceClient, project_id: str, group_id: str) -> str:
    """The URL `/projects/{project_id}/groups/{group_id}/roles`."""
    return client.url(
        "/projects/{project_id}/groups/{group_id}/roles", project_id=project_id, group_id=group_id
    )


def assign_project_group_role_url(
    client: ServiceClient, project_id: str, group_id: str, role_id: str
) -> str:
    """The URL `/projects/{project_id}/groups/{group_id}/roles/{role_id}`."""
    return client.url(
        "/projects/{project_id}/groups/{group_id}/roles/{role_id}",
        project_id=project_id,
        group_id=group_id,
        role_id=role_id,
    )


def list_domain_user_roles_url(client: ServiceClient, domain_id: str, user_id: str) -> str:
    """The URL `/domains/{domain_id}/users/{user_id}/roles`."""
    return client.url(
        "/domains/{domain_id}/users/{user_id}/roles", domain_id=domain_id, user_id=user_id
    )


def assign_domain_user_role_url(
    client: ServiceClient, domain_id: str, user_id: str, role_id: str
) -> str:
    """The URL `/domains/{domain_id}/users/{user_id}/roles/{role_id}`."""
    return client.url(
        "/domains/{domain_id}/users/{user_id}/roles/{role_id}",
        domain_id=domain_id,
        user_id=user_id,
        role_id=role_id,
    )


def list_domain_group_roles_url(client: ServiceClient, domain_id: str, group_id: str) -> str:
    """The URL `/domains/{domain_id}/groups/{group_id}/roles`."""
    return client.url(
        "/domains/{domain_id}/groups/{group_id}/roles", domain_id=domain_id, group_id=group_id
    )


def assign_domain_group_role_url(
    client: ServiceClient, domain_id: str, group_id: str, role_id: str
) -> str:
    """The URL `/domains/{domain_id}/groups/{group_id}/roles/{role_id}`."""
    return client.url(
        "/domains/{domain_id}/groups/{group_id}/roles/{role_id}",
        domain_id=domain_id,
        group_id=group_id,
        role_id=role_id,
    )


def list_system_user_roles_url(client: ServiceClient, user_id: str) -> str:
    """The URL `/system/users/{user_id}/roles`."""
    return client.url("/system/users/{user_id}/roles", user_id=user_id)


def assign_system_user_role_url(client: ServiceClient, user_id: str, role_id: str) -> str:
    """The URL `/system/users/{user_id}/roles/{role_id}`."""
    return client.url("/system/users/{user_id}/roles/{role_id}", user_id=user_id, role_id=role_id)


def list_system_group_roles_url(client: ServiceClient, group_id: str) -> str:
    """The URL `/system/groups/{group_id}/roles`."""
    return client.url("/system/groups/{group_id}/roles", group_id=group_id)


def assign_system_group_role_url(client: ServiceClient, group_id: str, role_id: str) -> str:
    """The URL `/system/groups/{group_id}/roles/{role_id}`."""
    return client.url(
        "/system/groups/{group_id}/roles/{role_id}", group_id=group_id, role_id=role_id
    )


def list_inherited_domain_user_roles_url(
    client: ServiceClient, domain_id: str, user_id: str
) -> str:
    """The URL `/OS-INHERIT/domains/{domain_id}/users/{user_id}/roles/inherited_to_projects`."""
    return client.url(
        "/OS-INHERIT/domains/{domain_id}/users/{user_id}/roles/inherited_to_projects",
        domain_id=domain_id,
        user_id=user_id,
    )


def assign_inherited_domain_user_role_url(
    client: ServiceClient, domain_id: str, user_id: str, role_id: str
) -> str:
    """The URL `/OS-
    INHERIT/domains/{domain_id}/users/{user_id}/roles/{role_id}/inherited_to_projects`.
    """
    return client.url(
        "/OS-INHERIT/domains/{domain_id}/users/{user_id}/roles/{role_id}/inherited_to_projects",
        domain_id=domain_id,
        user_id=user_id,
        role_id=role_id,
    )


def list_inherited_domain_group_roles_url(
    client: ServiceClient, domain_id: str, group_id: str
) -> str:
    """The URL `/OS-INHERIT/domains/{domain_id}/groups/{group_id}/roles/inherited_to_projects`."""
    return client.url(
        "/OS-INHERIT/domains/{domain_id}/groups/{group_id}/roles/inherited_to_projects",
        domain_id=domain_id,
        group_id=group_id,
    )


def assign_inherited_domain_group_role_url(
    client: ServiceClient, domain_id: str, group_id: str, role_id: str
) -> str:
    """The URL `/OS-
    INHERIT/domains/{domain_id}/groups/{group_id}/roles/{role_id}/inherited_to_projects`.
    """
    return client.url(
        "/OS-INHERIT/domains/{domain_id}/groups/{group_id}/roles/{role_id}/inherited_to_projects",
        domain_id=domain_id,
        group_id=group_id,
        role_id=role_id,
    )


def assign_inherited_project_user_role_url(
    client: ServiceClient, project_id: str, user_id: str, role_id: str
) -> str:
    """The URL `/OS-
    INHERIT/projects/{project_id}/users/{user_id}/roles/{role_id}/inherited_to_projects`.
    """
    return client.url(
        "/OS-INHERIT/projects/{project_id}/users/{user_id}/roles/{role_id}/inherited_to_projects",
        project_id=project_id,
        user_id=user_id,
        role_id=role_id,
    )


def assign_inherited_project_group_role_url(
    client: ServiceClient, project_id: str, group_id: str, role_id: str
) -> str:
    """The URL `/OS-
    INHERIT/projects/{project_id}/groups/{group_id}/roles/{role_id}/inherited_to_projects`.
    """
    return client.url(
        "/OS-INHERIT/projects/{project_id}/groups/{group_id}/roles/{role_id}/inherited_to_projects",
        project_id=project_id,
        group_id=group_id,
        role_id=role_id,
    )


def list_project_user_roles(
    client: ServiceClient,
    project_id: str,
    user_id: str,
) -> Pager[Role]:
    """Lists the roles granted to a user on a project.

    GET ``/projects/{project_id}/users/{user_id}/roles``

    Args:
        client: The identity v3 service client.
        project_id: The ID of the project.
        user_id: The ID of the user.
    """
    return client.paginate(
        list_project_user_roles_url(client, project_id, user_id),
        ok=(200,),
        item_type=Role,
        response_key="roles",
        style=PageStyle("next", next_key="links.next"),
    )


def assign_project_user_role(
    client: ServiceClient,
    project_id: str,
    user_id: str,
    role_id: str,
) -> None:
    """Grants a role to a user on a project.

    PUT ``/projects/{project_id}/users/{user_id}/roles/{role_id}``

    Args:
        client: The identity v3 service client.
        project_id: The ID of the project.
        user_id: The ID of the user.
        role_id: The ID of the role.
    """
    client.call(
        "PUT",
        assign_project_user_role_url(client, project_id, user_id, role_id),
        ok=(204,),
    )


def check_project_user_role(
    client: ServiceClient,
    project_id: str,
    user_id: str,
    role_id: str,
) -> bool:
    """Checks whether a user holds a role on a project.

    HEAD ``/projects/{project_id}/users/{user_id}/roles/{role_id}``

    Args:
        client: The identity v3 service client.
        project_id: The ID of the project.
        user_id: The ID of the user.
        role_id: The ID of the role.
    """
    return client.exists(
        "HEAD",
        assign_project_user_role_url(client, project_id, user_id, role_id),
        ok=(204,),
    )


def unassign_project_user_role(
    client: ServiceClient,
    project_id: str,
    user_id: str,
    role_id: str,
) -> None:
    """Revokes a role from a user on a project.

    DELETE ``/projects/{project_id}/users/{user_id}/roles/{role_id}``

    Args:
        client: The identity v3 service client.
        project_id: The ID of the project.
        user_id: The ID of the user.
        role_id: The ID of the role.
    """
    client.call(
        "DELETE",
        assign_project_user_role_url(client, project_id, user_id, role_id),
        ok=(204,),
    )


def list_project_group_roles(
    client: ServiceClient,
    project_id: str,
    group_id: str,
) -> Pager[Role]:
    """Lists the roles granted to a group on a project.

    GET ``/projects/{project_id}/groups/{group_id}/roles``

    Args:
        client: The identity v3 service client.
        project_id: The ID of the project.
        group_id: The ID of the group.
    """
    return client.paginate(
        list_project_group_roles_url(client, project_id, group_id),
        ok=(200,),
        item_type=Role,
        response_key="roles",
        style=PageStyle("next", next_key="links.next"),
    )


def assign_project_group_role(
    client: ServiceClient,
    project_id: str,
    group_id: str,
    role_id: str,
) -> None:
    """Grants a role to a group on a project.

    PUT ``/projects/{project_id}/groups/{group_id}/roles/{role_id}``

    Args:
        client: The identity v3 service client.
        project_id: The ID of the project.
        group_id: The ID of the group.
        role_id: The ID of the role.
    """
    client.call(
        "PUT",
        assign_project_group_role_url(client, project_id, group_id, role_id),
        ok=(204,),
    )


def check_project_group_role(
    client: ServiceClient,
    project_id: str,
    group_id: str,
    role_id: str,
) -> bool:
    """Checks whether a group holds a role on a project.

    HEAD ``/projects/{project_id}/groups/{group_id}/roles/{role_id}``

    Args:
        client: The identity v3 service client.
        project_id: The ID of the project.
        group_id: The ID of the group.
        role_id: The ID of the role.
    """
    return client.exists(
        "HEAD",
        assign_project_group_role_url(client, project_id, group_id, role_id),
        ok=(204,),
    )


def unassign_project_group_role(
    client: ServiceClient,
    project_id: str,
    group_id: str,
    role_id: str,
) -> None:
    """Revokes a role from a group on a project.

    DELETE ``/projects/{project_id}/groups/{group_id}/roles/{role_id}``

    Args:
        client: The identity v3 service client.
        project_id: The ID of the project.
        group_id: The ID of the group.
        role_id: The ID of the role.
    """
    client.call(
        "DELETE",
        assign_project_group_role_url(client, project_id, group_id, role_id),
        ok=(204,),
    )


def list_domain_user_roles(
    client: ServiceClient,
    domain_id: str,
    user_id: str,
) -> Pager[Role]:
    """Lists the roles granted to a user on a domain.

    GET ``/domains/{domain_id}/users/{user_id}/roles``

    Args:
        client: The identity v3 service client.
        domain_id: The ID of the domain.
        user_id: The ID of the user.
    """
    return client.paginate(
        list_domain_user_roles_url(client, domain_id, user_id),
        ok=(200,),
        item_type=Role,
        response_key="roles",
        style=PageStyle("next", next_key="links.next"),
    )


def assign_domain_user_role(
    client: ServiceClient,
    domain_id: str,
    user_id: str,
    role_id: str,
) -> None:
    """Grants a role to a user on a domain.

    PUT ``/domains/{domain_id}/users/{user_id}/roles/{role_id}``

    Args:
        client: The identity v3 service client.
        domain_id: The ID of the domain.
        user_id: The ID of the user.
        role_id: The ID of the role.
    """
    client.call(
        "PUT",
        assign_domain_user_role_url(client, domain_id, user_id, role_id),
        ok=(204,),
    )


def check_domain_user_role(
    client: ServiceClient,
    domain_id: str,
    user_id: str,
    role_id: str,
) -> bool:
    """Checks whether a user holds a role on a domain.

    HEAD ``/domains/{domain_id}/users/{user_id}/roles/{role_id}``

    Args:
        client: The identity v3 service client.
        domain_id: The ID of the domain.
        user_id: The ID of the user.
        role_id: The ID of the role.
    """
    return client.exists(
        "HEAD",
        assign_domain_user_role_url(client, domain_id, user_id, role_id),
        ok=(204,),
    )


def unassign_domain_user_role(
    client: ServiceClient,
    domain_id: str,
    user_id: str,
    role_id: str,
) -> None:
    """Revokes a role from a user on a domain.

    DELETE ``/domains/{domain_id}/users/{user_id}/roles/{role_id}``

    Args:
        client: The identity v3 service client.
        domain_id: The ID of the domain.
        user_id: The ID of the user.
        role_id: The ID of the role.
    """
    client.call(
        "DELETE",
        assign_domain_user_role_url(client, domain_id, user_id, role_id),
        ok=(204,),
    )


def list_domain_group_roles(
    client: ServiceClient,
    domain_id: str,
    group_id: str,
) -> Pager[Role]:
    """Lists the roles granted to a group on a domain.

    GET ``/domains/{domain_id}/groups/{group_id}/roles``

    Args:
        client: The identity v3 service client.
        domain_id: The ID of the domain.
        group_id: The ID of the group.
    """
    return client.paginate(
        list_domain_group_roles_url(client, domain_id, group_id),
        ok=(200,),
        item_type=Role,
        response_key="roles",
        style=PageStyle("next", next_key="links.next"),
    )


def assign_domain_group_role(
    client: ServiceClient,
    domain_id: str,
    group_id: str,
    role_id: str,
) -> None:
    """Grants a role to a group on a domain.

    PUT ``/domains/{domain_id}/groups/{group_id}/roles/{role_id}``

    Args:
        client: The identity v3 service client.
        domain_id: The ID of the domain.
        group_id: The ID of the group.
        role_id: The ID of the role.
    """
    client.call(
        "PUT",
        assign_domain_group_role_url(client, domain_id, group_id, role_id),
        ok=(204,),
    )


def check_domain_group_role(
    client: ServiceClient,
    domain_id: str,
    group_id: str,
    role_id: str,
) -> bool:
    """Checks whether a group holds a role on a domain.

    HEAD ``/domains/{domain_id}/groups/{group_id}/roles/{role_id}``

    Args:
        client: The identity v3 service client.
        domain_id: The ID of the domain.
        group_id: The ID of the group.
        role_id: The ID of the role.
    """
    return client.exists(
        "HEAD",
        assign_domain_group_role_url(client, domain_id, group_id, role_id),
        ok=(204,),
    )


def unassign_domain_group_role(
    client: ServiceClient,
    domain_id: str,
    group_id: str,
    role_id: str,
) -> None:
    """Revokes a role from a group on a domain.

    DELETE ``/domains/{domain_id}/groups/{group_id}/roles/{role_id}``

    Args:
        client: The identity v3 service client.
        domain_id: The ID of the domain.
        group_id: The ID of the group.
        role_id: The ID of the role.
    """
    client.call(
        "DELETE",
        assign_domain_group_role_url(client, domain_id, group_id, role_id),
        ok=(204,),
    )


def list_system_user_roles(
    client: ServiceClient,
    user_id: str,
) -> Pager[Role]:
    """Lists the roles granted to a user on the system.

    GET ``/system/users/{user_id}/roles``

    Args:
        client: The identity v3 service client.
        user_id: The ID of the user.
    """
    return client.paginate(
        list_system_user_roles_url(client, user_id),
        ok=(200,),
        item_type=Role,
        response_key="roles",
        style=PageStyle("next", next_key="links.next"),
    )


def assign_system_user_role(
    client: ServiceClient,
    user_id: str,
    role_id: str,
) -> None:
    """Grants a role to a user on the system.

    PUT ``/system/users/{user_id}/roles/{role_id}``

    Args:
        client: The identity v3 service client.
        user_id: The ID of the user.
        role_id: The ID of the role.
    """
    client.call(
        "PUT",
        assign_system_user_role_url(client, user_id, role_id),
        ok=(204,),
    )


def check_system_user_role(
    client: ServiceClient,
    user_id: str,
    role_id: str,
) -> bool:
    """Checks whether a user holds a role on the system.

    HEAD ``/system/users/{user_id}/roles/{role_id}``

    Args:
        client: The identity v3 service client.
        user_id: The ID of the user.
        role_id: The ID of the role.
    """
    return client.exists(
        "HEAD",
        assign_system_user_role_url(client, user_id, role_id),
        ok=(204,),
    )


def get_system_user_role(
    client: ServiceClient,
    user_id: str,
    role_id: str,
) -> bool:
    """Checks whether a user holds a role on the system (the GET form of the check; no body).

    GET ``/system/users/{user_id}/roles/{role_id}``

    Args:
        client: The identity v3 service client.
        user_id: The ID of the user.
        role_id: The ID of the role.
    """
    return client.exists(
        "GET",
        assign_system_user_role_url(client, user_id, role_id),
        ok=(204,),
    )


def unassign_system_user_role(
    client: ServiceClient,
    user_id: str,
    role_id: str,
) -> None:
    """Revokes a role from a user on the system.

    DELETE ``/system/users/{user_id}/roles/{role_id}``

    Args:
        client: The identity v3 service client.
        user_id: The ID of the user.
        role_id: The ID of the role.
    """
    client.call(
        "DELETE",
        assign_system_user_role_url(client, user_id, role_id),
        ok=(204,),
    )


def list_system_group_roles(
    client: ServiceClient,
    group_id: str,
) -> Pager[Role]:
    """Lists the roles granted to a group on the system.

    GET ``/system/groups/{group_id}/roles``

    Args:
        client: The identity v3 service client.
        group_id: The ID of the group.
    """
    return client.paginate(
        list_system_group_roles_url(client, group_id),
        ok=(200,),
        item_type=Role,
        response_key="roles",
        style=PageStyle("next", next_key="links.next"),
    )


def assign_system_group_role(
    client: ServiceClient,
    group_id: str,
    role_id: str,
) -> None:
    """Grants a role to a group on the system.

    PUT ``/system/groups/{group_id}/roles/{role_id}``

    Args:
        client: The identity v3 service client.
        group_id: The ID of the group.
        role_id: The ID of the role.
    """
    client.call(
        "PUT",
        assign_system_group_role_url(client, group_id, role_id),
        ok=(204,),
    )


def check_system_group_role(
    client: ServiceClient,
    group_id: str,
    role_id: str,
) -> bool:
    """Checks whether a group holds a role on the system.

    HEAD ``/system/groups/{group_id}/roles/{role_id}``

    Args:
        client: The identity v3 service client.
        group_id: The ID of the group.
        role_id: The ID of the role.
    """
    return client.exists(
        "HEAD",
        assign_system_group_role_url(client, group_id, role_id),
        ok=(204,),
    )


def get_system_group_role(
    client: ServiceClient,
    group_id: str,
    role_id: str,
) -> bool:
    """Checks whether a group holds a role on the system (the GET form of the check; no body).

    GET ``/system/groups/{group_id}/roles/{role_id}``

    Args:
        client: The identity v3 service client.
        group_id: The ID of the group.
        role_id: The ID of the role.
    """
    return client.exists(
        "GET",
        assign_system_group_role_url(client, group_id, role_id),
        ok=(204,),
    )


def unassign_system_group_role(
    client: ServiceClient,
    group_id: str,
    role_id: str,
) -> None:
    """Revokes a role from a group on the system.

    DELETE ``/system/groups/{group_id}/roles/{role_id}``

    Args:
        client: The identity v3 service client.
        group_id: The ID of the group.
        role_id: The ID of the role.
    """
    client.call(
        "DELETE",
        assign_system_group_role_url(client, group_id, role_id),
        ok=(204,),
    )


def list_inherited_domain_user_roles(
    client: ServiceClient,
    domain_id: str,
    user_id: str,
) -> Pager[Role]:
    """Lists the roles granted to a user on a domain that are inherited by its projects.

    GET ``/OS-INHERIT/domains/{domain_id}/users/{user_id}/roles/inherited_to_projects``

    Args:
        client: The identity v3 service client.
        domain_id: The ID of the domain.
        user_id: The ID of the user.
    """
    return client.paginate(
        list_inherited_domain_user_roles_url(client, domain_id, user_id),
        ok=(200,),
        item_type=Role,
        response_key="roles",
        style=PageStyle("next", next_key="links.next"),
    )


def assign_inherited_domain_user_role(
    client: ServiceClient,
    domain_id: str,
    user_id: str,
    role_id: str,
) -> None:
    """Grants a role to a user on every project of a domain (not the domain itself), existing and
    future.

    PUT ``/OS-INHERIT/domains/{domain_id}/users/{user_id}/roles/{role_id}/inherited_to_projects``

    Args:
        client: The identity v3 service client.
        domain_id: The ID of the domain.
        user_id: The ID of the user.
        role_id: The ID of the role.
    """
    client.call(
        "PUT",
        assign_inherited_domain_user_role_url(client, domain_id, user_id, role_id),
        ok=(204,),
    )


def check_inherited_domain_user_role(
    client: ServiceClient,
    domain_id: str,
    user_id: str,
    role_id: str,
) -> bool:
    """Checks whether a user holds an inherited role on a domain.

    HEAD ``/OS-INHERIT/domains/{domain_id}/users/{user_id}/roles/{role_id}/inherited_to_projects``

    Args:
        client: The identity v3 service client.
        domain_id: The ID of the domain.
        user_id: The ID of the user.
        role_id: The ID of the role.
    """
    return client.exists(
        "HEAD",
        assign_inherited_domain_user_role_url(client, domain_id, user_id, role_id),
        ok=(204,),
    )


def unassign_inherited_domain_user_role(
    client: ServiceClient,
    domain_id: str,
    user_id: str,
    role_id: str,
) -> None:
    """Revokes an inherited role from a user on a domain.

    DELETE ``/OS-INHERIT/domains/{domain_id}/users/{user_id}/roles/{role_id}/inherited_to_projects``

    Args:
        client: The identity v3 service client.
        domain_id: The ID of the domain.
        user_id: The ID of the user.
        role_id: The ID of the role.
    """
    client.call(
        "DELETE",
        assign_inherited_domain_user_role_url(client, domain_id, user_id, role_id),
        ok=(204,),
    )


def list_inherited_domain_group_roles(
    client: ServiceClient,
    domain_id: str,
    group_id: str,
) -> Pager[Role]:
    """Lists the roles granted to a group on a domain that are inherited by its projects.

    GET ``/OS-INHERIT/domains/{domain_id}/groups/{group_id}/roles/inherited_to_projects``

    Args:
        client: The identity v3 service client.
        domain_id: The ID of the domain.
        group_id: The ID of the group.
    """
    return client.paginate(
        list_inherited_domain_group_roles_url(client, domain_id, group_id),
        ok=(200,),
        item_type=Role,
        response_key="roles",
        style=PageStyle("next", next_key="links.next"),
    )


def assign_inherited_domain_group_role(
    client: ServiceClient,
    domain_id: str,
    group_id: str,
    role_id: str,
) -> None:
    """Grants a role to a group on every project of a domain (not the domain itself), existing and
    future.

    PUT ``/OS-INHERIT/domains/{domain_id}/groups/{group_id}/roles/{role_id}/inherited_to_projects``

    Args:
        client: The identity v3 service client.
        domain_id: The ID of the domain.
        group_id: The ID of the group.
        role_id: The ID of the role.
    """
    client.call(
        "PUT",
        assign_inherited_domain_group_role_url(client, domain_id, group_id, role_id),
        ok=(204,),
    )


def check_inherited_domain_group_role(
    client: ServiceClient,
    domain_id: str,
    group_id: str,
    role_id: str,
) -> bool:
    """Checks whether a group holds an inherited role on a domain.

    HEAD ``/OS-INHERIT/domains/{domain_id}/groups/{group_id}/roles/{role_id}/inherited_to_projects``

    Args:
        client: The identity v3 service client.
        domain_id: The ID of the domain.
        group_id: The ID of the group.
        role_id: The ID of the role.
    """
    return client.exists(
        "HEAD",
        assign_inherited_domain_group_role_url(client, domain_id, group_id, role_id),
        ok=(204,),
    )


def unassign_inherited_domain_group_role(
    client: ServiceClient,
    domain_id: str,
    group_id: str,
    role_id: str,
) -> None:
    """Revokes an inherited role from a group on a domain.

    DELETE ``/OS-INHERIT/domains/{domain_id}/groups/{group_id}/roles/{role_id}/inherited_to_projects``

    Args:
        client: The identity v3 service client.
        domain_id: The ID of the domain.
        group_id: The ID of the group.
        role_id: The ID of the role.
    """
    client.call(
        "DELETE",
        assign_inherited_domain_group_role_url(client, domain_id, group_id, role_id),
        ok=(204,),
    )


def assign_inherited_project_user_role(
    client: ServiceClient,
    project_id: str,
    user_id: str,
    role_id: str,
) -> None:
    """Grants a role to a user on every project in the subtree below a project (not the project
    itself), existing and future.

    PUT ``/OS-INHERIT/projects/{project_id}/users/{user_id}/roles/{role_id}/inherited_to_projects``

    Args:
        client: The identity v3 service client.
        project_id: The ID of the project.
        user_id: The ID of the user.
        role_id: The ID of the role.
    """
    client.call(
        "PUT",
        assign_inherited_project_user_role_url(client, project_id, user_id, role_id),
        ok=(204,),
    )


def check_inherited_project_user_role(
    client: ServiceClient,
    project_id: str,
    user_id: str,
    role_id: str,
) -> bool:
    """Checks whether a user holds an inherited role on a project.

    HEAD ``/OS-INHERIT/projects/{project_id}/users/{user_id}/roles/{role_id}/inherited_to_projects``

    Args:
        client: The identity v3 service client.
        project_id: The ID of the project.
        user_id: The ID of the user.
        role_id: The ID of the role.
    """
    return client.exists(
        "HEAD",
        assign_inherited_project_user_role_url(client, project_id, user_id, role_id),
        ok=(200, 204),
    )


def unassign_inherited_project_user_role(
    client: ServiceClient,
    project_id: str,
    user_id: str,
    role_id: str,
) -> None:
    """Revokes an inherited role from a user on a project.

    DELETE ``/OS-INHERIT/projects/{project_id}/users/{user_id}/roles/{role_id}/inherited_to_projects``

    Args:
        client: The identity v3 service client.
        project_id: The ID of the project.
        user_id: The ID of the user.
        role_id: The ID of the role.
    """
    client.call(
        "DELETE",
        assign_inherited_project_user_role_url(client, project_id, user_id, role_id),
        ok=(204,),
    )


def assign_inherited_project_group_role(
    client: ServiceClient,
    project_id: str,
    group_id: str,
    role_id: str,
) -> None:
    """Grants a role to a group on every project in the subtree below a project (not the project
    itself), existing and future.

    PUT ``/OS-INHERIT/projects/{project_id}/groups/{group_id}/roles/{role_id}/inherited_to_projects``

    Args:
        client: The identity v3 service client.
        project_id: The ID of the project.
        group_id: The ID of the group.
        role_id: The ID of the role.
    """
    client.call(
        "PUT",
        assign_inherited_project_group_role_url(client, project_id, group_id, role_id),
        ok=(204,),
    )


def check_inherited_project_group_role(
    client: ServiceClient,
    project_id: str,
    group_id: str,
    role_id: str,
) -> bool:
    """Checks whether a group holds an inherited role on a project.

    HEAD ``/OS-INHERIT/projects/{project_id}/groups/{group_id}/roles/{role_id}/inherited_to_projects``

    Args:
        client: The identity v3 service client.
        project_id: The ID of the project.
        group_id: The ID of the group.
        role_id: The ID of the role.
    """
    return client.exists(
        "HEAD",
        assign_inherited_project_group_role_url(client, project_id, group_id, role_id),
        ok=(200, 204),
    )


def unassign_inherited_project_group_role(
    client: ServiceClient,
    project_id: str,
    group_id: str,
    role_id: str,
) -> None:
    """Revokes an inherited role from a group on a project.

    DELETE ``/OS-INHERIT/projects/{project_id}/groups/{group_id}/roles/{role_id}/inherited_to_projects``

    Args:
        client: The identity v3 service client.
        project_id: The ID of the project.
        group_id: The ID of the group.
        role_id: The ID of the role.
    """
    client.call(
        "DELETE",
        assign_inherited_project_group_role_url(client, project_id, group_id, role_id),
        ok=(204,),
    )
