"""Base classes of the generated models and option classes.

Models are ``msgspec.Struct`` subclasses: decoding a page of servers goes
straight from bytes to typed objects, with wire names mapped by
``msgspec.field(name=...)``. A field the response did not carry is
``UNSET``; one it carried as JSON null is ``None``.

Decoding is lossless. A model decoded from a response keeps the raw JSON of
its object, so fields the spec does not know (a newer microversion, a
vendor extension) are in :attr:`Model.extra`, and :meth:`Model.to_dict`
gives back every value exactly as the server sent it (``"...:59.000000"``
stays so, ``4`` stays ``4``) unless the user changed it.

Option classes validate what they are given on construction, and know
where each field goes (query, header or body) and which microversions
accept it.
"""

from __future__ import annotations

import datetime
import functools
import re
import typing
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, TypeVar

import msgspec
from msgspec import UNSET, UnsetType

from typedstack.runtime import tolerant
from typedstack.runtime.errors import InvalidOptions, MicroversionError, ResponseError
from typedstack.runtime.microversion import Version, parse_version

__all__ = ["UNSET", "UnsetType", "Model", "Options"]

M = TypeVar("M", bound="Model")
OptionsT = TypeVar("OptionsT", bound="Options")
T = TypeVar("T")


class Model(msgspec.Struct, kw_only=True, dict=True, repr_omit_defaults=True):
    """A resource as the server describes it.

    ``header_fields`` lists ``(attribute, header name)`` pairs filled from
    response headers; ``versioned_fields`` lists ``(attribute, min, max)``
    for fields that exist only at some microversions.
    ``pattern_fields`` lists ``(attribute, key pattern)`` for the maps of
    properties that no named field holds (Cinder's ``volumes_<type>``
    quotas): each is a property read from the object's JSON, and its keys
    are not in :attr:`extra`. ``open_properties`` marks an object that
    carries properties of its owner's choosing (Glance's custom image
    properties), which are in :attr:`extra`.
    """

    header_fields: ClassVar[tuple[tuple[str, str], ...]] = ()
    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = ()
    secret_fields: ClassVar[frozenset[str]] = frozenset()
    pattern_fields: ClassVar[tuple[tuple[str, str | None], ...]] = ()
    open_properties: ClassVar[bool] = False

    def __repr__(self) -> str:
        return _repr(self, self.secret_fields)

    @classmethod
    def from_dict(cls: type[M], data: Mapping[str, Any]) -> M:
        """Build a model from its wire form (a decoded JSON object).

        Values that do not fit their declared types are refused with
        :class:`InvalidOptions`; ``to_dict()`` gives ``data`` back as given.
        """
        try:
            obj = msgspec.convert(data, cls, strict=False)
        except msgspec.ValidationError as exc:
            raise InvalidOptions(f"{cls.__name__}: {exc}") from None
        obj.__dict__["_wire"] = (dict(data), None)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The wire form: every value as received unless changed since, unknown fields included.

        A value the user changed (an attribute set, an item added to a list
        or a map) comes out as it is now; everything else, exactly as the
        server sent it.
        """
        mine = self._builtins()
        received = self._received()
        if not received:
            return mine
        merged: dict[str, Any] = _merge3(received, self._as_received(received), mine)
        return merged

    @property
    def extra(self) -> dict[str, Any]:
        """Fields of the response that this model does not carry.

        Those the spec does not name, and those outside the microversion the
        response was decoded at.
        """
        received = self._received()
        if not received:
            return {}
        carried = _carried_wire_names(type(self), self._version())
        extra = {k: v for k, v in received.items() if k not in carried}
        if self.pattern_fields:
            claimed = _claimed_by_patterns(type(self))
            return {k: v for k, v in extra.items() if not claimed(k)}
        return extra

    def _pattern_field(self, attr: str, type_: type[T]) -> T:
        """The properties of this object's JSON that the ``attr`` pattern field collects."""
        received = self._received() or {}
        named = _all_wire_names(type(self))
        pattern = _patterns(type(self))[attr]
        found = {
            k: v
            for k, v in received.items()
            if k not in named and (pattern is None or pattern.fullmatch(k))
        }
        try:
            return msgspec.convert(found, type_, strict=False)
        except msgspec.ValidationError as exc:
            raise ResponseError(type(self).__name__, attr, str(exc)) from None

    def detach(self) -> None:
        """Keep a copy of this object's own JSON rather than the response it came in."""
        wire = self.__dict__.get("_wire")
        if isinstance(wire, tuple) and len(wire) == 3:
            body, index, version = wire
            self.__dict__["_wire"] = (body.raw(index).copy(), version)

    def _builtins(self) -> dict[str, Any]:
        mine = typing.cast(dict[str, Any], msgspec.to_builtins(self))
        for attr, _header in self.header_fields:
            mine.pop(_wire_name(type(self), attr), None)
        return mine

    def _version(self) -> Version | None:
        wire = self.__dict__.get("_wire")
        return wire[-1] if isinstance(wire, tuple) else None

    def _as_received(self, received: dict[str, Any]) -> dict[str, Any]:
        """The built-in form of this model as decoded, before any change by the user."""
        try:
            fresh = msgspec.convert(received, type(self), strict=True)
        except msgspec.ValidationError:
            try:
                fresh = tolerant.read_model(type(self), received)
            except tolerant.Unusable:
                return {}
        apply_microversion(fresh, self._version())
        return fresh._builtins()

    def _received(self) -> dict[str, Any] | None:
        wire = self.__dict__.get("_wire")
        if wire is None:
            return None
        if len(wire) == 3:  # (body, index, version): see decoding._Body
            body, index, version = wire
            wire = (body.raw(index), version)
        if isinstance(wire[0], msgspec.Raw):
            raw = msgspec.json.decode(wire[0])
            if not isinstance(raw, dict):
                return None
            wire = (raw, wire[1])
            self.__dict__["_wire"] = wire
        received = wire[0]
        return received if isinstance(received, dict) else None


