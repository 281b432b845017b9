"""Volume transfers through the older /os-volume-transfer API (any microversion): hand a volume
over to another project with its snapshots. From microversion 3.55 prefer transfers (/volume-
transfers), which adds no_snapshots, history fields and paging.
"""

# Generated from specs/block_storage/v3/os_volume_transfers.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from typing import ClassVar

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

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
    """The relation of the link to the resource (self, bookmark)."""


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

    limit: int | UnsetType = UNSET
    """The most transfers to return."""

    offset: int | UnsetType = UNSET
    """How many transfers to skip from the start of the list."""

    locations: ClassVar[dict[str, str]] = {
        "all_tenants": "query",
        "limit": "query",
        "offset": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    volume_id: str
    """The UUID of the volume to transfer."""

    name: str | UnsetType = UNSET
    """The transfer name."""


class AcceptOpts(Options):
    """Options for :func:`accept`."""

    auth_key: str
    """The authorization key given out when the transfer was created."""

    secret_fields: ClassVar[frozenset[str]] = frozenset({"auth_key"})


def create_url(client: ServiceClient) -> str:
    """The URL `/os-volume-transfer`."""
    return client.url("/os-volume-transfer")


def list_url(client: ServiceClient) -> str:
    """The URL `/os-volume-transfer/detail`."""
    return client.url("/os-volume-transfer/detail")


def resource_url(client: ServiceClient, transfer_id: str) -> str:
    """The URL `/os-volume-transfer/{transfer_id}`."""
    return client.url("/os-volume-transfer/{transfer_id}", transfer_id=transfer_id)


def accept_url(client: ServiceClient, transfer_id: str) -> str:
    """The URL `/os-volume-transfer/{transfer_id}/accept`."""
    return client.url("/os-volume-transfer/{transfer_id}/accept", transfer_id=transfer_id)


def list_summary(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> builtins.list[Transfer]:
    """Lists the volume transfers of the project, with their IDs, names, volumes and links only.

    GET ``/os-volume-transfer``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.call(
        "GET",
        create_url(client),
        ok=(200,),
        opts=opts,
        response_key="transfers",
        response_type=builtins.list[Transfer],
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> builtins.list[Transfer]:
    """Lists the volume transfers of the project with their details.

    GET ``/os-volume-transfer/detail``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.call(
        "GET",
        list_url(client),
        ok=(200,),
        opts=opts,
        response_key="transfers",
        response_type=builtins.list[Transfer],
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> Transfer:
    """Offers a volume, with its snapshots, to another project. The volume must be available and
    unencrypted; the answer holds the authorization key the recipient needs.

    POST ``/os-volume-transfer``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
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

    GET ``/os-volume-transfer/{transfer_id}``

    Args:
        client: The block-storage v3 service client.
        transfer_id: The UUID of the transfer.
    """
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

    DELETE ``/os-volume-transfer/{transfer_id}``

    Args:
        client: The block-storage v3 service client.
        transfer_id: The UUID of the transfer.
    """
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

    POST ``/os-volume-transfer/{transfer_id}/accept``

    Args:
        client: The block-storage v3 service client.
        transfer_id: The UUID of the transfer.
        opts: The options of the request (:class:`AcceptOpts`).
    """
    return client.call(
        "POST",
        accept_url(client, transfer_id),
        ok=(202,),
        opts=opts,
        body_key="accept",
        response_key="transfer",
        response_type=Transfer,
    )
