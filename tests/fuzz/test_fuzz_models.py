"""Every generated model round-trips; arbitrary JSON decodes (tolerantly, losing nothing)
or raises ResponseError."""

from __future__ import annotations

from typing import Any

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import typedstack
from tests.fuzz.fuzzing import (
    FUZZ,
    class_id,
    count,
    json_values,
    model_classes,
    model_dict,
    outcome,
    resource_modules,
)
from typedstack.runtime.decoding import decode_body
from typedstack.runtime.microversion import parse_version

URL = "http://127.0.0.1:9/v1/things/x"
MODELS = model_classes()


def test_the_walk_finds_every_service_and_many_models() -> None:
    services = {m.__name__.split(".")[1] for m in resource_modules()}
    assert {"compute", "identity", "image", "placement"} <= services
    assert len(MODELS) > 100
    assert any(cls.__name__ == "Project" for cls in MODELS)


@pytest.mark.parametrize("cls", MODELS, ids=class_id)
@settings(FUZZ, max_examples=3)
@given(data=st.data())
def test_model_round_trips(cls: type[typedstack.Model], data: st.DataObject) -> None:
    count("test_model_round_trips")
    received = data.draw(model_dict(cls), label="wire dict")
    known = {f.encode_name for f in msgspec.structs.fields(cls)}

    obj = cls.from_dict(received)
    assert cls.from_dict(obj.to_dict()) == obj
    assert obj.to_dict() == received  # nothing lost, nothing added
    assert obj.extra == {k: v for k, v in received.items() if k not in known}

    decoded = decode_body(msgspec.json.encode(received), cls, None, "GET", URL, None)
    assert decoded == obj
    assert decoded.to_dict() == received
    assert cls.from_dict(decoded.to_dict()) == decoded


def _nearly_valid(cls: type[typedstack.Model]) -> st.SearchStrategy[Any]:
    """A valid object of ``cls`` with one field replaced by any JSON value."""

    def spoil(pair: tuple[dict[str, Any], Any, int]) -> dict[str, Any]:
        good, junk, index = pair
        if not good:
            return {"unexpected": junk}
        key = sorted(good)[index % len(good)]
        return {**good, key: junk}

    return st.tuples(model_dict(cls), json_values, st.integers(0, 50)).map(spoil)


@st.composite
def bodies(draw: st.DrawFn) -> tuple[type[typedstack.Model], bool, str | None, bytes]:
    cls = draw(st.sampled_from(MODELS))
    as_list = draw(st.booleans())
    key = draw(st.none() | st.just("thing"))
    value = draw(_nearly_valid(cls) | json_values)
    if as_list:
        value = draw(st.lists(_nearly_valid(cls) | json_values, max_size=3))
    if key is not None and draw(st.integers(0, 4)):
        value = {key: value}
    raw = draw(
        st.just(msgspec.json.encode(value))
        | st.binary(max_size=30)
        | st.sampled_from([b"", b" ", b"null", b"{", b"[]", b'{"thing": null}', b"\xff\xfe"])
    )
    return cls, as_list, key, raw


@settings(FUZZ, max_examples=400)
@given(
    case=bodies(),
    version=st.none()
    | st.sampled_from(["1.0", "2.1", "2.60", "2.100", "3.10"]).map(parse_version),
    headers=st.none() | st.dictionaries(st.text(max_size=20), st.text(max_size=20), max_size=3),
)
def test_arbitrary_json_decodes_or_raises_response_error(
    case: tuple[type[typedstack.Model], bool, str | None, bytes],
    version: Any,
    headers: dict[str, str] | None,
) -> None:
    target = "test_arbitrary_json_decodes_or_raises_response_error"
    count(target)
    cls, as_list, key, raw = case
    type_: Any = list[cls] if as_list else cls  # type: ignore[valid-type]
    try:
        value = decode_body(raw, type_, key, "GET", URL, version, headers)
    except typedstack.ResponseError as exc:
        assert exc.operation == "GET" and exc.url == URL
        assert str(exc).startswith(f"GET {URL}: unusable response: ")
        outcome(target, "ResponseError")
        return
    outcome(target, "decoded")
    document = msgspec.json.decode(raw) if raw.strip() else {}  # no body: an empty model
    sent = document[key] if key is not None else document
    for item, wire in zip(value if as_list else [value], sent if as_list else [sent], strict=True):
        assert isinstance(item, cls)
        # What a user does next with a decoded model must work too, and
        # whatever was read tolerantly, to_dict() is what the server sent.
        repr(item)
        assert item.to_dict() == wire
        assert isinstance(item.extra, dict)


@pytest.mark.parametrize("as_list", [False, True], ids=["model", "list"])
@pytest.mark.parametrize("key", [None, "thing"], ids=["bare", "wrapped"])
def test_deeply_nested_json_raises_response_error(as_list: bool, key: str | None) -> None:
    cls = next(c for c in MODELS if c.__name__ == "Project")
    type_: Any = list[cls] if as_list else cls  # type: ignore[valid-type]
    deep = b"[" * 5000 + b"]" * 5000
    body = deep if key is None else b'{"thing": ' + deep + b"}"
    with pytest.raises(typedstack.ResponseError):
        decode_body(body, type_, key, "GET", URL, None)
