"""Credentials are secrets Keystone stores on behalf of a user, such as EC2 access keys, X.509
certificates and TOTP seeds; the blob is encrypted at rest.
"""

# Generated from specs/identity/v3/credentials.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import ClassVar

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "Credential",
    "ListOpts",
    "CreateOpts",
    "UpdateOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "list_url",
    "resource_url",
]


class Credential(Model):
    """A stored credential."""

    id: str
    """The ID of the credential."""

    user_id: str | UnsetType | None = UNSET
    """The ID of the user who owns the credential."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project the credential is tied to (EC2 credentials)."""

    type: str | UnsetType | None = UNSET
    """The type of the credential, such as `ec2`, `cert` or `totp`."""

    blob: str | UnsetType | None = UNSET
    """The credential itself, serialized as a string."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the credential itself."""

    secret_fields: ClassVar[frozenset[str]] = frozenset({"blob"})


class ListOpts(Options):
    """Options for :func:`list`."""

    user_id: str | UnsetType = UNSET
    """Filters by the ID of the owning user."""

    type: str | UnsetType = UNSET
    """Filters by credential type, such as `ec2`."""

    locations: ClassVar[dict[str, str]] = {
        "user_id": "query",
        "type": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    user_id: str
    """The ID of the user who owns the credential."""

    type: str
    """The type of the credential, such as `ec2`, `cert` or `totp`."""

    blob: str
    """The credential itself, serialized as a string (for ec2: a JSON object with `access` and
    `secret`).
    """

    project_id: str | UnsetType = UNSET
    """The ID of the project the credential is tied to; required for the `ec2` type."""

    secret_fields: ClassVar[frozenset[str]] = frozenset({"blob"})


class UpdateOpts(Options):
    """Options for :func:`update`."""

    user_id: str | UnsetType = UNSET
    """The new owning user."""

    type: str | UnsetType = UNSET
    """The new credential type."""

    blob: str | UnsetType = UNSET
    """The new serialized credential."""

    project_id: str | UnsetType = UNSET
    """The new project (needed when the type is `ec2`)."""

    secret_fields: ClassVar[frozenset[str]] = frozenset({"blob"})


def list_url(client: ServiceClient) -> str:
    """The URL `/credentials`."""
    return client.url("/credentials")


def resource_url(client: ServiceClient, credential_id: str) -> str:
    """The URL `/credentials/{credential_id}`."""
    return client.url("/credentials/{credential_id}", credential_id=credential_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Credential]:
    """Lists credentials.

    GET ``/credentials``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Credential,
        response_key="credentials",
        style=PageStyle("next", next_key="links.next"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> Credential:
    """Creates a credential.

    POST ``/credentials``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="credential",
        response_key="credential",
        response_type=Credential,
    )


def get(
    client: ServiceClient,
    credential_id: str,
) -> Credential:
    """Shows a credential.

    GET ``/credentials/{credential_id}``

    Args:
        client: The identity v3 service client.
        credential_id: The ID of the credential.
    """
    return client.call(
        "GET",
        resource_url(client, credential_id),
        ok=(200,),
        response_key="credential",
        response_type=Credential,
    )


def update(
    client: ServiceClient,
    credential_id: str,
    opts: UpdateOpts,
) -> Credential:
    """Updates a credential.

    PATCH ``/credentials/{credential_id}``

    Args:
        client: The identity v3 service client.
        credential_id: The ID of the credential.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PATCH",
        resource_url(client, credential_id),
        ok=(200,),
        opts=opts,
        body_key="credential",
        response_key="credential",
        response_type=Credential,
    )


def delete(
    client: ServiceClient,
    credential_id: str,
) -> None:
    """Deletes a credential.

    DELETE ``/credentials/{credential_id}``

    Args:
        client: The identity v3 service client.
        credential_id: The ID of the credential.
    """
    client.call(
        "DELETE",
        resource_url(client, credential_id),
        ok=(204,),
    )
