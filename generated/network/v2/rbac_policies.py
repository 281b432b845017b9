"""RBAC policies: grants that share one object (a network, QoS policy, security group, address
scope, subnet pool, address group, ...) with one project or with every project ("*"), either
for ordinary use or, for networks, as an external network.
"""

# Generated from specs/network/v2/rbac_policies.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar, Literal

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "RbacPolicy",
    "ListOpts",
    "CreateOpts",
    "GetOpts",
    "UpdateOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "list_url",
    "resource_url",
]


class RbacPolicy(Model):
    """An RBAC policy."""

    id: str
    """The UUID of the RBAC policy."""

    object_type: str | UnsetType | None = UNSET
    """The kind of object shared: network, qos_policy, security_group, address_scope,
    subnetpool, address_group, ...
    """

    object_id: str | UnsetType | None = UNSET
    """The UUID of the object shared."""

    action: str | UnsetType | None = UNSET
    """access_as_shared or access_as_external (networks only)."""

    target_tenant: str | UnsetType | None = UNSET
    """The ID of the project the object is shared with, or * for every project."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the project owning the policy (legacy name of project_id)."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project owning the policy."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the policy with this ID."""

    object_type: str | UnsetType = UNSET
    """Only policies sharing this kind of object."""

    object_id: str | UnsetType = UNSET
    """Only policies sharing this object."""

    action: str | UnsetType = UNSET
    """Only policies granting this action."""

    target_tenant: str | UnsetType = UNSET
    """Only policies granted to this project (or *)."""

    tenant_id: str | UnsetType = UNSET
    """Only policies owned by this project (legacy name)."""

    project_id: str | UnsetType = UNSET
    """Only policies owned by this project."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last policy of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by (repeatable, paired with sort_dir)."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions, asc or desc, one per sort_key."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only these attributes in each policy (repeatable)."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "object_type": "query",
        "object_id": "query",
        "action": "query",
        "target_tenant": "query",
        "tenant_id": "query",
        "project_id": "query",
        "limit": "query",
        "marker": "query",
        "page_reverse": "query",
        "sort_key": "query",
        "sort_dir": "query",
        "fields": "query",
    }

    paired: ClassVar[tuple[tuple[str, ...], ...]] = (("sort_key", "sort_dir"),)


class CreateOpts(Options):
    """Options for :func:`create`."""

    object_type: str
    """The kind of object to share."""

    object_id: str
    """The UUID of the object to share."""

    action: Literal["access_as_shared", "access_as_external"]
    """What the target project may do with the object."""

    target_tenant: str
    """The ID of the project to share with, or * for every project."""

    project_id: str | UnsetType = UNSET
    """The ID of the project owning the policy (admin only; default the caller's)."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only these attributes in the answer (repeatable)."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    target_tenant: str | UnsetType = UNSET
    """The ID of the new target project, or *."""


def list_url(client: ServiceClient) -> str:
    """The URL `/rbac-policies`."""
    return client.url("/rbac-policies")


def resource_url(client: ServiceClient, rbac_policy_id: str) -> str:
    """The URL `/rbac-policies/{rbac_policy_id}`."""
    return client.url("/rbac-policies/{rbac_policy_id}", rbac_policy_id=rbac_policy_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[RbacPolicy]:
    """Lists the RBAC policies visible to the caller.

    GET ``/rbac-policies``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=RbacPolicy,
        response_key="rbac_policies",
        style=PageStyle("links", links_key="rbac_policies_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> RbacPolicy:
    """Creates an RBAC policy, sharing an object with a project.

    POST ``/rbac-policies``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="rbac_policy",
        response_key="rbac_policy",
        response_type=RbacPolicy,
    )


def get(
    client: ServiceClient,
    rbac_policy_id: str,
    opts: GetOpts | None = None,
) -> RbacPolicy:
    """Shows an RBAC policy.

    GET ``/rbac-policies/{rbac_policy_id}``

    Args:
        client: The network v2 service client.
        rbac_policy_id: The UUID of the RBAC policy.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, rbac_policy_id),
        ok=(200,),
        opts=opts,
        response_key="rbac_policy",
        response_type=RbacPolicy,
    )


def update(
    client: ServiceClient,
    rbac_policy_id: str,
    opts: UpdateOpts | None = None,
) -> RbacPolicy:
    """Points an RBAC policy at another target project.

    PUT ``/rbac-policies/{rbac_policy_id}``

    Args:
        client: The network v2 service client.
        rbac_policy_id: The UUID of the RBAC policy.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, rbac_policy_id),
        ok=(200,),
        opts=opts,
        body_key="rbac_policy",
        response_key="rbac_policy",
        response_type=RbacPolicy,
    )


def delete(
    client: ServiceClient,
    rbac_policy_id: str,
) -> None:
    """Deletes an RBAC policy (refused while the target project still uses the object).

    DELETE ``/rbac-policies/{rbac_policy_id}``

    Args:
        client: The network v2 service client.
        rbac_policy_id: The UUID of the RBAC policy.
    """
    client.call(
        "DELETE",
        resource_url(client, rbac_policy_id),
        ok=(204,),
    )
