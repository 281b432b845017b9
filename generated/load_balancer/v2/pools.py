"""Pools are groups of backend members that a listener or L7 policy sends traffic to, balanced
by an algorithm, optionally with session persistence and TLS towards the members.
"""

# Generated from specs/load_balancer/v2/pools.yaml by `python -m generator`. Do not edit:
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

from . import load_balancers

__all__ = [
    "Pool",
    "SessionPersistence",
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


class Pool(Model):
    """A pool of backend members."""

    id: str
    """The ID of the pool."""

    name: str | UnsetType | None = UNSET
    """The name of the pool."""

    description: str | UnsetType | None = UNSET
    """A free-form description of the pool."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the pool."""

    admin_state_up: bool | UnsetType | None = UNSET
    """Whether the pool is administratively up."""

    protocol: str | UnsetType | None = UNSET
    """The protocol spoken to the members."""

    lb_algorithm: str | UnsetType | None = UNSET
    """How connections are spread over the members."""

    session_persistence: SessionPersistence | UnsetType | None = UNSET
    """How clients are kept on the same member, or null for no persistence."""

    healthmonitor_id: str | UnsetType | None = UNSET
    """The ID of the health monitor of the pool, if any."""

    members: builtins.list[load_balancers.Ref] | UnsetType | None = UNSET
    """The members of the pool (their IDs)."""

    listeners: builtins.list[load_balancers.Ref] | UnsetType | None = UNSET
    """The listeners using the pool (their IDs)."""

    loadbalancers: builtins.list[load_balancers.Ref] | UnsetType | None = UNSET
    """The load balancer of the pool (its ID)."""

    tls_enabled: bool | UnsetType | None = UNSET
    """Whether connections to the members use TLS."""

    tls_container_ref: str | UnsetType | None = UNSET
    """The key manager secret (PKCS12 bundle) with the client certificate presented to the
    members.
    """

    ca_tls_container_ref: str | UnsetType | None = UNSET
    """The key manager secret with the CA bundle that member certificates are checked against."""

    crl_container_ref: str | UnsetType | None = UNSET
    """The key manager secret with the revocation list for member certificates."""

    tls_ciphers: str | UnsetType | None = UNSET
    """The OpenSSL cipher string used towards the members."""

    tls_versions: builtins.list[str] | UnsetType | None = UNSET
    """The TLS versions used towards the members."""

    alpn_protocols: builtins.list[str] | UnsetType | None = UNSET
    """The ALPN protocols offered to the members."""

    provisioning_status: str | UnsetType | None = UNSET
    """Where the pool is in its provisioning life cycle."""

    operating_status: str | UnsetType | None = UNSET
    """The observed health of the pool."""

    tags: builtins.list[str] | UnsetType | None = UNSET
    """The tags of the pool."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the pool was created (UTC)."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the pool was last changed (UTC)."""


class SessionPersistence(Model):
    """The session persistence settings of a pool."""

    type: str
    """What keeps a client on its member (an application cookie, a load balancer cookie or the
    source address).
    """

    cookie_name: str | UnsetType | None = UNSET
    """The application cookie to follow (APP_COOKIE only, and required there)."""

    persistence_timeout: int | UnsetType | None = UNSET
    """Seconds after which a UDP or SCTP flow may move to another member (SOURCE_IP; default
    360).
    """

    persistence_granularity: str | UnsetType | None = UNSET
    """The netmask grouping UDP or SCTP clients onto one member (SOURCE_IP; default
    255.255.255.255).
    """


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the pool with this ID."""

    name: str | UnsetType = UNSET
    """Only pools with this name."""

    description: str | UnsetType = UNSET
    """Only pools with this description."""

    project_id: str | UnsetType = UNSET
    """Only pools of this project (admins see every project)."""

    loadbalancer_id: str | UnsetType = UNSET
    """Only pools of this load balancer."""

    protocol: str | UnsetType = UNSET
    """Only pools of this protocol."""

    lb_algorithm: str | UnsetType = UNSET
    """Only pools using this algorithm."""

    healthmonitor_id: str | UnsetType = UNSET
    """Only the pool with this health monitor."""

    admin_state_up: bool | UnsetType = UNSET
    """Only pools in this administrative state."""

    provisioning_status: str | UnsetType = UNSET
    """Only pools in this provisioning status."""

    operating_status: str | UnsetType = UNSET
    """Only pools in this operating status."""

    tls_enabled: bool | UnsetType = UNSET
    """Only pools with (true) or without (false) TLS to the members."""

    tags: builtins.list[str] | UnsetType = UNSET
    """Only pools carrying all of these comma-separated tags."""

    tags_any: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="tags-any")
    """Only pools carrying any of these comma-separated tags."""

    not_tags: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="not-tags")
    """Leaves out pools carrying all of these comma-separated tags."""

    not_tags_any: builtins.list[str] | UnsetType = msgspec.field(
        default=UNSET, name="not-tags-any"
    )
    """Leaves out pools carrying any of these comma-separated tags."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last pool of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort: builtins.list[str] | UnsetType = UNSET
    """Sort order as comma-separated key:direction pairs, e.g. name:asc."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Returns only these attributes (repeatable)."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "description": "query",
        "project_id": "query",
        "loadbalancer_id": "query",
        "protocol": "query",
        "lb_algorithm": "query",
        "healthmonitor_id": "query",
        "admin_state_up": "query",
        "provisioning_status": "query",
        "operating_status": "query",
        "tls_enabled": "query",
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

    protocol: Literal["HTTP", "HTTPS", "PROXY", "PROXYV2", "SCTP", "TCP", "UDP"]
    """The protocol to speak to the members."""

    lb_algorithm: Literal["LEAST_CONNECTIONS", "ROUND_ROBIN", "SOURCE_IP", "SOURCE_IP_PORT"]
    """How to spread connections over the members."""

    loadbalancer_id: str | UnsetType = UNSET
    """The load balancer of the pool; give this or listener_id."""

    listener_id: str | UnsetType = UNSET
    """The listener whose default pool this becomes; give this or loadbalancer_id."""

    name: str | UnsetType = UNSET
    """The name of the pool."""

    description: str | UnsetType = UNSET
    """A free-form description."""

    project_id: str | UnsetType = UNSET
    """The owning project (deprecated; taken from the load balancer)."""

    admin_state_up: bool | UnsetType = UNSET
    """Whether the pool starts administratively up (default true)."""

    session_persistence: SessionPersistence | UnsetType = UNSET
    """Session persistence settings; none when left out."""

    tls_enabled: bool | UnsetType = UNSET
    """Uses TLS towards the members (default false)."""

    tls_container_ref: str | UnsetType = UNSET
    """The key manager secret with the client certificate for the members."""

    ca_tls_container_ref: str | UnsetType = UNSET
    """The key manager secret with the CA bundle to check members against."""

    crl_container_ref: str | UnsetType = UNSET
    """The key manager secret with the revocation list for member certificates."""

    tls_ciphers: str | UnsetType = UNSET
    """The OpenSSL cipher string towards the members."""

    tls_versions: builtins.list[str] | UnsetType = UNSET
    """The TLS versions to use towards the members."""

    alpn_protocols: builtins.list[str] | UnsetType = UNSET
    """The ALPN protocols to offer to the members (http/1.0, http/1.1, h2)."""

    tags: builtins.list[str] | UnsetType = UNSET
    """The tags of the pool."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Returns only these attributes (repeatable)."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new name."""

    description: str | UnsetType = UNSET
    """The new description."""

    admin_state_up: bool | UnsetType = UNSET
    """The new administrative state."""

    lb_algorithm: (
        Literal["LEAST_CONNECTIONS", "ROUND_ROBIN", "SOURCE_IP", "SOURCE_IP_PORT"] | UnsetType
    ) = UNSET
    """The new balancing algorithm."""

    session_persistence: SessionPersistence | UnsetType | None = UNSET
    """The new session persistence settings; null turns persistence off."""

    tls_enabled: bool | UnsetType = UNSET
    """Turns TLS towards the members on or off."""

    tls_container_ref: str | UnsetType | None = UNSET
    """The new client certificate secret; null removes it."""

    ca_tls_container_ref: str | UnsetType | None = UNSET
    """The new CA bundle secret; null removes it."""

    crl_container_ref: str | UnsetType | None = UNSET
    """The new revocation list secret; null removes it."""

    tls_ciphers: str | UnsetType | None = UNSET
    """The new OpenSSL cipher string."""

    tls_versions: builtins.list[str] | UnsetType | None = UNSET
    """The new TLS versions."""

    alpn_protocols: builtins.list[str] | UnsetType | None = UNSET
    """The new ALPN protocols."""

    tags: builtins.list[str] | UnsetType = UNSET
    """The new tags (replacing all of them)."""


def list_url(client: ServiceClient) -> str:
    """The URL `/lbaas/pools`."""
    return client.url("/lbaas/pools")


def resource_url(client: ServiceClient, pool_id: str) -> str:
    """The URL `/lbaas/pools/{pool_id}`."""
    return client.url("/lbaas/pools/{pool_id}", pool_id=pool_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Pool]:
    """Lists the pools the caller can see.

    GET ``/lbaas/pools``

    Args:
        client: The load-balancer v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Pool,
        response_key="pools",
        style=PageStyle("links", links_key="pools_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> Pool:
    """Creates a pool on a load balancer, optionally as the default pool of one of its listeners.

    POST ``/lbaas/pools``

    Args:
        client: The load-balancer v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="pool",
        response_key="pool",
        response_type=Pool,
    )


def get(
    client: ServiceClient,
    pool_id: str,
    opts: GetOpts | None = None,
) -> Pool:
    """Shows a pool.

    GET ``/lbaas/pools/{pool_id}``

    Args:
        client: The load-balancer v2 service client.
        pool_id: The ID of the pool.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, pool_id),
        ok=(200,),
        opts=opts,
        response_key="pool",
        response_type=Pool,
    )


def update(
    client: ServiceClient,
    pool_id: str,
    opts: UpdateOpts | None = None,
) -> Pool:
    """Changes a pool (its protocol and load balancer stay).

    PUT ``/lbaas/pools/{pool_id}``

    Args:
        client: The load-balancer v2 service client.
        pool_id: The ID of the pool.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, pool_id),
        ok=(200,),
        opts=opts,
        body_key="pool",
        response_key="pool",
        response_type=Pool,
    )


def delete(
    client: ServiceClient,
    pool_id: str,
) -> None:
    """Deletes a pool with its members and health monitor.

    DELETE ``/lbaas/pools/{pool_id}``

    Args:
        client: The load-balancer v2 service client.
        pool_id: The ID of the pool.
    """
    client.call(
        "DELETE",
        resource_url(client, pool_id),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Pool:
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
        what="Pool",
    )
