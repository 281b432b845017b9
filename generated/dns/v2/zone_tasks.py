"""Maintenance tasks on a zone: abandoning it, pulling a fresh copy of a SECONDARY zone from its
masters, and moving it to another pool.
"""

# Generated from specs/dns/v2/zone_tasks.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import ClassVar

import msgspec

from typedstack.runtime import UNSET, Options, ServiceClient, UnsetType

__all__ = [
    "AbandonOpts",
    "PoolMoveOpts",
    "abandon",
    "xfr",
    "pool_move",
    "abandon_url",
    "xfr_url",
    "pool_move_url",
]


class AbandonOpts(Options):
    """Options for :func:`abandon` and :func:`xfr`."""

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts on the resources of every project (needs the rights to do so)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the caller were scoped to this project (needs the rights to do so)."""

    locations: ClassVar[dict[str, str]] = {
        "all_projects": "header",
        "sudo_project_id": "header",
    }


class PoolMoveOpts(Options):
    """Options for :func:`pool_move`."""

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts on the resources of every project (needs the rights to do so)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the caller were scoped to this project (needs the rights to do so)."""

    pool_id: str | UnsetType = UNSET
    """The UUID of the pool to move the zone to; chosen by the scheduler when left out."""

    locations: ClassVar[dict[str, str]] = {
        "all_projects": "header",
        "sudo_project_id": "header",
    }


def abandon_url(client: ServiceClient, zone_id: str) -> str:
    """The URL `/zones/{zone_id}/tasks/abandon`."""
    return client.url("/zones/{zone_id}/tasks/abandon", zone_id=zone_id)


def xfr_url(client: ServiceClient, zone_id: str) -> str:
    """The URL `/zones/{zone_id}/tasks/xfr`."""
    return client.url("/zones/{zone_id}/tasks/xfr", zone_id=zone_id)


def pool_move_url(client: ServiceClient, zone_id: str) -> str:
    """The URL `/zones/{zone_id}/tasks/pool_move`."""
    return client.url("/zones/{zone_id}/tasks/pool_move", zone_id=zone_id)


def abandon(
    client: ServiceClient,
    zone_id: str,
    opts: AbandonOpts | None = None,
) -> None:
    """Drops a zone from Designate's database but leaves it on the DNS back ends; use with care,
    nothing is cleaned up there.

    POST ``/zones/{zone_id}/tasks/abandon``

    Args:
        client: The dns v2 service client.
        zone_id: The UUID of the zone.
        opts: The options of the request (:class:`AbandonOpts`).
    """
    client.call(
        "POST",
        abandon_url(client, zone_id),
        ok=(204,),
        opts=opts,
    )


def xfr(
    client: ServiceClient,
    zone_id: str,
    opts: AbandonOpts | None = None,
) -> None:
    """Asks Designate to check the masters of a SECONDARY zone and import their newer version, if
    any (a zone transfer).

    POST ``/zones/{zone_id}/tasks/xfr``

    Args:
        client: The dns v2 service client.
        zone_id: The UUID of the zone.
        opts: The options of the request (:class:`AbandonOpts`).
    """
    client.call(
        "POST",
        xfr_url(client, zone_id),
        ok=(202,),
        opts=opts,
    )


def pool_move(
    client: ServiceClient,
    zone_id: str,
    opts: PoolMoveOpts | None = None,
) -> None:
    """Moves a zone to another pool of name servers (admin); Designate picks a suitable pool when
    none is given.

    POST ``/zones/{zone_id}/tasks/pool_move``

    Args:
        client: The dns v2 service client.
        zone_id: The UUID of the zone.
        opts: The options of the request (:class:`PoolMoveOpts`).
    """
    client.call(
        "POST",
        pool_move_url(client, zone_id),
        ok=(202,),
        opts=opts,
        empty="object",
    )
