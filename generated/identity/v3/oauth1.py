"""OAuth 1.0a delegation (OS-OAUTH1): a user registers a consumer; the consumer gets a request
token, the user authorizes it for some of their roles on a project, and the consumer
exchanges it (with the verifier) for an access token it can authenticate with. Request and
access token calls must be signed by the consumer (HMAC-SHA1) in the Authorization header.
"""

# Generated from specs/identity/v3/oauth1.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import datetime
from typing import ClassVar

import msgspec

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
    "Consumer",
    "RequestTokenAuthorization",
    "AccessToken",
    "AccessTokenRole",
    "RoleRef",
    "CreateConsumerOpts",
    "UpdateConsumerOpts",
    "CreateRequestTokenOpts",
    "AuthorizeRequestTokenOpts",
    "CreateAccessTokenOpts",
    "list_consumers",
    "create_consumer",
    "get_consumer",
    "update_consumer",
    "delete_consumer",
    "create_request_token",
    "authorize_request_token",
    "create_access_token",
    "list_access_tokens",
    "get_access_token",
    "revoke_access_token",
    "list_access_token_roles",
    "get_access_token_role",
    "list_consumers_url",
    "get_consumer_url",
    "create_request_token_url",
    "authorize_request_token_url",
    "create_access_token_url",
    "list_access_tokens_url",
    "get_access_token_url",
    "list_access_token_roles_url",
    "get_access_token_role_url",
]


class Consumer(Model):
    """An OAuth1 consumer."""

    id: str
    """The ID of the consumer, also its OAuth consumer key."""

    description: str | UnsetType | None = UNSET
    """The description of the consumer."""

    secret: str | UnsetType | None = UNSET
    """The consumer secret; only the response to create carries it."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the consumer."""

    secret_fields: ClassVar[frozenset[str]] = frozenset({"secret"})


class RequestTokenAuthorization(Model):
    """The result of authorizing a request token."""

    oauth_verifier: str
    """The verifier the consumer must present, with the request token, to get an access token."""


class AccessToken(Model):
    """An authorized OAuth1 access token of a user."""

    id: str
    """The ID (OAuth token key) of the access token."""

    consumer_id: str | UnsetType | None = UNSET
    """The consumer the access token was issued to."""

    project_id: str | UnsetType | None = UNSET
    """The project the delegated roles apply to."""

    authorizing_user_id: str | UnsetType | None = UNSET
    """The user who authorized the delegation."""

    expires_at: datetime.datetime | UnsetType | None = UNSET
    """When the access token expires; null if it does not."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the access token and its roles."""


class AccessTokenRole(Model):
    """A role delegated through an access token."""

    id: str
    """The ID of the role."""

    name: str | UnsetType | None = UNSET
    """The name of the role."""

    domain_id: str | UnsetType | None = UNSET
    """The domain of a domain-specific role; null for a global role."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the role."""


class RoleRef(Model):
    """A role to delegate, by ID or by name."""

    id: str | UnsetType | None = UNSET
    """The ID of the role."""

    name: str | UnsetType | None = UNSET
    """The name of the role."""


class CreateConsumerOpts(Options):
    """Options for :func:`create_consumer`."""

    description: str | UnsetType = UNSET
    """The description of the consumer."""


class UpdateConsumerOpts(Options):
    """Options for :func:`update_consumer`."""

    description: str | UnsetType | None = UNSET
    """The new description."""


class CreateRequestTokenOpts(Options):
    """Options for :func:`create_request_token`."""

    requested_project_id: str = msgspec.field(name="Requested-Project-Id")
    """The project the consumer asks roles on."""

    authorization: str = msgspec.field(name="Authorization")
    """The OAuth 1.0a Authorization header, signed with the consumer key and secret."""

    locations: ClassVar[dict[str, str]] = {
        "requested_project_id": "header",
        "authorization": "header",
    }


class AuthorizeRequestTokenOpts(Options):
    """Options for :func:`authorize_request_token`."""

    roles: list[RoleRef]
    """The roles to delegate, which the caller must hold on the requested project."""


class CreateAccessTokenOpts(Options):
    """Options for :func:`create_access_token`."""

    authorization: str = msgspec.field(name="Authorization")
    """The OAuth 1.0a Authorization header, signed with the consumer and request token secrets
    and carrying oauth_verifier.
    """

    locations: ClassVar[dict[str, str]] = {
        "authorization": "header",
    }


def list_consumers_url(client: ServiceClient) -> str:
    """The URL `/OS-OAUTH1/consumers`."""
    return client.url("/OS-OAUTH1/consumers")


def get_consumer_url(client: ServiceClient, consumer_id: str) -> str:
    """The URL `/OS-OAUTH1/consumers/{consumer_id}`."""
    return client.url("/OS-OAUTH1/consumers/{consumer_id}", consumer_id=consumer_id)


