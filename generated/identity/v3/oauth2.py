"""OAuth 2.0 client credentials grant (OS-OAUTH2): a client gets a bearer access token,
authenticating either with an application credential (ID and secret in HTTP Basic auth) or
with a TLS client certificate.
"""

# Generated from specs/identity/v3/oauth2.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import ClassVar, Literal

import msgspec

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "OAuth2Token",
    "CreateTokenOpts",
    "create_token",
    "create_token_url",
]


class OAuth2Token(Model):
    """An OAuth 2.0 access token."""

    access_token: str
    """The access token, to send as a bearer token."""

    token_type: str
    """The type of the token; always Bearer."""

    expires_in: int
    """The lifetime of the token, in seconds."""

    secret_fields: ClassVar[frozenset[str]] = frozenset({"access_token"})


class CreateTokenOpts(Options):
    """Options for :func:`create_token`."""

    grant_type: Literal["client_credentials"]
    """The grant type; only client_credentials is supported."""

    authorization: str | UnsetType = msgspec.field(default=UNSET, name="Authorization")
    """HTTP Basic credentials (application credential ID and secret), for client secret
    authentication; leave out with mutual TLS.
    """

    client_id: str | UnsetType = UNSET
    """The ID of the user, for mutual TLS client authentication."""

    locations: ClassVar[dict[str, str]] = {
        "authorization": "header",
    }


def create_token_url(client: ServiceClient) -> str:
    """The URL `/OS-OAUTH2/token`."""
    return client.url("/OS-OAUTH2/token")


def create_token(
    client: ServiceClient,
    opts: CreateTokenOpts,
) -> OAuth2Token:
    """Issues an OAuth 2.0 access token with the client credentials grant. The request is form-
    encoded.

    POST ``/OS-OAUTH2/token``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`CreateTokenOpts`).
    """
    return client.call(
        "POST",
        create_token_url(client),
        ok=(200,),
        opts=opts,
        content_type="application/x-www-form-urlencoded",
        response_type=OAuth2Token,
    )
