"""Authentication and token management: issue a token in exchange for credentials (password,
token, application credential, TOTP, OAuth1), validate, check and revoke tokens, and list
what a token may be scoped to. The token ID travels in the X-Subject-Token header, never in
the body.
"""

# Generated from specs/identity/v3/tokens.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import datetime
from typing import Any, ClassVar

import msgspec

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "Token",
    "TokenUser",
    "TokenFederation",
    "IdRef",
    "TokenDomain",
    "TokenProject",
    "TokenRole",
    "SystemScope",
    "CatalogService",
    "CatalogEndpoint",
    "TokenTrust",
    "TokenOAuth1",
    "TokenApplicationCredential",
    "TokenAccessRule",
    "TokenServiceProvider",
    "RevokedTokens",
    "AuthProject",
    "AuthDomain",
    "AuthIdentity",
    "AuthPassword",
    "AuthPasswordUser",
    "AuthToken",
    "AuthApplicationCredential",
    "AuthUserRef",
    "AuthTotp",
    "AuthTotpUser",
    "AuthDomainRef",
    "AuthProjectRef",
    "AuthScope",
    "IssueOpts",
    "ValidateOpts",
    "CheckOpts",
    "RevokeOpts",
    "issue",
    "validate",
    "check",
    "revoke",
    "get_catalog",
    "list_projects",
    "list_domains",
    "list_system_scopes",
    "list_revoked",
    "issue_federated",
    "issue_url",
    "get_catalog_url",
    "list_projects_url",
    "list_domains_url",
    "list_system_scopes_url",
    "list_revoked_url",
    "issue_federated_url",
]


class Token(Model):
    """An Identity API token, with the user it represents, its scope, roles and catalog."""

    methods: list[str]
    """The authentication methods used, accumulated over re-scoping (password, token, ...)."""

    user: TokenUser
    """The user the token represents."""

    audit_ids: list[str]
    """One or two audit IDs: the token's own, then (for a re-scoped token) the one of the token
    it was exchanged from.
    """

    expires_at: datetime.datetime | None
    """When the token expires; null means never."""

    issued_at: datetime.datetime
    """When the token was issued."""

    system: SystemScope | UnsetType | None = UNSET
    """Present on a system-scoped token."""

    domain: TokenDomain | UnsetType | None = UNSET
    """The domain a domain-scoped token is scoped to."""

    project: TokenProject | UnsetType | None = UNSET
    """The project a project-scoped (or trust-scoped) token is scoped to."""

    is_domain: bool | UnsetType | None = UNSET
    """Whether the scoped project also acts as a domain."""

    is_admin_project: bool | UnsetType | None = UNSET
    """Whether the scoped project is the configured cloud admin project."""

    roles: list[TokenRole] | UnsetType | None = UNSET
    """The roles the token carries on its scope (absent on an unscoped token)."""

    catalog: list[CatalogService] | UnsetType | None = UNSET
    """The service catalog, for a scoped token unless nocatalog was given."""

    trust: TokenTrust | UnsetType | None = msgspec.field(default=UNSET, name="OS-TRUST:trust")
    """The trust a trust-scoped token was issued from."""

    oauth1: TokenOAuth1 | UnsetType | None = msgspec.field(default=UNSET, name="OS-OAUTH1")
    """The OAuth1 access token and consumer a delegated token was issued for."""

    application_credential: TokenApplicationCredential | UnsetType | None = UNSET
    """The application credential the token was issued for."""

    service_providers: list[TokenServiceProvider] | UnsetType | None = UNSET
    """The enabled federation service providers the token may be used with."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the token resource."""

    subject_token: str | UnsetType | None = msgspec.field(default=UNSET, name="X-Subject-Token")
    """The token ID, to send as X-Auth-Token in later requests."""

    header_fields: ClassVar[tuple[tuple[str, str], ...]] = (("subject_token", "X-Subject-Token"),)

    secret_fields: ClassVar[frozenset[str]] = frozenset({"subject_token"})


class TokenUser(Model):
    """The user a token represents."""

    id: str
    """The ID of the user."""

    name: str | UnsetType | None = UNSET
    """The name of the user."""

    domain: TokenDomain | UnsetType | None = UNSET
    """The domain that owns the user."""

    password_expires_at: datetime.datetime | UnsetType | None = UNSET
    """When the user's password expires; null if it does not."""

    federation: TokenFederation | UnsetType | None = msgspec.field(
        default=UNSET, name="OS-FEDERATION"
    )
    """Federation details, for a federated user."""


