"""The tolerant reader: a response value the spec did not expect never fails a call.

Decoding first tries the fast, exact path (one msgspec pass into typed
structs). Only when that raises does this module read the body again, field
by field, and for each value that does not fit its field's declared type:

* converts it when the conversion is exact: ``0``/``1`` or ``"true"``/
  ``"false"`` for a boolean, ``"1001"`` for an integer, an integer for a
  string, a date in any format OpenStack services send (``2016-05-20
  06:15:42``, ``...Z``, ``+0000``, an HTTP date, a bare date) for a datetime;
* reads ``""`` and ``"null"`` for a datetime as ``None`` (no date);
* otherwise leaves the attribute ``UNSET`` (an object where a list was
  declared and the reverse, text where a number was declared...). A field
  the spec calls required that is missing is ``UNSET`` too.

Whatever the attribute became, the model's ``to_dict()`` gives back the
value exactly as the server sent it. Each (model, field) is reported once
per process, as a warning on the ``typedstack.decode`` logger naming the
model, the field, the declared type and the JSON type received, never the
value.

In strict mode (``typedstack.connect(strict=True)`` or
``TYPEDSTACK_STRICT=1``), the first such value raises
:class:`~typedstack.runtime.errors.ResponseError` instead, so that a test
suite catches drift between a spec and a service.
"""

from __future__ import annotations

import datetime
import logging
import os
import re
import threading
import types
import typing
from typing import Any

import msgspec
from msgspec import UNSET, UnsetType

log = logging.getLogger("typedstack.decode")

STRICT_ENV = "TYPEDSTACK_STRICT"

_reported: set[tuple[str, str]] = set()
_reported_lock = threading.Lock()
_NoneType = type(None)


def strict_from_env() -> bool:
    """Whether ``$TYPEDSTACK_STRICT`` asks for strict decoding."""
    return os.environ.get(STRICT_ENV, "").strip().lower() in ("1", "true", "yes", "on")


class Unusable(Exception):
    """A body this reader cannot make anything of (not the declared shape at its top)."""


def report(owner: str, field: str, expected: str, received: Any, outcome: str) -> None:
    """Log, once per (owner, field), that a value did not fit its declared type."""
    key = (owner, field)
    with _reported_lock:
        if key in _reported:
            return
        _reported.add(key)
    got = "nothing" if received is UNSET else json_type(received)
    log.warning(
        "%s.%s: expected %s, received %s; %s (to_dict() keeps the response as received)",
        owner,
        field,
        expected,
        got,
        outcome,
    )


def reset_reports() -> None:
    """Forget which (model, field) pairs were reported (for tests)."""
    with _reported_lock:
        _reported.clear()


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def describe(type_: Any) -> str:
    """A declared type in the spec's words (``list<Link>``, ``datetime``...)."""
    members = [m for m in _members(type_) if m is not UnsetType and m is not _NoneType]
    if len(members) > 1:
        return " | ".join(describe(m) for m in members)
    t = members[0] if members else type_
    origin = typing.get_origin(t)
    if origin is list:
        return f"list<{describe(typing.get_args(t)[0])}>"
    if origin is dict:
        return f"map<{describe(typing.get_args(t)[1])}>"
    if origin is typing.Literal:
        return "enum"
    names = {str: "string", int: "integer", float: "number", bool: "boolean"}
    if t in names:
        return names[t]
    if t is datetime.datetime:
        return "datetime"
    if t is Any:
        return "any"
    return getattr(t, "__name__", str(t))


def _members(type_: Any) -> tuple[Any, ...]:
    if typing.get_origin(type_) in (typing.Union, types.UnionType):
        return typing.get_args(type_)
    return (type_,)


def _is_model(t: Any) -> bool:
    return isinstance(t, type) and issubclass(t, msgspec.Struct)


_FIELDS: dict[type[Any], tuple[msgspec.structs.FieldInfo, ...]] = {}


def _fields(cls: type[Any]) -> tuple[msgspec.structs.FieldInfo, ...]:
    found = _FIELDS.get(cls)
    if found is None:
        found = _FIELDS[cls] = msgspec.structs.fields(cls)
    return found


