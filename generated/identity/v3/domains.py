"""Domains are the top-level containers of projects, users and groups; each name is unique
within a deployment. A domain can carry its own identity back-end configuration (the
`identity` and `ldap` option groups), managed through the domain configuration calls.
"""

# Generated from specs/identity/v3/domains.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import Any, ClassVar

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
    "Domain",
    "DomainConfig",
    "IdentityConfig",
    "LdapConfig",
    "ConfigOption",
    "ListOpts",
    "CreateOpts",
    "UpdateOpts",
    "CreateConfigOpts",
    "UpdateConfigOpts",
    "UpdateConfigGroupOpts",
    "UpdateConfigOptionOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "get_default_config",
    "get_default_config_group",
    "get_default_config_option",
    "create_config",
    "get_config",
    "update_config",
    "delete_config",
    "get_config_group",
    "update_config_group",
    "delete_config_group",
    "get_config_option",
    "update_config_option",
    "delete_config_option",
    "list_url",
    "resource_url",
    "get_default_config_url",
    "get_default_config_group_url",
    "get_default_config_option_url",
    "create_config_url",
    "get_config_group_url",
    "get_config_option_url",
    "find",
]


class Domain(Model):
    """A domain."""

    id: str
    """The ID of the domain."""

    name: str | UnsetType | None = UNSET
    """The name of the domain, unique in the deployment."""

    description: str | UnsetType | None = UNSET
    """The description of the domain."""

    enabled: bool | UnsetType | None = UNSET
    """Whether the domain is enabled; users of a disabled domain cannot authenticate."""

    tags: builtins.list[str] | UnsetType | None = UNSET
    """Simple strings attached to the domain."""

    options: dict[str, Any] | UnsetType | None = UNSET
    """Resource options of the domain (such as `immutable`)."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the domain itself."""


class DomainConfig(Model):
    """Domain-specific identity configuration, by option group. A call scoped to one group
    returns only that group.
    """

    identity: IdentityConfig | UnsetType | None = UNSET
    """Options of the `identity` group."""

    ldap: LdapConfig | UnsetType | None = UNSET
    """Options of the `ldap` group; sensitive options such as the password are never returned."""


class IdentityConfig(Model):
    """The `identity` option group of a domain configuration."""

    driver: str | UnsetType | None = UNSET
    """The identity back-end driver, such as `ldap` or `sql`."""


class LdapConfig(Model):
    """The `ldap` option group of a domain configuration. Options other than the documented ones
    are kept as extra fields.
    """

    url: str | UnsetType | None = UNSET
    """The URL of the LDAP server."""

    user_tree_dn: str | UnsetType | None = UNSET
    """The base distinguished name under which users are searched."""


class ConfigOption(Model):
    """One configuration option, keyed by its name (only the option that was asked for is
    present).
    """

    url: str | UnsetType | None = UNSET
    """The URL of the LDAP server (group `ldap`)."""

    user_tree_dn: str | UnsetType | None = UNSET
    """The base distinguished name of users (group `ldap`)."""

    driver: str | UnsetType | None = UNSET
    """The identity back-end driver (group `identity`)."""


