"""generator.naming: wire names from specs become safe, idiomatic Python names."""

from __future__ import annotations

import keyword

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from generator import naming
from generator.naming import module_name, pascal_case, safe_identifier, snake_case


def _is_safe(name: str) -> bool:
    return (
        name.isidentifier()
        and name.isascii()
        and not keyword.iskeyword(name)
        and not name.startswith("__")
    )


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("OS-EXT-STS:vm_state", "os_ext_sts_vm_state"),
        ("flavorRef", "flavor_ref"),
        ("os-extended-volumes:volumes_attached", "os_extended_volumes_volumes_attached"),
        ("HTTPHeader", "http_header"),
        ("X-Auth-Token", "x_auth_token"),
        ("hostId", "host_id"),
        ("userID", "user_id"),
        ("os-getVNCConsole", "os_get_vnc_console"),
        ("changes-since", "changes_since"),
        ("already_snake", "already_snake"),
        ("v2.1", "v2_1"),
        ("a__b", "a_b"),
        ("a\nb", "a_b"),
        ('say "hi"', "say_hi"),
        # Python keywords get a trailing underscore.
        ("class", "class_"),
        ("from", "from_"),
        ("import", "import_"),
        ("async", "async_"),
        ("None", "none"),
        ("self", "self_"),
        # Soft keywords are renamed too (harmless as attributes, but consistent).
        ("match", "match"),
        ("case", "case"),
        # `type` is fine as an attribute name and stays as it is.
        ("type", "type"),
        # A leading digit cannot start an identifier.
        ("1st", "f_1st"),
        ("2fa-enabled", "f_2fa_enabled"),
        # Dunders are never produced.
        ("__class__", "class_"),
        ("__init__", "init"),
        ("__import__", "import_"),
        # Nothing usable left: a placeholder.
        ("", "field"),
        ("---", "field"),
        ("__", "field"),
        ("日本", "field"),
    ],
)
def test_snake_case(wire: str, expected: str) -> None:
    assert snake_case(wire) == expected
    assert _is_safe(snake_case(wire))


def test_snake_case_keeps_ip_versions_together() -> None:
    assert snake_case("accessIPv4") == "access_ipv4"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("vm_state", "vm_state"),
        ("class", "class_"),
        ("lambda", "lambda_"),
        ("cls", "cls_"),
        ("1abc", "f_1abc"),
        ("", "f_"),
        ("__dunder__", "dunder__"),
        ("__", "field"),
        ("a-b.c", "a_b_c"),
        ("type", "type"),
    ],
)
def test_safe_identifier(name: str, expected: str) -> None:
    assert safe_identifier(name) == expected
    assert _is_safe(safe_identifier(name))


def test_safe_identifier_of_an_underscore_is_not_a_dunder() -> None:
    assert not safe_identifier("_").startswith("__")


def test_names_do_not_depend_on_the_python_version(monkeypatch: pytest.MonkeyPatch) -> None:
    # Python 3.12's keyword.softkwlist is ['_', 'case', 'match', 'type'].
    monkeypatch.setattr(
        naming.keyword, "issoftkeyword", frozenset({"_", "case", "match", "type"}).__contains__
    )
    assert snake_case("type") == "type"
    assert safe_identifier("type") == "type"


@given(st.text(max_size=40))
def test_snake_case_is_always_a_safe_identifier(wire: str) -> None:
    name = snake_case(wire)
    assert _is_safe(name), (wire, name)
    assert name == name.lower()


@given(st.text(max_size=40))
@example("__1st")
def test_safe_identifier_is_always_a_valid_identifier(text: str) -> None:
    name = safe_identifier(text)
    assert name.isidentifier() and name.isascii(), (text, name)
    assert not keyword.iskeyword(name)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("create", "Create"),
        ("create_image", "CreateImage"),
        ("os-start", "OsStart"),
        ("list", "List"),
    ],
)
def test_pascal_case(name: str, expected: str) -> None:
    assert pascal_case(name) == expected


@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        ("servers", "servers"),
        ("load-balancers", "load_balancers"),
        ("Server-Groups", "server_groups"),
        ("class", "class_"),
        ("2fa", "f_2fa"),
        ("__init__", "init"),
    ],
)
def test_module_name(stem: str, expected: str) -> None:
    assert module_name(stem) == expected
    assert module_name(stem).isidentifier()
