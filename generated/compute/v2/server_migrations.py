"""Live migrations in progress of a server (microversion 2.23 and later): list and show them,
force one to complete, or abort it.
"""

# Generated from specs/compute/v2/server_migrations.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from typing import ClassVar

from typedstack.runtime import UNSET, Model, ServiceClient, UnsetType

__all__ = [
    "ServerMigration",
    "list",
    "get",
    "abort",
    "force_complete",
    "list_url",
    "resource_url",
    "action_url",
]


class ServerMigration(Model):
    """An in-progress live migration of a server."""

    id: int
    """The ID of the migration."""

    uuid: str | UnsetType | None = UNSET
    """The UUID of the migration."""

    server_uuid: str | UnsetType | None = UNSET
    """The UUID of the server."""

    status: str | UnsetType | None = UNSET
    """The status of the migration, such as queued, preparing or running."""

    source_compute: str | UnsetType | None = UNSET
    """The source compute service."""

    source_node: str | UnsetType | None = UNSET
    """The source node, or null when pre-migration checks failed."""

    dest_compute: str | UnsetType | None = UNSET
    """The destination compute service."""

    dest_host: str | UnsetType | None = UNSET
    """The destination host."""

    dest_node: str | UnsetType | None = UNSET
    """The destination node, or null when pre-migration checks failed."""

    memory_total_bytes: int | UnsetType | None = UNSET
    """The memory to transfer, in bytes."""

    memory_processed_bytes: int | UnsetType | None = UNSET
    """The memory transferred so far, in bytes."""

    memory_remaining_bytes: int | UnsetType | None = UNSET
    """The memory left to transfer, in bytes."""

    disk_total_bytes: int | UnsetType | None = UNSET
    """The disk data to transfer, in bytes."""

    disk_processed_bytes: int | UnsetType | None = UNSET
    """The disk data transferred so far, in bytes."""

    disk_remaining_bytes: int | UnsetType | None = UNSET
    """The disk data left to transfer, in bytes."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the migration was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the migration was last updated."""

    user_id: str | UnsetType | None = UNSET
    """The ID of the user who started the migration (null for old records)."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that started the migration (null for old records)."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("uuid", "2.59", None),
        ("user_id", "2.80", None),
        ("project_id", "2.80", None),
    )


def list_url(client: ServiceClient, server_id: str) -> str:
    """The URL `/servers/{server_id}/migrations`."""
    return client.url("/servers/{server_id}/migrations", server_id=server_id)


def resource_url(client: ServiceClient, server_id: str, migration_id: str) -> str:
    """The URL `/servers/{server_id}/migrations/{migration_id}`."""
    return client.url(
        "/servers/{server_id}/migrations/{migration_id}",
        server_id=server_id,
        migration_id=migration_id,
    )


def action_url(client: ServiceClient, server_id: str, migration_id: str) -> str:
    """The URL `/servers/{server_id}/migrations/{migration_id}/action`."""
    return client.url(
        "/servers/{server_id}/migrations/{migration_id}/action",
        server_id=server_id,
        migration_id=migration_id,
    )


def list(
    client: ServiceClient,
    server_id: str,
) -> builtins.list[ServerMigration]:
    """Lists the in-progress live migrations of a server.

    Microversions: 2.23 and later.

    GET ``/servers/{server_id}/migrations``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
    """
    client.check_operation_version("server_migrations.list", "2.23", None)
    return client.call(
        "GET",
        list_url(client, server_id),
        ok=(200,),
        response_key="migrations",
        response_type=builtins.list[ServerMigration],
    )


def get(
    client: ServiceClient,
    server_id: str,
    migration_id: str,
) -> ServerMigration:
    """Shows an in-progress live migration of a server.

    Microversions: 2.23 and later.

    GET ``/servers/{server_id}/migrations/{migration_id}``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        migration_id: The ID of the migration (an integer).
    """
    client.check_operation_version("server_migrations.get", "2.23", None)
    return client.call(
        "GET",
        resource_url(client, server_id, migration_id),
        ok=(200,),
        response_key="migration",
        response_type=ServerMigration,
    )


def abort(
    client: ServiceClient,
    server_id: str,
    migration_id: str,
) -> None:
    """Aborts an in-progress live migration (running from 2.24; also queued or preparing ones from
    2.65).

    Microversions: 2.24 and later.

    DELETE ``/servers/{server_id}/migrations/{migration_id}``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        migration_id: The ID of the migration (an integer).
    """
    client.check_operation_version("server_migrations.abort", "2.24", None)
    client.call(
        "DELETE",
        resource_url(client, server_id, migration_id),
        ok=(202,),
    )


def force_complete(
    client: ServiceClient,
    server_id: str,
    migration_id: str,
) -> None:
    """Forces an in-progress live migration to complete (pausing the server if needed).

    Microversions: 2.22 and later.

    POST ``/servers/{server_id}/migrations/{migration_id}/action`` (action force_complete)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        migration_id: The ID of the migration (an integer).
    """
    client.check_operation_version("server_migrations.force_complete", "2.22", None)
    client.call(
        "POST",
        action_url(client, server_id, migration_id),
        ok=(202,),
        body_key="force_complete",
        empty="null",
    )
