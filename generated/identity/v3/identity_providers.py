"""Identity providers (OS-FEDERATION) are the external sources of identity Keystone trusts. Each
is tied to a domain in which its federated users are created, and is reached through
federation protocols.
"""

# Generated from specs/identity/v3/identity_providers.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "IdentityProvider",
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


class IdentityProvider(Model):
    """An identity provider."""

    id: str
    """The ID of the identity provider, chosen at registration."""

    domain_id: str | UnsetType | None = UNSET
    """The domain federated users of this identity provider are created in."""

    description: str | UnsetType | None = UNSET
    """The description of the identity provider."""

    enabled: bool | UnsetType | None = UNSET
    """Whether the identity provider is enabled."""

    remote_ids: builtins.list[str] | UnsetType | None = UNSET
    """The IDs the identity provider is known by remotely (its entity IDs)."""

    authorization_ttl: int | UnsetType | None = UNSET
    """How long, in minutes, group memberships obtained through mapping stay valid; null to use
    the deployment default.
    """

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the identity provider and its protocols."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Filters by identity provider ID."""

    enabled: bool | UnsetType = UNSET
    """Filters by whether the identity provider is enabled."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "enabled": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    domain_id: str | UnsetType = UNSET
    """The domain to create federated users in; Keystone creates a domain for the identity
    provider when absent.
    """

    description: str | UnsetType = UNSET
    """The description of the identity provider."""

    enabled: bool | UnsetType = UNSET
    """Whether the identity provider is enabled (default false)."""

    remote_ids: builtins.list[str] | UnsetType = UNSET
    """The IDs the identity provider is known by remotely."""

    authorization_ttl: int | UnsetType | None = UNSET
    """How long, in minutes, mapped group memberships stay valid."""


class UpdateOpts(Options):
    """Options for :func:`update`."""

    description: str | UnsetType | None = UNSET
    """The new description."""

    enabled: bool | UnsetType = UNSET
    """Enables or disables the identity provider."""

    remote_ids: builtins.list[str] | UnsetType = UNSET
    """The new remote IDs (replacing the old ones)."""

    authorization_ttl: int | UnsetType | None = UNSET
    """How long, in minutes, mapped group memberships stay valid."""


def list_url(client: ServiceClient) -> str:
    """The URL `/OS-FEDERATION/identity_providers`."""
    return client.url("/OS-FEDERATION/identity_providers")


def resource_url(client: ServiceClient, idp_id: str) -> str:
    """The URL `/OS-FEDERATION/identity_providers/{idp_id}`."""
    return client.url("/OS-FEDERATION/identity_providers/{idp_id}", idp_id=idp_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[IdentityProvider]:
    """Lists identity providers.

    GET ``/OS-FEDERATION/identity_providers``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=IdentityProvider,
        response_key="identity_providers",
        style=PageStyle("next", next_key="links.next"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    idp_id: str,
    opts: CreateOpts | None = None,
) -> IdentityProvider:
    """Registers an identity provider under the given ID. A domain can belong to one identity
    provider only (409 otherwise).

    PUT ``/OS-FEDERATION/identity_providers/{idp_id}``

    Args:
        client: The identity v3 service client.
        idp_id: The ID to register the identity provider under.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, idp_id),
        ok=(201,),
        opts=opts,
        body_key="identity_provider",
        response_key="identity_provider",
        response_type=IdentityProvider,
    )


def get(
    client: ServiceClient,
    idp_id: str,
) -> IdentityProvider:
    """Shows an identity provider.

    GET ``/OS-FEDERATION/identity_providers/{idp_id}``

    Args:
        client: The identity v3 service client.
        idp_id: The ID of the identity provider.
    """
    return client.call(
        "GET",
        resource_url(client, idp_id),
        ok=(200,),
        response_key="identity_provider",
        response_type=IdentityProvider,
    )


def update(
    client: ServiceClient,
    idp_id: str,
    opts: UpdateOpts,
) -> IdentityProvider:
    """Updates an identity provider; disabling it revokes its tokens. The domain cannot be changed.

    PATCH ``/OS-FEDERATION/identity_providers/{idp_id}``

    Args:
        client: The identity v3 service client.
        idp_id: The ID of the identity provider.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PATCH",
        resource_url(client, idp_id),
        ok=(200,),
        opts=opts,
        body_key="identity_provider",
        response_key="identity_provider",
        response_type=IdentityProvider,
    )


def delete(
    client: ServiceClient,
    idp_id: str,
) -> None:
    """Deletes an identity provider, revoking the tokens it issued.

    DELETE ``/OS-FEDERATION/identity_providers/{idp_id}``

    Args:
        client: The identity v3 service client.
        idp_id: The ID of the identity provider.
    """
    client.call(
        "DELETE",
        resource_url(client, idp_id),
        ok=(204,),
    )
