"""What the cluster offers: its enabled features and their limits (GET /info), and where an
object's replicas live (GET /v1/endpoints, when the list_endpoints middleware is enabled).
"""

# Generated from specs/object_store/v1/capabilities.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import Any, ClassVar

from typedstack.runtime import UNSET, Options, ServiceClient, UnsetType

__all__ = [
    "GetInfoOpts",
    "get_info",
    "list_endpoints",
    "get_info_url",
    "list_endpoints_url",
]


class GetInfoOpts(Options):
    """Options for :func:`get_info`."""

    swiftinfo_sig: str | UnsetType = UNSET
    """An HMAC signature made with the cluster's admin key; with it (and swiftinfo_expires) the
    answer includes the settings only operators may see.
    """

    swiftinfo_expires: int | UnsetType = UNSET
    """When the signature stops being valid, as a UNIX time."""

    locations: ClassVar[dict[str, str]] = {
        "swiftinfo_sig": "query",
        "swiftinfo_expires": "query",
    }


def get_info_url(client: ServiceClient) -> str:
    """The URL `/info`."""
    return client.root_url("/info")


def list_endpoints_url(client: ServiceClient) -> str:
    """The URL `/v1/endpoints`."""
    return client.root_url("/v1/endpoints")


def get_info(
    client: ServiceClient,
    opts: GetInfoOpts | None = None,
) -> dict[str, Any]:
    """Shows the cluster's capabilities: a mapping from each feature (swift, slo, tempurl, ...) to
    its settings, such as the maximum object size.

    GET ``/info``

    Args:
        client: The object-store v1 service client.
        opts: The options of the request (:class:`GetInfoOpts`).
    """
    return client.call(
        "GET",
        get_info_url(client),
        ok=(200,),
        opts=opts,
        response_type=dict[str, Any],
    )


def list_endpoints(
    client: ServiceClient,
) -> Any:
    """Lists the storage node URLs of an account, container or object path (for placement-aware
    clients; the list_endpoints middleware must be on).

    GET ``/v1/endpoints``

    Args:
        client: The object-store v1 service client.
    """
    return client.call_any(
        "GET",
        list_endpoints_url(client),
        ok=(200,),
    )
