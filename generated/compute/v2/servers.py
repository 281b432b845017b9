"""Servers (instances): list, create, show, update and delete virtual machines or bare-metal
instances. Actions on a server (reboot, resize, ...) live in server_actions; metadata, tags,
interfaces, volume attachments and the other sub-resources have their own modules.
"""

# Generated from specs/compute/v2/servers.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Literal

import msgspec

from typedstack.runtime import (
    UNSET,
    Fixed,
    Model,
    Options,
    Pager,
    PageStyle,
    ServiceClient,
    UnsetType,
    finding,
    waiters,
)

__all__ = [
    "Link",
    "ServerSummary",
    "ServerAddress",
    "ServerFlavor",
    "VolumeAttached",
    "SecurityGroupRef",
    "ServerImage",
    "ServerFault",
    "Server",
    "Personality",
    "BlockDeviceMapping",
    "ServerNetwork",
    "SchedulerHints",
    "CreatedServer",
    "Reservation",
    "ListOpts",
    "CreateOpts",
    "UpdateOpts",
    "list_summary",
    "list",
    "create",
    "create_reservation",
    "get",
    "update",
    "delete",
    "create_url",
    "list_url",
    "resource_url",
    "find",
    "wait_for_status",
    "wait_for_delete",
]


class Link(Model):
    """A link to a resource."""

    href: str | UnsetType | None = UNSET
    """The URL."""

    rel: str | UnsetType | None = UNSET
    """The relation of the link to the resource (self, bookmark, next)."""

    type: str | UnsetType | None = UNSET
    """The media type of the target, when given."""


class ServerSummary(Model):
    """A server as GET /servers returns it (IDs, names and links only)."""

    id: str
    """The UUID of the server."""

    name: str | UnsetType | None = UNSET
    """The server name."""

    links: builtins.list[Link] | UnsetType | None = UNSET
    """Links to the server."""


class ServerAddress(Model):
    """One IP address of a server on a network."""

    addr: str | UnsetType | None = UNSET
    """The IP address."""

    version: int | UnsetType | None = UNSET
    """The IP version of the address (4 or 6)."""

    mac_addr: str | UnsetType | None = msgspec.field(default=UNSET, name="OS-EXT-IPS-MAC:mac_addr")
    """The MAC address of the port the address belongs to."""

    type: str | UnsetType | None = msgspec.field(default=UNSET, name="OS-EXT-IPS:type")
    """The address type, fixed or floating."""


class ServerFlavor(Model):
    """The flavor of a server. Up to microversion 2.46 this holds only the flavor ID and links;
    from 2.47 it is a copy of the flavor's sizes taken when the server was built.
    """

    id: str | UnsetType | None = UNSET
    """The ID of the flavor the server was booted with."""

    links: builtins.list[Link] | UnsetType | None = UNSET
    """Links to the flavor."""

    vcpus: int | UnsetType | None = UNSET
    """The number of virtual CPUs."""

    ram: int | UnsetType | None = UNSET
    """The amount of RAM, in MiB."""

    disk: int | UnsetType | None = UNSET
    """The size of the root disk, in GiB."""

    ephemeral: int | UnsetType | None = UNSET
    """The size of the ephemeral disk, in GiB."""

    swap: int | UnsetType | None = UNSET
    """The size of the swap disk, in MiB."""

    original_name: str | UnsetType | None = UNSET
    """The name the flavor had when the server was built."""

    extra_specs: dict[str, str] | UnsetType | None = UNSET
    """The flavor's extra specs; only present when policy lets the caller see them."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("id", None, "2.46"),
        ("links", None, "2.46"),
        ("vcpus", "2.47", None),
        ("ram", "2.47", None),
        ("disk", "2.47", None),
        ("ephemeral", "2.47", None),
        ("swap", "2.47", None),
        ("original_name", "2.47", None),
        ("extra_specs", "2.47", None),
    )


class VolumeAttached(Model):
    """A volume attached to a server, as listed in the server."""

    id: str | UnsetType | None = UNSET
    """The ID of the volume."""

    delete_on_termination: bool | UnsetType | None = UNSET
    """Whether the volume is deleted along with the server."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("delete_on_termination", "2.3", None),
    )


class SecurityGroupRef(Model):
    """A security group named in a server."""

    name: str | UnsetType | None = UNSET
    """The name (or ID) of the security group."""


