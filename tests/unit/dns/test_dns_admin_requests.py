"""Designate's administrative resources, as exact requests.

TSIG keys, TLDs, blocklists (the API's blacklists), reverse DNS for
floating IPs, quotas, service statuses, pools and limits: the request each
function sends (method, path, query, headers, body) and the decoding of a
realistic answer written from the API reference's examples.
"""

from __future__ import annotations

import datetime

import pytest

import typedstack
from tests.unit.recording import Recorder, provider_with
from typedstack.dns import v2 as dns
from typedstack.dns.v2 import (
    blocklists,
    limits,
    pools,
    quotas,
    reverse_floating_ips,
    service_statuses,
    tlds,
    tsig_keys,
)

DESIGNATE = "http://designate.test"
API = f"{DESIGNATE}/v2"


@pytest.fixture()
def recorder() -> Recorder:
    return Recorder()


def designate(recorder: Recorder) -> typedstack.ServiceClient:
    return dns.new_client(provider_with(recorder, {"dns": DESIGNATE}))


def error(status: int, message: str) -> dict[str, object]:
    return {"code": status, "type": "error", "message": message, "request_id": "req-x"}


# ------------------------------------------------------------------ TSIG keys

TSIGKEY = {
    "id": "8add45a9-4d8f-4f4b-9b7a-2ef7d1b0cb32",
    "name": "poolkey",
    "algorithm": "hmac-sha256",
    "secret": "SomeSecretKey",
    "scope": "POOL",
    "resource_id": "794ccc2c-d751-44fe-b57f-8894c9f5c842",
    "created_at": "2016-04-19 18:52:54",
    "updated_at": None,
    "links": {"self": f"{API}/tsigkeys/8add45a9-4d8f-4f4b-9b7a-2ef7d1b0cb32"},
}


def test_tsigkey_create_sends_the_key_and_masks_the_secret(recorder: Recorder) -> None:
    recorder.reply(201, TSIGKEY)
    opts = tsig_keys.CreateOpts(
        name="poolkey",
        algorithm="hmac-sha256",
        secret="SomeSecretKey",
        scope="POOL",
        resource_id="794ccc2c-d751-44fe-b57f-8894c9f5c842",
        all_projects=True,
    )
    assert "SomeSecretKey" not in repr(opts)
    key = tsig_keys.create(designate(recorder), opts)
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("POST", "/v2/tsigkeys")
    assert sent.json == {
        "name": "poolkey",
        "algorithm": "hmac-sha256",
        "secret": "SomeSecretKey",
        "scope": "POOL",
        "resource_id": "794ccc2c-d751-44fe-b57f-8894c9f5c842",
    }
    assert sent.headers["X-Auth-All-Projects"] == "true"
    assert key.id == "8add45a9-4d8f-4f4b-9b7a-2ef7d1b0cb32"
    assert key.secret == "SomeSecretKey"
    assert "SomeSecretKey" not in repr(key)
    assert key.created_at == datetime.datetime(2016, 4, 19, 18, 52, 54)
    assert key.updated_at is None


def test_tsigkey_create_refuses_an_unknown_scope(recorder: Recorder) -> None:
    with pytest.raises(typedstack.InvalidOptions):
        tsig_keys.CreateOpts(
            name="k",
            algorithm="hmac-sha256",
            secret="s",
            scope="PROJECT",  # type: ignore[arg-type]
            resource_id="r",
        )
    assert recorder.seen == []


def test_tsigkey_list_filters_and_follows_the_next_link(recorder: Recorder) -> None:
    second = {**TSIGKEY, "id": "c429b860-9f68-4e5f-a2ff-65760a64ceaa", "name": "poolkey2"}
    recorder.reply(
        200,
        {
            "tsigkeys": [TSIGKEY],
            "links": {
                "self": f"{API}/tsigkeys?limit=1&scope=POOL",
                "next": f"{API}/tsigkeys?limit=1&scope=POOL&marker={TSIGKEY['id']}",
            },
            "metadata": {"total_count": 2},
        },
    )
    recorder.reply(200, {"tsigkeys": [second], "links": {"self": f"{API}/tsigkeys"}})
    opts = tsig_keys.ListOpts(limit=1, scope="POOL", sort_dir="desc")
    keys = list(tsig_keys.list(designate(recorder), opts))
    assert [k.name for k in keys] == ["poolkey", "poolkey2"]
    assert sorted(recorder.seen[0].query) == [
        ("limit", "1"),
        ("scope", "POOL"),
        ("sort_dir", "desc"),
    ]
    assert recorder.seen[1].query == [("limit", "1"), ("scope", "POOL"), ("marker", TSIGKEY["id"])]
    assert len(recorder.seen) == 2


