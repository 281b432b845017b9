"""Group types (microversion 3.11): classes of generic volume groups, with group specs that tell
the driver how to treat a group (consistent group snapshots, replication, ...). Managing them
is usually reserved to administrators.
"""

# Generated from specs/block_storage/v3/group_types.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import ClassVar, Literal

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "GroupType",
    "ListOpts",
    "CreateOpts",
    "UpdateOpts",
    "list",
    "get",
    "get_default",
    "create",
    "update",
    "delete",
    "list_url",
    "resource_url",
    "get_default_url",
]


class GroupType(Model):
    """A group type."""

    id: str
    """The UUID of the group type."""

    name: str | UnsetType | None = UNSET
    """The name of the group type."""

    description: str | UnsetType | None = UNSET
    """A free-form description of the group type."""

    is_public: bool | UnsetType | None = UNSET
    """Whether every project can see and use the group type."""

    group_specs: dict[str, str] | UnsetType | None = UNSET
    """The group specs of the type, key to value, when policy shows them."""


class ListOpts(Options):
    """Options for :func:`list`."""

    is_public: str | UnsetType = UNSET
    """Administrators only: "true" for public types (the default), "false" for private ones,
    "none" for both; other callers see public types.
    """

    sort: str | UnsetType = UNSET
    """Sort keys and directions, as key:dir pairs separated by commas (name:asc,id:desc)."""

    sort_key: str | UnsetType = UNSET
    """The attribute to sort by (prefer sort)."""

    sort_dir: Literal["asc", "desc"] | UnsetType = UNSET
    """The sort direction for sort_key (prefer sort)."""

    limit: int | UnsetType = UNSET
    """The largest number of group types to return on one page."""

    offset: int | UnsetType = UNSET
    """How many group types to skip before the first one returned."""

    marker: str | UnsetType = UNSET
    """The ID of the last group type of the previous page."""

    locations: ClassVar[dict[str, str]] = {
        "is_public": "query",
        "sort": "query",
        "sort_key": "query",
        "sort_dir": "query",
        "limit": "query",
        "offset": "query",
        "marker": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    name: str
    """The name of the new group type, unique in the cloud."""

    description: str | UnsetType = UNSET
    """A free-form description of the group type."""

    is_public: bool | UnsetType = UNSET
    """Whether every project can use the group type (default true)."""

    group_specs: dict[str, str] | UnsetType = UNSET
    """Group specs to give the type from the start, key to value."""


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new name of the group type."""

    description: str | UnsetType = UNSET
    """The new description of the group type."""

    is_public: bool | UnsetType = UNSET
    """Whether every project can use the group type."""


def list_url(client: ServiceClient) -> str:
    """The URL `/group_types`."""
    return client.url("/group_types")


def resource_url(client: ServiceClient, group_type_id: str) -> str:
    """The URL `/group_types/{group_type_id}`."""
    return client.url("/group_types/{group_type_id}", group_type_id=group_type_id)


def get_default_url(client: ServiceClient) -> str:
    """The URL `/group_types/default`."""
    return client.url("/group_types/default")


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[GroupType]:
    """Lists the group types the caller can see.

    Microversions: 3.11 and later.

    GET ``/group_types``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    client.check_operation_version("group_types.list", "3.11", None)
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=GroupType,
        response_key="group_types",
        style=PageStyle("links", links_key="group_type_links"),
        opts=opts,
    )


def get(
    client: ServiceClient,
    group_type_id: str,
) -> GroupType:
    """Shows a group type.

    Microversions: 3.11 and later.

    GET ``/group_types/{group_type_id}``

    Args:
        client: The block-storage v3 service client.
        group_type_id: The ID of the group type.
    """
    client.check_operation_version("group_types.get", "3.11", None)
    return client.call(
        "GET",
        resource_url(client, group_type_id),
        ok=(200,),
        response_key="group_type",
        response_type=GroupType,
    )


def get_default(
    client: ServiceClient,
) -> GroupType:
    """Shows the cloud's default group type (not found when none is configured).

    Microversions: 3.11 and later.

    GET ``/group_types/default``

    Args:
        client: The block-storage v3 service client.
    """
    client.check_operation_version("group_types.get_default", "3.11", None)
    return client.call(
        "GET",
        get_default_url(client),
        ok=(200,),
        response_key="group_type",
        response_type=GroupType,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> GroupType:
    """Creates a group type.

    Microversions: 3.11 and later.

    POST ``/group_types``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    client.check_operation_version("group_types.create", "3.11", None)
    return client.call(
        "POST",
        list_url(client),
        ok=(202,),
        opts=opts,
        body_key="group_type",
        response_key="group_type",
        response_type=GroupType,
    )


def update(
    client: ServiceClient,
    group_type_id: str,
    opts: UpdateOpts | None = None,
) -> GroupType:
    """Changes the name, description or visibility of a group type; at least one must be given.

    Microversions: 3.11 and later.

    PUT ``/group_types/{group_type_id}``

    Args:
        client: The block-storage v3 service client.
        group_type_id: The ID of the group type.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    client.check_operation_version("group_types.update", "3.11", None)
    return client.call(
        "PUT",
        resource_url(client, group_type_id),
        ok=(200,),
        opts=opts,
        body_key="group_type",
        response_key="group_type",
        response_type=GroupType,
    )


def delete(
    client: ServiceClient,
    group_type_id: str,
) -> None:
    """Deletes a group type that no group uses.

    Microversions: 3.11 and later.

    DELETE ``/group_types/{group_type_id}``

    Args:
        client: The block-storage v3 service client.
        group_type_id: The ID of the group type.
    """
    client.check_operation_version("group_types.delete", "3.11", None)
    client.call(
        "DELETE",
        resource_url(client, group_type_id),
        ok=(202,),
    )