def create_request_token_url(client: ServiceClient) -> str:
    """The URL `/OS-OAUTH1/request_token`."""
    return client.url("/OS-OAUTH1/request_token")


def authorize_request_token_url(client: ServiceClient, request_token_id: str) -> str:
    """The URL `/OS-OAUTH1/authorize/{request_token_id}`."""
    return client.url("/OS-OAUTH1/authorize/{request_token_id}", request_token_id=request_token_id)


def create_access_token_url(client: ServiceClient) -> str:
    """The URL `/OS-OAUTH1/access_token`."""
    return client.url("/OS-OAUTH1/access_token")


def list_access_tokens_url(client: ServiceClient, user_id: str) -> str:
    """The URL `/users/{user_id}/OS-OAUTH1/access_tokens`."""
    return client.url("/users/{user_id}/OS-OAUTH1/access_tokens", user_id=user_id)


def get_access_token_url(client: ServiceClient, user_id: str, access_token_id: str) -> str:
    """The URL `/users/{user_id}/OS-OAUTH1/access_tokens/{access_token_id}`."""
    return client.url(
        "/users/{user_id}/OS-OAUTH1/access_tokens/{access_token_id}",
        user_id=user_id,
        access_token_id=access_token_id,
    )


def list_access_token_roles_url(client: ServiceClient, user_id: str, access_token_id: str) -> str:
    """The URL `/users/{user_id}/OS-OAUTH1/access_tokens/{access_token_id}/roles`."""
    return client.url(
        "/users/{user_id}/OS-OAUTH1/access_tokens/{access_token_id}/roles",
        user_id=user_id,
        access_token_id=access_token_id,
    )


def get_access_token_role_url(
    client: ServiceClient, user_id: str, access_token_id: str, role_id: str
) -> str:
    """The URL `/users/{user_id}/OS-OAUTH1/access_tokens/{access_token_id}/roles/{role_id}`."""
    return client.url(
        "/users/{user_id}/OS-OAUTH1/access_tokens/{access_token_id}/roles/{role_id}",
        user_id=user_id,
        access_token_id=access_token_id,
        role_id=role_id,
    )


def list_consumers(
    client: ServiceClient,
) -> Pager[Consumer]:
    """Lists OAuth1 consumers.

    GET ``/OS-OAUTH1/consumers``

    Args:
        client: The identity v3 service client.
    """
    return client.paginate(
        list_consumers_url(client),
        ok=(200,),
        item_type=Consumer,
        response_key="consumers",
        style=PageStyle("next", next_key="links.next"),
    )


def create_consumer(
    client: ServiceClient,
    opts: CreateConsumerOpts | None = None,
) -> Consumer:
    """Creates an OAuth1 consumer. Keep the returned secret; it is shown only once.

    POST ``/OS-OAUTH1/consumers``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`CreateConsumerOpts`).
    """
    return client.call(
        "POST",
        list_consumers_url(client),
        ok=(201,),
        opts=opts,
        body_key="consumer",
        empty="object",
        response_key="consumer",
        response_type=Consumer,
    )


def get_consumer(
    client: ServiceClient,
    consumer_id: str,
) -> Consumer:
    """Shows an OAuth1 consumer.

    GET ``/OS-OAUTH1/consumers/{consumer_id}``

    Args:
        client: The identity v3 service client.
        consumer_id: The ID of the consumer.
    """
    return client.call(
        "GET",
        get_consumer_url(client, consumer_id),
        ok=(200,),
        response_key="consumer",
        response_type=Consumer,
    )


def update_consumer(
    client: ServiceClient,
    consumer_id: str,
    opts: UpdateConsumerOpts,
) -> Consumer:
    """Updates the description of an OAuth1 consumer (nothing else can change).

    PATCH ``/OS-OAUTH1/consumers/{consumer_id}``

    Args:
        client: The identity v3 service client.
        consumer_id: The ID of the consumer.
        opts: The options of the request (:class:`UpdateConsumerOpts`).
    """
    return client.call(
        "PATCH",
        get_consumer_url(client, consumer_id),
        ok=(200,),
        opts=opts,
        body_key="consumer",
        empty="object",
        response_key="consumer",
        response_type=Consumer,
    )


def delete_consumer(
    client: ServiceClient,
    consumer_id: str,
) -> None:
    """Deletes an OAuth1 consumer, revoking its request tokens, access tokens and the tokens they
    issued.

    DELETE ``/OS-OAUTH1/consumers/{consumer_id}``

    Args:
        client: The identity v3 service client.
        consumer_id: The ID of the consumer.
    """
    client.call(
        "DELETE",
        get_consumer_url(client, consumer_id),
        ok=(204,),
    )


