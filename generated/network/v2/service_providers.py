"""Service providers: the drivers that implement Neutron's advanced services (L3 router flavors,
VPN, load balancing, ...), by service type.
"""

# Generated from specs/network/v2/service_providers.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "ServiceProvider",
    "ListOpts",
    "list",
    "list_url",
]


class ServiceProvider(Model):
    """A driver offering a service type."""

    service_type: str
    """The service type the driver implements, such as L3_ROUTER_NAT or VPN."""

    name: str | UnsetType | None = UNSET
    """The name of the provider."""

    default: bool | UnsetType | None = UNSET
    """Whether this is the default provider of its service type."""


class ListOpts(Options):
    """Options for :func:`list`."""

    service_type: str | UnsetType = UNSET
    """Only providers of this service type."""

    name: str | UnsetType = UNSET
    """Only providers with this name."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only these attributes in each provider (repeatable)."""

    locations: ClassVar[dict[str, str]] = {
        "service_type": "query",
        "name": "query",
        "fields": "query",
    }


def list_url(client: ServiceClient) -> str:
    """The URL `/service-providers`."""
    return client.url("/service-providers")


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> builtins.list[ServiceProvider]:
    """Lists the service providers.

    GET ``/service-providers``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.call(
        "GET",
        list_url(client),
        ok=(200,),
        opts=opts,
        response_key="service_providers",
        response_type=builtins.list[ServiceProvider],
    )
