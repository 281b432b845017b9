"""Metering labels name a set of traffic (selected by their metering label rules) whose
bandwidth the metering agent counts on routers.
"""

# Generated from specs/network/v2/metering_labels.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
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
    "MeteringLabel",
    "ListOpts",
    "CreateOpts",
    "list",
    "create",
    "get",
    "delete",
    "list_url",
    "resource_url",
    "find",
]


class MeteringLabel(Model):
    """A metering label."""

    id: str
    """The ID of the label."""

    name: str | UnsetType | None = UNSET
    """The name of the label."""

    description: str | UnsetType | None = UNSET
    """A free-text description of the label."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the label."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (legacy name of project_id)."""

    shared: bool | UnsetType | None = UNSET
    """Whether the label applies to the routers of every project."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the label with this ID."""

    name: str | UnsetType = UNSET
    """Only labels with this name."""

    description: str | UnsetType = UNSET
    """Only labels with this description."""

    project_id: str | UnsetType = UNSET
    """Only labels owned by this project."""

    tenant_id: str | UnsetType = UNSET
    """Only labels owned by this project (legacy name of project_id)."""

    shared: bool | UnsetType = UNSET
    """Only shared (true) or unshared (false) labels."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last label of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by (id, shared, name, description, tenant_id, project_id), one per
    sort_dir.
    """

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions (asc or desc), one per sort_key."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of each label."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "description": "query",
        "project_id": "query",
        "tenant_id": "query",
        "shared": "query",
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

    name: str | UnsetType = UNSET
    """The name of the label."""

    description: str | UnsetType = UNSET
    """A free-text description."""

    project_id: str | UnsetType = UNSET
    """The owning project, when an admin creates the label for another project."""

    tenant_id: str | UnsetType = UNSET
    """The owning project (legacy name of project_id)."""

    shared: bool | UnsetType = UNSET
    """Applies the label to the routers of every project."""


def list_url(client: ServiceClient) -> str:
    """The URL `/metering/metering-labels`."""
    return client.url("/metering/metering-labels")


def resource_url(client: ServiceClient, metering_label_id: str) -> str:
    """The URL `/metering/metering-labels/{metering_label_id}`."""
    return client.url(
        "/metering/metering-labels/{metering_label_id}", metering_label_id=metering_label_id
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[MeteringLabel]:
    """Lists metering labels.

    GET ``/metering/metering-labels``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=MeteringLabel,
        response_key="metering_labels",
        style=PageStyle("links", links_key="metering_labels_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
) -> MeteringLabel:
    """Creates a metering label.

    POST ``/metering/metering-labels``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="metering_label",
        response_key="metering_label",
        response_type=MeteringLabel,
    )


def get(
    client: ServiceClient,
    metering_label_id: str,
) -> MeteringLabel:
    """Shows a metering label.

    GET ``/metering/metering-labels/{metering_label_id}``

    Args:
        client: The network v2 service client.
        metering_label_id: The ID of the label.
    """
    return client.call(
        "GET",
        resource_url(client, metering_label_id),
        ok=(200,),
        response_key="metering_label",
        response_type=MeteringLabel,
    )


def delete(
    client: ServiceClient,
    metering_label_id: str,
) -> None:
    """Deletes a metering label and its rules.

    DELETE ``/metering/metering-labels/{metering_label_id}``

    Args:
        client: The network v2 service client.
        metering_label_id: The ID of the label.
    """
    client.call(
        "DELETE",
        resource_url(client, metering_label_id),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> MeteringLabel:
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
        what="MeteringLabel",
    )