class TokenFederation(Model):
    """How a federated user was authenticated."""

    identity_provider: IdRef | UnsetType | None = UNSET
    """The identity provider that asserted the user."""

    protocol: IdRef | UnsetType | None = UNSET
    """The federation protocol used."""

    groups: list[IdRef] | UnsetType | None = UNSET
    """The groups the user was mapped into."""


class IdRef(Model):
    """A reference to an entity by ID."""

    id: str
    """The ID of the entity."""


class TokenDomain(Model):
    """A domain as shown in a token."""

    id: str
    """The ID of the domain."""

    name: str | UnsetType | None = UNSET
    """The name of the domain."""


class TokenProject(Model):
    """A project as shown in a token."""

    id: str
    """The ID of the project."""

    name: str | UnsetType | None = UNSET
    """The name of the project."""

    domain: TokenDomain | UnsetType | None = UNSET
    """The domain that owns the project."""


class TokenRole(Model):
    """A role carried by a token."""

    id: str
    """The ID of the role."""

    name: str | UnsetType | None = UNSET
    """The name of the role."""

    domain_id: str | UnsetType | None = UNSET
    """The domain of a domain-specific role."""


class SystemScope(Model):
    """A system scope."""

    all: bool | UnsetType | None = UNSET
    """True for the scope of the whole deployment."""


class CatalogService(Model):
    """A service of the catalog and its endpoints."""

    id: str
    """The ID of the service."""

    type: str | UnsetType | None = UNSET
    """The service type, such as compute or identity."""

    name: str | UnsetType | None = UNSET
    """The name of the service."""

    endpoints: list[CatalogEndpoint] | UnsetType | None = UNSET
    """The endpoints of the service."""


class CatalogEndpoint(Model):
    """An endpoint of a catalog service."""

    id: str
    """The ID of the endpoint."""

    interface: str | UnsetType | None = UNSET
    """The interface (public, internal or admin)."""

    region: str | UnsetType | None = UNSET
    """The region of the endpoint (legacy name of region_id)."""

    region_id: str | UnsetType | None = UNSET
    """The ID of the region of the endpoint."""

    url: str | UnsetType | None = UNSET
    """The URL of the endpoint."""


class TokenTrust(Model):
    """The trust behind a trust-scoped token."""

    id: str
    """The ID of the trust."""

    impersonation: bool | UnsetType | None = UNSET
    """Whether the trustee acts as the trustor."""

    trustor_user: IdRef | UnsetType | None = UNSET
    """The user who delegated the roles."""

    trustee_user: IdRef | UnsetType | None = UNSET
    """The user the roles were delegated to."""

    redelegated_trust_id: str | UnsetType | None = UNSET
    """The trust this one was redelegated from."""

    redelegation_count: int | UnsetType | None = UNSET
    """How many more times the trust may be redelegated."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the trust."""


class TokenOAuth1(Model):
    """The OAuth1 delegation behind a token."""

    access_token_id: str | UnsetType | None = UNSET
    """The ID of the OAuth1 access token."""

    consumer_id: str | UnsetType | None = UNSET
    """The ID of the OAuth1 consumer."""


class TokenApplicationCredential(Model):
    """The application credential behind a token."""

    id: str
    """The ID of the application credential."""

    name: str | UnsetType | None = UNSET
    """The name of the application credential."""

    restricted: bool | UnsetType | None = UNSET
    """Whether the credential may not create further credentials or trusts."""

    access_rules: list[TokenAccessRule] | UnsetType | None = UNSET
    """The access rules that limit what the token may call."""


class TokenAccessRule(Model):
    """An access rule of an application credential."""

    id: str | UnsetType | None = UNSET
    """The ID of the access rule."""

    service: str | UnsetType | None = UNSET
    """The service type the rule applies to."""

    method: str | UnsetType | None = UNSET
    """The HTTP method the rule allows."""

    path: str | UnsetType | None = UNSET
    """The API path the rule allows, with * and ** wildcards."""


class TokenServiceProvider(Model):
    """A federation service provider listed in a token."""

    id: str
    """The ID of the service provider."""

    auth_url: str | UnsetType | None = UNSET
    """The URL to authenticate against at the service provider."""

    sp_url: str | UnsetType | None = UNSET
    """The URL of the service provider's SAML endpoint."""


class RevokedTokens(Model):
    """The signed list of revoked PKI tokens."""

    signed: str
    """The revocation list, as a CMS-signed document."""


