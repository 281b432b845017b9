"""typedstack.runtime: the hand-written core under the generated modules.

* :mod:`~typedstack.runtime.config`: clouds.yaml, secure.yaml, ``OS_*``;
* :mod:`~typedstack.runtime.auth`: Keystone v3 authentication requests and tokens;
* :mod:`~typedstack.runtime.catalog`: choosing an endpoint;
* :mod:`~typedstack.runtime.provider`: :class:`ProviderClient`, the HTTP session,
  retries and re-authentication;
* :mod:`~typedstack.runtime.service`: :class:`ServiceClient`, URLs, microversions and
  the request functions generated code calls;
* :mod:`~typedstack.runtime.decoding`, :mod:`~typedstack.runtime.pagination`,
  :mod:`~typedstack.runtime.models`: typed decoding, listings, model base classes;
* :mod:`~typedstack.runtime.errors`: every exception;
* :mod:`~typedstack.runtime.waiters`: waiting for a status or a condition;
* :mod:`~typedstack.runtime.finding`: finding a resource by name or ID;
* :mod:`~typedstack.runtime.retry`, :mod:`~typedstack.runtime.ratelimit`,
  :mod:`~typedstack.runtime.hooks`, :mod:`~typedstack.runtime.otel`,
  :mod:`~typedstack.runtime.tokencache`, :mod:`~typedstack.runtime.logswitch`:
  the retry policy, rate limits, hooks, tracing, the token cache and
  ``TYPEDSTACK_LOG``.
"""

from typedstack.runtime import logswitch
from typedstack.runtime.config import CloudConfig, load_config
from typedstack.runtime.connect import connect
from typedstack.runtime.errors import (
    AuthError,
    BadGateway,
    BadRequest,
    ChecksumMismatch,
    ClientError,
    ConfigError,
    Conflict,
    ConnectionFailed,
    EndpointNotFound,
    Forbidden,
    GatewayTimeout,
    Gone,
    HTTPError,
    InternalServerError,
    InvalidOptions,
    MethodNotAllowed,
    MicroversionError,
    MultipleMatches,
    NotAcceptable,
    NotFound,
    NotImplementedByServer,
    OpenStackError,
    PreconditionFailed,
    RequestEntityTooLarge,
    ResourceFailed,
    ResponseError,
    ServerError,
    ServiceUnavailable,
    Timeout,
    TooManyRequests,
    TransportError,
    Unauthorized,
    UnexpectedStatus,
    UnsupportedMediaType,
    WaitTimeout,
    error_class,
    error_message,
)
from typedstack.runtime.hooks import Exchange
from typedstack.runtime.microversion import Version, parse_version
from typedstack.runtime.models import UNSET, Model, Options, UnsetType
from typedstack.runtime.pagination import Pager, PageStyle
from typedstack.runtime.provider import ProviderClient
from typedstack.runtime.retry import Retry
from typedstack.runtime.service import Fixed, ServiceClient, ServiceInfo
from typedstack.runtime.streaming import Download, chunks
from typedstack.runtime.version import __version__
from typedstack.runtime.waiters import wait_for_delete, wait_for_status, wait_until

__all__ = [
    "UNSET",
    "CloudConfig",
    "Download",
    "Exchange",
    "Fixed",
    "chunks",
    "Model",
    "Options",
    "Pager",
    "PageStyle",
    "ProviderClient",
    "Retry",
    "ServiceClient",
    "ServiceInfo",
    "UnsetType",
    "Version",
    "__version__",
    "connect",
    "load_config",
    "parse_version",
    "wait_for_delete",
    "wait_for_status",
    "wait_until",
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

logswitch.configure_from_env()
