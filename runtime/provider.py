"""The ProviderClient: one authenticated HTTP session for a whole cloud.

It owns the ``requests.Session``, the token and its catalog, and the one
request function every call goes through: it adds the token, retries what
is safe to retry, re-authenticates once on a 401, checks the status against
the operation's OK codes and raises typed errors.
"""

from __future__ import annotations

import email.utils
import logging
import os
import random
import threading
import time
import warnings
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

import msgspec
import requests
import requests.adapters
import urllib3

from typedstack.runtime import errors
from typedstack.runtime.auth import Token, auth_request, parse_token
from typedstack.runtime.catalog import select_endpoint
from typedstack.runtime.config import SECRET_KEYS, CloudConfig
from typedstack.runtime.errors import AuthError
from typedstack.runtime.version import __version__
from typedstack.runtime.watchdog import POOL_CLASSES

log = logging.getLogger("typedstack.http")

_IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
_RETRY_STATUSES = frozenset({429, 503})
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
    threads. ``retry_backoff`` is the first retry delay in seconds (doubled
    each attempt, with jitter, at most ``retry_max_delay``).
    """

    def __init__(
        self,
        config: CloudConfig,
        *,
        session: requests.Session | None = None,
        retry_backoff: float = 0.5,
        retry_max_delay: float = 30.0,
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
        self.max_retries = config.max_retries
        self.retry_post = config.retry_post
        #: raise on a response value that does not fit its declared type (see ``tolerant``)
        self.strict = config.strict
        self.retry_backoff = retry_backoff
        self.retry_max_delay = retry_max_delay
        self.user_agent = f"typedstack/{__version__}"
        if config.app_name:
            app = config.app_name + (f"/{config.app_version}" if config.app_version else "")
            self.user_agent = f"{app} {self.user_agent}"
        self.session.headers["User-Agent"] = self.user_agent
        self.session.headers["Accept"] = "application/json"
        self.auth_url = _identity_url(str(config.auth["auth_url"]))
        self._token: Token | None = None
        self._auth_lock = threading.Lock()
        self.auth_count = 0  # how many times this provider authenticated

    def __repr__(self) -> str:
        return f"ProviderClient(auth_url={_safe_url(self.auth_url)!r}, cloud={self.config.name!r})"

    # ----------------------------------------------------------------- auth

    @property
    def token(self) -> Token:
        """The current token; authenticates first if there is none or it is expiring."""
        token = self._token
        if token is None or token.seconds_left() < _REAUTH_MARGIN:
            token = self.reauthenticate(token)
        return token

    @property
    def project_id(self) -> str | None:
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
            self._token = self._authenticate()
            return self._token

    def _authenticate(self) -> Token:
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
            follow_redirects=False,  # never re-send the credentials elsewhere
        )
        self.auth_count += 1
        if response.status_code != 201:
            self._raise(response, "POST", url, (201,))
        try:
            return parse_token(response.headers.get("X-Subject-Token"), response.content)
        except AuthError as exc:
            raise AuthError(f"POST {_safe_url(url)}: {exc}") from None

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
    ) -> requests.Response:
        """Send a request with the token; return the response if its status is OK.

        ``ok`` lists the expected status codes (default: any 2xx). Anything
        else raises the :class:`~typedstack.runtime.errors.HTTPError`
        subclass for its status. A 401 triggers one re-authentication and
        one retry; a second 401 raises.
        """
        token = self.token if authenticated else None
        if retry is None:
            retry = method in _IDEMPOTENT or self.retry_post
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
                timeout=self.timeout,
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
        stream: bool = False,
        follow_redirects: bool | None = None,
    ) -> requests.Response:
        all_headers = dict(headers) if headers else {}
        if token is not None:
            all_headers["X-Auth-Token"] = token.value
        debug = log.isEnabledFor(logging.DEBUG)
        attempt = 0
        while True:
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
            except requests.exceptions.ConnectTimeout as exc:
                if retry and attempt < self.max_retries:
                    attempt += 1
                    self._sleep(attempt, None, method, url, "connect timeout")
                    continue
                raise errors.Timeout(
                    method, _safe_url(url), f"connect timeout: {_reason(exc)}"
                ) from None
            except requests.exceptions.ReadTimeout as exc:
                if retry and attempt < self.max_retries:
                    attempt += 1
                    self._sleep(attempt, None, method, url, "read timeout")
                    continue
                raise errors.Timeout(
                    method, _safe_url(url), f"read timeout: {_reason(exc)}"
                ) from None
            except requests.exceptions.TooManyRedirects:
                raise errors.TransportError(
                    method,
                    _safe_url(url),
                    (
                        "redirects are not followed (follow_redirects is off)"
                        if not self.config.follow_redirects
                        else "too many redirects"
                    ),
                ) from None
            except requests.exceptions.SSLError as exc:
                raise errors.ConnectionFailed(
                    method, _safe_url(url), f"TLS error: {_reason(exc)}"
                ) from None
            except (
                requests.exceptions.ConnectionError,
                requests.exceptions.ChunkedEncodingError,
            ) as exc:
                if retry and attempt < self.max_retries:
                    attempt += 1
                    self._sleep(attempt, None, method, url, "connection error")
                    continue
                raise errors.ConnectionFailed(method, _safe_url(url), _reason(exc)) from None
            if debug:
                log.debug(
                    "%s %s -> %d in %.1f ms [%s]",
                    method,
                    _safe_url(response.url or url),
                    response.status_code,
                    (time.perf_counter() - started) * 1000,
                    request_id(response) or "-",
                )
            if retry and response.status_code in _RETRY_STATUSES and attempt < self.max_retries:
                delay = _retry_after(response)
                if delay is None or delay <= self.retry_max_delay:
                    attempt += 1
                    response.close()
                    self._sleep(attempt, delay, method, url, f"status {response.status_code}")
                    continue
            return response

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

    def _sleep(self, attempt: int, delay: float | None, method: str, url: str, why: str) -> None:
        if delay is None:
            base = self.retry_backoff * (2 ** (attempt - 1))
            delay = min(self.retry_max_delay, base) * (0.5 + random.random() / 2)
        log.debug(
            "retry %d/%d of %s %s in %.2f s (%s)",
            attempt,
            self.max_retries,
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