class AuthProject(Model):
    """A project the token may be scoped to."""

    id: str
    """The ID of the project."""

    name: str | UnsetType | None = UNSET
    """The name of the project."""

    domain_id: str | UnsetType | None = UNSET
    """The ID of the domain that owns the project."""

    description: str | UnsetType | None = UNSET
    """The description of the project."""

    enabled: bool | UnsetType | None = UNSET
    """Whether the project is enabled."""

    is_domain: bool | UnsetType | None = UNSET
    """Whether the project also acts as a domain."""

    parent_id: str | UnsetType | None = UNSET
    """The ID of the parent project or domain."""

    tags: list[str] | UnsetType | None = UNSET
    """Simple strings attached to the project."""

    options: dict[str, Any] | UnsetType | None = UNSET
    """Resource options of the project."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the project."""


class AuthDomain(Model):
    """A domain the token may be scoped to."""

    id: str
    """The ID of the domain."""

    name: str | UnsetType | None = UNSET
    """The name of the domain."""

    description: str | UnsetType | None = UNSET
    """The description of the domain."""

    enabled: bool | UnsetType | None = UNSET
    """Whether the domain is enabled."""

    tags: list[str] | UnsetType | None = UNSET
    """Simple strings attached to the domain."""

    options: dict[str, Any] | UnsetType | None = UNSET
    """Resource options of the domain."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the domain."""


class AuthIdentity(Model):
    """The credentials of an authentication request, one entry per method."""

    methods: list[str]
    """The authentication methods to use, such as password, token, application_credential, totp
    or oauth1; each needs its entry below.
    """

    password: AuthPassword | UnsetType | None = UNSET
    """Credentials for the password method."""

    token: AuthToken | UnsetType | None = UNSET
    """Credentials for the token method."""

    application_credential: AuthApplicationCredential | UnsetType | None = UNSET
    """Credentials for the application_credential method."""

    totp: AuthTotp | UnsetType | None = UNSET
    """Credentials for the totp method."""

    oauth1: dict[str, Any] | UnsetType | None = UNSET
    """An empty object for the oauth1 method (the OAuth1 signature goes in the Authorization
    header).
    """


class AuthPassword(Model):
    """Password credentials."""

    user: AuthPasswordUser
    """The user and their password."""


class AuthPasswordUser(Model):
    """A user identified by ID, or by name and domain, with a password."""

    password: str
    """The password of the user."""

    id: str | UnsetType | None = UNSET
    """The ID of the user; required unless name is given."""

    name: str | UnsetType | None = UNSET
    """The name of the user; then the domain is required."""

    domain: AuthDomainRef | UnsetType | None = UNSET
    """The domain of the user, when it is named."""

    secret_fields: ClassVar[frozenset[str]] = frozenset({"password"})


class AuthToken(Model):
    """An existing token to exchange (for instance to re-scope it)."""

    id: str
    """The ID of the token."""

    secret_fields: ClassVar[frozenset[str]] = frozenset({"id"})


class AuthApplicationCredential(Model):
    """Application credential credentials, by ID, or by name with its owner."""

    secret: str
    """The secret of the application credential."""

    id: str | UnsetType | None = UNSET
    """The ID of the application credential."""

    name: str | UnsetType | None = UNSET
    """The name of the application credential; then user is required."""

    user: AuthUserRef | UnsetType | None = UNSET
    """The owner of the application credential, when it is named."""

    secret_fields: ClassVar[frozenset[str]] = frozenset({"secret"})


class AuthUserRef(Model):
    """A user identified by ID, or by name and domain."""

    id: str | UnsetType | None = UNSET
    """The ID of the user."""

    name: str | UnsetType | None = UNSET
    """The name of the user; then the domain is required."""

    domain: AuthDomainRef | UnsetType | None = UNSET
    """The domain of the user, when it is named."""


class AuthTotp(Model):
    """Time-based one-time password credentials."""

    user: AuthTotpUser
    """The user and their passcode."""


class AuthTotpUser(Model):
    """A user identified by ID, or by name and domain, with a TOTP passcode."""

    passcode: str
    """The current TOTP passcode."""

    id: str | UnsetType | None = UNSET
    """The ID of the user."""

    name: str | UnsetType | None = UNSET
    """The name of the user; then the domain is required."""

    domain: AuthDomainRef | UnsetType | None = UNSET
    """The domain of the user, when it is named."""

    secret_fields: ClassVar[frozenset[str]] = frozenset({"passcode"})


