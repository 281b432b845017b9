"""Reverse DNS for Neutron floating IPs: the PTR record that maps a floating IP of the project
back to a domain name. Designate creates the in-addr.arpa zone it needs on its own.
"""

# Generated from specs/dns/v2/reverse_floating_ips.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import ClassVar

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
    "FloatingIpPtr",
    "ListOpts",
    "GetOpts",
    "SetOpts",
    "list",
    "get",
    "set",
    "list_url",
    "resource_url",
    "wait_for_status",
    "wait_for_delete",
]


class FloatingIpPtr(Model):
    """The PTR record of a floating IP."""

    id: str
    """The region and ID of the floating IP, joined as `<region>:<floatingip_id>`."""

    ptrdname: str | UnsetType | None = UNSET
    """The domain name the address points back to, or null when none is set."""

    description: str | UnsetType | None = UNSET
    """A free-text note about the PTR record."""

    ttl: int | UnsetType | None = UNSET
    """The time to live of the PTR record, in seconds."""

    address: str | UnsetType | None = UNSET
    """The floating IP address."""

    status: str | UnsetType | None = UNSET
    """Whether the record has reached the name servers (ACTIVE), is on its way (PENDING) or
    failed (ERROR).
    """

    action: str | UnsetType | None = UNSET
    """The change being applied to the record, NONE once it is done."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the record itself (under `self`)."""


class ListOpts(Options):
    """Options for :func:`list`."""

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


class SetOpts(Options):
    """Options for :func:`set`."""

    ptrdname: str | None
    """The domain name the address should point back to; None removes the record."""

    all_projects: bool | UnsetType = msgspec.field(default=UNSET, name="X-Auth-All-Projects")
    """Acts across all projects (needs the matching role)."""

    sudo_project_id: str | UnsetType = msgspec.field(default=UNSET, name="X-Auth-Sudo-Project-ID")
    """Acts as if the request came from this project (needs the matching role)."""

    description: str | UnsetType | None = UNSET
    """A free-text note about the PTR record."""

    ttl: int | UnsetType | None = UNSET
    """The time to live of the PTR record, in seconds."""

    locations: ClassVar[dict[str, str]] = {
        "all_projects": "header",
        "sudo_project_id": "header",
    }


def list_url(client: ServiceClient) -> str:
    """The URL `/reverse/floatingips`."""
    return client.url("/reverse/floatingips")


def resource_url(client: ServiceClient, region: str, floatingip_id: str) -> str:
    """The URL `/reverse/floatingips/{region}:{floatingip_id}`."""
    return client.url(
        "/reverse/floatingips/{region}:{floatingip_id}", region=region, floatingip_id=floatingip_id
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[FloatingIpPtr]:
    """Lists the PTR records of the project's floating IPs.

    GET ``/reverse/floatingips``

    Args:
        client: The dns v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=FloatingIpPtr,
        response_key="floatingips",
        style=PageStyle("next", next_key="links.next"),
        opts=opts,
    )


def get(
    client: ServiceClient,
    region: str,
    floatingip_id: str,
    opts: GetOpts | None = None,
) -> FloatingIpPtr:
    """Shows the PTR record of a floating IP.

    GET ``/reverse/floatingips/{region}:{floatingip_id}``

    Args:
        client: The dns v2 service client.
        region: The region the floating IP lives in.
        floatingip_id: The ID of the floating IP (in Neutron).
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, region, floatingip_id),
        ok=(200,),
        opts=opts,
        response_type=FloatingIpPtr,
    )


def set(
    client: ServiceClient,
    region: str,
    floatingip_id: str,
    opts: SetOpts,
) -> FloatingIpPtr:
    """Sets the PTR record of a floating IP, or unsets it when `ptrdname` is None; the change is
    applied asynchronously.

    PATCH ``/reverse/floatingips/{region}:{floatingip_id}``

    Args:
        client: The dns v2 service client.
        region: The region the floating IP lives in.
        floatingip_id: The ID of the floating IP (in Neutron).
        opts: The options of the request (:class:`SetOpts`).
    """
    return client.call(
        "PATCH",
        resource_url(client, region, floatingip_id),
        ok=(202,),
        opts=opts,
        response_type=FloatingIpPtr,
    )


def wait_for_status(
    client: ServiceClient,
    region: str,
    floatingip_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    predicate: Callable[[FloatingIpPtr], bool] | None = None,
) -> FloatingIpPtr:
    """Polls get until status is one of status (and predicate holds).

    Failure statuses (ERROR, error) raise ResourceFailed at once.
    Returns the resource; WaitTimeout after timeout seconds.
    """
    return waiters.wait_for_status(
        lambda: get(client, region, floatingip_id),
        status,
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="FloatingIpPtr",
        predicate=predicate,
    )


def wait_for_delete(
    client: ServiceClient,
    region: str,
    floatingip_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
) -> None:
    """Polls get until it answers 404 (the resource is deleted).

    Failure statuses (ERROR, error) raise ResourceFailed at once;
    WaitTimeout after timeout seconds.
    """
    waiters.wait_for_delete(
        lambda: get(client, region, floatingip_id),
        failures=("ERROR", "error"),
        attribute="status",
        fault=None,
        timeout=timeout,
        interval=interval,
        what="FloatingIpPtr",
    )
