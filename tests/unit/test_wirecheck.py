"""The integration suite's wire check (tests/integration/wirecheck.py), on canned bodies.

What it must catch: a key no model names, at the top or in a nested object
(inside lists and maps too), and a ``to_dict()`` that differs from the JSON.
What it must let through: open models' own properties, free-form maps,
pattern-named properties, and fields outside the decoded microversion that
a model carries in ``extra`` by design.
"""

from __future__ import annotations

import json

import pytest

from tests.integration.wirecheck import WireCheck
from typedstack.block_storage.v3 import pools, quota_sets
from typedstack.image.v2 import images
from typedstack.network.v2 import security_groups
from typedstack.runtime import decoding


@pytest.fixture()
def check(monkeypatch: pytest.MonkeyPatch) -> WireCheck:
    wire = WireCheck()
    wire.install(monkeypatch)
    return wire


def decode(type_: object, key: str | None, body: object) -> object:
    content = json.dumps(body).encode()
    return decoding.decode_body(content, type_, key, "GET", "http://svc.test/x", None)


RULE = {"id": "r1", "direction": "ingress", "ethertype": "IPv4", "protocol": None}


def test_a_nested_unnamed_key_is_reported_with_its_place(check: WireCheck) -> None:
    group = {"id": "g1", "name": "web", "security_group_rules": [RULE, {**RULE, "shiny": 1}]}
    decode(security_groups.SecurityGroup, "security_group", {"security_group": group})
    assert [(v.model, v.key) for v in check.violations] == [
        ("SecurityGroupRule@.security_group_rules[]", "shiny")
    ]
    assert check.violations[0].problem == "unnamed (such as 1)"
    assert check.violations[0].operation == "GET http://svc.test/x"


def test_a_top_level_unnamed_key_in_a_listing_is_reported_once(check: WireCheck) -> None:
    listing = [{"id": f"g{i}", "name": "web", "new_field": i} for i in range(3)]
    decode(list[security_groups.SecurityGroup], "security_groups", {"security_groups": listing})
    assert [(v.model, v.key) for v in check.violations] == [("SecurityGroup@[]", "new_field")]


def test_open_models_free_form_maps_and_pattern_fields_pass(check: WireCheck) -> None:
    image = {"id": "i1", "status": "active", "hw_disk_bus": "scsi", "tags": []}
    decode(images.Image, None, image)
    quota = {"id": "p", "volumes": 10, "volumes_fast": 2, "gigabytes___DEFAULT__": -1}
    decode(quota_sets.QuotaSet, "quota_set", {"quota_set": quota})
    pool = {"name": "h@b#p", "capabilities": {"pool_name": "p", "vendor_thing": {"a": 1}}}
    decode(list[pools.Pool], "pools", {"pools": [pool]})
    assert check.violations == []


def test_to_dict_must_give_the_json_back(
    check: WireCheck, monkeypatch: pytest.MonkeyPatch
) -> None:
    group = {"id": "g1", "name": "web"}
    monkeypatch.setattr(
        security_groups.SecurityGroup, "to_dict", lambda self: {"id": "g1", "name": "WEB"}
    )
    decode(security_groups.SecurityGroup, "security_group", {"security_group": group})
    assert [(v.key, v.problem) for v in check.violations] == [
        ("name", "given back as 'WEB' for 'web'")
    ]
