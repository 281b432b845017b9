"""Pools are the groups of DNS servers zones are hosted on; operators define them in Designate's
configuration, the API shows them read-only.
"""

# Generated from specs/dns/v2/pools.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

import msgspec

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "Pool",
    "NsRecord",
    "ListOpts",
    "GetOpts",
    "list",
    "get",
    "list_url",
    "resource_url",
]


class Pool(Model):
    """A group of DNS servers that hosts zones."""

    id: str
    """The ID of the pool."""

    name: str | UnsetType | None = UNSET
    """The name of the pool."""

    description: str | UnsetType | None = UNSET
    """A free-text note about the pool."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the pool, if any."""

    attributes: dict[str, Any] | UnsetType | None = UNSET
    """Key-value properties the scheduler matches when it places zones on pools."""

    ns_records: builtins.list[NsRecord] | UnsetType | None = UNSET
    """The name servers that zones of this pool are delegated to."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the pool was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the pool was last changed, or null if it never was."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the pool itself (under `self`)."""


class NsRecord(Model):
    """One name server of a pool."""

    hostname: str | UnsetType | None = UNSET
    """The host name of the name server (fully qualified, with the trailing dot)."""

    priority: int | UnsetType | None = UNSET
    """The order of the name server among those of the pool (lower first)."""


class ListOpts(Options):
    """Options for :func:`list`."""

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts across all projects (needs the matching role)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the request came from this project (needs the matching role)."""

    locations: ClassVar[dict[str, str]] = {
        "all_projects": "header",
        "sudo_project_id": "header",
    }


class GetOpts(Options):
    """Options for :func:`get`."""

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts across all projects (needs the matching role)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the request came from this project (needs the matching role)."""

    locations: ClassVar[dict[str, str]] = {
        "all_projects": "header",
        "sudo_project_id": "header",
    }


def list_url(client: ServiceClient) -> str:
    """The URL `/pools`."""
    return client.url("/pools")


def resource_url(client: ServiceClient, pool_id: str) -> str:
    """The URL `/pools/{pool_id}`."""
    return client.url("/pools/{pool_id}", pool_id=pool_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Pool]:
    """Lists the pools.

    GET ``/pools``

    Args:
        client: The dns v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Pool,
        response_key="pools",
        style=PageStyle("next", next_key="links.next", count_key="metadata.total_count"),
        opts=opts,
    )


def get(
    client: ServiceClient,
    pool_id: str,
    opts: GetOpts | None = None,
) -> Pool:
    """Shows a pool.

    GET ``/pools/{pool_id}``

    Args:
        client: The dns v2 service client.
        pool_id: The ID of the pool.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, pool_id),
        ok=(200,),
        opts=opts,
        response_type=Pool,
    )
