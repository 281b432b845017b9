"""The version documents of the block-storage API: which major versions the service offers and,
for v3, the range of microversions it supports. Neither call needs a token.
"""

# Generated from specs/block_storage/v3/versions.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime

import msgspec

from typedstack.runtime import UNSET, Model, ServiceClient, UnsetType

__all__ = [
    "Version",
    "Link",
    "MediaType",
    "list",
    "get_v3",
    "list_url",
    "get_v3_url",
]


class Version(Model):
    """A major version of the API and its microversion range."""

    id: str
    """The name of the version, such as v3.0."""

    status: str | UnsetType | None = UNSET
    """CURRENT (preferred), SUPPORTED or DEPRECATED."""

    version: str | UnsetType | None = UNSET
    """The highest microversion supported, or \"" for a version without microversions."""

    min_version: str | UnsetType | None = UNSET
    """The lowest microversion supported, or \"" for a version without microversions."""

    updated: datetime.datetime | UnsetType | None = UNSET
    """A fixed timestamp of the version's last change."""

    links: builtins.list[Link] | UnsetType | None = UNSET
    """Links to the version's endpoint and documentation."""

    media_types: builtins.list[MediaType] | UnsetType | None = msgspec.field(
        default=UNSET, name="media-types"
    )
    """The media types of the version (vestigial)."""


class Link(Model):
    """A link."""

    href: str | UnsetType | None = UNSET
    """The URL."""

    rel: str | UnsetType | None = UNSET
    """The relation, such as self or describedby."""

    type: str | UnsetType | None = UNSET
    """The media type of the target, when given."""


class MediaType(Model):
    """A media type of a version."""

    base: str | UnsetType | None = UNSET
    """The base media type, application/json."""

    type: str | UnsetType | None = UNSET
    """The versioned media type."""


def list_url(client: ServiceClient) -> str:
    """The URL `/`."""
    return client.root_url("/")


def get_v3_url(client: ServiceClient) -> str:
    """The URL `/v3/`."""
    return client.root_url("/v3/")


def list(
    client: ServiceClient,
) -> builtins.list[Version]:
    """Lists the major versions of the API (the document at the service root, above the versioned
    endpoint).

    GET ``/``

    Args:
        client: The block-storage v3 service client.
    """
    return client.call(
        "GET",
        list_url(client),
        ok=(200, 202, 300),
        response_key="versions",
        response_type=builtins.list[Version],
    )


def get_v3(
    client: ServiceClient,
) -> builtins.list[Version]:
    """Shows the v3 API and its microversion range (a list holding the one version).

    GET ``/v3/``

    Args:
        client: The block-storage v3 service client.
    """
    return client.call(
        "GET",
        get_v3_url(client),
        ok=(200,),
        response_key="versions",
        response_type=builtins.list[Version],
    )
