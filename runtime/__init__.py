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
* :mod:`~typedstack.runtime.finding`: finding a resource by name or ID.
"""

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
from typedstack.runtime.microversion import Version, parse_version
from typedstack.runtime.models import UNSET, Model, Options, UnsetType
from typedstack.runtime.pagination import Pager, PageStyle
from typedstack.runtime.provider import ProviderClient
from typedstack.runtime.service import Fixed, ServiceClient, ServiceInfo
from typedstack.runtime.streaming import Download, chunks
from typedstack.runtime.version import __version__
from typedstack.runtime.waiters import wait_for_delete, wait_for_status, wait_until

__all__ = [
    "UNSET",
    "CloudConfig",
    "Download",
    "Fixed",
    "chunks",
    "Model",
    "Options",
    "Pager",
    "PageStyle",
    "ProviderClient",
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
