"""The ServiceClient: one service's endpoint, version and microversion.

Generated modules call :meth:`ServiceClient.call` (one request, one decoded
result), :meth:`ServiceClient.paginate` (a lazy listing) and friends; all
of them go through :meth:`ProviderClient.request`.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import IO, Any, TypeVar, overload
from urllib.parse import quote, urlsplit

import msgspec
import requests

from typedstack.runtime import errors
from typedstack.runtime.callcontext import CallContext
from typedstack.runtime.decoding import decode_body, encode_body, query_params
from typedstack.runtime.hooks import caller_operation
from typedstack.runtime.microversion import Version, negotiate, parse_version
from typedstack.runtime.models import Options
from typedstack.runtime.pagination import Pager, PageStyle
from typedstack.runtime.provider import ProviderClient
from typedstack.runtime.retry import Retry
from typedstack.runtime.streaming import Download

T = TypeVar("T")
_VERSION_SEGMENT = re.compile(r"^v\d+(\.\d+)?$")


@dataclass(frozen=True)
class ServiceInfo:
    """What a generated service package tells the runtime about itself."""

    service_type: str
    aliases: tuple[str, ...] = ()
    version_prefix: str = ""
    project_in_path: str | None = None
    microversion_name: str | None = None
    microversion_legacy_header: str | None = None
    min_microversion: str | None = None
    max_microversion: str | None = None

    @property
    def catalog_types(self) -> tuple[str, ...]:
        return (self.service_type, *self.aliases)


def quote_segment(value: object) -> str:
    """Percent-encode one path segment; ``/``, ``?``, ``#``, ``%`` and ``..`` included."""
    text = str(value)
    if not text:
        raise errors.InvalidOptions("a path parameter cannot be empty")
    if text in (".", ".."):
        # requests would decode %2E back to a dot segment, which servers resolve.
        raise errors.InvalidOptions(f"{text!r} cannot be used as a path parameter")
    return quote(text, safe="")


@dataclass(frozen=True)
class Fixed:
    """Query parameters and headers an operation always sends (``value:`` in its spec)."""

    query: tuple[tuple[str, str], ...] = ()
    headers: Mapping[str, str] = field(default_factory=dict)
    body: tuple[tuple[str, Any], ...] = ()  # properties inside the body's wrapper


NO_FIXED = Fixed()


