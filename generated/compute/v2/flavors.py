"""Flavors are the hardware templates of servers: how many vCPUs, how much RAM and how large the
root, ephemeral and swap disks are. Administrators create and delete them; since 2.55 a
flavor also carries an editable description.
"""

# Generated from specs/compute/v2/flavors.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar, Literal

import msgspec

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "Flavor",
    "Link",
    "ListOpts",
    "CreateOpts",
    "UpdateOpts",
    "list",
    "list_detail",
    "get",
    "create",
    "update",
    "delete",
    "list_url",
    "list_detail_url",
    "resource_url",
]


class Flavor(Model):
    """A flavor. The summary listing carries only id, name, description and links."""

    id: str
    """The ID of the flavor; a string, even when it looks like a number."""

    name: str | UnsetType | None = UNSET
    """The display name of the flavor."""

    description: str | UnsetType | None = UNSET
    """The free-form description of the flavor, or null."""

    ram: int | UnsetType | None = UNSET
    """The amount of RAM, in MiB."""

    disk: int | UnsetType | None = UNSET
    """The size of the root disk, in GiB; 0 means the size of the image (for volume-backed
    servers).
    """

    vcpus: int | UnsetType | None = UNSET
    """The number of virtual CPUs."""

    links: builtins.list[Link] | UnsetType | None = UNSET
    """Links to the flavor itself."""

    ephemeral: int | UnsetType | None = msgspec.field(
        default=UNSET, name="OS-FLV-EXT-DATA:ephemeral"
    )
    """The size of the ephemeral disk, in GiB."""

    disabled: bool | UnsetType | None = msgspec.field(
        default=UNSET, name="OS-FLV-DISABLED:disabled"
    )
    """A legacy flag that is always false."""

    swap: int | str | UnsetType | None = UNSET
    """The size of the dedicated swap disk, in MiB. An integer; before microversion 2.75 a
    flavor without swap reports an empty string instead of 0.
    """

    rxtx_factor: float | UnsetType | None = UNSET
    """The receive/transmit factor applied to ports by network backends that support it."""

    is_public: bool | UnsetType | None = msgspec.field(
        default=UNSET, name="os-flavor-access:is_public"
    )
    """Whether every project can use the flavor (true) or only the projects granted access."""

    extra_specs: dict[str, str] | UnsetType | None = UNSET
    """The extra specs of the flavor, when policy lets the caller see them."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("description", "2.55", None),
        ("disabled", None, "2.101"),
        ("rxtx_factor", None, "2.101"),
        ("extra_specs", "2.61", None),
    )


class Link(Model):
    """A link to a resource."""

    href: str | UnsetType | None = UNSET
    """The URL."""

    rel: str | UnsetType | None = UNSET
    """The relation, such as self or bookmark."""

    type: str | UnsetType | None = UNSET
    """The media type of the target, when given."""


class ListOpts(Options):
    """Options for :func:`list` and :func:`list_detail`."""

    sort_key: (
        Literal[
            "created_at",
            "description",
            "disabled",
            "ephemeral_gb",
            "flavorid",
            "id",
            "is_public",
            "memory_mb",
            "name",
            "root_gb",
            "rxtx_factor",
            "swap",
            "updated_at",
            "vcpu_weight",
            "vcpus",
        ]
        | UnsetType
    ) = UNSET
    """The attribute to sort by (default flavorid)."""

    sort_dir: Literal["asc", "desc"] | UnsetType = UNSET
    """The sort direction (default asc)."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last flavor of the previous page."""

    min_disk: int | UnsetType = msgspec.field(default=UNSET, name="minDisk")
    """Only flavors with at least this much root disk, in GiB."""

    min_ram: int | UnsetType = msgspec.field(default=UNSET, name="minRam")
    """Only flavors with at least this much RAM, in MiB."""

    is_public: str | UnsetType = UNSET
    """Admin only: "true" for public flavors (the default), "false" for private ones, "none" for
    both.
    """

    name: str | UnsetType = UNSET
    """Only flavors whose name matches this regular expression."""

    locations: ClassVar[dict[str, str]] = {
        "sort_key": "query",
        "sort_dir": "query",
        "limit": "query",
        "marker": "query",
        "min_disk": "query",
        "min_ram": "query",
        "is_public": "query",
        "name": "query",
    }

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "name": ("2.102", None),
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    name: str
    """The display name of the flavor."""

    ram: int
    """The amount of RAM, in MiB."""

    disk: int
    """The size of the root disk, in GiB."""

    vcpus: int
    """The number of virtual CPUs."""

    description: str | UnsetType | None = UNSET
    """A free-form description of up to 65535 printable characters."""

    id: str | UnsetType | None = UNSET
    """The ID to give the flavor (letters, digits, hyphens, underscores, spaces and dots); a
    UUID is generated when omitted.
    """

    ephemeral: int | UnsetType = msgspec.field(default=UNSET, name="OS-FLV-EXT-DATA:ephemeral")
    """The size of the ephemeral disk, in GiB (default 0)."""

    swap: int | UnsetType = UNSET
    """The size of the swap disk, in MiB (default 0, no swap disk)."""

    rxtx_factor: float | UnsetType = UNSET
    """The receive/transmit factor (default 1.0)."""

    is_public: bool | UnsetType = msgspec.field(default=UNSET, name="os-flavor-access:is_public")
    """Whether every project can use the flavor (default true)."""

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "description": ("2.55", None),
        "rxtx_factor": (None, "2.101"),
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    description: str | None
    """The new description, or null to clear it."""