def _repr(obj: msgspec.Struct, secrets: frozenset[str]) -> str:
    """``Name(field=value, ...)`` without unset fields, secrets masked."""
    parts = []
    for attr in obj.__struct_fields__:
        value = getattr(obj, attr)
        if value is UNSET:
            continue
        shown = "'***'" if attr in secrets and value is not None else repr(value)
        parts.append(f"{attr}={shown}")
    return f"{type(obj).__name__}({', '.join(parts)})"


_MISSING: Any = object()


def _merge3(wire: Any, decoded: Any, now: Any) -> Any:
    """The wire form after the user's changes: ``wire`` where ``now`` still equals ``decoded``.

    ``decoded`` is the built-in form of the model as it was decoded from
    ``wire``, ``now`` its built-in form today. Unchanged values come back as
    the server wrote them; keys the model does not carry (unknown fields,
    fields outside the microversion in use) are kept; keys the model carried
    and no longer does (an entry deleted from a map) are gone.
    """
    if type(now) is type(decoded) and now == decoded:
        return wire
    if isinstance(now, dict) and isinstance(wire, dict):
        before = decoded if isinstance(decoded, dict) else {}
        out: dict[str, Any] = {}
        for key, value in wire.items():
            if key in now:
                out[key] = _merge3(value, before.get(key, _MISSING), now[key])
            elif key not in before:
                out[key] = value
        for key, value in now.items():
            if key not in wire:
                out[key] = value
        return out
    if (
        isinstance(now, list)
        and isinstance(wire, list)
        and isinstance(decoded, list)
        and len(now) == len(wire) == len(decoded)
    ):
        return [_merge3(w, d, n) for w, d, n in zip(wire, decoded, now, strict=True)]
    return now


@functools.cache
def _wire_names(cls: type[msgspec.Struct]) -> dict[str, str]:
    return dict(zip(cls.__struct_fields__, cls.__struct_encode_fields__, strict=True))


def _wire_name(cls: type[msgspec.Struct], attr: str) -> str:
    return _wire_names(cls)[attr]


@functools.cache
def _all_wire_names(cls: type[Model]) -> frozenset[str]:
    return frozenset(_wire_names(cls).values())


