"""Quota classes hold the default quotas of the compute service. Nova only supports the
"default" class, whose limits apply to every project without quotas of its own.
"""

# Generated from specs/compute/v2/quota_classes.yaml by `python -m generator`. Do not edit:
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
    """The quotas of a quota class; -1 means unlimited."""

    id: str | UnsetType | None = UNSET
    """The name of the quota class; absent from the update response."""

    cores: int | UnsetType | None = UNSET
    """The limit on server cores."""

    instances: int | UnsetType | None = UNSET
    """The limit on servers."""

    key_pairs: int | UnsetType | None = UNSET
    """The limit on keypairs per user."""

    metadata_items: int | UnsetType | None = UNSET
    """The limit on metadata items per server."""

    ram: int | UnsetType | None = UNSET
    """The limit on server RAM, in MiB."""

    server_groups: int | UnsetType | None = UNSET
    """The limit on server groups."""

    server_group_members: int | UnsetType | None = UNSET
    """The limit on servers per server group."""

    fixed_ips: int | UnsetType | None = UNSET
    """The limit on fixed IPs (nova-network only)."""

    floating_ips: int | UnsetType | None = UNSET
    """The limit on floating IPs (nova-network only)."""

    networks: int | UnsetType | None = UNSET
    """The limit on private networks (nova-network only)."""

    security_group_rules: int | UnsetType | None = UNSET
    """The limit on rules per security group (nova-network only)."""

    security_groups: int | UnsetType | None = UNSET
    """The limit on security groups (nova-network only)."""

    injected_file_content_bytes: int | UnsetType | None = UNSET
    """The limit on bytes per injected file."""

    injected_file_path_bytes: int | UnsetType | None = UNSET
    """The limit on bytes per injected file path."""

    injected_files: int | UnsetType | None = UNSET
    """The limit on injected files."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("server_groups", "2.50", None),
        ("server_group_members", "2.50", None),
        ("fixed_ips", None, "2.49"),
        ("floating_ips", None, "2.49"),
        ("networks", None, "2.49"),
        ("security_group_rules", None, "2.49"),
        ("security_groups", None, "2.49"),
        ("injected_file_content_bytes", None, "2.56"),
        ("injected_file_path_bytes", None, "2.56"),
        ("injected_files", None, "2.56"),
    )


class UpdateOpts(Options):
    """Options for :func:`update`."""

    cores: int | UnsetType = UNSET
    """The new limit on server cores; -1 for unlimited."""

    instances: int | UnsetType = UNSET
    """The new limit on servers; -1 for unlimited."""

    key_pairs: int | UnsetType = UNSET
    """The new limit on keypairs per user; -1 for unlimited."""

    metadata_items: int | UnsetType = UNSET
    """The new limit on metadata items per server; -1 for unlimited."""

    ram: int | UnsetType = UNSET
    """The new limit on server RAM, in MiB; -1 for unlimited."""

    server_groups: int | UnsetType = UNSET
    """The new limit on server groups; -1 for unlimited."""

    server_group_members: int | UnsetType = UNSET
    """The new limit on servers per server group; -1 for unlimited."""

    fixed_ips: int | UnsetType = UNSET
    """The new limit on fixed IPs (nova-network only); -1 for unlimited."""

    floating_ips: int | UnsetType = UNSET
    """The new limit on floating IPs (nova-network only); -1 for unlimited."""

    networks: int | UnsetType = UNSET
    """The new limit on private networks (nova-network only); -1 for unlimited."""

    security_group_rules: int | UnsetType = UNSET
    """The new limit on rules per security group (nova-network only); -1 for unlimited."""

    security_groups: int | UnsetType = UNSET
    """The new limit on security groups (nova-network only); -1 for unlimited."""

    injected_file_content_bytes: int | UnsetType = UNSET
    """The new limit on bytes per injected file; -1 for unlimited."""

    injected_file_path_bytes: int | UnsetType = UNSET
    """The new limit on bytes per injected file path; -1 for unlimited."""

    injected_files: int | UnsetType = UNSET
    """The new limit on injected files; -1 for unlimited."""

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "fixed_ips": (None, "2.49"),
        "floating_ips": (None, "2.49"),
        "networks": (None, "2.49"),
        "security_group_rules": (None, "2.49"),
        "security_groups": (None, "2.49"),
        "injected_file_content_bytes": (None, "2.56"),
        "injected_file_path_bytes": (None, "2.56"),
        "injected_files": (None, "2.56"),
    }


def resource_url(client: ServiceClient, quota_class: str) -> str:
    """The URL `/os-quota-class-sets/{quota_class}`."""
    return client.url("/os-quota-class-sets/{quota_class}", quota_class=quota_class)


def get(
    client: ServiceClient,
    quota_class: str,
) -> QuotaClassSet:
    """Shows the quotas of a quota class.

    GET ``/os-quota-class-sets/{quota_class}``

    Args:
        client: The compute v2 service client.
        quota_class: The name of the quota class; Nova only uses "default".
    """
    return client.call(
        "GET",
        resource_url(client, quota_class),
        ok=(200,),
        response_key="quota_class_set",
        response_type=QuotaClassSet,
    )


def update(
    client: ServiceClient,
    quota_class: str,
    opts: UpdateOpts | None = None,
) -> QuotaClassSet:
    """Creates or changes the quotas of a quota class; returns the new quotas.

    PUT ``/os-quota-class-sets/{quota_class}``

    Args:
        client: The compute v2 service client.
        quota_class: The name of the quota class; Nova only uses "default".
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, quota_class),
        ok=(200,),
        opts=opts,
        body_key="quota_class_set",
        response_key="quota_class_set",
        response_type=QuotaClassSet,
    )
