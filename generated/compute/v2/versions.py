"""The version documents of the compute API: which major versions the service offers and, for
each, the range of microversions it supports. Neither call needs a token.
"""

# Generated from specs/compute/v2/versions.yaml by `python -m generator`. Do not edit:
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
    "get",
    "list_url",
    "resource_url",
]


class Version(Model):
    """A major version of the API and its microversion range."""

    id: str
    """The name of the version, such as v2.1."""

    status: str | UnsetType | None = UNSET
    """CURRENT (preferred), SUPPORTED or DEPRECATED."""

    version: str | UnsetType | None = UNSET
    """The highest microversion supported, or \"" for a version without microversions."""

    min_version: str | UnsetType | None = UNSET
    """The lowest microversion supported, or \"" for a version without microversions."""

    updated: datetime.datetime | UnsetType | None = UNSET
    """A fixed, meaningless timestamp."""

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


def resource_url(client: ServiceClient, api_version: str) -> str:
    """The URL `/{api_version}/`."""
    return client.root_url("/{api_version}/", api_version=api_version)


def list(
    client: ServiceClient,
) -> builtins.list[Version]:
    """Lists the major versions of the API (the document at the service root, above the versioned
    endpoint).

    GET ``/``

    Args:
        client: The compute v2 service client.
    """
    return client.call(
        "GET",
        list_url(client),
        ok=(200, 300),
        response_key="versions",
        response_type=builtins.list[Version],
    )


def get(
    client: ServiceClient,
    api_version: str,
) -> Version:
    """Shows one major version (such as v2.1) and its microversion range.

    GET ``/{api_version}/``

    Args:
        client: The compute v2 service client.
        api_version: The version, such as v2.1.
    """
    return client.call(
        "GET",
        resource_url(client, api_version),
        ok=(200,),
        response_key="version",
        response_type=Version,
    )
