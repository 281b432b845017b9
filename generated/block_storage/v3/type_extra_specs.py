"""Extra specs of a volume type: string key-value pairs that steer the scheduler and the volume
driver (volume_backend_name, capabilities, replication, thin provisioning, ...). They cannot
change while a volume uses the type.
"""

# Generated from specs/block_storage/v3/type_extra_specs.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typedstack.runtime import Options, ServiceClient

__all__ = [
    "CreateOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "list_url",
    "resource_url",
]


class CreateOpts(Options):
    """Options for :func:`create`."""

    extra_specs: dict[str, str]
    """The extra specs to set, key to value."""


def list_url(client: ServiceClient, volume_type_id: str) -> str:
    """The URL `/types/{volume_type_id}/extra_specs`."""
    return client.url("/types/{volume_type_id}/extra_specs", volume_type_id=volume_type_id)


def resource_url(client: ServiceClient, volume_type_id: str, key: str) -> str:
    """The URL `/types/{volume_type_id}/extra_specs/{key}`."""
    return client.url(
        "/types/{volume_type_id}/extra_specs/{key}", volume_type_id=volume_type_id, key=key
    )


def list(
    client: ServiceClient,
    volume_type_id: str,
) -> dict[str, str]:
    """Lists the extra specs of a volume type.

    GET ``/types/{volume_type_id}/extra_specs``

    Args:
        client: The block-storage v3 service client.
        volume_type_id: The ID of the volume type.
    """
    return client.call(
        "GET",
        list_url(client, volume_type_id),
        ok=(200,),
        response_key="extra_specs",
        response_type=dict[str, str],
    )


def create(
    client: ServiceClient,
    volume_type_id: str,
    opts: CreateOpts,
) -> dict[str, str]:
    """Adds extra specs to a volume type, overwriting the keys it already has; returns the specs
    sent.

    POST ``/types/{volume_type_id}/extra_specs``

    Args:
        client: The block-storage v3 service client.
        volume_type_id: The ID of the volume type.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client, volume_type_id),
        ok=(200,),
        opts=opts,
        response_key="extra_specs",
        response_type=dict[str, str],
    )


def get(
    client: ServiceClient,
    volume_type_id: str,
    key: str,
) -> dict[str, str]:
    """Shows one extra spec of a volume type, as a one-entry mapping of its key to its value.

    GET ``/types/{volume_type_id}/extra_specs/{key}``

    Args:
        client: The block-storage v3 service client.
        volume_type_id: The ID of the volume type.
        key: The extra spec key.
    """
    return client.call(
        "GET",
        resource_url(client, volume_type_id, key),
        ok=(200,),
        response_type=dict[str, str],
    )


def update(
    client: ServiceClient,
    volume_type_id: str,
    key: str,
    body: dict[str, str],
) -> dict[str, str]:
    """Sets the value of one extra spec. The body is a one-entry mapping whose key must equal the
    key in the path; the same mapping comes back.

    PUT ``/types/{volume_type_id}/extra_specs/{key}``

    Args:
        client: The block-storage v3 service client.
        volume_type_id: The ID of the volume type.
        key: The extra spec key.
        body: The request body (map<string>).
    """
    return client.call(
        "PUT",
        resource_url(client, volume_type_id, key),
        ok=(200,),
        body=body,
        response_type=dict[str, str],
    )


def delete(
    client: ServiceClient,
    volume_type_id: str,
    key: str,
) -> None:
    """Deletes one extra spec of a volume type.

    DELETE ``/types/{volume_type_id}/extra_specs/{key}``

    Args:
        client: The block-storage v3 service client.
        volume_type_id: The ID of the volume type.
        key: The extra spec key.
    """
    client.call(
        "DELETE",
        resource_url(client, volume_type_id, key),
        ok=(202,),
    )
