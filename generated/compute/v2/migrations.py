"""Migrations of servers across the whole deployment (cold and live migrations, resizes,
evacuations), for administrators. The migrations of a single server are under
/servers/{server_id}/migrations.
"""

# Generated from specs/compute/v2/migrations.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from typing import ClassVar, Literal

import msgspec

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "Migration",
    "Link",
    "ListOpts",
    "list",
    "list_url",
]


class Migration(Model):
    """A server migration."""

    id: int
    """The ID of the migration."""

    uuid: str | UnsetType | None = UNSET
    """The UUID of the migration."""

    instance_uuid: str | UnsetType | None = UNSET
    """The UUID of the server."""

    migration_type: str | UnsetType | None = UNSET
    """The type of the migration, one of live-migration, migration, resize and evacuation."""

    status: str | UnsetType | None = UNSET
    """The current status of the migration."""

    source_compute: str | UnsetType | None = UNSET
    """The source compute service host."""

    source_node: str | UnsetType | None = UNSET
    """The source node, or null if pre-migration checks failed."""

    dest_compute: str | UnsetType | None = UNSET
    """The destination compute service host."""

    dest_host: str | UnsetType | None = UNSET
    """The destination host IP."""

    dest_node: str | UnsetType | None = UNSET
    """The destination node, or null if pre-migration checks failed."""

    old_instance_type_id: int | UnsetType | None = UNSET
    """The internal ID of the server's flavor when the migration started (not a flavor API ID)."""

    new_instance_type_id: int | UnsetType | None = UNSET
    """The internal ID of the flavor resized to, or of the unchanged flavor (not a flavor API
    ID).
    """

    user_id: str | UnsetType | None = UNSET
    """The ID of the user that started the migration, or null for old records."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that started the migration, or null for old records."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the migration was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the migration last changed, or null."""

    links: builtins.list[Link] | UnsetType | None = UNSET
    """Links to the server migration; only for live migrations still in progress."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("uuid", "2.59", None),
        ("migration_type", "2.23", None),
        ("user_id", "2.80", None),
        ("project_id", "2.80", None),
        ("links", "2.23", None),
    )


class Link(Model):
    """A link to a resource."""

    href: str | UnsetType | None = UNSET
    """The URL."""

    rel: str | UnsetType | None = UNSET
    """The relation, such as self or bookmark."""


class ListOpts(Options):
    """Options for :func:`list`."""

    hidden: int | UnsetType = UNSET
    """Filters by the hidden flag (0 or 1); migrations are never hidden, so it filters nothing."""

    host: str | UnsetType = UNSET
    """Only migrations from or to this compute host."""

    instance_uuid: str | UnsetType = UNSET
    """Only migrations of this server."""

    migration_type: Literal["evacuation", "live-migration", "migration", "resize"] | UnsetType = (
        UNSET
    )
    """Only migrations of this type."""

    source_compute: str | UnsetType = UNSET
    """Only migrations from this compute host."""

    status: str | UnsetType = UNSET
    """Only migrations in this status."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The UUID of the last migration of the previous page."""

    changes_since: datetime.datetime | UnsetType = msgspec.field(
        default=UNSET, name="changes-since"
    )
    """Only migrations changed at or after this time."""

    changes_before: datetime.datetime | UnsetType = msgspec.field(
        default=UNSET, name="changes-before"
    )
    """Only migrations changed at or before this time."""

    user_id: str | UnsetType = UNSET
    """Only migrations started by this user."""

    project_id: str | UnsetType = UNSET
    """Only migrations started in this project."""

    locations: ClassVar[dict[str, str]] = {
        "hidden": "query",
        "host": "query",
        "instance_uuid": "query",
        "migration_type": "query",
        "source_compute": "query",
        "status": "query",
        "limit": "query",
        "marker": "query",
        "changes_since": "query",
        "changes_before": "query",
        "user_id": "query",
        "project_id": "query",
    }

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "limit": ("2.59", None),
        "marker": ("2.59", None),
        "changes_since": ("2.59", None),
        "changes_before": ("2.66", None),
        "user_id": ("2.80", None),
        "project_id": ("2.80", None),
    }


def list_url(client: ServiceClient) -> str:
    """The URL `/os-migrations`."""
    return client.url("/os-migrations")


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Migration]:
    """Lists migrations, newest first, optionally filtered.

    GET ``/os-migrations``

    Args:
        client: The compute v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Migration,
        response_key="migrations",
        style=PageStyle("links", links_key="migrations_links"),
        opts=opts,
    )
