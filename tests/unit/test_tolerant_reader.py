"""What a user sees when a server sends a value its spec did not expect.

Tolerant (the default for users): the call succeeds, the attribute gets its
documented fallback, ``to_dict()`` keeps the server's value, and one warning
per (model, field) names the model, the field and the JSON type received.
Strict (``strict=True``, ``TYPEDSTACK_STRICT=1``, and this suite): the call
raises ResponseError. Also: ``to_dict()`` gives back the wire text of every
value the user did not change.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Iterator
from typing import Any

import msgspec
import pytest

import typedstack
from tests.unit.recording import Recorder, provider_with
from typedstack.block_storage.v3 import pools
from typedstack.compute.v2 import servers
from typedstack.identity import v3 as identity
from typedstack.identity.v3 import application_credentials, projects
from typedstack.runtime import tolerant

NOVA = "http://nova.test/v2.1"
KEYSTONE = "http://keystone.test/v3"


@pytest.fixture(autouse=True)
def fresh_reports() -> Iterator[None]:
    tolerant.reset_reports()
    yield
    tolerant.reset_reports()


def _client(recorder: Recorder, *, strict: bool) -> typedstack.ServiceClient:
    provider = provider_with(recorder, {"compute": NOVA, "identity": KEYSTONE})
    provider.strict = strict
    from typedstack.compute import v2 as compute

    return compute.new_client(provider)


def _server(fields: dict[str, Any], *, strict: bool = False) -> servers.Server:
    recorder = Recorder()
    recorder.reply(200, {"server": {"id": "s1", **fields}})
    return servers.get(_client(recorder, strict=strict), "s1")


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "typedstack.decode"]


# ------------------------------------------------------------ tolerant reading


@pytest.mark.parametrize(
    ("wire", "attr", "expected"),
    [
        ({"locked": 1}, "locked", True),
        ({"locked": 0}, "locked", False),
        ({"locked": "false"}, "locked", False),
        ({"progress": "1001"}, "progress", 1001),
        ({"created": "null"}, "created", None),
        ({"created": ""}, "created", None),
        ({"created": "Wed, 21 Oct 2015 07:28:00 GMT"}, "created", "2015-10-21T07:28:00+00:00"),
        ({"created": "2015-10-21"}, "created", "2015-10-21T00:00:00"),
        ({"created": "2015-08-27 09:49:58 UTC"}, "created", "2015-08-27T09:49:58+00:00"),
        ({"created": "2015-08-27T09:49"}, "created", "2015-08-27T09:49:00"),
        ({"addresses": []}, "addresses", typedstack.UNSET),
        ({"tags": {"a": "b"}}, "tags", typedstack.UNSET),
        ({"progress": "a lot"}, "progress", typedstack.UNSET),
        ({"name": 42}, "name", "42"),
    ],
)
def test_a_value_that_does_not_fit_never_fails_the_call(
    wire: dict[str, Any], attr: str, expected: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, "typedstack.decode")
    server = _server({"status": "ACTIVE", **wire})
    value = getattr(server, attr)
    if isinstance(value, datetime.datetime):
        value = value.isoformat()
    assert value == expected
    assert server.status == "ACTIVE"  # the rest of the object is read as usual
    assert server.to_dict() == {"id": "s1", "status": "ACTIVE", **wire}  # as the server sent it
    assert server.extra == {}
    (message,) = _warnings(caplog)
    received = next(iter(wire.values()))
    assert message.startswith(f"Server.{attr}: expected ")
    assert f"received {tolerant.json_type(received)}" in message
    if isinstance(received, str) and received:
        assert received not in message  # never the value


def test_a_missing_required_field_is_unset_and_reported(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, "typedstack.decode")
    recorder = Recorder()
    recorder.reply(200, {"server": {"name": "no-id"}})
    server = servers.get(_client(recorder, strict=False), "s1")
    assert server.id is typedstack.UNSET
    assert server.name == "no-id"
    assert server.to_dict() == {"name": "no-id"}
    assert _warnings(caplog) == [
        "Server.id: expected string, received nothing; the field is missing"
        " (to_dict() keeps the response as received)"
    ]


def test_nested_objects_and_list_items_are_read_field_by_field() -> None:
    wire = {
        "flavor": {"vcpus": "2", "ram": 512},
        "security_groups": [{"name": "default"}, {"name": 7}],
        "fault": {"code": 500, "created": "2016-05-20 06:15:42", "message": "boom"},
    }
    server = _server(wire)
    assert isinstance(server.flavor, servers.ServerFlavor)
    assert (server.flavor.vcpus, server.flavor.ram) == (2, 512)
    assert server.security_groups == [
        servers.SecurityGroupRef(name="default"),
        servers.SecurityGroupRef(name="7"),
    ]
    assert isinstance(server.fault, servers.ServerFault)
    assert server.fault.created == datetime.datetime(2016, 5, 20, 6, 15, 42)
    assert server.to_dict() == {"id": "s1", **wire}


def test_a_listing_keeps_every_item_when_one_does_not_fit() -> None:
    recorder = Recorder()
    recorder.reply(
        200,
        {"servers": [{"id": "a", "progress": 5}, {"id": "b", "progress": "x"}, {"id": "c"}]},
    )
    listed = list(servers.list(_client(recorder, strict=False)))
    assert [s.id for s in listed] == ["a", "b", "c"]
    assert listed[1].progress is typedstack.UNSET
    assert listed[1].to_dict() == {"id": "b", "progress": "x"}


def test_each_model_field_is_reported_once(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, "typedstack.decode")
    for _ in range(3):
        _server({"locked": 1, "progress": "9"})
    assert sorted(_warnings(caplog)) == [
        "Server.locked: expected boolean, received integer; read as boolean"
        " (to_dict() keeps the response as received)",
        "Server.progress: expected integer, received string; read as integer"
        " (to_dict() keeps the response as received)",
    ]


def test_a_secret_value_never_appears_in_the_warning(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    recorder = Recorder()
    provider = provider_with(recorder, {"identity": KEYSTONE})
    provider.strict = False
    ks = identity.new_client(provider)
    recorder.reply(
        201, {"application_credential": {"id": "ac1", "secret": ["s3cr3t-v4lue"], "name": "n"}}
    )
    created = application_credentials.create(
        ks, "u1", application_credentials.CreateOpts(name="n")
    )
    assert created.secret is typedstack.UNSET
    assert "s3cr3t-v4lue" not in caplog.text
    assert "s3cr3t-v4lue" not in repr(created)
    assert created.to_dict()["secret"] == ["s3cr3t-v4lue"]


def test_an_unusable_body_still_raises() -> None:
    recorder = Recorder()
    recorder.reply(200, {"not-server": {}})
    recorder.reply(200, {"server": ["a list"]})
    recorder.reply(200, b"{not json")
    client = _client(recorder, strict=False)
    for expected in ("no 'server' key", "expected an object", "invalid JSON"):
        with pytest.raises(typedstack.ResponseError, match=expected):
            servers.get(client, "s1")


# ------------------------------------------------------------------ strict mode


def test_strict_mode_raises_naming_the_field() -> None:
    with pytest.raises(typedstack.ResponseError, match=r"GET .*/servers/s1.*\$\.server\.locked"):
        _server({"locked": 1}, strict=True)


def test_strict_mode_from_connect_and_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("TYPEDSTACK_STRICT", raising=False)
    off = typedstack.connect(auth_url=KEYSTONE, token="t", authenticate=False)
    on = typedstack.connect(auth_url=KEYSTONE, token="t", authenticate=False, strict=True)
    assert (off.strict, on.strict) == (False, True)
    monkeypatch.setenv("TYPEDSTACK_STRICT", "1")
    assert typedstack.connect(auth_url=KEYSTONE, token="t", authenticate=False).strict
    forced_off = typedstack.connect(auth_url=KEYSTONE, token="t", authenticate=False, strict=False)
    assert forced_off.strict is False


# ------------------------------------------------------------- the wire text


@pytest.mark.parametrize(
    "wire",
    [
        {"created": "2018-02-27T18:30:59.000000"},
        {"created": "2018-02-27T18:30:59+00:00"},
        {"created": "2016-05-20 06:15:42"},
        {"created": "2015-08-27T09:49:58.000000Z"},
        {"fault": {"code": 500, "created": "2018-02-27T18:30:59.000000"}},
        {"OS-SRV-USG:launched_at": "2021-03-01T00:00:00.000000+0000"},
    ],
)
def test_to_dict_gives_back_the_wire_text(wire: dict[str, Any]) -> None:
    server = _server(wire, strict=True)
    assert server.to_dict() == {"id": "s1", **wire}


def test_a_number_stays_as_sent() -> None:
    recorder = Recorder()
    provider = provider_with(recorder, {"volumev3": "http://cinder.test/v3/p1"})
    from typedstack.block_storage import v3 as block_storage

    cinder = block_storage.new_client(provider)
    body = {"pools": [{"name": "p", "capabilities": {"total_capacity_gb": 4}}]}
    recorder.reply(200, body)
    (pool,) = pools.list(cinder, pools.ListOpts(detail=True))
    assert pool.to_dict() == body["pools"][0]
    assert (
        msgspec.json.encode(pool.to_dict())
        == b'{"name":"p","capabilities":{"total_capacity_gb":4}}'
    )


def test_what_the_user_changed_comes_out_as_it_is_now() -> None:
    server = _server(
        {
            "created": "2018-02-27T18:30:59.000000",
            "metadata": {"a": "1", "b": "2"},
            "tags": ["x"],
            "flavor": {"vcpus": 1, "ram": 512},
        }
    )
    server.created = datetime.datetime(2020, 1, 2, 3, 4, 5)
    del server.metadata["a"]  # type: ignore[union-attr]
    server.metadata["c"] = "3"  # type: ignore[index]
    server.tags.append("y")  # type: ignore[union-attr]
    server.flavor.ram = 1024  # type: ignore[union-attr]
    assert server.to_dict() == {
        "id": "s1",
        "created": "2020-01-02T03:04:05",
        "metadata": {"b": "2", "c": "3"},
        "tags": ["x", "y"],
        "flavor": {"vcpus": 1, "ram": 1024},
    }


def test_from_dict_round_trips_the_wire_text() -> None:
    wire = {"id": "p1", "name": "demo", "enabled": True, "zz-vendor": {"k": 1.5}}
    project = projects.Project.from_dict(wire)
    assert project.to_dict() == wire
    assert project.extra == {"zz-vendor": {"k": 1.5}}


# ------------------------------------------------------ options' wire form


def test_options_from_a_published_request_body() -> None:
    from typedstack.image.v2 import images
    from typedstack.object_store.v1 import objects

    body = {
        "name": "cirros",
        "disk_format": "qcow2",
        "container_format": "bare",
        "tags": ["a"],
        "hw_disk_bus": "scsi",
        "os_distro": "cirros",
    }
    opts = images.CreateOpts.from_dict(body)
    assert opts.name == "cirros" and opts.tags == ["a"]
    assert opts.properties == {"hw_disk_bus": "scsi", "os_distro": "cirros"}  # the free-form map
    assert opts.to_dict() == body

    headers = {"Content-Type": "text/plain", "X-Object-Meta-Color": "blue"}
    upload = objects.UploadOpts.from_dict(headers)
    assert upload.metadata == {"Color": "blue"} and upload.content_type == "text/plain"
    assert upload.to_dict() == headers


def test_options_from_dict_refuses_an_unknown_key_by_name() -> None:
    with pytest.raises(typedstack.InvalidOptions, match=r"ListOpts: unknown option 'bogus' \("):
        servers.ListOpts.from_dict({"status": "ACTIVE", "bogus": 1})
    with pytest.raises(typedstack.InvalidOptions, match=r"ListOpts: Expected `int`.*\$\.limit"):
        servers.ListOpts.from_dict({"limit": "ten"})
    opts = servers.ListOpts.from_dict({"changes-since": "2020-01-01T00:00:00Z"})
    assert opts.changes_since == datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc)
    assert opts.to_dict() == {"changes-since": "2020-01-01T00:00:00Z"}


def test_a_header_prefix_map_refuses_a_key_that_is_no_header_name() -> None:
    from typedstack.object_store.v1 import objects

    with pytest.raises(typedstack.InvalidOptions, match="cannot end a header name"):
        objects.UploadOpts(metadata={"bad key\r\nX-Injected": "1"})
