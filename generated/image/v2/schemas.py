"""The JSON schemas the image service publishes for its images, members and tasks, reflecting
the cloud's configuration (for example the allowed disk and container formats).
"""

# Generated from specs/image/v2/schemas.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import Any

from typedstack.runtime import ServiceClient

__all__ = [
    "get_image",
    "get_images",
    "get_member",
    "get_members",
    "get_task",
    "get_tasks",
    "get_image_url",
    "get_images_url",
    "get_member_url",
    "get_members_url",
    "get_task_url",
    "get_tasks_url",
]


def get_image_url(client: ServiceClient) -> str:
    """The URL `/schemas/image`."""
    return client.url("/schemas/image")


def get_images_url(client: ServiceClient) -> str:
    """The URL `/schemas/images`."""
    return client.url("/schemas/images")


def get_member_url(client: ServiceClient) -> str:
    """The URL `/schemas/member`."""
    return client.url("/schemas/member")


def get_members_url(client: ServiceClient) -> str:
    """The URL `/schemas/members`."""
    return client.url("/schemas/members")


def get_task_url(client: ServiceClient) -> str:
    """The URL `/schemas/task`."""
    return client.url("/schemas/task")


def get_tasks_url(client: ServiceClient) -> str:
    """The URL `/schemas/tasks`."""
    return client.url("/schemas/tasks")


def get_image(
    client: ServiceClient,
) -> dict[str, Any]:
    """Shows the JSON schema of an image.

    GET ``/schemas/image``

    Args:
        client: The image v2 service client.
    """
    return client.call(
        "GET",
        get_image_url(client),
        ok=(200,),
        response_type=dict[str, Any],
    )


def get_images(
    client: ServiceClient,
) -> dict[str, Any]:
    """Shows the JSON schema of an image list.

    GET ``/schemas/images``

    Args:
        client: The image v2 service client.
    """
    return client.call(
        "GET",
        get_images_url(client),
        ok=(200,),
        response_type=dict[str, Any],
    )


def get_member(
    client: ServiceClient,
) -> dict[str, Any]:
    """Shows the JSON schema of an image member.

    GET ``/schemas/member``

    Args:
        client: The image v2 service client.
    """
    return client.call(
        "GET",
        get_member_url(client),
        ok=(200,),
        response_type=dict[str, Any],
    )


def get_members(
    client: ServiceClient,
) -> dict[str, Any]:
    """Shows the JSON schema of an image member list.

    GET ``/schemas/members``

    Args:
        client: The image v2 service client.
    """
    return client.call(
        "GET",
        get_members_url(client),
        ok=(200,),
        response_type=dict[str, Any],
    )


def get_task(
    client: ServiceClient,
) -> dict[str, Any]:
    """Shows the JSON schema of a task.

    GET ``/schemas/task``

    Args:
        client: The image v2 service client.
    """
    return client.call(
        "GET",
        get_task_url(client),
        ok=(200,),
        response_type=dict[str, Any],
    )


def get_tasks(
    client: ServiceClient,
) -> dict[str, Any]:
    """Shows the JSON schema of a task list.

    GET ``/schemas/tasks``

    Args:
        client: The image v2 service client.
    """
    return client.call(
        "GET",
        get_tasks_url(client),
        ok=(200,),
        response_type=dict[str, Any],
    )
