"""Volume transfers (microversion 3.55 and later, under /volume-transfers): hand a volume over
to another project. The owner creates a transfer and passes its ID and one-time authorization
key to the recipient, who accepts it. os_volume_transfers holds the older /os-volume-transfer
API.
"""

# Generated from specs/block_storage/v3/transfers.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from typing import ClassVar, Literal

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "Link",
    "Transfer",
    "ListOpts",
    "CreateOpts",
    "AcceptOpts",
    "list_summary",
    "list",
    "create",
    "get",
    "delete",
    "accept",
    "create_url",
    "list_url",
    "resource_url",
    "accept_url",
]


class Link(Model):
    """A link to a resource."""

    href: str | UnsetType | None = UNSET
    """The URL."""

    rel: str | UnsetType | None = UNSET
    """The relation of the link to the resource (self, bookmark, next)."""


class Transfer(Model):
    """A volume transfer. The summary listing and the answer to accept carry only the ID, name,
    volume ID and links; auth_key is only in the answer to create.
    """

    id: str
    """The UUID of the transfer."""

    name: str | UnsetType | None = UNSET
    """The transfer name."""

    volume_id: str | UnsetType | None = UNSET
    """The UUID of the volume being transferred."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the transfer was created."""

    auth_key: str | UnsetType | None = UNSET
    """The key the recipient needs to accept the transfer, shown only once on creation."""

    links: builtins.list[Link] | UnsetType | None = UNSET
    """Links to the transfer."""

    no_snapshots: bool | UnsetType | None = UNSET
    """True when the volume is transferred without its snapshots."""

    source_project_id: str | UnsetType | None = UNSET
    """The project that gives the volume away."""

    destination_project_id: str | UnsetType | None = UNSET
    """The project that accepted the volume, once accepted."""

    accepted: bool | UnsetType | None = UNSET
    """Whether the transfer has been accepted."""

    secret_fields: ClassVar[frozenset[str]] = frozenset({"auth_key"})

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("no_snapshots", "3.55", None),
        ("source_project_id", "3.57", None),
        ("destination_project_id", "3.57", None),
        ("accepted", "3.57", None),
    )


class ListOpts(Options):
    """Options for :func:`list` and :func:`list_summary`."""

    all_tenants: bool | UnsetType = UNSET
    """Lists the transfers of every project (admins only)."""

    sort: str | UnsetType = UNSET
    """Sort keys with optional directions, as key[:asc|desc] separated by commas."""

    sort_key: str | UnsetType = UNSET
    """The attribute to sort by, created_at by default (deprecated in favour of sort)."""

    sort_dir: Literal["asc", "desc"] | UnsetType = UNSET
    """The sort direction, desc by default (deprecated in favour of sort)."""

    limit: int | UnsetType = UNSET
    """The page size."""

    offset: int | UnsetType = UNSET
    """How many transfers to skip from the start of the list."""

    marker: str | UnsetType = UNSET
    """The ID of the last transfer of the previous page."""

    locations: ClassVar[dict[str, str]] = {
        "all_tenants": "query",
        "sort": "query",
        "sort_key": "query",
        "sort_dir": "query",
        "limit": "query",
        "offset": "query",
        "marker": "query",
    }

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "sort": ("3.59", None),
        "sort_key": ("3.59", None),
        "sort_dir": ("3.59", None),
        "limit": ("3.59", None),
        "offset": ("3.59", None),
        "marker": ("3.59", None),
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    volume_id: str
    """The UUID of the volume to transfer."""

    name: str | UnsetType = UNSET
    """The transfer name."""

    no_snapshots: bool | UnsetType = UNSET
    """Transfer the volume without its snapshots (default false)."""


class AcceptOpts(Options):
    """Options for :func:`accept`."""

    auth_key: str
    """The authorization key given out when the transfer was created."""

    secret_fields: ClassVar[frozenset[str]] = frozenset({"auth_key"})


def create_url(client: ServiceClient) -> str:
    """The URL `/volume-transfers`."""
    return client.url("/volume-transfers")


def list_url(client: ServiceClient) -> str:
    """The URL `/volume-transfers/detail`."""
    return client.url("/volume-transfers/detail")


def resource_url(client: ServiceClient, transfer_id: str) -> str:
    """The URL `/volume-transfers/{transfer_id}`."""
    return client.url("/volume-transfers/{transfer_id}", transfer_id=transfer_id)


def accept_url(client: ServiceClient, transfer_id: str) -> str:
    """The URL `/volume-transfers/{transfer_id}/accept`."""
    return client.url("/volume-transfers/{transfer_id}/accept", transfer_id=transfer_id)


def list_summary(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Transfer]:
    """Lists the volume transfers of the project, with their IDs, names, volumes and links only.

    Microversions: 3.55 and later.

    GET ``/volume-transfers``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    client.check_operation_version("transfers.list_summary", "3.55", None)
    return client.paginate(
        create_url(client),
        ok=(200,),
        item_type=Transfer,
        response_key="transfers",
        style=PageStyle("links", links_key="transfers_links"),
        opts=opts,
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Transfer]:
    """Lists the volume transfers of the project with their details.

    Microversions: 3.55 and later.

    GET ``/volume-transfers/detail``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    client.check_operation_version("transfers.list", "3.55", None)
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Transfer,
        response_key="transfers",
        style=PageStyle("links", links_key="transfers_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> Transfer:
    """Offers a volume to another project. The volume must be available and unencrypted; the answer
    holds the authorization key the recipient needs.

    Microversions: 3.55 and later.

    POST ``/volume-transfers``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    client.check_operation_version("transfers.create", "3.55", None)
    return client.call(
        "POST",
        create_url(client),
        ok=(202,),
        opts=opts,
        body_key="transfer",
        response_key="transfer",
        response_type=Transfer,
    )


def get(
    client: ServiceClient,
    transfer_id: str,
) -> Transfer:
    """Shows one volume transfer.

    Microversions: 3.55 and later.

    GET ``/volume-transfers/{transfer_id}``

    Args:
        client: The block-storage v3 service client.
        transfer_id: The UUID of the transfer.
    """
    client.check_operation_version("transfers.get", "3.55", None)
    return client.call(
        "GET",
        resource_url(client, transfer_id),
        ok=(200,),
        response_key="transfer",
        response_type=Transfer,
    )


def delete(
    client: ServiceClient,
    transfer_id: str,
) -> None:
    """Cancels a volume transfer that has not been accepted.

    Microversions: 3.55 and later.

    DELETE ``/volume-transfers/{transfer_id}``

    Args:
        client: The block-storage v3 service client.
        transfer_id: The UUID of the transfer.
    """
    client.check_operation_version("transfers.delete", "3.55", None)
    client.call(
        "DELETE",
        resource_url(client, transfer_id),
        ok=(202,),
    )


def accept(
    client: ServiceClient,
    transfer_id: str,
    opts: AcceptOpts,
) -> Transfer:
    """Accepts a volume transfer, moving the volume into the caller's project.

    Microversions: 3.55 and later.

    POST ``/volume-transfers/{transfer_id}/accept``

    Args:
        client: The block-storage v3 service client.
        transfer_id: The UUID of the transfer.
        opts: The options of the request (:class:`AcceptOpts`).
    """
    client.check_operation_version("transfers.accept", "3.55", None)
    return client.call(
        "POST",
        accept_url(client, transfer_id),
        ok=(202,),
        opts=opts,
        body_key="accept",
        response_key="transfer",
        response_type=Transfer,
    )
