"""Actions on a server, each a POST to /servers/{server_id}/action whose body names the action:
power and lifecycle (reboot, start, stop, pause, suspend, shelve, ...), resize and migration,
rebuild and rescue, images and backups, consoles, security groups and admin actions. Rebuild
returns a servers.Server.
"""

# Generated from specs/compute/v2/server_actions.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import ClassVar, Literal

import msgspec

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

from . import servers

__all__ = [
    "Personality",
    "ConsoleOutput",
    "Console",
    "AdminPassword",
    "EvacuateResult",
    "CreatedImage",
    "RebootOpts",
    "RebuildOpts",
    "ResizeOpts",
    "LockOpts",
    "RescueOpts",
    "UnshelveOpts",
    "MigrateOpts",
    "LiveMigrateOpts",
    "EvacuateOpts",
    "CreateImageOpts",
    "CreateBackupOpts",
    "GetConsoleOutputOpts",
    "GetVncConsoleOpts",
    "GetSpiceConsoleOpts",
    "GetSerialConsoleOpts",
    "AddSecurityGroupOpts",
    "RemoveSecurityGroupOpts",
    "ResetStateOpts",
    "ChangePasswordOpts",
    "AddFloatingIpOpts",
    "RemoveFloatingIpOpts",
    "AddFixedIpOpts",
    "RemoveFixedIpOpts",
    "reboot",
    "rebuild",
    "resize",
    "confirm_resize",
    "revert_resize",
    "start",
    "stop",
    "pause",
    "unpause",
    "suspend",
    "resume",
    "lock",
    "unlock",
    "rescue",
    "unrescue",
    "shelve",
    "shelve_offload",
    "unshelve",
    "migrate",
    "live_migrate",
    "evacuate",
    "create_image",
    "create_backup",
    "get_console_output",
    "get_vnc_console",
    "get_spice_console",
    "get_serial_console",
    "add_security_group",
    "remove_security_group",
    "reset_state",
    "trigger_crash_dump",
    "inject_network_info",
    "reset_network",
    "change_password",
    "restore",
    "force_delete",
    "add_floating_ip",
    "remove_floating_ip",
    "add_fixed_ip",
    "remove_fixed_ip",
    "action_url",
]


class Personality(Model):
    """A file injected into the server at build time (up to microversion 2.56)."""

    path: str
    """The path of the file in the server."""

    contents: str
    """The base64-encoded contents of the file."""


class ConsoleOutput(Model):
    """The console log of a server."""

    output: str | UnsetType | None = UNSET
    """The console output, with control characters escaped."""


class Console(Model):
    """A remote console of a server (legacy console actions)."""

    type: str | UnsetType | None = UNSET
    """The console type."""

    url: str | UnsetType | None = UNSET
    """The URL to open the console with."""


class AdminPassword(Model):
    """The administrative password set by the action."""

    admin_pass: str | UnsetType | None = msgspec.field(default=UNSET, name="adminPass")
    """The new administrative password, unless the cloud disables instance passwords."""

    secret_fields: ClassVar[frozenset[str]] = frozenset({"admin_pass"})


class EvacuateResult(Model):
    """The answer to evacuate; empty from microversion 2.14."""

    admin_pass: str | UnsetType | None = msgspec.field(default=UNSET, name="adminPass")
    """The administrative password of the evacuated server."""

    secret_fields: ClassVar[frozenset[str]] = frozenset({"admin_pass"})

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("admin_pass", None, "2.13"),
    )


class CreatedImage(Model):
    """The image made by createImage or createBackup: its URL in the Location header up to
    microversion 2.44, its ID in the body from 2.45.
    """

    image_id: str | UnsetType | None = UNSET
    """The ID of the new image."""

    location: str | UnsetType | None = msgspec.field(default=UNSET, name="Location")
    """The URL of the new image."""

    header_fields: ClassVar[tuple[tuple[str, str], ...]] = (("location", "Location"),)

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("image_id", "2.45", None),
    )


class RebootOpts(Options):
    """Options for :func:`reboot`."""

    type: Literal["SOFT", "HARD"]
    """The kind of reboot."""


