"""Listeners accept client traffic on a protocol and port of a load balancer's VIP and hand it
to a default pool or to L7 policies; TLS termination, header insertion, timeouts and HSTS are
set here.
"""

# Generated from specs/load_balancer/v2/listeners.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

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
    "Listener",
    "ListOpts",
    "CreateOpts",
    "GetOpts",
    "UpdateOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "get_stats",
    "list_url",
    "resource_url",
    "get_stats_url",
    "find",
]


class Listener(Model):
    """A listener of a load balancer."""

    id: str
    """The ID of the listener."""

    name: str | UnsetType | None = UNSET
    """The name of the listener."""

    description: str | UnsetType | None = UNSET
    """A free-form description of the listener."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the listener."""

    admin_state_up: bool | UnsetType | None = UNSET
    """Whether the listener is administratively up."""

    protocol: str | UnsetType | None = UNSET
    """The protocol the listener accepts."""

    protocol_port: int | UnsetType | None = UNSET
    """The port the listener accepts connections on."""

    connection_limit: int | UnsetType | None = UNSET
    """The most connections the listener takes at once; -1 is no limit."""

    default_pool_id: str | UnsetType | None = UNSET
    """The pool that gets the traffic no L7 policy redirects."""

    default_tls_container_ref: str | UnsetType | None = UNSET
    """The key manager secret (PKCS12 bundle) with the certificate and key of a TERMINATED_HTTPS
    listener.
    """

    sni_container_refs: builtins.list[str] | UnsetType | None = UNSET
    """Key manager secrets with further certificates, chosen by SNI, of a TERMINATED_HTTPS
    listener.
    """

    client_authentication: str | UnsetType | None = UNSET
    """Whether TLS clients must present a certificate."""

    client_ca_tls_container_ref: str | UnsetType | None = UNSET
    """The key manager secret with the CA bundle that client certificates are checked against."""

    client_crl_container_ref: str | UnsetType | None = UNSET
    """The key manager secret with the revocation list for client certificates."""

    insert_headers: dict[str, str] | UnsetType | None = UNSET
    """Headers added to requests sent to the members (e.g. X-Forwarded-For), values as strings."""

    timeout_client_data: int | UnsetType | None = UNSET
    """How long, in milliseconds, an idle client connection is kept."""

    timeout_member_connect: int | UnsetType | None = UNSET
    """How long, in milliseconds, connecting to a member may take."""

    timeout_member_data: int | UnsetType | None = UNSET
    """How long, in milliseconds, an idle member connection is kept."""

    timeout_tcp_inspect: int | UnsetType | None = UNSET
    """How long, in milliseconds, to wait for more TCP data for content inspection."""

    allowed_cidrs: builtins.list[str] | UnsetType | None = UNSET
    """The client networks allowed to connect; null or empty allows everyone."""

    tls_ciphers: str | UnsetType | None = UNSET
    """The OpenSSL cipher string offered to TLS clients."""

    tls_versions: builtins.list[str] | UnsetType | None = UNSET
    """The TLS versions offered to clients (TLSv1.2, TLSv1.3, ...)."""

    alpn_protocols: builtins.list[str] | UnsetType | None = UNSET
    """The ALPN protocols offered to TLS clients (http/1.1, h2, ...)."""

    hsts_max_age: int | UnsetType | None = UNSET
    """The max-age of the Strict-Transport-Security header; set, it turns HSTS on."""

    hsts_include_subdomains: bool | UnsetType | None = UNSET
    """Whether the HSTS header carries includeSubDomains."""

    hsts_preload: bool | UnsetType | None = UNSET
    """Whether the HSTS header carries preload."""

    loadbalancers: builtins.list[load_balancers.Ref] | UnsetType | None = UNSET
    """The load balancer of the listener (its ID)."""

    l7policies: builtins.list[load_balancers.Ref] | UnsetType | None = UNSET
    """The L7 policies of the listener (their IDs)."""

    provisioning_status: str | UnsetType | None = UNSET
    """Where the listener is in its provisioning life cycle."""

    operating_status: str | UnsetType | None = UNSET
    """The observed health of the listener."""

    tags: builtins.list[str] | UnsetType | None = UNSET
    """The tags of the listener."""

    created_at: datetime.datetime | UnsetType | None = UNSET
    """When the listener was created (UTC)."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the listener was last changed (UTC)."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the listener with this ID."""

    name: str | UnsetType = UNSET
    """Only listeners with this name."""

    description: str | UnsetType = UNSET
    """Only listeners with this description."""

    project_id: str | UnsetType = UNSET
    """Only listeners of this project (admins see every project)."""

    loadbalancer_id: str | UnsetType = UNSET
    """Only listeners of this load balancer."""

    protocol: str | UnsetType = UNSET
    """Only listeners of this protocol."""

    protocol_port: int | UnsetType = UNSET
    """Only listeners on this port."""

    default_pool_id: str | UnsetType = UNSET
    """Only listeners with this default pool."""

    admin_state_up: bool | UnsetType = UNSET
    """Only listeners in this administrative state."""

    provisioning_status: str | UnsetType = UNSET
    """Only listeners in this provisioning status."""

    operating_status: str | UnsetType = UNSET
    """Only listeners in this operating status."""

    connection_limit: int | UnsetType = UNSET
    """Only listeners with this connection limit."""

    tags: builtins.list[str] | UnsetType = UNSET
    """Only listeners carrying all of these comma-separated tags."""

    tags_any: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="tags-any")
    """Only listeners carrying any of these comma-separated tags."""

    not_tags: builtins.list[str] | UnsetType = msgspec.field(default=UNSET, name="not-tags")
    """Leaves out listeners carrying all of these comma-separated tags."""

    not_tags_any: builtins.list[str] | UnsetType = msgspec.field(
        default=UNSET, name="not-tags-any"
    )
    """Leaves out listeners carrying any of these comma-separated tags."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last listener of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort: builtins.list[str] | UnsetType = UNSET
    """Sort order as comma-separated key:direction pairs, e.g. protocol_port:asc."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Returns only these attributes (repeatable)."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "description": "query",
        "project_id": "query",
        "loadbalancer_id": "query",
        "protocol": "query",
        "protocol_port": "query",
        "default_pool_id": "query",
        "admin_state_up": "query",
        "provisioning_status": "query",
        "operating_status": "query",
        "connection_limit": "query",
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

    loadbalancer_id: str
    """The load balancer to add the listener to."""

    protocol: Literal["HTTP", "HTTPS", "SCTP", "PROMETHEUS", "TCP", "TERMINATED_HTTPS", "UDP"]
    """The protocol to accept."""

    protocol_port: int
    """The port to accept connections on."""

    name: str | UnsetType = UNSET
    """The name of the listener."""

    description: str | UnsetType = UNSET
    """A free-form description."""

    project_id: str | UnsetType = UNSET
    """The owning project (deprecated; taken from the load balancer)."""

    admin_state_up: bool | UnsetType = UNSET
    """Whether the listener starts administratively up (default true)."""

    connection_limit: int | UnsetType = UNSET
    """The most connections at once; -1 (the default) is no limit."""

    default_pool_id: str | UnsetType = UNSET
    """An existing pool of the load balancer to send traffic to."""

    default_pool: dict[str, Any] | UnsetType = UNSET
    """A pool body to create with the listener as its default pool (single-call create)."""

    l7policies: builtins.list[dict[str, Any]] | UnsetType = UNSET
    """L7 policy bodies to create with the listener (single-call create)."""

    default_tls_container_ref: str | UnsetType = UNSET
    """The key manager secret with the certificate and key (TERMINATED_HTTPS)."""

    sni_container_refs: builtins.list[str] | UnsetType = UNSET
    """Key manager secrets with further certificates chosen by SNI."""

    client_authentication: Literal["NONE", "OPTIONAL", "MANDATORY"] | UnsetType = UNSET
    """Whether TLS clients must present a certificate (default NONE)."""

    client_ca_tls_container_ref: str | UnsetType = UNSET
    """The key manager secret with the CA bundle for client certificates."""

    client_crl_container_ref: str | UnsetType = UNSET
    """The key manager secret with the revocation list for client certificates."""

    insert_headers: dict[str, str] | UnsetType = UNSET
    """Headers to add to requests sent to the members, values as strings."""

    timeout_client_data: int | UnsetType = UNSET
    """Client inactivity timeout in milliseconds (default 50000)."""

    timeout_member_connect: int | UnsetType = UNSET
    """Member connect timeout in milliseconds (default 5000)."""

    timeout_member_data: int | UnsetType = UNSET
    """Member inactivity timeout in milliseconds (default 50000)."""

    timeout_tcp_inspect: int | UnsetType = UNSET
    """Milliseconds to wait for more TCP data for content inspection (default 0)."""

    allowed_cidrs: builtins.list[str] | UnsetType = UNSET
    """Client networks allowed to connect; everyone when left out."""

    tls_ciphers: str | UnsetType = UNSET
    """The OpenSSL cipher string for TLS clients."""

    tls_versions: builtins.list[str] | UnsetType = UNSET
    """The TLS versions to offer (SSLv3, TLSv1, TLSv1.1, TLSv1.2, TLSv1.3)."""

    alpn_protocols: builtins.list[str] | UnsetType = UNSET
    """The ALPN protocols to offer (http/1.0, http/1.1, h2)."""

    hsts_max_age: int | UnsetType = UNSET
    """Turns HSTS on with this max-age, in seconds."""

    hsts_include_subdomains: bool | UnsetType = UNSET
    """Adds includeSubDomains to the HSTS header (needs hsts_max_age)."""

    hsts_preload: bool | UnsetType = UNSET
    """Adds preload to the HSTS header (needs hsts_max_age)."""

    tags: builtins.list[str] | UnsetType = UNSET
    """The tags of the listener."""


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

    connection_limit: int | UnsetType = UNSET
    """The new connection limit; -1 is no limit."""

    default_pool_id: str | UnsetType | None = UNSET
    """The new default pool; null removes it."""

    default_tls_container_ref: str | UnsetType | None = UNSET
    """The new certificate secret."""

    sni_container_refs: builtins.list[str] | UnsetType | None = UNSET
    """The new SNI certificate secrets (replacing all of them)."""

    client_authentication: Literal["NONE", "OPTIONAL", "MANDATORY"] | UnsetType = UNSET
    """The new client certificate mode."""

    client_ca_tls_container_ref: str | UnsetType | None = UNSET
    """The new client CA bundle secret; null removes it."""

    client_crl_container_ref: str | UnsetType | None = UNSET
    """The new client revocation list secret; null removes it."""

    insert_headers: dict[str, str] | UnsetType = UNSET
    """The new headers to add to member requests (replacing all of them)."""

    timeout_client_data: int | UnsetType | None = UNSET
    """The new client inactivity timeout in milliseconds."""

    timeout_member_connect: int | UnsetType | None = UNSET
    """The new member connect timeout in milliseconds."""

    timeout_member_data: int | UnsetType | None = UNSET
    """The new member inactivity timeout in milliseconds."""

    timeout_tcp_inspect: int | UnsetType | None = UNSET
    """The new TCP inspection wait in milliseconds."""

    allowed_cidrs: builtins.list[str] | UnsetType | None = UNSET
    """The new allowed client networks; null allows everyone."""

    tls_ciphers: str | UnsetType | None = UNSET
    """The new OpenSSL cipher string."""

    tls_versions: builtins.list[str] | UnsetType | None = UNSET
    """The new TLS versions to offer."""

    alpn_protocols: builtins.list[str] | UnsetType | None = UNSET
    """The new ALPN protocols to offer."""

    hsts_max_age: int | UnsetType | None = UNSET
    """The new HSTS max-age; null turns HSTS off."""

    hsts_include_subdomains: bool | UnsetType = UNSET
    """Adds or drops includeSubDomains in the HSTS header."""

    hsts_preload: bool | UnsetType = UNSET
    """Adds or drops preload in the HSTS header."""

    tags: builtins.list[str] | UnsetType = UNSET
    """The new tags (replacing all of them)."""


