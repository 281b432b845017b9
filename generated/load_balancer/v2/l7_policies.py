"""L7 policies sit on an HTTP-type listener and, when all of their L7 rules match a request,
redirect it to a pool, a URL or a URL prefix, or reject it.
"""

# Generated from specs/load_balancer/v2/l7_policies.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from typing import ClassVar, Literal

import msgspec

from typedstack.runtime import (
    UNSET,
    Model,
    Options,
    Pager,
    PageStyle,
    ServiceClient,
    UnsetType,
    finding,
)

__all__ = [
    "L7Policy",
    "RuleRef",
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
    "find",
]


class L7Policy(Model):
    """An L7 policy of a listener."""

    id: str
    """The ID of the policy."""

    name: str | UnsetType | None = UNSET
    """A human-readable name of the policy."""

    description: str | UnsetType | None = UNSET
    """A free-text description of the policy."""

    listener_id: str | UnsetType | None = UNSET
    """The ID of the listener the policy is attached to."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the policy."""

    action: str | UnsetType | None = UNSET
    """What happens to a request the policy matches."""

    position: int | UnsetType | None = UNSET
    """The 1-based evaluation order of the policy among its listener's policies."""

    redirect_pool_id: str | UnsetType | None = UNSET
    """For REDIRECT_TO_POOL, the ID of the pool matching requests go to."""

    redirect_url: str | UnsetType | None = UNSET
    """For REDIRECT_TO_URL, the URL matching requests are redirected to."""

    redirect_prefix: str | UnsetType | None = UNSET
    """For REDIRECT_PREFIX, the URL prefix matching requests are redirected to."""

    redirect_http_code: int | UnsetType | None = UNSET
    """The HTTP status code of URL and prefix redirects (301, 302, 303, 307 or 308)."""

    rules: builtins.list[RuleRef] | UnsetType | None = UNSET
    """The L7 rules of the policy, as ID references."""

    admin_state_up: bool | UnsetType | None = UNSET
    """Whether the policy is administratively enabled."""

    provisioning_status: str | UnsetType | None = UNSET
    """The provisioning state (ACTIVE, PENDING_CREATE, PENDING_UPDATE, PENDING_DELETE, DELETED
    or ERROR).
    """

    operating_status: str | UnsetType | None = UNSET
    """The observed operating state (ONLINE, OFFLINE, DEGRADED, ERROR, DRAINING or NO_MONITOR)."""

    tags: builtins.list[str] | UnsetType | None = UNSET
    """Tags attached to the policy."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the policy was created."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the policy was last changed."""


class RuleRef(Model):
    """A reference to one L7 rule of a policy."""

    id: str
    """The ID of the L7 rule."""


