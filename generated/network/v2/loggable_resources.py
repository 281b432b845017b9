"""The kinds of resource the logging extension can log (security groups, firewall groups)."""

# Generated from specs/network/v2/loggable_resources.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins

from typedstack.runtime import Model, ServiceClient

__all__ = [
    "LoggableResource",
    "list",
    "list_url",
]


class LoggableResource(Model):
    """A resource type that network logs can be created for."""

    type: str
    """The resource type, as given in a log's resource_type (security_group, ...)."""


def list_url(client: ServiceClient) -> str:
    """The URL `/log/loggable-resources`."""
    return client.url("/log/loggable-resources")


def list(
    client: ServiceClient,
) -> builtins.list[LoggableResource]:
    """Lists the resource types that can be logged.

    GET ``/log/loggable-resources``

    Args:
        client: The network v2 service client.
    """
    return client.call(
        "GET",
        list_url(client),
        ok=(200,),
        response_key="loggable_resources",
        response_type=builtins.list[LoggableResource],
    )
