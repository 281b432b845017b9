"""Mappings (OS-FEDERATION) are sets of rules that turn the attributes an identity provider
asserts into a local user, groups and projects.
"""

# Generated from specs/identity/v3/mappings.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import Any

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "Mapping",
    "MappingRule",
    "MappingRemote",
    "CreateOpts",
    "UpdateOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "list_url",
    "resource_url",
]


class Mapping(Model):
    """A federation mapping."""

    id: str
    """The ID of the mapping, chosen at creation."""

    rules: builtins.list[MappingRule]
    """The rules of the mapping, tried in order."""

    schema_version: str | UnsetType | None = UNSET
    """The version of the rule schema the mapping uses (newer releases)."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the mapping."""


class MappingRule(Model):
    """A mapping rule: when every remote condition matches the assertion, the local entries
    apply ({0}, {1}, ... refer to the matched remote values).
    """

    local: builtins.list[dict[str, Any]]
    """What to produce locally, such as {"user": {"name": "{0}"}} or {"group": {"id": "..."}}."""

    remote: builtins.list[MappingRemote]
    """The conditions on the asserted attributes."""


class MappingRemote(Model):
    """A condition on one asserted attribute."""

    type: str
    """The name of the asserted attribute."""

    any_one_of: builtins.list[str] | UnsetType | None = UNSET
    """Match when the attribute has any of these values."""

    not_any_of: builtins.list[str] | UnsetType | None = UNSET
    """Match when the attribute has none of these values."""

    regex: bool | UnsetType | None = UNSET
    """Treat the values of any_one_of and not_any_of as regular expressions."""

    whitelist: builtins.list[str] | UnsetType | None = UNSET
    """Keep only these values of the attribute."""

    blacklist: builtins.list[str] | UnsetType | None = UNSET
    """Drop these values of the attribute."""


class CreateOpts(Options):
    """Options for :func:`create`."""

    rules: builtins.list[MappingRule]
    """The rules of the mapping."""

    schema_version: str | UnsetType = UNSET
    """The version of the rule schema (newer releases; the server default otherwise)."""


class UpdateOpts(Options):
    """Options for :func:`update`."""

    rules: builtins.list[MappingRule]
    """The new rules of the mapping."""

    schema_version: str | UnsetType = UNSET
    """The version of the rule schema (newer releases)."""


def list_url(client: ServiceClient) -> str:
    """The URL `/OS-FEDERATION/mappings`."""
    return client.url("/OS-FEDERATION/mappings")


def resource_url(client: ServiceClient, mapping_id: str) -> str:
    """The URL `/OS-FEDERATION/mappings/{mapping_id}`."""
    return client.url("/OS-FEDERATION/mappings/{mapping_id}", mapping_id=mapping_id)


def list(
    client: ServiceClient,
) -> Pager[Mapping]:
    """Lists mappings.

    GET ``/OS-FEDERATION/mappings``

    Args:
        client: The identity v3 service client.
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Mapping,
        response_key="mappings",
        style=PageStyle("next", next_key="links.next"),
    )


def create(
    client: ServiceClient,
    mapping_id: str,
    opts: CreateOpts,
) -> Mapping:
    """Creates a mapping under the given ID.

    PUT ``/OS-FEDERATION/mappings/{mapping_id}``

    Args:
        client: The identity v3 service client.
        mapping_id: The ID to create the mapping under.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, mapping_id),
        ok=(201,),
        opts=opts,
        body_key="mapping",
        response_key="mapping",
        response_type=Mapping,
    )


def get(
    client: ServiceClient,
    mapping_id: str,
) -> Mapping:
    """Shows a mapping.

    GET ``/OS-FEDERATION/mappings/{mapping_id}``

    Args:
        client: The identity v3 service client.
        mapping_id: The ID of the mapping.
    """
    return client.call(
        "GET",
        resource_url(client, mapping_id),
        ok=(200,),
        response_key="mapping",
        response_type=Mapping,
    )


def update(
    client: ServiceClient,
    mapping_id: str,
    opts: UpdateOpts,
) -> Mapping:
    """Replaces the rules of a mapping.

    PATCH ``/OS-FEDERATION/mappings/{mapping_id}``

    Args:
        client: The identity v3 service client.
        mapping_id: The ID of the mapping.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PATCH",
        resource_url(client, mapping_id),
        ok=(200,),
        opts=opts,
        body_key="mapping",
        response_key="mapping",
        response_type=Mapping,
    )


def delete(
    client: ServiceClient,
    mapping_id: str,
) -> None:
    """Deletes a mapping.

    DELETE ``/OS-FEDERATION/mappings/{mapping_id}``

    Args:
        client: The identity v3 service client.
        mapping_id: The ID of the mapping.
    """
    client.call(
        "DELETE",
        resource_url(client, mapping_id),
        ok=(204,),
    )
