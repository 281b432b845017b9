"""Port chains (networking-sfc extension `sfc`) steer the traffic selected by flow classifiers
through an ordered list of port pair groups, that is through a sequence of service functions.
"""

# Generated from specs/network/v2/sfc_port_chains.yaml by `python -m generator`. Do not edit:
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
    "PortChain",
    "ChainParameters",
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


class PortChain(Model):
    """A port chain, an ordered path of service functions for classified traffic."""

    id: str
    """The ID of the port chain."""

    chain_id: int | UnsetType | None = UNSET
    """The number identifying the chain in the data path (0 lets the server choose)."""

    name: str | UnsetType | None = UNSET
    """The name of the port chain."""

    description: str | UnsetType | None = UNSET
    """A free-text description of the port chain."""

    port_pair_groups: builtins.list[str] | UnsetType | None = UNSET
    """The IDs of the port pair groups the traffic crosses, in order."""

    flow_classifiers: builtins.list[str] | UnsetType | None = UNSET
    """The IDs of the flow classifiers that select the traffic of the chain."""

    chain_parameters: ChainParameters | UnsetType | None = UNSET
    """The encapsulation and symmetry of the chain."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the port chain."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (legacy name of project_id)."""


class ChainParameters(Model):
    """The parameters of a port chain."""

    correlation: str | UnsetType | None = UNSET
    """The encapsulation that carries the chain's path information (default mpls)."""

    symmetric: bool | UnsetType | None = UNSET
    """Whether reverse traffic crosses the chain too, in the opposite order (default false)."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the port chain with this ID."""

    name: str | UnsetType = UNSET
    """Only port chains with this name."""

    description: str | UnsetType = UNSET
    """Only port chains with this description."""

    chain_id: int | UnsetType = UNSET
    """Only the port chain with this chain number."""

    project_id: str | UnsetType = UNSET
    """Only port chains owned by this project."""

    tenant_id: str | UnsetType = UNSET
    """Only port chains owned by this project (legacy name of project_id)."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last port chain of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by, one per sort_dir."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions (asc or desc), one per sort_key."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of each port chain."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "description": "query",
        "chain_id": "query",
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

    port_pair_groups: builtins.list[str]
    """The IDs of the port pair groups to cross, in order (at least one)."""

    flow_classifiers: builtins.list[str] | UnsetType = UNSET
    """The IDs of the flow classifiers that select the traffic."""

    name: str | UnsetType = UNSET
    """The name of the port chain."""

    description: str | UnsetType = UNSET
    """A free-text description."""

    chain_parameters: ChainParameters | UnsetType = UNSET
    """The encapsulation and symmetry of the chain; cannot be changed later."""

    chain_id: int | UnsetType = UNSET
    """A chain number between 1 and 65535 to use instead of one chosen by the server."""

    project_id: str | UnsetType = UNSET
    """The owning project, when an admin creates the chain for another project."""

    tenant_id: str | UnsetType = UNSET
    """The owning project (legacy name of project_id)."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of the port chain."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new name."""

    description: str | UnsetType = UNSET
    """The new description."""

    port_pair_groups: builtins.list[str] | UnsetType = UNSET
    """The port pair groups of the chain, in order, replacing the current list."""

    flow_classifiers: builtins.list[str] | UnsetType = UNSET
    """The flow classifiers of the chain, replacing the current list."""


def list_url(client: ServiceClient) -> str:
    """The URL `/sfc/port_chains`."""
    return client.url("/sfc/port_chains")


def resource_url(client: ServiceClient, port_chain_id: str) -> str:
    """The URL `/sfc/port_chains/{port_chain_id}`."""
    return client.url("/sfc/port_chains/{port_chain_id}", port_chain_id=port_chain_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[PortChain]:
    """Lists the port chains the caller can see.

    GET ``/sfc/port_chains``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=PortChain,
        response_key="port_chains",
        style=PageStyle("links", links_key="port_chains_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> PortChain:
    """Creates a port chain.

    POST ``/sfc/port_chains``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201, 200),
        opts=opts,
        body_key="port_chain",
        response_key="port_chain",
        response_type=PortChain,
    )


def get(
    client: ServiceClient,
    port_chain_id: str,
    opts: GetOpts | None = None,
) -> PortChain:
    """Shows a port chain.

    GET ``/sfc/port_chains/{port_chain_id}``

    Args:
        client: The network v2 service client.
        port_chain_id: The ID of the port chain.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, port_chain_id),
        ok=(200,),
        opts=opts,
        response_key="port_chain",
        response_type=PortChain,
    )


def update(
    client: ServiceClient,
    port_chain_id: str,
    opts: UpdateOpts | None = None,
) -> PortChain:
    """Changes the name, description, port pair groups or flow classifiers of a port chain.

    PUT ``/sfc/port_chains/{port_chain_id}``

    Args:
        client: The network v2 service client.
        port_chain_id: The ID of the port chain.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, port_chain_id),
        ok=(200,),
        opts=opts,
        body_key="port_chain",
        response_key="port_chain",
        response_type=PortChain,
    )


def delete(
    client: ServiceClient,
    port_chain_id: str,
) -> None:
    """Deletes a port chain (refused while a service graph uses it).

    DELETE ``/sfc/port_chains/{port_chain_id}``

    Args:
        client: The network v2 service client.
        port_chain_id: The ID of the port chain.
    """
    client.call(
        "DELETE",
        resource_url(client, port_chain_id),
        ok=(204, 202),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> PortChain:
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
        what="PortChain",
    )
