"""Per-project quotas of the compute service, which administrators can also set per user within
a project. A limit of -1 means unlimited.
"""

# Generated from specs/compute/v2/quota_sets.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import ClassVar

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "QuotaSet",
    "QuotaSetDetail",
    "QuotaDetail",
    "GetOpts",
    "UpdateOpts",
    "DeleteOpts",
    "GetDetailOpts",
    "get",
    "update",
    "delete",
    "get_defaults",
    "get_detail",
    "resource_url",
    "get_defaults_url",
    "get_detail_url",
]


class QuotaSet(Model):
    """The quotas of a project or of a user in it; -1 means unlimited."""

    id: str | UnsetType | None = UNSET
    """The ID of the project (or user) the quotas are for; absent from the update response."""

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
        ("fixed_ips", None, "2.35"),
        ("floating_ips", None, "2.35"),
        ("networks", None, "2.35"),
        ("security_group_rules", None, "2.35"),
        ("security_groups", None, "2.35"),
        ("injected_file_content_bytes", None, "2.56"),
        ("injected_file_path_bytes", None, "2.56"),
        ("injected_files", None, "2.56"),
    )


class QuotaSetDetail(Model):
    """The quotas of a project or of a user in it, each with its usage."""

    id: str | UnsetType | None = UNSET
    """The ID of the project (or user) the quotas are for."""

    cores: QuotaDetail | UnsetType | None = UNSET
    """The quota on server cores, with its usage."""

    instances: QuotaDetail | UnsetType | None = UNSET
    """The quota on servers, with its usage."""

    key_pairs: QuotaDetail | UnsetType | None = UNSET
    """The quota on keypairs per user, with its usage."""

    metadata_items: QuotaDetail | UnsetType | None = UNSET
    """The quota on metadata items per server, with its usage."""

    ram: QuotaDetail | UnsetType | None = UNSET
    """The quota on server RAM, in MiB, with its usage."""

    server_groups: QuotaDetail | UnsetType | None = UNSET
    """The quota on server groups, with its usage."""

    server_group_members: QuotaDetail | UnsetType | None = UNSET
    """The quota on servers per server group, with its usage."""

    fixed_ips: QuotaDetail | UnsetType | None = UNSET
    """The quota on fixed IPs (nova-network only), with its usage."""

    floating_ips: QuotaDetail | UnsetType | None = UNSET
    """The quota on floating IPs (nova-network only), with its usage."""

    networks: QuotaDetail | UnsetType | None = UNSET
    """The quota on private networks (nova-network only), with its usage."""

    security_group_rules: QuotaDetail | UnsetType | None = UNSET
    """The quota on rules per security group (nova-network only), with its usage."""

    security_groups: QuotaDetail | UnsetType | None = UNSET
    """The quota on security groups (nova-network only), with its usage."""

    injected_file_content_bytes: QuotaDetail | UnsetType | None = UNSET
    """The quota on bytes per injected file, with its usage."""

    injected_file_path_bytes: QuotaDetail | UnsetType | None = UNSET
    """The quota on bytes per injected file path, with its usage."""

    injected_files: QuotaDetail | UnsetType | None = UNSET
    """The quota on injected files, with its usage."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("fixed_ips", None, "2.35"),
        ("floating_ips", None, "2.35"),
        ("networks", None, "2.35"),
        ("security_group_rules", None, "2.35"),
        ("security_groups", None, "2.35"),
        ("injected_file_content_bytes", None, "2.56"),
        ("injected_file_path_bytes", None, "2.56"),
        ("injected_files", None, "2.56"),
    )


class QuotaDetail(Model):
    """One quota with its usage."""

    limit: int | UnsetType | None = UNSET
    """The limit; -1 means unlimited."""

    in_use: int | UnsetType | None = UNSET
    """How much is in use (always 0 for keypairs)."""

    reserved: int | UnsetType | None = UNSET
    """How much is reserved."""


class GetOpts(Options):
    """Options for :func:`get`."""

    user_id: str | UnsetType = UNSET
    """Shows the quotas of this user in the project."""

    locations: ClassVar[dict[str, str]] = {
        "user_id": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    user_id: str | UnsetType = UNSET
    """Sets the quotas of this user in the project."""

    force: bool | UnsetType = UNSET
    """Apply the new limits even if current usage is above them."""

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

    locations: ClassVar[dict[str, str]] = {
        "user_id": "query",
    }

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "fixed_ips": (None, "2.35"),
        "floating_ips": (None, "2.35"),
        "networks": (None, "2.35"),
        "security_group_rules": (None, "2.35"),
        "security_groups": (None, "2.35"),
        "injected_file_content_bytes": (None, "2.56"),
        "injected_file_path_bytes": (None, "2.56"),
        "injected_files": (None, "2.56"),
    }


class DeleteOpts(Options):
    """Options for :func:`delete`."""

    user_id: str | UnsetType = UNSET
    """Reverts the quotas of this user in the project."""

    locations: ClassVar[dict[str, str]] = {
        "user_id": "query",
    }


class GetDetailOpts(Options):
    """Options for :func:`get_detail`."""

    user_id: str | UnsetType = UNSET
    """Shows the quotas of this user in the project."""

    locations: ClassVar[dict[str, str]] = {
        "user_id": "query",
    }


def resource_url(client: ServiceClient, tenant_id: str) -> str:
    """The URL `/os-quota-sets/{tenant_id}`."""
    return client.url("/os-quota-sets/{tenant_id}", tenant_id=tenant_id)


def get_defaults_url(client: ServiceClient, tenant_id: str) -> str:
    """The URL `/os-quota-sets/{tenant_id}/defaults`."""
    return client.url("/os-quota-sets/{tenant_id}/defaults", tenant_id=tenant_id)


def get_detail_url(client: ServiceClient, tenant_id: str) -> str:
    """The URL `/os-quota-sets/{tenant_id}/detail`."""
    return client.url("/os-quota-sets/{tenant_id}/detail", tenant_id=tenant_id)


def get(
    client: ServiceClient,
    tenant_id: str,
    opts: GetOpts | None = None,
) -> QuotaSet:
    """Shows the quotas of a project (or of one of its users).

    GET ``/os-quota-sets/{tenant_id}``

    Args:
        client: The compute v2 service client.
        tenant_id: The ID of the project.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, tenant_id),
        ok=(200,),
        opts=opts,
        response_key="quota_set",
        response_type=QuotaSet,
    )


