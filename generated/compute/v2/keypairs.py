"""Keypairs are SSH (or x509) public keys that Nova injects into new servers. They belong to a
user, not a project; administrators can reach other users' keypairs with user_id (2.10+).
"""

# Generated from specs/compute/v2/keypairs.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import datetime
from typing import ClassVar, Literal

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "Keypair",
    "ListOpts",
    "CreateOpts",
    "GetOpts",
    "DeleteOpts",
    "list",
    "create",
    "get",
    "delete",
    "list_url",
    "resource_url",
]


class Keypair(Model):
    """A keypair. Listings carry name, public_key, fingerprint and type only."""

    name: str
    """The name of the keypair."""

    public_key: str | UnsetType | None = UNSET
    """The public key."""

    fingerprint: str | UnsetType | None = UNSET
    """The fingerprint of the public key."""

    type: str | UnsetType | None = UNSET
    """The type of the keypair, ssh or x509."""

    user_id: str | UnsetType | None = UNSET
    """The ID of the user that owns the keypair."""

    private_key: str | UnsetType | None = UNSET
    """The private key of a keypair Nova generated, returned once by the create call only. Store
    it: it cannot be fetched again.
    """

    id: int | UnsetType | None = UNSET
    """The internal ID of the keypair."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the keypair was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """Always null."""

    deleted: bool | UnsetType | None = UNSET
    """Always false."""

    deleted_at: datetime.datetime | UnsetType | None = UNSET
    """Always null."""

    secret_fields: ClassVar[frozenset[str]] = frozenset({"private_key"})

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("type", "2.2", None),
        ("private_key", None, "2.91"),
    )


class ListOpts(Options):
    """Options for :func:`list`."""

    user_id: str | UnsetType = UNSET
    """Admin only; lists the keypairs of this user."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The name of the last keypair of the previous page."""

    locations: ClassVar[dict[str, str]] = {
        "user_id": "query",
        "limit": "query",
        "marker": "query",
    }

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "user_id": ("2.10", None),
        "limit": ("2.35", None),
        "marker": ("2.35", None),
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    name: str
    """The name of the keypair. Since 2.92 only letters, digits and "@._- " are allowed."""

    public_key: str | UnsetType = UNSET
    """The public key to import; required since 2.92."""

    type: Literal["ssh", "x509"] | UnsetType = UNSET
    """The type of the keypair (default ssh)."""

    user_id: str | UnsetType = UNSET
    """Admin only; creates the keypair for this user."""

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "type": ("2.2", None),
        "user_id": ("2.10", None),
    }


class GetOpts(Options):
    """Options for :func:`get`."""

    user_id: str | UnsetType = UNSET
    """Admin only; the user that owns the keypair."""

    locations: ClassVar[dict[str, str]] = {
        "user_id": "query",
    }

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "user_id": ("2.10", None),
    }


class DeleteOpts(Options):
    """Options for :func:`delete`."""

    user_id: str | UnsetType = UNSET
    """Admin only; the user that owns the keypair."""

    locations: ClassVar[dict[str, str]] = {
        "user_id": "query",
    }

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "user_id": ("2.10", None),
    }


def list_url(client: ServiceClient) -> str:
    """The URL `/os-keypairs`."""
    return client.url("/os-keypairs")


def resource_url(client: ServiceClient, keypair_name: str) -> str:
    """The URL `/os-keypairs/{keypair_name}`."""
    return client.url("/os-keypairs/{keypair_name}", keypair_name=keypair_name)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Keypair]:
    """Lists the keypairs of the current user (or of user_id, for administrators).

    GET ``/os-keypairs``

    Args:
        client: The compute v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Keypair,
        response_key="keypairs",
        style=PageStyle("links", links_key="keypairs_links", item_key="keypair"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> Keypair:
    """Imports a public key as a keypair. Before 2.92 the public key may be omitted and Nova
    generates the keypair, returning its private key.

    POST ``/os-keypairs``

    Args:
        client: The compute v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(200, 201),
        opts=opts,
        body_key="keypair",
        response_key="keypair",
        response_type=Keypair,
    )


def get(
    client: ServiceClient,
    keypair_name: str,
    opts: GetOpts | None = None,
) -> Keypair:
    """Shows a keypair.

    GET ``/os-keypairs/{keypair_name}``

    Args:
        client: The compute v2 service client.
        keypair_name: The name of the keypair.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, keypair_name),
        ok=(200,),
        opts=opts,
        response_key="keypair",
        response_type=Keypair,
    )


def delete(
    client: ServiceClient,
    keypair_name: str,
    opts: DeleteOpts | None = None,
) -> None:
    """Deletes a keypair.

    DELETE ``/os-keypairs/{keypair_name}``

    Args:
        client: The compute v2 service client.
        keypair_name: The name of the keypair.
        opts: The options of the request (:class:`DeleteOpts`).
    """
    client.call(
        "DELETE",
        resource_url(client, keypair_name),
        ok=(202, 204),
        opts=opts,
    )
