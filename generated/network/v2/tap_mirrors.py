"""Tap mirrors (Tap-as-a-Service extension `tap-mirror`) send the traffic of a Neutron port to a
remote IP address through a GRE or ERSPAN v1 tunnel, with one tunnel ID per mirrored
direction.
"""

# Generated from specs/network/v2/tap_mirrors.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar, Literal

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
    "TapMirror",
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


class TapMirror(Model):
    """A tap mirror, tunnelling one port's traffic to a remote address."""

    id: str
    """The ID of the tap mirror."""

    name: str | UnsetType | None = UNSET
    """The name of the tap mirror."""

    description: str | UnsetType | None = UNSET
    """A free-text description of the tap mirror."""

    port_id: str | UnsetType | None = UNSET
    """The ID of the port whose traffic is mirrored (not where the tunnel starts)."""

    directions: dict[str, int] | UnsetType | None = UNSET
    """The tunnel ID used for each mirrored direction, keyed IN, OUT or (with tap-mirror-both-
    direction) BOTH, e.g. {"IN": 99}.
    """

    remote_ip: str | UnsetType | None = UNSET
    """The remote end of the tunnel the mirrored traffic is sent to."""

    mirror_type: str | UnsetType | None = UNSET
    """The tunnel type, gre or erspanv1."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the tap mirror."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (legacy name of project_id)."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the tap mirror with this ID."""

    name: str | UnsetType = UNSET
    """Only tap mirrors with this name."""

    description: str | UnsetType = UNSET
    """Only tap mirrors with this description."""

    port_id: str | UnsetType = UNSET
    """Only tap mirrors of this port."""

    mirror_type: Literal["gre", "erspanv1"] | UnsetType = UNSET
    """Only tap mirrors using this tunnel type."""

    remote_ip: str | UnsetType = UNSET
    """Only tap mirrors tunnelling to this address."""

    project_id: str | UnsetType = UNSET
    """Only tap mirrors owned by this project."""

    tenant_id: str | UnsetType = UNSET
    """Only tap mirrors owned by this project (legacy name of project_id)."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last tap mirror of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by, one per sort_dir."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions (asc or desc), one per sort_key."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of each tap mirror."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "description": "query",
        "port_id": "query",
        "mirror_type": "query",
        "remote_ip": "query",
        "project_id": "query",
        "tenant_id": "query",
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

    port_id: str
    """The ID of the port whose traffic is to be mirrored."""

    directions: dict[str, int]
    """The tunnel ID to use per direction to mirror, keyed IN, OUT or (with tap-mirror-both-
    direction) BOTH, e.g. {"IN": 101, "OUT": 102}.
    """

    remote_ip: str
    """The IP address the tunnel ends at."""

    mirror_type: Literal["gre", "erspanv1"]
    """The tunnel type, gre or erspanv1."""

    name: str | UnsetType = UNSET
    """The name of the tap mirror."""

    description: str | UnsetType = UNSET
    """A free-text description."""

    project_id: str | UnsetType = UNSET
    """The owning project, when an admin creates the tap mirror for another project."""

    tenant_id: str | UnsetType = UNSET
    """The owning project (legacy name of project_id)."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of the tap mirror."""

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
    """The URL `/taas/tap_mirrors`."""
    return client.url("/taas/tap_mirrors")


def resource_url(client: ServiceClient, tap_mirror_id: str) -> str:
    """The URL `/taas/tap_mirrors/{tap_mirror_id}`."""
    return client.url("/taas/tap_mirrors/{tap_mirror_id}", tap_mirror_id=tap_mirror_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[TapMirror]:
    """Lists the tap mirrors the caller can see.

    GET ``/taas/tap_mirrors``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=TapMirror,
        response_key="tap_mirrors",
        style=PageStyle("links", links_key="tap_mirrors_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> TapMirror:
    """Creates a tap mirror of a port.

    POST ``/taas/tap_mirrors``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="tap_mirror",
        response_key="tap_mirror",
        response_type=TapMirror,
    )


def get(
    client: ServiceClient,
    tap_mirror_id: str,
    opts: GetOpts | None = None,
) -> TapMirror:
    """Shows a tap mirror.

    GET ``/taas/tap_mirrors/{tap_mirror_id}``

    Args:
        client: The network v2 service client.
        tap_mirror_id: The ID of the tap mirror.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, tap_mirror_id),
        ok=(200,),
        opts=opts,
        response_key="tap_mirror",
        response_type=TapMirror,
    )


def update(
    client: ServiceClient,
    tap_mirror_id: str,
    opts: UpdateOpts | None = None,
) -> TapMirror:
    """Renames a tap mirror or changes its description (nothing else can change).

    PUT ``/taas/tap_mirrors/{tap_mirror_id}``

    Args:
        client: The network v2 service client.
        tap_mirror_id: The ID of the tap mirror.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, tap_mirror_id),
        ok=(200,),
        opts=opts,
        body_key="tap_mirror",
        response_key="tap_mirror",
        response_type=TapMirror,
    )


def delete(
    client: ServiceClient,
    tap_mirror_id: str,
) -> None:
    """Deletes a tap mirror.

    DELETE ``/taas/tap_mirrors/{tap_mirror_id}``

    Args:
        client: The network v2 service client.
        tap_mirror_id: The ID of the tap mirror.
    """
    client.call(
        "DELETE",
        resource_url(client, tap_mirror_id),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> TapMirror:
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
        what="TapMirror",
    )
