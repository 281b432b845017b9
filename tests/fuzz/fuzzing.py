"""What the fuzz tests share: the generated classes, strategies from their types, counters.

Strategies are derived from the field types ``msgspec.structs.fields``
reports, so they follow the generated package as the specs change:

* :func:`wire` draws a JSON value that a field of a type accepts (the
  wire form: datetimes as RFC 3339 strings, models as objects keyed by
  their wire names);
* :func:`model_dict` draws a whole model object, optional fields left out
  at random, unknown keys added at random;
* :data:`json_values` draws any JSON value.

:data:`COUNTS` counts the inputs each fuzz target ran; ``conftest.py``
prints them at the end of the session.
"""

from __future__ import annotations

import collections
import datetime
import importlib
import pkgutil
import types
import typing
from functools import cache
from typing import Any

import msgspec
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

import typedstack
from typedstack.runtime import Model, Options

COUNTS: collections.Counter[str] = collections.Counter()
OUTCOMES: collections.defaultdict[str, collections.Counter[str]] = collections.defaultdict(
    collections.Counter
)

# The base settings of every fuzz target: repeatable (derandomized), no
# example database written into the repository, no per-example deadline.
FUZZ = settings(
    deadline=None,
    database=None,
    derandomize=True,
    print_blob=False,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def count(target: str) -> None:
    """Record one input run by the fuzz target ``target``."""
    COUNTS[target] += 1


def outcome(target: str, what: str) -> None:
    """Record how one input of ``target`` ended (decoded, rejected...)."""
    OUTCOMES[target][what] += 1


# ------------------------------------------------------------- the classes


@cache
def resource_modules() -> tuple[types.ModuleType, ...]:
    """Every module ``typedstack.<service>.<version>.<resource>``."""
    found = []
    for service in pkgutil.iter_modules(typedstack.__path__):
        if not service.ispkg or service.name == "runtime":
            continue
        service_pkg = importlib.import_module(f"typedstack.{service.name}")
        for version in pkgutil.iter_modules(service_pkg.__path__):
            if not version.ispkg:
                continue
            version_pkg = importlib.import_module(f"{service_pkg.__name__}.{version.name}")
            for module in pkgutil.iter_modules(version_pkg.__path__):
                found.append(importlib.import_module(f"{version_pkg.__name__}.{module.name}"))
    return tuple(found)


def _classes(base: type) -> list[type]:
    out = []
    for module in resource_modules():
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, base)
                and value is not base
                and value.__module__ == module.__name__
            ):
                out.append(value)
    return sorted(out, key=lambda c: f"{c.__module__}.{c.__qualname__}")


@cache
def model_classes() -> tuple[type[Model], ...]:
    return tuple(_classes(Model))


@cache
def options_classes() -> tuple[type[Options], ...]:
    return tuple(_classes(Options))


def class_id(cls: type) -> str:
    return cls.__module__.removeprefix("typedstack.") + "." + cls.__qualname__


# ------------------------------------------------------------- strategies

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)

_UTC = datetime.timezone.utc
_datetimes = st.datetimes(
    min_value=datetime.datetime(1970, 1, 1),
    max_value=datetime.datetime(2200, 1, 1),
    timezones=st.sampled_from([_UTC, None])
    | st.just(datetime.timezone(datetime.timedelta(hours=2))),
)


def union_members(tp: Any) -> list[Any]:
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        return [m for arg in typing.get_args(tp) for m in union_members(arg)]
    return [tp]


def is_struct(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, msgspec.Struct)


