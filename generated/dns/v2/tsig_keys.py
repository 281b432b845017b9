"""TSIG keys are shared secrets that sign DNS messages exchanged between Designate and the name
servers of a pool or zone (transaction signatures). Managing them is normally reserved to
administrators.
"""

# Generated from specs/dns/v2/tsig_keys.yaml by `python -m generator`. Do not edit:
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
    "TsigKey",
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


class TsigKey(Model):
    """A TSIG key."""

    id: str
    """The ID of the TSIG key."""

    resource_id: str | UnsetType | None = UNSET
    """The ID of the pool or zone the key belongs to, depending on its scope."""

    name: str | UnsetType | None = UNSET
    """The name of the key, as the name servers know it."""

    scope: str | UnsetType | None = UNSET
    """Whether the key serves a whole pool (POOL) or a single zone (ZONE)."""

    secret: str | UnsetType | None = UNSET
    """The shared secret itself."""

    algorithm: str | UnsetType | None = UNSET
    """The HMAC algorithm the key signs with."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the key was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the key was last changed, or null if it never was."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the key itself (under `self`)."""

    secret_fields: ClassVar[frozenset[str]] = frozenset({"secret"})


class ListOpts(Options):
    """Options for :func:`list`."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last key of the previous page."""

    sort_key: str | UnsetType = UNSET
    """The attribute to sort by (created_at by default)."""

    sort_dir: Literal["asc", "desc"] | UnsetType = UNSET
    """The sort direction."""

    name: str | UnsetType = UNSET
    """Only keys with this name."""

    algorithm: str | UnsetType = UNSET
    """Only keys using this algorithm."""

    scope: Literal["POOL", "ZONE"] | UnsetType = UNSET
    """Only keys of this scope."""

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
        "algorithm": "query",
        "scope": "query",
        "all_projects": "header",
        "sudo_project_id": "header",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    name: str
    """The name of the key."""

    algorithm: str
    """The HMAC algorithm the key signs with."""

    secret: str
    """The shared secret (usually base64 encoded)."""

    scope: Literal["POOL", "ZONE"]
    """Whether the key serves a pool (POOL) or a zone (ZONE)."""

    resource_id: str
    """The ID of the pool or zone, matching the scope."""

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts across all projects (needs the matching role)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the request came from this project (needs the matching role)."""

    locations: ClassVar[dict[str, str]] = {
        "all_projects": "header",
        "sudo_project_id": "header",
    }

    secret_fields: ClassVar[frozenset[str]] = frozenset({"secret"})


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
    """The new name of the key."""

    algorithm: str | UnsetType = UNSET
    """The new HMAC algorithm."""

    secret: str | UnsetType = UNSET
    """The new shared secret."""

    scope: Literal["POOL", "ZONE"] | UnsetType = UNSET
    """The new scope."""

    resource_id: str | UnsetType = UNSET
    """The ID of the pool or zone the key now belongs to."""

    locations: ClassVar[dict[str, str]] = {
        "all_projects": "header",
        "sudo_project_id": "header",
    }

    secret_fields: ClassVar[frozenset[str]] = frozenset({"secret"})


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
    """The URL `/tsigkeys`."""
    return client.url("/tsigkeys")


def resource_url(client: ServiceClient, tsigkey_id: str) -> str:
    """The URL `/tsigkeys/{tsigkey_id}`."""
    return client.url("/tsigkeys/{tsigkey_id}", tsigkey_id=tsigkey_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[TsigKey]:
    """Lists the TSIG keys.

    GET ``/tsigkeys``

    Args:
        client: The dns v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=TsigKey,
        response_key="tsigkeys",
        style=PageStyle("next", next_key="links.next"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> TsigKey:
    """Creates a TSIG key.

    POST ``/tsigkeys``

    Args:
        client: The dns v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        response_type=TsigKey,
    )


def get(
    client: ServiceClient,
    tsigkey_id: str,
    opts: GetOpts | None = None,
) -> TsigKey:
    """Shows a TSIG key.

    GET ``/tsigkeys/{tsigkey_id}``

    Args:
        client: The dns v2 service client.
        tsigkey_id: The ID of the TSIG key.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, tsigkey_id),
        ok=(200,),
        opts=opts,
        response_type=TsigKey,
    )


def update(
    client: ServiceClient,
    tsigkey_id: str,
    opts: UpdateOpts,
) -> TsigKey:
    """Changes attributes of a TSIG key.

    PATCH ``/tsigkeys/{tsigkey_id}``

    Args:
        client: The dns v2 service client.
        tsigkey_id: The ID of the TSIG key.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PATCH",
        resource_url(client, tsigkey_id),
        ok=(200,),
        opts=opts,
        response_type=TsigKey,
    )


def delete(
    client: ServiceClient,
    tsigkey_id: str,
    opts: DeleteOpts | None = None,
) -> None:
    """Deletes a TSIG key.

    DELETE ``/tsigkeys/{tsigkey_id}``

    Args:
        client: The dns v2 service client.
        tsigkey_id: The ID of the TSIG key.
        opts: The options of the request (:class:`DeleteOpts`).
    """
    client.call(
        "DELETE",
        resource_url(client, tsigkey_id),
        ok=(204,),
        opts=opts,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> TsigKey:
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
        what="TsigKey",
    )
