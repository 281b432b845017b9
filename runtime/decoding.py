"""Turning response bytes into typed values, and options into requests.

Decoders are built once per (type, wrapper key) and cached. A body whose
values all fit their declared types is decoded in one msgspec pass. One
that does not is read again by the tolerant reader
(:mod:`~typedstack.runtime.tolerant`), which gives each misfit value a
documented fallback and reports it once, unless the client is strict. A
response that cannot be used at all (not JSON, not the declared shape at
its top, a missing wrapper key) raises
:class:`~typedstack.runtime.errors.ResponseError` naming the operation and
what was wrong, never a bare ``KeyError`` or ``TypeError``.
"""

from __future__ import annotations

import datetime
import functools
import typing
from collections.abc import Mapping
from typing import Any

import msgspec

from typedstack.runtime import tolerant
from typedstack.runtime.errors import ResponseError
from typedstack.runtime.microversion import Version
from typedstack.runtime.models import Model, Options, _wire_names, apply_microversion, trim_plan

_encoder = msgspec.json.Encoder()


@functools.cache
def _wrapped(
    type_: Any, key: str | None, page_keys: tuple[str, ...] = ()
) -> msgspec.json.Decoder[Any]:
    """A decoder for ``{key: <type_>, <page key>: ...}`` (or a bare ``type_``).

    The page keys (pagination links) are decoded in the same pass, into
    the fields ``f0``, ``f1``...; every other key is skipped unparsed.
    """
    if key is None:
        return msgspec.json.Decoder(type_)
    fields: list[Any] = [("value", type_, msgspec.field(name=key))]
    fields += [
        (f"f{i}", Any, msgspec.field(default=None, name=k)) for i, k in enumerate(page_keys)
    ]
    return msgspec.json.Decoder(msgspec.defstruct("Wrapper", fields, kw_only=True))


def _is_model(type_: Any) -> bool:
    return isinstance(type_, type) and issubclass(type_, Model)


def _is_model_list(type_: Any) -> bool:
    return typing.get_origin(type_) is list and _is_model(typing.get_args(type_)[0])


def _describe(exc: Exception) -> str:
    return " ".join(str(exc).split())


class _Body:
    """A response body whose objects are sliced out as ``msgspec.Raw`` on demand.

    Models decoded from it keep ``(body, index)``; only when one of them is
    asked for its unknown fields (``extra``, ``to_dict``) is the body
    scanned again, once, for the raw JSON of each object.
    """

    __slots__ = ("_raws", "content", "key", "many")

    def __init__(self, content: bytes, key: str | None, many: bool) -> None:
        self.content = content
        self.key = key
        self.many = many
        self._raws: list[msgspec.Raw] | None = None

    def raw(self, index: int) -> msgspec.Raw:
        if self._raws is None:
            inner: Any = list[msgspec.Raw] if self.many else msgspec.Raw
            value = _wrapped(inner, self.key).decode(self.content)
            if self.key is not None:
                value = value.value
            self._raws = value if self.many else [value]
        return self._raws[index]


class _ItemBody(_Body):
    """A listing whose items are each wrapped in ``{item_key: {...}}``."""

    __slots__ = ("item_key",)

    def __init__(self, content: bytes, key: str | None, item_key: str) -> None:
        super().__init__(content, key, True)
        self.item_key = item_key

    def raw(self, index: int) -> msgspec.Raw:
        inner: msgspec.Raw = _wrapped(msgspec.Raw, self.item_key).decode(super().raw(index)).value
        return inner


@functools.cache
def _envelope(item_type: Any, item_key: str) -> Any:
    """The type of a listed item wrapped in ``{item_key: <item_type>}``."""
    return msgspec.defstruct(
        "Item", [("value", item_type, msgspec.field(name=item_key))], kw_only=True
    )


def _keep_wire(objs: list[Model], body: _Body, version: Version | None) -> None:
    if not objs:
        return
    model: type[Model] = type(objs[0])
    trim = version is not None and trim_plan(model, version) != ((), ())
    for index, obj in enumerate(objs):
        obj.__dict__["_wire"] = (body, index, version)
        if trim:
            apply_microversion(obj, version)


def _keep_wire_objects(objs: list[Any], raws: list[Any], version: Version | None) -> None:
    """Like :func:`_keep_wire` for models read by the tolerant reader (from decoded JSON)."""
    for obj, raw in zip(objs, raws, strict=True):
        if isinstance(obj, Model) and isinstance(raw, dict):
            obj.__dict__["_wire"] = (raw, version)
            if version is not None:
                apply_microversion(obj, version)


