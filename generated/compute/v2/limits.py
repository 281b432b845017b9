"""The absolute limits (quotas) of a project and how much of them is in use. Rate limits are
gone; the rate list is always empty.
"""

# Generated from specs/compute/v2/limits.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import Any, ClassVar

import msgspec

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "Limits",
    "AbsoluteLimits",
    "GetOpts",
    "get",
    "resource_url",
]


class Limits(Model):
    """The limits of a project."""

    absolute: AbsoluteLimits
    """The quota limits and usage."""

    rate: list[Any] | UnsetType | None = UNSET
    """Always empty; kept for compatibility."""


class AbsoluteLimits(Model):
    """Quota limits and usage. Usage counts include reservations when the reserved query is set."""

    max_server_group_members: int | UnsetType | None = msgspec.field(
        default=UNSET, name="maxServerGroupMembers"
    )
    """The number of servers allowed in each server group."""

    max_server_groups: int | UnsetType | None = msgspec.field(
        default=UNSET, name="maxServerGroups"
    )
    """The number of server groups allowed."""

    max_server_meta: int | UnsetType | None = msgspec.field(default=UNSET, name="maxServerMeta")
    """The number of metadata items allowed on each server."""

    max_total_cores: int | UnsetType | None = msgspec.field(default=UNSET, name="maxTotalCores")
    """The number of server cores allowed."""

    max_total_instances: int | UnsetType | None = msgspec.field(
        default=UNSET, name="maxTotalInstances"
    )
    """The number of servers allowed."""

    max_total_keypairs: int | UnsetType | None = msgspec.field(
        default=UNSET, name="maxTotalKeypairs"
    )
    """The number of keypairs allowed for each user."""

    max_total_ram_size: int | UnsetType | None = msgspec.field(
        default=UNSET, name="maxTotalRAMSize"
    )
    """The amount of server RAM allowed, in MiB."""

    total_cores_used: int | UnsetType | None = msgspec.field(default=UNSET, name="totalCoresUsed")
    """The number of server cores in use."""

    total_instances_used: int | UnsetType | None = msgspec.field(
        default=UNSET, name="totalInstancesUsed"
    )
    """The number of servers in use."""

    total_ram_used: int | UnsetType | None = msgspec.field(default=UNSET, name="totalRAMUsed")
    """The amount of server RAM in use, in MiB."""

    total_server_groups_used: int | UnsetType | None = msgspec.field(
        default=UNSET, name="totalServerGroupsUsed"
    )
    """The number of server groups in use."""

    max_security_group_rules: int | UnsetType | None = msgspec.field(
        default=UNSET, name="maxSecurityGroupRules"
    )
    """The number of rules allowed in each security group."""

    max_security_groups: int | UnsetType | None = msgspec.field(
        default=UNSET, name="maxSecurityGroups"
    )
    """The number of security groups allowed."""

    max_total_floating_ips: int | UnsetType | None = msgspec.field(
        default=UNSET, name="maxTotalFloatingIps"
    )
    """The number of floating IPs allowed."""

    total_floating_ips_used: int | UnsetType | None = msgspec.field(
        default=UNSET, name="totalFloatingIpsUsed"
    )
    """The number of floating IPs in use."""

    total_security_groups_used: int | UnsetType | None = msgspec.field(
        default=UNSET, name="totalSecurityGroupsUsed"
    )
    """The number of security groups in use."""

    max_image_meta: int | UnsetType | None = msgspec.field(default=UNSET, name="maxImageMeta")
    """The number of metadata items allowed on each image."""

    max_personality: int | UnsetType | None = msgspec.field(default=UNSET, name="maxPersonality")
    """The number of injected files allowed."""

    max_personality_size: int | UnsetType | None = msgspec.field(
        default=UNSET, name="maxPersonalitySize"
    )
    """The number of bytes allowed in each injected file."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("max_security_group_rules", None, "2.35"),
        ("max_security_groups", None, "2.35"),
        ("max_total_floating_ips", None, "2.35"),
        ("total_floating_ips_used", None, "2.35"),
        ("total_security_groups_used", None, "2.35"),
        ("max_image_meta", None, "2.38"),
        ("max_personality", None, "2.56"),
        ("max_personality_size", None, "2.56"),
    )


class GetOpts(Options):
    """Options for :func:`get`."""

    reserved: int | UnsetType = UNSET
    """Non-zero to count reserved resources as used."""

    tenant_id: str | UnsetType = UNSET
    """Admin only; the project to show the limits of."""

    locations: ClassVar[dict[str, str]] = {
        "reserved": "query",
        "tenant_id": "query",
    }


def resource_url(client: ServiceClient) -> str:
    """The URL `/limits`."""
    return client.url("/limits")


def get(
    client: ServiceClient,
    opts: GetOpts | None = None,
) -> Limits:
    """Shows the limits of the current project (or of tenant_id, for administrators).

    GET ``/limits``

    Args:
        client: The compute v2 service client.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client),
        ok=(200,),
        opts=opts,
        response_key="limits",
        response_type=Limits,
    )
