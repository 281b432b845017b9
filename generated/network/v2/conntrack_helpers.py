"""Conntrack helpers of a router: netfilter helper modules (ftp, tftp, ...) enabled for a
protocol and port on the router (l3-conntrack-helper extension).
"""

# Generated from specs/network/v2/conntrack_helpers.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "ConntrackHelper",
    "ListOpts",
    "CreateOpts",
    "GetOpts",
    "UpdateOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "list_url",
    "resource_url",
]


class ConntrackHelper(Model):
    """A conntrack helper of a router."""

    id: str
    """The ID of the conntrack helper."""

    helper: str | UnsetType | None = UNSET
    """The netfilter conntrack helper module, e.g. ftp."""

    protocol: str | UnsetType | None = UNSET
    """The network protocol the helper handles, e.g. tcp or udp."""

    port: int | UnsetType | None = UNSET
    """The network port the helper handles."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Filters by conntrack helper ID."""

    helper: str | UnsetType = UNSET
    """Filters by helper module."""

    protocol: str | UnsetType = UNSET
    """Filters by protocol."""

    port: int | UnsetType = UNSET
    """Filters by port."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last helper of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Sorts by these attributes (repeatable, paired with sort_dir)."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """The direction of each sort key: asc or desc."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Returns only these attributes."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "helper": "query",
        "protocol": "query",
        "port": "query",
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

    helper: str
    """The netfilter conntrack helper module, e.g. ftp."""

    protocol: str
    """The network protocol, e.g. tcp."""

    port: int
    """The network port."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Returns only these attributes."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    helper: str | UnsetType = UNSET
    """The new helper module."""

    protocol: str | UnsetType = UNSET
    """The new protocol."""

    port: int | UnsetType = UNSET
    """The new port."""


def list_url(client: ServiceClient, router_id: str) -> str:
    """The URL `/routers/{router_id}/conntrack_helpers`."""
    return client.url("/routers/{router_id}/conntrack_helpers", router_id=router_id)


def resource_url(client: ServiceClient, router_id: str, conntrack_helper_id: str) -> str:
    """The URL `/routers/{router_id}/conntrack_helpers/{conntrack_helper_id}`."""
    return client.url(
        "/routers/{router_id}/conntrack_helpers/{conntrack_helper_id}",
        router_id=router_id,
        conntrack_helper_id=conntrack_helper_id,
    )


def list(
    client: ServiceClient,
    router_id: str,
    opts: ListOpts | None = None,
) -> Pager[ConntrackHelper]:
    """Lists the conntrack helpers of a router.

    GET ``/routers/{router_id}/conntrack_helpers``

    Args:
        client: The network v2 service client.
        router_id: The ID of the router.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client, router_id),
        ok=(200,),
        item_type=ConntrackHelper,
        response_key="conntrack_helpers",
        style=PageStyle("links", links_key="conntrack_helpers_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    router_id: str,
    opts: CreateOpts,
) -> ConntrackHelper:
    """Enables a conntrack helper on a router.

    POST ``/routers/{router_id}/conntrack_helpers``

    Args:
        client: The network v2 service client.
        router_id: The ID of the router.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client, router_id),
        ok=(201,),
        opts=opts,
        body_key="conntrack_helper",
        response_key="conntrack_helper",
        response_type=ConntrackHelper,
    )


def get(
    client: ServiceClient,
    router_id: str,
    conntrack_helper_id: str,
    opts: GetOpts | None = None,
) -> ConntrackHelper:
    """Shows a conntrack helper of a router.

    GET ``/routers/{router_id}/conntrack_helpers/{conntrack_helper_id}``

    Args:
        client: The network v2 service client.
        router_id: The ID of the router.
        conntrack_helper_id: The ID of the conntrack helper.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, router_id, conntrack_helper_id),
        ok=(200,),
        opts=opts,
        response_key="conntrack_helper",
        response_type=ConntrackHelper,
    )


def update(
    client: ServiceClient,
    router_id: str,
    conntrack_helper_id: str,
    opts: UpdateOpts | None = None,
) -> ConntrackHelper:
    """Changes the helper, protocol or port of a conntrack helper.

    PUT ``/routers/{router_id}/conntrack_helpers/{conntrack_helper_id}``

    Args:
        client: The network v2 service client.
        router_id: The ID of the router.
        conntrack_helper_id: The ID of the conntrack helper.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, router_id, conntrack_helper_id),
        ok=(200,),
        opts=opts,
        body_key="conntrack_helper",
        response_key="conntrack_helper",
        response_type=ConntrackHelper,
    )


def delete(
    client: ServiceClient,
    router_id: str,
    conntrack_helper_id: str,
) -> None:
    """Removes a conntrack helper from a router.

    DELETE ``/routers/{router_id}/conntrack_helpers/{conntrack_helper_id}``

    Args:
        client: The network v2 service client.
        router_id: The ID of the router.
        conntrack_helper_id: The ID of the conntrack helper.
    """
    client.call(
        "DELETE",
        resource_url(client, router_id, conntrack_helper_id),
        ok=(204,),
    )
