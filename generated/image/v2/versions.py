"""The version documents of the image API: which major and minor versions the service offers.
Neither call needs a token.
"""

# Generated from specs/image/v2/versions.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins

from typedstack.runtime import UNSET, Model, ServiceClient, UnsetType

__all__ = [
    "Version",
    "Link",
    "list",
    "list_v2",
    "list_url",
    "list_v2_url",
]


class Version(Model):
    """A version of the image API."""

    id: str
    """The version, such as v2.16."""

    status: str | UnsetType | None = UNSET
    """CURRENT, SUPPORTED, EXPERIMENTAL or DEPRECATED."""

    links: builtins.list[Link] | UnsetType | None = UNSET
    """Links to the version's endpoint."""


class Link(Model):
    """A link."""

    href: str | UnsetType | None = UNSET
    """The URL."""

    rel: str | UnsetType | None = UNSET
    """The relation, such as self."""


def list_url(client: ServiceClient) -> str:
    """The URL `/`."""
    return client.root_url("/")


def list_v2_url(client: ServiceClient) -> str:
    """The URL `/versions`."""
    return client.root_url("/versions")


def list(
    client: ServiceClient,
) -> builtins.list[Version]:
    """Lists the versions of the API, from the service root.

    GET ``/``

    Args:
        client: The image v2 service client.
    """
    return client.call(
        "GET",
        list_url(client),
        ok=(200, 300),
        response_key="versions",
        response_type=builtins.list[Version],
    )


def list_v2(
    client: ServiceClient,
) -> builtins.list[Version]:
    """Lists the versions of the API, from /versions.

    GET ``/versions``

    Args:
        client: The image v2 service client.
    """
    return client.call(
        "GET",
        list_v2_url(client),
        ok=(200,),
        response_key="versions",
        response_type=builtins.list[Version],
    )