class ServerImage(Model):
    """The image a server was booted from."""

    id: str | UnsetType | None = UNSET
    """The ID of the image."""

    links: builtins.list[Link] | UnsetType | None = UNSET
    """Links to the image."""

    properties: dict[str, Any] | UnsetType | None = UNSET
    """The image's properties, as the server was built with them."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("properties", "2.98", None),
    )


class ServerFault(Model):
    """The last fault recorded for a server."""

    code: int | UnsetType | None = UNSET
    """The HTTP status code of the error."""

    created: datetime.datetime | UnsetType | None = UNSET
    """When the fault was raised."""

    message: str | UnsetType | None = UNSET
    """The error message."""

    details: str | UnsetType | None = UNSET
    """The stack trace; shown to admins, or for errors other than 500."""


class Server(Model):
    """A server with its details, as returned by show, list details, update and rebuild. Update
    and rebuild return the extended attributes (host, task state, volumes, ...) only from
    microversion 2.75. Servers in a cell that is down (2.69+) carry only a subset of these
    fields.
    """

    id: str
    """The UUID of the server."""

    name: str | UnsetType | None = UNSET
    """The server name."""

    status: str | UnsetType | None = UNSET
    """The server status, such as ACTIVE, BUILD, SHUTOFF, ERROR or VERIFY_RESIZE."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the server."""

    user_id: str | UnsetType | None = UNSET
    """The ID of the user who owns the server."""

    metadata: dict[str, str] | UnsetType | None = UNSET
    """The metadata key and value pairs of the server."""

    host_id: str | UnsetType | None = msgspec.field(default=UNSET, name="hostId")
    """A hash of the host and project IDs: equal for two servers of the same project on the same
    host, opaque otherwise.
    """

    image: ServerImage | str | UnsetType | None = UNSET
    """The image the server was booted from, or an empty string for a server booted from a
    volume.
    """

    flavor: ServerFlavor | UnsetType | None = UNSET
    """The flavor of the server."""

    created: datetime.datetime | UnsetType | None = UNSET
    """When the server was created."""

    updated: datetime.datetime | UnsetType | None = UNSET
    """When the server was last updated."""

    addresses: dict[str, builtins.list[ServerAddress]] | UnsetType | None = UNSET
    """The IP addresses of the server, keyed by network name; hidden while the server builds."""

    access_ipv4: str | UnsetType | None = msgspec.field(default=UNSET, name="accessIPv4")
    """The IPv4 address meant for reaching the server."""

    access_ipv6: str | UnsetType | None = msgspec.field(default=UNSET, name="accessIPv6")
    """The IPv6 address meant for reaching the server."""

    links: builtins.list[Link] | UnsetType | None = UNSET
    """Links to the server."""

    key_name: str | UnsetType | None = UNSET
    """The name of the key pair injected into the server, if any."""

    config_drive: str | UnsetType | None = UNSET
    """"True" when the server has a config drive, otherwise an empty string."""

    progress: int | UnsetType | None = UNSET
    """The progress of the current build or move operation, in percent."""

    fault: ServerFault | UnsetType | None = UNSET
    """The last fault, for servers in ERROR or DELETED status."""

    disk_config: str | UnsetType | None = msgspec.field(default=UNSET, name="OS-DCF:diskConfig")
    """How the root disk was partitioned, AUTO or MANUAL."""

    availability_zone: str | UnsetType | None = msgspec.field(
        default=UNSET, name="OS-EXT-AZ:availability_zone"
    )
    """The availability zone the server runs in."""

    host: str | UnsetType | None = msgspec.field(default=UNSET, name="OS-EXT-SRV-ATTR:host")
    """The compute host the server runs on (admins only by default)."""

    hypervisor_hostname: str | UnsetType | None = msgspec.field(
        default=UNSET, name="OS-EXT-SRV-ATTR:hypervisor_hostname"
    )
    """The hypervisor host name (for Ironic, the node UUID; admins only by default)."""

    instance_name: str | UnsetType | None = msgspec.field(
        default=UNSET, name="OS-EXT-SRV-ATTR:instance_name"
    )
    """The instance name generated from the instance name template (admins only by default)."""

    power_state: int | UnsetType | None = msgspec.field(
        default=UNSET, name="OS-EXT-STS:power_state"
    )
    """The power state: 0 NOSTATE, 1 RUNNING, 3 PAUSED, 4 SHUTDOWN, 6 CRASHED, 7 SUSPENDED."""

    task_state: str | UnsetType | None = msgspec.field(default=UNSET, name="OS-EXT-STS:task_state")
    """The task the server is busy with, or null."""

    vm_state: str | UnsetType | None = msgspec.field(default=UNSET, name="OS-EXT-STS:vm_state")
    """The VM state, such as active, stopped or error."""

    volumes_attached: builtins.list[VolumeAttached] | UnsetType | None = msgspec.field(
        default=UNSET, name="os-extended-volumes:volumes_attached"
    )
    """The volumes attached to the server."""

    launched_at: datetime.datetime | UnsetType | None = msgspec.field(
        default=UNSET, name="OS-SRV-USG:launched_at"
    )
    """When the server was launched."""

    terminated_at: datetime.datetime | UnsetType | None = msgspec.field(
        default=UNSET, name="OS-SRV-USG:terminated_at"
    )
    """When the server was deleted."""

    security_groups: builtins.list[SecurityGroupRef] | UnsetType | None = UNSET
    """The security groups of the server."""

    hostname: str | UnsetType | None = msgspec.field(
        default=UNSET, name="OS-EXT-SRV-ATTR:hostname"
    )
    """The host name the metadata service reports for the server."""

    reservation_id: str | UnsetType | None = msgspec.field(
        default=UNSET, name="OS-EXT-SRV-ATTR:reservation_id"
    )
    """The reservation ID shared by servers built in one multiple-create request."""

    launch_index: int | UnsetType | None = msgspec.field(
        default=UNSET, name="OS-EXT-SRV-ATTR:launch_index"
    )
    """The position of the server in its multiple-create request."""

    kernel_id: str | UnsetType | None = msgspec.field(
        default=UNSET, name="OS-EXT-SRV-ATTR:kernel_id"
    )
    """The kernel image ID for AMI-style images, or null."""

    ramdisk_id: str | UnsetType | None = msgspec.field(
        default=UNSET, name="OS-EXT-SRV-ATTR:ramdisk_id"
    )
    """The ramdisk image ID for AMI-style images, or null."""

    root_device_name: str | UnsetType | None = msgspec.field(
        default=UNSET, name="OS-EXT-SRV-ATTR:root_device_name"
    )
    """The root device name of the server."""

    user_data: str | UnsetType | None = msgspec.field(
        default=UNSET, name="OS-EXT-SRV-ATTR:user_data"
    )
    """The base64-encoded user data the server was created with."""

    rebuild_user_data: str | UnsetType | None = msgspec.field(default=UNSET, name="user_data")
    """The base64-encoded user data of the server, or null; only the answer to rebuild carries
    it under this name.
    """

    admin_pass: str | UnsetType | None = msgspec.field(default=UNSET, name="adminPass")
    """The new administrative password; only the answer to rebuild carries it (unless the cloud
    disables instance passwords).
    """

    locked: bool | UnsetType | None = UNSET
    """Whether the server is locked."""

    host_status: str | UnsetType | None = UNSET
    """The state of the server's compute host: UP, DOWN, MAINTENANCE, UNKNOWN or an empty string
    (shown only where policy allows).
    """

    description: str | UnsetType | None = UNSET
    """The description of the server."""

    tags: builtins.list[str] | UnsetType | None = UNSET
    """The tags of the server."""

    trusted_image_certificates: builtins.list[str] | UnsetType | None = UNSET
    """The IDs of the certificates trusted to verify the image signature."""

    server_groups: builtins.list[str] | UnsetType | None = UNSET
    """The UUIDs of the server groups the server belongs to (at most one)."""

    locked_reason: str | UnsetType | None = UNSET
    """Why the server was locked, if a reason was given."""

    pinned_availability_zone: str | UnsetType | None = UNSET
    """The availability zone the server is pinned to, or null."""

    scheduler_hints: dict[str, Any] | UnsetType | None = UNSET
    """The scheduler hints given when the server was created."""

    secret_fields: ClassVar[frozenset[str]] = frozenset({"admin_pass"})

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("hostname", "2.3", None),
        ("reservation_id", "2.3", None),
        ("launch_index", "2.3", None),
        ("kernel_id", "2.3", None),
        ("ramdisk_id", "2.3", None),
        ("root_device_name", "2.3", None),
        ("user_data", "2.3", None),
        ("rebuild_user_data", "2.57", None),
        ("locked", "2.9", None),
        ("host_status", "2.16", None),
        ("description", "2.19", None),
        ("tags", "2.26", None),
        ("trusted_image_certificates", "2.63", None),
        ("server_groups", "2.71", None),
        ("locked_reason", "2.73", None),
        ("pinned_availability_zone", "2.96", None),
        ("scheduler_hints", "2.100", None),
    )


