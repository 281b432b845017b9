"""Network flavors (the flavors framework) let operators offer curated choices of an advanced
service (for instance a router type) to users, who pick one by ID when creating the resource.
A flavor belongs to one service type and is implemented by the service profiles associated
with it.
"""

# Generated from specs/network/v2/flavors.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar

import msgspec

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
    "Flavor",
    "FlavorServiceProfile",
    "ListOpts",
    "CreateOpts",
    "GetOpts",
    "UpdateOpts",
    "AssociateServiceProfileOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "associate_service_profile",
    "disassociate_service_profile",
    "list_url",
    "resource_url",
    "associate_service_profile_url",
    "disassociate_service_profile_url",
    "find",
]


class Flavor(Model):
    """A network service flavor."""

    id: str
    """The ID of the flavor."""

    name: str | UnsetType | None = UNSET
    """The name of the flavor."""

    description: str | UnsetType | None = UNSET
    """A human-readable description of the flavor."""

    service_type: str | UnsetType | None = UNSET
    """The service plugin type the flavor applies to (for example L3_ROUTER_NAT); fixed once the
    flavor exists.
    """

    enabled: bool | UnsetType | None = UNSET
    """Whether users may pick the flavor."""

    service_profiles: builtins.list[str] | UnsetType | None = UNSET
    """The IDs of the service profiles associated with the flavor."""


class FlavorServiceProfile(Model):
    """The answer to associating a service profile with a flavor. Neutron fills it from the
    flavor, so its id is the flavor's ID, not the profile's; read the flavor's
    service_profiles to see the associations.
    """

    id: str
    """The ID Neutron returns for the association (in practice the flavor's ID)."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the flavor with this ID."""

    name: str | UnsetType = UNSET
    """Only flavors with this name."""

    description: str | UnsetType = UNSET
    """Only flavors with this description."""

    service_type: str | UnsetType = UNSET
    """Only flavors of this service type."""

    enabled: bool | UnsetType = UNSET
    """Only enabled (true) or disabled (false) flavors."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last flavor of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Page backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by (id, name, description, service_type, enabled), paired in order
    with sort_dir.
    """

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions (asc or desc), one per sort_key."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Return only these attributes of each flavor."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "description": "query",
        "service_type": "query",
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

    service_type: str
    """The type of a loaded service plugin the flavor is for (see the service providers), for
    example L3_ROUTER_NAT.
    """

    name: str | UnsetType = UNSET
    """The name of the flavor."""

    description: str | UnsetType = UNSET
    """A human-readable description of the flavor."""

    enabled: bool | UnsetType = UNSET
    """Whether users may pick the flavor (default true)."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Return only these attributes."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new name of the flavor."""

    description: str | UnsetType = UNSET
    """The new description of the flavor."""

    enabled: bool | UnsetType = UNSET
    """Enables (true) or disables (false) the flavor."""


class AssociateServiceProfileOpts(Options):
    """Options for :func:`associate_service_profile`."""

    service_profile_id: str = msgspec.field(name="id")
    """The ID of the service profile to associate."""


def list_url(client: ServiceClient) -> str:
    """The URL `/flavors`."""
    return client.url("/flavors")


def resource_url(client: ServiceClient, flavor_id: str) -> str:
    """The URL `/flavors/{flavor_id}`."""
    return client.url("/flavors/{flavor_id}", flavor_id=flavor_id)


def associate_service_profile_url(client: ServiceClient, flavor_id: str) -> str:
    """The URL `/flavors/{flavor_id}/service_profiles`."""
    return client.url("/flavors/{flavor_id}/service_profiles", flavor_id=flavor_id)


def disassociate_service_profile_url(
    client: ServiceClient, flavor_id: str, profile_id: str
) -> str:
    """The URL `/flavors/{flavor_id}/service_profiles/{profile_id}`."""
    return client.url(
        "/flavors/{flavor_id}/service_profiles/{profile_id}",
        flavor_id=flavor_id,
        profile_id=profile_id,
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Flavor]:
    """Lists the flavors the caller can see.

    GET ``/flavors``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Flavor,
        response_key="flavors",
        style=PageStyle("links", links_key="flavors_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> Flavor:
    """Creates a flavor (administrators only).

    POST ``/flavors``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="flavor",
        response_key="flavor",
        response_type=Flavor,
    )


def get(
    client: ServiceClient,
    flavor_id: str,
    opts: GetOpts | None = None,
) -> Flavor:
    """Shows a flavor.

    GET ``/flavors/{flavor_id}``

    Args:
        client: The network v2 service client.
        flavor_id: The ID of the flavor.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, flavor_id),
        ok=(200,),
        opts=opts,
        response_key="flavor",
        response_type=Flavor,
    )


def update(
    client: ServiceClient,
    flavor_id: str,
    opts: UpdateOpts | None = None,
) -> Flavor:
    """Updates a flavor; its service type cannot change.

    PUT ``/flavors/{flavor_id}``

    Args:
        client: The network v2 service client.
        flavor_id: The ID of the flavor.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, flavor_id),
        ok=(200,),
        opts=opts,
        body_key="flavor",
        response_key="flavor",
        response_type=Flavor,
    )


def delete(
    client: ServiceClient,
    flavor_id: str,
) -> None:
    """Deletes a flavor.

    DELETE ``/flavors/{flavor_id}``

    Args:
        client: The network v2 service client.
        flavor_id: The ID of the flavor.
    """
    client.call(
        "DELETE",
        resource_url(client, flavor_id),
        ok=(204,),
    )


def associate_service_profile(
    client: ServiceClient,
    flavor_id: str,
    opts: AssociateServiceProfileOpts,
) -> FlavorServiceProfile:
    """Associates a service profile with a flavor; a flavor may have several profiles, and
    associating the same one twice is a conflict.

    POST ``/flavors/{flavor_id}/service_profiles``

    Args:
        client: The network v2 service client.
        flavor_id: The ID of the flavor.
        opts: The options of the request (:class:`AssociateServiceProfileOpts`).
    """
    return client.call(
        "POST",
        associate_service_profile_url(client, flavor_id),
        ok=(201,),
        opts=opts,
        body_key="service_profile",
        response_key="service_profile",
        response_type=FlavorServiceProfile,
    )


def disassociate_service_profile(
    client: ServiceClient,
    flavor_id: str,
    profile_id: str,
) -> None:
    """Removes the association of a service profile with a flavor.

    DELETE ``/flavors/{flavor_id}/service_profiles/{profile_id}``

    Args:
        client: The network v2 service client.
        flavor_id: The ID of the flavor.
        profile_id: The ID of the associated service profile.
    """
    client.call(
        "DELETE",
        disassociate_service_profile_url(client, flavor_id, profile_id),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Flavor:
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
        what="Flavor",
    )
