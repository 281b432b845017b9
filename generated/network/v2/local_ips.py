"""Local IPs are virtual addresses that several ports can share, each port reaching the Local IP
on its own host (local_ip extension); port associations tie a Local IP to the ports that use
it.
"""

# Generated from specs/network/v2/local_ips.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
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
    "LocalIp",
    "PortAssociation",
    "ListOpts",
    "CreateOpts",
    "GetOpts",
    "UpdateOpts",
    "ListPortAssociationsOpts",
    "CreatePortAssociationOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "list_port_associations",
    "create_port_association",
    "delete_port_association",
    "list_url",
    "resource_url",
    "list_port_associations_url",
    "delete_port_association_url",
    "find",
]


class LocalIp(Model):
    """A Local IP."""

    id: str
    """The ID of the Local IP."""

    name: str | UnsetType | None = UNSET
    """The name of the Local IP."""

    description: str | UnsetType | None = UNSET
    """A free-form description."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the Local IP."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (legacy name of project_id)."""

    local_port_id: str | UnsetType | None = UNSET
    """The ID of the port that holds the Local IP address."""

    network_id: str | UnsetType | None = UNSET
    """The ID of the network of the Local IP."""

    local_ip_address: str | UnsetType | None = UNSET
    """The IP address of the Local IP."""

    ip_mode: str | UnsetType | None = UNSET
    """How the address is used: translate (NAT, the default) or passthrough."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the Local IP was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the Local IP was last changed."""

    revision_number: int | UnsetType | None = UNSET
    """The revision number, raised on each change."""


class PortAssociation(Model):
    """The association of a Local IP with a port that uses it."""

    fixed_port_id: str
    """The ID of the associated port."""

    local_ip_id: str | UnsetType | None = UNSET
    """The ID of the Local IP."""

    local_ip_address: str | UnsetType | None = UNSET
    """The IP address of the Local IP."""

    fixed_ip: str | UnsetType | None = UNSET
    """The fixed IP of the port that the Local IP maps to."""

    host: str | UnsetType | None = UNSET
    """The host of the associated port."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Filters by Local IP ID."""

    name: str | UnsetType = UNSET
    """Filters by name."""

    description: str | UnsetType = UNSET
    """Filters by description."""

    project_id: str | UnsetType = UNSET
    """Filters by owning project."""

    local_port_id: str | UnsetType = UNSET
    """Filters by the port holding the address."""

    network_id: str | UnsetType = UNSET
    """Filters by network."""

    local_ip_address: str | UnsetType = UNSET
    """Filters by IP address."""

    ip_mode: str | UnsetType = UNSET
    """Filters by IP mode."""

    revision_number: int | UnsetType = UNSET
    """Filters by revision number."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last Local IP of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Sorts by these attributes (repeatable, paired with sort_dir)."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """The direction of each sort key: asc or desc."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Returns only these attributes."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "description": "query",
        "project_id": "query",
        "local_port_id": "query",
        "network_id": "query",
        "local_ip_address": "query",
        "ip_mode": "query",
        "revision_number": "query",
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

    name: str | UnsetType = UNSET
    """The name of the Local IP."""

    description: str | UnsetType = UNSET
    """A free-form description."""

    project_id: str | UnsetType = UNSET
    """The owning project (admins only)."""

    local_port_id: str | UnsetType = UNSET
    """An existing port to hold the address (or give network_id)."""

    network_id: str | UnsetType = UNSET
    """The network to create the address on (or give local_port_id)."""

    local_ip_address: str | UnsetType = UNSET
    """A specific IP address to use."""

    ip_mode: str | UnsetType = UNSET
    """translate (the default) or passthrough."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Returns only these attributes."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new name."""

    description: str | UnsetType = UNSET
    """The new description."""


class ListPortAssociationsOpts(Options):
    """Options for :func:`list_port_associations`."""

    fixed_port_id: str | UnsetType = UNSET
    """Filters by associated port."""

    fixed_ip: str | UnsetType = UNSET
    """Filters by fixed IP."""

    host: str | UnsetType = UNSET
    """Filters by host."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The last association of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Sorts by these attributes (repeatable, paired with sort_dir)."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """The direction of each sort key: asc or desc."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Returns only these attributes."""

    locations: ClassVar[dict[str, str]] = {
        "fixed_port_id": "query",
        "fixed_ip": "query",
        "host": "query",
        "limit": "query",
        "marker": "query",
        "page_reverse": "query",
        "sort_key": "query",
        "sort_dir": "query",
        "fields": "query",
    }

    paired: ClassVar[tuple[tuple[str, ...], ...]] = (("sort_key", "sort_dir"),)


