"""IPsec policies (VPNaaS) hold the phase-2 parameters of an IPsec site connection: the
transform protocol, encapsulation mode, authentication and encryption algorithms, Diffie-
Hellman group and the lifetime of the security association.
"""

# Generated from specs/network/v2/vpn_ipsec_policies.yaml by `python -m generator`. Do not edit:
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

from . import vpn_ike_policies

__all__ = [
    "IpsecPolicy",
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


class IpsecPolicy(Model):
    """An IPsec policy."""

    id: str
    """The ID of the IPsec policy."""

    name: str | UnsetType | None = UNSET
    """The name of the IPsec policy."""

    description: str | UnsetType | None = UNSET
    """A free-text description of the IPsec policy."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the IPsec policy."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (legacy name of project_id)."""

    transform_protocol: str | UnsetType | None = UNSET
    """The IPsec transform protocol (esp, ah or ah-esp)."""

    encapsulation_mode: str | UnsetType | None = UNSET
    """How packets are encapsulated (tunnel or transport)."""

    auth_algorithm: str | UnsetType | None = UNSET
    """The hash algorithm used to authenticate (sha1, sha256, sha384, sha512, aes-xcbc, aes-
    cmac).
    """

    encryption_algorithm: str | UnsetType | None = UNSET
    """The cipher used to encrypt the traffic (3des, aes-128, aes-256, aes-256-gcm-16, ...)."""

    pfs: str | UnsetType | None = UNSET
    """The Diffie-Hellman group used for perfect forward secrecy (group2, group5, group14 to
    group31).
    """

    lifetime: vpn_ike_policies.Lifetime | UnsetType | None = UNSET
    """How long the negotiated security association lives."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the IPsec policy with this ID."""

    name: str | UnsetType = UNSET
    """Only IPsec policies with this name."""

    description: str | UnsetType = UNSET
    """Only IPsec policies with this description."""

    project_id: str | UnsetType = UNSET
    """Only IPsec policies owned by this project."""

    tenant_id: str | UnsetType = UNSET
    """Only IPsec policies owned by this project (legacy name of project_id)."""

    transform_protocol: str | UnsetType = UNSET
    """Only IPsec policies using this transform protocol."""

    encapsulation_mode: str | UnsetType = UNSET
    """Only IPsec policies using this encapsulation mode."""

    auth_algorithm: str | UnsetType = UNSET
    """Only IPsec policies using this authentication algorithm."""

    encryption_algorithm: str | UnsetType = UNSET
    """Only IPsec policies using this encryption algorithm."""

    pfs: str | UnsetType = UNSET
    """Only IPsec policies using this PFS group."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last IPsec policy of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by (id, name, project_id, tenant_id), one per sort_dir."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions (asc or desc), one per sort_key."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of each IPsec policy."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "description": "query",
        "project_id": "query",
        "tenant_id": "query",
        "transform_protocol": "query",
        "encapsulation_mode": "query",
        "auth_algorithm": "query",
        "encryption_algorithm": "query",
        "pfs": "query",
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
    """The name of the IPsec policy."""

    description: str | UnsetType = UNSET
    """A free-text description."""

    project_id: str | UnsetType = UNSET
    """The owning project, when an admin creates the policy for another project."""

    tenant_id: str | UnsetType = UNSET
    """The owning project (legacy name of project_id)."""

    transform_protocol: Literal["esp", "ah", "ah-esp"] | UnsetType = UNSET
    """The IPsec transform protocol (default esp)."""

    encapsulation_mode: Literal["tunnel", "transport"] | UnsetType = UNSET
    """How packets are encapsulated (default tunnel)."""

    auth_algorithm: str | UnsetType = UNSET
    """The hash algorithm used to authenticate (default sha1)."""

    encryption_algorithm: str | UnsetType = UNSET
    """The cipher (default aes-128; CCM and GCM variants are named like aes-256-gcm-16)."""

    pfs: str | UnsetType = UNSET
    """The Diffie-Hellman group for perfect forward secrecy (default group5; group2, group5,
    group14 to group31).
    """

    lifetime: vpn_ike_policies.Lifetime | UnsetType = UNSET
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

    transform_protocol: Literal["esp", "ah", "ah-esp"] | UnsetType = UNSET
    """The new transform protocol."""

    encapsulation_mode: Literal["tunnel", "transport"] | UnsetType = UNSET
    """The new encapsulation mode."""

    auth_algorithm: str | UnsetType = UNSET
    """The new authentication algorithm."""

    encryption_algorithm: str | UnsetType = UNSET
    """The new cipher."""

    pfs: str | UnsetType = UNSET
    """The new Diffie-Hellman group."""

    lifetime: vpn_ike_policies.Lifetime | UnsetType = UNSET
    """The new lifetime of the security association."""


def list_url(client: ServiceClient) -> str:
    """The URL `/vpn/ipsecpolicies`."""
    return client.url("/vpn/ipsecpolicies")


def resource_url(client: ServiceClient, ipsecpolicy_id: str) -> str:
    """The URL `/vpn/ipsecpolicies/{ipsecpolicy_id}`."""
    return client.url("/vpn/ipsecpolicies/{ipsecpolicy_id}", ipsecpolicy_id=ipsecpolicy_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[IpsecPolicy]:
    """Lists the IPsec policies the caller can see.

    GET ``/vpn/ipsecpolicies``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=IpsecPolicy,
        response_key="ipsecpolicies",
        style=PageStyle("links", links_key="ipsecpolicies_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
) -> IpsecPolicy:
    """Creates an IPsec policy; omitted parameters take the server defaults.

    POST ``/vpn/ipsecpolicies``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="ipsecpolicy",
        response_key="ipsecpolicy",
        response_type=IpsecPolicy,
    )


def get(
    client: ServiceClient,
    ipsecpolicy_id: str,
    opts: GetOpts | None = None,
) -> IpsecPolicy:
    """Shows an IPsec policy.

    GET ``/vpn/ipsecpolicies/{ipsecpolicy_id}``

    Args:
        client: The network v2 service client.
        ipsecpolicy_id: The ID of the IPsec policy.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, ipsecpolicy_id),
        ok=(200,),
        opts=opts,
        response_key="ipsecpolicy",
        response_type=IpsecPolicy,
    )


def update(
    client: ServiceClient,
    ipsecpolicy_id: str,
    opts: UpdateOpts | None = None,
) -> IpsecPolicy:
    """Changes an IPsec policy; only the given parameters change.

    PUT ``/vpn/ipsecpolicies/{ipsecpolicy_id}``

    Args:
        client: The network v2 service client.
        ipsecpolicy_id: The ID of the IPsec policy.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, ipsecpolicy_id),
        ok=(200,),
        opts=opts,
        body_key="ipsecpolicy",
        response_key="ipsecpolicy",
        response_type=IpsecPolicy,
    )


def delete(
    client: ServiceClient,
    ipsecpolicy_id: str,
) -> None:
    """Deletes an IPsec policy that no IPsec site connection uses.

    DELETE ``/vpn/ipsecpolicies/{ipsecpolicy_id}``

    Args:
        client: The network v2 service client.
        ipsecpolicy_id: The ID of the IPsec policy.
    """
    client.call(
        "DELETE",
        resource_url(client, ipsecpolicy_id),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> IpsecPolicy:
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
        what="IpsecPolicy",
    )