def decode_body(
    content: bytes,
    type_: Any,
    key: str | None,
    method: str,
    url: str,
    version: Version | None,
    headers: Mapping[str, str] | None = None,
    page_keys: tuple[str, ...] = (),
    strict: bool = False,
) -> Any:
    """Decode one response body into ``type_``, unwrapping ``key``.

    With ``page_keys``, returns ``(value, {page key: value})`` instead.
    ``strict`` raises on a value that does not fit its declared type
    instead of reading it tolerantly.
    """
    if not content.strip():
        if _is_model(type_) and key is None and not page_keys:
            return _empty_model(type_, method, url, headers, strict)
        raise ResponseError(method, url, "the response body is empty")
    try:
        decoded = _wrapped(type_, key, page_keys).decode(content)
        value = decoded.value if key is not None else decoded
        if _is_model_list(type_):
            _keep_wire(value, _Body(content, key, True), version)
        elif _is_model(type_):
            _keep_wire([value], _Body(content, key, False), version)
        extras = msgspec.structs.astuple(decoded)[1:] if page_keys else ()
    except msgspec.ValidationError as exc:
        if strict:
            raise ResponseError(method, url, _describe(exc)) from None
        value, extras = _decode_tolerant(content, type_, key, method, url, version, page_keys)
    except msgspec.DecodeError as exc:
        raise ResponseError(method, url, f"invalid JSON ({_describe(exc)})") from None
    except RecursionError:
        raise ResponseError(method, url, "JSON nested too deeply") from None
    if headers is not None and _is_model(type_) and type_.header_fields:
        _set_header_fields(value, headers, method, url, strict)
    if page_keys:
        return value, {k: v for k, v in zip(page_keys, extras, strict=True) if v is not None}
    return value


def _decode_tolerant(
    content: bytes,
    type_: Any,
    key: str | None,
    method: str,
    url: str,
    version: Version | None,
    page_keys: tuple[str, ...],
) -> tuple[Any, tuple[Any, ...]]:
    """The body read again by the tolerant reader: the value, and the page keys' values."""
    try:
        document = msgspec.json.decode(content)
    except msgspec.DecodeError as exc:
        raise ResponseError(method, url, f"invalid JSON ({_describe(exc)})") from None
    except RecursionError:
        raise ResponseError(method, url, "JSON nested too deeply") from None
    raw = document
    if key is not None:
        if not isinstance(document, dict) or key not in document:
            raise ResponseError(method, url, f"the response has no {key!r} key")
        raw = document[key]
    try:
        if _is_model_list(type_):
            item_type = typing.get_args(type_)[0]
            if not isinstance(raw, list):
                raise tolerant.Unusable(f"expected an array, got {tolerant.json_type(raw)}")
            value: Any = [tolerant.read_model(item_type, item) for item in raw]
            _keep_wire_objects(value, raw, version)
        elif _is_model(type_):
            value = tolerant.read_model(type_, raw)
            _keep_wire_objects([value], [raw], version)
        else:
            value = tolerant.read_value(raw, type_, "response", key or "body")
            if value is msgspec.UNSET:
                raise tolerant.Unusable(f"expected {tolerant.describe(type_)}")
    except tolerant.Unusable as exc:
        raise ResponseError(method, url, str(exc)) from None
    extras = tuple(document.get(k) if isinstance(document, dict) else None for k in page_keys)
    return value, extras


def _empty_model(
    type_: type[Model],
    method: str,
    url: str,
    headers: Mapping[str, str] | None,
    strict: bool = False,
) -> Model:
    """A model for a response with no body (only headers, or nothing at all)."""
    try:
        value = type_()
    except TypeError:
        raise ResponseError(method, url, "the response body is empty") from None
    if headers is not None:
        _set_header_fields(value, headers, method, url, strict)
    return value


def _set_header_fields(
    value: Model, headers: Mapping[str, str], method: str, url: str, strict: bool = False
) -> None:
    """Fill a model's header fields, converted to their declared types."""
    types = _header_types(type(value))
    for attr, header in value.header_fields:
        if header.endswith("*"):
            setattr(value, attr, _prefixed(headers, header[:-1], _named_headers(type(value))))
        elif header in headers:
            try:
                converted = msgspec.convert(headers[header], types[attr], strict=False)
            except msgspec.ValidationError as exc:
                if strict:
                    raise ResponseError(
                        method, url, f"header {header}: {_describe(exc)}"
                    ) from None
                converted = tolerant.read_value(
                    headers[header], types[attr], type(value).__name__, attr
                )
            setattr(value, attr, converted)


