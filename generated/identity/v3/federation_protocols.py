"""Federation protocols (OS-FEDERATION) attach a protocol such as saml2, openid or mapped to an
identity provider, with the mapping that turns the provider's assertions into local users and
groups.
"""

# Generated from specs/identity/v3/federation_protocols.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "FederationProtocol",
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


class FederationProtocol(Model):
    """A federation protocol of an identity provider."""

    id: str
    """The ID of the protocol, such as saml2 or openid."""

    mapping_id: str | UnsetType | None = UNSET
    """The ID of the mapping applied to assertions received through this protocol."""

    remote_id_attribute: str | UnsetType | None = UNSET
    """The request attribute that carries the identity provider's remote ID."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the protocol and its identity provider."""


class CreateOpts(Options):
    """Options for :func:`create`."""

    mapping_id: str
    """The ID of the mapping to apply."""

    remote_id_attribute: str | UnsetType = UNSET
    """The request attribute that carries the identity provider's remote ID."""


class UpdateOpts(Options):
    """Options for :func:`update`."""

    mapping_id: str | UnsetType = UNSET
    """The ID of the mapping to apply."""

    remote_id_attribute: str | UnsetType = UNSET
    """The request attribute that carries the identity provider's remote ID."""


def list_url(client: ServiceClient, idp_id: str) -> str:
    """The URL `/OS-FEDERATION/identity_providers/{idp_id}/protocols`."""
    return client.url("/OS-FEDERATION/identity_providers/{idp_id}/protocols", idp_id=idp_id)


def resource_url(client: ServiceClient, idp_id: str, protocol_id: str) -> str:
    """The URL `/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}`."""
    return client.url(
        "/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}",
        idp_id=idp_id,
        protocol_id=protocol_id,
    )


def list(
    client: ServiceClient,
    idp_id: str,
) -> Pager[FederationProtocol]:
    """Lists the protocols of an identity provider.

    GET ``/OS-FEDERATION/identity_providers/{idp_id}/protocols``

    Args:
        client: The identity v3 service client.
        idp_id: The ID of the identity provider.
    """
    return client.paginate(
        list_url(client, idp_id),
        ok=(200,),
        item_type=FederationProtocol,
        response_key="protocols",
        style=PageStyle("next", next_key="links.next"),
    )


def create(
    client: ServiceClient,
    idp_id: str,
    protocol_id: str,
    opts: CreateOpts,
) -> FederationProtocol:
    """Adds a protocol, with its mapping, to an identity provider.

    PUT ``/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}``

    Args:
        client: The identity v3 service client.
        idp_id: The ID of the identity provider.
        protocol_id: The ID of the protocol to add.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, idp_id, protocol_id),
        ok=(201,),
        opts=opts,
        body_key="protocol",
        response_key="protocol",
        response_type=FederationProtocol,
    )


def get(
    client: ServiceClient,
    idp_id: str,
    protocol_id: str,
) -> FederationProtocol:
    """Shows a protocol of an identity provider.

    GET ``/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}``

    Args:
        client: The identity v3 service client.
        idp_id: The ID of the identity provider.
        protocol_id: The ID of the protocol.
    """
    return client.call(
        "GET",
        resource_url(client, idp_id, protocol_id),
        ok=(200,),
        response_key="protocol",
        response_type=FederationProtocol,
    )


def update(
    client: ServiceClient,
    idp_id: str,
    protocol_id: str,
    opts: UpdateOpts,
) -> FederationProtocol:
    """Changes the mapping (or remote ID attribute) of a protocol.

    PATCH ``/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}``

    Args:
        client: The identity v3 service client.
        idp_id: The ID of the identity provider.
        protocol_id: The ID of the protocol.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PATCH",
        resource_url(client, idp_id, protocol_id),
        ok=(200,),
        opts=opts,
        body_key="protocol",
        response_key="protocol",
        response_type=FederationProtocol,
    )


def delete(
    client: ServiceClient,
    idp_id: str,
    protocol_id: str,
) -> None:
    """Removes a protocol from an identity provider.

    DELETE ``/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}``

    Args:
        client: The identity v3 service client.
        idp_id: The ID of the identity provider.
        protocol_id: The ID of the protocol.
    """
    client.call(
        "DELETE",
        resource_url(client, idp_id, protocol_id),
        ok=(204,),
    )
