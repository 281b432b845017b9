"""Request and response hooks: a look at every HTTP exchange a provider makes.

``provider.add_hook("request", fn)`` calls ``fn(exchange)`` before each
request is sent, ``provider.add_hook("response", fn)`` after each answer (or
transport failure): every attempt of every call, each page of a listing,
retries and (re-)authentication included. ``exchange`` is an
:class:`Exchange`. A request hook may add or change headers in
``exchange.headers``; credential headers show as ``***`` there and cannot be
read or replaced. An exception a hook raises propagates to the caller.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Literal

Event = Literal["request", "response"]
Hook = Callable[["Exchange"], object]

MASK = "***"
#: headers that carry credentials (lower case): never shown to a hook
CREDENTIAL_HEADERS = frozenset(
    {
        "x-auth-token",
        "x-subject-token",
        "x-service-token",
        "authorization",
        "openstack-auth-receipt",
        "proxy-authorization",
        "cookie",
        "set-cookie",
    }
)


class Exchange:
    """One HTTP request and its answer, as hooks see it.

    ``status``, ``request_id``, ``elapsed`` (seconds) and
    ``response_headers`` are set once the answer arrived (response hooks);
    ``error`` names the failure when none did (``"ConnectTimeout"``...).
    ``operation`` is the generated function making the call
    (``"compute.v2.servers.get"``, ``"authenticate"``) where the runtime can
    tell; ``attempt`` counts from 1 (retries are 2, 3...).
    """

    __slots__ = (
        "attempt",
        "elapsed",
        "error",
        "headers",
        "method",
        "microversion",
        "operation",
        "request_id",
        "response_headers",
        "service_type",
        "status",
        "url",
    )

    def __init__(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        *,
        service_type: str | None = None,
        operation: str | None = None,
        microversion: str | None = None,
        attempt: int = 1,
    ) -> None:
        self.method = method
        self.url = url
        self.headers = headers
        self.service_type = service_type
        self.operation = operation
        self.microversion = microversion
        self.attempt = attempt
        self.status: int | None = None
        self.request_id: str | None = None
        self.elapsed: float | None = None
        self.response_headers: dict[str, str] = {}
        self.error: str | None = None

    def __repr__(self) -> str:
        outcome = self.error if self.status is None else self.status
        return (
            f"Exchange({self.method} {self.url} -> {outcome}, request_id={self.request_id!r}, "
            f"operation={self.operation!r}, service_type={self.service_type!r}, "
            f"attempt={self.attempt})"
        )


def masked(headers: dict[str, str]) -> dict[str, str]:
    """A copy of ``headers`` with every credential header's value replaced by ``***``."""
    return {
        name: (MASK if name.lower() in CREDENTIAL_HEADERS else value)
        for name, value in headers.items()
    }


def changed_headers(shown: dict[str, str], sent: dict[str, str]) -> dict[str, str]:
    """What a request hook added or changed in ``shown``; credential headers excluded."""
    return {
        name: value
        for name, value in shown.items()
        if name.lower() not in CREDENTIAL_HEADERS and sent.get(name) != value
    }


class Hooks:
    """The hooks of one provider, per event (copy-on-write: safe to add while in use)."""

    def __init__(self) -> None:
        self.request: tuple[Hook, ...] = ()
        self.response: tuple[Hook, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.request or self.response)

    def add(self, event: Event, fn: Hook) -> None:
        if event == "request":
            self.request = (*self.request, fn)
        elif event == "response":
            self.response = (*self.response, fn)
        else:
            raise ValueError(f"unknown hook event {event!r} (use 'request' or 'response')")

    def remove(self, event: Event, fn: Hook) -> None:
        hooks = list(self.request if event == "request" else self.response)
        hooks.remove(fn)
        if event == "request":
            self.request = tuple(hooks)
        else:
            self.response = tuple(hooks)


def caller_operation(depth: int = 2) -> str | None:
    """The generated function up the stack (``"compute.v2.servers.get"``), if any.

    Generated modules live in ``typedstack.<service>.<version>.<resource>``; the
    first frame outside ``typedstack.runtime`` that is in one names the
    operation. Only called when a hook or tracing is on.
    """
    frame = sys._getframe(depth)
    for _ in range(12):
        if frame is None:
            return None
        module = str(frame.f_globals.get("__name__", ""))
        if module.startswith("typedstack.") and not module.startswith("typedstack.runtime"):
            return module[len("typedstack.") :] + "." + frame.f_code.co_name
        frame = frame.f_back  # type: ignore[assignment]
    return None