def _prefixed(headers: Mapping[str, str], prefix: str, named: frozenset[str]) -> dict[str, str]:
    """The headers named ``<prefix><key>``, as ``{key: value}`` (keys in lower case).

    Headers that have a field of their own (a secret temp-URL key) are left out.
    """
    start = prefix.lower()
    lowered = ((name.lower(), value) for name, value in headers.items())
    return {
        name[len(start) :]: value
        for name, value in lowered
        if name.startswith(start) and len(name) > len(start) and name not in named
    }


@functools.cache
def _named_headers(cls: type[Model]) -> frozenset[str]:
    return frozenset(header.lower() for _, header in cls.header_fields)


@functools.cache
def _header_types(cls: type[Model]) -> dict[str, Any]:
    return {f.name: f.type for f in msgspec.structs.fields(cls)}


def decode_items(
    content: bytes,
    item_type: Any,
    key: str | None,
    method: str,
    url: str,
    version: Version | None,
    page_keys: tuple[str, ...] = (),
    strict: bool = False,
    item_key: str | None = None,
) -> tuple[list[Any], dict[str, Any]]:
    """Decode a listing page in one pass: its items, and its ``page_keys`` (links).

    With ``item_key``, each item arrives as ``{item_key: {...}}`` and is
    returned unwrapped.
    """
    if item_key is not None:
        wrapped, page = decode_items(
            content, _envelope(item_type, item_key), key, method, url, None, page_keys, strict
        )
        items = [w.value for w in wrapped]
        if items and _is_model(item_type):
            _keep_wire(items, _ItemBody(content, key, item_key), version)
        return items, page
    list_type = list[item_type]
    if key is None or not page_keys:
        return decode_body(content, list_type, key, method, url, version, strict=strict), {}
    items, page = decode_body(
        content, list_type, key, method, url, version, None, page_keys, strict
    )
    return items, page


def encode_body(
    items: Any,
    key: str | None,
    empty: str | None,
    content_type: str | None = None,
    siblings: list[tuple[str, Any]] | None = None,
) -> bytes:
    """The body for a value (options' body fields as a dict), wrapped in ``key``.

    JSON, or a form when ``content_type`` is ``application/x-www-form-urlencoded``.
    ``siblings`` are top-level properties beside the wrapper
    (``os:scheduler_hints`` beside ``server``).
    """
    value = items
    if content_type == "application/x-www-form-urlencoded" and isinstance(value, dict):
        from urllib.parse import urlencode

        return urlencode({k: _query_value(v) for k, v in value.items()}).encode()
    if key is None:
        return _encoder.encode(value)
    if value == {} or value is None:
        value = None if empty == "null" else {}
    if siblings:
        return _encoder.encode({key: value, **dict(siblings)})
    return _encoder.encode({key: value})


def _query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    return str(value)


def query_params(opts: Options) -> list[tuple[str, str]] | None:
    """Query parameters from the options' query fields.

    Lists repeat the key (``tag=a&tag=b``), or are joined with commas for a
    ``csv`` field (``tags=a,b``); a ``json`` field's map is sent as one JSON
    object (``metadata={"k": "v"}``); a flag is sent bare when true
    (``?effective``) and left out when false.
    """
    out: list[tuple[str, str]] = [(wire, "") for wire, on in opts.wire_items("flag") if on]
    for wire, value, location in _query_items(opts):
        if location == "csv":
            out.append((wire, ",".join(map(_query_value, value))))
        elif location == "json":
            out.append((wire, _encoder.encode(value).decode()))
        elif isinstance(value, list | tuple):
            out.extend((wire, _query_value(v)) for v in value)
        elif isinstance(value, dict):
            out.extend((f"{wire}.{k}" if k else wire, _query_value(v)) for k, v in value.items())
        else:
            out.append((wire, _query_value(value)))
    return out or None


_QUERY = ("query", "csv", "json")


def _query_items(opts: Options) -> list[tuple[str, Any, str]]:
    """``(wire name, value, location)`` of the query fields set, in declared order."""
    locations = opts.locations
    if not any(loc in _QUERY for loc in locations.values()):
        return []
    names = _wire_names(type(opts))
    out = []
    for attr in opts.__struct_fields__:
        location = locations.get(attr, "body")
        if location in _QUERY:
            value = getattr(opts, attr)
            if value is not msgspec.UNSET:
                out.append((names[attr], value, location))
    return out
