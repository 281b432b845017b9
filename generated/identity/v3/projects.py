"""Projects (formerly tenants) are the base unit of resource ownership. A project belongs to a
domain and may have a parent project; projects can carry tags.
"""

# Generated from specs/identity/v3/projects.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import Any, ClassVar

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
    "Project",
    "Tags",
    "ListOpts",
    "CreateOpts",
    "GetOpts",
    "UpdateOpts",
    "ReplaceTagsOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "list_tags",
    "replace_tags",
    "delete_tags",
    "check_tag",
    "add_tag",
    "delete_tag",
    "list_url",
    "resource_url",
    "list_tags_url",
    "check_tag_url",
    "find",
]


class Project(Model):
    """A project. Extra attributes (properties of the caller's choosing, set with the extra
    option of create and update) are in the model's extra.
    """

    id: str
    """The ID of the project."""

    name: str | UnsetType | None = UNSET
    """The name of the project, unique within its domain."""

    description: str | UnsetType | None = UNSET
    """The description of the project."""

    domain_id: str | UnsetType | None = UNSET
    """The ID of the domain that owns the project."""

    enabled: bool | UnsetType | None = UNSET
    """Whether the project is enabled."""

    is_domain: bool | UnsetType | None = UNSET
    """Whether the project also acts as a domain."""

    parent_id: str | UnsetType | None = UNSET
    """The ID of the parent project, or of the domain for a top-level project."""

    tags: builtins.list[str] | UnsetType | None = UNSET
    """Simple strings attached to the project."""

    options: dict[str, Any] | UnsetType | None = UNSET
    """Resource options of the project."""

    extra_attributes: dict[str, Any] | UnsetType | None = msgspec.field(
        default=UNSET, name="extra"
    )
    """The project's extra attributes once more, as one object; only the answer to an update
    carries it.
    """

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the project itself."""

    open_properties: ClassVar[bool] = True


class Tags(Model):
    """The tags of a project."""

    tags: builtins.list[str]
    """The tags of the project."""


class ListOpts(Options):
    """Options for :func:`list`."""

    domain_id: str | UnsetType = UNSET
    """Filters by the ID of the owning domain."""

    enabled: bool | UnsetType = UNSET
    """Filters by whether the project is enabled."""

    is_domain: bool | UnsetType = UNSET
    """Filters projects that act as domains (true) or not."""

    name: str | UnsetType = UNSET
    """Filters by project name."""

    parent_id: str | UnsetType = UNSET
    """Filters by the ID of the parent project."""

    tags: builtins.list[str] | UnsetType = UNSET
    """Projects that have all these comma-separated tags."""

    tags_any: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="tags-any")
    """Projects that have any of these comma-separated tags."""

    not_tags: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="not-tags")
    """Projects that do not have all of these comma-separated tags."""

    not_tags_any: builtins.list[str] | UnsetType = msgspec.field(
        default=UNSET, name="not-tags-any"
    )
    """Projects that have none of these comma-separated tags."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last project of the previous page."""

    locations: ClassVar[dict[str, str]] = {
        "domain_id": "query",
        "enabled": "query",
        "is_domain": "query",
        "name": "query",
        "parent_id": "query",
        "tags": "csv",
        "tags_any": "csv",
        "not_tags": "csv",
        "not_tags_any": "csv",
        "limit": "query",
        "marker": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    name: str
    """The name of the project, unique within its domain."""

    description: str | UnsetType = UNSET
    """The description of the project."""

    domain_id: str | UnsetType = UNSET
    """The ID of the owning domain; defaults to the domain of the token."""

    enabled: bool | UnsetType = UNSET
    """Whether the project is enabled (default true)."""

    is_domain: bool | UnsetType = UNSET
    """Whether the project also acts as a domain."""

    parent_id: str | UnsetType = UNSET
    """The ID of the parent project."""

    tags: builtins.list[str] | UnsetType = UNSET
    """Tags for the project."""

    options: dict[str, Any] | UnsetType = UNSET
    """Resource options for the project."""

    extra: dict[str, Any] | UnsetType = UNSET
    """Further properties Keystone stores with the project and returns as top-level attributes
    (the project's `extra`).
    """

    locations: ClassVar[dict[str, str]] = {
        "extra": "extra",
    }


class GetOpts(Options):
    """Options for :func:`get`."""

    parents_as_list: bool | UnsetType = UNSET
    """Include the parents of the project as a list."""

    subtree_as_list: bool | UnsetType = UNSET
    """Include the subtree of the project as a list."""

    parents_as_ids: bool | UnsetType = UNSET
    """Include the parents of the project as nested IDs."""

    subtree_as_ids: bool | UnsetType = UNSET
    """Include the subtree of the project as nested IDs."""

    include_limits: bool | UnsetType = UNSET
    """Include the limits of the project and its subtree."""

    locations: ClassVar[dict[str, str]] = {
        "parents_as_list": "query",
        "subtree_as_list": "query",
        "parents_as_ids": "query",
        "subtree_as_ids": "query",
        "include_limits": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new name."""

    description: str | UnsetType | None = UNSET
    """The new description."""

    domain_id: str | UnsetType = UNSET
    """The new owning domain."""

    enabled: bool | UnsetType = UNSET
    """Enables or disables the project."""

    tags: builtins.list[str] | UnsetType = UNSET
    """The new tags (replacing the old ones)."""

    options: dict[str, Any] | UnsetType = UNSET
    """Resource options to change."""

    extra: dict[str, Any] | UnsetType = UNSET
    """Further properties to set (see `create`)."""

    locations: ClassVar[dict[str, str]] = {
        "extra": "extra",
    }


class ReplaceTagsOpts(Options):
    """Options for :func:`replace_tags`."""

    tags: builtins.list[str]
    """The new tags of the project."""


def list_url(client: ServiceClient) -> str:
    """The URL `/projects`."""
    return client.url("/projects")


def resource_url(client: ServiceClient, project_id: str) -> str:
    """The URL `/projects/{project_id}`."""
    return client.url("/projects/{project_id}", project_id=project_id)


def list_tags_url(client: ServiceClient, project_id: str) -> str:
    """The URL `/projects/{project_id}/tags`."""
    return client.url("/projects/{project_id}/tags", project_id=project_id)


def check_tag_url(client: ServiceClient, project_id: str, tag: str) -> str:
    """The URL `/projects/{project_id}/tags/{tag}`."""
    return client.url("/projects/{project_id}/tags/{tag}", project_id=project_id, tag=tag)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Project]:
    """Lists projects.

    GET ``/projects``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Project,
        response_key="projects",
        style=PageStyle("next", next_key="links.next"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> Project:
    """Creates a project.

    POST ``/projects``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="project",
        response_key="project",
        response_type=Project,
    )


def get(
    client: ServiceClient,
    project_id: str,
    opts: GetOpts | None = None,
) -> Project:
    """Shows a project.

    GET ``/projects/{project_id}``

    Args:
        client: The identity v3 service client.
        project_id: The ID of the project.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, project_id),
        ok=(200,),
        opts=opts,
        response_key="project",
        response_type=Project,
    )


def update(
    client: ServiceClient,
    project_id: str,
    opts: UpdateOpts,
) -> Project:
    """Updates a project.

    PATCH ``/projects/{project_id}``

    Args:
        client: The identity v3 service client.
        project_id: The ID of the project.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PATCH",
        resource_url(client, project_id),
        ok=(200,),
        opts=opts,
        body_key="project",
        response_key="project",
        response_type=Project,
    )


def delete(
    client: ServiceClient,
    project_id: str,
) -> None:
    """Deletes a project.

    DELETE ``/projects/{project_id}``

    Args:
        client: The identity v3 service client.
        project_id: The ID of the project.
    """
    client.call(
        "DELETE",
        resource_url(client, project_id),
        ok=(204,),
    )


def list_tags(
    client: ServiceClient,
    project_id: str,
) -> Tags:
    """Lists the tags of a project.

    GET ``/projects/{project_id}/tags``

    Args:
        client: The identity v3 service client.
        project_id: The ID of the project.
    """
    return client.call(
        "GET",
        list_tags_url(client, project_id),
        ok=(200,),
        response_type=Tags,
    )


def replace_tags(
    client: ServiceClient,
    project_id: str,
    opts: ReplaceTagsOpts,
) -> Tags:
    """Replaces all the tags of a project.

    PUT ``/projects/{project_id}/tags``

    Args:
        client: The identity v3 service client.
        project_id: The ID of the project.
        opts: The options of the request (:class:`ReplaceTagsOpts`).
    """
    return client.call(
        "PUT",
        list_tags_url(client, project_id),
        ok=(200,),
        opts=opts,
        response_type=Tags,
    )


def delete_tags(
    client: ServiceClient,
    project_id: str,
) -> None:
    """Removes every tag of a project.

    DELETE ``/projects/{project_id}/tags``

    Args:
        client: The identity v3 service client.
        project_id: The ID of the project.
    """
    client.call(
        "DELETE",
        list_tags_url(client, project_id),
        ok=(204,),
    )


def check_tag(
    client: ServiceClient,
    project_id: str,
    tag: str,
) -> bool:
    """Checks whether a project has a tag.

    GET ``/projects/{project_id}/tags/{tag}``

    Args:
        client: The identity v3 service client.
        project_id: The ID of the project.
        tag: The `tag` path parameter.
    """
    return client.exists(
        "GET",
        check_tag_url(client, project_id, tag),
        ok=(204,),
    )


def add_tag(
    client: ServiceClient,
    project_id: str,
    tag: str,
) -> None:
    """Adds a tag to a project.

    PUT ``/projects/{project_id}/tags/{tag}``

    Args:
        client: The identity v3 service client.
        project_id: The ID of the project.
        tag: The `tag` path parameter.
    """
    client.call(
        "PUT",
        check_tag_url(client, project_id, tag),
        ok=(201,),
    )


def delete_tag(
    client: ServiceClient,
    project_id: str,
    tag: str,
) -> None:
    """Removes a tag from a project.

    DELETE ``/projects/{project_id}/tags/{tag}``

    Args:
        client: The identity v3 service client.
        project_id: The ID of the project.
        tag: The `tag` path parameter.
    """
    client.call(
        "DELETE",
        check_tag_url(client, project_id, tag),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Project:
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
        what="Project",
    )