def read_model(cls: type[Any], data: Any) -> Any:
    """``data`` (a decoded JSON object) as ``cls``, tolerating values that do not fit."""
    try:
        return msgspec.convert(data, cls, strict=True)
    except msgspec.ValidationError:
        pass
    if not isinstance(data, dict):
        raise Unusable(f"expected an object for {cls.__name__}, got {json_type(data)}")
    values: dict[str, Any] = {}
    for f in _fields(cls):
        if f.encode_name not in data:
            if f.required:
                report(cls.__name__, f.name, describe(f.type), UNSET, "the field is missing")
                values[f.name] = UNSET
            continue
        values[f.name] = read_value(data[f.encode_name], f.type, cls.__name__, f.name)
    return cls(**values)


def read_value(value: Any, type_: Any, owner: str, field: str) -> Any:
    """One field's value as ``type_``, or its documented fallback."""
    try:
        return msgspec.convert(value, type_, strict=True)
    except msgspec.ValidationError:
        pass
    members = [m for m in _members(type_) if m is not UnsetType]
    for member in members:
        origin = typing.get_origin(member)
        if _is_model(member) and isinstance(value, dict):
            return read_model(member, value)
        if origin is list and isinstance(value, list):
            inner = typing.get_args(member)[0]
            items = [_read_item(v, inner, owner, field) for v in value]
            if all(item is not UNSET for item in items):
                return items
        if origin is dict and isinstance(value, dict):
            inner = typing.get_args(member)[1]
            entries = {k: _read_item(v, inner, owner, field) for k, v in value.items()}
            if all(item is not UNSET for item in entries.values()):
                return entries
    expected = describe(type_)
    converted = _exact(value, members)
    if converted is not UNSET:
        shown = (
            "read as None" if converted is None else f"read as {json_type_of_python(converted)}"
        )
        report(owner, field, expected, value, shown)
        return converted
    report(owner, field, expected, value, "the attribute is UNSET")
    return UNSET


def _read_item(value: Any, type_: Any, owner: str, field: str) -> Any:
    try:
        return msgspec.convert(value, type_, strict=True)
    except msgspec.ValidationError:
        pass
    if _is_model(type_) and isinstance(value, dict):
        return read_model(type_, value)
    return _exact(value, [type_])


def json_type_of_python(value: Any) -> str:
    if isinstance(value, datetime.datetime):
        return "datetime"
    return json_type(value)


def _exact(value: Any, members: list[Any]) -> Any:
    """An exact conversion of ``value`` to one of ``members``, else UNSET."""
    for member in members:
        if member is datetime.datetime and isinstance(value, str):
            parsed = parse_datetime(value)
            if parsed is not UNSET:
                return parsed
        elif member is str and isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        elif member in (int, float, bool):
            if member is bool and isinstance(value, int) and value not in (0, 1):
                continue
            try:
                return msgspec.convert(value, member, strict=False)
            except msgspec.ValidationError:
                continue
    return UNSET


def parse_datetime(text: str) -> datetime.datetime | UnsetType | None:
    """A date as OpenStack services write them; ``""``/``"null"`` are None; else UNSET."""
    stripped = text.strip()
    if stripped.lower() in ("", "null", "none"):
        return None
    try:
        return msgspec.convert(stripped, datetime.datetime)
    except msgspec.ValidationError:
        pass
    candidate = stripped
    if candidate.endswith(("Z", "z")):
        candidate = candidate[:-1] + "+00:00"
    elif candidate.upper().endswith((" UTC", " GMT")):
        candidate = candidate[:-4] + "+00:00"
    # "+0000" offsets, and fractions of other than 3 or 6 digits
    candidate = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", candidate)
    try:
        return datetime.datetime.fromisoformat(candidate)
    except ValueError:
        pass
    import email.utils

    try:
        return email.utils.parsedate_to_datetime(stripped)
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in ("%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%dT%H:%M:%S.%f", "%Y-%m-%d"):
        try:
            return datetime.datetime.strptime(candidate, fmt)
        except ValueError:
            continue
    return UNSET
