"""The Nova services (nova-compute, nova-scheduler, nova-conductor) running on each host.
Administrators can disable a compute service for scheduling, force it down after fencing the
host, and delete it. Up to 2.52 a service is addressed by host and binary; from 2.53 by its
UUID.
"""

# Generated from specs/compute/v2/compute_services.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from typing import ClassVar, Literal

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "Service",
    "ListOpts",
    "EnableOpts",
    "DisableOpts",
    "DisableLogReasonOpts",
    "ForceDownOpts",
    "UpdateOpts",
    "list",
    "enable",
    "disable",
    "disable_log_reason",
    "force_down",
    "update",
    "delete",
    "list_url",
    "enable_url",
    "disable_url",
    "disable_log_reason_url",
    "force_down_url",
    "update_url",
]


class Service(Model):
    """A Nova service. The old enable, disable and force-down calls return only some fields."""

    id: int | str | UnsetType | None = UNSET
    """The ID of the service; an integer up to 2.52, a UUID string from 2.53."""

    binary: str | UnsetType | None = UNSET
    """The binary of the service, such as nova-compute."""

    host: str | UnsetType | None = UNSET
    """The name of the host the service runs on."""

    zone: str | UnsetType | None = UNSET
    """The availability zone of the host."""

    status: str | UnsetType | None = UNSET
    """Whether the service is enabled or disabled."""

    state: str | UnsetType | None = UNSET
    """Whether the service is up or down."""

    disabled_reason: str | UnsetType | None = UNSET
    """Why the service was disabled, or null."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the service last reported, or null."""

    forced_down: bool | UnsetType | None = UNSET
    """Whether an administrator forced the service down after fencing its host."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("forced_down", "2.11", None),
    )


class ListOpts(Options):
    """Options for :func:`list`."""

    binary: str | UnsetType = UNSET
    """Only services of this binary."""

    host: str | UnsetType = UNSET
    """Only services on this host."""

    locations: ClassVar[dict[str, str]] = {
        "binary": "query",
        "host": "query",
    }


class EnableOpts(Options):
    """Options for :func:`enable`."""

    host: str
    """The name of the host."""

    binary: str
    """The binary of the service, nova-compute."""


class DisableOpts(Options):
    """Options for :func:`disable`."""

    host: str
    """The name of the host."""

    binary: str
    """The binary of the service, nova-compute."""


class DisableLogReasonOpts(Options):
    """Options for :func:`disable_log_reason`."""

    host: str
    """The name of the host."""

    binary: str
    """The binary of the service, nova-compute."""

    disabled_reason: str
    """Why the service is disabled (1 to 255 characters)."""


class ForceDownOpts(Options):
    """Options for :func:`force_down`."""

    host: str
    """The name of the host."""

    binary: str
    """The binary of the service, nova-compute."""

    forced_down: bool
    """Whether the service is forced down; only set it after fencing the host."""


class UpdateOpts(Options):
    """Options for :func:`update`."""

    status: Literal["enabled", "disabled"] | UnsetType = UNSET
    """Enables or disables scheduling on the service."""

    disabled_reason: str | UnsetType = UNSET
    """Why the service is disabled (1 to 255 characters; only with status disabled)."""

    forced_down: bool | UnsetType = UNSET
    """Whether the service is forced down. Only force a service down after fencing its host
    (powered off or cut from the network).
    """


def list_url(client: ServiceClient) -> str:
    """The URL `/os-services`."""
    return client.url("/os-services")


def enable_url(client: ServiceClient) -> str:
    """The URL `/os-services/enable`."""
    return client.url("/os-services/enable")


def disable_url(client: ServiceClient) -> str:
    """The URL `/os-services/disable`."""
    return client.url("/os-services/disable")


def disable_log_reason_url(client: ServiceClient) -> str:
    """The URL `/os-services/disable-log-reason`."""
    return client.url("/os-services/disable-log-reason")


def force_down_url(client: ServiceClient) -> str:
    """The URL `/os-services/force-down`."""
    return client.url("/os-services/force-down")


def update_url(client: ServiceClient, service_id: str) -> str:
    """The URL `/os-services/{service_id}`."""
    return client.url("/os-services/{service_id}", service_id=service_id)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> builtins.list[Service]:
    """Lists the Nova services.

    GET ``/os-services``

    Args:
        client: The compute v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.call(
        "GET",
        list_url(client),
        ok=(200,),
        opts=opts,
        response_key="services",
        response_type=builtins.list[Service],
    )