def list_url(client: ServiceClient) -> str:
    """The URL `/lbaas/listeners`."""
    return client.url("/lbaas/listeners")


def resource_url(client: ServiceClient, listener_id: str) -> str:
    """The URL `/lbaas/listeners/{listener_id}`."""
    return client.url("/lbaas/listeners/{listener_id}", listener_id=listener_id)


def get_stats_url(client: ServiceClient, listener_id: str) -> str:
    """The URL `/lbaas/listeners/{listener_id}/stats`."""
    return client.url("/lbaas/listeners/{listener_id}/stats", listener_id=listener_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Listener]:
    """Lists the listeners the caller can see.

    GET ``/lbaas/listeners``

    Args:
        client: The load-balancer v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Listener,
        response_key="listeners",
        style=PageStyle("links", links_key="listeners_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> Listener:
    """Creates a listener on a load balancer.

    POST ``/lbaas/listeners``

    Args:
        client: The load-balancer v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="listener",
        response_key="listener",
        response_type=Listener,
    )


def get(
    client: ServiceClient,
    listener_id: str,
    opts: GetOpts | None = None,
) -> Listener:
    """Shows a listener.

    GET ``/lbaas/listeners/{listener_id}``

    Args:
        client: The load-balancer v2 service client.
        listener_id: The ID of the listener.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, listener_id),
        ok=(200,),
        opts=opts,
        response_key="listener",
        response_type=Listener,
    )


def update(
    client: ServiceClient,
    listener_id: str,
    opts: UpdateOpts | None = None,
) -> Listener:
    """Changes a listener (its load balancer, protocol and port stay).

    PUT ``/lbaas/listeners/{listener_id}``

    Args:
        client: The load-balancer v2 service client.
        listener_id: The ID of the listener.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, listener_id),
        ok=(200,),
        opts=opts,
        body_key="listener",
        response_key="listener",
        response_type=Listener,
    )


def delete(
    client: ServiceClient,
    listener_id: str,
) -> None:
    """Deletes a listener.

    DELETE ``/lbaas/listeners/{listener_id}``

    Args:
        client: The load-balancer v2 service client.
        listener_id: The ID of the listener.
    """
    client.call(
        "DELETE",
        resource_url(client, listener_id),
        ok=(204,),
    )


def get_stats(
    client: ServiceClient,
    listener_id: str,
) -> load_balancers.Stats:
    """Shows the traffic counters of a listener.

    GET ``/lbaas/listeners/{listener_id}/stats``

    Args:
        client: The load-balancer v2 service client.
        listener_id: The ID of the listener.
    """
    return client.call(
        "GET",
        get_stats_url(client, listener_id),
        ok=(200,),
        response_key="stats",
        response_type=load_balancers.Stats,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Listener:
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
        what="Listener",
    )
