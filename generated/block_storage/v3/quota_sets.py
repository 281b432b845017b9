"""The quotas of a project in the block-storage service: how many volumes, snapshots, backups
and groups it may have and how many GiB they may use, overall and per volume type. A limit of
-1 means unlimited. The calls are made in the caller's (administrative) project; the project
whose quotas are meant is a path parameter. Administrators only, by default policy.
"""

# Generated from specs/block_storage/v3/quota_sets.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import ClassVar

from typedstack.runtime import UNSET, Fixed, Model, Options, ServiceClient, UnsetType

__all__ = [
    "QuotaSet",
    "QuotaSetUsage",
    "QuotaUsage",
    "UpdateOpts",
    "get",
    "get_usage",
    "update",
    "delete",
    "get_defaults",
    "resource_url",
    "get_defaults_url",
]


class QuotaSet(Model):
    """The quotas of a project; -1 means unlimited, overall and per volume type
    (volume_type_quotas).
    """

    id: str | UnsetType | None = UNSET
    """The ID of the project the quotas are for; absent from the update answer."""

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
        snapshots_<type> and gigabytes_<type> (one of each for every volume type, the default
        one included).
        """
        return self._pattern_field("volume_type_quotas", dict[str, int])

    pattern_fields: ClassVar[tuple[tuple[str, str | None], ...]] = (
        ("volume_type_quotas", "(volumes|gigabytes|snapshots)_.+"),
    )


class QuotaSetUsage(Model):
    """The quotas of a project with their usage, overall and per volume type
    (volume_type_quotas).
    """

    id: str | UnsetType | None = UNSET
    """The ID of the project the quotas are for."""

    volumes: QuotaUsage | UnsetType | None = UNSET
    """The quota on volumes, with its usage."""

    snapshots: QuotaUsage | UnsetType | None = UNSET
    """The quota on snapshots, with its usage."""

    backups: QuotaUsage | UnsetType | None = UNSET
    """The quota on backups, with its usage."""

    groups: QuotaUsage | UnsetType | None = UNSET
    """The quota on groups, with its usage."""

    per_volume_gigabytes: QuotaUsage | UnsetType | None = UNSET
    """The size limit of a single volume, in GiB, with its usage."""

    gigabytes: QuotaUsage | UnsetType | None = UNSET
    """The quota on the total size of volumes and snapshots, in GiB, with its usage."""

    backup_gigabytes: QuotaUsage | UnsetType | None = UNSET
    """The quota on the total size of backups, in GiB, with its usage."""

    @property
    def volume_type_quotas(self) -> dict[str, QuotaUsage]:
        """The quotas per volume type with their usage, keyed as the service names them:
        volumes_<type>, snapshots_<type> and gigabytes_<type>.
        """
        return self._pattern_field("volume_type_quotas", dict[str, QuotaUsage])

    pattern_fields: ClassVar[tuple[tuple[str, str | None], ...]] = (
        ("volume_type_quotas", "(volumes|gigabytes|snapshots)_.+"),
    )


class QuotaUsage(Model):
    """One quota with its usage."""

    limit: int | UnsetType | None = UNSET
    """The limit; -1 means unlimited."""

    in_use: int | UnsetType | None = UNSET
    """How much is in use."""

    reserved: int | UnsetType | None = UNSET
    """How much is reserved by operations in progress."""

    allocated: int | UnsetType | None = UNSET
    """How much is handed down to child projects (nested quotas only)."""


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


def resource_url(client: ServiceClient, project_id: str) -> str:
    """The URL `/os-quota-sets/{project_id}`."""
    return client.url("/os-quota-sets/{project_id}", project_id=project_id)


def get_defaults_url(client: ServiceClient, project_id: str) -> str:
    """The URL `/os-quota-sets/{project_id}/defaults`."""
    return client.url("/os-quota-sets/{project_id}/defaults", project_id=project_id)


def get(
    client: ServiceClient,
    project_id: str,
) -> QuotaSet:
    """Shows the quotas of a project.

    GET ``/os-quota-sets/{project_id}``

    Args:
        client: The block-storage v3 service client.
        project_id: The ID of the project whose quotas are shown.
    """
    return client.call(
        "GET",
        resource_url(client, project_id),
        ok=(200,),
        response_key="quota_set",
        response_type=QuotaSet,
    )


def get_usage(
    client: ServiceClient,
    project_id: str,
) -> QuotaSetUsage:
    """Shows the quotas of a project with how much of each is in use and reserved.

    GET ``/os-quota-sets/{project_id}``

    Args:
        client: The block-storage v3 service client.
        project_id: The ID of the project whose quotas are shown.
    """
    return client.call(
        "GET",
        resource_url(client, project_id),
        ok=(200,),
        fixed=Fixed(query=(("usage", "true"),)),
        response_key="quota_set",
        response_type=QuotaSetUsage,
    )


def update(
    client: ServiceClient,
    project_id: str,
    opts: UpdateOpts | None = None,
) -> QuotaSet:
    """Changes quotas of a project; quotas not given keep their value. Returns the resulting
    quotas.

    PUT ``/os-quota-sets/{project_id}``

    Args:
        client: The block-storage v3 service client.
        project_id: The ID of the project whose quotas change.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, project_id),
        ok=(200,),
        opts=opts,
        body_key="quota_set",
        response_key="quota_set",
        response_type=QuotaSet,
    )


def delete(
    client: ServiceClient,
    project_id: str,
) -> None:
    """Removes the project's own quotas, so the defaults apply again.

    DELETE ``/os-quota-sets/{project_id}``

    Args:
        client: The block-storage v3 service client.
        project_id: The ID of the project whose quotas are reset.
    """
    client.call(
        "DELETE",
        resource_url(client, project_id),
        ok=(200,),
    )


def get_defaults(
    client: ServiceClient,
    project_id: str,
) -> QuotaSet:
    """Shows the default quotas, which apply to a project that has none of its own.

    GET ``/os-quota-sets/{project_id}/defaults``

    Args:
        client: The block-storage v3 service client.
        project_id: The ID of the project (the defaults are the same for every project).
    """
    return client.call(
        "GET",
        get_defaults_url(client, project_id),
        ok=(200,),
        response_key="quota_set",
        response_type=QuotaSet,
    )
