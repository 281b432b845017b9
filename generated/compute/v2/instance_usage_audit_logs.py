"""The state of the periodic task that records server usage for auditing (instance usage audit),
per compute host, for an audit period. Admin only.
"""

# Generated from specs/compute/v2/instance_usage_audit_logs.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typedstack.runtime import UNSET, Model, ServiceClient, UnsetType

__all__ = [
    "InstanceUsageAuditLog",
    "HostAuditLog",
    "get",
    "get_before",
    "resource_url",
    "get_before_url",
]


class InstanceUsageAuditLog(Model):
    """The audit task results over all hosts for one audit period."""

    period_beginning: str | UnsetType | None = UNSET
    """The beginning of the audit period, as "CCYY-MM-DD hh:mm:ss"."""

    period_ending: str | UnsetType | None = UNSET
    """The end of the audit period, as "CCYY-MM-DD hh:mm:ss"."""

    num_hosts: int | UnsetType | None = UNSET
    """The number of compute hosts."""

    num_hosts_done: int | UnsetType | None = UNSET
    """The number of hosts whose audit task is done."""

    num_hosts_running: int | UnsetType | None = UNSET
    """The number of hosts whose audit task is running."""

    num_hosts_not_run: int | UnsetType | None = UNSET
    """The number of hosts whose audit task has not run."""

    hosts_not_run: list[str] | UnsetType | None = UNSET
    """The hosts whose audit task has not run."""

    total_errors: int | UnsetType | None = UNSET
    """The total number of audit task errors."""

    total_instances: int | UnsetType | None = UNSET
    """The total number of servers in the period."""

    overall_status: str | UnsetType | None = UNSET
    """A summary such as "M of N hosts done. K errors.", or "ALL hosts done. K errors." when
    complete.
    """

    log: dict[str, HostAuditLog] | UnsetType | None = UNSET
    """The audit task result of each host, by host name."""


class HostAuditLog(Model):
    """The audit task result of one host."""

    state: str | UnsetType | None = UNSET
    """The state of the task, DONE or RUNNING."""

    instances: int | UnsetType | None = UNSET
    """The number of servers audited."""

    errors: int | UnsetType | None = UNSET
    """The number of errors."""

    message: str | UnsetType | None = UNSET
    """The log message of the task."""


def resource_url(client: ServiceClient) -> str:
    """The URL `/os-instance_usage_audit_log`."""
    return client.url("/os-instance_usage_audit_log")


def get_before_url(client: ServiceClient, before_timestamp: str) -> str:
    """The URL `/os-instance_usage_audit_log/{before_timestamp}`."""
    return client.url(
        "/os-instance_usage_audit_log/{before_timestamp}", before_timestamp=before_timestamp
    )


def get(
    client: ServiceClient,
) -> InstanceUsageAuditLog:
    """Shows the audit task results for the last completed audit period.

    GET ``/os-instance_usage_audit_log``

    Args:
        client: The compute v2 service client.
    """
    return client.call(
        "GET",
        resource_url(client),
        ok=(200,),
        response_key="instance_usage_audit_logs",
        response_type=InstanceUsageAuditLog,
    )


def get_before(
    client: ServiceClient,
    before_timestamp: str,
) -> InstanceUsageAuditLog:
    """Shows the audit task results for the audit period that ends before a given time.

    GET ``/os-instance_usage_audit_log/{before_timestamp}``

    Args:
        client: The compute v2 service client.
        before_timestamp: The time, as "CCYY-MM-DD hh:mm:ss[.NNNNNN]".
    """
    return client.call(
        "GET",
        get_before_url(client, before_timestamp),
        ok=(200,),
        response_key="instance_usage_audit_log",
        response_type=InstanceUsageAuditLog,
    )
