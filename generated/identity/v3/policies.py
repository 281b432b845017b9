"""Policies are opaque policy documents (blobs) that Keystone stores for other services. With
OS-ENDPOINT-POLICY a policy can be associated with an endpoint, with every endpoint of a
service, or with the endpoints of a service in a region; an endpoint then fetches the most
specific policy that applies to it.
"""

# Generated from specs/identity/v3/policies.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typing import Any, ClassVar

from typedstack.runtime import UNSET, Model, Options, Pager, PageStyle, ServiceClient, UnsetType

__all__ = [
    "Policy",
    "Endpoint",
    "ListOpts",
    "CreateOpts",
    "UpdateOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "associate_endpoint",
    "check_endpoint_association",
    "disassociate_endpoint",
    "associate_service",
    "check_service_association",
    "disassociate_service",
    "associate_service_in_region",
    "check_service_in_region_association",
    "disassociate_service_in_region",
    "list_endpoints",
    "get_endpoint_policy",
    "check_endpoint_policy",
    "list_url",
    "resource_url",
    "associate_endpoint_url",
    "associate_service_url",
    "associate_service_in_region_url",
    "list_endpoints_url",
    "get_endpoint_policy_url",
]


class Policy(Model):
    """A stored policy."""

    id: str
    """The ID of the policy."""

    type: str | UnsetType | None = UNSET
    """The MIME media type of the serialized blob, such as `application/json`."""

    blob: Any | UnsetType | None = UNSET
    """The policy document, as stored (normally a serialized string)."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project the policy was stored for, when given."""

    user_id: str | UnsetType | None = UNSET
    """The ID of the user the policy was stored for, when given."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the policy itself."""


class Endpoint(Model):
    """An endpoint associated with a policy."""

    id: str
    """The ID of the endpoint."""

    interface: str | UnsetType | None = UNSET
    """The interface of the endpoint, `public`, `internal` or `admin`."""

    service_id: str | UnsetType | None = UNSET
    """The ID of the service the endpoint belongs to."""

    region_id: str | UnsetType | None = UNSET
    """The ID of the region of the endpoint."""

    region: str | UnsetType | None = UNSET
    """The region of the endpoint (deprecated; same value as region_id)."""

    url: str | UnsetType | None = UNSET
    """The URL of the endpoint."""

    enabled: bool | UnsetType | None = UNSET
    """Whether the endpoint appears in the catalog."""

    links: dict[str, str] | UnsetType | None = UNSET
    """Links to the endpoint itself."""