def test_tsigkey_update_patches_only_what_is_set(recorder: Recorder) -> None:
    recorder.reply(200, {**TSIGKEY, "name": "renamed", "updated_at": "2016-05-01T10:00:00"})
    key = tsig_keys.update(
        designate(recorder), TSIGKEY["id"], tsig_keys.UpdateOpts(name="renamed")
    )
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("PATCH", f"/v2/tsigkeys/{TSIGKEY['id']}")
    assert sent.json == {"name": "renamed"}
    assert key.name == "renamed"
    assert key.updated_at == datetime.datetime(2016, 5, 1, 10, 0)


def test_tsigkey_delete_and_not_found(recorder: Recorder) -> None:
    recorder.reply(204)
    recorder.reply(404, error(404, "Could not find TsigKey"))
    client = designate(recorder)
    tsig_keys.delete(client, "k1")
    assert (recorder.seen[0].method, recorder.seen[0].path) == ("DELETE", "/v2/tsigkeys/k1")
    with pytest.raises(typedstack.NotFound):
        tsig_keys.get(client, "missing")
    assert recorder.seen[1].path == "/v2/tsigkeys/missing"


# ----------------------------------------------------------------------- TLDs

TLD = {
    "id": "cfee7486-7ab4-4ec7-a9ad-8fb6ee9e6f36",
    "name": "com",
    "description": "tld description",
    "created_at": "2016-05-18 05:07:58",
    "updated_at": None,
    "links": {"self": f"{API}/tlds/cfee7486-7ab4-4ec7-a9ad-8fb6ee9e6f36"},
}


def test_tld_create_and_conflict(recorder: Recorder) -> None:
    recorder.reply(201, TLD)
    recorder.reply(409, error(409, "Duplicate Tld"))
    client = designate(recorder)
    tld = tlds.create(client, tlds.CreateOpts(name="com", description="tld description"))
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("POST", "/v2/tlds")
    assert sent.json == {"name": "com", "description": "tld description"}
    assert tld.id == TLD["id"] and tld.name == "com"
    with pytest.raises(typedstack.Conflict):
        tlds.create(client, tlds.CreateOpts(name="com"))
    assert recorder.seen[1].json == {"name": "com"}


def test_tld_list_by_name(recorder: Recorder) -> None:
    recorder.reply(200, {"tlds": [TLD], "links": {"self": f"{API}/tlds?name=com"}})
    found = list(tlds.list(designate(recorder), tlds.ListOpts(name="com")))
    assert [t.description for t in found] == ["tld description"]
    assert recorder.seen[0].path == "/v2/tlds"
    assert recorder.seen[0].query == [("name", "com")]


def test_tld_update_can_clear_the_description(recorder: Recorder) -> None:
    recorder.reply(200, {**TLD, "name": "org", "description": None})
    opts = tlds.UpdateOpts(name="org", description=None)
    tld = tlds.update(designate(recorder), "cfee7486-7ab4-4ec7-a9ad-8fb6ee9e6f36", opts)
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("PATCH", f"/v2/tlds/{TLD['id']}")
    assert sent.json == {"name": "org", "description": None}
    assert tld.description is None


def test_tld_get_and_delete(recorder: Recorder) -> None:
    recorder.reply(200, TLD)
    recorder.reply(204)
    client = designate(recorder)
    assert tlds.get(client, TLD["id"]).links == TLD["links"]
    tlds.delete(client, TLD["id"])
    assert [(s.method, s.path) for s in recorder.seen] == [
        ("GET", f"/v2/tlds/{TLD['id']}"),
        ("DELETE", f"/v2/tlds/{TLD['id']}"),
    ]


# ----------------------------------------------------------------- blocklists

BLACKLIST = {
    "id": "b8d1e1b3-2a43-4a2a-8f2b-4a0d1d8f9c55",
    "pattern": "^([A-Za-z0-9_\\-]+\\.)*example\\.com\\.$",
    "description": "This is a blacklisted domain.",
    "created_at": "2016-05-20 06:15:42",
    "updated_at": None,
    "links": {"self": f"{API}/blacklists/b8d1e1b3-2a43-4a2a-8f2b-4a0d1d8f9c55"},
}


def test_blocklist_create_uses_the_blacklists_path(recorder: Recorder) -> None:
    recorder.reply(201, BLACKLIST)
    entry = blocklists.create(
        designate(recorder),
        blocklists.CreateOpts(pattern=BLACKLIST["pattern"], description="no example.com"),
    )
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("POST", "/v2/blacklists")
    assert sent.json == {"pattern": BLACKLIST["pattern"], "description": "no example.com"}
    assert entry.pattern == BLACKLIST["pattern"]


