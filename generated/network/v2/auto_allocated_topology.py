"""Auto-allocated topology ("get me a network"): a network, subnets and a router uplinked to the
default external network, created for a project on first request. It needs a default external
network and default subnet pools to be configured.
"""

# Generated from specs/network/v2/auto_allocated_topology.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import ClassVar

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "AutoAllocatedTopology",
    "GetOpts",
    "get",
    "delete",
    "resource_url",
]


class AutoAllocatedTopology(Model):
    """The auto-allocated topology of a project."""

    id: str | UnsetType | None = UNSET
    """The UUID of the project's auto-allocated network (null for a dry run)."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the project (legacy name of project_id)."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: list[str] | UnsetType = UNSET
    """Attributes to return; dry-run validates the requirements without creating anything."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


def resource_url(client: ServiceClient, project_id: str) -> str:
    """The URL `/auto-allocated-topology/{project_id}`."""
    return client.url("/auto-allocated-topology/{project_id}", project_id=project_id)


def get(
    client: ServiceClient,
    project_id: str,
    opts: GetOpts | None = None,
) -> AutoAllocatedTopology:
    """Shows the auto-allocated topology of a project, creating it if it does not exist yet (or,
    with fields=dry-run, only checks that it could be made).

    GET ``/auto-allocated-topology/{project_id}``

    Args:
        client: The network v2 service client.
        project_id: The ID of the project.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, project_id),
        ok=(200,),
        opts=opts,
        response_key="auto_allocated_topology",
        response_type=AutoAllocatedTopology,
    )


def delete(
    client: ServiceClient,
    project_id: str,
) -> None:
    """Deletes the auto-allocated topology of a project (network, subnets and router).

    DELETE ``/auto-allocated-topology/{project_id}``

    Args:
        client: The network v2 service client.
        project_id: The ID of the project.
    """
    client.call(
        "DELETE",
        resource_url(client, project_id),
        ok=(204,),
    )
