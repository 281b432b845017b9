"""Waiting for a resource to reach a status, or a condition, or to go away.

The generated ``wait_for_status`` and ``wait_for_delete`` of each resource
module (their failure statuses and fault message come from the spec) call
these; they also take any ``fetch`` callable.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from typedstack.runtime.errors import NotFound, ResourceFailed, WaitTimeout

T = TypeVar("T")

_DEFAULT_FAILURES = ("ERROR", "error", "killed")


def wait_until(
    fetch: Callable[[], T],
    predicate: Callable[[T], bool],
    *,
    failures: Iterable[str] = _DEFAULT_FAILURES,
    timeout: float = 600.0,
    interval: float = 2.0,
    attribute: str = "status",
    fault: str | None = "fault.message",
    what: str = "resource",
    wanted: str = "the condition",
) -> T:
    """Poll ``fetch()`` until ``predicate(resource)`` is true, and return it.

    ``wait_until(lambda: volumes.get(c, vid), lambda v: v.status ==
    "available" and v.size == 2)``. A resource whose ``attribute`` is one
    of ``failures`` raises :class:`ResourceFailed` at once, with the message
    at the dotted ``fault`` path (a server's ``fault.message``) when there is
    one; running out of time raises :class:`WaitTimeout` naming the last
    status seen.
    """
    failed = set(failures)
    deadline = time.monotonic() + timeout
    while True:
        resource = fetch()
        if predicate(resource):
            return resource
        last = str(getattr(resource, attribute, None))
        if last in failed:
            raise ResourceFailed(what, last, _fault_message(resource, fault))
        if time.monotonic() + interval > deadline:
            raise WaitTimeout(what, {wanted}, last, timeout)
        time.sleep(interval)


def wait_for_status(
    fetch: Callable[[], T],
    status: str | Iterable[str],
    *,
    failures: Iterable[str] = _DEFAULT_FAILURES,
    timeout: float = 600.0,
    interval: float = 2.0,
    attribute: str = "status",
    fault: str | None = "fault.message",
    what: str = "resource",
    predicate: Callable[[T], bool] | None = None,
) -> T:
    """Poll ``fetch()`` until its ``attribute`` is one of ``status``.

    With ``predicate``, the resource must also satisfy it (``lambda v:
    v.size == 2``). A failure status raises :class:`ResourceFailed` at once
    (with the resource's fault message when it has one); running out of
    time raises :class:`WaitTimeout` naming the last status seen.
    """
    wanted = {status} if isinstance(status, str) else set(status)

    def reached(resource: T) -> bool:
        return str(getattr(resource, attribute, None)) in wanted and (
            predicate is None or predicate(resource)
        )

    return wait_until(
        fetch,
        reached,
        failures=failures,
        timeout=timeout,
        interval=interval,
        attribute=attribute,
        fault=fault,
        what=what,
        wanted=", ".join(sorted(wanted)),
    )


def wait_for_delete(
    fetch: Callable[[], object],
    *,
    failures: Iterable[str] = (),
    timeout: float = 600.0,
    interval: float = 2.0,
    attribute: str = "status",
    fault: str | None = "fault.message",
    what: str = "resource",
) -> None:
    """Poll ``fetch()`` until it raises NotFound (the resource is gone).

    A resource whose ``attribute`` is one of ``failures`` (``error_deleting``)
    raises :class:`ResourceFailed` at once.
    """
    failed = set(failures)
    deadline = time.monotonic() + timeout
    while True:
        try:
            resource = fetch()
        except NotFound:
            return
        last = str(getattr(resource, attribute, None))
        if last in failed:
            raise ResourceFailed(what, last, _fault_message(resource, fault))
        if time.monotonic() + interval > deadline:
            raise WaitTimeout(what, {"deleted"}, last, timeout)
        time.sleep(interval)


def _fault_message(resource: Any, path: str | None) -> str | None:
    """The text at a dotted attribute (or key) path of the resource, if any."""
    if not path:
        return None
    value: Any = resource
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else getattr(value, part, None)
        if value is None:
            return None
    return value if isinstance(value, str) and value else None