class Personality(Model):
    """A file injected into the server at build time (up to microversion 2.56)."""

    path: str
    """The path of the file in the server."""

    contents: str
    """The base64-encoded contents of the file."""


class BlockDeviceMapping(Model):
    """One entry of block_device_mapping_v2, describing a disk of the new server."""

    boot_index: int | None
    """The boot order of the device; 0 is the boot disk, -1 or null means not bootable."""

    uuid: str | UnsetType | None = UNSET
    """The ID of the source (image, snapshot or volume) named by source_type."""

    source_type: str | UnsetType | None = UNSET
    """Where the device comes from; required unless no_device is set."""

    destination_type: str | UnsetType | None = UNSET
    """Whether the device is a local (ephemeral) disk or a volume."""

    volume_size: int | UnsetType | None = UNSET
    """The size of the volume to create, in GiB."""

    delete_on_termination: bool | UnsetType | None = UNSET
    """Whether the volume is deleted along with the server (default false)."""

    device_name: str | UnsetType | None = UNSET
    """The device name to use in the guest, such as /dev/vdb (not honoured by libvirt)."""

    device_type: str | UnsetType | None = UNSET
    """The device type, such as disk or cdrom."""

    disk_bus: str | UnsetType | None = UNSET
    """The disk bus, such as virtio, scsi, ide or usb."""

    guest_format: str | UnsetType | None = UNSET
    """The file system to create on a blank device, such as ext4 or swap."""

    no_device: bool | UnsetType | None = UNSET
    """Suppresses the device (used to drop a device the image would add)."""

    tag: str | UnsetType | None = UNSET
    """A device role tag the guest can read from the metadata."""

    volume_type: str | UnsetType | None = UNSET
    """The volume type to create the volume with."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("tag", "2.32", None),
        ("volume_type", "2.67", None),
    )


class ServerNetwork(Model):
    """A network to attach a new server to, by network, port or fixed IP."""

    uuid: str | UnsetType | None = UNSET
    """The ID of the network to attach."""

    port: str | UnsetType | None = UNSET
    """The ID of a port to attach (instead of a network)."""

    fixed_ip: str | UnsetType | None = UNSET
    """The fixed IP address to ask for on the network."""

    tag: str | UnsetType | None = UNSET
    """A device tag for the interface, shown to the guest in its metadata."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("tag", "2.32", None),
    )


