"""IKE policies (VPNaaS) hold the phase-1 parameters an IPsec site connection negotiates with
its peer: IKE version, authentication and encryption algorithms, Diffie-Hellman group and the
lifetime of the security association.
"""

# Generated from specs/network/v2/vpn_ike_policies.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar, Literal

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
    "IkePolicy",
    "Lifetime",
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


class IkePolicy(Model):
    """An IKE policy."""

    id: str
    """The ID of the IKE policy."""

    name: str | UnsetType | None = UNSET
    """The name of the IKE policy."""

    description: str | UnsetType | None = UNSET
    """A free-text description of the IKE policy."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the IKE policy."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (legacy name of project_id)."""

    auth_algorithm: str | UnsetType | None = UNSET
    """The hash algorithm used to authenticate (sha1, sha256, sha384, sha512, aes-xcbc, aes-
    cmac).
    """

    encryption_algorithm: str | UnsetType | None = UNSET
    """The cipher used to encrypt the IKE exchange (3des, aes-128, aes-256, aes-256-gcm-16,
    ...).
    """

    pfs: str | UnsetType | None = UNSET
    """The Diffie-Hellman group used for perfect forward secrecy (group2, group5, group14 to
    group31).
    """

    phase1_negotiation_mode: str | UnsetType | None = UNSET
    """The phase-1 exchange mode (main or aggressive)."""

    ike_version: str | UnsetType | None = UNSET
    """The IKE protocol version (v1 or v2)."""

    lifetime: Lifetime | UnsetType | None = UNSET
    """How long the negotiated security association lives."""


class Lifetime(Model):
    """The lifetime of a security association, a unit and a value."""

    units: str | UnsetType | None = UNSET
    """The unit of the value; seconds, the default, is the only one."""

    value: int | UnsetType | None = UNSET
    """The length of the lifetime in its unit (at least 60; default 3600)."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the IKE policy with this ID."""

    name: str | UnsetType = UNSET
    """Only IKE policies with this name."""

    description: str | UnsetType = UNSET
    """Only IKE policies with this description."""

    project_id: str | UnsetType = UNSET
    """Only IKE policies owned by this project."""

    tenant_id: str | UnsetType = UNSET
    """Only IKE policies owned by this project (legacy name of project_id)."""

    auth_algorithm: str | UnsetType = UNSET
    """Only IKE policies using this authentication algorithm."""

    encryption_algorithm: str | UnsetType = UNSET
    """Only IKE policies using this encryption algorithm."""

    pfs: str | UnsetType = UNSET
    """Only IKE policies using this PFS group."""

    phase1_negotiation_mode: str | UnsetType = UNSET
    """Only IKE policies using this phase-1 mode."""

    ike_version: str | UnsetType = UNSET
    """Only IKE policies of this IKE version."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last IKE policy of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by (id, name, project_id, tenant_id), one per sort_dir."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions (asc or desc), one per sort_key."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of each IKE policy."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "description": "query",
        "project_id": "query",
        "tenant_id": "query",
        "auth_algorithm": "query",
        "encryption_algorithm": "query",
        "pfs": "query",
        "phase1_negotiation_mode": "query",
        "ike_version": "query",
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

    name: str | UnsetType = UNSET
    """The name of the IKE policy."""

    description: str | UnsetType = UNSET
    """A free-text description."""

    project_id: str | UnsetType = UNSET
    """The owning project, when an admin creates the policy for another project."""

    tenant_id: str | UnsetType = UNSET
    """The owning project (legacy name of project_id)."""

    auth_algorithm: str | UnsetType = UNSET
    """The hash algorithm used to authenticate (default sha1)."""

    encryption_algorithm: str | UnsetType = UNSET
    """The cipher (default aes-128; CCM and GCM variants are named like aes-256-gcm-16)."""

    pfs: str | UnsetType = UNSET
    """The Diffie-Hellman group for perfect forward secrecy (default group5; group2, group5,
    group14 to group31).
    """

    phase1_negotiation_mode: Literal["main", "aggressive"] | UnsetType = UNSET
    """The phase-1 exchange mode (default main)."""

    ike_version: Literal["v1", "v2"] | UnsetType = UNSET
    """The IKE protocol version (default v1)."""

    lifetime: Lifetime | UnsetType = UNSET
    """The lifetime of the security association (default 3600 seconds)."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new name."""

    description: str | UnsetType = UNSET
    """The new description."""

    auth_algorithm: str | UnsetType = UNSET
    """The new authentication algorithm."""

    encryption_algorithm: str | UnsetType = UNSET
    """The new cipher."""

    pfs: str | UnsetType = UNSET
    """The new Diffie-Hellman group."""

    phase1_negotiation_mode: Literal["main", "aggressive"] | UnsetType = UNSET
    """The new phase-1 exchange mode."""

    ike_version: Literal["v1", "v2"] | UnsetType = UNSET
    """The new IKE protocol version."""

    lifetime: Lifetime | UnsetType = UNSET
    """The new lifetime of the security association."""


def list_url(client: ServiceClient) -> str:
    """The URL `/vpn/ikepolicies`."""
    return client.url("/vpn/ikepolicies")


def resource_url(client: ServiceClient, ikepolicy_id: str) -> str:
    """The URL `/vpn/ikepolicies/{ikepolicy_id}`."""
    return client.url("/vpn/ikepolicies/{ikepolicy_id}", ikepolicy_id=ikepolicy_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[IkePolicy]:
    """Lists the IKE policies the caller can see.

    GET ``/vpn/ikepolicies``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=IkePolicy,
        response_key="ikepolicies",
        style=PageStyle("links", links_key="ikepolicies_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
) -> IkePolicy:
    """Creates an IKE policy; omitted parameters take the server defaults.

    POST ``/vpn/ikepolicies``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="ikepolicy",
        response_key="ikepolicy",
        response_type=IkePolicy,
    )


def get(
    client: ServiceClient,
    ikepolicy_id: str,
    opts: GetOpts | None = None,
) -> IkePolicy:
    """Shows an IKE policy.

    GET ``/vpn/ikepolicies/{ikepolicy_id}``

    Args:
        client: The network v2 service client.
        ikepolicy_id: The ID of the IKE policy.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, ikepolicy_id),
        ok=(200,),
        opts=opts,
        response_key="ikepolicy",
        response_type=IkePolicy,
    )


def update(
    client: ServiceClient,
    ikepolicy_id: str,
    opts: UpdateOpts | None = None,
) -> IkePolicy:
    """Changes an IKE policy; only the given parameters change.

    PUT ``/vpn/ikepolicies/{ikepolicy_id}``

    Args:
        client: The network v2 service client.
        ikepolicy_id: The ID of the IKE policy.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, ikepolicy_id),
        ok=(200,),
        opts=opts,
        body_key="ikepolicy",
        response_key="ikepolicy",
        response_type=IkePolicy,
    )


def delete(
    client: ServiceClient,
    ikepolicy_id: str,
) -> None:
    """Deletes an IKE policy that no IPsec site connection uses.

    DELETE ``/vpn/ikepolicies/{ikepolicy_id}``

    Args:
        client: The network v2 service client.
        ikepolicy_id: The ID of the IKE policy.
    """
    client.call(
        "DELETE",
        resource_url(client, ikepolicy_id),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> IkePolicy:
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
        what="IkePolicy",
    )
