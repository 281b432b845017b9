"""Which query filters the list calls of each resource accept, as the deployment configures them
(from microversion 3.33).
"""

# Generated from specs/block_storage/v3/resource_filters.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "ResourceFilter",
    "ListOpts",
    "list",
    "list_url",
]


class ResourceFilter(Model):
    """The filters one resource's list calls accept."""

    resource: str
    """The resource, such as volume, snapshot, backup or pool."""

    filters: builtins.list[str] | UnsetType | None = UNSET
    """The names of the accepted filters."""


class ListOpts(Options):
    """Options for :func:`list`."""

    resource: str | UnsetType = UNSET
    """Only the filters of this resource, such as volume."""

    locations: ClassVar[dict[str, str]] = {
        "resource": "query",
    }


def list_url(client: ServiceClient) -> str:
    """The URL `/resource_filters`."""
    return client.url("/resource_filters")


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> builtins.list[ResourceFilter]:
    """Lists the accepted filters of every resource, or of one.

    Microversions: 3.33 and later.

    GET ``/resource_filters``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    client.check_operation_version("resource_filters.list", "3.33", None)
    return client.call(
        "GET",
        list_url(client),
        ok=(200,),
        opts=opts,
        response_key="resource_filters",
        response_type=builtins.list[ResourceFilter],
    )
