"""The ProviderClient: one authenticated HTTP session for a whole cloud.

It owns the ``requests.Session``, the token and its catalog, and the one
request function every call goes through: it adds the token (or HTTP Basic
credentials, or nothing with ``auth_type="none"``), waits for the rate
limiter, retries what the retry policy allows, re-authenticates once on a
401, calls the hooks and tracing around each exchange, checks the status
against the operation's OK codes and raises typed errors. With no hook, no
rate limit and no tracer, each of those costs one ``None`` check.
"""

from __future__ import annotations

import base64
import email.utils
import logging
import os
import threading
import time
import warnings
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode, urlsplit

import msgspec
import requests
import requests.adapters
import urllib3

from typedstack.runtime import errors, logswitch
from typedstack.runtime.auth import Token, auth_request, parse_token
from typedstack.runtime.callcontext import CallContext
from typedstack.runtime.catalog import select_endpoint
from typedstack.runtime.config import SECRET_KEYS, CloudConfig
from typedstack.runtime.errors import AuthError
from typedstack.runtime.hooks import (
    Event,
    Exchange,
    Hook,
    Hooks,
    caller_operation,
    changed_headers,
    masked,
)
from typedstack.runtime.retry import Retry

if TYPE_CHECKING:
    from typedstack.runtime.ratelimit import RateLimiter
    from typedstack.runtime.tokencache import TokenCache
from typedstack.runtime.version import __version__
from typedstack.runtime.watchdog import POOL_CLASSES

log = logging.getLogger("typedstack.http")

_RETRY_STATUSES = frozenset({429, 503})
_AUTH_CONTEXT = CallContext("identity")
_REAUTH_MARGIN = 30.0  # seconds before expires_at that count as expired
_CREDENTIAL_HEADERS = (
    "X-Auth-Token",
    "X-Subject-Token",
    "X-Service-Token",
    "Authorization",
    "Openstack-Auth-Receipt",
)
_REQUEST_ID_HEADERS = ("x-openstack-request-id", "x-compute-request-id", "x-trans-id")


class InsecureTLSWarning(UserWarning):
    """TLS certificate verification was turned off."""


