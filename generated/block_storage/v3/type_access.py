"""Which projects may use a private volume type. Public types are open to every project; a
private one only to the projects added to its access list.
"""

# Generated from specs/block_storage/v3/type_access.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins

from typedstack.runtime import Model, Options, ServiceClient

__all__ = [
    "VolumeTypeAccess",
    "AddProjectAccessOpts",
    "RemoveProjectAccessOpts",
    "list",
    "add_project_access",
    "remove_project_access",
    "list_url",
    "action_url",
]


class VolumeTypeAccess(Model):
    """One project's access to a private volume type."""

    volume_type_id: str
    """The ID of the volume type."""

    project_id: str
    """The ID of the project that may use the type."""


class AddProjectAccessOpts(Options):
    """Options for :func:`add_project_access`."""

    project: str
    """The ID of the project to grant access to."""


class RemoveProjectAccessOpts(Options):
    """Options for :func:`remove_project_access`."""

    project: str
    """The ID of the project to revoke access from."""


def list_url(client: ServiceClient, volume_type_id: str) -> str:
    """The URL `/types/{volume_type_id}/os-volume-type-access`."""
    return client.url(
        "/types/{volume_type_id}/os-volume-type-access", volume_type_id=volume_type_id
    )


def action_url(client: ServiceClient, volume_type_id: str) -> str:
    """The URL `/types/{volume_type_id}/action`."""
    return client.url("/types/{volume_type_id}/action", volume_type_id=volume_type_id)


def list(
    client: ServiceClient,
    volume_type_id: str,
) -> builtins.list[VolumeTypeAccess]:
    """Lists the projects that may use a private volume type (public types have no access list).

    GET ``/types/{volume_type_id}/os-volume-type-access``

    Args:
        client: The block-storage v3 service client.
        volume_type_id: The ID of the private volume type.
    """
    return client.call(
        "GET",
        list_url(client, volume_type_id),
        ok=(200,),
        response_key="volume_type_access",
        response_type=builtins.list[VolumeTypeAccess],
    )


def add_project_access(
    client: ServiceClient,
    volume_type_id: str,
    opts: AddProjectAccessOpts,
) -> None:
    """Lets a project use a private volume type.

    POST ``/types/{volume_type_id}/action`` (action addProjectAccess)

    Args:
        client: The block-storage v3 service client.
        volume_type_id: The ID of the private volume type.
        opts: The options of the request (:class:`AddProjectAccessOpts`).
    """
    client.call(
        "POST",
        action_url(client, volume_type_id),
        ok=(202,),
        opts=opts,
        body_key="addProjectAccess",
        empty="object",
    )


def remove_project_access(
    client: ServiceClient,
    volume_type_id: str,
    opts: RemoveProjectAccessOpts,
) -> None:
    """Stops a project from using a private volume type.

    POST ``/types/{volume_type_id}/action`` (action removeProjectAccess)

    Args:
        client: The block-storage v3 service client.
        volume_type_id: The ID of the private volume type.
        opts: The options of the request (:class:`RemoveProjectAccessOpts`).
    """
    client.call(
        "POST",
        action_url(client, volume_type_id),
        ok=(202,),
        opts=opts,
        body_key="removeProjectAccess",
        empty="object",
    )
