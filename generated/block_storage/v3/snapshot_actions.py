"""Administrative actions on a snapshot, each a POST to /snapshots/{snapshot_id}/action whose
body names the action: reset the recorded status, report progress (used by volume drivers
such as remote file systems) and force-delete a stuck snapshot.
"""

# Generated from specs/block_storage/v3/snapshot_actions.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typedstack.runtime import UNSET, Options, ServiceClient, UnsetType

__all__ = [
    "ResetStatusOpts",
    "UpdateStatusOpts",
    "reset_status",
    "update_status",
    "force_delete",
    "action_url",
]


class ResetStatusOpts(Options):
    """Options for :func:`reset_status`."""

    status: str
    """The status to record for the snapshot."""


class UpdateStatusOpts(Options):
    """Options for :func:`update_status`."""

    status: str
    """The new status of the snapshot."""

    progress: str | UnsetType = UNSET
    """How far the snapshot has been built, as a percentage string such as "90%"."""


def action_url(client: ServiceClient, snapshot_id: str) -> str:
    """The URL `/snapshots/{snapshot_id}/action`."""
    return client.url("/snapshots/{snapshot_id}/action", snapshot_id=snapshot_id)


def reset_status(
    client: ServiceClient,
    snapshot_id: str,
    opts: ResetStatusOpts,
) -> None:
    """Overwrites the recorded status of a snapshot without touching the backend (admins).

    POST ``/snapshots/{snapshot_id}/action`` (action os-reset_status)

    Args:
        client: The block-storage v3 service client.
        snapshot_id: The UUID of the snapshot.
        opts: The options of the request (:class:`ResetStatusOpts`).
    """
    client.call(
        "POST",
        action_url(client, snapshot_id),
        ok=(202,),
        opts=opts,
        body_key="os-reset_status",
        empty="object",
    )


def update_status(
    client: ServiceClient,
    snapshot_id: str,
    opts: UpdateStatusOpts,
) -> None:
    """Updates the status and build progress of a snapshot, as a volume driver reports it.

    POST ``/snapshots/{snapshot_id}/action`` (action os-update_snapshot_status)

    Args:
        client: The block-storage v3 service client.
        snapshot_id: The UUID of the snapshot.
        opts: The options of the request (:class:`UpdateStatusOpts`).
    """
    client.call(
        "POST",
        action_url(client, snapshot_id),
        ok=(202,),
        opts=opts,
        body_key="os-update_snapshot_status",
        empty="object",
    )


def force_delete(
    client: ServiceClient,
    snapshot_id: str,
) -> None:
    """Deletes a snapshot whatever its status (admins).

    POST ``/snapshots/{snapshot_id}/action`` (action os-force_delete)

    Args:
        client: The block-storage v3 service client.
        snapshot_id: The UUID of the snapshot.
    """
    client.call(
        "POST",
        action_url(client, snapshot_id),
        ok=(202,),
        body_key="os-force_delete",
        empty="object",
    )
