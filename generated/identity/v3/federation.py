"""Federated authentication (OS-FEDERATION): the projects and domains a federated user can scope
to, this Keystone's SAML identity provider metadata, SAML and ECP assertions for a service
provider (Keystone to Keystone), and the Web single sign-on entry points used by dashboards.
"""

# Generated from specs/identity/v3/federation.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import ClassVar

from typedstack.runtime import (
    UNSET,
    Download,
    Model,
    Options,
    Pager,
    PageStyle,
    ServiceClient,
    UnsetType,
)

__all__ = [
    "FederatedProject",
    "FederatedDomain",
    "AssertionIdentity",
    "AssertionScope",
    "TokenRef",
    "IdRef",
    "CreateSaml2AssertionOpts",
    "CreateEcpAssertionOpts",
    "StartWebssoOpts",
    "StartWebssoForIdpOpts",
    "list_projects",
    "list_domains",
    "get_metadata",
    "create_saml2_assertion",
    "create_ecp_assertion",
    "start_websso",
    "start_websso_for_idp",
    "list_projects_url",
    "list_domains_url",
    "get_metadata_url",
    "create_saml2_assertion_url",
    "create_ecp_assertion_url",
    "start_websso_url",
    "start_websso_for_idp_url",
]


class FederatedProject(Model):
    """A project a federated user may scope to."""

    id: str
    """The ID of the project."""

    name: str | UnsetType | None = UNSET
    """The name of the project."""

    domain_id: str | UnsetType | None = UNSET
    """The ID of the domain that owns the project."""

    description: str | UnsetType | None = UNSET
    """The description of the project."""

    enabled: bool | UnsetType | None = UNSET
    """Whether the project is enabled (always true here)."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the project."""


class FederatedDomain(Model):
    """A domain a federated user may scope to."""

    id: str
    """The ID of the domain."""

    name: str | UnsetType | None = UNSET
    """The name of the domain."""

    description: str | UnsetType | None = UNSET
    """The description of the domain."""

    enabled: bool | UnsetType | None = UNSET
    """Whether the domain is enabled (always true here)."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the domain."""


class AssertionIdentity(Model):
    """The token to base the assertion on."""

    methods: list[str]
    """The authentication methods; ["token"]."""

    token: TokenRef
    """The scoped token to convert into an assertion."""


class AssertionScope(Model):
    """The service provider the assertion is for."""

    service_provider: IdRef
    """The service provider to address the assertion to."""


class TokenRef(Model):
    """A token, by its ID (the token itself)."""

    id: str
    """The token."""

    secret_fields: ClassVar[frozenset[str]] = frozenset({"id"})


class IdRef(Model):
    """A reference to an entity by ID."""

    id: str
    """The ID of the entity."""


class CreateSaml2AssertionOpts(Options):
    """Options for :func:`create_saml2_assertion`."""

    identity: AssertionIdentity
    """The scoped token to convert."""

    scope: AssertionScope
    """The service provider the assertion is for."""


class CreateEcpAssertionOpts(Options):
    """Options for :func:`create_ecp_assertion`."""

    identity: AssertionIdentity
    """The scoped token to convert."""

    scope: AssertionScope
    """The service provider the assertion is for."""


class StartWebssoOpts(Options):
    """Options for :func:`start_websso`."""

    origin: str
    """The URL of the dashboard to return to; must be a configured trusted dashboard."""

    locations: ClassVar[dict[str, str]] = {
        "origin": "query",
    }


class StartWebssoForIdpOpts(Options):
    """Options for :func:`start_websso_for_idp`."""

    origin: str
    """The URL of the dashboard to return to; must be a configured trusted dashboard."""

    locations: ClassVar[dict[str, str]] = {
        "origin": "query",
    }


def list_projects_url(client: ServiceClient) -> str:
    """The URL `/OS-FEDERATION/projects`."""
    return client.url("/OS-FEDERATION/projects")


def list_domains_url(client: ServiceClient) -> str:
    """The URL `/OS-FEDERATION/domains`."""
    return client.url("/OS-FEDERATION/domains")


def get_metadata_url(client: ServiceClient) -> str:
    """The URL `/OS-FEDERATION/saml2/metadata`."""
    return client.url("/OS-FEDERATION/saml2/metadata")


def create_saml2_assertion_url(client: ServiceClient) -> str:
    """The URL `/auth/OS-FEDERATION/saml2`."""
    return client.url("/auth/OS-FEDERATION/saml2")


def create_ecp_assertion_url(client: ServiceClient) -> str:
    """The URL `/auth/OS-FEDERATION/saml2/ecp`."""
    return client.url("/auth/OS-FEDERATION/saml2/ecp")


