"""Address scopes: domains of IP addresses that must not overlap. Subnet pools join a scope, and
Neutron routes without NAT between subnets of the same scope.
"""

# Generated from specs/network/v2/address_scopes.yaml by `python -m generator`. Do not edit:
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
    "AddressScope",
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


class AddressScope(Model):
    """An address scope."""

    id: str
    """The UUID of the address scope."""

    name: str | UnsetType | None = UNSET
    """The name of the address scope."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (legacy name of project_id)."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the owning project."""

    ip_version: int | UnsetType | None = UNSET
    """The IP version of the scope, 4 or 6."""

    shared: bool | UnsetType | None = UNSET
    """Whether every project may use the address scope."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the address scope with this ID."""

    name: str | UnsetType = UNSET
    """Only address scopes with this name."""

    tenant_id: str | UnsetType = UNSET
    """Only address scopes of this project (legacy name)."""

    project_id: str | UnsetType = UNSET
    """Only address scopes of this project."""

    ip_version: int | UnsetType = UNSET
    """Only address scopes of this IP version (4 or 6)."""

    shared: bool | UnsetType = UNSET
    """Only shared (true) or unshared (false) address scopes."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last address scope of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by (repeatable, paired with sort_dir)."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions, asc or desc, one per sort_key."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only these attributes in each address scope (repeatable)."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "tenant_id": "query",
        "project_id": "query",
        "ip_version": "query",
        "shared": "query",
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

    ip_version: int
    """The IP version of the scope, 4 or 6."""

    name: str | UnsetType = UNSET
    """The name of the address scope."""

    shared: bool | UnsetType = UNSET
    """Whether every project may use the scope (default false)."""

    project_id: str | UnsetType = UNSET
    """The ID of the owning project (admin only; default the caller's)."""

    tenant_id: str | UnsetType = UNSET
    """The ID of the owning project (legacy name of project_id)."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only these attributes in the answer (repeatable)."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new name."""

    shared: bool | UnsetType = UNSET
    """Shares the scope with every project (a shared scope cannot be unshared)."""


def list_url(client: ServiceClient) -> str:
    """The URL `/address-scopes`."""
    return client.url("/address-scopes")


def resource_url(client: ServiceClient, address_scope_id: str) -> str:
    """The URL `/address-scopes/{address_scope_id}`."""
    return client.url("/address-scopes/{address_scope_id}", address_scope_id=address_scope_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[AddressScope]:
    """Lists the address scopes visible to the caller.

    GET ``/address-scopes``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=AddressScope,
        response_key="address_scopes",
        style=PageStyle("links", links_key="address_scopes_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> AddressScope:
    """Creates an address scope.

    POST ``/address-scopes``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="address_scope",
        response_key="address_scope",
        response_type=AddressScope,
    )


def get(
    client: ServiceClient,
    address_scope_id: str,
    opts: GetOpts | None = None,
) -> AddressScope:
    """Shows an address scope.

    GET ``/address-scopes/{address_scope_id}``

    Args:
        client: The network v2 service client.
        address_scope_id: The UUID of the address scope.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, address_scope_id),
        ok=(200,),
        opts=opts,
        response_key="address_scope",
        response_type=AddressScope,
    )


def update(
    client: ServiceClient,
    address_scope_id: str,
    opts: UpdateOpts | None = None,
) -> AddressScope:
    """Updates an address scope.

    PUT ``/address-scopes/{address_scope_id}``

    Args:
        client: The network v2 service client.
        address_scope_id: The UUID of the address scope.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, address_scope_id),
        ok=(200,),
        opts=opts,
        body_key="address_scope",
        response_key="address_scope",
        response_type=AddressScope,
    )


def delete(
    client: ServiceClient,
    address_scope_id: str,
) -> None:
    """Deletes an address scope (no subnet pool may still belong to it).

    DELETE ``/address-scopes/{address_scope_id}``

    Args:
        client: The network v2 service client.
        address_scope_id: The UUID of the address scope.
    """
    client.call(
        "DELETE",
        resource_url(client, address_scope_id),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> AddressScope:
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
        what="AddressScope",
    )
