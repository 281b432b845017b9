"""The version documents of the compute API: which major versions the service offers and, for
each, the range of microversions it supports. Neither call needs a token.
"""

# Generated from specs/compute/v2/versions.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable

import msgspec

from typedstack.runtime import UNSET, Model, ServiceClient, UnsetType, waiters

__all__ = [
    "Version",
    "Link",
    "MediaType",
    "list",
    "get",
    "list_url",
    "resource_url",
    "wait_for_status",
    "wait_for_delete",
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


def wait_for_status(
    client: ServiceClient,
    api_version: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    predicate: Callable[[Version], bool] | None = None,
) -> Version:
    """Polls get until status is one of status (and predicate holds).

    Failure statuses (ERROR, error) raise ResourceFailed at once.
    Returns the resource; WaitTimeout after timeout seconds.
    """
    return waiters.wait_for_status(
        lambda: get(client, api_version),
        status,
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="Version",
        predicate=predicate,
    )


def wait_for_delete(
    client: ServiceClient,
    api_version: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
) -> None:
    """Polls get until it answers 404 (the resource is deleted).

    Failure statuses (ERROR, error) raise ResourceFailed at once;
    WaitTimeout after timeout seconds.
    """
    waiters.wait_for_delete(
        lambda: get(client, api_version),
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="Version",
    )
