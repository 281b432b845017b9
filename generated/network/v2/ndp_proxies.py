"""NDP proxies publish the IPv6 address of an internal port on the external network of its
router (l3-ndp-proxy extension). The router must have enable_ndp_proxy set, which needs an
IPv6 gateway in an address scope.
"""

# Generated from specs/network/v2/ndp_proxies.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from typing import ClassVar

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
    "NdpProxy",
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
    "find",
]


class NdpProxy(Model):
    """An NDP proxy entry of a router."""

    id: str
    """The ID of the NDP proxy."""

    name: str | UnsetType | None = UNSET
    """The name of the NDP proxy."""

    description: str | UnsetType | None = UNSET
    """A free-form description."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (legacy name of project_id)."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the NDP proxy."""

    revision_number: int | UnsetType | None = UNSET
    """The revision number, raised on each change."""

    router_id: str | UnsetType | None = UNSET
    """The ID of the router the proxy is on."""

    port_id: str | UnsetType | None = UNSET
    """The ID of the internal port whose address is published."""

    ip_address: str | UnsetType | None = UNSET
    """The IPv6 address that is published."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the NDP proxy was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the NDP proxy was last changed."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Filters by NDP proxy ID."""

    tenant_id: str | UnsetType = UNSET
    """Filters by owning project (legacy name)."""

    project_id: str | UnsetType = UNSET
    """Filters by owning project."""

    name: str | UnsetType = UNSET
    """Filters by name."""

    description: str | UnsetType = UNSET
    """Filters by description."""

    router_id: str | UnsetType = UNSET
    """Filters by router."""

    port_id: str | UnsetType = UNSET
    """Filters by internal port."""

    ip_address: str | UnsetType = UNSET
    """Filters by published IPv6 address."""

    revision_number: int | UnsetType = UNSET
    """Filters by revision number."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last NDP proxy of the previous page."""

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
        "tenant_id": "query",
        "project_id": "query",
        "name": "query",
        "description": "query",
        "router_id": "query",
        "port_id": "query",
        "ip_address": "query",
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

    router_id: str
    """The router to publish through."""

    port_id: str
    """The internal port whose address is published."""

    name: str | UnsetType = UNSET
    """The name of the NDP proxy."""

    ip_address: str | UnsetType = UNSET
    """The IPv6 address to publish, when the port has several."""

    description: str | UnsetType = UNSET
    """A free-form description."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Returns only these attributes."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new name."""

    description: str | UnsetType = UNSET
    """The new description."""


def list_url(client: ServiceClient) -> str:
    """The URL `/ndp_proxies`."""
    return client.url("/ndp_proxies")


def resource_url(client: ServiceClient, ndp_proxy_id: str) -> str:
    """The URL `/ndp_proxies/{ndp_proxy_id}`."""
    return client.url("/ndp_proxies/{ndp_proxy_id}", ndp_proxy_id=ndp_proxy_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[NdpProxy]:
    """Lists the NDP proxies the caller can see.

    GET ``/ndp_proxies``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=NdpProxy,
        response_key="ndp_proxies",
        style=PageStyle("links", links_key="ndp_proxies_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> NdpProxy:
    """Publishes the IPv6 address of an internal port through its router.

    POST ``/ndp_proxies``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="ndp_proxy",
        response_key="ndp_proxy",
        response_type=NdpProxy,
    )


def get(
    client: ServiceClient,
    ndp_proxy_id: str,
    opts: GetOpts | None = None,
) -> NdpProxy:
    """Shows an NDP proxy.

    GET ``/ndp_proxies/{ndp_proxy_id}``

    Args:
        client: The network v2 service client.
        ndp_proxy_id: The ID of the NDP proxy.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, ndp_proxy_id),
        ok=(200,),
        opts=opts,
        response_key="ndp_proxy",
        response_type=NdpProxy,
    )


def update(
    client: ServiceClient,
    ndp_proxy_id: str,
    opts: UpdateOpts | None = None,
) -> NdpProxy:
    """Renames an NDP proxy or changes its description.

    PUT ``/ndp_proxies/{ndp_proxy_id}``

    Args:
        client: The network v2 service client.
        ndp_proxy_id: The ID of the NDP proxy.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, ndp_proxy_id),
        ok=(200,),
        opts=opts,
        body_key="ndp_proxy",
        response_key="ndp_proxy",
        response_type=NdpProxy,
    )


def delete(
    client: ServiceClient,
    ndp_proxy_id: str,
) -> None:
    """Deletes an NDP proxy.

    DELETE ``/ndp_proxies/{ndp_proxy_id}``

    Args:
        client: The network v2 service client.
        ndp_proxy_id: The ID of the NDP proxy.
    """
    client.call(
        "DELETE",
        resource_url(client, ndp_proxy_id),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> NdpProxy:
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
        what="NdpProxy",
    )