def update(
    client: ServiceClient,
    tenant_id: str,
    opts: UpdateOpts | None = None,
) -> QuotaSet:
    """Changes the quotas of a project (or of one of its users); returns the new quotas.

    PUT ``/os-quota-sets/{tenant_id}``

    Args:
        client: The compute v2 service client.
        tenant_id: The ID of the project.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, tenant_id),
        ok=(200,),
        opts=opts,
        body_key="quota_set",
        response_key="quota_set",
        response_type=QuotaSet,
    )


def delete(
    client: ServiceClient,
    tenant_id: str,
    opts: DeleteOpts | None = None,
) -> None:
    """Reverts the quotas of a project (or of one of its users) to the defaults.

    DELETE ``/os-quota-sets/{tenant_id}``

    Args:
        client: The compute v2 service client.
        tenant_id: The ID of the project.
        opts: The options of the request (:class:`DeleteOpts`).
    """
    client.call(
        "DELETE",
        resource_url(client, tenant_id),
        ok=(202,),
        opts=opts,
    )


def get_defaults(
    client: ServiceClient,
    tenant_id: str,
) -> QuotaSet:
    """Shows the default quotas that apply to a project.

    GET ``/os-quota-sets/{tenant_id}/defaults``

    Args:
        client: The compute v2 service client.
        tenant_id: The ID of the project.
    """
    return client.call(
        "GET",
        get_defaults_url(client, tenant_id),
        ok=(200,),
        response_key="quota_set",
        response_type=QuotaSet,
    )


def get_detail(
    client: ServiceClient,
    tenant_id: str,
    opts: GetDetailOpts | None = None,
) -> QuotaSetDetail:
    """Shows the quotas of a project (or of one of its users) with their usage and reservations.

    GET ``/os-quota-sets/{tenant_id}/detail``

    Args:
        client: The compute v2 service client.
        tenant_id: The ID of the project.
        opts: The options of the request (:class:`GetDetailOpts`).
    """
    return client.call(
        "GET",
        get_detail_url(client, tenant_id),
        ok=(200,),
        opts=opts,
        response_key="quota_set",
        response_type=QuotaSetDetail,
    )