class RebuildOpts(Options):
    """Options for :func:`rebuild`."""

    image_ref: str = msgspec.field(name="imageRef")
    """The UUID of the image to rebuild from."""

    access_ipv4: str | UnsetType = msgspec.field(default=UNSET, name="accessIPv4")
    """The IPv4 address meant for reaching the server."""

    access_ipv6: str | UnsetType = msgspec.field(default=UNSET, name="accessIPv6")
    """The IPv6 address meant for reaching the server."""

    admin_pass: str | UnsetType = msgspec.field(default=UNSET, name="adminPass")
    """The new administrative password; generated when omitted."""

    metadata: dict[str, str] | UnsetType = UNSET
    """Metadata key and value pairs that replace the current ones."""

    name: str | UnsetType = UNSET
    """The new server name."""

    disk_config: Literal["AUTO", "MANUAL"] | UnsetType = msgspec.field(
        default=UNSET, name="OS-DCF:diskConfig"
    )
    """How to partition the root disk."""

    personality: list[Personality] | UnsetType = UNSET
    """Files to inject into the server."""

    preserve_ephemeral: bool | UnsetType = UNSET
    """Keep the ephemeral partition (bare-metal servers only)."""

    description: str | UnsetType | None = UNSET
    """The new description (null clears it)."""

    key_name: str | UnsetType | None = UNSET
    """The key pair to inject; null removes the current one."""

    user_data: str | UnsetType | None = UNSET
    """New base64-encoded user data; null removes it."""

    trusted_image_certificates: list[str] | UnsetType | None = UNSET
    """IDs of certificates trusted to verify the image signature; null unsets them."""

    hostname: str | UnsetType = UNSET
    """The host name the metadata service reports (an FQDN from 2.94)."""

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "personality": (None, "2.56"),
        "description": ("2.19", None),
        "key_name": ("2.54", None),
        "user_data": ("2.57", None),
        "trusted_image_certificates": ("2.63", None),
        "hostname": ("2.90", None),
    }

    secret_fields: ClassVar[frozenset[str]] = frozenset({"admin_pass"})


class ResizeOpts(Options):
    """Options for :func:`resize`."""

    flavor_ref: str = msgspec.field(name="flavorRef")
    """The flavor to resize to, as an ID or URL."""

    disk_config: Literal["AUTO", "MANUAL"] | UnsetType = msgspec.field(
        default=UNSET, name="OS-DCF:diskConfig"
    )
    """How to partition the root disk."""


class LockOpts(Options):
    """Options for :func:`lock`."""

    locked_reason: str | UnsetType = UNSET
    """Why the server is locked (255 characters at most)."""

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "locked_reason": ("2.73", None),
    }


class RescueOpts(Options):
    """Options for :func:`rescue`."""

    admin_pass: str | UnsetType = msgspec.field(default=UNSET, name="adminPass")
    """The password of the rescued server; generated when omitted."""

    rescue_image_ref: str | UnsetType = UNSET
    """The image to rescue with; the server's own image when omitted."""

    secret_fields: ClassVar[frozenset[str]] = frozenset({"admin_pass"})


class UnshelveOpts(Options):
    """Options for :func:`unshelve`."""

    availability_zone: str | UnsetType | None = UNSET
    """The zone to unshelve an offloaded server into; from 2.91 null unpins the server from its
    zone.
    """

    host: str | UnsetType = UNSET
    """The host to unshelve an offloaded server onto (admins by default)."""

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "availability_zone": ("2.77", None),
        "host": ("2.91", None),
    }


class MigrateOpts(Options):
    """Options for :func:`migrate`."""

    host: str | UnsetType | None = UNSET
    """The destination host; the scheduler picks one when omitted or null."""

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "host": ("2.56", None),
    }


class LiveMigrateOpts(Options):
    """Options for :func:`live_migrate`."""

    host: str | None
    """The destination host, or null to let the scheduler pick one."""

    block_migration: bool | str
    """Whether to migrate local disks by block migration: a boolean up to microversion 2.24;
    true, false or "auto" from 2.25.
    """

    disk_over_commit: bool | UnsetType = UNSET
    """Allow disk over-commit when checking the destination (required up to 2.24)."""

    force: bool | UnsetType = UNSET
    """Skip the scheduler's check of the given host."""

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "disk_over_commit": (None, "2.25"),
        "force": ("2.30", "2.67"),
    }


