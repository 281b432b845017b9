"""Services are the entries of the service catalog: one per deployed OpenStack service,
identified by its type (compute, identity, ...), each reached through endpoints.
"""

# Generated from specs/identity/v3/services.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

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
    "Service",
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
    "find",
]


class Service(Model):
    """A catalog service."""

    id: str
    """The ID of the service."""

    type: str | UnsetType | None = UNSET
    """The service type, such as `compute` or `identity`."""

    name: str | UnsetType | None = UNSET
    """The name of the service."""

    description: str | UnsetType | None = UNSET
    """The description of the service."""

    enabled: bool | UnsetType | None = UNSET
    """Whether the service and its endpoints appear in the catalog."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the service itself."""


class ListOpts(Options):
    """Options for :func:`list`."""

    name: str | UnsetType = UNSET
    """Filters by service name."""

    type: str | UnsetType = UNSET
    """Filters by service type."""

    locations: ClassVar[dict[str, str]] = {
        "name": "query",
        "type": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    type: str
    """The service type, such as `compute`."""

    name: str
    """The name of the service."""

    description: str | UnsetType = UNSET
    """The description of the service."""

    enabled: bool | UnsetType = UNSET
    """Whether the service appears in the catalog."""


class UpdateOpts(Options):
    """Options for :func:`update`."""

    type: str | UnsetType = UNSET
    """The new service type."""

    name: str | UnsetType = UNSET
    """The new name."""

    description: str | UnsetType | None = UNSET
    """The new description."""

    enabled: bool | UnsetType = UNSET
    """Shows or hides the service in the catalog."""


def list_url(client: ServiceClient) -> str:
    """The URL `/services`."""
    return client.url("/services")


def resource_url(client: ServiceClient, service_id: str) -> str:
    """The URL `/services/{service_id}`."""
    return client.url("/services/{service_id}", service_id=service_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Service]:
    """Lists services.

    GET ``/services``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Service,
        response_key="services",
        style=PageStyle("next", next_key="links.next"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> Service:
    """Creates a service.

    POST ``/services``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="service",
        response_key="service",
        response_type=Service,
    )


def get(
    client: ServiceClient,
    service_id: str,
) -> Service:
    """Shows a service.

    GET ``/services/{service_id}``

    Args:
        client: The identity v3 service client.
        service_id: The ID of the service.
    """
    return client.call(
        "GET",
        resource_url(client, service_id),
        ok=(200,),
        response_key="service",
        response_type=Service,
    )


def update(
    client: ServiceClient,
    service_id: str,
    opts: UpdateOpts,
) -> Service:
    """Updates a service.

    PATCH ``/services/{service_id}``

    Args:
        client: The identity v3 service client.
        service_id: The ID of the service.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PATCH",
        resource_url(client, service_id),
        ok=(200,),
        opts=opts,
        body_key="service",
        response_key="service",
        response_type=Service,
    )


def delete(
    client: ServiceClient,
    service_id: str,
) -> None:
    """Deletes a service and its endpoints.

    DELETE ``/services/{service_id}``

    Args:
        client: The identity v3 service client.
        service_id: The ID of the service.
    """
    client.call(
        "DELETE",
        resource_url(client, service_id),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Service:
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
        what="Service",
    )