def enable(
    client: ServiceClient,
    opts: EnableOpts,
) -> Service:
    """Enables scheduling on a compute service, named by host and binary (up to 2.52).

    Microversions: up to 2.52.

    PUT ``/os-services/enable``

    Args:
        client: The compute v2 service client.
        opts: The options of the request (:class:`EnableOpts`).
    """
    client.check_operation_version("compute_services.enable", None, "2.52")
    return client.call(
        "PUT",
        enable_url(client),
        ok=(200,),
        opts=opts,
        response_key="service",
        response_type=Service,
    )


def disable(
    client: ServiceClient,
    opts: DisableOpts,
) -> Service:
    """Disables scheduling on a compute service, named by host and binary (up to 2.52).

    Microversions: up to 2.52.

    PUT ``/os-services/disable``

    Args:
        client: The compute v2 service client.
        opts: The options of the request (:class:`DisableOpts`).
    """
    client.check_operation_version("compute_services.disable", None, "2.52")
    return client.call(
        "PUT",
        disable_url(client),
        ok=(200,),
        opts=opts,
        response_key="service",
        response_type=Service,
    )


def disable_log_reason(
    client: ServiceClient,
    opts: DisableLogReasonOpts,
) -> Service:
    """Disables scheduling on a compute service and records why (up to 2.52).

    Microversions: up to 2.52.

    PUT ``/os-services/disable-log-reason``

    Args:
        client: The compute v2 service client.
        opts: The options of the request (:class:`DisableLogReasonOpts`).
    """
    client.check_operation_version("compute_services.disable_log_reason", None, "2.52")
    return client.call(
        "PUT",
        disable_log_reason_url(client),
        ok=(200,),
        opts=opts,
        response_key="service",
        response_type=Service,
    )


def force_down(
    client: ServiceClient,
    opts: ForceDownOpts,
) -> Service:
    """Sets or clears the forced-down flag of a compute service, named by host and binary (2.11 to
    2.52).

    Microversions: 2.11 to 2.52.

    PUT ``/os-services/force-down``

    Args:
        client: The compute v2 service client.
        opts: The options of the request (:class:`ForceDownOpts`).
    """
    client.check_operation_version("compute_services.force_down", "2.11", "2.52")
    return client.call(
        "PUT",
        force_down_url(client),
        ok=(200,),
        opts=opts,
        response_key="service",
        response_type=Service,
    )


def update(
    client: ServiceClient,
    service_id: str,
    opts: UpdateOpts | None = None,
) -> Service:
    """Enables or disables a compute service, or sets its forced-down flag, by UUID (2.53+).

    Microversions: 2.53 and later.

    PUT ``/os-services/{service_id}``

    Args:
        client: The compute v2 service client.
        service_id: The UUID of the service.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    client.check_operation_version("compute_services.update", "2.53", None)
    return client.call(
        "PUT",
        update_url(client, service_id),
        ok=(200,),
        opts=opts,
        response_key="service",
        response_type=Service,
    )


def delete(
    client: ServiceClient,
    service_id: str,
) -> None:
    """Deletes a Nova service record; for a compute service also its compute nodes and resource
    providers. Stop the service first.

    DELETE ``/os-services/{service_id}``

    Args:
        client: The compute v2 service client.
        service_id: The ID of the service (an integer up to 2.52, a UUID from 2.53).
    """
    client.call(
        "DELETE",
        update_url(client, service_id),
        ok=(204,),
    )
