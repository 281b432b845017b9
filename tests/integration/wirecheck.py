"""Nothing unnamed from real servers: every decoded response is checked against its JSON.

:class:`WireCheck` wraps the runtime's decoding entry points (the
``decode_body`` that :meth:`ServiceClient.call` uses, and the one the pager's
``decode_items`` calls). Each value decoded from a real response is compared
with the raw JSON it came from:

* every model, nested ones included, names every key of its object: the
  model's :attr:`~typedstack.runtime.models.Model.extra` is empty. A nested
  object's own ``extra`` is empty by design (it does not keep its JSON), so
  for the check it is given its slice of the raw JSON for a moment;
  free-form maps (``object``, ``any``, ``map<string>``...) hold no models
  and are not looked into;
* the outermost model gives back its object exactly: ``to_dict()`` equals
  the raw JSON (decoded with ``msgspec.json.decode``).

Violations are collected, not raised inside the decoder: the test carrying
them fails at teardown with the list (see ``tests/integration/conftest.py``).
Response headers are out of scope; so are bodies decoded without a type.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import msgspec

from typedstack.runtime import decoding, service
from typedstack.runtime.microversion import Version
from typedstack.runtime.models import Model


@dataclass(frozen=True)
class Violation:
    """One key of a response that the decoded value does not name or give back."""

    operation: str  # "GET <url>"
    model: str  # the model's class, with the JSON path of the object (``Server.flavor``)
    key: str  # the wire key
    problem: str  # "unnamed (such as <value>)", or what ``to_dict()`` gave back instead

    def __str__(self) -> str:
        return f"{self.model}: {self.key!r} {self.problem} ({self.operation})"


class WireCheck:
    """Wraps decoding, and records each violation of the responses seen."""

    def __init__(self) -> None:
        self.violations: list[Violation] = []
        self._seen: set[tuple[str, str, str, str]] = set()

    def install(self, monkeypatch: Any) -> None:
        """Wrap the entry points for one test (undone by ``monkeypatch``)."""
        original = decoding.decode_body
        wrapped = self._wrap(original)
        # decode_items (the pager's) calls decoding.decode_body by its module name
        monkeypatch.setattr(decoding, "decode_body", wrapped)
        # ServiceClient.call imported it by value
        monkeypatch.setattr(service, "decode_body", wrapped)

    def _wrap(self, decode: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(decode)
        def decode_body(
            content: bytes,
            type_: Any,
            key: str | None,
            method: str,
            url: str,
            *args: Any,
            **kwargs: Any,
        ) -> Any:
            result = decode(content, type_, key, method, url, *args, **kwargs)
            # (..., url, version, headers, page_keys, strict)
            version = args[0] if args else kwargs.get("version")
            page_keys = args[2] if len(args) > 2 else kwargs.get("page_keys", ())
            value = result[0] if page_keys else result
            if content.strip() and _holds_model(value):
                raw = msgspec.json.decode(content)
                if key is not None:
                    raw = raw[key]
                self.check(value, raw, f"{method} {url}", version)
            return result

        return decode_body

    def check(self, value: Any, raw: Any, operation: str, version: Version | None) -> None:
        """Compare one decoded value (at ``version``) with the JSON it was decoded from."""
        self._walk(value, raw, operation, "", version)
        if isinstance(value, Model):
            self._round_trip(value, raw, operation, "")
        elif isinstance(value, list) and isinstance(raw, list):
            for index, (item, item_raw) in enumerate(zip(value, raw, strict=False)):
                if isinstance(item, Model):
                    self._round_trip(item, item_raw, operation, f"[{index}]")

    def _add(self, operation: str, model: str, key: str, problem: str) -> None:
        # one line per place and key: a listing of 50 servers is one finding
        where, key = _unindexed(model), _unindexed(key)
        seen = (operation.split("?")[0], where, key, problem.startswith("unnamed"))
        if seen in self._seen:
            return
        self._seen.add(seen)
        self.violations.append(Violation(operation, where, key, problem))

    def _walk(
        self, value: Any, raw: Any, operation: str, path: str, version: Version | None
    ) -> None:
        if isinstance(value, Model):
            if not isinstance(raw, dict):
                return
            name = type(value).__name__ + (f"@{path}" if path else "")
            if not value.open_properties:  # declared free-form: the rest is in extra
                for key in _unnamed(value, raw, version):
                    self._add(operation, name, key, f"unnamed (such as {raw[key]!r:.60})")
            wire = _wire_names(type(value))
            for attr, wire_name in wire.items():
                inner = getattr(value, attr)
                if wire_name in raw and _holds_model(inner):
                    self._walk(inner, raw[wire_name], operation, f"{path}.{wire_name}", version)
            for attr, _pattern in value.pattern_fields:  # maps of pattern-named properties
                inner = _with_wire(value, raw, version, lambda v, a=attr: getattr(v, a))
                if _holds_model(inner):
                    self._walk(inner, raw, operation, path, version)
        elif isinstance(value, list) and isinstance(raw, list):
            for index, (item, item_raw) in enumerate(zip(value, raw, strict=False)):
                self._walk(item, item_raw, operation, f"{path}[{index}]", version)
        elif isinstance(value, dict) and isinstance(raw, dict):
            for key, item in value.items():
                if key in raw:
                    self._walk(item, raw[key], operation, f"{path}[{key!r}]", version)

    def _round_trip(self, value: Model, raw: Any, operation: str, path: str) -> None:
        name = type(value).__name__ + (f"@{path}" if path else "")
        for where, problem in _differences(raw, value.to_dict(), ""):
            self._add(operation, name, where, problem)


def _holds_model(value: Any) -> bool:
    if isinstance(value, Model):
        return True
    if isinstance(value, list):
        return any(_holds_model(v) for v in value)
    if isinstance(value, dict):
        return any(_holds_model(v) for v in value.values())
    return False


def _unnamed(value: Model, raw: dict[str, Any], version: Version | None) -> list[str]:
    """The keys of ``raw`` that ``value`` leaves in ``extra``.

    The model's own ``extra`` answers, as if it had been decoded from ``raw``
    alone (a nested model keeps no JSON of its own).
    """
    return sorted(_with_wire(value, raw, version, lambda v: v.extra))


def _with_wire(
    value: Model, raw: dict[str, Any], version: Version | None, read: Callable[[Model], Any]
) -> Any:
    """``read(value)`` as if ``value`` had been decoded from ``raw`` alone, at ``version``."""
    saved = value.__dict__.get("_wire", _MISSING)
    value.__dict__["_wire"] = (raw, version)  # the shape from_dict() leaves (see models.py)
    try:
        return read(value)
    finally:
        if saved is _MISSING:
            del value.__dict__["_wire"]
        else:
            value.__dict__["_wire"] = saved


_MISSING = object()


@functools.cache
def _wire_names(cls: type[Model]) -> dict[str, str]:
    header_attrs = {attr for attr, _ in cls.header_fields}
    return {
        attr: wire
        for attr, wire in zip(cls.__struct_fields__, cls.__struct_encode_fields__, strict=True)
        if attr not in header_attrs
    }


def _differences(raw: Any, mine: Any, path: str) -> list[tuple[str, str]]:
    """Where ``to_dict()`` (``mine``) differs from the JSON (``raw``): (path, what)."""
    if isinstance(raw, dict) and isinstance(mine, dict):
        out: list[tuple[str, str]] = []
        for key in raw.keys() | mine.keys():
            at = f"{path}.{key}" if path else key
            if key not in mine:
                out.append((at, "dropped by to_dict()"))
            elif key not in raw:
                out.append((at, f"added by to_dict() as {mine[key]!r:.60}"))
            else:
                out += _differences(raw[key], mine[key], at)
        return out
    if isinstance(raw, list) and isinstance(mine, list) and len(raw) == len(mine):
        out = []
        for index, (r, m) in enumerate(zip(raw, mine, strict=True)):
            out += _differences(r, m, f"{path}[{index}]")
        return out
    if raw == mine and type(raw) is type(mine):
        return []
    return [(path, f"given back as {mine!r:.60} for {raw!r:.60}")]


def _unindexed(path: str) -> str:
    """``Network@.subnets[3]`` -> ``Network@.subnets[]``: one finding per place."""
    return re.sub(r"\[[^\]]*\]", "[]", path)