@functools.cache
def _patterns(cls: type[Model]) -> dict[str, re.Pattern[str] | None]:
    return {
        attr: re.compile(pattern) if pattern is not None else None
        for attr, pattern in cls.pattern_fields
    }


@functools.cache
def _claimed_by_patterns(cls: type[Model]) -> Callable[[str], bool]:
    """``key -> bool``: whether one of the class's pattern fields holds the property."""
    named = _all_wire_names(cls)
    patterns = list(_patterns(cls).values())

    def claimed(key: str) -> bool:
        return key not in named and any(p is None or p.fullmatch(key) for p in patterns)

    return claimed


@functools.cache
def _carried_wire_names(cls: type[Model], version: Version | None) -> frozenset[str]:
    """The wire names a model of ``cls`` decoded at ``version`` carries."""
    names = _wire_names(cls)
    dropped = set(trim_plan(cls, version)[0]) if version is not None else set()
    return frozenset(wire for attr, wire in names.items() if attr not in dropped)


def apply_microversion(obj: Model, version: Version | None) -> None:
    """Drop the fields the model does not have at ``version``.

    They stay in the raw JSON, so :attr:`Model.extra` and ``to_dict()``
    still show them: nothing is lost, but the typed view is exact.
    """
    if version is None:
        return
    drop, nested = trim_plan(type(obj), version)
    for attr in drop:
        if getattr(obj, attr) is not UNSET:
            setattr(obj, attr, UNSET)
    for attr in nested:
        _apply_nested(getattr(obj, attr), version)


def _apply_nested(value: Any, version: Version) -> None:
    if isinstance(value, Model):
        apply_microversion(value, version)
    elif isinstance(value, list):
        for item in value:
            _apply_nested(item, version)
    elif isinstance(value, dict):
        for item in value.values():
            _apply_nested(item, version)