def list_url(client: ServiceClient) -> str:
    """The URL `/flavors`."""
    return client.url("/flavors")


def list_detail_url(client: ServiceClient) -> str:
    """The URL `/flavors/detail`."""
    return client.url("/flavors/detail")


def resource_url(client: ServiceClient, flavor_id: str) -> str:
    """The URL `/flavors/{flavor_id}`."""
    return client.url("/flavors/{flavor_id}", flavor_id=flavor_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Flavor]:
    """Lists the flavors the project can use (id, name, description and links only).

    GET ``/flavors``

    Args:
        client: The compute v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Flavor,
        response_key="flavors",
        style=PageStyle("links", links_key="flavors_links"),
        opts=opts,
    )


def list_detail(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Flavor]:
    """Lists the flavors the project can use, with all their details.

    GET ``/flavors/detail``

    Args:
        client: The compute v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_detail_url(client),
        ok=(200,),
        item_type=Flavor,
        response_key="flavors",
        style=PageStyle("links", links_key="flavors_links"),
        opts=opts,
    )


def get(
    client: ServiceClient,
    flavor_id: str,
) -> Flavor:
    """Shows a flavor.

    GET ``/flavors/{flavor_id}``

    Args:
        client: The compute v2 service client.
        flavor_id: The ID of the flavor.
    """
    return client.call(
        "GET",
        resource_url(client, flavor_id),
        ok=(200,),
        response_key="flavor",
        response_type=Flavor,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> Flavor:
    """Creates a flavor (usually admin only).

    POST ``/flavors``

    Args:
        client: The compute v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(200,),
        opts=opts,
        body_key="flavor",
        response_key="flavor",
        response_type=Flavor,
    )


def update(
    client: ServiceClient,
    flavor_id: str,
    opts: UpdateOpts,
) -> Flavor:
    """Changes the description of a flavor.

    Microversions: 2.55 and later.

    PUT ``/flavors/{flavor_id}``

    Args:
        client: The compute v2 service client.
        flavor_id: The ID of the flavor.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    client.check_operation_version("flavors.update", "2.55", None)
    return client.call(
        "PUT",
        resource_url(client, flavor_id),
        ok=(200,),
        opts=opts,
        body_key="flavor",
        response_key="flavor",
        response_type=Flavor,
    )


def delete(
    client: ServiceClient,
    flavor_id: str,
) -> None:
    """Deletes a flavor (usually admin only).

    DELETE ``/flavors/{flavor_id}``

    Args:
        client: The compute v2 service client.
        flavor_id: The ID of the flavor.
    """
    client.call(
        "DELETE",
        resource_url(client, flavor_id),
        ok=(202,),
    )
