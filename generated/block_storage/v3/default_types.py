"""Per-project default volume types (microversion 3.62): the type a volume created in a project
gets when the request names none, overriding the cloud's default. These URLs carry no project
segment; listing all of them usually needs a system-scoped token.
"""

# Generated from specs/block_storage/v3/default_types.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins

from typedstack.runtime import Model, Options, ServiceClient

__all__ = [
    "DefaultType",
    "SetOpts",
    "set",
    "get",
    "list",
    "delete",
    "resource_url",
    "list_url",
]


class DefaultType(Model):
    """The default volume type of one project."""

    project_id: str
    """The ID of the project."""

    volume_type_id: str
    """The ID of the project's default volume type."""


class SetOpts(Options):
    """Options for :func:`set`."""

    volume_type: str
    """The name or ID of the volume type."""


def resource_url(client: ServiceClient, project_id: str) -> str:
    """The URL `/v3/default-types/{project_id}`."""
    return client.root_url("/v3/default-types/{project_id}", project_id=project_id)


def list_url(client: ServiceClient) -> str:
    """The URL `/v3/default-types`."""
    return client.root_url("/v3/default-types")


def set(
    client: ServiceClient,
    project_id: str,
    opts: SetOpts,
) -> DefaultType:
    """Sets (or replaces) the default volume type of a project.

    Microversions: 3.62 and later.

    PUT ``/v3/default-types/{project_id}``

    Args:
        client: The block-storage v3 service client.
        project_id: The ID of the project.
        opts: The options of the request (:class:`SetOpts`).
    """
    client.check_operation_version("default_types.set", "3.62", None)
    return client.call(
        "PUT",
        resource_url(client, project_id),
        ok=(200,),
        opts=opts,
        body_key="default_type",
        response_key="default_type",
        response_type=DefaultType,
    )


def get(
    client: ServiceClient,
    project_id: str,
) -> DefaultType:
    """Shows the default volume type of a project (not found when it has none of its own).

    Microversions: 3.62 and later.

    GET ``/v3/default-types/{project_id}``

    Args:
        client: The block-storage v3 service client.
        project_id: The ID of the project.
    """
    client.check_operation_version("default_types.get", "3.62", None)
    return client.call(
        "GET",
        resource_url(client, project_id),
        ok=(200,),
        response_key="default_type",
        response_type=DefaultType,
    )


def list(
    client: ServiceClient,
) -> builtins.list[DefaultType]:
    """Lists the default volume types of every project that has one.

    Microversions: 3.62 and later.

    GET ``/v3/default-types``

    Args:
        client: The block-storage v3 service client.
    """
    client.check_operation_version("default_types.list", "3.62", None)
    return client.call(
        "GET",
        list_url(client),
        ok=(200,),
        response_key="default_types",
        response_type=builtins.list[DefaultType],
    )


def delete(
    client: ServiceClient,
    project_id: str,
) -> None:
    """Removes the default volume type of a project, so its volumes get the cloud's default again;
    the type itself stays.

    Microversions: 3.62 and later.

    DELETE ``/v3/default-types/{project_id}``

    Args:
        client: The block-storage v3 service client.
        project_id: The ID of the project.
    """
    client.check_operation_version("default_types.delete", "3.62", None)
    client.call(
        "DELETE",
        resource_url(client, project_id),
        ok=(204,),
    )