class EvacuateOpts(Options):
    """Options for :func:`evacuate`."""

    host: str | UnsetType = UNSET
    """The destination host; the scheduler picks one when omitted."""

    admin_pass: str | UnsetType = msgspec.field(default=UNSET, name="adminPass")
    """The administrative password of the evacuated server."""

    on_shared_storage: bool | UnsetType = msgspec.field(default=UNSET, name="onSharedStorage")
    """Whether the server's disks are on shared storage (required up to 2.13)."""

    force: bool | UnsetType = UNSET
    """Skip the scheduler's check of the given host."""

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "on_shared_storage": (None, "2.13"),
        "force": ("2.29", "2.67"),
    }

    secret_fields: ClassVar[frozenset[str]] = frozenset({"admin_pass"})


class CreateImageOpts(Options):
    """Options for :func:`create_image`."""

    name: str
    """The name of the image."""

    metadata: dict[str, str] | UnsetType = UNSET
    """Metadata for the image."""


class CreateBackupOpts(Options):
    """Options for :func:`create_backup`."""

    name: str
    """The name of the backup image."""

    backup_type: str
    """The kind of backup, such as daily or weekly."""

    rotation: int
    """How many backups of this type to keep; older ones are deleted."""

    metadata: dict[str, str] | UnsetType = UNSET
    """Metadata for the backup image."""


class GetConsoleOutputOpts(Options):
    """Options for :func:`get_console_output`."""

    length: int | UnsetType = UNSET
    """The number of lines to return from the end of the log; all when omitted."""


class GetVncConsoleOpts(Options):
    """Options for :func:`get_vnc_console`."""

    type: Literal["novnc"]
    """The VNC console type."""


class GetSpiceConsoleOpts(Options):
    """Options for :func:`get_spice_console`."""

    type: Literal["spice-html5"]
    """The SPICE console type."""


class GetSerialConsoleOpts(Options):
    """Options for :func:`get_serial_console`."""

    type: Literal["serial"]
    """The serial console type."""


class AddSecurityGroupOpts(Options):
    """Options for :func:`add_security_group`."""

    name: str
    """The name (or ID) of the security group."""


class RemoveSecurityGroupOpts(Options):
    """Options for :func:`remove_security_group`."""

    name: str
    """The name (or ID) of the security group."""


class ResetStateOpts(Options):
    """Options for :func:`reset_state`."""

    state: Literal["active", "error"]
    """The state to set."""


class ChangePasswordOpts(Options):
    """Options for :func:`change_password`."""

    admin_pass: str = msgspec.field(name="adminPass")
    """The new administrative password."""

    secret_fields: ClassVar[frozenset[str]] = frozenset({"admin_pass"})


class AddFloatingIpOpts(Options):
    """Options for :func:`add_floating_ip`."""

    address: str
    """The floating IP address."""

    fixed_address: str | UnsetType = UNSET
    """The fixed IP address of the server to associate it with."""


class RemoveFloatingIpOpts(Options):
    """Options for :func:`remove_floating_ip`."""

    address: str
    """The floating IP address."""


class AddFixedIpOpts(Options):
    """Options for :func:`add_fixed_ip`."""

    network_id: str = msgspec.field(name="networkId")
    """The ID of the network to take the address from."""


class RemoveFixedIpOpts(Options):
    """Options for :func:`remove_fixed_ip`."""

    address: str
    """The fixed IP address to remove."""


def action_url(client: ServiceClient, server_id: str) -> str:
    """The URL `/servers/{server_id}/action`."""
    return client.url("/servers/{server_id}/action", server_id=server_id)


def reboot(
    client: ServiceClient,
    server_id: str,
    opts: RebootOpts,
) -> None:
    """Reboots a server, gracefully (SOFT) or by a power cycle (HARD).

    POST ``/servers/{server_id}/action`` (action reboot)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        opts: The options of the request (:class:`RebootOpts`).
    """
    client.call(
        "POST",
        action_url(client, server_id),
        ok=(202,),
        opts=opts,
        body_key="reboot",
        empty="object",
    )


def rebuild(
    client: ServiceClient,
    server_id: str,
    opts: RebuildOpts,
) -> servers.Server:
    """Rebuilds a server from an image, keeping its ID, flavor and addresses.

    POST ``/servers/{server_id}/action`` (action rebuild)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        opts: The options of the request (:class:`RebuildOpts`).
    """
    return client.call(
        "POST",
        action_url(client, server_id),
        ok=(202,),
        opts=opts,
        body_key="rebuild",
        empty="object",
        response_key="server",
        response_type=servers.Server,
    )


