"""The version documents of the networking API: the versions the server offers (only v2.0) and
the resource collections of v2.0.
"""

# Generated from specs/network/v2/versions.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins

from typedstack.runtime import UNSET, Model, ServiceClient, UnsetType

__all__ = [
    "Version",
    "Link",
    "ApiResource",
    "list",
    "list_resources",
    "list_url",
    "list_resources_url",
]


class Version(Model):
    """A version of the API."""

    id: str
    """The name of the version, v2.0."""

    status: str | UnsetType | None = UNSET
    """CURRENT for the preferred version."""

    links: builtins.list[Link] | UnsetType | None = UNSET
    """Links to the version's endpoint."""


class Link(Model):
    """A link."""

    href: str | UnsetType | None = UNSET
    """The URL."""

    rel: str | UnsetType | None = UNSET
    """The relation, such as self."""


class ApiResource(Model):
    """A collection the version of the API offers."""

    name: str
    """The singular name of the resource, such as network."""

    collection: str | UnsetType | None = UNSET
    """The collection name as it appears in URLs, such as networks."""

    links: builtins.list[Link] | UnsetType | None = UNSET
    """Links to the collection."""


def list_url(client: ServiceClient) -> str:
    """The URL `/`."""
    return client.root_url("/")


def list_resources_url(client: ServiceClient) -> str:
    """The URL `/`."""
    return client.url("/")


def list(
    client: ServiceClient,
) -> builtins.list[Version]:
    """Lists the versions of the API (the document at the service root, above the versioned
    endpoint).

    GET ``/``

    Args:
        client: The network v2 service client.
    """
    return client.call(
        "GET",
        list_url(client),
        ok=(200, 300),
        response_key="versions",
        response_type=builtins.list[Version],
    )


def list_resources(
    client: ServiceClient,
) -> builtins.list[ApiResource]:
    """Lists the resource collections of this version of the API (the document at the versioned
    endpoint, GET /v2.0/).

    GET ``/``

    Args:
        client: The network v2 service client.
    """
    return client.call(
        "GET",
        list_resources_url(client),
        ok=(200,),
        response_key="resources",
        response_type=builtins.list[ApiResource],
    )