class CreatePortAssociationOpts(Options):
    """Options for :func:`create_port_association`."""

    fixed_port_id: str
    """The port to associate."""

    fixed_ip: str | UnsetType = UNSET
    """The fixed IP of the port to use, when it has several."""


def list_url(client: ServiceClient) -> str:
    """The URL `/local_ips`."""
    return client.url("/local_ips")


def resource_url(client: ServiceClient, local_ip_id: str) -> str:
    """The URL `/local_ips/{local_ip_id}`."""
    return client.url("/local_ips/{local_ip_id}", local_ip_id=local_ip_id)


def list_port_associations_url(client: ServiceClient, local_ip_id: str) -> str:
    """The URL `/local_ips/{local_ip_id}/port_associations`."""
    return client.url("/local_ips/{local_ip_id}/port_associations", local_ip_id=local_ip_id)


def delete_port_association_url(
    client: ServiceClient, local_ip_id: str, fixed_port_id: str
) -> str:
    """The URL `/local_ips/{local_ip_id}/port_associations/{fixed_port_id}`."""
    return client.url(
        "/local_ips/{local_ip_id}/port_associations/{fixed_port_id}",
        local_ip_id=local_ip_id,
        fixed_port_id=fixed_port_id,
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[LocalIp]:
    """Lists the Local IPs the caller can see.

    GET ``/local_ips``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=LocalIp,
        response_key="local_ips",
        style=PageStyle("links", links_key="local_ips_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
) -> LocalIp:
    """Creates a Local IP on a network or on an existing port.

    POST ``/local_ips``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="local_ip",
        response_key="local_ip",
        response_type=LocalIp,
    )


def get(
    client: ServiceClient,
    local_ip_id: str,
    opts: GetOpts | None = None,
) -> LocalIp:
    """Shows a Local IP.

    GET ``/local_ips/{local_ip_id}``

    Args:
        client: The network v2 service client.
        local_ip_id: The ID of the Local IP.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, local_ip_id),
        ok=(200,),
        opts=opts,
        response_key="local_ip",
        response_type=LocalIp,
    )


def update(
    client: ServiceClient,
    local_ip_id: str,
    opts: UpdateOpts | None = None,
) -> LocalIp:
    """Renames a Local IP or changes its description.

    PUT ``/local_ips/{local_ip_id}``

    Args:
        client: The network v2 service client.
        local_ip_id: The ID of the Local IP.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, local_ip_id),
        ok=(200,),
        opts=opts,
        body_key="local_ip",
        response_key="local_ip",
        response_type=LocalIp,
    )


def delete(
    client: ServiceClient,
    local_ip_id: str,
) -> None:
    """Deletes a Local IP.

    DELETE ``/local_ips/{local_ip_id}``

    Args:
        client: The network v2 service client.
        local_ip_id: The ID of the Local IP.
    """
    client.call(
        "DELETE",
        resource_url(client, local_ip_id),
        ok=(204,),
    )


def list_port_associations(
    client: ServiceClient,
    local_ip_id: str,
    opts: ListPortAssociationsOpts | None = None,
) -> Pager[PortAssociation]:
    """Lists the ports associated with a Local IP.

    GET ``/local_ips/{local_ip_id}/port_associations``

    Args:
        client: The network v2 service client.
        local_ip_id: The ID of the Local IP.
        opts: The options of the request (:class:`ListPortAssociationsOpts`).
    """
    return client.paginate(
        list_port_associations_url(client, local_ip_id),
        ok=(200,),
        item_type=PortAssociation,
        response_key="port_associations",
        style=PageStyle("links", links_key="port_associations_links"),
        opts=opts,
    )


def create_port_association(
    client: ServiceClient,
    local_ip_id: str,
    opts: CreatePortAssociationOpts,
) -> PortAssociation:
    """Associates a port with a Local IP.

    POST ``/local_ips/{local_ip_id}/port_associations``

    Args:
        client: The network v2 service client.
        local_ip_id: The ID of the Local IP.
        opts: The options of the request (:class:`CreatePortAssociationOpts`).
    """
    return client.call(
        "POST",
        list_port_associations_url(client, local_ip_id),
        ok=(201,),
        opts=opts,
        body_key="port_association",
        response_key="port_association",
        response_type=PortAssociation,
    )


def delete_port_association(
    client: ServiceClient,
    local_ip_id: str,
    fixed_port_id: str,
) -> None:
    """Removes the association of a port with a Local IP.

    DELETE ``/local_ips/{local_ip_id}/port_associations/{fixed_port_id}``

    Args:
        client: The network v2 service client.
        local_ip_id: The ID of the Local IP.
        fixed_port_id: The ID of the associated port.
    """
    client.call(
        "DELETE",
        delete_port_association_url(client, local_ip_id, fixed_port_id),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> LocalIp:
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
        what="LocalIp",
    )
