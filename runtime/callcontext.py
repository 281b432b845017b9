"""What a service client tells the provider about each call it makes.

A :class:`~typedstack.runtime.service.ServiceClient` passes its
:class:`CallContext` with every request: the service type (for rate limits,
hooks and tracing), the microversion in use, and the per-client options set
with ``client.with_options()`` (timeout, retry policy, extra headers).
"""

from __future__ import annotations

from typedstack.runtime.retry import Retry


class CallContext:
    """Per-client call settings; None in a field means the provider's default."""

    __slots__ = ("headers", "microversion", "retry", "service_type", "timeout")

    def __init__(
        self,
        service_type: str | None = None,
        *,
        microversion: str | None = None,
        timeout: tuple[float, float] | None = None,
        retry: Retry | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.service_type = service_type
        self.microversion = microversion
        self.timeout = timeout
        self.retry = retry
        #: headers added by ``with_options`` (already merged into the client's headers)
        self.headers = headers or {}

    def copy(self) -> CallContext:
        return CallContext(
            self.service_type,
            microversion=self.microversion,
            timeout=self.timeout,
            retry=self.retry,
            headers=dict(self.headers),
        )

    def __repr__(self) -> str:
        return (
            f"CallContext({self.service_type!r}, microversion={self.microversion!r}, "
            f"timeout={self.timeout!r}, retry={self.retry!r}, headers={sorted(self.headers)!r})"
        )
