"""Quota classes hold named sets of quota limits; the class named default supplies the defaults
of every project. Administrators only, by default policy. A limit of -1 means unlimited.
"""

# Generated from specs/block_storage/v3/quota_classes.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import ClassVar

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "QuotaClassSet",
    "UpdateOpts",
    "get",
    "update",
    "resource_url",
]


class QuotaClassSet(Model):
    """The limits of a quota class; -1 means unlimited, overall and per volume type
    (volume_type_quotas).
    """

    id: str | UnsetType | None = UNSET
    """The name of the quota class; absent from the update answer."""

    volumes: int | UnsetType | None = UNSET
    """The limit on volumes."""

    snapshots: int | UnsetType | None = UNSET
    """The limit on snapshots."""

    backups: int | UnsetType | None = UNSET
    """The limit on backups."""

    groups: int | UnsetType | None = UNSET
    """The limit on groups."""

    per_volume_gigabytes: int | UnsetType | None = UNSET
    """The largest size a single volume may have, in GiB."""

    gigabytes: int | UnsetType | None = UNSET
    """The limit on the total size of volumes and snapshots, in GiB."""

    backup_gigabytes: int | UnsetType | None = UNSET
    """The limit on the total size of backups, in GiB."""

    @property
    def volume_type_quotas(self) -> dict[str, int]:
        """The limits per volume type, keyed as the service names them: volumes_<type>,
        snapshots_<type> and gigabytes_<type>.
        """
        return self._pattern_field("volume_type_quotas", dict[str, int])

    pattern_fields: ClassVar[tuple[tuple[str, str | None], ...]] = (
        ("volume_type_quotas", "(volumes|gigabytes|snapshots)_.+"),
    )


class UpdateOpts(Options):
    """Options for :func:`update`."""

    volumes: int | UnsetType = UNSET
    """The new limit on volumes; -1 for unlimited."""

    snapshots: int | UnsetType = UNSET
    """The new limit on snapshots; -1 for unlimited."""

    backups: int | UnsetType = UNSET
    """The new limit on backups; -1 for unlimited."""

    groups: int | UnsetType = UNSET
    """The new limit on groups; -1 for unlimited."""

    per_volume_gigabytes: int | UnsetType = UNSET
    """The new size limit of a single volume, in GiB; -1 for unlimited."""

    gigabytes: int | UnsetType = UNSET
    """The new limit on the total size of volumes and snapshots, in GiB; -1 for unlimited."""

    backup_gigabytes: int | UnsetType = UNSET
    """The new limit on the total size of backups, in GiB; -1 for unlimited."""

    volume_type_quotas: dict[str, int] | UnsetType = UNSET
    """Per-volume-type limits, keyed by their full name such as volumes_ceph, snapshots_ceph or
    gigabytes_ceph; -1 for unlimited.
    """

    locations: ClassVar[dict[str, str]] = {
        "volume_type_quotas": "extra",
    }


def resource_url(client: ServiceClient, quota_class_name: str) -> str:
    """The URL `/os-quota-class-sets/{quota_class_name}`."""
    return client.url("/os-quota-class-sets/{quota_class_name}", quota_class_name=quota_class_name)


def get(
    client: ServiceClient,
    quota_class_name: str,
) -> QuotaClassSet:
    """Shows the limits of a quota class; limits the class does not set show their default.

    GET ``/os-quota-class-sets/{quota_class_name}``

    Args:
        client: The block-storage v3 service client.
        quota_class_name: The name of the quota class, such as default.
    """
    return client.call(
        "GET",
        resource_url(client, quota_class_name),
        ok=(200,),
        response_key="quota_class_set",
        response_type=QuotaClassSet,
    )


def update(
    client: ServiceClient,
    quota_class_name: str,
    opts: UpdateOpts | None = None,
) -> QuotaClassSet:
    """Sets limits of a quota class, creating the class if needed; returns the resulting limits.

    PUT ``/os-quota-class-sets/{quota_class_name}``

    Args:
        client: The block-storage v3 service client.
        quota_class_name: The name of the quota class, such as default.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, quota_class_name),
        ok=(200,),
        opts=opts,
        body_key="quota_class_set",
        response_key="quota_class_set",
        response_type=QuotaClassSet,
    )
