"""The root document of the placement endpoint: its single major version and the range of
microversions it supports.
"""

# Generated from specs/placement/v1/versions.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins

from typedstack.runtime import UNSET, Model, ServiceClient, UnsetType

__all__ = [
    "Version",
    "Link",
    "list",
    "list_url",
]


class Version(Model):
    """A major version of the placement API."""

    id: str
    """The name of the version (v1.0); informative only."""

    min_version: str
    """The oldest microversion the service supports."""

    max_version: str
    """The newest microversion the service supports."""

    status: str
    """The status of the version (CURRENT)."""

    links: builtins.list[Link] | UnsetType | None = UNSET
    """Links describing the version."""


class Link(Model):
    """A link to a related resource."""

    href: str
    """The URL of the linked resource."""

    rel: str
    """The relation of the link."""


def list_url(client: ServiceClient) -> str:
    """The URL `/`."""
    return client.url("/")


def list(
    client: ServiceClient,
) -> builtins.list[Version]:
    """Lists the versions of the placement API and their microversion ranges.

    GET ``/``

    Args:
        client: The placement v1 service client.
    """
    return client.call(
        "GET",
        list_url(client),
        ok=(200,),
        response_key="versions",
        response_type=builtins.list[Version],
    )
