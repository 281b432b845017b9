"""Console proxies look up a console authentication token to learn where to connect. Admin only.
Before 2.31 only RDP console tokens can be looked up.
"""

# Generated from specs/compute/v2/console_auth_tokens.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typedstack.runtime import UNSET, Model, ServiceClient, UnsetType

__all__ = [
    "ConsoleConnection",
    "get",
    "resource_url",
]


class ConsoleConnection(Model):
    """Where a console token leads."""

    instance_uuid: str
    """The UUID of the server."""

    host: str | UnsetType | None = UNSET
    """The host (name or address) to connect to."""

    port: int | UnsetType | None = UNSET
    """The port to connect to."""

    tls_port: int | UnsetType | None = UNSET
    """The port for TLS connections, when there is one."""

    internal_access_path: str | UnsetType | None = UNSET
    """The internal access path, when there is one."""


def resource_url(client: ServiceClient, console_token: str) -> str:
    """The URL `/os-console-auth-tokens/{console_token}`."""
    return client.url("/os-console-auth-tokens/{console_token}", console_token=console_token)


def get(
    client: ServiceClient,
    console_token: str,
) -> ConsoleConnection:
    """Shows the connection information of a console token.

    GET ``/os-console-auth-tokens/{console_token}``

    Args:
        client: The compute v2 service client.
        console_token: The console authentication token.
    """
    return client.call(
        "GET",
        resource_url(client, console_token),
        ok=(200,),
        response_key="console",
        response_type=ConsoleConnection,
    )
