"""Floating IP pools: the external subnets floating IPs can be allocated from (floatingip-pools
extension).
"""

# Generated from specs/network/v2/floating_ip_pools.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "FloatingIpPool",
    "ListOpts",
    "list",
    "list_url",
]


class FloatingIpPool(Model):
    """An external subnet floating IPs can be allocated from."""

    subnet_id: str
    """The ID of the subnet."""

    subnet_name: str | UnsetType | None = UNSET
    """The name of the subnet."""

    network_id: str | UnsetType | None = UNSET
    """The ID of the external network of the subnet."""

    cidr: str | UnsetType | None = UNSET
    """The CIDR of the subnet."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the subnet."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (legacy name of project_id)."""


class ListOpts(Options):
    """Options for :func:`list`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Returns only these attributes."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


def list_url(client: ServiceClient) -> str:
    """The URL `/floatingip_pools`."""
    return client.url("/floatingip_pools")


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> builtins.list[FloatingIpPool]:
    """Lists the subnets floating IPs can be allocated from.

    GET ``/floatingip_pools``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.call(
        "GET",
        list_url(client),
        ok=(200,),
        opts=opts,
        response_key="floatingip_pools",
        response_type=builtins.list[FloatingIpPool],
    )
