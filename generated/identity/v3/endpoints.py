"""Endpoints are the URLs of catalog services, one per interface (public, internal, admin) and
region.
"""

# Generated from specs/identity/v3/endpoints.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import ClassVar, Literal

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "Endpoint",
    "ListOpts",
    "CreateOpts",
    "UpdateOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "list_url",
    "resource_url",
]


class Endpoint(Model):
    """A service endpoint."""

    id: str
    """The ID of the endpoint."""

    interface: str | UnsetType | None = UNSET
    """The interface of the endpoint, `public`, `internal` or `admin`."""

    service_id: str | UnsetType | None = UNSET
    """The ID of the service the endpoint belongs to."""

    region_id: str | UnsetType | None = UNSET
    """The ID of the region of the endpoint."""

    region: str | UnsetType | None = UNSET
    """The region of the endpoint (deprecated; same value as region_id)."""

    url: str | UnsetType | None = UNSET
    """The URL of the endpoint."""

    enabled: bool | UnsetType | None = UNSET
    """Whether the endpoint appears in the catalog."""

    name: str | UnsetType | None = UNSET
    """The name of the endpoint."""

    description: str | UnsetType | None = UNSET
    """The description of the endpoint."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the endpoint itself."""


class ListOpts(Options):
    """Options for :func:`list`."""

    interface: Literal["public", "internal", "admin"] | UnsetType = UNSET
    """Filters by interface."""

    service_id: str | UnsetType = UNSET
    """Filters by the ID of the service."""

    region_id: str | UnsetType = UNSET
    """Filters by the ID of the region."""

    locations: ClassVar[dict[str, str]] = {
        "interface": "query",
        "service_id": "query",
        "region_id": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    service_id: str
    """The ID of the service the endpoint belongs to."""

    interface: Literal["public", "internal", "admin"]
    """The interface of the endpoint."""

    url: str
    """The URL of the endpoint."""

    region_id: str | UnsetType = UNSET
    """The ID of the region of the endpoint."""

    enabled: bool | UnsetType = UNSET
    """Whether the endpoint appears in the catalog."""

    name: str | UnsetType = UNSET
    """The name of the endpoint."""

    description: str | UnsetType = UNSET
    """The description of the endpoint."""


class UpdateOpts(Options):
    """Options for :func:`update`."""

    service_id: str | UnsetType = UNSET
    """The new service."""

    interface: Literal["public", "internal", "admin"] | UnsetType = UNSET
    """The new interface."""

    url: str | UnsetType = UNSET
    """The new URL."""

    region_id: str | UnsetType | None = UNSET
    """The new region."""

    region: str | UnsetType = UNSET
    """The new region (deprecated; use region_id)."""

    enabled: bool | UnsetType = UNSET
    """Shows or hides the endpoint in the catalog."""

    name: str | UnsetType = UNSET
    """The new name."""

    description: str | UnsetType | None = UNSET
    """The new description."""


def list_url(client: ServiceClient) -> str:
    """The URL `/endpoints`."""
    return client.url("/endpoints")


def resource_url(client: ServiceClient, endpoint_id: str) -> str:
    """The URL `/endpoints/{endpoint_id}`."""
    return client.url("/endpoints/{endpoint_id}", endpoint_id=endpoint_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Endpoint]:
    """Lists endpoints.

    GET ``/endpoints``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Endpoint,
        response_key="endpoints",
        style=PageStyle("next", next_key="links.next"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> Endpoint:
    """Creates an endpoint.

    POST ``/endpoints``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="endpoint",
        response_key="endpoint",
        response_type=Endpoint,
    )


def get(
    client: ServiceClient,
    endpoint_id: str,
) -> Endpoint:
    """Shows an endpoint.

    GET ``/endpoints/{endpoint_id}``

    Args:
        client: The identity v3 service client.
        endpoint_id: The ID of the endpoint.
    """
    return client.call(
        "GET",
        resource_url(client, endpoint_id),
        ok=(200,),
        response_key="endpoint",
        response_type=Endpoint,
    )


def update(
    client: ServiceClient,
    endpoint_id: str,
    opts: UpdateOpts,
) -> Endpoint:
    """Updates an endpoint.

    PATCH ``/endpoints/{endpoint_id}``

    Args:
        client: The identity v3 service client.
        endpoint_id: The ID of the endpoint.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PATCH",
        resource_url(client, endpoint_id),
        ok=(200,),
        opts=opts,
        body_key="endpoint",
        response_key="endpoint",
        response_type=Endpoint,
    )


def delete(
    client: ServiceClient,
    endpoint_id: str,
) -> None:
    """Deletes an endpoint.

    DELETE ``/endpoints/{endpoint_id}``

    Args:
        client: The identity v3 service client.
        endpoint_id: The ID of the endpoint.
    """
    client.call(
        "DELETE",
        resource_url(client, endpoint_id),
        ok=(204,),
    )
