"""The exceptions typedstack raises.

Everything derives from :class:`OpenStackError`. HTTP failures are
:class:`HTTPError` subclasses chosen by status code, and carry the method,
URL, status, request id and the server's own message, whatever shape of
error body the service uses. No exception message ever holds a secret:
the URL is logged and shown, but never a header or a request body.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import msgspec

__all__ = [
    "AuthError",
    "BadGateway",
    "BadRequest",
    "ChecksumMismatch",
    "ClientError",
    "ConfigError",
    "Conflict",
    "ConnectionFailed",
    "EndpointNotFound",
    "Forbidden",
    "GatewayTimeout",
    "Gone",
    "HTTPError",
    "InternalServerError",
    "InvalidOptions",
    "MethodNotAllowed",
    "MicroversionError",
    "MultipleMatches",
    "NotAcceptable",
    "NotFound",
    "NotImplementedByServer",
    "OpenStackError",
    "PreconditionFailed",
    "RequestEntityTooLarge",
    "ResourceFailed",
    "ResponseError",
    "ServerError",
    "ServiceUnavailable",
    "Timeout",
    "TooManyRequests",
    "TransportError",
    "Unauthorized",
    "UnexpectedStatus",
    "UnsupportedMediaType",
    "WaitTimeout",
    "error_class",
    "error_message",
]


class OpenStackError(Exception):
    """Base class of every error typedstack raises."""


class ConfigError(OpenStackError):
    """The cloud configuration (clouds.yaml, ``OS_*``, keywords) is unusable."""


class AuthError(OpenStackError):
    """Authentication could not be done (missing credentials, unusable reply)."""


class EndpointNotFound(OpenStackError):
    """No endpoint (or more than one) in the catalog matches the request."""


class InvalidOptions(OpenStackError, ValueError):
    """An options object was given a value its field does not accept."""


class MicroversionError(OpenStackError):
    """A field or operation needs a microversion the client is not using."""


class ResponseError(OpenStackError):
    """The server answered with a status we expected but a body we cannot use."""

    def __init__(self, operation: str, url: str, detail: str, request_id: str | None = None):
        self.operation = operation
        self.url = url
        self.detail = detail
        self.request_id = request_id
        super().__init__(f"{operation} {url}: unusable response: {detail}")


class ChecksumMismatch(OpenStackError):
    """Downloaded bytes do not match the size or hash the service published."""

    def __init__(self, url: str, algorithm: str, expected: str, actual: str):
        self.url = url
        self.algorithm = algorithm
        self.expected = expected
        self.actual = actual
        super().__init__(f"{url}: {algorithm} mismatch: expected {expected}, got {actual}")


class TransportError(OpenStackError):
    """The request did not get an HTTP answer (refused, reset, TLS, timeout)."""

    def __init__(self, method: str, url: str, reason: str):
        self.method = method
        self.url = url
        self.reason = reason
        super().__init__(f"{method} {url}: {reason}")


class ConnectionFailed(TransportError):
    """The connection was refused or broken."""


class Timeout(TransportError):
    """The server did not answer within the configured timeout."""


class WaitTimeout(OpenStackError):
    """A waiter gave up; ``last_status`` is the last status it saw."""

    def __init__(self, what: str, wanted: Iterable[str], last_status: str | None, seconds: float):
        self.last_status = last_status
        wanted_text = ", ".join(sorted(wanted))
        super().__init__(
            f"{what} did not reach {wanted_text} within {seconds:g} s "
            f"(last status: {last_status})"
        )


class ResourceFailed(OpenStackError):
    """A waiter saw a failure status (ERROR, killed, ...)."""

    def __init__(self, what: str, status: str, fault: str | None = None):
        self.status = status
        self.fault = fault
        message = f"{what} went to {status}"
        super().__init__(f"{message}: {fault}" if fault else message)


class MultipleMatches(OpenStackError):
    """``find`` met several resources with that name; ``ids`` lists them all."""

    def __init__(self, what: str, name: str, ids: Iterable[str]):
        self.name = name
        self.ids = list(ids)
        super().__init__(
            f"{len(self.ids)} {what}s are named {name!r}: {', '.join(self.ids)};"
            " pass an ID instead"
        )


class HTTPError(OpenStackError):
    """The server answered with a status the operation does not expect."""

    status: int = 0

    def __init__(
        self,
        method: str,
        url: str,
        status: int,
        message: str,
        request_id: str | None = None,
        expected: tuple[int, ...] = (),
        retry_after: float | None = None,
    ) -> None:
        self.method = method
        self.url = url
        self.status = status
        self.message = message
        self.request_id = request_id
        self.expected = expected
        self.retry_after = retry_after
        text = f"{method} {url} returned {status}"
        if expected:
            text += f" (expected {', '.join(str(c) for c in expected)})"
        if message:
            text += f": {message}"
        if request_id:
            text += f" [request-id {request_id}]"
        super().__init__(text)


class BadRequest(HTTPError):
    """400"""


class Unauthorized(HTTPError):
    """401"""


class Forbidden(HTTPError):
    """403"""


class NotFound(HTTPError):
    """404"""


class MethodNotAllowed(HTTPError):
    """405"""


class NotAcceptable(HTTPError):
    """406"""


class Conflict(HTTPError):
    """409"""


class Gone(HTTPError):
    """410"""


class PreconditionFailed(HTTPError):
    """412"""


class RequestEntityTooLarge(HTTPError):
    """413"""


class UnsupportedMediaType(HTTPError):
    """415"""


class TooManyRequests(HTTPError):
    """429"""


class InternalServerError(HTTPError):
    """500"""


class NotImplementedByServer(HTTPError):
    """501"""


class BadGateway(HTTPError):
    """502"""


class ServiceUnavailable(HTTPError):
    """503"""


class GatewayTimeout(HTTPError):
    """504"""


class UnexpectedStatus(HTTPError):
    """A success or redirect status that the operation does not list as OK."""


class ClientError(HTTPError):
    """Another 4xx status."""


class ServerError(HTTPError):
    """Another 5xx status."""


_BY_STATUS: dict[int, type[HTTPError]] = {
    400: BadRequest,
    401: Unauthorized,
    403: Forbidden,
    404: NotFound,
    405: MethodNotAllowed,
    406: NotAcceptable,
    409: Conflict,
    410: Gone,
    412: PreconditionFailed,
    413: RequestEntityTooLarge,
    415: UnsupportedMediaType,
    429: TooManyRequests,
    500: InternalServerError,
    501: NotImplementedByServer,
    502: BadGateway,
    503: ServiceUnavailable,
    504: GatewayTimeout,
}


def error_class(status: int) -> type[HTTPError]:
    """The exception class for an HTTP status."""
    if status in _BY_STATUS:
        return _BY_STATUS[status]
    if 400 <= status < 500:
        return ClientError
    if status >= 500:
        return ServerError
    return UnexpectedStatus


_MAX_MESSAGE = 500


def error_message(body: bytes, content_type: str | None) -> str:
    """The server's message from any OpenStack error body shape.

    Handles ``{"itemNotFound": {"message": ...}}`` (Nova, Cinder),
    ``{"NeutronError": {"message": ...}}``, ``{"error": {"message": ...}}``
    (Keystone), ``{"errors": [{"title": ..., "detail": ...}]}`` (Placement),
    ``{"message": ...}``, and plain text or HTML pages (Glance, Swift).
    """
    if not body:
        return ""
    text: str | None = None
    if body[:1] in (b"{", b"["):
        try:
            data = msgspec.json.decode(body)
            text = _message_from_json(data) if data is not None else None
        except (msgspec.DecodeError, RecursionError):
            text = None
        if text is not None:
            text = " ".join(re.sub(r"(?i)<br\s*/?>", " ", text).split())
    if text is None:
        raw = body.decode("utf-8", errors="replace")
        if "html" in (content_type or "") or raw.lstrip().startswith("<"):
            raw = _strip_html(raw)
        text = " ".join(raw.split())
    if len(text) > _MAX_MESSAGE:
        text = text[: _MAX_MESSAGE - 1] + "…"
    return text


def _message_from_json(data: Any) -> str | None:
    if isinstance(data, dict):
        if "errors" in data and isinstance(data["errors"], list):
            parts = [_message_from_json(e) or "" for e in data["errors"]]
            return "; ".join(p for p in parts if p) or None
        for key in ("message", "detail", "faultstring", "title", "explanation"):
            value = data.get(key)
            if isinstance(value, str) and value:
                if key == "title" and isinstance(data.get("detail"), str):
                    return f"{value}: {data['detail']}"
                return value
        if len(data) == 1:
            (inner,) = data.values()
            if isinstance(inner, dict | list):
                return _message_from_json(inner)
            if isinstance(inner, str):
                return inner
    if isinstance(data, list):
        parts = [_message_from_json(e) or "" for e in data]
        return "; ".join(p for p in parts if p) or None
    return None


def _strip_html(text: str) -> str:
    text = re.sub(r"(?is)<(script|style|head).*?</\1>", " ", text)
    text = re.sub(r"(?i)<br\s*/?>", " ", text)
    text = re.sub(r"(?s)<[^>]+>", " ", text)
    return text
