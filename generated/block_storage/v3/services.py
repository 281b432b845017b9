"""The Cinder services (cinder-api, cinder-scheduler, cinder-volume, cinder-backup) and the
administrative calls on them: enabling and disabling a service, reading and changing log
levels at run time, and freezing, thawing or failing over a replicating cinder-volume back
end. Administrator only.
"""

# Generated from specs/block_storage/v3/services.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
import datetime
from typing import ClassVar

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "Service",
    "ServiceStatus",
    "LogLevels",
    "ListOpts",
    "EnableOpts",
    "DisableOpts",
    "DisableLogReasonOpts",
    "GetLogLevelsOpts",
    "SetLogLevelsOpts",
    "FreezeOpts",
    "ThawOpts",
    "FailoverHostOpts",
    "FailoverOpts",
    "list",
    "enable",
    "disable",
    "disable_log_reason",
    "get_log_levels",
    "set_log_levels",
    "freeze",
    "thaw",
    "failover_host",
    "failover",
    "list_url",
    "enable_url",
    "disable_url",
    "disable_log_reason_url",
    "get_log_levels_url",
    "set_log_levels_url",
    "freeze_url",
    "thaw_url",
    "failover_host_url",
    "failover_url",
]


class Service(Model):
    """A running Cinder service on one host."""

    binary: str | UnsetType | None = UNSET
    """The service binary, such as cinder-volume or cinder-scheduler."""

    host: str | UnsetType | None = UNSET
    """The host the service runs on; for cinder-volume, host@backend."""

    zone: str | UnsetType | None = UNSET
    """The availability zone of the service."""

    status: str | UnsetType | None = UNSET
    """Whether the service is enabled or disabled by an administrator."""

    state: str | UnsetType | None = UNSET
    """Whether the service has reported in recently (up) or not (down)."""

    updated_at: datetime.datetime | UnsetType | None = UNSET
    """When the service last reported in."""

    disabled_reason: str | UnsetType | None = UNSET
    """Why the service was disabled, or null."""

    cluster: str | UnsetType | None = UNSET
    """The cluster the service belongs to, or null."""

    frozen: bool | UnsetType | None = UNSET
    """Whether the back end is frozen (cinder-volume only)."""

    replication_status: str | UnsetType | None = UNSET
    """The replication status of the back end (cinder-volume only), such as disabled or enabled."""

    active_backend_id: str | UnsetType | None = UNSET
    """The back end currently active after a failover (cinder-volume only), or null."""

    backend_state: str | UnsetType | None = UNSET
    """Whether the storage back end itself is reachable (cinder-volume only)."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("cluster", "3.7", None),
        ("backend_state", "3.49", None),
    )


class ServiceStatus(Model):
    """The outcome of enabling or disabling a service."""

    host: str | UnsetType | None = UNSET
    """The host of the service."""

    binary: str | UnsetType | None = UNSET
    """The binary of the service."""

    service: str | UnsetType | None = UNSET
    """A legacy copy of the binary name; usually empty."""

    disabled: bool | UnsetType | None = UNSET
    """Whether the service is now disabled."""

    status: str | UnsetType | None = UNSET
    """The new status of the service."""

    disabled_reason: str | UnsetType | None = UNSET
    """The recorded reason for disabling; null after enabling."""


class LogLevels(Model):
    """The log levels of one service."""

    binary: str | UnsetType | None = UNSET
    """The binary of the service."""

    host: str | UnsetType | None = UNSET
    """The host of the service."""

    levels: dict[str, str] | UnsetType | None = UNSET
    """The level (DEBUG, INFO, WARNING, ERROR, ...) of each logger, keyed by logger name."""


class ListOpts(Options):
    """Options for :func:`list`."""

    host: str | UnsetType = UNSET
    """Only services on this host."""

    binary: str | UnsetType = UNSET
    """Only services of this binary, such as cinder-volume."""

    locations: ClassVar[dict[str, str]] = {
        "host": "query",
        "binary": "query",
    }


class EnableOpts(Options):
    """Options for :func:`enable`."""

    host: str
    """The host of the service."""

    binary: str
    """The binary of the service, such as cinder-volume."""


class DisableOpts(Options):
    """Options for :func:`disable`."""

    host: str
    """The host of the service."""

    binary: str
    """The binary of the service, such as cinder-volume."""


class DisableLogReasonOpts(Options):
    """Options for :func:`disable_log_reason`."""

    host: str
    """The host of the service."""

    binary: str
    """The binary of the service, such as cinder-volume."""

    disabled_reason: str | UnsetType = UNSET
    """Why the service is disabled (1 to 255 characters)."""


class GetLogLevelsOpts(Options):
    """Options for :func:`get_log_levels`."""

    binary: str | UnsetType = UNSET
    """Only services of this binary (cinder-api, cinder-scheduler, cinder-volume, cinder-
    backup); empty or "*" for all.
    """

    server: str | UnsetType = UNSET
    """Only services on this host."""

    prefix: str | UnsetType = UNSET
    """Only loggers whose name starts with this, such as cinder. or sqlalchemy.engine."""


class SetLogLevelsOpts(Options):
    """Options for :func:`set_log_levels`."""

    level: str
    """The new level; case does not matter."""

    binary: str | UnsetType = UNSET
    """Only services of this binary (cinder-api, cinder-scheduler, cinder-volume, cinder-
    backup); empty or "*" for all.
    """

    server: str | UnsetType = UNSET
    """Only services on this host."""

    prefix: str | UnsetType = UNSET
    """Only loggers whose name starts with this, such as cinder. or sqlalchemy.engine."""


class FreezeOpts(Options):
    """Options for :func:`freeze`."""

    host: str | UnsetType = UNSET
    """The cinder-volume host to freeze; give either this or cluster."""

    cluster: str | UnsetType = UNSET
    """The cluster to freeze, instead of a host."""

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "cluster": ("3.26", None),
    }


class ThawOpts(Options):
    """Options for :func:`thaw`."""

    host: str | UnsetType = UNSET
    """The cinder-volume host to thaw; give either this or cluster."""

    cluster: str | UnsetType = UNSET
    """The cluster to thaw, instead of a host."""

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "cluster": ("3.26", None),
    }


class FailoverHostOpts(Options):
    """Options for :func:`failover_host`."""

    host: str | UnsetType = UNSET
    """The cinder-volume host to fail over; give either this or (from 3.26) cluster."""

    backend_id: str | UnsetType = UNSET
    """The replication target to fail over to; the driver picks one when absent."""

    cluster: str | UnsetType = UNSET
    """The cluster to fail over, instead of a host."""

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "cluster": ("3.26", None),
    }


class FailoverOpts(Options):
    """Options for :func:`failover`."""

    host: str | UnsetType = UNSET
    """The cinder-volume host to fail over; give either this or cluster."""

    backend_id: str | UnsetType = UNSET
    """The replication target to fail over to; the driver picks one when absent."""

    cluster: str | UnsetType = UNSET
    """The cluster to fail over, instead of a host."""


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


def get_log_levels_url(client: ServiceClient) -> str:
    """The URL `/os-services/get-log`."""
    return client.url("/os-services/get-log")


def set_log_levels_url(client: ServiceClient) -> str:
    """The URL `/os-services/set-log`."""
    return client.url("/os-services/set-log")


def freeze_url(client: ServiceClient) -> str:
    """The URL `/os-services/freeze`."""
    return client.url("/os-services/freeze")


def thaw_url(client: ServiceClient) -> str:
    """The URL `/os-services/thaw`."""
    return client.url("/os-services/thaw")


def failover_host_url(client: ServiceClient) -> str:
    """The URL `/os-services/failover_host`."""
    return client.url("/os-services/failover_host")


def failover_url(client: ServiceClient) -> str:
    """The URL `/os-services/failover`."""
    return client.url("/os-services/failover")


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> builtins.list[Service]:
    """Lists the Cinder services, optionally only those of one host or binary.

    GET ``/os-services``

    Args:
        client: The block-storage v3 service client.
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
) -> ServiceStatus:
    """Enables a service, so the scheduler uses it again.

    PUT ``/os-services/enable``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`EnableOpts`).
    """
    return client.call(
        "PUT",
        enable_url(client),
        ok=(200,),
        opts=opts,
        response_type=ServiceStatus,
    )


