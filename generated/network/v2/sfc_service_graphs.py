"""Service graphs (networking-sfc extension `service_graph`) link port chains into a graph:
traffic leaving the end of one chain continues into the chains that follow it, so paths can
branch.
"""

# Generated from specs/network/v2/sfc_service_graphs.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
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
    "ServiceGraph",
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


class ServiceGraph(Model):
    """A service graph, the links from port chains to the chains that follow them."""

    id: str
    """The ID of the service graph."""

    name: str | UnsetType | None = UNSET
    """The name of the service graph."""

    description: str | UnsetType | None = UNSET
    """A free-text description of the service graph."""

    port_chains: dict[str, builtins.list[str]] | UnsetType | None = UNSET
    """For each source port chain ID, the IDs of the port chains its traffic continues into."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the service graph."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (legacy name of project_id)."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the service graph with this ID."""

    name: str | UnsetType = UNSET
    """Only service graphs with this name."""

    description: str | UnsetType = UNSET
    """Only service graphs with this description."""

    project_id: str | UnsetType = UNSET
    """Only service graphs owned by this project."""

    tenant_id: str | UnsetType = UNSET
    """Only service graphs owned by this project (legacy name of project_id)."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last service graph of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by, one per sort_dir."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions (asc or desc), one per sort_key."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of each service graph."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "description": "query",
        "project_id": "query",
        "tenant_id": "query",
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

    port_chains: dict[str, builtins.list[str]]
    """For each source port chain ID, the IDs of the port chains its traffic continues into
    (chains of one graph share their correlation).
    """

    name: str | UnsetType = UNSET
    """The name of the service graph."""

    description: str | UnsetType = UNSET
    """A free-text description."""

    project_id: str | UnsetType = UNSET
    """The owning project, when an admin creates the graph for another project."""

    tenant_id: str | UnsetType = UNSET
    """The owning project (legacy name of project_id)."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of the service graph."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new name."""

    description: str | UnsetType = UNSET
    """The new description."""


def list_url(client: ServiceClient) -> str:
    """The URL `/sfc/service_graphs`."""
    return client.url("/sfc/service_graphs")


def resource_url(client: ServiceClient, service_graph_id: str) -> str:
    """The URL `/sfc/service_graphs/{service_graph_id}`."""
    return client.url("/sfc/service_graphs/{service_graph_id}", service_graph_id=service_graph_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[ServiceGraph]:
    """Lists the service graphs the caller can see.

    GET ``/sfc/service_graphs``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=ServiceGraph,
        response_key="service_graphs",
        style=PageStyle("links", links_key="service_graphs_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> ServiceGraph:
    """Creates a service graph; its links cannot change later.

    POST ``/sfc/service_graphs``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201, 200),
        opts=opts,
        body_key="service_graph",
        response_key="service_graph",
        response_type=ServiceGraph,
    )


def get(
    client: ServiceClient,
    service_graph_id: str,
    opts: GetOpts | None = None,
) -> ServiceGraph:
    """Shows a service graph.

    GET ``/sfc/service_graphs/{service_graph_id}``

    Args:
        client: The network v2 service client.
        service_graph_id: The ID of the service graph.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, service_graph_id),
        ok=(200,),
        opts=opts,
        response_key="service_graph",
        response_type=ServiceGraph,
    )


def update(
    client: ServiceClient,
    service_graph_id: str,
    opts: UpdateOpts | None = None,
) -> ServiceGraph:
    """Renames a service graph or changes its description (its links cannot change).

    PUT ``/sfc/service_graphs/{service_graph_id}``

    Args:
        client: The network v2 service client.
        service_graph_id: The ID of the service graph.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, service_graph_id),
        ok=(200,),
        opts=opts,
        body_key="service_graph",
        response_key="service_graph",
        response_type=ServiceGraph,
    )


def delete(
    client: ServiceClient,
    service_graph_id: str,
) -> None:
    """Deletes a service graph; its port chains remain.

    DELETE ``/sfc/service_graphs/{service_graph_id}``

    Args:
        client: The network v2 service client.
        service_graph_id: The ID of the service graph.
    """
    client.call(
        "DELETE",
        resource_url(client, service_graph_id),
        ok=(204, 202),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> ServiceGraph:
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
        what="ServiceGraph",
    )
