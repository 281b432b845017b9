"""Network logs record security events (accepted and dropped packets) of security groups or
firewall groups, for all their ports or for one port (the logging extension).
"""

# Generated from specs/network/v2/logs.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from typing import ClassVar, Literal

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
    "Log",
    "ListOpts",
    "CreateOpts",
    "UpdateOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "list_url",
    "resource_url",
    "find",
]


class Log(Model):
    """A network log definition."""

    id: str
    """The ID of the log."""

    name: str | UnsetType | None = UNSET
    """The name of the log."""

    description: str | UnsetType | None = UNSET
    """A free-text description of the log."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the log."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (legacy name of project_id)."""

    resource_type: str | UnsetType | None = UNSET
    """The kind of resource whose events are logged, such as security_group."""

    resource_id: str | UnsetType | None = UNSET
    """The ID of the logged resource (a security group, for example); null for all of them."""

    target_id: str | UnsetType | None = UNSET
    """The ID of the port the logging is limited to; null for every port."""

    event: str | UnsetType | None = UNSET
    """Which events are logged."""

    enabled: bool | UnsetType | None = UNSET
    """Whether logging is active."""

    revision_number: int | UnsetType | None = UNSET
    """A counter the server increases on every change of the log."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the log was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the log was last changed."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the log with this ID."""

    name: str | UnsetType = UNSET
    """Only logs with this name."""

    description: str | UnsetType = UNSET
    """Only logs with this description."""

    project_id: str | UnsetType = UNSET
    """Only logs owned by this project."""

    tenant_id: str | UnsetType = UNSET
    """Only logs owned by this project (legacy name of project_id)."""

    resource_type: str | UnsetType = UNSET
    """Only logs of this resource type, such as security_group."""

    resource_id: str | UnsetType = UNSET
    """Only logs of this resource."""

    target_id: str | UnsetType = UNSET
    """Only logs limited to this port."""

    event: Literal["ACCEPT", "DROP", "ALL"] | UnsetType = UNSET
    """Only logs recording these events."""

    enabled: bool | UnsetType = UNSET
    """Only enabled (true) or disabled (false) logs."""

    revision_number: int | UnsetType = UNSET
    """Only logs at this revision."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last log of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by (enabled, event, id, name, project_id, resource_id, resource_type,
    target_id), one per sort_dir.
    """

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions (asc or desc), one per sort_key."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of each log."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "description": "query",
        "project_id": "query",
        "tenant_id": "query",
        "resource_type": "query",
        "resource_id": "query",
        "target_id": "query",
        "event": "query",
        "enabled": "query",
        "revision_number": "query",
        "limit": "query",
        "marker": "query",
        "page_reverse": "query",
        "sort_key": "query",
        "sort_dir": "query",
        "fields": "query",
    }

    paired: ClassVar[tuple[tuple[str, ...], ...]] = (("sort_key", "sort_dir"),)


class CreateOpts(Options):
    """Options for :func:`create`."""

    resource_type: str
    """The kind of resource to log, one of the loggable resource types (security_group, ...)."""

    name: str | UnsetType = UNSET
    """The name of the log."""

    description: str | UnsetType = UNSET
    """A free-text description."""

    project_id: str | UnsetType = UNSET
    """The owning project, when an admin creates the log for another project."""

    tenant_id: str | UnsetType = UNSET
    """The owning project (legacy name of project_id)."""

    resource_id: str | UnsetType = UNSET
    """The resource to log (a security group ID, for example); all of them when left out."""

    target_id: str | UnsetType = UNSET
    """Limits the logging to this port."""

    event: Literal["ACCEPT", "DROP", "ALL"] | UnsetType = UNSET
    """Which events to log (all unless told)."""

    enabled: bool | UnsetType = UNSET
    """Whether logging starts active."""


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new name."""

    description: str | UnsetType = UNSET
    """The new description."""

    enabled: bool | UnsetType = UNSET
    """Turns logging on or off."""


def list_url(client: ServiceClient) -> str:
    """The URL `/log/logs`."""
    return client.url("/log/logs")


def resource_url(client: ServiceClient, log_id: str) -> str:
    """The URL `/log/logs/{log_id}`."""
    return client.url("/log/logs/{log_id}", log_id=log_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Log]:
    """Lists network logs.

    GET ``/log/logs``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Log,
        response_key="logs",
        style=PageStyle("links", links_key="logs_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> Log:
    """Creates a network log.

    POST ``/log/logs``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="log",
        response_key="log",
        response_type=Log,
    )


def get(
    client: ServiceClient,
    log_id: str,
) -> Log:
    """Shows a network log.

    GET ``/log/logs/{log_id}``

    Args:
        client: The network v2 service client.
        log_id: The ID of the log.
    """
    return client.call(
        "GET",
        resource_url(client, log_id),
        ok=(200,),
        response_key="log",
        response_type=Log,
    )


def update(
    client: ServiceClient,
    log_id: str,
    opts: UpdateOpts | None = None,
) -> Log:
    """Renames, describes, enables or disables a network log.

    PUT ``/log/logs/{log_id}``

    Args:
        client: The network v2 service client.
        log_id: The ID of the log.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, log_id),
        ok=(200,),
        opts=opts,
        body_key="log",
        response_key="log",
        response_type=Log,
    )


def delete(
    client: ServiceClient,
    log_id: str,
) -> None:
    """Deletes a network log.

    DELETE ``/log/logs/{log_id}``

    Args:
        client: The network v2 service client.
        log_id: The ID of the log.
    """
    client.call(
        "DELETE",
        resource_url(client, log_id),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Log:
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
        what="Log",
    )