class ListOpts(Options):
    """Options for :func:`list`."""

    project_id: str | UnsetType = UNSET
    """Only policies owned by this project (administrators may name another project)."""

    id: str | UnsetType = UNSET
    """Only the policy with this ID."""

    name: str | UnsetType = UNSET
    """Only policies with this name."""

    description: str | UnsetType = UNSET
    """Only policies with this description."""

    listener_id: str | UnsetType = UNSET
    """Only policies of this listener."""

    action: (
        Literal["REDIRECT_PREFIX", "REDIRECT_TO_POOL", "REDIRECT_TO_URL", "REJECT"] | UnsetType
    ) = UNSET
    """Only policies with this action."""

    position: int | UnsetType = UNSET
    """Only policies at this position."""

    redirect_pool_id: str | UnsetType = UNSET
    """Only policies redirecting to this pool."""

    admin_state_up: bool | UnsetType = UNSET
    """Only enabled (true) or disabled (false) policies."""

    provisioning_status: str | UnsetType = UNSET
    """Only policies in this provisioning state."""

    operating_status: str | UnsetType = UNSET
    """Only policies in this operating state."""

    tags: builtins.list[str] | UnsetType = UNSET
    """Only policies carrying all of these comma-separated tags."""

    tags_any: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="tags-any")
    """Only policies carrying at least one of these comma-separated tags."""

    not_tags: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="not-tags")
    """Leaves out policies carrying all of these comma-separated tags."""

    not_tags_any: builtins.list[str] | UnsetType = msgspec.field(
        default=UNSET, name="not-tags-any"
    )
    """Leaves out policies carrying any of these comma-separated tags."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last policy of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort: builtins.list[str] | UnsetType = UNSET
    """Sort order as comma-separated key:direction pairs (position:asc,name:desc)."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of each policy."""

    locations: ClassVar[dict[str, str]] = {
        "project_id": "query",
        "id": "query",
        "name": "query",
        "description": "query",
        "listener_id": "query",
        "action": "query",
        "position": "query",
        "redirect_pool_id": "query",
        "admin_state_up": "query",
        "provisioning_status": "query",
        "operating_status": "query",
        "tags": "csv",
        "tags_any": "csv",
        "not_tags": "csv",
        "not_tags_any": "csv",
        "limit": "query",
        "marker": "query",
        "page_reverse": "query",
        "sort": "csv",
        "fields": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    listener_id: str
    """The ID of the listener to attach the policy to."""

    action: Literal["REDIRECT_PREFIX", "REDIRECT_TO_POOL", "REDIRECT_TO_URL", "REJECT"]
    """What to do with matching requests."""

    name: str | UnsetType = UNSET
    """A human-readable name."""

    description: str | UnsetType = UNSET
    """A free-text description."""

    position: int | UnsetType = UNSET
    """The 1-based evaluation order; by default the policy goes last."""

    redirect_pool_id: str | UnsetType = UNSET
    """The pool matching requests go to (REDIRECT_TO_POOL only)."""

    redirect_url: str | UnsetType = UNSET
    """The URL matching requests are redirected to (REDIRECT_TO_URL only)."""

    redirect_prefix: str | UnsetType = UNSET
    """The URL prefix matching requests are redirected to (REDIRECT_PREFIX only)."""

    redirect_http_code: int | UnsetType = UNSET
    """The redirect status code (301, 302, 303, 307 or 308) for URL and prefix redirects."""

    admin_state_up: bool | UnsetType = UNSET
    """Whether the policy starts enabled."""

    project_id: str | UnsetType = UNSET
    """The owning project, when an administrator creates it for another project."""

    tags: builtins.list[str] | UnsetType = UNSET
    """Tags to attach to the policy."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of the policy."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    action: (
        Literal["REDIRECT_PREFIX", "REDIRECT_TO_POOL", "REDIRECT_TO_URL", "REJECT"] | UnsetType
    ) = UNSET
    """The new action."""

    name: str | UnsetType | None = UNSET
    """The new name."""

    description: str | UnsetType | None = UNSET
    """The new description."""

    position: int | UnsetType = UNSET
    """The new evaluation position."""

    redirect_pool_id: str | UnsetType | None = UNSET
    """The new target pool (REDIRECT_TO_POOL only)."""

    redirect_url: str | UnsetType | None = UNSET
    """The new redirect URL (REDIRECT_TO_URL only)."""

    redirect_prefix: str | UnsetType | None = UNSET
    """The new redirect URL prefix (REDIRECT_PREFIX only)."""

    redirect_http_code: int | UnsetType | None = UNSET
    """The new redirect status code (301, 302, 303, 307 or 308)."""

    admin_state_up: bool | UnsetType = UNSET
    """Enables or disables the policy."""

    tags: builtins.list[str] | UnsetType = UNSET
    """The new, complete list of tags."""


def list_url(client: ServiceClient) -> str:
    """The URL `/lbaas/l7policies`."""
    return client.url("/lbaas/l7policies")


def resource_url(client: ServiceClient, l7policy_id: str) -> str:
    """The URL `/lbaas/l7policies/{l7policy_id}`."""
    return client.url("/lbaas/l7policies/{l7policy_id}", l7policy_id=l7policy_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[L7Policy]:
    """Lists the L7 policies the caller can see.

    GET ``/lbaas/l7policies``

    Args:
        client: The load-balancer v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=L7Policy,
        response_key="l7policies",
        style=PageStyle("links", links_key="l7policies_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> L7Policy:
    """Creates an L7 policy on a listener.

    POST ``/lbaas/l7policies``

    Args:
        client: The load-balancer v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="l7policy",
        response_key="l7policy",
        response_type=L7Policy,
    )


def get(
    client: ServiceClient,
    l7policy_id: str,
    opts: GetOpts | None = None,
) -> L7Policy:
    """Shows an L7 policy.

    GET ``/lbaas/l7policies/{l7policy_id}``

    Args:
        client: The load-balancer v2 service client.
        l7policy_id: The ID of the L7 policy.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, l7policy_id),
        ok=(200,),
        opts=opts,
        response_key="l7policy",
        response_type=L7Policy,
    )


def update(
    client: ServiceClient,
    l7policy_id: str,
    opts: UpdateOpts | None = None,
) -> L7Policy:
    """Changes an L7 policy.

    PUT ``/lbaas/l7policies/{l7policy_id}``

    Args:
        client: The load-balancer v2 service client.
        l7policy_id: The ID of the L7 policy.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, l7policy_id),
        ok=(200,),
        opts=opts,
        body_key="l7policy",
        response_key="l7policy",
        response_type=L7Policy,
    )


def delete(
    client: ServiceClient,
    l7policy_id: str,
) -> None:
    """Deletes an L7 policy and its rules.

    DELETE ``/lbaas/l7policies/{l7policy_id}``

    Args:
        client: The load-balancer v2 service client.
        l7policy_id: The ID of the L7 policy.
    """
    client.call(
        "DELETE",
        resource_url(client, l7policy_id),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> L7Policy:
    """Finds one by ID, else by exact name: get, then list filtered by name.

    Raises NotFound when none matches, MultipleMatches (naming every ID) when
    several have the name.
    """
    return finding.find(
        name_or_id,
        by_id=lambda id_: get(client, id_),
        by_name=lambda name: list(client, ListOpts(name=name)),
        name_of=lambda item: item.name,
        id_of=lambda item: item.id,
        what="L7Policy",
    )