class _Adapter(requests.adapters.HTTPAdapter):
    """Sends bodies in 1 MiB blocks (urllib3's default is 16 KiB); bounds response heads."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["blocksize"] = 1024 * 1024
        super().init_poolmanager(*args, **kwargs)
        # connections whose response head must arrive within the read timeout
        self.poolmanager.pool_classes_by_scheme = dict(POOL_CLASSES)


class _Session(requests.Session):
    """A Session whose redirects never carry the token to another host."""

    def rebuild_auth(
        self, prepared_request: requests.PreparedRequest, response: requests.Response
    ) -> None:
        super().rebuild_auth(prepared_request, response)  # type: ignore[no-untyped-call]
        old = urlsplit(response.request.url or "")
        new = urlsplit(prepared_request.url or "")
        if (old.scheme, old.hostname, old.port) != (new.scheme, new.hostname, new.port):
            for header in _CREDENTIAL_HEADERS:
                prepared_request.headers.pop(header, None)


def request_id(response: requests.Response) -> str | None:
    """The request id a service put in its response headers, if any."""
    headers = response.headers
    for name in _REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return value
    return None


def _retry_after(response: requests.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class ProviderClient:
    """An authenticated connection to one cloud.

    Build it with :func:`typedstack.connect`; it is safe to share between
    threads. ``retry_backoff`` and ``retry_max_delay``, when given, replace the
    retry policy's ``backoff`` and ``max_backoff`` (see :class:`Retry`).
    """

    def __init__(
        self,
        config: CloudConfig,
        *,
        session: requests.Session | None = None,
        retry_backoff: float | None = None,
        retry_max_delay: float | None = None,
    ) -> None:
        self.config = config
        self.session = session or _Session()
        if session is None:
            # Resolve once what requests would otherwise read from the
            # environment on every request (proxies, CA bundle); .netrc is
            # not used: OpenStack APIs authenticate with tokens.
            self.session.trust_env = False
            for scheme in ("http://", "https://"):
                self.session.mount(scheme, _Adapter())
        self._proxies: dict[tuple[str, str], dict[str, str]] = {}
        verify = config.verify
        if verify is True and session is None:
            verify = (
                os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") or True
            )
        self.session.verify = verify
        if config.cert is not None:
            self.session.cert = config.cert
        if config.verify is False:
            warnings.warn(
                "TLS certificate verification is disabled (insecure): "
                "the cloud's identity is not checked",
                InsecureTLSWarning,
                stacklevel=3,
            )
            urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
        self.session.max_redirects = 10 if config.follow_redirects else 0
        self.timeout = (config.connect_timeout, config.read_timeout)
        retry = config.retry
        if retry_backoff is not None:
            retry = retry.replace(backoff=retry_backoff)
        if retry_max_delay is not None:
            retry = retry.replace(max_backoff=retry_max_delay)
        #: the retry policy of every call (a service client's ``with_options`` may replace it)
        self.retry = retry
        #: raise on a response value that does not fit its declared type (see ``tolerant``)
        self.strict = config.strict
        self.user_agent = f"typedstack/{__version__}"
        if config.app_name:
            app = config.app_name + (f"/{config.app_version}" if config.app_version else "")
            self.user_agent = f"{app} {self.user_agent}"
        self.session.headers["User-Agent"] = self.user_agent
        self.session.headers["Accept"] = "application/json"
        auth_url = config.auth.get("auth_url")
        self.auth_url = _identity_url(str(auth_url)) if auth_url else None
        #: False with auth_type none or http_basic: no Keystone, no token, no catalog
        self.uses_keystone = config.uses_keystone
        self._basic_auth: str | None = None
        if config.auth_type.lower() == "http_basic":
            pair = f"{config.auth['username']}:{config.auth['password']}".encode()
            self._basic_auth = "Basic " + base64.b64encode(pair).decode("ascii")
        self._token: Token | None = None
        self._auth_lock = threading.Lock()
        self.auth_count = 0  # how many times this provider authenticated
        self._token_cache: TokenCache | None = None
        if config.token_cache and self.uses_keystone and self.auth_url:
            from typedstack.runtime.tokencache import TokenCache, cache_key

            key = cache_key(self.auth_url, config.auth_type, config.auth)
            self._token_cache = TokenCache(key)
        #: the request and response hooks (see :meth:`add_hook`)
        self.hooks = Hooks()
        self._otel: Any = None  # typedstack.runtime.otel, once a tracer is in use
        self._tracer = self._make_tracer()
        self._observed = self._tracer is not None
        self.rate_limiter: RateLimiter | None = None
        if config.rate_limit:
            from typedstack.runtime.ratelimit import RateLimiter

            self.rate_limiter = RateLimiter(config.rate_limit)
        self._request_level = logswitch.REQUEST_LEVEL

    def __repr__(self) -> str:
        where = _safe_url(self.auth_url) if self.auth_url else None
        return f"ProviderClient(auth_url={where!r}, cloud={self.config.name!r})"

    # ------------------------------------------------------ retry shorthands

    @property
    def max_retries(self) -> int:
        return self.retry.total

    @max_retries.setter
    def max_retries(self, value: int) -> None:
        self.retry = self.retry.replace(total=value)

    @property
    def retry_post(self) -> bool:
        return self.retry.retry_post

    @retry_post.setter
    def retry_post(self, value: bool) -> None:
        self.retry = self.retry.replace(retry_post=value)

    def _make_tracer(self) -> Any:
        from typedstack.runtime import otel  # small; opentelemetry itself only if installed

        tracer = otel.tracer()
        if tracer is not None:
            self._otel = otel
        return tracer

    def observing(self) -> bool:
        """Whether a hook or a live tracer wants to see the exchanges (cheap when none is)."""
        if not self._observed:
            return False
        return bool(self.hooks) or (self._tracer is not None and self._otel.live())

    # ---------------------------------------------------------------- hooks

    def add_hook(self, event: Event, fn: Hook) -> None:
        """Call ``fn(exchange)`` for every request (``"request"``, before it is sent;
        it may add headers) or every answer (``"response"``); see :mod:`~typedstack.runtime.hooks`.
        """
        self.hooks.add(event, fn)
        self._observed = True

    def remove_hook(self, event: Event, fn: Hook) -> None:
        self.hooks.remove(event, fn)
        self._observed = bool(self.hooks) or self._tracer is not None

    # ----------------------------------------------------------------- auth

    @property
    def token(self) -> Token:
        """The current token; authenticates first if there is none or it is expiring."""
        if not self.uses_keystone:
            raise AuthError(f"auth_type {self.config.auth_type} uses no Keystone token")
        token = self._token
        if token is None or token.seconds_left() < _REAUTH_MARGIN:
            token = self.reauthenticate(token)
        return token

    @property
    def project_id(self) -> str | None:
        if not self.uses_keystone:
            value = self.config.auth.get("project_id")
            return str(value) if value else None
        return self.token.project_id

    def authenticate(self) -> Token:
        """Get a new token now (normally done for you)."""
        return self.reauthenticate(self._token, force=True)

    def reauthenticate(self, stale: Token | None, *, force: bool = False) -> Token:
        """Replace ``stale`` with a new token, once, however many threads ask.

        A thread whose request failed with token T passes T; if another
        thread has already replaced T, the new token is returned without
        asking Keystone again.
        """
        with self._auth_lock:
            current = self._token
            if (
                not force
                and current is not None
                and current is not stale
                and current.seconds_left() >= _REAUTH_MARGIN
            ):
                return current
            self._token = self._authenticate(current if force else stale)
            return self._token

    def _authenticate(self, stale: Token | None) -> Token:
        """A new token: from the token cache when one is usable there, else from Keystone.

        With the cache, the check, the authentication and the write happen
        under the cache file's lock, so concurrent processes ask Keystone once;
        a cached token equal to ``stale`` (rejected with a 401) is dropped.
        """
        cache = self._token_cache
        if cache is None:
            return self._authenticate_with_keystone()[0]
        with cache.locked():
            cached = cache.load()
            if cached is not None:
                try:
                    token: Token | None = parse_token(*cached)
                except AuthError:
                    token = None
                if (
                    token is not None
                    and token.seconds_left() >= _REAUTH_MARGIN
                    and (stale is None or token.value != stale.value)
                ):
                    log.debug("using a cached token (%r)", token)
                    return token
                cache.drop()
            token, body = self._authenticate_with_keystone()
            cache.store(token.value, body)
            return token

    def _authenticate_with_keystone(self) -> tuple[Token, bytes]:
        if self.auth_url is None:  # pragma: no cover - uses_keystone requires an auth_url
            raise AuthError("no auth_url")
        body = msgspec.json.encode(auth_request(self.config.auth_type, self.config.auth))
        url = self.auth_url + "/auth/tokens"
        response = self._send(
            "POST",
            url,
            data=body,
            headers={"Content-Type": "application/json"},
            token=None,
            retry=False,
            timeout=self.timeout,
            policy=self.retry,
            context=_AUTH_CONTEXT,
            operation="authenticate",
            follow_redirects=False,  # never re-send the credentials elsewhere
        )
        self.auth_count += 1
        if response.status_code != 201:
            self._raise(response, "POST", url, (201,))
        try:
            token = parse_token(response.headers.get("X-Subject-Token"), response.content)
        except AuthError as exc:
            raise AuthError(f"POST {_safe_url(url)}: {exc}") from None
        return token, response.content

    def endpoint_for(
        self,
        service_types: Sequence[str],
        *,
        interface: str | None = None,
        region: str | None = None,
        name: str | None = None,
    ) -> str:
        """The catalog URL of a service, honouring ``*_endpoint_override``."""
        for service_type in service_types:
            override = self.config.endpoint_overrides.get(service_type)
            if override:
                return override
        if not self.uses_keystone:
            endpoint = self.config.auth.get("endpoint")
            if endpoint:
                return str(endpoint)
            raise errors.EndpointNotFound(
                f"auth_type {self.config.auth_type} has no catalog: set "
                f"{service_types[0].replace('-', '_')}_endpoint_override"
            )
        return select_endpoint(
            self.token.catalog,
            service_types,
            interface=interface or self.config.interface,
            region=region or self.config.region_name,
            name=name,
        )

    # ------------------------------------------------------------- requests

    def request(
        self,
        method: str,
        url: str,
        *,
        ok: Sequence[int] | None = None,
        params: Any = None,
        data: Any = None,
        headers: Mapping[str, str] | None = None,
        stream: bool = False,
        retry: bool | None = None,
        authenticated: bool = True,
        context: CallContext | None = None,
        operation: str | None = None,
    ) -> requests.Response:
        """Send a request with the token; return the response if its status is OK.

        ``ok`` lists the expected status codes (default: any 2xx). Anything
        else raises the :class:`~typedstack.runtime.errors.HTTPError`
        subclass for its status. A 401 triggers one re-authentication and
        one retry; a second 401 raises. ``context`` (passed by service
        clients) carries the service type, microversion and per-client
        options; ``operation`` names the call for hooks and tracing.
        """
        token = self.token if authenticated and self.uses_keystone else None
        if self._basic_auth is not None and authenticated:
            headers = {**(headers or {}), "Authorization": self._basic_auth}
        timeout = self.timeout
        policy = self.retry
        if context is not None:
            timeout = context.timeout or timeout
            policy = context.retry or policy
        if operation is None and self._observed and self.observing():
            operation = caller_operation()
        if retry is None:
            retry = policy.allows(method)
        if data is not None and not isinstance(data, bytes | str):
            retry = False  # a stream cannot be sent twice
        for attempt in (1, 2):
            response = self._send(
                method,
                url,
                params=params,
                data=data,
                headers=headers,
                token=token,
                retry=retry,
                timeout=timeout,
                policy=policy,
                context=context,
                operation=operation,
                stream=stream,
            )
            if response.status_code != 401 or token is None or attempt == 2 or _is_stream(data):
                break
            response.close()
            token = self.reauthenticate(token)
        status = response.status_code
        if (status in ok) if ok is not None else (200 <= status < 300):
            return response
        self._raise(response, method, url, tuple(ok or ()))
        raise AssertionError("unreachable")  # pragma: no cover

    def _send(
        self,
        method: str,
        url: str,
        *,
        params: Any = None,
        data: Any = None,
        headers: Mapping[str, str] | None,
        token: Token | None,
        retry: bool,
        timeout: tuple[float, float],
        policy: Retry,
        context: CallContext | None,
        operation: str | None = None,
        stream: bool = False,
        follow_redirects: bool | None = None,
    ) -> requests.Response:
        all_headers = dict(headers) if headers else {}
        if token is not None:
            all_headers["X-Auth-Token"] = token.value
        level = self._request_level
        logged = log.isEnabledFor(level)
        limiter = self.rate_limiter
        attempt = 0
        while True:
            if limiter is not None and context is not None and context.service_type:
                self._wait_for_slot(limiter, context.service_type, method, url)
            observed: tuple[Exchange, Any] | None = None
            if self._observed and self.observing():
                observed = self._before(
                    method, url, params, all_headers, context, operation, attempt + 1
                )
            started = time.perf_counter()
            try:
                response = self.session.request(
                    method,
                    url,
                    proxies=self._proxies_for(url),
                    params=params,
                    data=data,
                    headers=all_headers,
                    timeout=timeout,
                    stream=True,
                    allow_redirects=(
                        self.config.follow_redirects
                        if follow_redirects is None
                        else follow_redirects
                    ),
                )
                if not stream and getattr(response, "_content", False) is False:
                    _read_body(response, method, url, started + timeout[0] + timeout[1])
            except (requests.exceptions.RequestException, errors.OpenStackError) as exc:
                if observed is not None:
                    self._after(observed, started, None, type(exc).__name__)
                if not isinstance(exc, requests.exceptions.RequestException):
                    raise  # the body's deadline passed (errors.Timeout)
                error, why = self._transport_error(exc, method, url)
                if why is not None and retry and attempt < policy.total:
                    attempt += 1
                    self._sleep(policy, attempt, None, None, method, url, why)
                    continue
                if error is None:
                    raise
                raise error from None
            if observed is not None:
                self._after(observed, started, response, None)
            if logged:
                log.log(
                    level,
                    "%s %s -> %d in %.1f ms [%s]",
                    method,
                    _safe_url(response.url or url),
                    response.status_code,
                    (time.perf_counter() - started) * 1000,
                    request_id(response) or "-",
                )
            status = response.status_code
            if retry and status in policy.statuses and attempt < policy.total:
                delay = policy.wait(attempt + 1, status, _retry_after(response))
                if delay is not None:
                    attempt += 1
                    response.close()
                    self._sleep(policy, attempt, delay, status, method, url, f"status {status}")
                    continue
            return response

    def _transport_error(
        self, exc: requests.exceptions.RequestException, method: str, url: str
    ) -> tuple[errors.OpenStackError | None, str | None]:
        """The typed error for a failed exchange, and why to retry it (None: do not)."""
        where = _safe_url(url)
        if isinstance(exc, requests.exceptions.ConnectTimeout):
            return errors.Timeout(method, where, f"connect timeout: {_reason(exc)}"), (
                "connect timeout"
            )
        if isinstance(exc, requests.exceptions.ReadTimeout):
            return errors.Timeout(method, where, f"read timeout: {_reason(exc)}"), "read timeout"
        if isinstance(exc, requests.exceptions.TooManyRedirects):
            why = (
                "redirects are not followed (follow_redirects is off)"
                if not self.config.follow_redirects
                else "too many redirects"
            )
            return errors.TransportError(method, where, why), None
        if isinstance(exc, requests.exceptions.SSLError):
            return errors.ConnectionFailed(method, where, f"TLS error: {_reason(exc)}"), None
        if isinstance(
            exc, requests.exceptions.ConnectionError | requests.exceptions.ChunkedEncodingError
        ):
            return errors.ConnectionFailed(method, where, _reason(exc)), "connection error"
        return None, None

    def _before(
        self,
        method: str,
        url: str,
        params: Any,
        headers: dict[str, str],
        context: CallContext | None,
        operation: str | None,
        attempt: int,
    ) -> tuple[Exchange, Any]:
        """Build the exchange, run the request hooks (keep headers they set), start a span."""
        shown_url = _safe_url(url)
        if params:
            query = urlencode(params, doseq=True)
            shown_url += ("&" if "?" in shown_url else "?") + query
        exchange = Exchange(
            method=method,
            url=shown_url,
            headers=masked(headers),
            service_type=context.service_type if context is not None else None,
            operation=operation,
            microversion=context.microversion if context is not None else None,
            attempt=attempt,
        )
        if self.hooks.request:
            for hook in self.hooks.request:
                hook(exchange)
            headers.update(changed_headers(exchange.headers, headers))
        span = None
        if self._tracer is not None and self._otel.live():
            span = self._otel.start_span(self._tracer, exchange)
        return exchange, span

    def _after(
        self,
        observed: tuple[Exchange, Any],
        started: float,
        response: requests.Response | None,
        error: str | None,
    ) -> None:
        """Complete the exchange, end its span, run the response hooks."""
        exchange, span = observed
        exchange.elapsed = time.perf_counter() - started
        if response is not None:
            exchange.status = response.status_code
            exchange.request_id = request_id(response)
            exchange.response_headers = masked(dict(response.headers))
        exchange.error = error
        if span is not None:
            self._otel.end_span(span, exchange)
        for hook in self.hooks.response:
            hook(exchange)

    def _wait_for_slot(
        self, limiter: RateLimiter, service_type: str, method: str, url: str
    ) -> None:
        delay = limiter.reserve(service_type)
        if delay > 0:
            log.debug(
                "rate limit of %s: %s %s waits %.3f s", service_type, method, _safe_url(url), delay
            )
            time.sleep(delay)

    def _proxies_for(self, url: str) -> dict[str, str] | None:
        """The environment's proxies for a URL's scheme and host, looked up once."""
        if self.session.trust_env:
            return None  # a caller's own session resolves them itself
        parts = urlsplit(url)
        key = (parts.scheme, parts.netloc)
        proxies = self._proxies.get(key)
        if proxies is None:
            proxies = requests.utils.get_environ_proxies(url)
            self._proxies[key] = proxies
        return proxies or None

    def _sleep(
        self,
        policy: Retry,
        attempt: int,
        delay: float | None,
        status: int | None,
        method: str,
        url: str,
        why: str,
    ) -> None:
        if delay is None:
            delay = policy.wait(attempt, status, None) or 0.0
        log.debug(
            "retry %d/%d of %s %s in %.2f s (%s)",
            attempt,
            policy.total,
            method,
            _safe_url(url),
            delay,
            why,
        )
        time.sleep(delay)

    def _raise(
        self, response: requests.Response, method: str, url: str, ok: tuple[int, ...]
    ) -> None:
        body = b"" if method == "HEAD" else response.content
        status = response.status_code
        cls = errors.error_class(status)
        message = errors.error_message(body, response.headers.get("Content-Type"))
        for key in SECRET_KEYS:
            secret = self.config.auth.get(key)
            if isinstance(secret, str) and len(secret) >= 4 and secret in message:
                message = message.replace(secret, "***")
        raise cls(
            method,
            _safe_url(url),
            status,
            message,
            request_id=request_id(response),
            expected=ok,
            retry_after=_retry_after(response) if status in _RETRY_STATUSES else None,
        )

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> ProviderClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_BODY_CHUNK = 256 * 1024


def _read_body(response: requests.Response, method: str, url: str, deadline: float) -> None:
    """Read a whole body, giving up at ``deadline`` (a ``perf_counter`` time).

    The read timeout bounds each wait for data; this bounds the whole body,
    so a server that trickles bytes cannot hold a call forever.
    """
    raw = response.raw
    chunks = []
    try:
        while True:
            if time.perf_counter() > deadline:
                response.close()
                raise errors.Timeout(
                    method, _safe_url(url), "the response did not arrive within the timeout"
                )
            chunk = raw.read1(_BODY_CHUNK, decode_content=True)
            if not chunk:
                break
            chunks.append(chunk)
    except (urllib3.exceptions.ProtocolError, urllib3.exceptions.DecodeError) as exc:
        response.close()  # handled (and retried when safe) like any broken connection
        raise requests.exceptions.ChunkedEncodingError(exc) from None
    except urllib3.exceptions.ReadTimeoutError as exc:
        response.close()
        raise requests.exceptions.ReadTimeout(exc) from None
    response._content = b"".join(chunks)
    response._content_consumed = True  # type: ignore[attr-defined]
    raw.release_conn()


def _is_stream(data: Any) -> bool:
    return data is not None and not isinstance(data, bytes | str)


def _reason(exc: BaseException) -> str:
    """A short reason from a requests/urllib3 exception chain, without secrets."""
    text = str(exc)
    for marker in ("Caused by ", "Max retries exceeded"):
        if marker in text:
            text = text.split(marker, 1)[-1]
    return " ".join(text.split())[:300]


def _safe_url(url: str) -> str:
    """The URL without any userinfo (user:password@) part."""
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return parts._replace(netloc=host).geturl()


def _identity_url(auth_url: str) -> str:
    """``http://host:5000`` or ``http://host:5000/v3/`` -> ``http://host:5000/v3``."""
    url = auth_url.rstrip("/")
    if url.endswith("/v3"):
        return url
    if url.endswith("/v2.0"):
        url = url[: -len("/v2.0")]
    return url + "/v3"
