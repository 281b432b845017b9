"""Administrative actions on a backup, each a POST to /backups/{backup_id}/action whose body
names the action: reset the recorded status and force-delete a stuck backup.
"""

# Generated from specs/block_storage/v3/backup_actions.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typedstack.runtime import Options, ServiceClient

__all__ = [
    "ResetStatusOpts",
    "reset_status",
    "force_delete",
    "action_url",
]


class ResetStatusOpts(Options):
    """Options for :func:`reset_status`."""

    status: str
    """The status to record for the backup."""


def action_url(client: ServiceClient, backup_id: str) -> str:
    """The URL `/backups/{backup_id}/action`."""
    return client.url("/backups/{backup_id}/action", backup_id=backup_id)


def reset_status(
    client: ServiceClient,
    backup_id: str,
    opts: ResetStatusOpts,
) -> None:
    """Overwrites the recorded status of a backup without touching the backup storage (admins).

    POST ``/backups/{backup_id}/action`` (action os-reset_status)

    Args:
        client: The block-storage v3 service client.
        backup_id: The UUID of the backup.
        opts: The options of the request (:class:`ResetStatusOpts`).
    """
    client.call(
        "POST",
        action_url(client, backup_id),
        ok=(202,),
        opts=opts,
        body_key="os-reset_status",
        empty="object",
    )


def force_delete(
    client: ServiceClient,
    backup_id: str,
) -> None:
    """Deletes a backup whatever its status (admins).

    POST ``/backups/{backup_id}/action`` (action os-force_delete)

    Args:
        client: The block-storage v3 service client.
        backup_id: The UUID of the backup.
    """
    client.call(
        "POST",
        action_url(client, backup_id),
        ok=(202,),
        body_key="os-force_delete",
        empty="object",
    )
