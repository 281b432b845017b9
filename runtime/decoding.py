"""Turning response bytes into typed values, and options into requests.

Decoders are built once per (type, wrapper key) and cached. A response
that cannot be decoded as the operation declares raises
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

from typedstack.runtime.errors import ResponseError
from typedstack.runtime.microversion import Version
from typedstack.runtime.models import Model, Options, apply_microversion, needs_version_trim

_encoder = msgspec.json.Encoder()


@functools.cache
def _wrapped(type_: Any, key: str | None, lossless: bool) -> msgspec.json.Decoder[Any]:
    """A decoder for ``{key: <type_>}`` (or a bare ``type_``).

    With ``lossless``, each model object is first kept as ``msgspec.Raw``,
    so its unknown fields survive (see :class:`Model`).
    """
    inner: Any = type_
    if lossless:
        inner = list[msgspec.Raw] if _is_model_list(type_) else msgspec.Raw
    if key is None:
        return msgspec.json.Decoder(inner)
    wrapper = msgspec.defstruct(
        "Wrapper", [("value", inner, msgspec.field(name=key))], kw_only=True
    )
    return msgspec.json.Decoder(wrapper)


@functools.cache
def _item_decoder(type_: Any) -> msgspec.json.Decoder[Any]:
    return msgspec.json.Decoder(type_)


def _is_model(type_: Any) -> bool:
    return isinstance(type_, type) and issubclass(type_, Model)


def _is_model_list(type_: Any) -> bool:
    return typing.get_origin(type_) is list and _is_model(typing.get_args(type_)[0])


def _describe(exc: Exception) -> str:
    return " ".join(str(exc).split())


def _decode_model(raw: msgspec.Raw, model: type[Model], version: Version | None) -> Model:
    obj: Model = _item_decoder(model).decode(raw)
    obj.__dict__["_wire"] = raw
    if version is not None and needs_version_trim(model):
        apply_microversion(obj, version)
    return obj


def decode_body(
    content: bytes,
    type_: Any,
    key: str | None,
    method: str,
    url: str,
    version: Version | None,
    headers: Mapping[str, str] | None = None,
) -> Any:
    """Decode one response body into ``type_``, unwrapping ``key``."""
    if not content.strip():
        if _is_model(type_) and key is None:
            return _empty_model(type_, method, url, headers)
        raise ResponseError(method, url, "the response body is empty")
    lossless = _is_model(type_) or _is_model_list(type_)
    try:
        value = _wrapped(type_, key, lossless).decode(content)
        if key is not None:
            value = value.value
        if lossless:
            if isinstance(value, list):
                item = typing.get_args(type_)[0]
                value = [_decode_model(raw, item, version) for raw in value]
            else:
                value = _decode_model(value, type_, version)
                if headers is not None and type_.header_fields:
                    _set_header_fields(value, headers, method, url)
    except msgspec.ValidationError as exc:
        raise ResponseError(method, url, _describe(exc)) from None
    except msgspec.DecodeError as exc:
        raise ResponseError(method, url, f"invalid JSON ({_describe(exc)})") from None
    except RecursionError:
        raise ResponseError(method, url, "JSON nested too deeply") from None
    return value


def _empty_model(
    type_: type[Model], method: str, url: str, headers: Mapping[str, str] | None
) -> Model:
    """A model for a response with no body (only headers, or nothing at all)."""
    try:
        value = type_()
    except TypeError:
        raise ResponseError(method, url, "the response body is empty") from None
    if headers is not None:
        _set_header_fields(value, headers, method, url)
    return value


def _set_header_fields(value: Model, headers: Mapping[str, str], method: str, url: str) -> None:
    """Fill a model's header fields, converted to their declared types."""
    types = _header_types(type(value))
    for attr, header in value.header_fields:
        if header in headers:
            try:
                converted = msgspec.convert(headers[header], types[attr], strict=False)
            except msgspec.ValidationError as exc:
                raise ResponseError(method, url, f"header {header}: {_describe(exc)}") from None
            setattr(value, attr, converted)


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
) -> tuple[list[Any], dict[str, Any]]:
    """Decode a listing page: its items, and the top-level ``page_keys`` (links)."""
    items = decode_body(content, list[item_type], key, method, url, version)
    if not page_keys:
        return items, {}
    try:
        page = _page_decoder(page_keys).decode(content)
    except msgspec.DecodeError as exc:
        raise ResponseError(method, url, f"unusable pagination links ({_describe(exc)})") from None
    return items, {
        k: v
        for k, v in zip(page_keys, msgspec.structs.astuple(page), strict=True)
        if v is not None
    }


@functools.cache
def _page_decoder(keys: tuple[str, ...]) -> msgspec.json.Decoder[Any]:
    """Decodes only ``keys`` of a page; the item list is skipped, not parsed."""
    fields = [(f"f{i}", Any, msgspec.field(default=None, name=k)) for i, k in enumerate(keys)]
    page = msgspec.defstruct("Page", fields, kw_only=True, array_like=False)
    return msgspec.json.Decoder(page)


def encode_body(
    items: Any, key: str | None, empty: str | None, content_type: str | None = None
) -> bytes:
    """The body for a value (options' body fields as a dict), wrapped in ``key``.

    JSON, or a form when ``content_type`` is ``application/x-www-form-urlencoded``.
    """
    value = items
    if content_type == "application/x-www-form-urlencoded" and isinstance(value, dict):
        from urllib.parse import urlencode

        return urlencode({k: _query_value(v) for k, v in value.items()}).encode()
    if key is None:
        return _encoder.encode(value)
    if value == {} or value is None:
        value = None if empty == "null" else {}
    return _encoder.encode({key: value})


def _query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    return str(value)


def query_params(opts: Options) -> list[tuple[str, str]] | None:
    """Query parameters from the options' query fields.

    Lists repeat the key (``tag=a&tag=b``); a flag is sent bare when true
    (``?effective``) and left out when false.
    """
    out: list[tuple[str, str]] = [(wire, "") for wire, on in opts.wire_items("flag") if on]
    for wire, value in opts.wire_items("query"):
        if isinstance(value, list | tuple):
            out.extend((wire, _query_value(v)) for v in value)
        elif isinstance(value, dict):
            out.extend((f"{wire}.{k}" if k else wire, _query_value(v)) for k, v in value.items())
        else:
            out.append((wire, _query_value(value)))
    return out or None
