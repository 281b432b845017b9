"""Endpoint filtering (OS-EP-FILTER) trims the catalog of project-scoped tokens: endpoints are
associated with projects one by one, or through endpoint groups whose filters select
endpoints dynamically.
"""

# Generated from specs/identity/v3/endpoint_groups.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import ClassVar

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
    "EndpointGroup",
    "EndpointGroupFilters",
    "Endpoint",
    "Project",
    "ListOpts",
    "CreateOpts",
    "UpdateOpts",
    "list",
    "create",
    "get",
    "check",
    "update",
    "delete",
    "list_endpoints",
    "list_projects",
    "add_project",
    "get_project",
    "check_project",
    "remove_project",
    "list_for_project",
    "list_project_endpoints",
    "add_project_endpoint",
    "check_project_endpoint",
    "remove_project_endpoint",
    "list_endpoint_projects",
    "list_url",
    "resource_url",
    "list_endpoints_url",
    "list_projects_url",
    "add_project_url",
    "list_for_project_url",
    "list_project_endpoints_url",
    "add_project_endpoint_url",
    "list_endpoint_projects_url",
    "find",
]


class EndpointGroup(Model):
    """An endpoint group."""

    id: str
    """The ID of the endpoint group."""

    name: str | UnsetType | None = UNSET
    """The name of the endpoint group."""

    description: str | UnsetType | None = UNSET
    """The description of the endpoint group."""

    filters: EndpointGroupFilters | UnsetType | None = UNSET
    """The endpoint attributes an endpoint must have to belong to the group."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the endpoint group."""


class EndpointGroupFilters(Model):
    """Endpoint attributes that select the endpoints of a group; all given ones must match."""

    interface: str | UnsetType | None = UNSET
    """The interface of the endpoints."""

    service_id: str | UnsetType | None = UNSET
    """The ID of the service of the endpoints."""

    region_id: str | UnsetType | None = UNSET
    """The ID of the region of the endpoints."""


class Endpoint(Model):
    """A service endpoint."""

    id: str
    """The ID of the endpoint."""

    interface: str | UnsetType | None = UNSET
    """The interface (public, internal or admin)."""

    url: str | UnsetType | None = UNSET
    """The URL of the endpoint."""

    service_id: str | UnsetType | None = UNSET
    """The ID of the service the endpoint belongs to."""

    region_id: str | UnsetType | None = UNSET
    """The ID of the region of the endpoint."""

    region: str | UnsetType | None = UNSET
    """The region of the endpoint (legacy name of region_id)."""

    enabled: bool | UnsetType | None = UNSET
    """Whether the endpoint is enabled."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the endpoint."""


class Project(Model):
    """A project associated with endpoints."""

    id: str
    """The ID of the project."""

    name: str | UnsetType | None = UNSET
    """The name of the project."""

    domain_id: str | UnsetType | None = UNSET
    """The ID of the domain that owns the project."""

    description: str | UnsetType | None = UNSET
    """The description of the project."""

    enabled: bool | UnsetType | None = UNSET
    """Whether the project is enabled."""

    is_domain: bool | UnsetType | None = UNSET
    """Whether the project also acts as a domain."""

    parent_id: str | UnsetType | None = UNSET
    """The ID of the parent project or domain."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the project."""


