"""Blocklists (called blacklists in the API and its URLs) are regular expressions of zone names
that may not be created. Managing them is normally reserved to administrators.
"""

# Generated from specs/dns/v2/blocklists.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import datetime
from typing import ClassVar

import msgspec

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "Blocklist",
    "ListOpts",
    "CreateOpts",
    "GetOpts",
    "UpdateOpts",
    "DeleteOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "list_url",
    "resource_url",
]


class Blocklist(Model):
    """A pattern of zone names that may not be created."""

    id: str
    """The ID of the blocklist entry."""

    pattern: str | UnsetType | None = UNSET
    """The regular expression that blocked zone names match."""

    description: str | UnsetType | None = UNSET
    """A free-text note about the entry."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the entry was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the entry was last changed, or null if it never was."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the entry itself (under `self`)."""


class ListOpts(Options):
    """Options for :func:`list`."""

    pattern: str | UnsetType = UNSET
    """Only entries with this pattern."""

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts across all projects (needs the matching role)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the request came from this project (needs the matching role)."""

    locations: ClassVar[dict[str, str]] = {
        "pattern": "query",
        "all_projects": "header",
        "sudo_project_id": "header",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    pattern: str
    """The regular expression of the zone names to block."""

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts across all projects (needs the matching role)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the request came from this project (needs the matching role)."""

    description: str | UnsetType = UNSET
    """A free-text note about the entry."""

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


class UpdateOpts(Options):
    """Options for :func:`update`."""

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts across all projects (needs the matching role)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the request came from this project (needs the matching role)."""

    pattern: str | UnsetType = UNSET
    """The new regular expression."""

    description: str | UnsetType | None = UNSET
    """The new note about the entry (null clears it)."""

    locations: ClassVar[dict[str, str]] = {
        "all_projects": "header",
        "sudo_project_id": "header",
    }


class DeleteOpts(Options):
    """Options for :func:`delete`."""

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts across all projects (needs the matching role)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the request came from this project (needs the matching role)."""

    locations: ClassVar[dict[str, str]] = {
        "all_projects": "header",
        "sudo_project_id": "header",
    }


def list_url(client: ServiceClient) -> str:
    """The URL `/blacklists`."""
    return client.url("/blacklists")


def resource_url(client: ServiceClient, blocklist_id: str) -> str:
    """The URL `/blacklists/{blacklist_id}`."""
    return client.url("/blacklists/{blocklist_id}", blocklist_id=blocklist_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Blocklist]:
    """Lists the blocklist entries.

    GET ``/blacklists``

    Args:
        client: The dns v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Blocklist,
        response_key="blacklists",
        style=PageStyle("next", next_key="links.next"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> Blocklist:
    """Adds a blocklist entry.

    POST ``/blacklists``

    Args:
        client: The dns v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        response_type=Blocklist,
    )


def get(
    client: ServiceClient,
    blocklist_id: str,
    opts: GetOpts | None = None,
) -> Blocklist:
    """Shows a blocklist entry.

    GET ``/blacklists/{blacklist_id}``

    Args:
        client: The dns v2 service client.
        blocklist_id: The ID of the blocklist entry.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, blocklist_id),
        ok=(200,),
        opts=opts,
        response_type=Blocklist,
    )


def update(
    client: ServiceClient,
    blocklist_id: str,
    opts: UpdateOpts,
) -> Blocklist:
    """Changes the pattern or description of a blocklist entry.

    PATCH ``/blacklists/{blacklist_id}``

    Args:
        client: The dns v2 service client.
        blocklist_id: The ID of the blocklist entry.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PATCH",
        resource_url(client, blocklist_id),
        ok=(200,),
        opts=opts,
        response_type=Blocklist,
    )


def delete(
    client: ServiceClient,
    blocklist_id: str,
    opts: DeleteOpts | None = None,
) -> None:
    """Removes a blocklist entry.

    DELETE ``/blacklists/{blacklist_id}``

    Args:
        client: The dns v2 service client.
        blocklist_id: The ID of the blocklist entry.
        opts: The options of the request (:class:`DeleteOpts`).
    """
    client.call(
        "DELETE",
        resource_url(client, blocklist_id),
        ok=(204,),
        opts=opts,
    )