def create_request_token(
    client: ServiceClient,
    opts: CreateRequestTokenOpts,
) -> Download:
    """Gets an unauthorized request token for a consumer. The answer is form-encoded: oauth_token,
    oauth_token_secret and, when request tokens expire, oauth_expires_at.

    POST ``/OS-OAUTH1/request_token``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`CreateRequestTokenOpts`).

    Returns:
        The form-encoded request token
        (oauth_token=...&oauth_token_secret=...&oauth_expires_at=...).
    """
    return client.download(
        "POST",
        create_request_token_url(client),
        ok=(200, 201),
        opts=opts,
    )


def authorize_request_token(
    client: ServiceClient,
    request_token_id: str,
    opts: AuthorizeRequestTokenOpts,
) -> RequestTokenAuthorization:
    """Authorizes a request token for some of the caller's roles on the requested project,
    returning the verifier to hand to the consumer.

    PUT ``/OS-OAUTH1/authorize/{request_token_id}``

    Args:
        client: The identity v3 service client.
        request_token_id: The ID (OAuth token key) of the request token.
        opts: The options of the request (:class:`AuthorizeRequestTokenOpts`).
    """
    return client.call(
        "PUT",
        authorize_request_token_url(client, request_token_id),
        ok=(200,),
        opts=opts,
        response_key="token",
        response_type=RequestTokenAuthorization,
    )


def create_access_token(
    client: ServiceClient,
    opts: CreateAccessTokenOpts,
) -> Download:
    """Exchanges an authorized request token and its verifier for an access token. The answer is
    form-encoded: oauth_token, oauth_token_secret and, when access tokens expire,
    oauth_expires_at.

    POST ``/OS-OAUTH1/access_token``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`CreateAccessTokenOpts`).

    Returns:
        The form-encoded access token
        (oauth_token=...&oauth_token_secret=...&oauth_expires_at=...).
    """
    return client.download(
        "POST",
        create_access_token_url(client),
        ok=(200, 201),
        opts=opts,
    )


def list_access_tokens(
    client: ServiceClient,
    user_id: str,
) -> Pager[AccessToken]:
    """Lists the OAuth1 access tokens a user authorized.

    GET ``/users/{user_id}/OS-OAUTH1/access_tokens``

    Args:
        client: The identity v3 service client.
        user_id: The ID of the user.
    """
    return client.paginate(
        list_access_tokens_url(client, user_id),
        ok=(200,),
        item_type=AccessToken,
        response_key="access_tokens",
        style=PageStyle("next", next_key="links.next"),
    )


def get_access_token(
    client: ServiceClient,
    user_id: str,
    access_token_id: str,
) -> AccessToken:
    """Shows an OAuth1 access token of a user.

    GET ``/users/{user_id}/OS-OAUTH1/access_tokens/{access_token_id}``

    Args:
        client: The identity v3 service client.
        user_id: The ID of the user.
        access_token_id: The ID of the access token.
    """
    return client.call(
        "GET",
        get_access_token_url(client, user_id, access_token_id),
        ok=(200,),
        response_key="access_token",
        response_type=AccessToken,
    )


def revoke_access_token(
    client: ServiceClient,
    user_id: str,
    access_token_id: str,
) -> None:
    """Revokes an OAuth1 access token, and the tokens issued through it.

    DELETE ``/users/{user_id}/OS-OAUTH1/access_tokens/{access_token_id}``

    Args:
        client: The identity v3 service client.
        user_id: The ID of the user.
        access_token_id: The ID of the access token.
    """
    client.call(
        "DELETE",
        get_access_token_url(client, user_id, access_token_id),
        ok=(204,),
    )


def list_access_token_roles(
    client: ServiceClient,
    user_id: str,
    access_token_id: str,
) -> Pager[AccessTokenRole]:
    """Lists the roles delegated through an OAuth1 access token.

    GET ``/users/{user_id}/OS-OAUTH1/access_tokens/{access_token_id}/roles``

    Args:
        client: The identity v3 service client.
        user_id: The ID of the user.
        access_token_id: The ID of the access token.
    """
    return client.paginate(
        list_access_token_roles_url(client, user_id, access_token_id),
        ok=(200,),
        item_type=AccessTokenRole,
        response_key="roles",
        style=PageStyle("next", next_key="links.next"),
    )


def get_access_token_role(
    client: ServiceClient,
    user_id: str,
    access_token_id: str,
    role_id: str,
) -> AccessTokenRole:
    """Shows a role delegated through an OAuth1 access token.

    GET ``/users/{user_id}/OS-OAUTH1/access_tokens/{access_token_id}/roles/{role_id}``

    Args:
        client: The identity v3 service client.
        user_id: The ID of the user.
        access_token_id: The ID of the access token.
        role_id: The ID of the role.
    """
    return client.call(
        "GET",
        get_access_token_role_url(client, user_id, access_token_id, role_id),
        ok=(200,),
        response_key="role",
        response_type=AccessTokenRole,
    )