class ListOpts(Options):
    """Options for :func:`list`."""

    name: str | UnsetType = UNSET
    """Filters by endpoint group name."""

    locations: ClassVar[dict[str, str]] = {
        "name": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    name: str
    """The name of the endpoint group."""

    filters: EndpointGroupFilters
    """The endpoint attributes that select the group's endpoints."""

    description: str | UnsetType = UNSET
    """The description of the endpoint group."""


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new name."""

    filters: EndpointGroupFilters | UnsetType = UNSET
    """The new filters (replacing the old ones)."""

    description: str | UnsetType | None = UNSET
    """The new description."""


def list_url(client: ServiceClient) -> str:
    """The URL `/OS-EP-FILTER/endpoint_groups`."""
    return client.url("/OS-EP-FILTER/endpoint_groups")


def resource_url(client: ServiceClient, endpoint_group_id: str) -> str:
    """The URL `/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}`."""
    return client.url(
        "/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}", endpoint_group_id=endpoint_group_id
    )


def list_endpoints_url(client: ServiceClient, endpoint_group_id: str) -> str:
    """The URL `/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}/endpoints`."""
    return client.url(
        "/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}/endpoints",
        endpoint_group_id=endpoint_group_id,
    )


def list_projects_url(client: ServiceClient, endpoint_group_id: str) -> str:
    """The URL `/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}/projects`."""
    return client.url(
        "/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}/projects",
        endpoint_group_id=endpoint_group_id,
    )


def add_project_url(client: ServiceClient, endpoint_group_id: str, project_id: str) -> str:
    """The URL `/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}/projects/{project_id}`."""
    return client.url(
        "/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}/projects/{project_id}",
        endpoint_group_id=endpoint_group_id,
        project_id=project_id,
    )


def list_for_project_url(client: ServiceClient, project_id: str) -> str:
    """The URL `/OS-EP-FILTER/projects/{project_id}/endpoint_groups`."""
    return client.url("/OS-EP-FILTER/projects/{project_id}/endpoint_groups", project_id=project_id)


def list_project_endpoints_url(client: ServiceClient, project_id: str) -> str:
    """The URL `/OS-EP-FILTER/projects/{project_id}/endpoints`."""
    return client.url("/OS-EP-FILTER/projects/{project_id}/endpoints", project_id=project_id)


def add_project_endpoint_url(client: ServiceClient, project_id: str, endpoint_id: str) -> str:
    """The URL `/OS-EP-FILTER/projects/{project_id}/endpoints/{endpoint_id}`."""
    return client.url(
        "/OS-EP-FILTER/projects/{project_id}/endpoints/{endpoint_id}",
        project_id=project_id,
        endpoint_id=endpoint_id,
    )


def list_endpoint_projects_url(client: ServiceClient, endpoint_id: str) -> str:
    """The URL `/OS-EP-FILTER/endpoints/{endpoint_id}/projects`."""
    return client.url("/OS-EP-FILTER/endpoints/{endpoint_id}/projects", endpoint_id=endpoint_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[EndpointGroup]:
    """Lists endpoint groups.

    GET ``/OS-EP-FILTER/endpoint_groups``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=EndpointGroup,
        response_key="endpoint_groups",
        style=PageStyle("next", next_key="links.next"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> EndpointGroup:
    """Creates an endpoint group.

    POST ``/OS-EP-FILTER/endpoint_groups``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="endpoint_group",
        response_key="endpoint_group",
        response_type=EndpointGroup,
    )


def get(
    client: ServiceClient,
    endpoint_group_id: str,
) -> EndpointGroup:
    """Shows an endpoint group.

    GET ``/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}``

    Args:
        client: The identity v3 service client.
        endpoint_group_id: The ID of the endpoint group.
    """
    return client.call(
        "GET",
        resource_url(client, endpoint_group_id),
        ok=(200,),
        response_key="endpoint_group",
        response_type=EndpointGroup,
    )


def check(
    client: ServiceClient,
    endpoint_group_id: str,
) -> bool:
    """Checks whether an endpoint group exists.

    HEAD ``/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}``

    Args:
        client: The identity v3 service client.
        endpoint_group_id: The ID of the endpoint group.
    """
    return client.exists(
        "HEAD",
        resource_url(client, endpoint_group_id),
        ok=(200,),
    )


def update(
    client: ServiceClient,
    endpoint_group_id: str,
    opts: UpdateOpts,
) -> EndpointGroup:
    """Updates an endpoint group.

    PATCH ``/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}``

    Args:
        client: The identity v3 service client.
        endpoint_group_id: The ID of the endpoint group.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PATCH",
        resource_url(client, endpoint_group_id),
        ok=(200,),
        opts=opts,
        body_key="endpoint_group",
        response_key="endpoint_group",
        response_type=EndpointGroup,
    )


def delete(
    client: ServiceClient,
    endpoint_group_id: str,
) -> None:
    """Deletes an endpoint group.

    DELETE ``/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}``

    Args:
        client: The identity v3 service client.
        endpoint_group_id: The ID of the endpoint group.
    """
    client.call(
        "DELETE",
        resource_url(client, endpoint_group_id),
        ok=(204,),
    )


def list_endpoints(
    client: ServiceClient,
    endpoint_group_id: str,
) -> Pager[Endpoint]:
    """Lists the endpoints an endpoint group selects.

    GET ``/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}/endpoints``

    Args:
        client: The identity v3 service client.
        endpoint_group_id: The ID of the endpoint group.
    """
    return client.paginate(
        list_endpoints_url(client, endpoint_group_id),
        ok=(200,),
        item_type=Endpoint,
        response_key="endpoints",
        style=PageStyle("next", next_key="links.next"),
    )


def list_projects(
    client: ServiceClient,
    endpoint_group_id: str,
) -> Pager[Project]:
    """Lists the projects associated with an endpoint group.

    GET ``/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}/projects``

    Args:
        client: The identity v3 service client.
        endpoint_group_id: The ID of the endpoint group.
    """
    return client.paginate(
        list_projects_url(client, endpoint_group_id),
        ok=(200,),
        item_type=Project,
        response_key="projects",
        style=PageStyle("next", next_key="links.next"),
    )


def add_project(
    client: ServiceClient,
    endpoint_group_id: str,
    project_id: str,
) -> None:
    """Associates an endpoint group with a project.

    PUT ``/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}/projects/{project_id}``

    Args:
        client: The identity v3 service client.
        endpoint_group_id: The ID of the endpoint group.
        project_id: The ID of the project.
    """
    client.call(
        "PUT",
        add_project_url(client, endpoint_group_id, project_id),
        ok=(204,),
    )