@functools.cache
def trim_plan(cls: type[Model], version: Version) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What decoding ``cls`` at ``version`` must touch: fields to drop, fields to descend."""
    drop = tuple(
        attr
        for attr, lo, hi in cls.versioned_fields
        if (lo and version < parse_version(lo)) or (hi and version > parse_version(hi))
    )
    nested = tuple(
        f.name
        for f in msgspec.structs.fields(cls)
        if any(_can_trim(t, version, frozenset({cls})) for t in _types_in(f.type))
    )
    return drop, nested


def _can_trim(t: Any, version: Version, seen: frozenset[type]) -> bool:
    if not (isinstance(t, type) and issubclass(t, Model)) or t in seen:
        return False
    for _attr, lo, hi in t.versioned_fields:
        if (lo and version < parse_version(lo)) or (hi and version > parse_version(hi)):
            return True
    return any(
        _can_trim(inner, version, seen | {t})
        for f in msgspec.structs.fields(t)
        for inner in _types_in(f.type)
    )


def _types_in(annotation: Any) -> list[Any]:
    import typing

    found = [annotation]
    for arg in typing.get_args(annotation):
        found += _types_in(arg)
    return found


class Options(msgspec.Struct, kw_only=True, repr_omit_defaults=True):
    """Base class of the ``*Opts`` classes of generated modules.

    ``locations`` maps the attributes that are not plain body fields to
    ``query``, ``flag``, ``header`` or ``extra`` (a map of free-form body
    properties);
    ``versions`` maps the microversion-bounded ones to ``(min, max)``.
    """

    locations: ClassVar[dict[str, str]] = {}
    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {}
    secret_fields: ClassVar[frozenset[str]] = frozenset()
    #: groups of fields the server checks together (``paired:`` in the spec)
    paired: ClassVar[tuple[tuple[str, ...], ...]] = ()

    def __post_init__(self) -> None:
        _validate(self)
        if self.paired:
            _check_paired(self)

    def __repr__(self) -> str:
        return _repr(self, self.secret_fields)

    def check_microversion(self, version: Version | None) -> None:
        """Refuse a field set outside the microversions that accept it.

        Models given as values (a server to create, its block devices) are
        checked too, field by field, and named by their dotted path.
        """
        name = type(self).__name__
        for attr, (lo, hi) in self.versions.items():
            if getattr(self, attr) is not UNSET:
                _check_bounds(f"{name}.{attr}", lo, hi, version)
        for attr in _nested_request_fields(type(self)):
            _check_nested(f"{name}.{attr}", getattr(self, attr), version)

    @classmethod
    def from_dict(cls: type[OptionsT], data: Mapping[str, Any]) -> OptionsT:
        """Options from their wire form: query parameters, headers and body fields by wire name.

        A header prefix map takes its entries as whole header names
        (``X-Object-Meta-Color``); the free-form body map of an operation
        that has one takes every key that names no field. Any other unknown
        key is refused, by name, before anything is sent.
        """
        names = _wire_names(cls)
        by_wire = {wire: attr for attr, wire in names.items()}
        prefixes = [(a, wire[:-1].lower()) for a, wire in names.items() if wire.endswith("*")]
        extra_attr = next((a for a in names if cls.locations.get(a) == "extra"), None)
        values: dict[str, Any] = {}
        unknown: list[str] = []
        for key, value in data.items():
            attr = by_wire.get(key)
            if attr is not None and not key.endswith("*"):
                values[key] = value  # msgspec converts by wire name
                continue
            prefix = next((p for p in prefixes if key.lower().startswith(p[1])), None)
            if prefix is not None and len(key) > len(prefix[1]):
                values.setdefault(names[prefix[0]], {})[key[len(prefix[1]) :]] = value
            elif extra_attr is not None:
                values.setdefault(names[extra_attr], {})[key] = value
            else:
                unknown.append(key)
        if unknown:
            known = ", ".join(sorted(w for w in by_wire if not w.endswith("*"))) or "none"
            raise InvalidOptions(
                f"{cls.__name__}: unknown option{'s' if len(unknown) > 1 else ''}"
                f" {', '.join(map(repr, unknown))} (known: {known})"
            )
        try:
            return msgspec.convert(values, cls, strict=True, from_attributes=False)
        except msgspec.ValidationError as exc:
            raise InvalidOptions(f"{cls.__name__}: {exc}") from None

    def to_dict(self) -> dict[str, Any]:
        """The wire form of the options set: ``{wire name: value}``, as :meth:`from_dict` takes.

        Free-form body properties and header prefix maps are spread out
        under their own names, as they are sent.
        """
        out: dict[str, Any] = {}
        names = _wire_names(type(self))
        for attr in self.__struct_fields__:
            value = getattr(self, attr)
            if value is UNSET:
                continue
            wire = names[attr]
            plain = msgspec.to_builtins(value)
            if self.locations.get(attr) == "extra":
                out.update(plain)
            elif wire.endswith("*"):
                out.update((wire[:-1] + key, item) for key, item in plain.items())
            else:
                out[wire] = plain
        return out

    @classmethod
    def has_body_fields(cls) -> bool:
        """Whether any field of the class goes in the request body."""
        return _has_body_fields(cls)

    def body_fields(self) -> dict[str, Any]:
        """The request body's properties: the named fields set, then the free-form ones."""
        body = dict(self.wire_items("body"))
        for _, properties in self.wire_items("extra"):
            body.update(properties)
        return body

    def wire_items(self, location: str) -> list[tuple[str, Any]]:
        """``(wire name, value)`` of the fields set for ``location``."""
        names = _wire_names(type(self))
        out = []
        for attr in self.__struct_fields__:
            if self.locations.get(attr, "body") != location:
                continue
            value = getattr(self, attr)
            if value is not UNSET:
                out.append((names[attr], value))
        return out


def _check_bounds(name: str, lo: str | None, hi: str | None, version: Version | None) -> None:
    if lo and (version is None or version < parse_version(lo)):
        shown = "no microversion" if version is None else f"microversion {version}"
        raise MicroversionError(f"{name} needs microversion {lo} or later ({shown} in use)")
    if hi and version is not None and version > parse_version(hi):
        raise MicroversionError(
            f"{name} was removed after microversion {hi} (microversion {version} in use)"
        )