class AuthDomainRef(Model):
    """A domain identified by ID or by name."""

    id: str | UnsetType | None = UNSET
    """The ID of the domain."""

    name: str | UnsetType | None = UNSET
    """The name of the domain."""


class AuthProjectRef(Model):
    """A project identified by ID, or by name and domain."""

    id: str | UnsetType | None = UNSET
    """The ID of the project."""

    name: str | UnsetType | None = UNSET
    """The name of the project; then the domain is required."""

    domain: AuthDomainRef | UnsetType | None = UNSET
    """The domain of the project, when it is named."""


class AuthScope(Model):
    """What the token should be scoped to: one of project, domain, system or a trust. Leave the
    scope out for an unscoped token (or one scoped to the user's default project).
    """

    project: AuthProjectRef | UnsetType | None = UNSET
    """Scope the token to this project."""

    domain: AuthDomainRef | UnsetType | None = UNSET
    """Scope the token to this domain."""

    system: SystemScope | UnsetType | None = UNSET
    """Scope the token to the whole system (all set to true)."""

    trust: IdRef | UnsetType | None = msgspec.field(default=UNSET, name="OS-TRUST:trust")
    """Consume this trust; the token takes the trust's scope and roles."""


class IssueOpts(Options):
    """Options for :func:`issue`."""

    identity: AuthIdentity
    """The credentials, by method."""

    nocatalog: bool | UnsetType = UNSET
    """Leave the service catalog out of the response. The server only checks whether the
    parameter is present.
    """

    auth_receipt: str | UnsetType = msgspec.field(default=UNSET, name="Openstack-Auth-Receipt")
    """The receipt of a partly completed multi-factor authentication, to complete it with the
    remaining methods.
    """

    authorization: str | UnsetType = msgspec.field(default=UNSET, name="Authorization")
    """The signed OAuth 1.0a Authorization header, for the oauth1 method."""

    scope: AuthScope | str | UnsetType = UNSET
    """The requested scope; or the string "unscoped" for an explicitly unscoped token (none even
    when the user has a default project). Without it, the token is scoped to the user's
    default project if there is one.
    """

    locations: ClassVar[dict[str, str]] = {
        "nocatalog": "flag",
        "auth_receipt": "header",
        "authorization": "header",
    }


class ValidateOpts(Options):
    """Options for :func:`validate`."""

    subject_token: str = msgspec.field(name="X-Subject-Token")
    """The token to validate."""

    nocatalog: bool | UnsetType = UNSET
    """Leave the service catalog out of the response. The server only checks whether the
    parameter is present.
    """

    allow_expired: bool | UnsetType = UNSET
    """Also return a token that expired recently, within the configured window."""

    locations: ClassVar[dict[str, str]] = {
        "nocatalog": "flag",
        "allow_expired": "query",
        "subject_token": "header",
    }

    secret_fields: ClassVar[frozenset[str]] = frozenset({"subject_token"})


class CheckOpts(Options):
    """Options for :func:`check`."""

    subject_token: str = msgspec.field(name="X-Subject-Token")
    """The token to check."""

    allow_expired: bool | UnsetType = UNSET
    """Also accept a token that expired recently, within the configured window."""

    locations: ClassVar[dict[str, str]] = {
        "allow_expired": "query",
        "subject_token": "header",
    }

    secret_fields: ClassVar[frozenset[str]] = frozenset({"subject_token"})


class RevokeOpts(Options):
    """Options for :func:`revoke`."""

    subject_token: str = msgspec.field(name="X-Subject-Token")
    """The token to revoke."""

    cascade: bool | UnsetType = UNSET
    """Also revoke the tokens re-scoped from this one (the default); false revokes this token
    only. Recent releases only.
    """

    locations: ClassVar[dict[str, str]] = {
        "cascade": "query",
        "subject_token": "header",
    }

    secret_fields: ClassVar[frozenset[str]] = frozenset({"subject_token"})


def issue_url(client: ServiceClient) -> str:
    """The URL `/auth/tokens`."""
    return client.url("/auth/tokens")


def get_catalog_url(client: ServiceClient) -> str:
    """The URL `/auth/catalog`."""
    return client.url("/auth/catalog")


def list_projects_url(client: ServiceClient) -> str:
    """The URL `/auth/projects`."""
    return client.url("/auth/projects")


def list_domains_url(client: ServiceClient) -> str:
    """The URL `/auth/domains`."""
    return client.url("/auth/domains")


def list_system_scopes_url(client: ServiceClient) -> str:
    """The URL `/auth/system`."""
    return client.url("/auth/system")


