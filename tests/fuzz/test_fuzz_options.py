"""Options classes accept values of their field types and reject every other type."""

from __future__ import annotations

from typing import Any

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import typedstack
from tests.fuzz.fuzzing import (
    FUZZ,
    accepts,
    any_python_value,
    class_id,
    count,
    options_classes,
    union_members,
    wire,
)

OPTIONS = options_classes()


def _python(field: msgspec.structs.FieldInfo, value: Any) -> Any:
    """The Python value a user passes for a wire value (datetimes, models...)."""
    return msgspec.convert(value, field.type, strict=False)


@st.composite
def valid_kwargs(draw: st.DrawFn, cls: type[typedstack.Options]) -> dict[str, Any]:
    """Every required field, and some optional ones, with values of their types."""
    kwargs = {}
    for field in msgspec.structs.fields(cls):
        if field.required or draw(st.booleans()):
            if field.encode_name.endswith("*"):  # a header prefix map: keys end header names
                token = st.text("abcXYZ019-_.~", min_size=1, max_size=8)
                kwargs[field.name] = draw(st.dictionaries(token, st.text(max_size=8), max_size=3))
                continue
            kwargs[field.name] = _python(field, draw(wire(field.type)))
    for group in cls.paired:  # fields the server checks together: set all or none
        for name in group:
            kwargs.pop(name, None)
    return kwargs


@pytest.mark.parametrize("cls", OPTIONS, ids=class_id)
@settings(FUZZ, max_examples=3)
@given(data=st.data())
def test_options_reject_values_of_the_wrong_type(
    cls: type[typedstack.Options], data: st.DataObject
) -> None:
    count("test_options_reject_values_of_the_wrong_type")
    kwargs = data.draw(valid_kwargs(cls), label="valid options")
    opts = cls(**kwargs)  # values of the declared types are accepted
    for name, value in kwargs.items():
        assert getattr(opts, name) is value

    # A field typed Any accepts everything: nothing is of the wrong type there.
    fields = [f for f in msgspec.structs.fields(cls) if Any not in union_members(f.type)]
    if not fields:
        return
    field = data.draw(st.sampled_from(fields), label="field")
    wrong = data.draw(
        any_python_value.filter(lambda v: accepts(field.type, v) is False), label="wrong value"
    )
    with pytest.raises(typedstack.InvalidOptions) as info:
        cls(**{**kwargs, field.name: wrong})
    message = str(info.value)
    assert message.startswith(f"{cls.__name__}.{field.name}: "), message
    assert "\n" not in message


@pytest.mark.parametrize("cls", OPTIONS, ids=class_id)
@settings(FUZZ, max_examples=3)
@given(data=st.data())
def test_options_round_trip_through_their_wire_form(
    cls: type[typedstack.Options], data: st.DataObject
) -> None:
    """``Opts.from_dict(opts.to_dict())`` gives the same options, wire names in and out.

    (A free-form map or header prefix map left empty sends nothing, so it
    comes back unset.)
    """
    count("test_options_round_trip_through_their_wire_form")
    opts = cls(**data.draw(valid_kwargs(cls), label="valid options"))
    wire_form = opts.to_dict()
    again = cls.from_dict(wire_form)
    assert again.to_dict() == wire_form
    assert msgspec.json.decode(msgspec.json.encode(wire_form)) == wire_form  # plain JSON
    names = dict(zip(cls.__struct_fields__, cls.__struct_encode_fields__, strict=True))
    for attr in cls.__struct_fields__:
        spread = cls.locations.get(attr) == "extra" or names[attr].endswith("*")
        if getattr(opts, attr) is not typedstack.UNSET and not spread:
            assert names[attr] in wire_form
            assert getattr(again, attr) == getattr(opts, attr)