def disable(
    client: ServiceClient,
    opts: DisableOpts,
) -> ServiceStatus:
    """Disables a service, so the scheduler stops placing work on it.

    PUT ``/os-services/disable``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`DisableOpts`).
    """
    return client.call(
        "PUT",
        disable_url(client),
        ok=(200,),
        opts=opts,
        response_type=ServiceStatus,
    )


def disable_log_reason(
    client: ServiceClient,
    opts: DisableLogReasonOpts,
) -> ServiceStatus:
    """Disables a service and records why.

    PUT ``/os-services/disable-log-reason``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`DisableLogReasonOpts`).
    """
    return client.call(
        "PUT",
        disable_log_reason_url(client),
        ok=(200,),
        opts=opts,
        response_type=ServiceStatus,
    )


def get_log_levels(
    client: ServiceClient,
    opts: GetLogLevelsOpts | None = None,
) -> builtins.list[LogLevels]:
    """Shows the current log levels of the services that match the filters.

    Microversions: 3.32 and later.

    PUT ``/os-services/get-log``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`GetLogLevelsOpts`).
    """
    client.check_operation_version("services.get_log_levels", "3.32", None)
    return client.call(
        "PUT",
        get_log_levels_url(client),
        ok=(200,),
        opts=opts,
        response_key="log_levels",
        response_type=builtins.list[LogLevels],
    )


