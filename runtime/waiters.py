"""Waiting for a resource to reach a status."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import TypeVar

from typedstack.runtime.errors import NotFound, ResourceFailed, WaitTimeout

T = TypeVar("T")


def wait_for_status(
    fetch: Callable[[], T],
    status: str | Iterable[str],
    *,
    failures: Iterable[str] = ("ERROR", "error", "killed"),
    timeout: float = 600.0,
    interval: float = 2.0,
    attribute: str = "status",
    what: str = "resource",
) -> T:
    """Poll ``fetch()`` until its ``attribute`` is one of ``status``.

    A failure status raises :class:`ResourceFailed` at once (with the
    resource's ``fault`` message when it has one); running out of time
    raises :class:`WaitTimeout` naming the last status seen.
    """
    wanted = {status} if isinstance(status, str) else set(status)
    failed = set(failures)
    deadline = time.monotonic() + timeout
    last: str | None = None
    while True:
        resource = fetch()
        last = str(getattr(resource, attribute, None))
        if last in wanted:
            return resource
        if last in failed:
            fault = getattr(resource, "fault", None)
            message = getattr(fault, "message", None) or (
                fault.get("message") if isinstance(fault, dict) else None
            )
            raise ResourceFailed(what, last, message)
        if time.monotonic() + interval > deadline:
            raise WaitTimeout(what, wanted, last, timeout)
        time.sleep(interval)


def wait_for_delete(
    fetch: Callable[[], object],
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    what: str = "resource",
) -> None:
    """Poll ``fetch()`` until it raises NotFound."""
    deadline = time.monotonic() + timeout
    last: str | None = None
    while True:
        try:
            resource = fetch()
        except NotFound:
            return
        last = str(getattr(resource, "status", None))
        if time.monotonic() + interval > deadline:
            raise WaitTimeout(what, {"deleted"}, last, timeout)
        time.sleep(interval)