def resize(
    client: ServiceClient,
    server_id: str,
    opts: ResizeOpts,
) -> None:
    """Resizes a server to another flavor; confirm or revert it afterwards.

    POST ``/servers/{server_id}/action`` (action resize)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        opts: The options of the request (:class:`ResizeOpts`).
    """
    client.call(
        "POST",
        action_url(client, server_id),
        ok=(202,),
        opts=opts,
        body_key="resize",
        empty="object",
    )


def confirm_resize(
    client: ServiceClient,
    server_id: str,
) -> None:
    """Confirms a pending resize or cold migration (server in VERIFY_RESIZE).

    POST ``/servers/{server_id}/action`` (action confirmResize)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
    """
    client.call(
        "POST",
        action_url(client, server_id),
        ok=(204,),
        body_key="confirmResize",
        empty="null",
    )


def revert_resize(
    client: ServiceClient,
    server_id: str,
) -> None:
    """Reverts a pending resize or cold migration back to the source.

    POST ``/servers/{server_id}/action`` (action revertResize)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
    """
    client.call(
        "POST",
        action_url(client, server_id),
        ok=(202,),
        body_key="revertResize",
        empty="null",
    )


def start(
    client: ServiceClient,
    server_id: str,
) -> None:
    """Starts a stopped server.

    POST ``/servers/{server_id}/action`` (action os-start)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
    """
    client.call(
        "POST",
        action_url(client, server_id),
        ok=(202,),
        body_key="os-start",
        empty="null",
    )


def stop(
    client: ServiceClient,
    server_id: str,
) -> None:
    """Stops (shuts off) a running server.

    POST ``/servers/{server_id}/action`` (action os-stop)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
    """
    client.call(
        "POST",
        action_url(client, server_id),
        ok=(202,),
        body_key="os-stop",
        empty="null",
    )


def pause(
    client: ServiceClient,
    server_id: str,
) -> None:
    """Pauses a server, keeping its state in memory.

    POST ``/servers/{server_id}/action`` (action pause)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
    """
    client.call(
        "POST",
        action_url(client, server_id),
        ok=(202,),
        body_key="pause",
        empty="null",
    )


def unpause(
    client: ServiceClient,
    server_id: str,
) -> None:
    """Unpauses a paused server.

    POST ``/servers/{server_id}/action`` (action unpause)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
    """
    client.call(
        "POST",
        action_url(client, server_id),
        ok=(202,),
        body_key="unpause",
        empty="null",
    )


def suspend(
    client: ServiceClient,
    server_id: str,
) -> None:
    """Suspends a server, saving its state to disk.

    POST ``/servers/{server_id}/action`` (action suspend)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
    """
    client.call(
        "POST",
        action_url(client, server_id),
        ok=(202,),
        body_key="suspend",
        empty="null",
    )


def resume(
    client: ServiceClient,
    server_id: str,
) -> None:
    """Resumes a suspended server.

    POST ``/servers/{server_id}/action`` (action resume)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
    """
    client.call(
        "POST",
        action_url(client, server_id),
        ok=(202,),
        body_key="resume",
        empty="null",
    )


def lock(
    client: ServiceClient,
    server_id: str,
    opts: LockOpts | None = None,
) -> None:
    """Locks a server so that only admins can act on it.

    POST ``/servers/{server_id}/action`` (action lock)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        opts: The options of the request (:class:`LockOpts`).
    """
    client.call(
        "POST",
        action_url(client, server_id),
        ok=(202,),
        opts=opts,
        body_key="lock",
        empty="object",
    )


def unlock(
    client: ServiceClient,
    server_id: str,
) -> None:
    """Unlocks a locked server.

    POST ``/servers/{server_id}/action`` (action unlock)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
    """
    client.call(
        "POST",
        action_url(client, server_id),
        ok=(202,),
        body_key="unlock",
        empty="null",
    )


def rescue(
    client: ServiceClient,
    server_id: str,
    opts: RescueOpts | None = None,
) -> AdminPassword:
    """Boots a server into rescue mode from a rescue image.

    POST ``/servers/{server_id}/action`` (action rescue)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        opts: The options of the request (:class:`RescueOpts`).
    """
    return client.call(
        "POST",
        action_url(client, server_id),
        ok=(200,),
        opts=opts,
        body_key="rescue",
        empty="object",
        response_type=AdminPassword,
    )


