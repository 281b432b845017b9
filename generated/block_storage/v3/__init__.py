"""Cinder, the OpenStack Block Storage service (API v3 with microversions): volumes and their
actions, attachments, snapshots, backups, volume types and QoS specs, groups, transfers,
quotas and the services behind them.
"""

# Generated from specs/block_storage/v3/_service.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typedstack.runtime import ProviderClient, ServiceClient, ServiceInfo

__all__ = ["SERVICE", "new_client"]

SERVICE = ServiceInfo(
    service_type="block-storage",
    aliases=(
        "volumev3",
        "volume",
    ),
    version_prefix="v3",
    project_in_path="{project_id}",
    microversion_name="volume",
    min_microversion="3.0",
    max_microversion="3.71",
)
"""How the runtime finds and addresses this service."""


def new_client(
    provider: ProviderClient,
    *,
    region: str | None = None,
    interface: str | None = None,
    name: str | None = None,
    microversion: str | None = None,
) -> ServiceClient:
    """A client for the block-storage service, v3.

    Args:
        provider: The authenticated provider (see :func:`typedstack.connect`).
        region: The region of the endpoint; default: the cloud's region_name.
        interface: public, internal or admin; default: the cloud's interface.
        name: The service name in the catalog, when several share the type.
        microversion: A microversion to pin (3.0 to 3.71), or
            "latest" for the highest both sides support; default: none
            (the service's minimum).

    Resources: attachments, availability_zones, backup_actions, backups, capabilities, cgsnapshots,
    clusters, consistency_groups, default_types, extensions, group_snapshots, group_type_specs,
    group_types, groups, hosts, limits, manageable_snapshots, manageable_volumes, messages,
    os_volume_transfers, pools, qos_specs, quota_classes, quota_sets, resource_filters, services,
    snapshot_actions, snapshots, transfers, type_access, type_encryption, type_extra_specs, types,
    versions, volume_actions, volumes, workers.
    """
    return ServiceClient.connect(
        provider,
        SERVICE,
        region=region,
        interface=interface,
        name=name,
        microversion=microversion,
    )
