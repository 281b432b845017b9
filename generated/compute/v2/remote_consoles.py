"""Remote consoles (microversion 2.6 and later): get a URL for a VNC, SPICE, serial, RDP or MKS
console of a server.
"""

# Generated from specs/compute/v2/remote_consoles.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import Literal

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "RemoteConsole",
    "CreateOpts",
    "create",
    "create_url",
]


class RemoteConsole(Model):
    """A remote console of a server."""

    protocol: str | UnsetType | None = UNSET
    """The console protocol."""

    type: str | UnsetType | None = UNSET
    """The console type."""

    url: str | UnsetType | None = UNSET
    """The URL to open the console with."""


class CreateOpts(Options):
    """Options for :func:`create`."""

    protocol: Literal["vnc", "spice", "rdp", "serial", "mks"]
    """The console protocol (mks from 2.8; rdp needs the removed Hyper-V driver)."""

    type: Literal["novnc", "spice-html5", "spice-direct", "rdp-html5", "serial", "webmks"]
    """The console type, matching the protocol (webmks from 2.8, spice-direct from 2.99)."""


def create_url(client: ServiceClient, server_id: str) -> str:
    """The URL `/servers/{server_id}/remote-consoles`."""
    return client.url("/servers/{server_id}/remote-consoles", server_id=server_id)


def create(
    client: ServiceClient,
    server_id: str,
    opts: CreateOpts,
) -> RemoteConsole:
    """Creates a remote console for a server and returns its URL.

    Microversions: 2.6 and later.

    POST ``/servers/{server_id}/remote-consoles``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
        opts: The options of the request (:class:`CreateOpts`).
    """
    client.check_operation_version("remote_consoles.create", "2.6", None)
    return client.call(
        "POST",
        create_url(client, server_id),
        ok=(200,),
        opts=opts,
        body_key="remote_console",
        response_key="remote_console",
        response_type=RemoteConsole,
    )
