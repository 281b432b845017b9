"""User messages (microversion 3.3 and later): errors Cinder records when an asynchronous
operation fails (a volume that could not be scheduled, a backup that failed, ...), so users
can find out what went wrong. Messages expire after a while; they can be listed, shown and
deleted.
"""

# Generated from specs/block_storage/v3/messages.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from typing import ClassVar, Literal

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "Link",
    "Message",
    "ListOpts",
    "list",
    "get",
    "delete",
    "list_url",
    "resource_url",
]


class Link(Model):
    """A link to a resource."""

    href: str | UnsetType | None = UNSET
    """The URL."""

    rel: str | UnsetType | None = UNSET
    """The relation of the link to the resource (self, bookmark, next)."""


class Message(Model):
    """A user message about a failed operation."""

    id: str
    """The UUID of the message."""

    user_message: str | UnsetType | None = UNSET
    """The translated, human-readable text of the message."""

    event_id: str | UnsetType | None = UNSET
    """The code of the event the message stands for, such as VOLUME_000002."""

    message_level: str | UnsetType | None = UNSET
    """The severity of the message (only ERROR so far)."""

    resource_type: str | UnsetType | None = UNSET
    """The kind of resource the message is about (VOLUME, BACKUP, ...)."""

    resource_uuid: str | UnsetType | None = UNSET
    """The UUID of the resource the message is about."""

    request_id: str | UnsetType | None = UNSET
    """The ID of the API request during which the message was recorded."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the message was recorded."""

    guaranteed_until: datetime.datetime | UnsetType | None = UNSET
    """The time until which the message is kept; it may be deleted after it."""

    links: builtins.list[Link] | UnsetType | None = UNSET
    """Links to the message."""


class ListOpts(Options):
    """Options for :func:`list`."""

    resource_type: str | UnsetType = UNSET
    """Only messages about this kind of resource (VOLUME, BACKUP, ...)."""

    resource_uuid: str | UnsetType = UNSET
    """Only messages about this resource."""

    event_id: str | UnsetType = UNSET
    """Only messages of this event code."""

    request_id: str | UnsetType = UNSET
    """Only messages recorded during this request."""

    message_level: str | UnsetType = UNSET
    """Only messages of this severity."""

    sort: str | UnsetType = UNSET
    """Sort keys with optional directions, as key[:asc|desc] separated by commas."""

    sort_key: str | UnsetType = UNSET
    """The attribute to sort by (deprecated in favour of sort)."""

    sort_dir: Literal["asc", "desc"] | UnsetType = UNSET
    """The sort direction, desc by default (deprecated in favour of sort)."""

    limit: int | UnsetType = UNSET
    """The page size."""

    offset: int | UnsetType = UNSET
    """How many messages to skip from the start of the list."""

    marker: str | UnsetType = UNSET
    """The ID of the last message of the previous page."""

    locations: ClassVar[dict[str, str]] = {
        "resource_type": "query",
        "resource_uuid": "query",
        "event_id": "query",
        "request_id": "query",
        "message_level": "query",
        "sort": "query",
        "sort_key": "query",
        "sort_dir": "query",
        "limit": "query",
        "offset": "query",
        "marker": "query",
    }

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "resource_type": ("3.5", None),
        "resource_uuid": ("3.5", None),
        "event_id": ("3.5", None),
        "request_id": ("3.5", None),
        "message_level": ("3.5", None),
        "sort": ("3.5", None),
        "sort_key": ("3.5", None),
        "sort_dir": ("3.5", None),
        "limit": ("3.5", None),
        "offset": ("3.5", None),
        "marker": ("3.5", None),
    }


def list_url(client: ServiceClient) -> str:
    """The URL `/messages`."""
    return client.url("/messages")


def resource_url(client: ServiceClient, message_id: str) -> str:
    """The URL `/messages/{message_id}`."""
    return client.url("/messages/{message_id}", message_id=message_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Message]:
    """Lists the messages of the project.

    Microversions: 3.3 and later.

    GET ``/messages``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    client.check_operation_version("messages.list", "3.3", None)
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Message,
        response_key="messages",
        style=PageStyle("links", links_key="messages_links"),
        opts=opts,
    )


def get(
    client: ServiceClient,
    message_id: str,
) -> Message:
    """Shows one message.

    Microversions: 3.3 and later.

    GET ``/messages/{message_id}``

    Args:
        client: The block-storage v3 service client.
        message_id: The UUID of the message.
    """
    client.check_operation_version("messages.get", "3.3", None)
    return client.call(
        "GET",
        resource_url(client, message_id),
        ok=(200,),
        response_key="message",
        response_type=Message,
    )


def delete(
    client: ServiceClient,
    message_id: str,
) -> None:
    """Deletes a message.

    Microversions: 3.3 and later.

    DELETE ``/messages/{message_id}``

    Args:
        client: The block-storage v3 service client.
        message_id: The UUID of the message.
    """
    client.check_operation_version("messages.delete", "3.3", None)
    client.call(
        "DELETE",
        resource_url(client, message_id),
        ok=(204,),
    )
