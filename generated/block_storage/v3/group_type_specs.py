"""Group specs of a group type (microversion 3.11): string key-value pairs that tell the volume
driver how to handle groups of that type, such as consistent_group_snapshot_enabled.
"""

# Generated from specs/block_storage/v3/group_type_specs.yaml by `python -m generator`. Do not edit:
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

    group_specs: dict[str, str]
    """The group specs to set, key to value."""


def list_url(client: ServiceClient, group_type_id: str) -> str:
    """The URL `/group_types/{group_type_id}/group_specs`."""
    return client.url("/group_types/{group_type_id}/group_specs", group_type_id=group_type_id)


def resource_url(client: ServiceClient, group_type_id: str, key: str) -> str:
    """The URL `/group_types/{group_type_id}/group_specs/{spec_id}`."""
    return client.url(
        "/group_types/{group_type_id}/group_specs/{key}", group_type_id=group_type_id, key=key
    )


def list(
    client: ServiceClient,
    group_type_id: str,
) -> dict[str, str]:
    """Lists the group specs of a group type.

    Microversions: 3.11 and later.

    GET ``/group_types/{group_type_id}/group_specs``

    Args:
        client: The block-storage v3 service client.
        group_type_id: The ID of the group type.
    """
    client.check_operation_version("group_type_specs.list", "3.11", None)
    return client.call(
        "GET",
        list_url(client, group_type_id),
        ok=(200,),
        response_key="group_specs",
        response_type=dict[str, str],
    )


def create(
    client: ServiceClient,
    group_type_id: str,
    opts: CreateOpts,
) -> dict[str, str]:
    """Adds group specs to a group type, overwriting the keys it already has; returns the specs
    sent.

    Microversions: 3.11 and later.

    POST ``/group_types/{group_type_id}/group_specs``

    Args:
        client: The block-storage v3 service client.
        group_type_id: The ID of the group type.
        opts: The options of the request (:class:`CreateOpts`).
    """
    client.check_operation_version("group_type_specs.create", "3.11", None)
    return client.call(
        "POST",
        list_url(client, group_type_id),
        ok=(202,),
        opts=opts,
        response_key="group_specs",
        response_type=dict[str, str],
    )


def get(
    client: ServiceClient,
    group_type_id: str,
    key: str,
) -> dict[str, str]:
    """Shows one group spec of a group type, as a one-entry mapping of its key to its value.

    Microversions: 3.11 and later.

    GET ``/group_types/{group_type_id}/group_specs/{spec_id}``

    Args:
        client: The block-storage v3 service client.
        group_type_id: The ID of the group type.
        key: The group spec key.
    """
    client.check_operation_version("group_type_specs.get", "3.11", None)
    return client.call(
        "GET",
        resource_url(client, group_type_id, key),
        ok=(200,),
        response_type=dict[str, str],
    )


def update(
    client: ServiceClient,
    group_type_id: str,
    key: str,
    body: dict[str, str],
) -> dict[str, str]:
    """Sets the value of one group spec. The body is a one-entry mapping whose key must equal the
    key in the path; the same mapping comes back.

    Microversions: 3.11 and later.

    PUT ``/group_types/{group_type_id}/group_specs/{spec_id}``

    Args:
        client: The block-storage v3 service client.
        group_type_id: The ID of the group type.
        key: The group spec key.
        body: The request body (map<string>).
    """
    client.check_operation_version("group_type_specs.update", "3.11", None)
    return client.call(
        "PUT",
        resource_url(client, group_type_id, key),
        ok=(200, 202),
        body=body,
        response_type=dict[str, str],
    )


def delete(
    client: ServiceClient,
    group_type_id: str,
    key: str,
) -> None:
    """Deletes one group spec of a group type.

    Microversions: 3.11 and later.

    DELETE ``/group_types/{group_type_id}/group_specs/{spec_id}``

    Args:
        client: The block-storage v3 service client.
        group_type_id: The ID of the group type.
        key: The group spec key.
    """
    client.check_operation_version("group_type_specs.delete", "3.11", None)
    client.call(
        "DELETE",
        resource_url(client, group_type_id, key),
        ok=(202,),
    )
