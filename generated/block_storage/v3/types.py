"""Volume types: named classes of storage (back end, QoS, encryption, extra specs) that a volume
is created with. Creating, changing and deleting them is usually reserved to administrators;
private types are visible only to the projects on their access list.
"""

# Generated from specs/block_storage/v3/types.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import ClassVar, Literal

import msgspec

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "VolumeType",
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


class VolumeType(Model):
    """A volume type."""

    id: str
    """The UUID of the volume type."""

    name: str | UnsetType | None = UNSET
    """The name of the volume type."""

    description: str | UnsetType | None = UNSET
    """A free-form description of the volume type."""

    is_public: bool | UnsetType | None = UNSET
    """Whether every project can see and use the volume type."""

    extra_specs: dict[str, str] | UnsetType | None = UNSET
    """The extra specs of the type, key to value; left out when policy hides them, and limited
    to the user-visible keys for non-administrators.
    """

    qos_specs_id: str | UnsetType | None = UNSET
    """The ID of the QoS specs associated with the type, when policy shows it."""

    access_is_public: bool | UnsetType | None = msgspec.field(
        default=UNSET, name="os-volume-type-access:is_public"
    )
    """The same visibility as is_public, added by the type-access extension when policy allows."""


class ListOpts(Options):
    """Options for :func:`list`."""

    is_public: str | UnsetType = UNSET
    """Administrators only: "true" for public types (the default), "false" for private ones,
    "none" for both; other callers always see public types plus the private ones they were
    given access to.
    """

    extra_specs: str | UnsetType = UNSET
    """Only types whose extra specs contain these pairs, written as a Python dict literal such
    as {'volume_backend_name': 'lvm'}.
    """

    sort: str | UnsetType = UNSET
    """Sort keys and directions, as key:dir pairs separated by commas (name:asc,id:desc)."""

    sort_key: str | UnsetType = UNSET
    """The attribute to sort by (prefer sort)."""

    sort_dir: Literal["asc", "desc"] | UnsetType = UNSET
    """The sort direction for sort_key (prefer sort)."""

    limit: int | UnsetType = UNSET
    """The largest number of types to return on one page."""

    offset: int | UnsetType = UNSET
    """How many types to skip before the first one returned."""

    marker: str | UnsetType = UNSET
    """The ID of the last type of the previous page."""

    locations: ClassVar[dict[str, str]] = {
        "is_public": "query",
        "extra_specs": "query",
        "sort": "query",
        "sort_key": "query",
        "sort_dir": "query",
        "limit": "query",
        "offset": "query",
        "marker": "query",
    }

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "extra_specs": ("3.52", None),
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    name: str
    """The name of the new type, unique in the cloud."""

    description: str | UnsetType = UNSET
    """A free-form description of the type."""

    is_public: bool | UnsetType = msgspec.field(
        default=UNSET, name="os-volume-type-access:is_public"
    )
    """Whether every project can use the type (default true); a private type starts with an
    empty access list.
    """

    extra_specs: dict[str, str] | UnsetType = UNSET
    """Extra specs to give the type from the start, key to value."""


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new name of the type."""

    description: str | UnsetType = UNSET
    """The new description of the type."""

    is_public: bool | UnsetType = UNSET
    """Whether every project can use the type."""


def list_url(client: ServiceClient) -> str:
    """The URL `/types`."""
    return client.url("/types")


def resource_url(client: ServiceClient, volume_type_id: str) -> str:
    """The URL `/types/{volume_type_id}`."""
    return client.url("/types/{volume_type_id}", volume_type_id=volume_type_id)


def get_default_url(client: ServiceClient) -> str:
    """The URL `/types/default`."""
    return client.url("/types/default")


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[VolumeType]:
    """Lists the volume types the caller can see (all of them, public and private, for
    administrators who ask).

    GET ``/types``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=VolumeType,
        response_key="volume_types",
        style=PageStyle("links", links_key="volume_type_links"),
        opts=opts,
    )


def get(
    client: ServiceClient,
    volume_type_id: str,
) -> VolumeType:
    """Shows a volume type.

    GET ``/types/{volume_type_id}``

    Args:
        client: The block-storage v3 service client.
        volume_type_id: The ID of the volume type.
    """
    return client.call(
        "GET",
        resource_url(client, volume_type_id),
        ok=(200,),
        response_key="volume_type",
        response_type=VolumeType,
    )


def get_default(
    client: ServiceClient,
) -> VolumeType:
    """Shows the volume type that volumes get when none is named (the project's default, else the
    cloud's).

    GET ``/types/default``

    Args:
        client: The block-storage v3 service client.
    """
    return client.call(
        "GET",
        get_default_url(client),
        ok=(200,),
        response_key="volume_type",
        response_type=VolumeType,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> VolumeType:
    """Creates a volume type.

    POST ``/types``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(200,),
        opts=opts,
        body_key="volume_type",
        response_key="volume_type",
        response_type=VolumeType,
    )


def update(
    client: ServiceClient,
    volume_type_id: str,
    opts: UpdateOpts | None = None,
) -> VolumeType:
    """Changes the name, description or visibility of a volume type; at least one must be given.

    PUT ``/types/{volume_type_id}``

    Args:
        client: The block-storage v3 service client.
        volume_type_id: The ID of the volume type.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, volume_type_id),
        ok=(200,),
        opts=opts,
        body_key="volume_type",
        response_key="volume_type",
        response_type=VolumeType,
    )


def delete(
    client: ServiceClient,
    volume_type_id: str,
) -> None:
    """Deletes a volume type that no volume uses.

    DELETE ``/types/{volume_type_id}``

    Args:
        client: The block-storage v3 service client.
        volume_type_id: The ID of the volume type.
    """
    client.call(
        "DELETE",
        resource_url(client, volume_type_id),
        ok=(202,),
    )
