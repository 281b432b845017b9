"""What a storage back end can do: the standard and vendor-specific properties an administrator
may set in volume type extra specs to use it.
"""

# Generated from specs/block_storage/v3/capabilities.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import Any

from typedstack.runtime import UNSET, Model, ServiceClient, UnsetType

__all__ = [
    "Capabilities",
    "CapabilityProperty",
    "get",
    "resource_url",
]


class Capabilities(Model):
    """The capabilities of a storage back end."""

    namespace: str | UnsetType | None = UNSET
    """The namespace of the capabilities, such as OS::Storage::Capabilities::<backend>."""

    vendor_name: str | UnsetType | None = UNSET
    """The vendor of the storage."""

    volume_backend_name: str | UnsetType | None = UNSET
    """The name of the back end."""

    pool_name: str | UnsetType | None = UNSET
    """The name of the storage pool."""

    driver_version: str | UnsetType | None = UNSET
    """The version of the volume driver."""

    storage_protocol: str | UnsetType | None = UNSET
    """The storage protocol, such as iSCSI, FC or NFS."""

    display_name: str | UnsetType | None = UNSET
    """A human-readable name for the capability set."""

    description: str | UnsetType | None = UNSET
    """A description of the capability set."""

    visibility: str | UnsetType | None = UNSET
    """Who may see the capabilities, such as public."""

    properties: dict[str, CapabilityProperty] | UnsetType | None = UNSET
    """The properties the back end supports, keyed by name (compression, qos, thin_provisioning,
    vendor ones, ...).
    """

    replication_targets: list[Any] | UnsetType | None = UNSET
    """The back ends the volumes of this one replicate to."""


class CapabilityProperty(Model):
    """One capability of a back end, described like a JSON Schema property."""

    title: str | UnsetType | None = UNSET
    """A short human-readable name."""

    description: str | UnsetType | None = UNSET
    """What the capability does."""

    type: str | UnsetType | None = UNSET
    """The type of its value, such as boolean, string or integer."""


def resource_url(client: ServiceClient, hostname: str) -> str:
    """The URL `/capabilities/{hostname}`."""
    return client.url("/capabilities/{hostname}", hostname=hostname)


def get(
    client: ServiceClient,
    hostname: str,
) -> Capabilities:
    """Shows the capabilities of a storage back end.

    GET ``/capabilities/{hostname}``

    Args:
        client: The block-storage v3 service client.
        hostname: The back end, as host@volume_backend_name.
    """
    return client.call(
        "GET",
        resource_url(client, hostname),
        ok=(200,),
        response_type=Capabilities,
    )