class SchedulerHints(Model):
    """Hints for the scheduler, sent as the top-level os:scheduler_hints key beside the server
    object. Which hints work depends on the enabled scheduler filters.
    """

    group: str | UnsetType | None = UNSET
    """A server group UUID whose policy (affinity, anti-affinity, ...) applies."""

    different_host: builtins.list[str] | UnsetType | None = UNSET
    """Server UUIDs the new server must not share a host with."""

    same_host: builtins.list[str] | UnsetType | None = UNSET
    """Server UUIDs the new server must share a host with."""

    query: str | UnsetType | None = UNSET
    """A JSON filter expression for the JsonFilter."""

    target_cell: str | UnsetType | None = UNSET
    """A cell name to build in (cells v1)."""

    different_cell: builtins.list[str] | UnsetType | None = UNSET
    """Cell routes not to build in (cells v1)."""

    build_near_host_ip: str | UnsetType | None = UNSET
    """An IP address; with cidr, build on a host of that subnet."""

    cidr: str | UnsetType | None = UNSET
    """The subnet suffix (such as /24) for build_near_host_ip."""


class CreatedServer(Model):
    """The server returned by create (ID, links and the admin password only)."""

    id: str
    """The UUID of the server."""

    links: builtins.list[Link] | UnsetType | None = UNSET
    """Links to the server."""

    disk_config: str | UnsetType | None = msgspec.field(default=UNSET, name="OS-DCF:diskConfig")
    """How the root disk is partitioned, AUTO or MANUAL."""

    security_groups: builtins.list[SecurityGroupRef] | UnsetType | None = UNSET
    """The security groups of the server."""

    admin_pass: str | UnsetType | None = msgspec.field(default=UNSET, name="adminPass")
    """The administrative password, unless the cloud disables instance passwords."""

    location: str | UnsetType | None = msgspec.field(default=UNSET, name="Location")
    """The URL of the new server."""

    header_fields: ClassVar[tuple[tuple[str, str], ...]] = (("location", "Location"),)

    secret_fields: ClassVar[frozenset[str]] = frozenset({"admin_pass"})


