"""The API extensions the block-storage service has loaded (a legacy listing)."""

# Generated from specs/block_storage/v3/extensions.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime

from typedstack.runtime import UNSET, Model, ServiceClient, UnsetType

__all__ = [
    "Extension",
    "Link",
    "list",
    "list_url",
]


class Extension(Model):
    """An API extension."""

    alias: str
    """The short name of the extension, such as os-hosts."""

    name: str | UnsetType | None = UNSET
    """The name of the extension, such as Hosts."""

    description: str | UnsetType | None = UNSET
    """What the extension adds."""

    namespace: str | UnsetType | None = UNSET
    """A legacy namespace URL of the extension, when given."""

    updated: datetime.datetime | UnsetType | None = UNSET
    """When the extension was last changed."""

    links: builtins.list[Link] | UnsetType | None = UNSET
    """Links about the extension; usually empty."""


class Link(Model):
    """A link."""

    href: str | UnsetType | None = UNSET
    """The URL."""

    rel: str | UnsetType | None = UNSET
    """The relation, such as describedby."""

    type: str | UnsetType | None = UNSET
    """The media type of the target, when given."""


def list_url(client: ServiceClient) -> str:
    """The URL `/extensions`."""
    return client.url("/extensions")


def list(
    client: ServiceClient,
) -> builtins.list[Extension]:
    """Lists the loaded API extensions.

    GET ``/extensions``

    Args:
        client: The block-storage v3 service client.
    """
    return client.call(
        "GET",
        list_url(client),
        ok=(200,),
        response_key="extensions",
        response_type=builtins.list[Extension],
    )
