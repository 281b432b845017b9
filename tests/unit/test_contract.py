"""Issue 11's contract: the common call is the shortest one, and it type-checks.

Every line of the contract runs here against recorded answers, checking the
exact request it sends; ``scripts/typecheck.py`` runs ``mypy --strict`` on
this file too, so a wrong keyword or attribute fails CI.
"""

from __future__ import annotations

from typing import Any

import pytest

import typedstack
from tests.unit.recording import Recorder, provider_with
from typedstack.block_storage import v3 as block_storage
from typedstack.block_storage.v3 import volumes
from typedstack.compute import v2 as compute
from typedstack.compute.v2 import keypairs, servers
from typedstack.image import v2 as image
from typedstack.image.v2 import image_data
from typedstack.network import v2 as network
from typedstack.network.v2 import ports
from typedstack.network.v2 import tags as net_tags

NOVA = "http://nova.test/v2.1"
CINDER = "http://cinder.test/v3/p1"


@pytest.fixture()
def recorder() -> Recorder:
    return Recorder()


def clients(recorder: Recorder) -> tuple[typedstack.ServiceClient, typedstack.ServiceClient]:
    provider = provider_with(recorder, {"compute": NOVA, "block-storage": CINDER})
    nova = compute.new_client(provider, microversion="2.90")
    cinder = block_storage.new_client(provider, microversion="3.60")
    return nova, cinder


def server(sid: str, name: str, status: str = "ACTIVE", **more: Any) -> dict[str, Any]:
    return {"id": sid, "name": name, "status": status, **more}


def test_create_is_flat_and_returns_the_server(recorder: Recorder) -> None:
    nova, _ = clients(recorder)
    recorder.reply(202, {"server": {"id": "s1", "adminPass": "pw"}}, {"Location": NOVA + "/s1"})
    created = servers.create(
        nova,
        servers.CreateOpts(name="web-1", flavor_ref="f1", image_ref="i1", networks="auto"),
    )
    created_id: str = created.id
    assert created_id == "s1"
    assert created.location == NOVA + "/s1"
    assert recorder.seen[0].json == {
        "server": {"name": "web-1", "flavorRef": "f1", "imageRef": "i1", "networks": "auto"}
    }


def test_scheduler_hints_go_beside_the_server(recorder: Recorder) -> None:
    nova, _ = clients(recorder)
    recorder.reply(202, {"server": {"id": "s1"}})
    hints = servers.SchedulerHints(group="g1")
    opts = servers.CreateOpts(name="a", flavor_ref="f1", networks="none", scheduler_hints=hints)
    servers.create(nova, opts)
    assert recorder.seen[0].json == {
        "server": {"name": "a", "flavorRef": "f1", "networks": "none"},
        "os:scheduler_hints": {"group": "g1"},
    }


def test_the_reservation_id_has_its_own_function(recorder: Recorder) -> None:
    nova, _ = clients(recorder)
    recorder.reply(202, {"reservation_id": "r-1"})
    opts = servers.CreateOpts(name="a", flavor_ref="f1", networks="none", min_count=2)
    reservation = servers.create_reservation(nova, opts)
    assert reservation.reservation_id == "r-1"
    assert recorder.seen[0].json == {
        "server": {
            "name": "a",
            "flavorRef": "f1",
            "networks": "none",
            "min_count": 2,
            "return_reservation_id": True,
        }
    }


def test_list_and_dict_filters(recorder: Recorder) -> None:
    nova, cinder = clients(recorder)
    recorder.reply(200, {"servers": [], "servers_links": []})
    assert list(servers.list(nova, servers.ListOpts(tags=["a", "b"]))) == []
    assert recorder.seen[0].query == [("tags", "a,b")]
    recorder.reply(200, {"volumes": []})
    assert list(volumes.list(cinder, volumes.ListOpts(metadata={"purpose": "x"}))) == []
    # a JSON object: Cinder evaluates the value as a literal
    assert recorder.seen[1].query == [("metadata", '{"purpose":"x"}')]


def test_keypairs_are_listed_without_their_envelope(recorder: Recorder) -> None:
    nova, _ = clients(recorder)
    item = {"name": "k1", "public_key": "ssh-ed25519 AAAA", "fingerprint": "f", "color": "x"}
    recorder.reply(200, {"keypairs": [{"keypair": item}], "keypairs_links": []})
    listed = list(keypairs.list(nova))
    assert [kp.name for kp in listed] == ["k1"]
    assert listed[0].extra == {"color": "x"}  # still lossless
    assert listed[0].to_dict() == item