def set_log_levels(
    client: ServiceClient,
    opts: SetLogLevelsOpts,
) -> None:
    """Changes the log level of the matching loggers of the matching services, without a restart.

    Microversions: 3.32 and later.

    PUT ``/os-services/set-log``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`SetLogLevelsOpts`).
    """
    client.check_operation_version("services.set_log_levels", "3.32", None)
    client.call(
        "PUT",
        set_log_levels_url(client),
        ok=(202,),
        opts=opts,
    )


def freeze(
    client: ServiceClient,
    opts: FreezeOpts | None = None,
) -> None:
    """Freezes a cinder-volume back end (no management of its volumes) and disables it with the
    reason "frozen".

    PUT ``/os-services/freeze``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`FreezeOpts`).
    """
    client.call(
        "PUT",
        freeze_url(client),
        ok=(200,),
        opts=opts,
    )


def thaw(
    client: ServiceClient,
    opts: ThawOpts | None = None,
) -> None:
    """Thaws a frozen cinder-volume back end and enables it again.

    PUT ``/os-services/thaw``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`ThawOpts`).
    """
    client.call(
        "PUT",
        thaw_url(client),
        ok=(200,),
        opts=opts,
    )


def failover_host(
    client: ServiceClient,
    opts: FailoverHostOpts | None = None,
) -> None:
    """Fails a replicating cinder-volume back end over to one of its replication targets.

    PUT ``/os-services/failover_host``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`FailoverHostOpts`).
    """
    client.call(
        "PUT",
        failover_host_url(client),
        ok=(202,),
        opts=opts,
    )


def failover(
    client: ServiceClient,
    opts: FailoverOpts | None = None,
) -> None:
    """Fails a replicating cinder-volume host or cluster over to one of its replication targets
    (the newer spelling of failover_host).

    Microversions: 3.26 and later.

    PUT ``/os-services/failover``

    Args:
        client: The block-storage v3 service client.
        opts: The options of the request (:class:`FailoverOpts`).
    """
    client.check_operation_version("services.failover", "3.26", None)
    client.call(
        "PUT",
        failover_url(client),
        ok=(202,),
        opts=opts,
    )