def test_blocklist_list_get_update_delete(recorder: Recorder) -> None:
    recorder.reply(200, {"blacklists": [BLACKLIST], "links": {"self": f"{API}/blacklists"}})
    recorder.reply(200, BLACKLIST)
    recorder.reply(200, {**BLACKLIST, "pattern": "^test\\.com\\.$"})
    recorder.reply(204)
    client = designate(recorder)
    listed = list(blocklists.list(client, blocklists.ListOpts(pattern="*example*")))
    assert [b.id for b in listed] == [BLACKLIST["id"]]
    assert recorder.seen[0].query == [("pattern", "*example*")]
    assert blocklists.get(client, BLACKLIST["id"]).description == BLACKLIST["description"]
    updated = blocklists.update(
        client, BLACKLIST["id"], blocklists.UpdateOpts(pattern="^test\\.com\\.$")
    )
    assert updated.pattern == "^test\\.com\\.$"
    assert recorder.seen[2].json == {"pattern": "^test\\.com\\.$"}
    blocklists.delete(client, BLACKLIST["id"])
    assert [(s.method, s.path) for s in recorder.seen[1:]] == [
        ("GET", f"/v2/blacklists/{BLACKLIST['id']}"),
        ("PATCH", f"/v2/blacklists/{BLACKLIST['id']}"),
        ("DELETE", f"/v2/blacklists/{BLACKLIST['id']}"),
    ]


# ----------------------------------------------------- reverse floating IPs

FIP_ID = "c5742ac0-d0f3-4304-a039-9423f727eb96"
PTR = {
    "id": f"RegionOne:{FIP_ID}",
    "ptrdname": "smtp.example.com.",
    "description": "This is a floating ip for 172.24.4.10",
    "ttl": 600,
    "address": "172.24.4.10",
    "status": "PENDING",
    "action": "CREATE",
    "links": {"self": f"{API}/reverse/floatingips/RegionOne:{FIP_ID}"},
}


def test_ptr_set_patches_region_and_floating_ip(recorder: Recorder) -> None:
    recorder.reply(202, PTR)
    opts = reverse_floating_ips.SetOpts(
        ptrdname="smtp.example.com.", description=PTR["description"], ttl=600
    )
    record = reverse_floating_ips.set(designate(recorder), "RegionOne", FIP_ID, opts)
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("PATCH", f"/v2/reverse/floatingips/RegionOne:{FIP_ID}")
    assert sent.json == {
        "ptrdname": "smtp.example.com.",
        "description": PTR["description"],
        "ttl": 600,
    }
    assert record.id == f"RegionOne:{FIP_ID}"
    assert (record.status, record.action, record.ttl) == ("PENDING", "CREATE", 600)


def test_ptr_unset_sends_a_null_name(recorder: Recorder) -> None:
    recorder.reply(202, {**PTR, "ptrdname": None, "action": "DELETE"})
    record = reverse_floating_ips.set(
        designate(recorder), "RegionOne", FIP_ID, reverse_floating_ips.SetOpts(ptrdname=None)
    )
    assert recorder.seen[0].json == {"ptrdname": None}
    assert record.ptrdname is None


def test_ptr_list_and_get(recorder: Recorder) -> None:
    active = {**PTR, "status": "ACTIVE", "action": "NONE", "description": None}
    recorder.reply(200, {"floatingips": [active], "links": {"self": f"{API}/reverse/floatingips"}})
    recorder.reply(404, error(404, "Could not find FloatingIP"))
    client = designate(recorder)
    (record,) = list(reverse_floating_ips.list(client))
    assert record.address == "172.24.4.10" and record.description is None
    assert recorder.seen[0].path == "/v2/reverse/floatingips"
    with pytest.raises(typedstack.NotFound):
        reverse_floating_ips.get(client, "RegionOne", "gone")
    assert recorder.seen[1].path == "/v2/reverse/floatingips/RegionOne:gone"


# ---------------------------------------------------------------------- quotas

QUOTAS = {
    "api_export_size": 1000,
    "recordset_records": 20,
    "zone_records": 500,
    "zone_recordsets": 500,
    "zones": 10,
}


def test_quota_of_the_current_project(recorder: Recorder) -> None:
    recorder.reply(200, QUOTAS)
    quota = quotas.get_current(designate(recorder))
    assert (recorder.seen[0].method, recorder.seen[0].path) == ("GET", "/v2/quotas/")
    assert (quota.zones, quota.api_export_size) == (10, 1000)


def test_quota_of_another_project_needs_all_projects(recorder: Recorder) -> None:
    recorder.reply(200, QUOTAS)
    quota = quotas.get(designate(recorder), "proj-2", quotas.GetOpts(all_projects=True))
    sent = recorder.seen[0]
    assert sent.path == "/v2/quotas/proj-2"
    assert sent.headers["X-Auth-All-Projects"] == "true"
    assert quota.zone_recordsets == 500


