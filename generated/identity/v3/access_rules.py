"""Access rules restrict an application credential to given API calls (service, method and
path). They are created along with application credentials and can be reused by others of the
same user.
"""

# Generated from specs/identity/v3/access_rules.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typedstack.runtime import UNSET, Model, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "AccessRule",
    "list",
    "get",
    "delete",
    "list_url",
    "resource_url",
]


class AccessRule(Model):
    """An access rule."""

    id: str
    """The ID of the access rule."""

    service: str | UnsetType | None = UNSET
    """The service type the rule applies to, as in the catalog."""

    method: str | UnsetType | None = UNSET
    """The HTTP method the rule allows."""

    path: str | UnsetType | None = UNSET
    """The API path the rule allows; * matches one path segment, ** any number, and {name} is a
    named single-segment wildcard.
    """

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the access rule."""


def list_url(client: ServiceClient, user_id: str) -> str:
    """The URL `/users/{user_id}/access_rules`."""
    return client.url("/users/{user_id}/access_rules", user_id=user_id)


def resource_url(client: ServiceClient, user_id: str, access_rule_id: str) -> str:
    """The URL `/users/{user_id}/access_rules/{access_rule_id}`."""
    return client.url(
        "/users/{user_id}/access_rules/{access_rule_id}",
        user_id=user_id,
        access_rule_id=access_rule_id,
    )


def list(
    client: ServiceClient,
    user_id: str,
) -> Pager[AccessRule]:
    """Lists the access rules of a user.

    GET ``/users/{user_id}/access_rules``

    Args:
        client: The identity v3 service client.
        user_id: The ID of the user who owns the access rules.
    """
    return client.paginate(
        list_url(client, user_id),
        ok=(200,),
        item_type=AccessRule,
        response_key="access_rules",
        style=PageStyle("next", next_key="links.next"),
    )


def get(
    client: ServiceClient,
    user_id: str,
    access_rule_id: str,
) -> AccessRule:
    """Shows an access rule.

    GET ``/users/{user_id}/access_rules/{access_rule_id}``

    Args:
        client: The identity v3 service client.
        user_id: The ID of the user who owns the access rule.
        access_rule_id: The ID of the access rule.
    """
    return client.call(
        "GET",
        resource_url(client, user_id, access_rule_id),
        ok=(200,),
        response_key="access_rule",
        response_type=AccessRule,
    )


def delete(
    client: ServiceClient,
    user_id: str,
    access_rule_id: str,
) -> None:
    """Deletes an access rule; a rule still used by an application credential cannot be deleted.

    DELETE ``/users/{user_id}/access_rules/{access_rule_id}``

    Args:
        client: The identity v3 service client.
        user_id: The ID of the user who owns the access rule.
        access_rule_id: The ID of the access rule.
    """
    client.call(
        "DELETE",
        resource_url(client, user_id, access_rule_id),
        ok=(204,),
    )
