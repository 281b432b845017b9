"""The encryption type of a volume type: how volumes of that type are encrypted (provider,
cipher, key size, and whether the compute host or the storage back end does it). It cannot
change while a volume uses the type.
"""

# Generated from specs/block_storage/v3/type_encryption.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import datetime
from typing import Any, Literal

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "Encryption",
    "CreateOpts",
    "UpdateOpts",
    "get",
    "get_spec",
    "create",
    "update",
    "delete",
    "resource_url",
    "get_spec_url",
    "update_url",
]


class Encryption(Model):
    """The encryption settings of a volume type."""

    volume_type_id: str | UnsetType | None = UNSET
    """The ID of the volume type."""

    encryption_id: str | UnsetType | None = UNSET
    """The ID of the encryption type."""

    provider: str | UnsetType | None = UNSET
    """The encryption provider, such as luks or plain (older clouds use a class path)."""

    cipher: str | UnsetType | None = UNSET
    """The cipher and mode, such as aes-xts-plain64."""

    key_size: int | UnsetType | None = UNSET
    """The key length in bits, such as 256."""

    control_location: str | UnsetType | None = UNSET
    """Where encryption happens, front-end (the compute host) or back-end (the storage)."""

    deleted: bool | UnsetType | None = UNSET
    """Whether the encryption type is deleted."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the encryption type was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the encryption type was last changed."""

    deleted_at: datetime.datetime | UnsetType | None = UNSET
    """When the encryption type was deleted."""


class CreateOpts(Options):
    """Options for :func:`create`."""

    provider: str
    """The encryption provider, luks (recommended) or plain (dm-crypt)."""

    cipher: str | UnsetType | None = UNSET
    """The cipher and mode, such as aes-xts-plain64."""

    key_size: int | UnsetType | None = UNSET
    """The key length in bits, such as 256."""

    control_location: Literal["front-end", "back-end"] | UnsetType = UNSET
    """Where encryption happens (default front-end, the compute host)."""


class UpdateOpts(Options):
    """Options for :func:`update`."""

    provider: str | UnsetType = UNSET
    """The encryption provider, luks (recommended) or plain (dm-crypt)."""

    cipher: str | UnsetType | None = UNSET
    """The cipher and mode, such as aes-xts-plain64."""

    key_size: int | UnsetType | None = UNSET
    """The key length in bits, such as 256."""

    control_location: Literal["front-end", "back-end"] | UnsetType = UNSET
    """Where encryption happens, front-end (the compute host) or back-end (the storage)."""


def resource_url(client: ServiceClient, volume_type_id: str) -> str:
    """The URL `/types/{volume_type_id}/encryption`."""
    return client.url("/types/{volume_type_id}/encryption", volume_type_id=volume_type_id)


def get_spec_url(client: ServiceClient, volume_type_id: str, key: str) -> str:
    """The URL `/types/{volume_type_id}/encryption/{key}`."""
    return client.url(
        "/types/{volume_type_id}/encryption/{key}", volume_type_id=volume_type_id, key=key
    )


def update_url(client: ServiceClient, volume_type_id: str, encryption_id: str) -> str:
    """The URL `/types/{volume_type_id}/encryption/{encryption_id}`."""
    return client.url(
        "/types/{volume_type_id}/encryption/{encryption_id}",
        volume_type_id=volume_type_id,
        encryption_id=encryption_id,
    )


def get(
    client: ServiceClient,
    volume_type_id: str,
) -> Encryption:
    """Shows the encryption type of a volume type; every field is unset when the volume type is not
    encrypted (the server answers with an empty object).

    GET ``/types/{volume_type_id}/encryption``

    Args:
        client: The block-storage v3 service client.
        volume_type_id: The ID of the volume type.
    """
    return client.call(
        "GET",
        resource_url(client, volume_type_id),
        ok=(200,),
        response_type=Encryption,
    )


def get_spec(
    client: ServiceClient,
    volume_type_id: str,
    key: str,
) -> dict[str, Any]:
    """Shows one setting of the encryption type of a volume type, as a one-entry mapping of its
    name to its value.

    GET ``/types/{volume_type_id}/encryption/{key}``

    Args:
        client: The block-storage v3 service client.
        volume_type_id: The ID of the volume type.
        key: The name of the setting: provider, cipher, key_size, control_location, ...
    """
    return client.call(
        "GET",
        get_spec_url(client, volume_type_id, key),
        ok=(200,),
        response_type=dict[str, Any],
    )


def create(
    client: ServiceClient,
    volume_type_id: str,
    opts: CreateOpts,
) -> Encryption:
    """Makes a volume type encrypted; returns the settings sent.

    POST ``/types/{volume_type_id}/encryption``

    Args:
        client: The block-storage v3 service client.
        volume_type_id: The ID of the volume type.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        resource_url(client, volume_type_id),
        ok=(200,),
        opts=opts,
        body_key="encryption",
        response_key="encryption",
        response_type=Encryption,
    )


def update(
    client: ServiceClient,
    volume_type_id: str,
    encryption_id: str,
    opts: UpdateOpts | None = None,
) -> Encryption:
    """Changes the encryption type of a volume type that no volume uses; returns the settings sent.

    PUT ``/types/{volume_type_id}/encryption/{encryption_id}``

    Args:
        client: The block-storage v3 service client.
        volume_type_id: The ID of the volume type.
        encryption_id: The ID of the encryption type.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        update_url(client, volume_type_id, encryption_id),
        ok=(200,),
        opts=opts,
        body_key="encryption",
        response_key="encryption",
        response_type=Encryption,
    )


def delete(
    client: ServiceClient,
    volume_type_id: str,
    encryption_id: str,
) -> None:
    """Removes the encryption type of a volume type that no volume uses.

    DELETE ``/types/{volume_type_id}/encryption/{encryption_id}``

    Args:
        client: The block-storage v3 service client.
        volume_type_id: The ID of the volume type.
        encryption_id: The ID of the encryption type.
    """
    client.call(
        "DELETE",
        update_url(client, volume_type_id, encryption_id),
        ok=(202,),
    )