class Reservation(Model):
    """The answer to a create request with return_reservation_id."""

    reservation_id: str
    """The reservation ID of the request (a filter of the server listing)."""


class ListOpts(Options):
    """Options for :func:`list` and :func:`list_summary`."""

    access_ip_v4: str | UnsetType = UNSET
    """Filters by IPv4 access address (admins, or everyone from 2.83)."""

    access_ip_v6: str | UnsetType = UNSET
    """Filters by IPv6 access address (admins, or everyone from 2.83)."""

    all_tenants: bool | UnsetType = UNSET
    """Lists the servers of all projects (admins by default)."""

    auto_disk_config: str | UnsetType = UNSET
    """Filters by the disk config setting (admins, or everyone from 2.83)."""

    availability_zone: str | UnsetType = UNSET
    """Filters by availability zone (admins, or everyone from 2.83)."""

    changes_since: datetime.datetime | UnsetType = msgspec.field(
        default=UNSET, name="changes-since"
    )
    """Servers changed at or after this time, including recently deleted ones."""

    config_drive: str | UnsetType = UNSET
    """Filters by the config drive setting (admins, or everyone from 2.83)."""

    created_at: str | UnsetType = UNSET
    """Filters by creation time (admins, or everyone from 2.83)."""

    deleted: bool | UnsetType = UNSET
    """Lists deleted servers only (admins)."""

    description: str | UnsetType = UNSET
    """Filters by description (admins)."""

    flavor: str | UnsetType = UNSET
    """Filters by flavor ID."""

    host: str | UnsetType = UNSET
    """Filters by compute host (admins)."""

    hostname: str | UnsetType = UNSET
    """Filters by server host name (admins, or everyone from 2.90)."""

    image: str | UnsetType = UNSET
    """Filters by image ID."""

    ip: str | UnsetType = UNSET
    """Filters by IPv4 address (a regular expression)."""

    ip6: str | UnsetType = UNSET
    """Filters by IPv6 address (a regular expression; everyone from 2.5)."""

    kernel_id: str | UnsetType = UNSET
    """Filters by kernel image ID (admins, or everyone from 2.83)."""

    key_name: str | UnsetType = UNSET
    """Filters by key pair name (admins, or everyone from 2.83)."""

    launch_index: int | UnsetType = UNSET
    """Filters by launch index (admins, or everyone from 2.83)."""

    launched_at: str | UnsetType = UNSET
    """Filters by launch time (admins, or everyone from 2.83)."""

    limit: int | UnsetType = UNSET
    """The page size."""

    locked_by: str | UnsetType = UNSET
    """Filters by who locked the server, admin or owner (admins, or everyone from 2.83)."""

    marker: str | UnsetType = UNSET
    """The ID of the last server of the previous page."""

    name: str | UnsetType = UNSET
    """Filters by name (a regular expression)."""

    node: str | UnsetType = UNSET
    """Filters by hypervisor node name (admins)."""

    power_state: int | UnsetType = UNSET
    """Filters by power state number (admins, or everyone from 2.83)."""

    progress: int | UnsetType = UNSET
    """Filters by progress (admins, or everyone from 2.83)."""

    project_id: str | UnsetType = UNSET
    """Filters by project, with all_tenants (admins)."""

    ramdisk_id: str | UnsetType = UNSET
    """Filters by ramdisk image ID (admins, or everyone from 2.83)."""

    reservation_id: str | UnsetType = UNSET
    """Filters by the reservation ID of a multiple create."""

    root_device_name: str | UnsetType = UNSET
    """Filters by root device name (admins, or everyone from 2.83)."""

    soft_deleted: bool | UnsetType = UNSET
    """With deleted=true, filters by SOFT_DELETED status."""

    sort_dir: Literal["asc", "desc"] | UnsetType = UNSET
    """The sort direction (default desc)."""

    sort_key: (
        Literal[
            "access_ip_v4",
            "access_ip_v6",
            "auto_disk_config",
            "availability_zone",
            "config_drive",
            "created_at",
            "display_description",
            "display_name",
            "host",
            "hostname",
            "image_ref",
            "instance_type_id",
            "kernel_id",
            "key_name",
            "launch_index",
            "launched_at",
            "locked",
            "locked_by",
            "node",
            "power_state",
            "progress",
            "project_id",
            "ramdisk_id",
            "root_device_name",
            "task_state",
            "terminated_at",
            "updated_at",
            "user_id",
            "uuid",
            "vm_state",
        ]
        | UnsetType
    ) = UNSET
    """The attribute to sort by (default created_at; host and node for admins only)."""

    status: (
        Literal[
            "ACTIVE",
            "BUILD",
            "DELETED",
            "ERROR",
            "HARD_REBOOT",
            "MIGRATING",
            "PASSWORD",
            "PAUSED",
            "REBOOT",
            "REBUILD",
            "RESCUE",
            "RESIZE",
            "REVERT_RESIZE",
            "SHELVED",
            "SHELVED_OFFLOADED",
            "SHUTOFF",
            "SOFT_DELETED",
            "SUSPENDED",
            "UNKNOWN",
            "VERIFY_RESIZE",
        ]
        | UnsetType
    ) = UNSET
    """Filters by server status."""

    task_state: str | UnsetType = UNSET
    """Filters by task state (admins, or everyone from 2.83)."""

    terminated_at: str | UnsetType = UNSET
    """Filters by termination time (admins, or everyone from 2.83)."""

    user_id: str | UnsetType = UNSET
    """Filters by owning user (admins, or everyone from 2.83)."""

    uuid: str | UnsetType = UNSET
    """Filters by server UUID (admins)."""

    vm_state: str | UnsetType = UNSET
    """Filters by VM state (admins, or everyone from 2.83)."""

    not_tags: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="not-tags")
    """Servers that do not have all of these comma-separated tags."""

    not_tags_any: builtins.list[str] | UnsetType = msgspec.field(
        default=UNSET, name="not-tags-any"
    )
    """Servers that have none of these comma-separated tags."""

    tags: builtins.list[str] | UnsetType = UNSET
    """Servers that have all of these comma-separated tags."""

    tags_any: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="tags-any")
    """Servers that have any of these comma-separated tags."""

    changes_before: datetime.datetime | UnsetType = msgspec.field(
        default=UNSET, name="changes-before"
    )
    """Servers changed at or before this time, including recently deleted ones."""

    locked: bool | UnsetType = UNSET
    """Filters by whether the server is locked."""

    locations: ClassVar[dict[str, str]] = {
        "access_ip_v4": "query",
        "access_ip_v6": "query",
        "all_tenants": "query",
        "auto_disk_config": "query",
        "availability_zone": "query",
        "changes_since": "query",
        "config_drive": "query",
        "created_at": "query",
        "deleted": "query",
        "description": "query",
        "flavor": "query",
        "host": "query",
        "hostname": "query",
        "image": "query",
        "ip": "query",
        "ip6": "query",
        "kernel_id": "query",
        "key_name": "query",
        "launch_index": "query",
        "launched_at": "query",
        "limit": "query",
        "locked_by": "query",
        "marker": "query",
        "name": "query",
        "node": "query",
        "power_state": "query",
        "progress": "query",
        "project_id": "query",
        "ramdisk_id": "query",
        "reservation_id": "query",
        "root_device_name": "query",
        "soft_deleted": "query",
        "sort_dir": "query",
        "sort_key": "query",
        "status": "query",
        "task_state": "query",
        "terminated_at": "query",
        "user_id": "query",
        "uuid": "query",
        "vm_state": "query",
        "not_tags": "csv",
        "not_tags_any": "csv",
        "tags": "csv",
        "tags_any": "csv",
        "changes_before": "query",
        "locked": "query",
    }

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "not_tags": ("2.26", None),
        "not_tags_any": ("2.26", None),
        "tags": ("2.26", None),
        "tags_any": ("2.26", None),
        "changes_before": ("2.66", None),
        "locked": ("2.73", None),
    }