def test_quota_update_and_reset(recorder: Recorder) -> None:
    recorder.reply(200, {**QUOTAS, "zones": 500})
    recorder.reply(204)
    client = designate(recorder)
    opts = quotas.UpdateOpts(zones=500, all_projects=True, sudo_project_id="proj-2")
    quota = quotas.update(client, "proj-2", opts)
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("PATCH", "/v2/quotas/proj-2")
    assert sent.json == {"zones": 500}
    assert sent.headers["X-Auth-Sudo-Project-ID"] == "proj-2"
    assert quota.zones == 500
    quotas.reset(client, "proj-2")
    assert (recorder.seen[1].method, recorder.seen[1].path) == ("DELETE", "/v2/quotas/proj-2")


# ------------------------------------------------------------ service statuses

STATUS = {
    "id": "af91edb5-ede8-453f-af13-feabdd088f9c",
    "hostname": "dns-2.example.com.",
    "service_name": "api",
    "status": "UP",
    "stats": None,
    "capabilities": None,
    "created_at": "2016-05-20 06:15:42",
    "heartbeated_at": "2016-07-20 12:14:41",
    "links": {"self": f"{API}/service_statuses/af91edb5-ede8-453f-af13-feabdd088f9c"},
}


def test_service_statuses_list_and_get(recorder: Recorder) -> None:
    central = {**STATUS, "id": "s-2", "service_name": "central", "stats": {"zones": 3}}
    recorder.reply(
        200, {"service_statuses": [STATUS], "links": {"next": f"{API}/service_statuses?marker=x"}}
    )
    last = {"service_statuses": [central], "links": {"self": f"{API}/service_statuses"}}
    recorder.reply(200, last)
    recorder.reply(200, STATUS)
    client = designate(recorder)
    statuses = list(service_statuses.list(client))
    assert [s.service_name for s in statuses] == ["api", "central"]
    assert statuses[0].stats is None and statuses[1].stats == {"zones": 3}
    assert recorder.seen[1].query == [("marker", "x")]
    one = service_statuses.get(client, STATUS["id"])
    assert recorder.seen[2].path == f"/v2/service_statuses/{STATUS['id']}"
    assert one.status == "UP"
    assert one.heartbeated_at == datetime.datetime(2016, 7, 20, 12, 14, 41)


# ----------------------------------------------------------------------- pools

POOL = {
    "description": None,
    "id": "794ccc2c-d751-44fe-b57f-8894c9f5c842",
    "project_id": None,
    "created_at": "2015-02-18T22:18:58.000000",
    "attributes": None,
    "ns_records": [{"hostname": "ns1.example.org.", "priority": 1}],
    "links": {"self": f"{API}/pools/794ccc2c-d751-44fe-b57f-8894c9f5c842"},
    "name": "default",
    "updated_at": "2015-02-19T15:59:44.000000",
}


def test_pools_list_decodes_name_servers(recorder: Recorder) -> None:
    other = {**POOL, "id": "d1716333", "name": "example_pool", "project_id": "noauth-project"}
    recorder.reply(
        200,
        {
            "metadata": {"total_count": 2},
            "links": {"self": f"{API}/pools"},
            "pools": [POOL, other],
        },
    )
    found = list(pools.list(designate(recorder)))
    assert recorder.seen[0].path == "/v2/pools"
    assert [p.name for p in found] == ["default", "example_pool"]
    ns = found[0].ns_records
    assert ns and isinstance(ns[0], pools.NsRecord)
    assert (ns[0].hostname, ns[0].priority) == ("ns1.example.org.", 1)
    assert found[0].project_id is None and found[1].project_id == "noauth-project"


def test_pool_get_and_not_found(recorder: Recorder) -> None:
    recorder.reply(200, {**POOL, "attributes": {"type": "internal"}})
    recorder.reply(404, error(404, "Could not find Pool"))
    client = designate(recorder)
    pool = pools.get(client, POOL["id"])
    assert pool.attributes == {"type": "internal"}
    assert pool.updated_at == datetime.datetime(2015, 2, 19, 15, 59, 44)
    with pytest.raises(typedstack.NotFound):
        pools.get(client, "nope")
    assert recorder.seen[1].path == "/v2/pools/nope"


# ---------------------------------------------------------------------- limits


def test_limits(recorder: Recorder) -> None:
    recorder.reply(
        200,
        {
            "max_page_limit": 1000,
            "max_recordset_name_length": 255,
            "max_recordset_records": 20,
            "max_zone_name_length": 255,
            "max_zone_records": 500,
            "max_zone_recordsets": 500,
            "max_zones": 10,
            "min_ttl": None,
        },
    )
    got = limits.get(designate(recorder))
    assert (recorder.seen[0].method, recorder.seen[0].path) == ("GET", "/v2/limits")
    assert got.max_page_limit == 1000 and got.max_zones == 10
    assert got.min_ttl is None