def unrescue(
    client: ServiceClient,
    server_id: str,
) -> None:
    """Returns a rescued server to normal operation.

    POST ``/servers/{server_id}/action`` (action unrescue)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
    """
    client.call(
        "POST",
        action_url(client, server_id),
        ok=(202,),
        body_key="unrescue",
        empty="null",
    )


def shelve(
    client: ServiceClient,
    server_id: str,
) -> None:
    """Shelves a server (snapshots it and stops it; offloads it later).

    POST ``/servers/{server_id}/action`` (action shelve)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
    """
    client.call(
        "POST",
        action_url(client, server_id),
        ok=(202,),
        body_key="shelve",
        empty="null",
    )


def shelve_offload(
    client: ServiceClient,
    server_id: str,
) -> None:
    """Removes a shelved server from its compute host.

    POST ``/servers/{server_id}/action`` (action shelveOffload)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
    """
    client.call(
        "POST",
        action_url(client, server_id),
        ok=(202,),
        body_key="shelveOffload",
        empty="null",
    )


def unshelve(
    client: ServiceClient,
    server_id: str,
    opts: UnshelveOpts | None = None,
) -> None:
    """Restores a shelved or shelved-offloaded server.

    POST ``/servers/{server_id}/action`` (action unshelve)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        opts: The options of the request (:class:`UnshelveOpts`).
    """
    client.call(
        "POST",
        action_url(client, server_id),
        ok=(202,),
        opts=opts,
        body_key="unshelve",
        empty="null",
    )


def migrate(
    client: ServiceClient,
    server_id: str,
    opts: MigrateOpts | None = None,
) -> None:
    """Cold-migrates a server to another host.

    POST ``/servers/{server_id}/action`` (action migrate)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        opts: The options of the request (:class:`MigrateOpts`).
    """
    client.call(
        "POST",
        action_url(client, server_id),
        ok=(202,),
        opts=opts,
        body_key="migrate",
        empty="null",
    )


def live_migrate(
    client: ServiceClient,
    server_id: str,
    opts: LiveMigrateOpts,
) -> None:
    """Live-migrates a running server to another host.

    POST ``/servers/{server_id}/action`` (action os-migrateLive)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        opts: The options of the request (:class:`LiveMigrateOpts`).
    """
    client.call(
        "POST",
        action_url(client, server_id),
        ok=(202,),
        opts=opts,
        body_key="os-migrateLive",
        empty="object",
    )


def evacuate(
    client: ServiceClient,
    server_id: str,
    opts: EvacuateOpts | None = None,
) -> EvacuateResult:
    """Rebuilds a server from a failed host on another host.

    POST ``/servers/{server_id}/action`` (action evacuate)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        opts: The options of the request (:class:`EvacuateOpts`).
    """
    return client.call(
        "POST",
        action_url(client, server_id),
        ok=(200,),
        opts=opts,
        body_key="evacuate",
        empty="object",
        response_type=EvacuateResult,
    )


def create_image(
    client: ServiceClient,
    server_id: str,
    opts: CreateImageOpts,
) -> CreatedImage:
    """Creates an image (snapshot) of a server.

    POST ``/servers/{server_id}/action`` (action createImage)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        opts: The options of the request (:class:`CreateImageOpts`).
    """
    return client.call(
        "POST",
        action_url(client, server_id),
        ok=(202,),
        opts=opts,
        body_key="createImage",
        empty="object",
        response_type=CreatedImage,
    )


def create_backup(
    client: ServiceClient,
    server_id: str,
    opts: CreateBackupOpts,
) -> CreatedImage:
    """Creates a backup image of a server and rotates old backups.

    POST ``/servers/{server_id}/action`` (action createBackup)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        opts: The options of the request (:class:`CreateBackupOpts`).
    """
    return client.call(
        "POST",
        action_url(client, server_id),
        ok=(202,),
        opts=opts,
        body_key="createBackup",
        empty="object",
        response_type=CreatedImage,
    )


def get_console_output(
    client: ServiceClient,
    server_id: str,
    opts: GetConsoleOutputOpts | None = None,
) -> ConsoleOutput:
    """Shows the console log of a server.

    POST ``/servers/{server_id}/action`` (action os-getConsoleOutput)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        opts: The options of the request (:class:`GetConsoleOutputOpts`).
    """
    return client.call(
        "POST",
        action_url(client, server_id),
        ok=(200,),
        opts=opts,
        body_key="os-getConsoleOutput",
        empty="object",
        response_type=ConsoleOutput,
    )


