"""Tasks are asynchronous image operations, such as the legacy import task and the tasks behind
interoperable image import. Task records expire some time after they finish. The tasks API is
admin only by default.
"""

# Generated from specs/image/v2/tasks.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

import msgspec

from typedstack.runtime import (
    UNSET,
    Model,
    Options,
    Pager,
    PageStyle,
    ServiceClient,
    UnsetType,
    waiters,
)

__all__ = [
    "Task",
    "ListOpts",
    "CreateOpts",
    "list",
    "create",
    "get",
    "list_image_tasks",
    "list_url",
    "resource_url",
    "list_image_tasks_url",
    "wait_for_status",
    "wait_for_delete",
]


class Task(Model):
    """A task. Lists of tasks carry a summary without input, result and message."""

    id: str
    """The UUID of the task."""

    type: str | UnsetType | None = UNSET
    """The kind of task."""

    status: str | UnsetType | None = UNSET
    """The state of the task."""

    input: dict[str, Any] | UnsetType | None = UNSET
    """The input parameters of the task."""

    result: dict[str, Any] | UnsetType | None = UNSET
    """The outcome of the task, once it has one."""

    message: str | UnsetType | None = UNSET
    """A human-readable message, usually explaining a failure; may be empty."""

    owner: str | UnsetType | None = UNSET
    """The ID of the project that owns the task."""

    image_id: str | UnsetType | None = UNSET
    """The UUID of the image the task works on."""

    request_id: str | UnsetType | None = UNSET
    """The ID of the request that started the task."""

    user_id: str | UnsetType | None = UNSET
    """The ID of the user that started the task."""

    expires_at: datetime.datetime | UnsetType | None = UNSET
    """When the task record may be removed; set once the task succeeds or fails."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the task was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the task was last updated."""

    deleted: bool | UnsetType | None = UNSET
    """Whether the task record is deleted (list_image_tasks only)."""

    deleted_at: datetime.datetime | UnsetType | None = UNSET
    """When the task record was deleted (list_image_tasks only)."""

    self_link: str | UnsetType | None = msgspec.field(default=UNSET, name="self")
    """The path of the task."""

    schema: str | UnsetType | None = UNSET
    """The path of the JSON schema of a task."""


class ListOpts(Options):
    """Options for :func:`list`."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last task of the previous page."""

    status: Literal["pending", "processing", "success", "failure"] | UnsetType = UNSET
    """Filters by task status."""

    type: str | UnsetType = UNSET
    """Filters by task type, such as import."""

    sort_key: Literal["created_at", "expires_at", "status", "type", "updated_at"] | UnsetType = (
        UNSET
    )
    """Sorts by this attribute (default created_at)."""

    sort_dir: Literal["asc", "desc"] | UnsetType = UNSET
    """The sort direction (default desc)."""

    locations: ClassVar[dict[str, str]] = {
        "limit": "query",
        "marker": "query",
        "status": "query",
        "type": "query",
        "sort_key": "query",
        "sort_dir": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    type: str
    """The kind of task to run, such as import."""

    input: dict[str, Any]
    """The input parameters of the task (for import, import_from and image_properties)."""


def list_url(client: ServiceClient) -> str:
    """The URL `/tasks`."""
    return client.url("/tasks")


def resource_url(client: ServiceClient, task_id: str) -> str:
    """The URL `/tasks/{task_id}`."""
    return client.url("/tasks/{task_id}", task_id=task_id)


def list_image_tasks_url(client: ServiceClient, image_id: str) -> str:
    """The URL `/images/{image_id}/tasks`."""
    return client.url("/images/{image_id}/tasks", image_id=image_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Task]:
    """Lists tasks, following next links page by page.

    GET ``/tasks``

    Args:
        client: The image v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Task,
        response_key="tasks",
        style=PageStyle("next", next_key="next"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> Task:
    """Creates a task, such as a legacy import of an image from a URL.

    POST ``/tasks``

    Args:
        client: The image v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        response_type=Task,
    )


def get(
    client: ServiceClient,
    task_id: str,
) -> Task:
    """Shows a task.

    GET ``/tasks/{task_id}``

    Args:
        client: The image v2 service client.
        task_id: The UUID of the task.
    """
    return client.call(
        "GET",
        resource_url(client, task_id),
        ok=(200,),
        response_type=Task,
    )


def list_image_tasks(
    client: ServiceClient,
    image_id: str,
) -> builtins.list[Task]:
    """Lists the tasks that worked on an image, possibly none.

    GET ``/images/{image_id}/tasks``

    Args:
        client: The image v2 service client.
        image_id: The UUID of the image.
    """
    return client.call(
        "GET",
        list_image_tasks_url(client, image_id),
        ok=(200,),
        response_key="tasks",
        response_type=builtins.list[Task],
    )


def wait_for_status(
    client: ServiceClient,
    task_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    predicate: Callable[[Task], bool] | None = None,
) -> Task:
    """Polls get until status is one of status (and predicate holds).

    Failure statuses (ERROR, error) raise ResourceFailed at once.
    Returns the resource; WaitTimeout after timeout seconds.
    """
    return waiters.wait_for_status(
        lambda: get(client, task_id),
        status,
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="Task",
        predicate=predicate,
    )


def wait_for_delete(
    client: ServiceClient,
    task_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
) -> None:
    """Polls get until it answers 404 (the resource is deleted).

    Failure statuses (ERROR, error) raise ResourceFailed at once;
    WaitTimeout after timeout seconds.
    """
    waiters.wait_for_delete(
        lambda: get(client, task_id),
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="Task",
    )
