"""OpenTelemetry tracing, when ``opentelemetry-api`` is installed (``typedstack[otel]``).

One CLIENT span per HTTP request sent (each retry and each page is its own
request), following the OpenTelemetry HTTP client semantic conventions
(``http.request.method``, ``url.full``, ``server.address``, ``server.port``,
``http.response.status_code``, ``error.type``, ``http.request.resend_count``),
named after the operation (``compute.v2.servers.get``; the method when the
runtime cannot tell), with ``openstack.service_type``,
``openstack.microversion`` and ``openstack.request_id``. Spans go to the
application's tracer provider; with no SDK configured they cost next to
nothing. The URL is recorded without user:password; headers are not recorded.

Nothing here is imported by ``import typedstack``: the provider calls
:func:`tracer` when it is created, which returns None when the package is
missing (or ``TYPEDSTACK_OTEL=0``), and then no tracing code runs at all.
With the API installed but no SDK configured (no tracer provider set), each
request costs one :func:`live` check and nothing else.
"""

from __future__ import annotations

import os
from typing import Any
from urllib.parse import urlsplit

from typedstack.runtime.hooks import Exchange
from typedstack.runtime.version import __version__


def tracer() -> Any | None:
    """A tracer named ``typedstack``, or None without ``opentelemetry-api``."""
    if os.environ.get("TYPEDSTACK_OTEL", "").strip().lower() in {"0", "false", "no", "off"}:
        return None
    try:
        from opentelemetry import trace
    except ImportError:
        return None
    return trace.get_tracer("typedstack", __version__)


def live() -> bool:
    """Whether the application has set a tracer provider (else spans would go nowhere)."""
    from opentelemetry import trace

    return not isinstance(trace.get_tracer_provider(), trace.ProxyTracerProvider)


def start_span(tracer: Any, exchange: Exchange) -> Any:
    """Start the span of one request (not made current: it has no children)."""
    from opentelemetry.trace import SpanKind

    parts = urlsplit(exchange.url)
    attributes: dict[str, Any] = {
        "http.request.method": exchange.method,
        "url.full": exchange.url,
        "server.address": parts.hostname or "",
    }
    port = parts.port or (443 if parts.scheme == "https" else 80)
    attributes["server.port"] = port
    if exchange.attempt > 1:
        attributes["http.request.resend_count"] = exchange.attempt - 1
    if exchange.service_type:
        attributes["openstack.service_type"] = exchange.service_type
    if exchange.microversion:
        attributes["openstack.microversion"] = exchange.microversion
    if exchange.operation:
        attributes["openstack.operation"] = exchange.operation
    return tracer.start_span(
        exchange.operation or exchange.method, kind=SpanKind.CLIENT, attributes=attributes
    )


def end_span(span: Any, exchange: Exchange) -> None:
    """Record the outcome and end the span."""
    from opentelemetry.trace import Status, StatusCode

    if exchange.status is not None:
        span.set_attribute("http.response.status_code", exchange.status)
    if exchange.request_id:
        span.set_attribute("openstack.request_id", exchange.request_id)
    error = exchange.error or (
        str(exchange.status) if exchange.status is not None and exchange.status >= 400 else None
    )
    if error is not None:
        span.set_attribute("error.type", error)
        span.set_status(Status(StatusCode.ERROR))
    span.end()