class CreateOpts(Options):
    """Options for :func:`create` and :func:`create_reservation`."""

    name: str
    """The server name; with min_count/max_count, the base of the names."""

    flavor_ref: str = msgspec.field(name="flavorRef")
    """The flavor, as an ID or a URL."""

    image_ref: str | UnsetType = msgspec.field(default=UNSET, name="imageRef")
    """The image to boot from, as a UUID; may be omitted when booting from a volume."""

    networks: builtins.list[ServerNetwork] | str | UnsetType = UNSET
    """The networks to attach, or, from microversion 2.37, the string "auto" (a network is found
    or made) or "none". Required from 2.37.
    """

    access_ipv4: str | UnsetType = msgspec.field(default=UNSET, name="accessIPv4")
    """The IPv4 address meant for reaching the server."""

    access_ipv6: str | UnsetType = msgspec.field(default=UNSET, name="accessIPv6")
    """The IPv6 address meant for reaching the server."""

    admin_pass: str | UnsetType = msgspec.field(default=UNSET, name="adminPass")
    """The administrative password; generated when omitted."""

    availability_zone: str | UnsetType = UNSET
    """The availability zone (optionally zone:host:node for admins) to build in."""

    block_device_mapping_v2: builtins.list[BlockDeviceMapping] | UnsetType = UNSET
    """The disks of the server; used to boot from a volume."""

    config_drive: bool | UnsetType = UNSET
    """Whether to attach a config drive."""

    key_name: str | UnsetType = UNSET
    """The name of a key pair to inject."""

    metadata: dict[str, str] | UnsetType = UNSET
    """Metadata key and value pairs (255 bytes each at most)."""

    disk_config: Literal["AUTO", "MANUAL"] | UnsetType = msgspec.field(
        default=UNSET, name="OS-DCF:diskConfig"
    )
    """How to partition the root disk."""

    personality: builtins.list[Personality] | UnsetType = UNSET
    """Files to inject into the server."""

    security_groups: builtins.list[SecurityGroupRef] | UnsetType = UNSET
    """The security groups to apply; the default group when omitted."""

    user_data: str | UnsetType = UNSET
    """Base64-encoded user data (at most 65535 bytes)."""

    description: str | UnsetType | None = UNSET
    """A description of the server (255 characters at most)."""

    hostname: str | UnsetType = UNSET
    """The host name the metadata service reports (an FQDN from 2.94)."""

    tags: builtins.list[str] | UnsetType = UNSET
    """Tags for the server (50 at most)."""

    trusted_image_certificates: builtins.list[str] | UnsetType | None = UNSET
    """IDs of certificates trusted to verify the image signature."""

    host: str | UnsetType = UNSET
    """The compute host to build on (admins by default)."""

    hypervisor_hostname: str | UnsetType = UNSET
    """The hypervisor to build on (admins by default)."""

    min_count: int | UnsetType = UNSET
    """The minimum number of servers to create (default 1)."""

    max_count: int | UnsetType = UNSET
    """The maximum number of servers to create (default min_count)."""

    scheduler_hints: SchedulerHints | UnsetType = msgspec.field(
        default=UNSET, name="os:scheduler_hints"
    )
    """Hints for the scheduler (sent as the top-level os:scheduler_hints key)."""

    locations: ClassVar[dict[str, str]] = {
        "scheduler_hints": "sibling",
    }

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "personality": (None, "2.56"),
        "description": ("2.19", None),
        "hostname": ("2.90", None),
        "tags": ("2.52", None),
        "trusted_image_certificates": ("2.63", None),
        "host": ("2.74", None),
        "hypervisor_hostname": ("2.74", None),
    }

    secret_fields: ClassVar[frozenset[str]] = frozenset({"admin_pass"})


