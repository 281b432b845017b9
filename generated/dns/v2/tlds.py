"""TLDs are the top-level domains Designate accepts zones under. Once at least one is defined, a
zone may only be created beneath a listed TLD. Managing them is normally reserved to
administrators.
"""

# Generated from specs/dns/v2/tlds.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import datetime
from typing import ClassVar, Literal

import msgspec

from typedstack.runtime import (
    UNSET,
    Model,
    Options,
    Pager,
    PageStyle,
    ServiceClient,
    UnsetType,
    finding,
)

__all__ = [
    "Tld",
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
    "find",
]


class Tld(Model):
    """A top-level domain Designate accepts zones under."""

    id: str
    """The ID of the TLD."""

    name: str | UnsetType | None = UNSET
    """The domain name of the TLD (such as `com`)."""

    description: str | UnsetType | None = UNSET
    """A free-text note about the TLD."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the TLD was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the TLD was last changed, or null if it never was."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the TLD itself (under `self`)."""


class ListOpts(Options):
    """Options for :func:`list`."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last TLD of the previous page."""

    sort_key: str | UnsetType = UNSET
    """The attribute to sort by (created_at by default)."""

    sort_dir: Literal["asc", "desc"] | UnsetType = UNSET
    """The sort direction."""

    name: str | UnsetType = UNSET
    """Only TLDs with this name."""

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts across all projects (needs the matching role)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the request came from this project (needs the matching role)."""

    locations: ClassVar[dict[str, str]] = {
        "limit": "query",
        "marker": "query",
        "sort_key": "query",
        "sort_dir": "query",
        "name": "query",
        "all_projects": "header",
        "sudo_project_id": "header",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    name: str
    """The domain name of the TLD."""

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts across all projects (needs the matching role)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the request came from this project (needs the matching role)."""

    description: str | UnsetType = UNSET
    """A free-text note about the TLD."""

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

    name: str | UnsetType = UNSET
    """The new domain name of the TLD."""

    description: str | UnsetType | None = UNSET
    """The new note about the TLD (null clears it)."""

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
    """The URL `/tlds`."""
    return client.url("/tlds")


def resource_url(client: ServiceClient, tld_id: str) -> str:
    """The URL `/tlds/{tld_id}`."""
    return client.url("/tlds/{tld_id}", tld_id=tld_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Tld]:
    """Lists the TLDs.

    GET ``/tlds``

    Args:
        client: The dns v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Tld,
        response_key="tlds",
        style=PageStyle("next", next_key="links.next"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> Tld:
    """Creates a TLD.

    POST ``/tlds``

    Args:
        client: The dns v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        response_type=Tld,
    )


def get(
    client: ServiceClient,
    tld_id: str,
    opts: GetOpts | None = None,
) -> Tld:
    """Shows a TLD.

    GET ``/tlds/{tld_id}``

    Args:
        client: The dns v2 service client.
        tld_id: The ID of the TLD.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, tld_id),
        ok=(200,),
        opts=opts,
        response_type=Tld,
    )


def update(
    client: ServiceClient,
    tld_id: str,
    opts: UpdateOpts,
) -> Tld:
    """Changes the name or description of a TLD.

    PATCH ``/tlds/{tld_id}``

    Args:
        client: The dns v2 service client.
        tld_id: The ID of the TLD.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PATCH",
        resource_url(client, tld_id),
        ok=(200,),
        opts=opts,
        response_type=Tld,
    )


def delete(
    client: ServiceClient,
    tld_id: str,
    opts: DeleteOpts | None = None,
) -> None:
    """Deletes a TLD.

    DELETE ``/tlds/{tld_id}``

    Args:
        client: The dns v2 service client.
        tld_id: The ID of the TLD.
        opts: The options of the request (:class:`DeleteOpts`).
    """
    client.call(
        "DELETE",
        resource_url(client, tld_id),
        ok=(204,),
        opts=opts,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Tld:
    """Finds one by ID, else by exact name: get, then list filtered by name.

    Raises NotFound when none matches, MultipleMatches (naming every ID) when
    several have the name.
    """
    return finding.find(
        name_or_id,
        by_id=lambda id_: get(client, id_),
        by_name=lambda name: list(client, ListOpts(name=name)),
        name_of=lambda item: item.name,
        id_of=lambda item: item.id,
        what="Tld",
    )