def test_find_by_id_then_by_exact_name(recorder: Recorder) -> None:
    nova, _ = clients(recorder)
    recorder.reply(200, {"server": server("s1", "web-1")})
    assert servers.find(nova, "s1").id == "s1"
    assert recorder.seen[-1].path == "/v2.1/servers/s1"

    # Nova's name filter is a regular expression: web-10 comes back too
    recorder.reply(404, {"itemNotFound": {"code": 404, "message": "not found"}})
    listing = [server("s1", "web-1"), server("s2", "web-10")]
    recorder.reply(200, {"servers": listing, "servers_links": []})
    found = servers.find(nova, "web-1")
    assert found.id == "s1"
    assert recorder.seen[-1].query == [("name", "web-1")]


def test_find_names_every_match_or_none(recorder: Recorder) -> None:
    nova, _ = clients(recorder)
    recorder.reply(404, {"itemNotFound": {"code": 404, "message": "not found"}})
    twins = [server("s1", "web"), server("s2", "web")]
    recorder.reply(200, {"servers": twins, "servers_links": []})
    with pytest.raises(typedstack.MultipleMatches, match="s1, s2") as info:
        servers.find(nova, "web")
    assert isinstance(info.value, typedstack.OpenStackError)
    assert info.value.ids == ["s1", "s2"]
    recorder.reply(404, {"itemNotFound": {"code": 404, "message": "not found"}})
    recorder.reply(200, {"servers": [], "servers_links": []})
    with pytest.raises(typedstack.NotFound, match="no Server has the ID or name 'nope'"):
        servers.find(nova, "nope")


def test_waiters_per_resource(recorder: Recorder) -> None:
    nova, cinder = clients(recorder)
    recorder.reply(200, {"server": server("s1", "a", "BUILD")})
    recorder.reply(200, {"server": server("s1", "a", "ACTIVE")})
    active = servers.wait_for_status(nova, "s1", "ACTIVE", timeout=5.0, interval=0.0)
    assert active.status == "ACTIVE"
    recorder.reply(200, {"server": server("s1", "a", "ACTIVE")})
    recorder.reply(404, {"itemNotFound": {"code": 404, "message": "gone"}})
    servers.wait_for_delete(nova, "s1", timeout=5.0, interval=0.0)
    broken = server("s2", "b", "ERROR", fault={"code": 500, "message": "No valid host"})
    recorder.reply(200, {"server": broken})
    with pytest.raises(typedstack.ResourceFailed, match="No valid host"):
        servers.wait_for_status(nova, "s2", "ACTIVE", timeout=5.0, interval=0.0)

    recorder.reply(200, {"volume": {"id": "v1", "status": "creating", "size": 1}})
    recorder.reply(200, {"volume": {"id": "v1", "status": "available", "size": 1}})
    vol = volumes.wait_for_status(cinder, "v1", "available", timeout=5.0, interval=0.0)
    assert vol.size == 1
    recorder.reply(200, {"volume": {"id": "v1", "status": "error_extending", "size": 1}})
    with pytest.raises(typedstack.ResourceFailed, match="error_extending"):
        volumes.wait_for_status(cinder, "v1", "available", timeout=5.0, interval=0.0)


def test_generic_waiter_takes_a_predicate(recorder: Recorder) -> None:
    _, cinder = clients(recorder)
    recorder.reply(200, {"volume": {"id": "v1", "status": "available", "size": 1}})
    recorder.reply(200, {"volume": {"id": "v1", "status": "extending", "size": 1}})
    recorder.reply(200, {"volume": {"id": "v1", "status": "available", "size": 2}})
    vol = typedstack.wait_until(
        lambda: volumes.get(cinder, "v1"),
        lambda v: v.status == "available" and v.size == 2,
        timeout=5.0,
        interval=0.0,
    )
    assert vol.size == 2
    recorder.reply(200, {"volume": {"id": "v1", "status": "available", "size": 3}})
    grown = volumes.wait_for_status(
        cinder, "v1", "available", predicate=lambda v: v.size == 3, timeout=5.0, interval=0.0
    )
    assert grown.size == 3


def test_paired_options_are_checked_before_sending() -> None:
    with pytest.raises(typedstack.InvalidOptions, match="sort_key and sort_dir go together"):
        ports.ListOpts(sort_key=["name"])
    with pytest.raises(typedstack.InvalidOptions, match="as many values each"):
        ports.ListOpts(sort_key=["name", "id"], sort_dir=["asc"])
    ports.ListOpts(sort_key=["name"], sort_dir=["asc"])


def test_sizes_are_integers_and_tag_collections_a_closed_set(recorder: Recorder) -> None:
    provider = provider_with(recorder, {"image": "http://glance.test", "network": "http://n.test"})
    glance = image.new_client(provider)
    neutron = network.new_client(provider)
    recorder.reply(204)
    image_data.upload(glance, "i1", b"12345", image_data.UploadOpts(image_size=5))
    assert recorder.seen[0].headers["x-openstack-image-size"] == "5"
    recorder.reply(201)
    net_tags.add(neutron, "networks", "n1", "green")
    assert recorder.seen[1].path == "/v2.0/networks/n1/tags/green"
