"""Extra specs are key-value pairs on a flavor that steer scheduling and the virt driver (CPU
pinning, NUMA, quotas, ...). Keys and values are strings.
"""

# Generated from specs/compute/v2/flavor_extra_specs.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typedstack.runtime import Options, ServiceClient

__all__ = [
    "CreateOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "list_url",
    "resource_url",
]


class CreateOpts(Options):
    """Options for :func:`create`."""

    extra_specs: dict[str, str]
    """The extra specs to set, key to value."""


def list_url(client: ServiceClient, flavor_id: str) -> str:
    """The URL `/flavors/{flavor_id}/os-extra_specs`."""
    return client.url("/flavors/{flavor_id}/os-extra_specs", flavor_id=flavor_id)


def resource_url(client: ServiceClient, flavor_id: str, key: str) -> str:
    """The URL `/flavors/{flavor_id}/os-extra_specs/{flavor_extra_spec_key}`."""
    return client.url("/flavors/{flavor_id}/os-extra_specs/{key}", flavor_id=flavor_id, key=key)


def list(
    client: ServiceClient,
    flavor_id: str,
) -> dict[str, str]:
    """Lists the extra specs of a flavor.

    GET ``/flavors/{flavor_id}/os-extra_specs``

    Args:
        client: The compute v2 service client.
        flavor_id: The ID of the flavor.
    """
    return client.call(
        "GET",
        list_url(client, flavor_id),
        ok=(200,),
        response_key="extra_specs",
        response_type=dict[str, str],
    )


def create(
    client: ServiceClient,
    flavor_id: str,
    opts: CreateOpts,
) -> dict[str, str]:
    """Adds extra specs to a flavor, overwriting the keys that already exist; returns the specs
    sent.

    POST ``/flavors/{flavor_id}/os-extra_specs``

    Args:
        client: The compute v2 service client.
        flavor_id: The ID of the flavor.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client, flavor_id),
        ok=(200,),
        opts=opts,
        response_key="extra_specs",
        response_type=dict[str, str],
    )


def get(
    client: ServiceClient,
    flavor_id: str,
    key: str,
) -> dict[str, str]:
    """Shows one extra spec of a flavor, as a one-entry mapping of its key to its value.

    GET ``/flavors/{flavor_id}/os-extra_specs/{flavor_extra_spec_key}``

    Args:
        client: The compute v2 service client.
        flavor_id: The ID of the flavor.
        key: The extra spec key.
    """
    return client.call(
        "GET",
        resource_url(client, flavor_id, key),
        ok=(200,),
        response_type=dict[str, str],
    )


def update(
    client: ServiceClient,
    flavor_id: str,
    key: str,
    body: dict[str, str],
) -> dict[str, str]:
    """Sets the value of one extra spec. The body is a one-entry mapping whose key must equal the
    key in the path.

    PUT ``/flavors/{flavor_id}/os-extra_specs/{flavor_extra_spec_key}``

    Args:
        client: The compute v2 service client.
        flavor_id: The ID of the flavor.
        key: The extra spec key.
        body: The request body (map<string>).
    """
    return client.call(
        "PUT",
        resource_url(client, flavor_id, key),
        ok=(200,),
        body=body,
        response_type=dict[str, str],
    )


def delete(
    client: ServiceClient,
    flavor_id: str,
    key: str,
) -> None:
    """Deletes one extra spec of a flavor.

    DELETE ``/flavors/{flavor_id}/os-extra_specs/{flavor_extra_spec_key}``

    Args:
        client: The compute v2 service client.
        flavor_id: The ID of the flavor.
        key: The extra spec key.
    """
    client.call(
        "DELETE",
        resource_url(client, flavor_id, key),
        ok=(200,),
    )
