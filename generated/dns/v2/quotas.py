"""Quotas cap how many zones, record sets and records a project may own and how large a
synchronous zone export may be. Viewing or changing another project's quotas needs the all-
projects header and an admin role.
"""

# Generated from specs/dns/v2/quotas.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import ClassVar

import msgspec

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "Quota",
    "GetCurrentOpts",
    "GetOpts",
    "UpdateOpts",
    "ResetOpts",
    "get_current",
    "get",
    "update",
    "reset",
    "get_current_url",
    "resource_url",
]


class Quota(Model):
    """The quotas of a project; a negative value means unlimited."""

    zones: int | UnsetType | None = UNSET
    """How many zones the project may own."""

    zone_recordsets: int | UnsetType | None = UNSET
    """How many record sets one zone may hold."""

    zone_records: int | UnsetType | None = UNSET
    """How many records one zone may hold."""

    recordset_records: int | UnsetType | None = UNSET
    """How many records one record set may hold."""

    api_export_size: int | UnsetType | None = UNSET
    """How many record sets a zone exported through the API may hold."""


class GetCurrentOpts(Options):
    """Options for :func:`get_current`."""

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts across all projects (needs the matching role)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the request came from this project (needs the matching role)."""

    locations: ClassVar[dict[str, str]] = {
        "all_projects": "header",
        "sudo_project_id": "header",
    }


class GetOpts(Options):
    """Options for :func:`get`."""

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts across all projects (needs the matching role)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the request came from this project (needs the matching role)."""

    locations: ClassVar[dict[str, str]] = {
        "all_projects": "header",
        "sudo_project_id": "header",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts across all projects (needs the matching role)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the request came from this project (needs the matching role)."""

    zones: int | UnsetType = UNSET
    """How many zones the project may own."""

    zone_recordsets: int | UnsetType = UNSET
    """How many record sets one zone may hold."""

    zone_records: int | UnsetType = UNSET
    """How many records one zone may hold."""

    recordset_records: int | UnsetType = UNSET
    """How many records one record set may hold."""

    api_export_size: int | UnsetType = UNSET
    """How many record sets a zone exported through the API may hold."""

    locations: ClassVar[dict[str, str]] = {
        "all_projects": "header",
        "sudo_project_id": "header",
    }


class ResetOpts(Options):
    """Options for :func:`reset`."""

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts across all projects (needs the matching role)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the request came from this project (needs the matching role)."""

    locations: ClassVar[dict[str, str]] = {
        "all_projects": "header",
        "sudo_project_id": "header",
    }


def get_current_url(client: ServiceClient) -> str:
    """The URL `/quotas/`."""
    return client.url("/quotas/")


def resource_url(client: ServiceClient, project_id: str) -> str:
    """The URL `/quotas/{project_id}`."""
    return client.url("/quotas/{project_id}", project_id=project_id)


def get_current(
    client: ServiceClient,
    opts: GetCurrentOpts | None = None,
) -> Quota:
    """Shows the quotas of the project of the token.

    GET ``/quotas/``

    Args:
        client: The dns v2 service client.
        opts: The options of the request (:class:`GetCurrentOpts`).
    """
    return client.call(
        "GET",
        get_current_url(client),
        ok=(200,),
        opts=opts,
        response_type=Quota,
    )


def get(
    client: ServiceClient,
    project_id: str,
    opts: GetOpts | None = None,
) -> Quota:
    """Shows the quotas of a project.

    GET ``/quotas/{project_id}``

    Args:
        client: The dns v2 service client.
        project_id: The ID of the project.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, project_id),
        ok=(200,),
        opts=opts,
        response_type=Quota,
    )


def update(
    client: ServiceClient,
    project_id: str,
    opts: UpdateOpts,
) -> Quota:
    """Sets some quotas of a project, leaving the others as they are.

    PATCH ``/quotas/{project_id}``

    Args:
        client: The dns v2 service client.
        project_id: The ID of the project.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PATCH",
        resource_url(client, project_id),
        ok=(200,),
        opts=opts,
        response_type=Quota,
    )


def reset(
    client: ServiceClient,
    project_id: str,
    opts: ResetOpts | None = None,
) -> None:
    """Resets every quota of a project to the deployment's defaults.

    DELETE ``/quotas/{project_id}``

    Args:
        client: The dns v2 service client.
        project_id: The ID of the project.
        opts: The options of the request (:class:`ResetOpts`).
    """
    client.call(
        "DELETE",
        resource_url(client, project_id),
        ok=(204,),
        opts=opts,
    )