class UpdateOpts(Options):
    """Options for :func:`update`."""

    access_ipv4: str | UnsetType = msgspec.field(default=UNSET, name="accessIPv4")
    """The IPv4 address meant for reaching the server."""

    access_ipv6: str | UnsetType = msgspec.field(default=UNSET, name="accessIPv6")
    """The IPv6 address meant for reaching the server."""

    name: str | UnsetType = UNSET
    """The new server name."""

    disk_config: Literal["AUTO", "MANUAL"] | UnsetType = msgspec.field(
        default=UNSET, name="OS-DCF:diskConfig"
    )
    """How to partition the root disk."""

    description: str | UnsetType | None = UNSET
    """The new description (null clears it)."""

    hostname: str | UnsetType = UNSET
    """The host name the metadata service reports (an FQDN from 2.94)."""

    pinned_availability_zone: str | UnsetType | None = UNSET
    """Pins the server to its current availability zone, or unpins it with null; only the
    current zone can be set.
    """

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "description": ("2.19", None),
        "hostname": ("2.90", None),
        "pinned_availability_zone": ("2.104", None),
    }


def create_url(client: ServiceClient) -> str:
    """The URL `/servers`."""
    return client.url("/servers")


def list_url(client: ServiceClient) -> str:
    """The URL `/servers/detail`."""
    return client.url("/servers/detail")