@cache
def wire(tp: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    """A JSON value that a field annotated ``tp`` accepts."""
    members = [m for m in union_members(tp) if m is not msgspec.UnsetType]
    if len(members) > 1:
        return st.one_of([wire(m, depth) for m in members])
    tp = members[0]
    origin = typing.get_origin(tp)
    if tp is Any:
        return json_values
    if tp is type(None):
        return st.none()
    if tp is bool:
        return st.booleans()
    if tp is int:
        return st.integers(-(2**63), 2**63 - 1)
    if tp is float:
        return st.floats(allow_nan=False, allow_infinity=False) | st.integers(-1000, 1000)
    if tp is str:
        return st.text(max_size=16)
    if tp is datetime.datetime:
        return _datetimes.map(msgspec.to_builtins)
    if origin is typing.Literal:
        return st.sampled_from(typing.get_args(tp))
    if origin is list:
        (item,) = typing.get_args(tp)
        return st.lists(wire(item, depth + 1), max_size=0 if depth > 3 else 3)
    if origin is dict:
        key, value = typing.get_args(tp)
        return st.dictionaries(
            wire(key, depth + 1), wire(value, depth + 1), max_size=0 if depth > 3 else 3
        )
    if is_struct(tp):
        return model_dict(tp, depth + 1, extras=False)
    raise NotImplementedError(f"no strategy for the field type {tp!r}")


def header_wire_names(cls: type[msgspec.Struct]) -> set[str]:
    headers = dict(getattr(cls, "header_fields", ()))
    return {f.encode_name for f in msgspec.structs.fields(cls) if f.name in headers}


@cache
def model_dict(
    cls: type[msgspec.Struct], depth: int = 0, extras: bool = True
) -> st.SearchStrategy[dict[str, Any]]:
    """The wire form of a ``cls`` object (header-filled fields left out)."""
    skip = header_wire_names(cls)
    required = {}
    optional = {}
    for f in msgspec.structs.fields(cls):
        if f.encode_name in skip:
            continue
        if f.required:
            required[f.encode_name] = wire(f.type, depth)
        elif depth <= 3:
            optional[f.encode_name] = wire(f.type, depth)
    fixed = st.fixed_dictionaries(required, optional=optional)
    if not extras:
        return fixed
    known = {f.encode_name for f in msgspec.structs.fields(cls)}
    unknown = st.dictionaries(
        st.text(min_size=1, max_size=10).filter(lambda k: k not in known), json_values, max_size=2
    )
    return st.tuples(fixed, unknown).map(lambda pair: {**pair[1], **pair[0]})


def accepts(tp: Any, value: Any) -> bool | None:
    """Whether a field annotated ``tp`` must accept ``value`` (None: no firm answer)."""
    answers = [_accepts_one(m, value) for m in union_members(tp)]
    if any(a is True for a in answers):
        return True
    if any(a is None for a in answers):
        return None
    return False


def _accepts_one(tp: Any, value: Any) -> bool | None:
    origin = typing.get_origin(tp)
    if tp is Any:
        return True
    if tp is msgspec.UnsetType:
        return value is msgspec.UNSET
    if tp is type(None):
        return value is None
    if tp is bool:
        return isinstance(value, bool)
    if tp is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if tp is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if tp is str:
        return isinstance(value, str)
    if tp is datetime.datetime:
        return isinstance(value, datetime.datetime)
    if origin is typing.Literal:
        return any(type(value) is type(a) and value == a for a in typing.get_args(tp))
    if origin is list:
        if not isinstance(value, list):
            return False if not isinstance(value, tuple | set | frozenset) else None
        (item,) = typing.get_args(tp)
        answers = [accepts(item, v) for v in value]
        return False if False in answers else (None if None in answers else True)
    if origin is dict:
        if not isinstance(value, dict):
            return False
        key, item = typing.get_args(tp)
        answers = [accepts(key, k) for k in value] + [accepts(item, v) for v in value.values()]
        return False if False in answers else (None if None in answers else True)
    if is_struct(tp):
        if isinstance(value, tp):
            return True
        return None if isinstance(value, dict) else False
    return None


# Values of every kind, to try where a field does not accept them.
any_python_value = st.one_of(
    json_scalars,
    st.binary(max_size=4),
    _datetimes,
    st.lists(json_scalars, max_size=3),
    st.dictionaries(st.text(max_size=4), json_scalars, max_size=3),
    st.dictionaries(st.integers(), json_scalars, min_size=1, max_size=2),
    st.just(object()),
    st.just(b"bytes"),
)