class ServiceClient:
    """A service endpoint bound to a provider.

    ``endpoint`` is the catalog URL; ``resource_base`` is where resource
    paths hang (the endpoint, with the version segment and project id
    added when the catalog entry is unversioned).
    """

    def __init__(
        self,
        provider: ProviderClient,
        info: ServiceInfo,
        endpoint: str,
        *,
        microversion: str | None = None,
    ) -> None:
        self.provider = provider
        self.info = info
        self.service_type = info.service_type
        self.endpoint = endpoint.rstrip("/")
        self.resource_base = versioned_base(self.endpoint, info, provider)
        self.microversion: Version | None = None
        self.headers: dict[str, str] = {}
        #: what every request of this client tells the provider (see ``with_options``)
        self.context = CallContext(info.service_type)
        if microversion is not None:
            self.set_microversion(microversion)

    @classmethod
    def connect(
        cls,
        provider: ProviderClient,
        info: ServiceInfo,
        *,
        region: str | None = None,
        interface: str | None = None,
        name: str | None = None,
        microversion: str | None = None,
    ) -> ServiceClient:
        endpoint = provider.endpoint_for(
            info.catalog_types, interface=interface, region=region, name=name
        )
        if microversion is None:
            for key in info.catalog_types:
                microversion = provider.config.api_versions.get(key) or microversion
            if microversion is not None and microversion.count(".") != 1:
                microversion = None  # an api_version like "2" names the major version only
        return cls(provider, info, endpoint, microversion=microversion)

    def __repr__(self) -> str:
        mv = f", microversion={self.microversion}" if self.microversion else ""
        return f"ServiceClient({self.service_type!r}, {self.resource_base!r}{mv})"

    # ---------------------------------------------------------- with_options

    def with_options(
        self,
        *,
        timeout: float | tuple[float, float] | None = None,
        headers: Mapping[str, str] | None = None,
        microversion: str | None = None,
        max_retries: int | None = None,
        retry: Retry | None = None,
    ) -> ServiceClient:
        """A copy of this client whose calls use these options; this client is unchanged.

        The copy shares the provider (session, token, catalog, hooks, rate
        limits). ``timeout`` is seconds (or ``(connect, read)``); ``headers``
        are added to every request; ``microversion`` pins one ("2.90") or
        negotiates ("latest"); ``retry`` replaces the retry policy and
        ``max_retries`` its ``total``. Every generated function accepts it.
        """
        clone = copy.copy(self)
        context = self.context.copy()
        clone.context = context
        clone.headers = dict(self.headers)
        if timeout is not None:
            if isinstance(timeout, tuple):
                context.timeout = (float(timeout[0]), float(timeout[1]))
            else:
                context.timeout = (float(timeout), float(timeout))
        if retry is not None:
            context.retry = retry
        if max_retries is not None:
            context.retry = (context.retry or self.provider.retry).replace(total=max_retries)
        if headers:
            context.headers.update(headers)
            clone.headers.update(headers)
        if microversion is not None:
            clone.set_microversion(microversion)
        return clone

    # --------------------------------------------------------- microversions

    def set_microversion(self, microversion: str) -> Version:
        """Pin a microversion ("2.79"), or negotiate the highest ("latest")."""
        info = self.info
        if info.microversion_name is None:
            raise errors.MicroversionError(f"{info.service_type} has no microversions")
        if microversion == "latest":
            server_min, server_max = self.discover_microversions()
            version = negotiate(
                parse_version(info.min_microversion or "1.0"),
                parse_version(info.max_microversion or "1.0"),
                server_min,
                server_max,
            )
        else:
            version = parse_version(microversion)
        self.microversion = version
        self.headers = {"OpenStack-API-Version": f"{info.microversion_name} {version}"}
        if info.microversion_legacy_header:
            self.headers[info.microversion_legacy_header] = str(version)
        self.headers.update(self.context.headers)
        self.context.microversion = str(version)
        return version

    def discover_microversions(self) -> tuple[Version, Version]:
        """The (min, max) microversions the server supports, from its version document."""
        url = version_document_url(self.endpoint, self.info)
        response = self.provider.request("GET", url, ok=(200, 300), context=self.context)
        try:
            doc = msgspec.json.decode(response.content)
        except msgspec.DecodeError:
            raise errors.ResponseError("GET", url, "version document is not JSON") from None
        entries = [doc["version"]] if isinstance(doc.get("version"), dict) else []
        versions = doc.get("versions")
        if isinstance(versions, dict):  # {"versions": {"values": [...]}} (keystone style)
            versions = versions.get("values")
        entries += [v for v in versions or [] if isinstance(v, dict)]
        prefix = self.info.version_prefix
        chosen = (
            [e for e in entries if prefix and e.get("id") == prefix]
            or [e for e in entries if e.get("status", "").upper() == "CURRENT"]
            or entries
        )
        for entry in chosen:
            high = entry.get("max_version") or entry.get("version")
            if high:
                low = entry.get("min_version") or high
                return parse_version(low), parse_version(high)
        raise errors.ResponseError("GET", url, "the version document lists no microversions")

    # ----------------------------------------------------------------- URLs

    def url(self, template: str, **params: object) -> str:
        """``url("/projects/{project_id}", project_id=x)``, each parameter percent-encoded."""
        if not params:
            return self.resource_base + template
        return self.resource_base + template.format_map(
            {name: quote_segment(value) for name, value in params.items()}
        )

    def root_url(self, template: str, **params: object) -> str:
        """Like :meth:`url`, from the service's root (above the version segment)."""
        root = service_root(self.endpoint)
        if not params:
            return root + template
        return root + template.format_map(
            {name: quote_segment(value) for name, value in params.items()}
        )

    def service_url(self, *parts: str) -> str:
        """The resource base joined with literal path parts."""
        return "/".join([self.resource_base, *(p.strip("/") for p in parts)])

    # ------------------------------------------------------------- requests

    def request(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        """:meth:`ProviderClient.request` with this service's microversion headers."""
        if self.headers:
            kwargs["headers"] = {**self.headers, **(kwargs.get("headers") or {})}
        kwargs.setdefault("context", self.context)
        return self.provider.request(method, url, **kwargs)

    def get(self, url: str, **kwargs: Any) -> requests.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> requests.Response:
        return self.request("POST", url, **kwargs)

    def put(self, url: str, **kwargs: Any) -> requests.Response:
        return self.request("PUT", url, **kwargs)

    def patch(self, url: str, **kwargs: Any) -> requests.Response:
        return self.request("PATCH", url, **kwargs)

    def delete(self, url: str, **kwargs: Any) -> requests.Response:
        return self.request("DELETE", url, **kwargs)

    def head(self, url: str, **kwargs: Any) -> requests.Response:
        return self.request("HEAD", url, **kwargs)

    def check_operation_version(self, operation: str, lo: str | None, hi: str | None) -> None:
        """Refuse an operation the client's microversion does not offer."""
        version = self.microversion
        if lo and (version is None or version < parse_version(lo)):
            raise errors.MicroversionError(
                f"{operation} needs microversion {lo} or later (client uses {version or 'none'})"
            )
        if hi and version is not None and version > parse_version(hi):
            raise errors.MicroversionError(
                f"{operation} was removed after microversion {hi} (client uses {version})"
            )

    def body_until(self, hi: str) -> bool:
        """Whether an answer at the client's microversion still has the body that
        later microversions drop (``response.max_version`` of a spec): True up to
        ``hi``, and without a microversion (the server's oldest)."""
        version = self.microversion
        return version is None or version <= parse_version(hi)

    def _send(
        self,
        method: str,
        url: str,
        *,
        ok: Sequence[int],
        opts: Options | None,
        body: Any,
        body_key: str | None,
        empty: str | None,
        content_type: str | None,
        stream: bool = False,
        fixed: Fixed = NO_FIXED,
    ) -> requests.Response:
        params, headers = self._query_and_headers(opts, fixed)
        data: Any = None
        if opts is not None and body is None and (opts.has_body_fields() or body_key is not None):
            fields = opts.body_fields()
            if fixed.body:
                fields.update(fixed.body)
            data = encode_body(fields, body_key, empty, content_type, opts.wire_items("sibling"))
        if body is not None:
            if isinstance(body, bytes) or _is_stream(body):
                data = body
            else:
                data = encode_body(body, body_key, empty, content_type)
        elif data is None and (body_key is not None or empty is not None):
            data = encode_body({}, body_key, empty, content_type)
        if data is not None:  # a Content-Type the caller set (an object's type) wins
            headers.setdefault("Content-Type", content_type or "application/json")
        return self.provider.request(
            method,
            url,
            ok=ok,
            params=params,
            data=data,
            headers=headers,
            stream=stream,
            context=self.context,
        )

    @overload
    def call(
        self,
        method: str,
        url: str,
        *,
        ok: Sequence[int],
        response_type: type[T],
        response_key: str | None = ...,
        opts: Options | None = ...,
        fixed: Fixed = ...,
        body: Any = ...,
        body_key: str | None = ...,
        empty: str | None = ...,
        content_type: str | None = ...,
    ) -> T: ...

    @overload
    def call(
        self,
        method: str,
        url: str,
        *,
        ok: Sequence[int],
        response_type: None = ...,
        response_key: str | None = ...,
        opts: Options | None = ...,
        fixed: Fixed = ...,
        body: Any = ...,
        body_key: str | None = ...,
        empty: str | None = ...,
        content_type: str | None = ...,
    ) -> None: ...

    def call(
        self,
        method: str,
        url: str,
        *,
        ok: Sequence[int],
        response_type: type[T] | None = None,
        response_key: str | None = None,
        opts: Options | None = None,
        fixed: Fixed = NO_FIXED,
        body: Any = None,
        body_key: str | None = None,
        empty: str | None = None,
        content_type: str | None = None,
    ) -> T | None:
        """Send one request and decode its response into ``response_type``."""
        response = self._send(
            method,
            url,
            ok=ok,
            opts=opts,
            fixed=fixed,
            body=body,
            body_key=body_key,
            empty=empty,
            content_type=content_type,
        )
        if response_type is None:
            return None
        result: T = decode_body(
            response.content,
            response_type,
            response_key,
            method,
            url,
            self.microversion,
            response.headers,
            strict=self.provider.strict,
        )
        return result

    def call_any(
        self,
        method: str,
        url: str,
        *,
        ok: Sequence[int],
        response_key: str | None = None,
        opts: Options | None = None,
        fixed: Fixed = NO_FIXED,
        body: Any = None,
        body_key: str | None = None,
        empty: str | None = None,
        content_type: str | None = None,
    ) -> Any:
        """Like :meth:`call` for a response of no fixed type (decoded JSON)."""
        response = self._send(
            method,
            url,
            ok=ok,
            opts=opts,
            fixed=fixed,
            body=body,
            body_key=body_key,
            empty=empty,
            content_type=content_type,
        )
        return decode_body(
            response.content,
            Any,
            response_key,
            method,
            url,
            None,
            response.headers,
            strict=self.provider.strict,
        )

    def exists(
        self,
        method: str,
        url: str,
        *,
        ok: Sequence[int],
        opts: Options | None = None,
        fixed: Fixed = NO_FIXED,
    ) -> bool:
        """A check: True for an OK status, False for 404."""
        try:
            self._send(
                method,
                url,
                ok=ok,
                opts=opts,
                body=None,
                body_key=None,
                empty=None,
                content_type=None,
                fixed=fixed,
            ).close()
        except errors.NotFound:
            return False
        return True

    def download(
        self,
        method: str,
        url: str,
        *,
        ok: Sequence[int],
        opts: Options | None = None,
        fixed: Fixed = NO_FIXED,
    ) -> Download:
        """Send a request whose response body is a byte stream, to be read in chunks."""
        return Download(
            self._send(
                method,
                url,
                ok=ok,
                opts=opts,
                body=None,
                body_key=None,
                empty=None,
                content_type=None,
                stream=True,
                fixed=fixed,
            )
        )

    def upload(
        self,
        method: str,
        url: str,
        data: bytes | IO[bytes] | Iterable[bytes],
        *,
        ok: Sequence[int],
        content_type: str = "application/octet-stream",
        opts: Options | None = None,
        fixed: Fixed = NO_FIXED,
    ) -> requests.Response:
        """Send a byte stream as the request body, without reading it into memory."""
        return self._send(
            method,
            url,
            ok=ok,
            opts=opts,
            body=data,
            body_key=None,
            empty=None,
            content_type=content_type,
            fixed=fixed,
        )

    def paginate(
        self,
        url: str,
        *,
        ok: Sequence[int],
        item_type: type[T],
        response_key: str | None,
        style: PageStyle,
        opts: Options | None = None,
        fixed: Fixed = NO_FIXED,
    ) -> Pager[T]:
        """A lazy iterator over every item of every page of a listing."""
        params, headers = self._query_and_headers(opts, fixed)
        pager = Pager(self, url, params, ok, item_type, response_key, style, headers)
        if self.provider.observing():
            pager.operation = caller_operation()
        return pager

    def _query_and_headers(
        self, opts: Options | None, fixed: Fixed
    ) -> tuple[list[tuple[str, str]] | None, dict[str, str]]:
        """The query and headers of a request: fixed ones, then the options' (checked first)."""
        params = list(fixed.query)
        headers = {**self.headers, **fixed.headers}
        if opts is not None:
            if opts.versions or self.info.microversion_name:
                opts.check_microversion(self.microversion)
            params += query_params(opts) or []
            headers.update(option_headers(opts))
        return params or None, headers


def _is_stream(body: Any) -> bool:
    return hasattr(body, "read") or (
        isinstance(body, Iterator | Iterable)
        and not isinstance(body, bytes | str | Mapping | list)
    )


def option_headers(opts: Options) -> dict[str, str]:
    """The request headers ``opts`` sets; a prefix map (``X-Object-Meta-*``) gives one each."""
    out: dict[str, str] = {}
    for name, value in opts.wire_items("header"):
        if name.endswith("*"):
            out.update((name[:-1] + key, _header_value(item)) for key, item in value.items())
        else:
            out[name] = _header_value(value)
    return out


def _header_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def versioned_base(endpoint: str, info: ServiceInfo, provider: ProviderClient) -> str:
    """Where resource paths hang, for versioned and unversioned catalog URLs alike."""
    if not info.version_prefix:
        return endpoint
    segments = [s for s in urlsplit(endpoint).path.split("/") if s]
    if any(_VERSION_SEGMENT.match(s) for s in segments):
        return endpoint
    base = f"{endpoint}/{info.version_prefix}"
    if info.project_in_path:
        project_id = provider.project_id
        if not project_id:
            raise errors.EndpointNotFound(
                f"{info.service_type} URLs carry a project id, but the token is not project-scoped"
            )
        base += "/" + info.project_in_path.format(project_id=quote_segment(project_id))
    return base


def service_root(endpoint: str) -> str:
    """The endpoint without its version segment and what follows it."""
    parts = urlsplit(endpoint)
    segments = [s for s in parts.path.split("/") if s]
    for i, segment in enumerate(segments):
        if _VERSION_SEGMENT.match(segment):
            segments = segments[:i]
            break
    path = "/".join(segments)
    return f"{parts.scheme}://{parts.netloc}" + (f"/{path}" if path else "")


def version_document_url(endpoint: str, info: ServiceInfo) -> str:
    """The URL of the version document that lists a service's microversions."""
    parts = urlsplit(endpoint)
    segments = [s for s in parts.path.split("/") if s]
    for i, segment in enumerate(segments):
        if _VERSION_SEGMENT.match(segment):
            path = "/".join(segments[: i + 1])
            return f"{parts.scheme}://{parts.netloc}/{path}/"
    if info.version_prefix:
        return f"{endpoint}/{info.version_prefix}/"
    return endpoint + "/"
