"""Service profiles describe how a flavor is implemented: the provider driver to use and free-
form meta information for it. Operators associate them with flavors (see flavors); a profile
in use by a flavor cannot be deleted.
"""

# Generated from specs/network/v2/service_profiles.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "ServiceProfile",
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


class ServiceProfile(Model):
    """A service profile of the flavors framework."""

    id: str
    """The ID of the service profile."""

    description: str | UnsetType | None = UNSET
    """A human-readable description of the profile."""

    driver: str | UnsetType | None = UNSET
    """The provider driver the profile uses (empty when none)."""

    enabled: bool | UnsetType | None = UNSET
    """Whether the profile is enabled."""

    metainfo: str | UnsetType | None = UNSET
    """Meta information for the driver, as a JSON-encoded string."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the profile with this ID."""

    description: str | UnsetType = UNSET
    """Only profiles with this description."""

    driver: str | UnsetType = UNSET
    """Only profiles that use this driver."""

    enabled: bool | UnsetType = UNSET
    """Only enabled (true) or disabled (false) profiles."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last profile of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Page backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by (id, description, driver, enabled, metainfo), paired in order with
    sort_dir.
    """

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions (asc or desc), one per sort_key."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Return only these attributes of each profile."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "description": "query",
        "driver": "query",
        "enabled": "query",
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

    description: str | UnsetType = UNSET
    """A human-readable description of the profile."""

    driver: str | UnsetType = UNSET
    """The provider driver to use; must be a configured service provider."""

    metainfo: str | UnsetType = UNSET
    """Meta information for the driver, as a JSON-encoded string."""

    enabled: bool | UnsetType = UNSET
    """Whether the profile is enabled (default true)."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Return only these attributes."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    description: str | UnsetType = UNSET
    """The new description of the profile."""

    driver: str | UnsetType = UNSET
    """The new provider driver."""

    metainfo: str | UnsetType = UNSET
    """The new meta information, as a JSON-encoded string."""

    enabled: bool | UnsetType = UNSET
    """Enables (true) or disables (false) the profile."""


def list_url(client: ServiceClient) -> str:
    """The URL `/service_profiles`."""
    return client.url("/service_profiles")


def resource_url(client: ServiceClient, profile_id: str) -> str:
    """The URL `/service_profiles/{profile_id}`."""
    return client.url("/service_profiles/{profile_id}", profile_id=profile_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[ServiceProfile]:
    """Lists the service profiles the caller can see.

    GET ``/service_profiles``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=ServiceProfile,
        response_key="service_profiles",
        style=PageStyle("links", links_key="service_profiles_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
) -> ServiceProfile:
    """Creates a service profile (administrators only); it needs a driver, a metainfo, or both. An
    unknown driver is refused with 404.

    POST ``/service_profiles``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="service_profile",
        response_key="service_profile",
        response_type=ServiceProfile,
    )


def get(
    client: ServiceClient,
    profile_id: str,
    opts: GetOpts | None = None,
) -> ServiceProfile:
    """Shows a service profile.

    GET ``/service_profiles/{profile_id}``

    Args:
        client: The network v2 service client.
        profile_id: The ID of the service profile.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, profile_id),
        ok=(200,),
        opts=opts,
        response_key="service_profile",
        response_type=ServiceProfile,
    )


def update(
    client: ServiceClient,
    profile_id: str,
    opts: UpdateOpts | None = None,
) -> ServiceProfile:
    """Updates a service profile.

    PUT ``/service_profiles/{profile_id}``

    Args:
        client: The network v2 service client.
        profile_id: The ID of the service profile.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, profile_id),
        ok=(200,),
        opts=opts,
        body_key="service_profile",
        response_key="service_profile",
        response_type=ServiceProfile,
    )


def delete(
    client: ServiceClient,
    profile_id: str,
) -> None:
    """Deletes a service profile; refused with 409 while a flavor uses it.

    DELETE ``/service_profiles/{profile_id}``

    Args:
        client: The network v2 service client.
        profile_id: The ID of the service profile.
    """
    client.call(
        "DELETE",
        resource_url(client, profile_id),
        ok=(204,),
    )
