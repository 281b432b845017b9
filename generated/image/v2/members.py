"""Image members are the projects an image with visibility shared is shared with. The owner adds
and removes members; each member accepts or rejects the image for itself.
"""

# Generated from specs/image/v2/members.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Literal

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType, waiters

__all__ = [
    "Member",
    "CreateOpts",
    "UpdateOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "list_url",
    "resource_url",
    "wait_for_status",
    "wait_for_delete",
]


class Member(Model):
    """The membership of a project in an image."""

    image_id: str
    """The UUID of the image."""

    member_id: str
    """The ID of the member project."""

    status: str | UnsetType | None = UNSET
    """The member's status; accepted images appear in the member's image list."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the membership was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the membership was last updated."""

    schema: str | UnsetType | None = UNSET
    """The path of the JSON schema of a member."""


class CreateOpts(Options):
    """Options for :func:`create`."""

    member: str
    """The ID of the project to share the image with."""


class UpdateOpts(Options):
    """Options for :func:`update`."""

    status: Literal["pending", "accepted", "rejected"]
    """The new member status."""


def list_url(client: ServiceClient, image_id: str) -> str:
    """The URL `/images/{image_id}/members`."""
    return client.url("/images/{image_id}/members", image_id=image_id)


def resource_url(client: ServiceClient, image_id: str, member_id: str) -> str:
    """The URL `/images/{image_id}/members/{member_id}`."""
    return client.url(
        "/images/{image_id}/members/{member_id}", image_id=image_id, member_id=member_id
    )


def list(
    client: ServiceClient,
    image_id: str,
) -> builtins.list[Member]:
    """Lists the members of an image (all of them for the owner, only the caller's own membership
    for a member).

    GET ``/images/{image_id}/members``

    Args:
        client: The image v2 service client.
        image_id: The UUID of the image.
    """
    return client.call(
        "GET",
        list_url(client, image_id),
        ok=(200,),
        response_key="members",
        response_type=builtins.list[Member],
    )


def create(
    client: ServiceClient,
    image_id: str,
    opts: CreateOpts,
) -> Member:
    """Shares an image with a project; its status starts as pending.

    POST ``/images/{image_id}/members``

    Args:
        client: The image v2 service client.
        image_id: The UUID of the image.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client, image_id),
        ok=(200,),
        opts=opts,
        response_type=Member,
    )


def get(
    client: ServiceClient,
    image_id: str,
    member_id: str,
) -> Member:
    """Shows a member of an image.

    GET ``/images/{image_id}/members/{member_id}``

    Args:
        client: The image v2 service client.
        image_id: The UUID of the image.
        member_id: The ID of the member project.
    """
    return client.call(
        "GET",
        resource_url(client, image_id, member_id),
        ok=(200,),
        response_type=Member,
    )


def update(
    client: ServiceClient,
    image_id: str,
    member_id: str,
    opts: UpdateOpts,
) -> Member:
    """Sets the caller's member status on a shared image (only the member or an admin can).

    PUT ``/images/{image_id}/members/{member_id}``

    Args:
        client: The image v2 service client.
        image_id: The UUID of the image.
        member_id: The ID of the member project.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, image_id, member_id),
        ok=(200,),
        opts=opts,
        response_type=Member,
    )


def delete(
    client: ServiceClient,
    image_id: str,
    member_id: str,
) -> None:
    """Stops sharing an image with a project (owner only).

    DELETE ``/images/{image_id}/members/{member_id}``

    Args:
        client: The image v2 service client.
        image_id: The UUID of the image.
        member_id: The ID of the member project.
    """
    client.call(
        "DELETE",
        resource_url(client, image_id, member_id),
        ok=(204,),
    )


def wait_for_status(
    client: ServiceClient,
    image_id: str,
    member_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    predicate: Callable[[Member], bool] | None = None,
) -> Member:
    """Polls get until status is one of status (and predicate holds).

    Failure statuses (ERROR, error) raise ResourceFailed at once.
    Returns the resource; WaitTimeout after timeout seconds.
    """
    return waiters.wait_for_status(
        lambda: get(client, image_id, member_id),
        status,
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="Member",
        predicate=predicate,
    )


def wait_for_delete(
    client: ServiceClient,
    image_id: str,
    member_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
) -> None:
    """Polls get until it answers 404 (the resource is deleted).

    Failure statuses (ERROR, error) raise ResourceFailed at once;
    WaitTimeout after timeout seconds.
    """
    waiters.wait_for_delete(
        lambda: get(client, image_id, member_id),
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="Member",
    )