def start_websso_url(client: ServiceClient, protocol_id: str) -> str:
    """The URL `/auth/OS-FEDERATION/websso/{protocol_id}`."""
    return client.url("/auth/OS-FEDERATION/websso/{protocol_id}", protocol_id=protocol_id)


def start_websso_for_idp_url(client: ServiceClient, idp_id: str, protocol_id: str) -> str:
    """The URL `/auth/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}/websso`."""
    return client.url(
        "/auth/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}/websso",
        idp_id=idp_id,
        protocol_id=protocol_id,
    )


def list_projects(
    client: ServiceClient,
) -> Pager[FederatedProject]:
    """Lists the projects the federated user of the token in use may scope to. Superseded by GET
    /auth/projects (tokens.list_projects).

    Deprecated by the service.

    GET ``/OS-FEDERATION/projects``

    Args:
        client: The identity v3 service client.
    """
    return client.paginate(
        list_projects_url(client),
        ok=(200,),
        item_type=FederatedProject,
        response_key="projects",
        style=PageStyle("next", next_key="links.next"),
    )


def list_domains(
    client: ServiceClient,
) -> Pager[FederatedDomain]:
    """Lists the domains the federated user of the token in use may scope to. Superseded by GET
    /auth/domains (tokens.list_domains).

    Deprecated by the service.

    GET ``/OS-FEDERATION/domains``

    Args:
        client: The identity v3 service client.
    """
    return client.paginate(
        list_domains_url(client),
        ok=(200,),
        item_type=FederatedDomain,
        response_key="domains",
        style=PageStyle("next", next_key="links.next"),
    )


def get_metadata(
    client: ServiceClient,
) -> Download:
    """Returns the SAML metadata of this Keystone as an identity provider (an XML document).

    GET ``/OS-FEDERATION/saml2/metadata``

    Args:
        client: The identity v3 service client.

    Returns:
        The metadata XML.
    """
    return client.download(
        "GET",
        get_metadata_url(client),
        ok=(200,),
    )


def create_saml2_assertion(
    client: ServiceClient,
    opts: CreateSaml2AssertionOpts,
) -> Download:
    """Converts a scoped token into a SAML assertion for a service provider. The server also
    returns the X-sp-url (where to post the assertion) and X-auth-url (where to get the token)
    headers.

    POST ``/auth/OS-FEDERATION/saml2``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`CreateSaml2AssertionOpts`).

    Returns:
        The SAML assertion XML.
    """
    return client.download(
        "POST",
        create_saml2_assertion_url(client),
        ok=(200,),
        opts=opts,
    )


def create_ecp_assertion(
    client: ServiceClient,
    opts: CreateEcpAssertionOpts,
) -> Download:
    """Converts a scoped token into a SAML assertion wrapped for the Enhanced Client or Proxy (ECP)
    profile, for a service provider. The server also returns the X-sp-url and X-auth-url
    headers.

    POST ``/auth/OS-FEDERATION/saml2/ecp``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`CreateEcpAssertionOpts`).

    Returns:
        The ECP envelope XML.
    """
    return client.download(
        "POST",
        create_ecp_assertion_url(client),
        ok=(200,),
        opts=opts,
    )


def start_websso(
    client: ServiceClient,
    protocol_id: str,
    opts: StartWebssoOpts,
) -> Download:
    """Web single sign-on entry point for a protocol: once the web server has authenticated the
    user, Keystone answers with an HTML page that posts an unscoped token back to the trusted
    dashboard given as origin.

    GET ``/auth/OS-FEDERATION/websso/{protocol_id}``

    Args:
        client: The identity v3 service client.
        protocol_id: The ID of the federation protocol.
        opts: The options of the request (:class:`StartWebssoOpts`).

    Returns:
        The HTML page that posts the token to the dashboard.
    """
    return client.download(
        "GET",
        start_websso_url(client, protocol_id),
        ok=(200,),
        opts=opts,
    )


def start_websso_for_idp(
    client: ServiceClient,
    idp_id: str,
    protocol_id: str,
    opts: StartWebssoForIdpOpts,
) -> Download:
    """Web single sign-on entry point for one identity provider and protocol; answers like
    start_websso.

    GET ``/auth/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}/websso``

    Args:
        client: The identity v3 service client.
        idp_id: The ID of the identity provider.
        protocol_id: The ID of the federation protocol.
        opts: The options of the request (:class:`StartWebssoForIdpOpts`).

    Returns:
        The HTML page that posts the token to the dashboard.
    """
    return client.download(
        "GET",
        start_websso_for_idp_url(client, idp_id, protocol_id),
        ok=(200,),
        opts=opts,
    )