def get_vnc_console(
    client: ServiceClient,
    server_id: str,
    opts: GetVncConsoleOpts,
) -> Console:
    """Gets a VNC console URL (use remote_consoles from microversion 2.6).

    Deprecated by the service.

    Microversions: up to 2.5.

    POST ``/servers/{server_id}/action`` (action os-getVNCConsole)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        opts: The options of the request (:class:`GetVncConsoleOpts`).
    """
    client.check_operation_version("server_actions.get_vnc_console", None, "2.5")
    return client.call(
        "POST",
        action_url(client, server_id),
        ok=(200,),
        opts=opts,
        body_key="os-getVNCConsole",
        empty="object",
        response_key="console",
        response_type=Console,
    )


def get_spice_console(
    client: ServiceClient,
    server_id: str,
    opts: GetSpiceConsoleOpts,
) -> Console:
    """Gets a SPICE console URL (use remote_consoles from microversion 2.6).

    Deprecated by the service.

    Microversions: up to 2.5.

    POST ``/servers/{server_id}/action`` (action os-getSPICEConsole)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        opts: The options of the request (:class:`GetSpiceConsoleOpts`).
    """
    client.check_operation_version("server_actions.get_spice_console", None, "2.5")
    return client.call(
        "POST",
        action_url(client, server_id),
        ok=(200,),
        opts=opts,
        body_key="os-getSPICEConsole",
        empty="object",
        response_key="console",
        response_type=Console,
    )


def get_serial_console(
    client: ServiceClient,
    server_id: str,
    opts: GetSerialConsoleOpts,
) -> Console:
    """Gets a serial console URL (use remote_consoles from microversion 2.6).

    Deprecated by the service.

    Microversions: up to 2.5.

    POST ``/servers/{server_id}/action`` (action os-getSerialConsole)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        opts: The options of the request (:class:`GetSerialConsoleOpts`).
    """
    client.check_operation_version("server_actions.get_serial_console", None, "2.5")
    return client.call(
        "POST",
        action_url(client, server_id),
        ok=(200,),
        opts=opts,
        body_key="os-getSerialConsole",
        empty="object",
        response_key="console",
        response_type=Console,
    )


def add_security_group(
    client: ServiceClient,
    server_id: str,
    opts: AddSecurityGroupOpts,
) -> None:
    """Adds a security group to every port of a server.

    POST ``/servers/{server_id}/action`` (action addSecurityGroup)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        opts: The options of the request (:class:`AddSecurityGroupOpts`).
    """
    client.call(
        "POST",
        action_url(client, server_id),
        ok=(202,),
        opts=opts,
        body_key="addSecurityGroup",
        empty="object",
    )


def remove_security_group(
    client: ServiceClient,
    server_id: str,
    opts: RemoveSecurityGroupOpts,
) -> None:
    """Removes a security group from a server.

    POST ``/servers/{server_id}/action`` (action removeSecurityGroup)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        opts: The options of the request (:class:`RemoveSecurityGroupOpts`).
    """
    client.call(
        "POST",
        action_url(client, server_id),
        ok=(202,),
        opts=opts,
        body_key="removeSecurityGroup",
        empty="object",
    )


def reset_state(
    client: ServiceClient,
    server_id: str,
    opts: ResetStateOpts,
) -> None:
    """Forces the state of a server to active or error (admins).

    POST ``/servers/{server_id}/action`` (action os-resetState)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        opts: The options of the request (:class:`ResetStateOpts`).
    """
    client.call(
        "POST",
        action_url(client, server_id),
        ok=(202,),
        opts=opts,
        body_key="os-resetState",
        empty="object",
    )


def trigger_crash_dump(
    client: ServiceClient,
    server_id: str,
) -> None:
    """Triggers a crash dump in the server's guest OS (through an NMI).

    Microversions: 2.17 and later.

    POST ``/servers/{server_id}/action`` (action trigger_crash_dump)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
    """
    client.check_operation_version("server_actions.trigger_crash_dump", "2.17", None)
    client.call(
        "POST",
        action_url(client, server_id),
        ok=(202,),
        body_key="trigger_crash_dump",
        empty="null",
    )


def inject_network_info(
    client: ServiceClient,
    server_id: str,
) -> None:
    """Injects network information into a server (admins).

    POST ``/servers/{server_id}/action`` (action injectNetworkInfo)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
    """
    client.call(
        "POST",
        action_url(client, server_id),
        ok=(202,),
        body_key="injectNetworkInfo",
        empty="null",
    )


