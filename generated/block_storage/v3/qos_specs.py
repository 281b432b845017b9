"""Quality-of-service specs: named sets of limits (IOPS, throughput, ...) applied by the compute
host, the storage back end or both, and associated with volume types. Usually administrators
only.
"""

# Generated from specs/block_storage/v3/qos_specs.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar, Literal

import msgspec

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "QosSpec",
    "QosAssociation",
    "ListOpts",
    "CreateOpts",
    "UpdateOpts",
    "DeleteOpts",
    "UnsetKeysOpts",
    "AssociateOpts",
    "DisassociateOpts",
    "list",
    "get",
    "create",
    "update",
    "delete",
    "unset_keys",
    "list_associations",
    "associate",
    "disassociate",
    "disassociate_all",
    "list_url",
    "resource_url",
    "unset_keys_url",
    "list_associations_url",
    "associate_url",
    "disassociate_url",
    "disassociate_all_url",
]


class QosSpec(Model):
    """A set of QoS specs."""

    id: str
    """The UUID of the QoS specs."""

    name: str | UnsetType | None = UNSET
    """The name of the QoS specs."""

    consumer: str | UnsetType | None = UNSET
    """Who enforces the limits, front-end (the compute host), back-end (the storage) or both."""

    specs: dict[str, str] | UnsetType | None = UNSET
    """The limits, key to value (read_iops_sec, total_bytes_sec, ...)."""


class QosAssociation(Model):
    """A volume type a set of QoS specs is associated with."""

    association_type: str | UnsetType | None = UNSET
    """The kind of the associated resource (volume_type)."""

    id: str | UnsetType | None = UNSET
    """The ID of the associated volume type."""

    name: str | UnsetType | None = UNSET
    """The name of the associated volume type."""


