"""Service providers (OS-FEDERATION) are remote clouds this Keystone, acting as an identity
provider, can issue SAML assertions for (Keystone to Keystone federation).
"""

# Generated from specs/identity/v3/service_providers.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import ClassVar

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "ServiceProvider",
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


class ServiceProvider(Model):
    """A service provider."""

    id: str
    """The ID of the service provider, chosen at registration."""

    auth_url: str | UnsetType | None = UNSET
    """The URL at the service provider to get a token with an assertion."""

    sp_url: str | UnsetType | None = UNSET
    """The URL at the service provider that receives assertions."""

    description: str | UnsetType | None = UNSET
    """The description of the service provider."""

    enabled: bool | UnsetType | None = UNSET
    """Whether the service provider is enabled."""

    relay_state_prefix: str | UnsetType | None = UNSET
    """The prefix of the RelayState SAML attribute in ECP assertions."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the service provider."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Filters by service provider ID."""

    enabled: bool | UnsetType = UNSET
    """Filters by whether the service provider is enabled."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "enabled": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    auth_url: str
    """The URL at the service provider to get a token with an assertion."""

    sp_url: str
    """The URL at the service provider that receives assertions."""

    description: str | UnsetType = UNSET
    """The description of the service provider."""

    enabled: bool | UnsetType = UNSET
    """Whether the service provider is enabled (default false)."""

    relay_state_prefix: str | UnsetType = UNSET
    """The prefix of the RelayState SAML attribute; the configured default when absent."""


class UpdateOpts(Options):
    """Options for :func:`update`."""

    auth_url: str | UnsetType = UNSET
    """The new authentication URL."""

    sp_url: str | UnsetType = UNSET
    """The new assertion URL."""

    description: str | UnsetType | None = UNSET
    """The new description."""

    enabled: bool | UnsetType = UNSET
    """Enables or disables the service provider."""

    relay_state_prefix: str | UnsetType = UNSET
    """The new RelayState prefix."""


def list_url(client: ServiceClient) -> str:
    """The URL `/OS-FEDERATION/service_providers`."""
    return client.url("/OS-FEDERATION/service_providers")


def resource_url(client: ServiceClient, sp_id: str) -> str:
    """The URL `/OS-FEDERATION/service_providers/{sp_id}`."""
    return client.url("/OS-FEDERATION/service_providers/{sp_id}", sp_id=sp_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[ServiceProvider]:
    """Lists service providers.

    GET ``/OS-FEDERATION/service_providers``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=ServiceProvider,
        response_key="service_providers",
        style=PageStyle("next", next_key="links.next"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    sp_id: str,
    opts: CreateOpts,
) -> ServiceProvider:
    """Registers a service provider under the given ID.

    PUT ``/OS-FEDERATION/service_providers/{sp_id}``

    Args:
        client: The identity v3 service client.
        sp_id: The ID to register the service provider under.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, sp_id),
        ok=(201,),
        opts=opts,
        body_key="service_provider",
        response_key="service_provider",
        response_type=ServiceProvider,
    )


def get(
    client: ServiceClient,
    sp_id: str,
) -> ServiceProvider:
    """Shows a service provider.

    GET ``/OS-FEDERATION/service_providers/{sp_id}``

    Args:
        client: The identity v3 service client.
        sp_id: The ID of the service provider.
    """
    return client.call(
        "GET",
        resource_url(client, sp_id),
        ok=(200,),
        response_key="service_provider",
        response_type=ServiceProvider,
    )


def update(
    client: ServiceClient,
    sp_id: str,
    opts: UpdateOpts,
) -> ServiceProvider:
    """Updates a service provider.

    PATCH ``/OS-FEDERATION/service_providers/{sp_id}``

    Args:
        client: The identity v3 service client.
        sp_id: The ID of the service provider.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PATCH",
        resource_url(client, sp_id),
        ok=(200,),
        opts=opts,
        body_key="service_provider",
        response_key="service_provider",
        response_type=ServiceProvider,
    )


def delete(
    client: ServiceClient,
    sp_id: str,
) -> None:
    """Deletes a service provider.

    DELETE ``/OS-FEDERATION/service_providers/{sp_id}``

    Args:
        client: The identity v3 service client.
        sp_id: The ID of the service provider.
    """
    client.call(
        "DELETE",
        resource_url(client, sp_id),
        ok=(204,),
    )
