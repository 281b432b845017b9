"""Address groups: named sets of CIDRs (IP networks or single addresses) that security group
rules can refer to as a remote, instead of one rule per address.
"""

# Generated from specs/network/v2/address_groups.yaml by `python -m generator`. Do not edit:
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
    "AddressGroup",
    "ListOpts",
    "CreateOpts",
    "GetOpts",
    "UpdateOpts",
    "AddAddressesOpts",
    "RemoveAddressesOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "add_addresses",
    "remove_addresses",
    "list_url",
    "resource_url",
    "add_addresses_url",
    "remove_addresses_url",
    "find",
]


class AddressGroup(Model):
    """An address group."""

    id: str
    """The UUID of the address group."""

    name: str | UnsetType | None = UNSET
    """The name of the address group."""

    description: str | UnsetType | None = UNSET
    """A free-form description of the address group."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (legacy name of project_id)."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the owning project."""

    addresses: builtins.list[str] | UnsetType | None = UNSET
    """The CIDRs of the group (a single address is written as a /32 or /128)."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the address group was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the address group was last changed."""

    revision_number: int | UnsetType | None = UNSET
    """The revision number, raised on each change."""

    shared: bool | UnsetType | None = UNSET
    """Whether the address group is shared with every project (through an RBAC policy); only the
    answers to add and remove addresses carry it.
    """

    standard_attr_id: int | UnsetType | None = UNSET
    """The internal ID of the group's standard attributes; only the answers to add and remove
    addresses carry it.
    """


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the address group with this ID."""

    name: str | UnsetType = UNSET
    """Only address groups with this name."""

    description: str | UnsetType = UNSET
    """Only address groups with this description."""

    tenant_id: str | UnsetType = UNSET
    """Only address groups of this project (legacy name)."""

    project_id: str | UnsetType = UNSET
    """Only address groups of this project."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last address group of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by (repeatable, paired with sort_dir)."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions, asc or desc, one per sort_key."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only these attributes in each address group (repeatable)."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "description": "query",
        "tenant_id": "query",
        "project_id": "query",
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
    """The name of the address group."""

    description: str | UnsetType = UNSET
    """A free-form description."""

    addresses: builtins.list[str] | UnsetType = UNSET
    """The CIDRs of the group, such as 192.0.2.10/32 (default none)."""

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

    description: str | UnsetType = UNSET
    """The new description."""


class AddAddressesOpts(Options):
    """Options for :func:`add_addresses`."""

    addresses: builtins.list[str]
    """The CIDRs to add (a single address as /32 or /128)."""


class RemoveAddressesOpts(Options):
    """Options for :func:`remove_addresses`."""

    addresses: builtins.list[str]
    """The CIDRs to remove, as the group holds them."""


def list_url(client: ServiceClient) -> str:
    """The URL `/address-groups`."""
    return client.url("/address-groups")


def resource_url(client: ServiceClient, address_group_id: str) -> str:
    """The URL `/address-groups/{address_group_id}`."""
    return client.url("/address-groups/{address_group_id}", address_group_id=address_group_id)


def add_addresses_url(client: ServiceClient, address_group_id: str) -> str:
    """The URL `/address-groups/{address_group_id}/add_addresses`."""
    return client.url(
        "/address-groups/{address_group_id}/add_addresses", address_group_id=address_group_id
    )


def remove_addresses_url(client: ServiceClient, address_group_id: str) -> str:
    """The URL `/address-groups/{address_group_id}/remove_addresses`."""
    return client.url(
        "/address-groups/{address_group_id}/remove_addresses", address_group_id=address_group_id
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[AddressGroup]:
    """Lists the address groups visible to the caller.

    GET ``/address-groups``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=AddressGroup,
        response_key="address_groups",
        style=PageStyle("links", links_key="address_groups_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
) -> AddressGroup:
    """Creates an address group.

    POST ``/address-groups``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="address_group",
        response_key="address_group",
        response_type=AddressGroup,
    )


def get(
    client: ServiceClient,
    address_group_id: str,
    opts: GetOpts | None = None,
) -> AddressGroup:
    """Shows an address group.

    GET ``/address-groups/{address_group_id}``

    Args:
        client: The network v2 service client.
        address_group_id: The UUID of the address group.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, address_group_id),
        ok=(200,),
        opts=opts,
        response_key="address_group",
        response_type=AddressGroup,
    )


def update(
    client: ServiceClient,
    address_group_id: str,
    opts: UpdateOpts | None = None,
) -> AddressGroup:
    """Renames or redescribes an address group (its addresses change through add/remove).

    PUT ``/address-groups/{address_group_id}``

    Args:
        client: The network v2 service client.
        address_group_id: The UUID of the address group.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, address_group_id),
        ok=(200,),
        opts=opts,
        body_key="address_group",
        response_key="address_group",
        response_type=AddressGroup,
    )


def delete(
    client: ServiceClient,
    address_group_id: str,
) -> None:
    """Deletes an address group (no security group rule may still use it).

    DELETE ``/address-groups/{address_group_id}``

    Args:
        client: The network v2 service client.
        address_group_id: The UUID of the address group.
    """
    client.call(
        "DELETE",
        resource_url(client, address_group_id),
        ok=(204,),
    )


def add_addresses(
    client: ServiceClient,
    address_group_id: str,
    opts: AddAddressesOpts,
) -> AddressGroup:
    """Adds CIDRs to an address group.

    PUT ``/address-groups/{address_group_id}/add_addresses``

    Args:
        client: The network v2 service client.
        address_group_id: The UUID of the address group.
        opts: The options of the request (:class:`AddAddressesOpts`).
    """
    return client.call(
        "PUT",
        add_addresses_url(client, address_group_id),
        ok=(200,),
        opts=opts,
        response_key="address_group",
        response_type=AddressGroup,
    )


def remove_addresses(
    client: ServiceClient,
    address_group_id: str,
    opts: RemoveAddressesOpts,
) -> AddressGroup:
    """Removes CIDRs from an address group.

    PUT ``/address-groups/{address_group_id}/remove_addresses``

    Args:
        client: The network v2 service client.
        address_group_id: The UUID of the address group.
        opts: The options of the request (:class:`RemoveAddressesOpts`).
    """
    return client.call(
        "PUT",
        remove_addresses_url(client, address_group_id),
        ok=(200,),
        opts=opts,
        response_key="address_group",
        response_type=AddressGroup,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> AddressGroup:
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
        what="AddressGroup",
    )
