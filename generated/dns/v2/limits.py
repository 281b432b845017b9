"""The fixed limits of the Designate deployment: page sizes, name lengths, record counts and the
smallest TTL it accepts.
"""

# Generated from specs/dns/v2/limits.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import ClassVar

import msgspec

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "Limits",
    "GetOpts",
    "get",
    "resource_url",
]


class Limits(Model):
    """The limits that apply to the caller's project."""

    max_page_limit: int | UnsetType | None = UNSET
    """The largest page size a listing returns."""

    max_recordset_name_length: int | UnsetType | None = UNSET
    """The longest record set name accepted."""

    max_recordset_records: int | UnsetType | None = UNSET
    """The most records one record set may hold."""

    max_zone_name_length: int | UnsetType | None = UNSET
    """The longest zone name accepted."""

    max_zone_records: int | UnsetType | None = UNSET
    """The most records one zone may hold."""

    max_zone_recordsets: int | UnsetType | None = UNSET
    """The most record sets one zone may hold."""

    max_zones: int | UnsetType | None = UNSET
    """The most zones the project may own."""

    min_ttl: int | UnsetType | None = UNSET
    """The smallest TTL accepted, or null when there is no floor."""


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


def resource_url(client: ServiceClient) -> str:
    """The URL `/limits`."""
    return client.url("/limits")


def get(
    client: ServiceClient,
    opts: GetOpts | None = None,
) -> Limits:
    """Shows the limits that apply to the caller's project.

    GET ``/limits``

    Args:
        client: The dns v2 service client.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client),
        ok=(200,),
        opts=opts,
        response_type=Limits,
    )