def reset_network(
    client: ServiceClient,
    server_id: str,
) -> None:
    """Resets the networking of a server (admins; deprecated, meaningful only with the removed
    nova-network).

    Deprecated by the service.

    POST ``/servers/{server_id}/action`` (action resetNetwork)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
    """
    client.call(
        "POST",
        action_url(client, server_id),
        ok=(202,),
        body_key="resetNetwork",
        empty="null",
    )


def change_password(
    client: ServiceClient,
    server_id: str,
    opts: ChangePasswordOpts,
) -> None:
    """Changes the administrative password of a server.

    POST ``/servers/{server_id}/action`` (action changePassword)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        opts: The options of the request (:class:`ChangePasswordOpts`).
    """
    client.call(
        "POST",
        action_url(client, server_id),
        ok=(202,),
        opts=opts,
        body_key="changePassword",
        empty="object",
    )


def restore(
    client: ServiceClient,
    server_id: str,
) -> None:
    """Restores a soft-deleted server.

    POST ``/servers/{server_id}/action`` (action restore)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
    """
    client.call(
        "POST",
        action_url(client, server_id),
        ok=(202,),
        body_key="restore",
        empty="null",
    )


def force_delete(
    client: ServiceClient,
    server_id: str,
) -> None:
    """Deletes a soft-deleted server at once.

    POST ``/servers/{server_id}/action`` (action forceDelete)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
    """
    client.call(
        "POST",
        action_url(client, server_id),
        ok=(202,),
        body_key="forceDelete",
        empty="null",
    )


def add_floating_ip(
    client: ServiceClient,
    server_id: str,
    opts: AddFloatingIpOpts,
) -> None:
    """Associates a floating IP address with a server (removed in microversion 2.44).

    Deprecated by the service.

    Microversions: up to 2.43.

    POST ``/servers/{server_id}/action`` (action addFloatingIp)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        opts: The options of the request (:class:`AddFloatingIpOpts`).
    """
    client.check_operation_version("server_actions.add_floating_ip", None, "2.43")
    client.call(
        "POST",
        action_url(client, server_id),
        ok=(202,),
        opts=opts,
        body_key="addFloatingIp",
        empty="object",
    )


def remove_floating_ip(
    client: ServiceClient,
    server_id: str,
    opts: RemoveFloatingIpOpts,
) -> None:
    """Disassociates a floating IP address from a server (removed in microversion 2.44).

    Deprecated by the service.

    Microversions: up to 2.43.

    POST ``/servers/{server_id}/action`` (action removeFloatingIp)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        opts: The options of the request (:class:`RemoveFloatingIpOpts`).
    """
    client.check_operation_version("server_actions.remove_floating_ip", None, "2.43")
    client.call(
        "POST",
        action_url(client, server_id),
        ok=(202,),
        opts=opts,
        body_key="removeFloatingIp",
        empty="object",
    )


def add_fixed_ip(
    client: ServiceClient,
    server_id: str,
    opts: AddFixedIpOpts,
) -> None:
    """Adds a fixed IP address on a network to a server (removed in microversion 2.44).

    Deprecated by the service.

    Microversions: up to 2.43.

    POST ``/servers/{server_id}/action`` (action addFixedIp)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        opts: The options of the request (:class:`AddFixedIpOpts`).
    """
    client.check_operation_version("server_actions.add_fixed_ip", None, "2.43")
    client.call(
        "POST",
        action_url(client, server_id),
        ok=(202,),
        opts=opts,
        body_key="addFixedIp",
        empty="object",
    )


def remove_fixed_ip(
    client: ServiceClient,
    server_id: str,
    opts: RemoveFixedIpOpts,
) -> None:
    """Removes a fixed IP address from a server (removed in microversion 2.44).

    Deprecated by the service.

    Microversions: up to 2.43.

    POST ``/servers/{server_id}/action`` (action removeFixedIp)

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        opts: The options of the request (:class:`RemoveFixedIpOpts`).
    """
    client.check_operation_version("server_actions.remove_fixed_ip", None, "2.43")
    client.call(
        "POST",
        action_url(client, server_id),
        ok=(202,),
        opts=opts,
        body_key="removeFixedIp",
        empty="object",
    )
