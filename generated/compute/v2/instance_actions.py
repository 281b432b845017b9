"""Instance actions (os-instance-actions): the record of actions performed on a server (create,
reboot, migrate, ...) with their events, also for deleted servers from microversion 2.21.
"""

# Generated from specs/compute/v2/instance_actions.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from typing import ClassVar

import msgspec

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "InstanceActionEvent",
    "InstanceAction",
    "ListOpts",
    "list",
    "get",
    "list_url",
    "resource_url",
]


class InstanceActionEvent(Model):
    """One step of an instance action."""

    event: str | UnsetType | None = UNSET
    """The name of the event."""

    start_time: datetime.datetime | UnsetType | None = UNSET
    """When the event started."""

    finish_time: datetime.datetime | UnsetType | None = UNSET
    """When the event finished, or null."""

    result: str | UnsetType | None = UNSET
    """The result of the event, such as Success or Error."""

    traceback: str | UnsetType | None = UNSET
    """The stack trace of a failed event (admins by default)."""

    host_id: str | UnsetType | None = msgspec.field(default=UNSET, name="hostId")
    """A hash of the host the event ran on, or an empty string."""

    host: str | UnsetType | None = UNSET
    """The host the event ran on (admins by default)."""

    details: str | UnsetType | None = UNSET
    """Details of the event, such as a fault message; may be null."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("host_id", "2.62", None),
        ("host", "2.62", None),
        ("details", "2.84", None),
    )


class InstanceAction(Model):
    """An action performed on a server."""

    request_id: str
    """The ID of the API request that started the action."""

    action: str | UnsetType | None = UNSET
    """The name of the action, such as create, reboot or migrate."""

    instance_uuid: str | UnsetType | None = UNSET
    """The UUID of the server."""

    message: str | UnsetType | None = UNSET
    """The error message when the action failed."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that ran the action."""

    user_id: str | UnsetType | None = UNSET
    """The ID of the user that ran the action."""

    start_time: datetime.datetime | UnsetType | None = UNSET
    """When the action started."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the action or one of its events last changed."""

    events: builtins.list[InstanceActionEvent] | UnsetType | None = UNSET
    """The events of the action, newest first (show only; up to 2.50 only for admins by
    default).
    """

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("updated_at", "2.58", None),
    )


class ListOpts(Options):
    """Options for :func:`list`."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The request_id of the last action of the previous page."""

    changes_since: datetime.datetime | UnsetType = msgspec.field(
        default=UNSET, name="changes-since"
    )
    """Actions updated at or after this time."""

    changes_before: datetime.datetime | UnsetType = msgspec.field(
        default=UNSET, name="changes-before"
    )
    """Actions updated at or before this time."""

    locations: ClassVar[dict[str, str]] = {
        "limit": "query",
        "marker": "query",
        "changes_since": "query",
        "changes_before": "query",
    }

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "limit": ("2.58", None),
        "marker": ("2.58", None),
        "changes_since": ("2.58", None),
        "changes_before": ("2.66", None),
    }


def list_url(client: ServiceClient, server_id: str) -> str:
    """The URL `/servers/{server_id}/os-instance-actions`."""
    return client.url("/servers/{server_id}/os-instance-actions", server_id=server_id)


def resource_url(client: ServiceClient, server_id: str, request_id: str) -> str:
    """The URL `/servers/{server_id}/os-instance-actions/{request_id}`."""
    return client.url(
        "/servers/{server_id}/os-instance-actions/{request_id}",
        server_id=server_id,
        request_id=request_id,
    )


def list(
    client: ServiceClient,
    server_id: str,
    opts: ListOpts | None = None,
) -> Pager[InstanceAction]:
    """Lists the actions performed on a server, newest first.

    GET ``/servers/{server_id}/os-instance-actions``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client, server_id),
        ok=(200,),
        item_type=InstanceAction,
        response_key="instanceActions",
        style=PageStyle("links", links_key="links"),
        opts=opts,
    )


def get(
    client: ServiceClient,
    server_id: str,
    request_id: str,
) -> InstanceAction:
    """Shows an action performed on a server, with its events.

    GET ``/servers/{server_id}/os-instance-actions/{request_id}``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        request_id: The request ID of the action.
    """
    return client.call(
        "GET",
        resource_url(client, server_id, request_id),
        ok=(200,),
        response_key="instanceAction",
        response_type=InstanceAction,
    )
