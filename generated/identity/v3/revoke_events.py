"""Token revocation events (OS-REVOKE). Each event describes a set of tokens that are no longer
valid: every token matching all of its criteria and issued before issued_before is revoked.
Events have no ID.
"""

# Generated from specs/identity/v3/revoke_events.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from typing import ClassVar

import msgspec

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "RevokeEvent",
    "ListOpts",
    "list",
    "list_url",
]


class RevokeEvent(Model):
    """A revocation event."""

    issued_before: datetime.datetime
    """Tokens issued before this time that match the other criteria are revoked."""

    user_id: str | UnsetType | None = UNSET
    """Revokes tokens of this user."""

    project_id: str | UnsetType | None = UNSET
    """Revokes tokens scoped to this project."""

    domain_id: str | UnsetType | None = UNSET
    """Revokes tokens scoped to this domain."""

    role_id: str | UnsetType | None = UNSET
    """Revokes tokens carrying this role."""

    audit_id: str | UnsetType | None = UNSET
    """Revokes the single token with this audit ID."""

    audit_chain_id: str | UnsetType | None = UNSET
    """Revokes every token of the chain that starts with the token of this audit ID."""

    trust_id: str | UnsetType | None = msgspec.field(default=UNSET, name="OS-TRUST:trust_id")
    """Revokes tokens issued from this trust."""

    consumer_id: str | UnsetType | None = msgspec.field(
        default=UNSET, name="OS-OAUTH1:consumer_id"
    )
    """Revokes tokens issued to this OAuth1 consumer."""

    access_token_id: str | UnsetType | None = msgspec.field(
        default=UNSET, name="OS-OAUTH1:access_token_id"
    )
    """Revokes tokens issued through this OAuth1 access token."""

    expires_at: datetime.datetime | UnsetType | None = UNSET
    """Revokes tokens with exactly this expiry time (deprecated in favour of audit IDs)."""


class ListOpts(Options):
    """Options for :func:`list`."""

    since: str | UnsetType = UNSET
    """Only list events that happened at or after this time (ISO 8601)."""

    locations: ClassVar[dict[str, str]] = {
        "since": "query",
    }


def list_url(client: ServiceClient) -> str:
    """The URL `/OS-REVOKE/events`."""
    return client.url("/OS-REVOKE/events")


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> builtins.list[RevokeEvent]:
    """Lists revocation events. The Date header of the response is the time of the latest event, to
    pass as since next time.

    GET ``/OS-REVOKE/events``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.call(
        "GET",
        list_url(client),
        ok=(200,),
        opts=opts,
        response_key="events",
        response_type=builtins.list[RevokeEvent],
    )