def list_revoked_url(client: ServiceClient) -> str:
    """The URL `/auth/tokens/OS-PKI/revoked`."""
    return client.url("/auth/tokens/OS-PKI/revoked")


def issue_federated_url(client: ServiceClient, idp_id: str, protocol_id: str) -> str:
    """The URL `/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}/auth`."""
    return client.url(
        "/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}/auth",
        idp_id=idp_id,
        protocol_id=protocol_id,
    )


def issue(
    client: ServiceClient,
    opts: IssueOpts,
) -> Token:
    """Authenticates and issues a token. The new token's ID is returned in the X-Subject-Token
    header (subject_token on the result).

    POST ``/auth/tokens``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`IssueOpts`).
    """
    return client.call(
        "POST",
        issue_url(client),
        ok=(201,),
        opts=opts,
        body_key="auth",
        response_key="token",
        response_type=Token,
    )


def validate(
    client: ServiceClient,
    opts: ValidateOpts,
) -> Token:
    """Validates a token and shows its details.

    GET ``/auth/tokens``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`ValidateOpts`).
    """
    return client.call(
        "GET",
        issue_url(client),
        ok=(200,),
        opts=opts,
        response_key="token",
        response_type=Token,
    )


def check(
    client: ServiceClient,
    opts: CheckOpts,
) -> bool:
    """Checks whether a token is valid, without returning it.

    HEAD ``/auth/tokens``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`CheckOpts`).
    """
    return client.exists(
        "HEAD",
        issue_url(client),
        ok=(200, 204),
        opts=opts,
    )


def revoke(
    client: ServiceClient,
    opts: RevokeOpts,
) -> None:
    """Revokes a token at once, whatever its expiry.

    DELETE ``/auth/tokens``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`RevokeOpts`).
    """
    client.call(
        "DELETE",
        issue_url(client),
        ok=(204,),
        opts=opts,
    )


def get_catalog(
    client: ServiceClient,
) -> list[CatalogService]:
    """Shows the service catalog of the (project-scoped) token in use.

    GET ``/auth/catalog``

    Args:
        client: The identity v3 service client.
    """
    return client.call(
        "GET",
        get_catalog_url(client),
        ok=(200,),
        response_key="catalog",
        response_type=list[CatalogService],
    )


def list_projects(
    client: ServiceClient,
) -> Pager[AuthProject]:
    """Lists the projects the token in use may be scoped to.

    GET ``/auth/projects``

    Args:
        client: The identity v3 service client.
    """
    return client.paginate(
        list_projects_url(client),
        ok=(200,),
        item_type=AuthProject,
        response_key="projects",
        style=PageStyle("next", next_key="links.next"),
    )


def list_domains(
    client: ServiceClient,
) -> Pager[AuthDomain]:
    """Lists the domains the token in use may be scoped to.

    GET ``/auth/domains``

    Args:
        client: The identity v3 service client.
    """
    return client.paginate(
        list_domains_url(client),
        ok=(200,),
        item_type=AuthDomain,
        response_key="domains",
        style=PageStyle("next", next_key="links.next"),
    )


def list_system_scopes(
    client: ServiceClient,
) -> list[SystemScope]:
    """Lists the system scopes the token in use may be scoped to: one entry with all=true when the
    user has a system role, none otherwise.

    GET ``/auth/system``

    Args:
        client: The identity v3 service client.
    """
    return client.call(
        "GET",
        list_system_scopes_url(client),
        ok=(200,),
        response_key="system",
        response_type=list[SystemScope],
    )


def list_revoked(
    client: ServiceClient,
) -> RevokedTokens:
    """Lists revoked PKI tokens. PKI tokens are gone: current servers answer 403 or 410.

    Deprecated by the service.

    GET ``/auth/tokens/OS-PKI/revoked``

    Args:
        client: The identity v3 service client.
    """
    return client.call(
        "GET",
        list_revoked_url(client),
        ok=(200,),
        response_type=RevokedTokens,
    )


def issue_federated(
    client: ServiceClient,
    idp_id: str,
    protocol_id: str,
) -> Token:
    """Issues an unscoped token to a user authenticated by an identity provider through a
    federation protocol (the web server in front of Keystone handles the protocol itself).

    GET ``/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}/auth``

    Args:
        client: The identity v3 service client.
        idp_id: The ID of the identity provider.
        protocol_id: The ID of the federation protocol.
    """
    return client.call(
        "GET",
        issue_federated_url(client, idp_id, protocol_id),
        ok=(200, 201),
        response_key="token",
        response_type=Token,
    )