def _check_nested(path: str, value: Any, version: Version | None) -> None:
    if isinstance(value, Model):
        for attr, lo, hi in value.versioned_fields:
            if getattr(value, attr) is not UNSET:
                _check_bounds(f"{path}.{attr}", lo, hi, version)
        for attr in _nested_request_fields(type(value)):
            _check_nested(f"{path}.{attr}", getattr(value, attr), version)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_nested(f"{path}[{index}]", item, version)
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_nested(f"{path}[{key!r}]", item, version)


@functools.cache
def _nested_request_fields(cls: type[msgspec.Struct]) -> tuple[str, ...]:
    """Fields whose values may hold models with microversion-bounded fields."""
    return tuple(
        f.name
        for f in msgspec.structs.fields(cls)
        if any(_holds_versioned(t, frozenset({cls})) for t in _types_in(f.type))
    )


def _holds_versioned(t: Any, seen: frozenset[type]) -> bool:
    if not (isinstance(t, type) and issubclass(t, Model)) or t in seen:
        return False
    return bool(t.versioned_fields) or any(
        _holds_versioned(inner, seen | {t})
        for f in msgspec.structs.fields(t)
        for inner in _types_in(f.type)
    )


@functools.cache
def _has_body_fields(cls: type[Options]) -> bool:
    return any(
        cls.locations.get(attr, "body") in ("body", "extra") for attr in cls.__struct_fields__
    )


@functools.cache
def _field_types(cls: type[Options]) -> tuple[tuple[str, Any], ...]:
    return tuple((f.name, f.type) for f in msgspec.structs.fields(cls))


_KEEP = (datetime.datetime,)


def _validate(opts: Options) -> None:
    for attr, type_ in _field_types(type(opts)):
        value = getattr(opts, attr)
        if value is UNSET:
            continue
        try:
            if isinstance(value, msgspec.Struct | list | dict):
                # models given as values are checked field by field, nested too
                value = msgspec.to_builtins(value, builtin_types=_KEEP)
            msgspec.convert(value, type_, strict=True, builtin_types=_KEEP)
        except msgspec.ValidationError as exc:
            detail = str(exc).replace("$", attr, 1) if "$" in str(exc) else str(exc)
            if attr in opts.secret_fields:
                detail = detail.split(" - ")[0]
            raise InvalidOptions(f"{type(opts).__name__}.{attr}: {detail}") from None
        if opts.locations.get(attr) == "extra":
            _check_extra(opts, attr, value)
        elif opts.locations.get(attr) == "header" and _wire_name(type(opts), attr).endswith("*"):
            _check_prefix_keys(opts, attr, value)


_HEADER_TOKEN = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")


def _check_prefix_keys(opts: Options, attr: str, entries: dict[str, Any]) -> None:
    """Each key of a header prefix map completes a header name: it must be a valid one."""
    for key in entries:
        if not _HEADER_TOKEN.match(key):
            raise InvalidOptions(
                f"{type(opts).__name__}.{attr}: {key!r} cannot end a header name"
                " (letters, digits and !#$%&'*+.^_`|~- only)"
            )


def _check_extra(opts: Options, attr: str, properties: dict[str, Any]) -> None:
    """Free-form body properties must not stand in for a named field."""
    names = _wire_names(type(opts))
    for other in opts.__struct_fields__:
        if opts.locations.get(other, "body") == "body" and names[other] in properties:
            raise InvalidOptions(
                f"{type(opts).__name__}.{attr}: {names[other]!r} is a field of its own;"
                f" set {other}= instead"
            )


def _check_paired(opts: Options) -> None:
    """When one field of a group is set, all are, with as many values each."""
    for group in opts.paired:
        values = [getattr(opts, attr) for attr in group]
        given = [attr for attr, v in zip(group, values, strict=True) if v is not UNSET]
        counts = {len(v) if isinstance(v, list) else 1 for v in values if v is not UNSET}
        if given and (len(given) != len(group) or len(counts) > 1):
            names = " and ".join(group)
            raise InvalidOptions(
                f"{type(opts).__name__}: {names} go together, with as many values each"
            )