class ListOpts(Options):
    """Options for :func:`list`."""

    name: str | UnsetType = UNSET
    """Filters by domain name."""

    enabled: bool | UnsetType = UNSET
    """Filters by whether the domain is enabled."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last domain of the previous page."""

    locations: ClassVar[dict[str, str]] = {
        "name": "query",
        "enabled": "query",
        "limit": "query",
        "marker": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    name: str
    """The name of the domain."""

    description: str | UnsetType = UNSET
    """The description of the domain."""

    enabled: bool | UnsetType = UNSET
    """Whether the domain is enabled."""

    explicit_domain_id: str | UnsetType = UNSET
    """An ID to use instead of a generated one (a UUID4 without dashes)."""

    options: dict[str, Any] | UnsetType = UNSET
    """Resource options for the domain (such as `immutable`)."""


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new name."""

    description: str | UnsetType | None = UNSET
    """The new description."""

    enabled: bool | UnsetType = UNSET
    """Enables or disables the domain (a domain must be disabled before it can be deleted)."""

    options: dict[str, Any] | UnsetType = UNSET
    """Resource options to change; a null value removes an option."""


class CreateConfigOpts(Options):
    """Options for :func:`create_config`."""

    identity: dict[str, Any] | UnsetType = UNSET
    """Options of the `identity` group, such as `driver`."""

    ldap: dict[str, Any] | UnsetType = UNSET
    """Options of the `ldap` group, such as `url` and `user_tree_dn`."""


class UpdateConfigOpts(Options):
    """Options for :func:`update_config`."""

    identity: dict[str, Any] | UnsetType = UNSET
    """Options of the `identity` group to change."""

    ldap: dict[str, Any] | UnsetType = UNSET
    """Options of the `ldap` group to change."""


class UpdateConfigGroupOpts(Options):
    """Options for :func:`update_config_group`."""

    identity: dict[str, Any] | UnsetType = UNSET
    """The new options of the `identity` group (when that is the group updated)."""

    ldap: dict[str, Any] | UnsetType = UNSET
    """The new options of the `ldap` group (when that is the group updated)."""


class UpdateConfigOptionOpts(Options):
    """Options for :func:`update_config_option`."""

    url: str | UnsetType = UNSET
    """The new LDAP server URL (option `url`)."""

    user_tree_dn: str | UnsetType = UNSET
    """The new base distinguished name of users (option `user_tree_dn`)."""

    driver: str | UnsetType = UNSET
    """The new identity driver (option `driver`)."""


def list_url(client: ServiceClient) -> str:
    """The URL `/domains`."""
    return client.url("/domains")


def resource_url(client: ServiceClient, domain_id: str) -> str:
    """The URL `/domains/{domain_id}`."""
    return client.url("/domains/{domain_id}", domain_id=domain_id)


def get_default_config_url(client: ServiceClient) -> str:
    """The URL `/domains/config/default`."""
    return client.url("/domains/config/default")


def get_default_config_group_url(client: ServiceClient, group: str) -> str:
    """The URL `/domains/config/{group}/default`."""
    return client.url("/domains/config/{group}/default", group=group)


def get_default_config_option_url(client: ServiceClient, group: str, option: str) -> str:
    """The URL `/domains/config/{group}/{option}/default`."""
    return client.url("/domains/config/{group}/{option}/default", group=group, option=option)


def create_config_url(client: ServiceClient, domain_id: str) -> str:
    """The URL `/domains/{domain_id}/config`."""
    return client.url("/domains/{domain_id}/config", domain_id=domain_id)


def get_config_group_url(client: ServiceClient, domain_id: str, group: str) -> str:
    """The URL `/domains/{domain_id}/config/{group}`."""
    return client.url("/domains/{domain_id}/config/{group}", domain_id=domain_id, group=group)


def get_config_option_url(client: ServiceClient, domain_id: str, group: str, option: str) -> str:
    """The URL `/domains/{domain_id}/config/{group}/{option}`."""
    return client.url(
        "/domains/{domain_id}/config/{group}/{option}",
        domain_id=domain_id,
        group=group,
        option=option,
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Domain]:
    """Lists domains.

    GET ``/domains``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Domain,
        response_key="domains",
        style=PageStyle("next", next_key="links.next"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> Domain:
    """Creates a domain.

    POST ``/domains``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="domain",
        response_key="domain",
        response_type=Domain,
    )


def get(
    client: ServiceClient,
    domain_id: str,
) -> Domain:
    """Shows a domain.

    GET ``/domains/{domain_id}``

    Args:
        client: The identity v3 service client.
        domain_id: The ID of the domain.
    """
    return client.call(
        "GET",
        resource_url(client, domain_id),
        ok=(200,),
        response_key="domain",
        response_type=Domain,
    )


def update(
    client: ServiceClient,
    domain_id: str,
    opts: UpdateOpts,
) -> Domain:
    """Updates a domain.

    PATCH ``/domains/{domain_id}``

    Args:
        client: The identity v3 service client.
        domain_id: The ID of the domain.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PATCH",
        resource_url(client, domain_id),
        ok=(200,),
        opts=opts,
        body_key="domain",
        response_key="domain",
        response_type=Domain,
    )


def delete(
    client: ServiceClient,
    domain_id: str,
) -> None:
    """Deletes a disabled domain and everything it owns.

    DELETE ``/domains/{domain_id}``

    Args:
        client: The identity v3 service client.
        domain_id: The ID of the domain.
    """
    client.call(
        "DELETE",
        resource_url(client, domain_id),
        ok=(204,),
    )


def get_default_config(
    client: ServiceClient,
) -> DomainConfig:
    """Shows the default values of the options a domain configuration can override.

    GET ``/domains/config/default``

    Args:
        client: The identity v3 service client.
    """
    return client.call(
        "GET",
        get_default_config_url(client),
        ok=(200,),
        response_key="config",
        response_type=DomainConfig,
    )


def get_default_config_group(
    client: ServiceClient,
    group: str,
) -> DomainConfig:
    """Shows the default values of the options of one group.

    GET ``/domains/config/{group}/default``

    Args:
        client: The identity v3 service client.
        group: The option group, `identity` or `ldap`.
    """
    return client.call(
        "GET",
        get_default_config_group_url(client, group),
        ok=(200,),
        response_key="config",
        response_type=DomainConfig,
    )


def get_default_config_option(
    client: ServiceClient,
    group: str,
    option: str,
) -> ConfigOption:
    """Shows the default value of one option of a group.

    GET ``/domains/config/{group}/{option}/default``

    Args:
        client: The identity v3 service client.
        group: The option group, `identity` or `ldap`.
        option: The option name, such as `driver`, `url` or `user_tree_dn`.
    """
    return client.call(
        "GET",
        get_default_config_option_url(client, group, option),
        ok=(200,),
        response_key="config",
        response_type=ConfigOption,
    )


def create_config(
    client: ServiceClient,
    domain_id: str,
    opts: CreateConfigOpts | None = None,
) -> DomainConfig:
    """Creates (or replaces) the configuration of a domain. The server answers 201 when the domain
    had no configuration and 200 otherwise.

    PUT ``/domains/{domain_id}/config``

    Args:
        client: The identity v3 service client.
        domain_id: The ID of the domain.
        opts: The options of the request (:class:`CreateConfigOpts`).
    """
    return client.call(
        "PUT",
        create_config_url(client, domain_id),
        ok=(200, 201),
        opts=opts,
        body_key="config",
        response_key="config",
        response_type=DomainConfig,
    )


def get_config(
    client: ServiceClient,
    domain_id: str,
) -> DomainConfig:
    """Shows the configuration of a domain.

    GET ``/domains/{domain_id}/config``

    Args:
        client: The identity v3 service client.
        domain_id: The ID of the domain.
    """
    return client.call(
        "GET",
        create_config_url(client, domain_id),
        ok=(200,),
        response_key="config",
        response_type=DomainConfig,
    )


def update_config(
    client: ServiceClient,
    domain_id: str,
    opts: UpdateConfigOpts,
) -> DomainConfig:
    """Updates the configuration of a domain; only the options given change.

    PATCH ``/domains/{domain_id}/config``

    Args:
        client: The identity v3 service client.
        domain_id: The ID of the domain.
        opts: The options of the request (:class:`UpdateConfigOpts`).
    """
    return client.call(
        "PATCH",
        create_config_url(client, domain_id),
        ok=(200,),
        opts=opts,
        body_key="config",
        response_key="config",
        response_type=DomainConfig,
    )


def delete_config(
    client: ServiceClient,
    domain_id: str,
) -> None:
    """Deletes the whole configuration of a domain.

    DELETE ``/domains/{domain_id}/config``

    Args:
        client: The identity v3 service client.
        domain_id: The ID of the domain.
    """
    client.call(
        "DELETE",
        create_config_url(client, domain_id),
        ok=(204,),
    )


def get_config_group(
    client: ServiceClient,
    domain_id: str,
    group: str,
) -> DomainConfig:
    """Shows one option group of the configuration of a domain.

    GET ``/domains/{domain_id}/config/{group}``

    Args:
        client: The identity v3 service client.
        domain_id: The ID of the domain.
        group: The option group, `identity` or `ldap`.
    """
    return client.call(
        "GET",
        get_config_group_url(client, domain_id, group),
        ok=(200,),
        response_key="config",
        response_type=DomainConfig,
    )


def update_config_group(
    client: ServiceClient,
    domain_id: str,
    group: str,
    opts: UpdateConfigGroupOpts,
) -> DomainConfig:
    """Updates options of one group of the configuration of a domain. The body must hold that group
    only, and the group must already exist. Returns the whole configuration.

    PATCH ``/domains/{domain_id}/config/{group}``

    Args:
        client: The identity v3 service client.
        domain_id: The ID of the domain.
        group: The option group, `identity` or `ldap`.
        opts: The options of the request (:class:`UpdateConfigGroupOpts`).
    """
    return client.call(
        "PATCH",
        get_config_group_url(client, domain_id, group),
        ok=(200,),
        opts=opts,
        body_key="config",
        response_key="config",
        response_type=DomainConfig,
    )


def delete_config_group(
    client: ServiceClient,
    domain_id: str,
    group: str,
) -> None:
    """Deletes one option group from the configuration of a domain.

    DELETE ``/domains/{domain_id}/config/{group}``

    Args:
        client: The identity v3 service client.
        domain_id: The ID of the domain.
        group: The option group, `identity` or `ldap`.
    """
    client.call(
        "DELETE",
        get_config_group_url(client, domain_id, group),
        ok=(200, 204),
    )


def get_config_option(
    client: ServiceClient,
    domain_id: str,
    group: str,
    option: str,
) -> ConfigOption:
    """Shows one option of the configuration of a domain.

    GET ``/domains/{domain_id}/config/{group}/{option}``

    Args:
        client: The identity v3 service client.
        domain_id: The ID of the domain.
        group: The option group, `identity` or `ldap`.
        option: The option name, such as `driver`, `url` or `user_tree_dn`.
    """
    return client.call(
        "GET",
        get_config_option_url(client, domain_id, group, option),
        ok=(200,),
        response_key="config",
        response_type=ConfigOption,
    )


def update_config_option(
    client: ServiceClient,
    domain_id: str,
    group: str,
    option: str,
    opts: UpdateConfigOptionOpts,
) -> DomainConfig:
    """Updates one option of the configuration of a domain. Set only the field named like the
    option in the path; the option must already exist. Returns the whole configuration.

    PATCH ``/domains/{domain_id}/config/{group}/{option}``

    Args:
        client: The identity v3 service client.
        domain_id: The ID of the domain.
        group: The option group, `identity` or `ldap`.
        option: The option name, such as `driver`, `url` or `user_tree_dn`.
        opts: The options of the request (:class:`UpdateConfigOptionOpts`).
    """
    return client.call(
        "PATCH",
        get_config_option_url(client, domain_id, group, option),
        ok=(200,),
        opts=opts,
        body_key="config",
        response_key="config",
        response_type=DomainConfig,
    )


def delete_config_option(
    client: ServiceClient,
    domain_id: str,
    group: str,
    option: str,
) -> None:
    """Deletes one option from the configuration of a domain.

    DELETE ``/domains/{domain_id}/config/{group}/{option}``

    Args:
        client: The identity v3 service client.
        domain_id: The ID of the domain.
        group: The option group, `identity` or `ldap`.
        option: The option name, such as `driver`, `url` or `user_tree_dn`.
    """
    client.call(
        "DELETE",
        get_config_option_url(client, domain_id, group, option),
        ok=(204,),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Domain:
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
        what="Domain",
    )
