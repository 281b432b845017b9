"""Project limits (unified limits) override, for one project or domain, the default of a
registered limit on a resource of a service. The enforcement model tells how limits combine
across the project hierarchy.
"""

# Generated from specs/identity/v3/limits.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "Limit",
    "NewLimit",
    "EnforcementModel",
    "ListOpts",
    "CreateOpts",
    "UpdateOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "get_model",
    "list_url",
    "resource_url",
    "get_model_url",
]


class Limit(Model):
    """A limit on a resource, for a project or a domain."""

    id: str
    """The ID of the limit."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project the limit applies to (null for a domain limit)."""

    domain_id: str | UnsetType | None = UNSET
    """The ID of the domain the limit applies to (null for a project limit)."""

    service_id: str | UnsetType | None = UNSET
    """The ID of the service that owns the resource."""

    region_id: str | UnsetType | None = UNSET
    """The ID of the region the limit applies in, if any."""

    resource_name: str | UnsetType | None = UNSET
    """The name of the limited resource, such as `cores`."""

    resource_limit: int | UnsetType | None = UNSET
    """The limit itself."""

    description: str | UnsetType | None = UNSET
    """The description of the limit."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the limit itself."""


class NewLimit(Model):
    """A limit to create."""

    service_id: str
    """The ID of the service that owns the resource."""

    resource_name: str
    """The name of the limited resource; a registered limit must exist for it."""

    resource_limit: int
    """The limit itself."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project to limit (give this or domain_id)."""

    domain_id: str | UnsetType | None = UNSET
    """The ID of the domain to limit (give this or project_id)."""

    region_id: str | UnsetType | None = UNSET
    """The ID of the region the limit applies in."""

    description: str | UnsetType | None = UNSET
    """The description of the limit."""


class EnforcementModel(Model):
    """The limit enforcement model of the deployment."""

    name: str
    """The name of the model, `flat` or `strict_two_level`."""

    description: str | UnsetType | None = UNSET
    """What the model does."""


class ListOpts(Options):
    """Options for :func:`list`."""

    service_id: str | UnsetType = UNSET
    """Filters by the ID of the service."""

    region_id: str | UnsetType = UNSET
    """Filters by the ID of the region."""

    resource_name: str | UnsetType = UNSET
    """Filters by resource name."""

    project_id: str | UnsetType = UNSET
    """Filters by the ID of the project."""

    domain_id: str | UnsetType = UNSET
    """Filters by the ID of the domain."""

    locations: ClassVar[dict[str, str]] = {
        "service_id": "query",
        "region_id": "query",
        "resource_name": "query",
        "project_id": "query",
        "domain_id": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    limits: builtins.list[NewLimit]
    """The limits to create."""


class UpdateOpts(Options):
    """Options for :func:`update`."""

    resource_limit: int | UnsetType = UNSET
    """The new limit."""

    description: str | UnsetType | None = UNSET
    """The new description."""


def list_url(client: ServiceClient) -> str:
    """The URL `/limits`."""
    return client.url("/limits")


def resource_url(client: ServiceClient, limit_id: str) -> str:
    """The URL `/limits/{limit_id}`."""
    return client.url("/limits/{limit_id}", limit_id=limit_id)


def get_model_url(client: ServiceClient) -> str:
    """The URL `/limits/model`."""
    return client.url("/limits/model")


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Limit]:
    """Lists limits.

    GET ``/limits``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Limit,
        response_key="limits",
        style=PageStyle("next", next_key="links.next"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> builtins.list[Limit]:
    """Creates one or more limits in one call.

    POST ``/limits``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        response_key="limits",
        response_type=builtins.list[Limit],
    )


def get(
    client: ServiceClient,
    limit_id: str,
) -> Limit:
    """Shows a limit.

    GET ``/limits/{limit_id}``

    Args:
        client: The identity v3 service client.
        limit_id: The ID of the limit.
    """
    return client.call(
        "GET",
        resource_url(client, limit_id),
        ok=(200,),
        response_key="limit",
        response_type=Limit,
    )


def update(
    client: ServiceClient,
    limit_id: str,
    opts: UpdateOpts,
) -> Limit:
    """Updates a limit.

    PATCH ``/limits/{limit_id}``

    Args:
        client: The identity v3 service client.
        limit_id: The ID of the limit.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PATCH",
        resource_url(client, limit_id),
        ok=(200,),
        opts=opts,
        body_key="limit",
        response_key="limit",
        response_type=Limit,
    )


def delete(
    client: ServiceClient,
    limit_id: str,
) -> None:
    """Deletes a limit.

    DELETE ``/limits/{limit_id}``

    Args:
        client: The identity v3 service client.
        limit_id: The ID of the limit.
    """
    client.call(
        "DELETE",
        resource_url(client, limit_id),
        ok=(204,),
    )


def get_model(
    client: ServiceClient,
) -> EnforcementModel:
    """Shows the limit enforcement model in use.

    GET ``/limits/model``

    Args:
        client: The identity v3 service client.
    """
    return client.call(
        "GET",
        get_model_url(client),
        ok=(200,),
        response_key="model",
        response_type=EnforcementModel,
    )
