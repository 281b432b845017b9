"""Port pair groups (networking-sfc extension `sfc`) gather port pairs that run the same service
function; a port chain spreads its traffic over the pairs of each group in turn. With
`networking-sfc-tap` a group can be a passive tap that only receives a copy of the traffic.
"""

# Generated from specs/network/v2/sfc_port_pair_groups.yaml by `python -m generator`. Do not edit:
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
    "PortPairGroup",
    "PortPairGroupParameters",
    "NTupleMapping",
    "NTuple",
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


class PortPairGroup(Model):
    """A port pair group, the interchangeable instances of one service function."""

    id: str
    """The ID of the port pair group."""

    group_id: int | UnsetType | None = UNSET
    """The number the server assigned to the group, used in the data path."""

    name: str | UnsetType | None = UNSET
    """The name of the port pair group."""

    description: str | UnsetType | None = UNSET
    """A free-text description of the port pair group."""

    port_pairs: builtins.list[str] | UnsetType | None = UNSET
    """The IDs of the port pairs in the group."""

    port_pair_group_parameters: PortPairGroupParameters | UnsetType | None = UNSET
    """How traffic is balanced over the pairs and rewritten around them."""

    tap_enabled: bool | UnsetType | None = UNSET
    """Whether the group is a passive tap that receives a copy of the traffic (networking-sfc-
    tap).
    """

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the port pair group."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (legacy name of project_id)."""


class PortPairGroupParameters(Model):
    """The parameters of a port pair group."""

    lb_fields: builtins.list[str] | UnsetType | None = UNSET
    """The packet fields hashed to pick a port pair (eth_src, eth_dst, ip_src, ip_dst, tcp_src,
    tcp_dst, udp_src, udp_dst); empty for the default.
    """

    ppg_n_tuple_mapping: NTupleMapping | UnsetType | None = UNSET
    """The classifier fields replaced for traffic entering and leaving the group."""


class NTupleMapping(Model):
    """The n-tuple rewrites on either side of a port pair group."""

    ingress_n_tuple: NTuple | UnsetType | None = UNSET
    """The fields that match traffic entering the group."""

    egress_n_tuple: NTuple | UnsetType | None = UNSET
    """The fields that match traffic leaving the group."""


class NTuple(Model):
    """Flow classifier fields; those left out keep their value."""

    source_ip_prefix: str | UnsetType | None = UNSET
    """The source CIDR."""

    destination_ip_prefix: str | UnsetType | None = UNSET
    """The destination CIDR."""

    source_port_range_min: int | UnsetType | None = UNSET
    """The lowest source protocol port."""

    source_port_range_max: int | UnsetType | None = UNSET
    """The highest source protocol port."""

    destination_port_range_min: int | UnsetType | None = UNSET
    """The lowest destination protocol port."""

    destination_port_range_max: int | UnsetType | None = UNSET
    """The highest destination protocol port."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the port pair group with this ID."""

    name: str | UnsetType = UNSET
    """Only port pair groups with this name."""

    description: str | UnsetType = UNSET
    """Only port pair groups with this description."""

    project_id: str | UnsetType = UNSET
    """Only port pair groups owned by this project."""

    tenant_id: str | UnsetType = UNSET
    """Only port pair groups owned by this project (legacy name of project_id)."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last port pair group of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by, one per sort_dir."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions (asc or desc), one per sort_key."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of each port pair group."""

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

    port_pairs: builtins.list[str] | UnsetType = UNSET
    """The IDs of the port pairs to put in the group (all with the same correlation)."""

    name: str | UnsetType = UNSET
    """The name of the port pair group."""

    description: str | UnsetType = UNSET
    """A free-text description."""

    port_pair_group_parameters: PortPairGroupParameters | UnsetType = UNSET
    """Load-balancing fields and n-tuple rewrites; cannot be changed later."""

    tap_enabled: bool | UnsetType = UNSET
    """Makes the group a passive tap (one port pair only; networking-sfc-tap)."""

    project_id: str | UnsetType = UNSET
    """The owning project, when an admin creates the group for another project."""

    tenant_id: str | UnsetType = UNSET
    """The owning project (legacy name of project_id)."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of the port pair group."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new name."""

    description: str | UnsetType = UNSET
    """The new description."""

    port_pairs: builtins.list[str] | UnsetType = UNSET
    """The port pairs of the group, replacing the current list."""


def list_url(client: ServiceClient) -> str:
    """The URL `/sfc/port_pair_groups`."""
    return client.url("/sfc/port_pair_groups")


def resource_url(client: ServiceClient, port_pair_group_id: str) -> str:
    """The URL `/sfc/port_pair_groups/{port_pair_group_id}`."""
    return client.url(
        "/sfc/port_pair_groups/{port_pair_group_id}", port_pair_group_id=port_pair_group_id
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[PortPairGroup]:
    """Lists the port pair groups the caller can see.

    GET ``/sfc/port_pair_groups``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=PortPairGroup,
        response_key="port_pair_groups",
        style=PageStyle("links", links_key="port_pair_groups_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
) -> PortPairGroup:
    """Creates a port pair group.

    POST ``/sfc/port_pair_groups``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201, 200),
        opts=opts,
        body_key="port_pair_group",
        response_key="port_pair_group",
        response_type=PortPairGroup,
    )


def get(
    client: ServiceClient,
    port_pair_group_id: str,
    opts: GetOpts | None = None,
) -> PortPairGroup:
    """Shows a port pair group.

    GET ``/sfc/port_pair_groups/{port_pair_group_id}``

    Args:
        client: The network v2 service client.
        port_pair_group_id: The ID of the port pair group.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, port_pair_group_id),
        ok=(200,),
        opts=opts,
        response_key="port_pair_group",
        response_type=PortPairGroup,
    )


def update(
    client: ServiceClient,
    port_pair_group_id: str,
    opts: UpdateOpts | None = None,
) -> PortPairGroup:
    """Changes the name, description or port pairs of a port pair group.

    PUT ``/sfc/port_pair_groups/{port_pair_group_id}``

    Args:
        client: The network v2 service client.
        port_pair_group_id: The ID of the port pair group.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, port_pair_group_id),
        ok=(200,),
        opts=opts,
        body_key="port_pair_group",
        response_key="port_pair_group",
        response_type=PortPairGroup,
    )


def delete(
    client: ServiceClient,
    port_pair_group_id: str,
) -> None:
    """Deletes a port pair group (refused while a port chain uses it).

    DELETE ``/sfc/port_pair_groups/{port_pair_group_id}``

    Args:
        client: The network v2 service client.
        port_pair_group_id: The ID of the port pair group.
    """
    client.call(
        "DELETE",
        resource_url(client, port_pair_group_id),
        ok=(204, 202),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> PortPairGroup:
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
        what="PortPairGroup",
    )
