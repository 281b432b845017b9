"""API extensions: the optional features the Neutron server has loaded, each known by its alias."""

# Generated from specs/network/v2/extensions.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins

from typedstack.runtime import UNSET, Model, ServiceClient, UnsetType

__all__ = [
    "Extension",
    "list",
    "get",
    "list_url",
    "resource_url",
]


class Extension(Model):
    """An extension of the networking API."""

    alias: str
    """The short name that identifies the extension, such as router."""

    name: str | UnsetType | None = UNSET
    """The human-readable name of the extension."""

    description: str | UnsetType | None = UNSET
    """What the extension adds."""

    updated: str | UnsetType | None = UNSET
    """When the extension was last changed (a timestamp string, not always RFC 3339)."""

    links: builtins.list[dict[str, str]] | UnsetType | None = UNSET
    """Links about the extension (usually none)."""


def list_url(client: ServiceClient) -> str:
    """The URL `/extensions`."""
    return client.url("/extensions")


def resource_url(client: ServiceClient, alias: str) -> str:
    """The URL `/extensions/{alias}`."""
    return client.url("/extensions/{alias}", alias=alias)


def list(
    client: ServiceClient,
) -> builtins.list[Extension]:
    """Lists the extensions the server has loaded.

    GET ``/extensions``

    Args:
        client: The network v2 service client.
    """
    return client.call(
        "GET",
        list_url(client),
        ok=(200,),
        response_key="extensions",
        response_type=builtins.list[Extension],
    )


def get(
    client: ServiceClient,
    alias: str,
) -> Extension:
    """Shows an extension.

    GET ``/extensions/{alias}``

    Args:
        client: The network v2 service client.
        alias: The alias of the extension.
    """
    return client.call(
        "GET",
        resource_url(client, alias),
        ok=(200,),
        response_key="extension",
        response_type=Extension,
    )
