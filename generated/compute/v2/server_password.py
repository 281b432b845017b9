"""The encrypted administrative password of a server, as the guest posted it to the metadata
service (encrypted with the server's key pair).
"""

# Generated from specs/compute/v2/server_password.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typedstack.runtime import ServiceClient

__all__ = [
    "get",
    "delete",
    "resource_url",
]


def resource_url(client: ServiceClient, server_id: str) -> str:
    """The URL `/servers/{server_id}/os-server-password`."""
    return client.url("/servers/{server_id}/os-server-password", server_id=server_id)


def get(
    client: ServiceClient,
    server_id: str,
) -> str:
    """Shows the encrypted administrative password of a server (empty when unset).

    GET ``/servers/{server_id}/os-server-password``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
    """
    return client.call(
        "GET",
        resource_url(client, server_id),
        ok=(200,),
        response_key="password",
        response_type=str,
    )


def delete(
    client: ServiceClient,
    server_id: str,
) -> None:
    """Clears the stored administrative password of a server (the guest keeps its password).

    DELETE ``/servers/{server_id}/os-server-password``

    Args:
        client: The compute v2 service client.
        server_id: The UUID of the server.
    """
    client.call(
        "DELETE",
        resource_url(client, server_id),
        ok=(204,),
    )