class ListOpts(Options):
    """Options for :func:`list`."""

    sort: str | UnsetType = UNSET
    """Sort keys and directions, as key:dir pairs separated by commas (name:asc,id:desc)."""

    sort_key: str | UnsetType = UNSET
    """The attribute to sort by (prefer sort)."""

    sort_dir: Literal["asc", "desc"] | UnsetType = UNSET
    """The sort direction for sort_key (prefer sort)."""

    limit: int | UnsetType = UNSET
    """The largest number of QoS specs to return on one page."""

    offset: int | UnsetType = UNSET
    """How many QoS specs to skip before the first one returned."""

    marker: str | UnsetType = UNSET
    """The ID of the last QoS specs of the previous page."""

    locations: ClassVar[dict[str, str]] = {
        "sort": "query",
        "sort_key": "query",
        "sort_dir": "query",
        "limit": "query",
        "offset": "query",
        "marker": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    name: str
    """The name of the new QoS specs, unique in the cloud."""

    consumer: Literal["front-end", "back-end", "both"] | UnsetType = UNSET
    """Who enforces the limits (default back-end)."""

    specs: dict[str, str] | UnsetType = UNSET
    """The limits, key to value (read_iops_sec, total_bytes_sec, ...), sent beside name and
    consumer.
    """

    locations: ClassVar[dict[str, str]] = {
        "specs": "extra",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    specs: dict[str, str] | UnsetType = UNSET
    """The keys to set, key to value."""

    locations: ClassVar[dict[str, str]] = {
        "specs": "extra",
    }


class DeleteOpts(Options):
    """Options for :func:`delete`."""

    force: bool | UnsetType = UNSET
    """Delete the specs even while volume types use them, after disassociating them (default
    false).
    """

    locations: ClassVar[dict[str, str]] = {
        "force": "query",
    }


class UnsetKeysOpts(Options):
    """Options for :func:`unset_keys`."""

    keys: builtins.list[str]
    """The keys to remove."""


class AssociateOpts(Options):
    """Options for :func:`associate`."""

    volume_type_id: str = msgspec.field(name="vol_type_id")
    """The ID of the volume type."""

    locations: ClassVar[dict[str, str]] = {
        "volume_type_id": "query",
    }


class DisassociateOpts(Options):
    """Options for :func:`disassociate`."""

    volume_type_id: str = msgspec.field(name="vol_type_id")
    """The ID of the volume type."""

    locations: ClassVar[dict[str, str]] = {
        "volume_type_id": "query",
    }


def list_url(client: ServiceClient) -> str:
    """The URL `/qos-specs`."""
    return client.url("/qos-specs")


def resource_url(client: ServiceClient, qos_id: str) -> str:
    """The URL `/qos-specs/{qos_id}`."""
    return client.url("/qos-specs/{qos_id}", qos_id=qos_id)


def unset_keys_url(client: ServiceClient, qos_id: str) -> str:
    """The URL `/qos-specs/{qos_id}/delete_keys`."""
    return client.url("/qos-specs/{qos_id}/delete_keys", qos_id=qos_id)


def list_associations_url(client: ServiceClient, qos_id: str) -> str:
    """The URL `/qos-specs/{qos_id}/associations`."""
    return client.url("/qos-specs/{qos_id}/associations", qos_id=qos_id)


def associate_url(client: ServiceClient, qos_id: str) -> str:
    """The URL `/qos-specs/{qos_id}/associate`."""
    return client.url("/qos-specs/{qos_id}/associate", qos_id=qos_id)


def disassociate_url(client: ServiceClient, qos_id: str) -> str:
    """The URL `/qos-specs/{qos_id}/disassociate`."""
    return client.url("/qos-specs/{qos_id}/disassociate", qos_id=qos_id)


def disassociate_all_url(client: ServiceClient, qos_id: str) -> str:
    """The URL `/qos-specs/{qos_id}/disassociate_all`."""
    return client.url("/qos-specs/{qos_id}/disassociate_all", qos_id=qos_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[QosSpec]:
    """Lists the QoS specs.

    GET ``/qos-specs``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=QosSpec,
        response_key="qos_specs",
        style=PageStyle("links", links_key="qos_specs_links"),
        opts=opts,
    )


def get(
    client: ServiceClient,
    qos_id: str,
) -> QosSpec:
    """Shows a set of QoS specs.

    GET ``/qos-specs/{qos_id}``

    Args:
        client: The block-storage v3 service client.
        qos_id: The ID of the QoS specs.
    """
    return client.call(
        "GET",
        resource_url(client, qos_id),
        ok=(200,),
        response_key="qos_specs",
        response_type=QosSpec,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> QosSpec:
    """Creates a set of QoS specs.

    POST ``/qos-specs``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(200,),
        opts=opts,
        body_key="qos_specs",
        response_key="qos_specs",
        response_type=QosSpec,
    )


def update(
    client: ServiceClient,
    qos_id: str,
    opts: UpdateOpts | None = None,
) -> dict[str, str]:
    """Adds or changes keys of a set of QoS specs (consumer included); returns the keys sent.

    PUT ``/qos-specs/{qos_id}``

    Args:
        client: The block-storage v3 service client.
        qos_id: The ID of the QoS specs.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, qos_id),
        ok=(200,),
        opts=opts,
        body_key="qos_specs",
        response_key="qos_specs",
        response_type=dict[str, str],
    )


def delete(
    client: ServiceClient,
    qos_id: str,
    opts: DeleteOpts | None = None,
) -> None:
    """Deletes a set of QoS specs.

    DELETE ``/qos-specs/{qos_id}``

    Args:
        client: The block-storage v3 service client.
        qos_id: The ID of the QoS specs.
        opts: The options of the request (:class:`DeleteOpts`).
    """
    client.call(
        "DELETE",
        resource_url(client, qos_id),
        ok=(202,),
        opts=opts,
    )


def unset_keys(
    client: ServiceClient,
    qos_id: str,
    opts: UnsetKeysOpts,
) -> None:
    """Removes keys from a set of QoS specs.

    PUT ``/qos-specs/{qos_id}/delete_keys``

    Args:
        client: The block-storage v3 service client.
        qos_id: The ID of the QoS specs.
        opts: The options of the request (:class:`UnsetKeysOpts`).
    """
    client.call(
        "PUT",
        unset_keys_url(client, qos_id),
        ok=(202,),
        opts=opts,
    )


def list_associations(
    client: ServiceClient,
    qos_id: str,
) -> builtins.list[QosAssociation]:
    """Lists the volume types a set of QoS specs is associated with.

    GET ``/qos-specs/{qos_id}/associations``

    Args:
        client: The block-storage v3 service client.
        qos_id: The ID of the QoS specs.
    """
    return client.call(
        "GET",
        list_associations_url(client, qos_id),
        ok=(200,),
        response_key="qos_associations",
        response_type=builtins.list[QosAssociation],
    )


def associate(
    client: ServiceClient,
    qos_id: str,
    opts: AssociateOpts,
) -> None:
    """Associates a set of QoS specs with a volume type.

    GET ``/qos-specs/{qos_id}/associate``

    Args:
        client: The block-storage v3 service client.
        qos_id: The ID of the QoS specs.
        opts: The options of the request (:class:`AssociateOpts`).
    """
    client.call(
        "GET",
        associate_url(client, qos_id),
        ok=(202,),
        opts=opts,
    )


def disassociate(
    client: ServiceClient,
    qos_id: str,
    opts: DisassociateOpts,
) -> None:
    """Dissociates a set of QoS specs from a volume type.

    GET ``/qos-specs/{qos_id}/disassociate``

    Args:
        client: The block-storage v3 service client.
        qos_id: The ID of the QoS specs.
        opts: The options of the request (:class:`DisassociateOpts`).
    """
    client.call(
        "GET",
        disassociate_url(client, qos_id),
        ok=(202,),
        opts=opts,
    )


def disassociate_all(
    client: ServiceClient,
    qos_id: str,
) -> None:
    """Dissociates a set of QoS specs from every volume type.

    GET ``/qos-specs/{qos_id}/disassociate_all``

    Args:
        client: The block-storage v3 service client.
        qos_id: The ID of the QoS specs.
    """
    client.call(
        "GET",
        disassociate_all_url(client, qos_id),
        ok=(202,),
    )