def get_project(
    client: ServiceClient,
    endpoint_group_id: str,
    project_id: str,
) -> Project:
    """Shows a project associated with an endpoint group (404 when not associated).

    GET ``/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}/projects/{project_id}``

    Args:
        client: The identity v3 service client.
        endpoint_group_id: The ID of the endpoint group.
        project_id: The ID of the project.
    """
    return client.call(
        "GET",
        add_project_url(client, endpoint_group_id, project_id),
        ok=(200,),
        response_key="project",
        response_type=Project,
    )


def check_project(
    client: ServiceClient,
    endpoint_group_id: str,
    project_id: str,
) -> bool:
    """Checks whether an endpoint group is associated with a project.

    HEAD ``/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}/projects/{project_id}``

    Args:
        client: The identity v3 service client.
        endpoint_group_id: The ID of the endpoint group.
        project_id: The ID of the project.
    """
    return client.exists(
        "HEAD",
        add_project_url(client, endpoint_group_id, project_id),
        ok=(200,),
    )


def remove_project(
    client: ServiceClient,
    endpoint_group_id: str,
    project_id: str,
) -> None:
    """Removes the association between an endpoint group and a project.

    DELETE ``/OS-EP-FILTER/endpoint_groups/{endpoint_group_id}/projects/{project_id}``

    Args:
        client: The identity v3 service client.
        endpoint_group_id: The ID of the endpoint group.
        project_id: The ID of the project.
    """
    client.call(
        "DELETE",
        add_project_url(client, endpoint_group_id, project_id),
        ok=(204,),
    )


def list_for_project(
    client: ServiceClient,
    project_id: str,
) -> Pager[EndpointGroup]:
    """Lists the endpoint groups associated with a project.

    GET ``/OS-EP-FILTER/projects/{project_id}/endpoint_groups``

    Args:
        client: The identity v3 service client.
        project_id: The ID of the project.
    """
    return client.paginate(
        list_for_project_url(client, project_id),
        ok=(200,),
        item_type=EndpointGroup,
        response_key="endpoint_groups",
        style=PageStyle("next", next_key="links.next"),
    )


def list_project_endpoints(
    client: ServiceClient,
    project_id: str,
) -> Pager[Endpoint]:
    """Lists the endpoints associated with a project, directly or through endpoint groups.

    GET ``/OS-EP-FILTER/projects/{project_id}/endpoints``

    Args:
        client: The identity v3 service client.
        project_id: The ID of the project.
    """
    return client.paginate(
        list_project_endpoints_url(client, project_id),
        ok=(200,),
        item_type=Endpoint,
        response_key="endpoints",
        style=PageStyle("next", next_key="links.next"),
    )


def add_project_endpoint(
    client: ServiceClient,
    project_id: str,
    endpoint_id: str,
) -> None:
    """Associates an endpoint with a project directly.

    PUT ``/OS-EP-FILTER/projects/{project_id}/endpoints/{endpoint_id}``

    Args:
        client: The identity v3 service client.
        project_id: The ID of the project.
        endpoint_id: The ID of the endpoint.
    """
    client.call(
        "PUT",
        add_project_endpoint_url(client, project_id, endpoint_id),
        ok=(204,),
    )


def check_project_endpoint(
    client: ServiceClient,
    project_id: str,
    endpoint_id: str,
) -> bool:
    """Checks whether an endpoint is directly associated with a project.

    HEAD ``/OS-EP-FILTER/projects/{project_id}/endpoints/{endpoint_id}``

    Args:
        client: The identity v3 service client.
        project_id: The ID of the project.
        endpoint_id: The ID of the endpoint.
    """
    return client.exists(
        "HEAD",
        add_project_endpoint_url(client, project_id, endpoint_id),
        ok=(204,),
    )


def remove_project_endpoint(
    client: ServiceClient,
    project_id: str,
    endpoint_id: str,
) -> None:
    """Removes the direct association between an endpoint and a project.

    DELETE ``/OS-EP-FILTER/projects/{project_id}/endpoints/{endpoint_id}``

    Args:
        client: The identity v3 service client.
        project_id: The ID of the project.
        endpoint_id: The ID of the endpoint.
    """
    client.call(
        "DELETE",
        add_project_endpoint_url(client, project_id, endpoint_id),
        ok=(204,),
    )


def list_endpoint_projects(
    client: ServiceClient,
    endpoint_id: str,
) -> Pager[Project]:
    """Lists the projects an endpoint is directly associated with.

    GET ``/OS-EP-FILTER/endpoints/{endpoint_id}/projects``

    Args:
        client: The identity v3 service client.
        endpoint_id: The ID of the endpoint.
    """
    return client.paginate(
        list_endpoint_projects_url(client, endpoint_id),
        ok=(200,),
        item_type=Project,
        response_key="projects",
        style=PageStyle("next", next_key="links.next"),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> EndpointGroup:
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
        what="EndpointGroup",
    )