class ListOpts(Options):
    """Options for :func:`list`."""

    type: str | UnsetType = UNSET
    """Filters by the media type of the blob."""

    locations: ClassVar[dict[str, str]] = {
        "type": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    type: str
    """The MIME media type of the blob, such as `application/json`."""

    blob: str
    """The policy document, serialized as a string."""


class UpdateOpts(Options):
    """Options for :func:`update`."""

    type: str | UnsetType = UNSET
    """The new media type."""

    blob: str | UnsetType = UNSET
    """The new policy document, serialized as a string."""


def list_url(client: ServiceClient) -> str:
    """The URL `/policies`."""
    return client.url("/policies")


def resource_url(client: ServiceClient, policy_id: str) -> str:
    """The URL `/policies/{policy_id}`."""
    return client.url("/policies/{policy_id}", policy_id=policy_id)


def associate_endpoint_url(client: ServiceClient, policy_id: str, endpoint_id: str) -> str:
    """The URL `/policies/{policy_id}/OS-ENDPOINT-POLICY/endpoints/{endpoint_id}`."""
    return client.url(
        "/policies/{policy_id}/OS-ENDPOINT-POLICY/endpoints/{endpoint_id}",
        policy_id=policy_id,
        endpoint_id=endpoint_id,
    )


def associate_service_url(client: ServiceClient, policy_id: str, service_id: str) -> str:
    """The URL `/policies/{policy_id}/OS-ENDPOINT-POLICY/services/{service_id}`."""
    return client.url(
        "/policies/{policy_id}/OS-ENDPOINT-POLICY/services/{service_id}",
        policy_id=policy_id,
        service_id=service_id,
    )


def associate_service_in_region_url(
    client: ServiceClient, policy_id: str, service_id: str, region_id: str
) -> str:
    """The URL `/policies/{policy_id}/OS-ENDPOINT-
    POLICY/services/{service_id}/regions/{region_id}`.
    """
    return client.url(
        "/policies/{policy_id}/OS-ENDPOINT-POLICY/services/{service_id}/regions/{region_id}",
        policy_id=policy_id,
        service_id=service_id,
        region_id=region_id,
    )


def list_endpoints_url(client: ServiceClient, policy_id: str) -> str:
    """The URL `/policies/{policy_id}/OS-ENDPOINT-POLICY/endpoints`."""
    return client.url("/policies/{policy_id}/OS-ENDPOINT-POLICY/endpoints", policy_id=policy_id)


def get_endpoint_policy_url(client: ServiceClient, endpoint_id: str) -> str:
    """The URL `/endpoints/{endpoint_id}/OS-ENDPOINT-POLICY/policy`."""
    return client.url(
        "/endpoints/{endpoint_id}/OS-ENDPOINT-POLICY/policy", endpoint_id=endpoint_id
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[Policy]:
    """Lists policies.

    GET ``/policies``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=Policy,
        response_key="policies",
        style=PageStyle("next", next_key="links.next"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> Policy:
    """Stores a policy.

    POST ``/policies``

    Args:
        client: The identity v3 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        body_key="policy",
        response_key="policy",
        response_type=Policy,
    )


def get(
    client: ServiceClient,
    policy_id: str,
) -> Policy:
    """Shows a policy.

    GET ``/policies/{policy_id}``

    Args:
        client: The identity v3 service client.
        policy_id: The ID of the policy.
    """
    return client.call(
        "GET",
        resource_url(client, policy_id),
        ok=(200,),
        response_key="policy",
        response_type=Policy,
    )


def update(
    client: ServiceClient,
    policy_id: str,
    opts: UpdateOpts,
) -> Policy:
    """Updates a policy.

    PATCH ``/policies/{policy_id}``

    Args:
        client: The identity v3 service client.
        policy_id: The ID of the policy.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PATCH",
        resource_url(client, policy_id),
        ok=(200,),
        opts=opts,
        body_key="policy",
        response_key="policy",
        response_type=Policy,
    )


def delete(
    client: ServiceClient,
    policy_id: str,
) -> None:
    """Deletes a policy.

    DELETE ``/policies/{policy_id}``

    Args:
        client: The identity v3 service client.
        policy_id: The ID of the policy.
    """
    client.call(
        "DELETE",
        resource_url(client, policy_id),
        ok=(204,),
    )


def associate_endpoint(
    client: ServiceClient,
    policy_id: str,
    endpoint_id: str,
) -> None:
    """Associates a policy with an endpoint, replacing the endpoint's previous association.

    PUT ``/policies/{policy_id}/OS-ENDPOINT-POLICY/endpoints/{endpoint_id}``

    Args:
        client: The identity v3 service client.
        policy_id: The ID of the policy.
        endpoint_id: The ID of the endpoint.
    """
    client.call(
        "PUT",
        associate_endpoint_url(client, policy_id, endpoint_id),
        ok=(204,),
    )


def check_endpoint_association(
    client: ServiceClient,
    policy_id: str,
    endpoint_id: str,
) -> bool:
    """Checks whether a policy is associated with an endpoint.

    GET ``/policies/{policy_id}/OS-ENDPOINT-POLICY/endpoints/{endpoint_id}``

    Args:
        client: The identity v3 service client.
        policy_id: The ID of the policy.
        endpoint_id: The ID of the endpoint.
    """
    return client.exists(
        "GET",
        associate_endpoint_url(client, policy_id, endpoint_id),
        ok=(204,),
    )


def disassociate_endpoint(
    client: ServiceClient,
    policy_id: str,
    endpoint_id: str,
) -> None:
    """Removes the association of a policy with an endpoint.

    DELETE ``/policies/{policy_id}/OS-ENDPOINT-POLICY/endpoints/{endpoint_id}``

    Args:
        client: The identity v3 service client.
        policy_id: The ID of the policy.
        endpoint_id: The ID of the endpoint.
    """
    client.call(
        "DELETE",
        associate_endpoint_url(client, policy_id, endpoint_id),
        ok=(204,),
    )


def associate_service(
    client: ServiceClient,
    policy_id: str,
    service_id: str,
) -> None:
    """Associates a policy with every endpoint of a service, replacing the service's previous
    association.

    PUT ``/policies/{policy_id}/OS-ENDPOINT-POLICY/services/{service_id}``

    Args:
        client: The identity v3 service client.
        policy_id: The ID of the policy.
        service_id: The ID of the service.
    """
    client.call(
        "PUT",
        associate_service_url(client, policy_id, service_id),
        ok=(204,),
    )


def check_service_association(
    client: ServiceClient,
    policy_id: str,
    service_id: str,
) -> bool:
    """Checks whether a policy is associated with a service.

    GET ``/policies/{policy_id}/OS-ENDPOINT-POLICY/services/{service_id}``

    Args:
        client: The identity v3 service client.
        policy_id: The ID of the policy.
        service_id: The ID of the service.
    """
    return client.exists(
        "GET",
        associate_service_url(client, policy_id, service_id),
        ok=(204,),
    )


def disassociate_service(
    client: ServiceClient,
    policy_id: str,
    service_id: str,
) -> None:
    """Removes the association of a policy with a service.

    DELETE ``/policies/{policy_id}/OS-ENDPOINT-POLICY/services/{service_id}``

    Args:
        client: The identity v3 service client.
        policy_id: The ID of the policy.
        service_id: The ID of the service.
    """
    client.call(
        "DELETE",
        associate_service_url(client, policy_id, service_id),
        ok=(204,),
    )


def associate_service_in_region(
    client: ServiceClient,
    policy_id: str,
    service_id: str,
    region_id: str,
) -> None:
    """Associates a policy with the endpoints of a service in a region, replacing the previous
    association of that service and region.

    PUT ``/policies/{policy_id}/OS-ENDPOINT-POLICY/services/{service_id}/regions/{region_id}``

    Args:
        client: The identity v3 service client.
        policy_id: The ID of the policy.
        service_id: The ID of the service.
        region_id: The ID of the region.
    """
    client.call(
        "PUT",
        associate_service_in_region_url(client, policy_id, service_id, region_id),
        ok=(204,),
    )


def check_service_in_region_association(
    client: ServiceClient,
    policy_id: str,
    service_id: str,
    region_id: str,
) -> bool:
    """Checks whether a policy is associated with a service in a region.

    GET ``/policies/{policy_id}/OS-ENDPOINT-POLICY/services/{service_id}/regions/{region_id}``

    Args:
        client: The identity v3 service client.
        policy_id: The ID of the policy.
        service_id: The ID of the service.
        region_id: The ID of the region.
    """
    return client.exists(
        "GET",
        associate_service_in_region_url(client, policy_id, service_id, region_id),
        ok=(204,),
    )


def disassociate_service_in_region(
    client: ServiceClient,
    policy_id: str,
    service_id: str,
    region_id: str,
) -> None:
    """Removes the association of a policy with a service in a region.

    DELETE ``/policies/{policy_id}/OS-ENDPOINT-POLICY/services/{service_id}/regions/{region_id}``

    Args:
        client: The identity v3 service client.
        policy_id: The ID of the policy.
        service_id: The ID of the service.
        region_id: The ID of the region.
    """
    client.call(
        "DELETE",
        associate_service_in_region_url(client, policy_id, service_id, region_id),
        ok=(204,),
    )


def list_endpoints(
    client: ServiceClient,
    policy_id: str,
) -> Pager[Endpoint]:
    """Lists the endpoints a policy applies to, through any kind of association.

    GET ``/policies/{policy_id}/OS-ENDPOINT-POLICY/endpoints``

    Args:
        client: The identity v3 service client.
        policy_id: The ID of the policy.
    """
    return client.paginate(
        list_endpoints_url(client, policy_id),
        ok=(200,),
        item_type=Endpoint,
        response_key="endpoints",
        style=PageStyle("next", next_key="links.next"),
    )


def get_endpoint_policy(
    client: ServiceClient,
    endpoint_id: str,
) -> Policy:
    """Shows the policy in effect for an endpoint: the endpoint's own association, else that of its
    service in its region (walking up the region tree), else that of its service.

    GET ``/endpoints/{endpoint_id}/OS-ENDPOINT-POLICY/policy``

    Args:
        client: The identity v3 service client.
        endpoint_id: The ID of the endpoint.
    """
    return client.call(
        "GET",
        get_endpoint_policy_url(client, endpoint_id),
        ok=(200,),
        response_key="policy",
        response_type=Policy,
    )


def check_endpoint_policy(
    client: ServiceClient,
    endpoint_id: str,
) -> bool:
    """Checks whether any policy applies to an endpoint.

    HEAD ``/endpoints/{endpoint_id}/OS-ENDPOINT-POLICY/policy``

    Args:
        client: The identity v3 service client.
        endpoint_id: The ID of the endpoint.
    """
    return client.exists(
        "HEAD",
        get_endpoint_policy_url(client, endpoint_id),
        ok=(200,),
    )