def resource_url(client: ServiceClient, server_id: str) -> str:
    """The URL `/servers/{server_id}`."""
    return client.url("/servers/{server_id}", server_id=server_id)


def list_summary(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[ServerSummary]:
    """Lists servers with their IDs, names and links only (see list for details).

    GET ``/servers``

    Args:
        client: The compute v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        create_url(client),
        ok=(200,),
        item_type=ServerSummary,
        response_key="servers",
        style=PageStyle("links", links_key="servers_links"),
        opts=opts,
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Server]:
    """Lists servers with their details, every page.

    GET ``/servers/detail``

    Args:
        client: The compute v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Server,
        response_key="servers",
        style=PageStyle("links", links_key="servers_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> CreatedServer:
    """Creates one server, or several with min_count/max_count, and returns the (first) server
    created. The server's fields go in the "server" object; the scheduler hints beside it. See
    create_reservation for the reservation ID instead.

    POST ``/servers``

    Args:
        client: The compute v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        create_url(client),
        ok=(202,),
        opts=opts,
        body_key="server",
        response_key="server",
        response_type=CreatedServer,
    )


def create_reservation(
    client: ServiceClient,
    opts: CreateOpts,
) -> Reservation:
    """Creates servers like create, with return_reservation_id set: the answer is the reservation
    ID of the request only (list the servers with ListOpts(reservation_id=...)).

    POST ``/servers``

    Args:
        client: The compute v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        create_url(client),
        ok=(202,),
        opts=opts,
        fixed=Fixed(body=(("return_reservation_id", True),)),
        body_key="server",
        response_type=Reservation,
    )


def get(
    client: ServiceClient,
    server_id: str,
) -> Server:
    """Shows the details of a server.

    GET ``/servers/{server_id}``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
    """
    return client.call(
        "GET",
        resource_url(client, server_id),
        ok=(200,),
        response_key="server",
        response_type=Server,
    )


def update(
    client: ServiceClient,
    server_id: str,
    opts: UpdateOpts | None = None,
) -> Server:
    """Updates the editable attributes of a server.

    PUT ``/servers/{server_id}``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, server_id),
        ok=(200,),
        opts=opts,
        body_key="server",
        response_key="server",
        response_type=Server,
    )


def delete(
    client: ServiceClient,
    server_id: str,
) -> None:
    """Deletes a server (soft-deletes it when the cloud reclaims instances later).

    DELETE ``/servers/{server_id}``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
    """
    client.call(
        "DELETE",
        resource_url(client, server_id),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Server:
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
        what="Server",
    )


def wait_for_status(
    client: ServiceClient,
    server_id: str,
    status: str | Iterable[str],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    predicate: Callable[[Server], bool] | None = None,
) -> Server:
    """Polls get until status is one of status (and predicate holds).

    Failure statuses (ERROR) raise ResourceFailed at once with fault.message.
    Returns the resource; WaitTimeout after timeout seconds.
    """
    return waiters.wait_for_status(
        lambda: get(client, server_id),
        status,
        failures=("ERROR",),
        attribute="status",
        fault="fault.message",
        timeout=timeout,
        interval=interval,
        what="Server",
        predicate=predicate,
    )


def wait_for_delete(
    client: ServiceClient,
    server_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
) -> None:
    """Polls get until it answers 404 (the resource is deleted).

    Failure statuses (ERROR) raise ResourceFailed at once;
    WaitTimeout after timeout seconds.
    """
    waiters.wait_for_delete(
        lambda: get(client, server_id),
        failures=("ERROR",),
        attribute="status",
        fault="fault.message",
        timeout=timeout,
        interval=interval,
        what="Server",
    )
