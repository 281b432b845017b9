"""Registered limits are the default limits of a resource of a service, optionally per region,
that apply to every project without a limit of its own.
"""

# Generated from specs/identity/v3/registered_limits.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "RegisteredLimit",
    "NewRegisteredLimit",
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


class RegisteredLimit(Model):
    """A registered (default) limit."""

    id: str
    """The ID of the registered limit."""

    service_id: str | UnsetType | None = UNSET
    """The ID of the service that owns the resource."""

    region_id: str | UnsetType | None = UNSET
    """The ID of the region the limit applies in, if any."""

    resource_name: str | UnsetType | None = UNSET
    """The name of the limited resource, such as `cores`."""

    default_limit: int | UnsetType | None = UNSET
    """The default limit for projects."""

    description: str | UnsetType | None = UNSET
    """The description of the registered limit."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the registered limit itself."""


class NewRegisteredLimit(Model):
    """A registered limit to create."""

    service_id: str
    """The ID of the service that owns the resource."""

    resource_name: str
    """The name of the limited resource."""

    default_limit: int
    """The default limit for projects."""

    region_id: str | UnsetType | None = UNSET
    """The ID of the region the limit applies in."""

    description: str | UnsetType | None = UNSET
    """The description of the registered limit."""


class ListOpts(Options):
    """Options for :func:`list`."""

    service_id: str | UnsetType = UNSET
    """Filters by the ID of the service."""

    region_id: str | UnsetType = UNSET
    """Filters by the ID of the region."""

    resource_name: str | UnsetType = UNSET
    """Filters by resource name."""

    locations: ClassVar[dict[str, str]] = {
        "service_id": "query",
        "region_id": "query",
        "resource_name": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    registered_limits: builtins.list[NewRegisteredLimit]
    """The registered limits to create."""


class UpdateOpts(Options):
    """Options for :func:`update`."""

    service_id: str | UnsetType = UNSET
    """The new service."""

    region_id: str | UnsetType | None = UNSET
    """The new region."""

    resource_name: str | UnsetType = UNSET
    """The new resource name."""

    default_limit: int | UnsetType = UNSET
    """The new default limit."""

    description: str | UnsetType | None = UNSET
    """The new description."""


def list_url(client: ServiceClient) -> str:
    """The URL `/registered_limits`."""
    return client.url("/registered_limits")


def resource_url(client: ServiceClient, registered_limit_id: str) -> str:
    """The URL `/registered_limits/{registered_limit_id}`."""
    return client.url(
        "/registered_limits/{registered_limit_id}", registered_limit_id=registered_limit_id
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[RegisteredLimit]:
    """Lists registered limits.

    GET ``/registered_limits``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=RegisteredLimit,
        response_key="registered_limits",
        style=PageStyle("next", next_key="links.next"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> builtins.list[RegisteredLimit]:
    """Creates one or more registered limits in one call.

    POST ``/registered_limits``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        response_key="registered_limits",
        response_type=builtins.list[RegisteredLimit],
    )


def get(
    client: ServiceClient,
    registered_limit_id: str,
) -> RegisteredLimit:
    """Shows a registered limit.

    GET ``/registered_limits/{registered_limit_id}``

    Args:
        client: The identity v3 service client.
        registered_limit_id: The ID of the registered limit.
    """
    return client.call(
        "GET",
        resource_url(client, registered_limit_id),
        ok=(200,),
        response_key="registered_limit",
        response_type=RegisteredLimit,
    )


def update(
    client: ServiceClient,
    registered_limit_id: str,
    opts: UpdateOpts,
) -> RegisteredLimit:
    """Updates a registered limit.

    PATCH ``/registered_limits/{registered_limit_id}``

    Args:
        client: The identity v3 service client.
        registered_limit_id: The ID of the registered limit.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PATCH",
        resource_url(client, registered_limit_id),
        ok=(200,),
        opts=opts,
        body_key="registered_limit",
        response_key="registered_limit",
        response_type=RegisteredLimit,
    )


def delete(
    client: ServiceClient,
    registered_limit_id: str,
) -> None:
    """Deletes a registered limit.

    DELETE ``/registered_limits/{registered_limit_id}``

    Args:
        client: The identity v3 service client.
        registered_limit_id: The ID of the registered limit.
    """
    client.call(
        "DELETE",
        resource_url(client, registered_limit_id),
        ok=(204,),
    )
