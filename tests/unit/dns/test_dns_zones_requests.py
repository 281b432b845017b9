"""Designate zones, record sets and the zone tasks around them.

No local Designate: the exact request (method, URL, query, headers, body)
and the decoding of realistic responses written from the API reference's
examples. Designate answers single objects unwrapped and lists as
``{"<key>": [...], "links": {"next": ...}, "metadata": {...}}``.
"""

from __future__ import annotations

import datetime

import pytest

import typedstack
from tests.unit.recording import Recorder, provider_with
from typedstack.dns import v2 as dns
from typedstack.dns.v2 import (
    recordsets,
    shared_zones,
    zone_exports,
    zone_imports,
    zone_tasks,
    zone_transfer_accepts,
    zone_transfer_requests,
    zones,
)

DESIGNATE = "http://designate.test"
ZONE_ID = "a86dba58-0043-4cc6-a1bb-69d5e86f3ca3"
RECORDSET_ID = "f7b10e9b-0cae-4a91-b162-562bc6096648"

ZONE = {
    "id": ZONE_ID,
    "pool_id": "572ba08c-d929-4c70-8e42-03824bb24ca2",
    "project_id": "4335d1f0-f793-11e2-b778-0800200c9a66",
    "name": "example.org.",
    "email": "joe@example.org",
    "ttl": 7200,
    "serial": 1404757531,
    "status": "PENDING",
    "action": "CREATE",
    "description": "This is an example zone.",
    "masters": [],
    "type": "PRIMARY",
    "transferred_at": None,
    "version": 1,
    "created_at": "2014-07-07T18:25:31.275934",
    "updated_at": None,
    "attributes": {"tier": "gold", "ha": "true"},
    "shared": False,
    "links": {"self": f"{DESIGNATE}/v2/zones/{ZONE_ID}"},
}

RECORDSET = {
    "id": RECORDSET_ID,
    "project_id": "4335d1f0-f793-11e2-b778-0800200c9a66",
    "name": "example.org.",
    "ttl": 3600,
    "status": "PENDING",
    "action": "CREATE",
    "zone_id": ZONE_ID,
    "zone_name": "example.org.",
    "description": "An MX record set.",
    "type": "MX",
    "records": ["10 mail1.example.org.", "20 mail2.example.org."],
    "version": 1,
    "created_at": "2014-10-24T19:59:44.000000",
    "updated_at": None,
    "links": {"self": f"{DESIGNATE}/v2/zones/{ZONE_ID}/recordsets/{RECORDSET_ID}"},
}


@pytest.fixture()
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture()
def client(recorder: Recorder) -> typedstack.ServiceClient:
    return dns.new_client(provider_with(recorder, {"dns": DESIGNATE}))


# Zones


def test_create_zone_sends_the_bare_object_and_decodes_the_zone(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(202, ZONE)
    opts = zones.CreateOpts(
        name="example.org.",
        email="joe@example.org",
        type="PRIMARY",
        ttl=7200,
        description="This is an example zone.",
        attributes={"tier": "gold", "ha": "true"},
        sudo_project_id="4335d1f0-f793-11e2-b778-0800200c9a66",
    )
    zone = zones.create(client, opts)
    sent = recorder.seen[0]
    assert (sent.method, sent.url) == ("POST", f"{DESIGNATE}/v2/zones")
    assert sent.json == {
        "name": "example.org.",
        "email": "joe@example.org",
        "type": "PRIMARY",
        "ttl": 7200,
        "description": "This is an example zone.",
        "attributes": {"tier": "gold", "ha": "true"},
    }
    assert sent.headers["X-Auth-Sudo-Project-ID"] == "4335d1f0-f793-11e2-b778-0800200c9a66"
    assert "X-Auth-All-Projects" not in sent.headers
    assert zone.id == ZONE_ID
    assert (zone.status, zone.action, zone.type) == ("PENDING", "CREATE", "PRIMARY")
    assert zone.created_at == datetime.datetime(2014, 7, 7, 18, 25, 31, 275934)
    assert zone.updated_at is None and zone.transferred_at is None
    assert zone.attributes == {"tier": "gold", "ha": "true"}
    assert zone.masters == [] and zone.shared is False


def test_create_secondary_zone_with_masters(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(202, {**ZONE, "type": "SECONDARY", "email": None, "masters": ["192.0.2.10:53"]})
    opts = zones.CreateOpts(name="example.net.", type="SECONDARY", masters=["192.0.2.10:53"])
    zone = zones.create(client, opts)
    assert recorder.seen[0].json == {
        "name": "example.net.",
        "type": "SECONDARY",
        "masters": ["192.0.2.10:53"],
    }
    assert zone.masters == ["192.0.2.10:53"] and zone.email is None


def test_create_zone_refuses_an_unknown_type(recorder: Recorder) -> None:
    with pytest.raises(typedstack.InvalidOptions, match="type"):
        zones.CreateOpts(name="example.org.", type="FORWARD")  # type: ignore[arg-type]
    assert recorder.seen == []


def test_list_zones_filters_and_follows_the_next_link(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    second_id = "45fd892d-7a67-4f65-9df0-87273f228d6c"
    next_url = f"{DESIGNATE}/v2/zones?limit=1&type=PRIMARY&marker={ZONE_ID}"
    recorder.reply(
        200,
        {
            "zones": [ZONE],
            "links": {"self": f"{DESIGNATE}/v2/zones?limit=1", "next": next_url},
            "metadata": {"total_count": 2},
        },
    )
    recorder.reply(
        200,
        {
            "zones": [{**ZONE, "id": second_id, "name": "example.com."}],
            "links": {"self": next_url},
            "metadata": {"total_count": 2},
        },
    )
    opts = zones.ListOpts(
        limit=1, type="PRIMARY", sort_key="name", sort_dir="asc", all_projects=True
    )
    pager = zones.list(client, opts)
    found = list(pager)
    assert [(z.id, z.name) for z in found] == [
        (ZONE_ID, "example.org."),
        (second_id, "example.com."),
    ]
    assert pager.total == 2  # metadata.total_count
    first, second = recorder.seen
    assert (first.method, first.path) == ("GET", "/v2/zones")
    assert sorted(first.query) == [
        ("limit", "1"),
        ("sort_dir", "asc"),
        ("sort_key", "name"),
        ("type", "PRIMARY"),
    ]
    assert first.headers["X-Auth-All-Projects"] == "true"
    assert second.path == "/v2/zones"
    assert ("marker", ZONE_ID) in second.query
    assert second.headers["X-Auth-All-Projects"] == "true"


def test_get_missing_zone_raises_not_found(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(
        404,
        {
            "code": 404,
            "type": "zone_not_found",
            "message": "Could not find Zone",
            "request_id": "r",
        },
    )
    with pytest.raises(typedstack.NotFound):
        zones.get(client, "0b5a1cbb-0000-4000-8000-000000000000")
    assert recorder.seen[0].path == "/v2/zones/0b5a1cbb-0000-4000-8000-000000000000"


def test_update_zone_patches_only_the_given_fields(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(202, {**ZONE, "ttl": 600, "description": None, "action": "UPDATE"})
    zone = zones.update(client, ZONE_ID, zones.UpdateOpts(ttl=600, description=None))
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("PATCH", f"/v2/zones/{ZONE_ID}")
    assert sent.json == {"ttl": 600, "description": None}
    assert (zone.ttl, zone.description, zone.action) == (600, None, "UPDATE")


def test_delete_zone_sends_the_designate_headers_and_returns_the_zone(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(202, {**ZONE, "status": "PENDING", "action": "DELETE"})
    zone = zones.delete(client, ZONE_ID, zones.DeleteOpts(hard_delete=True, delete_shares=True))
    sent = recorder.seen[0]
    assert (sent.method, sent.path, sent.body) == ("DELETE", f"/v2/zones/{ZONE_ID}", None)
    assert sent.headers["X-Designate-Hard-Delete"] == "true"
    assert sent.headers["X-Designate-Delete-Shares"] == "true"
    assert zone.action == "DELETE"


def test_delete_shared_zone_without_delete_shares_is_a_conflict(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(409, {"code": 409, "type": "zone_shared", "message": "Zone is shared"})
    with pytest.raises(typedstack.Conflict):
        zones.delete(client, ZONE_ID)


def test_list_nameservers(recorder: Recorder, client: typedstack.ServiceClient) -> None:
    recorder.reply(
        200,
        {
            "nameservers": [
                {"hostname": "ns1.example.com.", "priority": 10},
                {"hostname": "ns2.example.com.", "priority": 20},
            ]
        },
    )
    servers = zones.list_nameservers(client, ZONE_ID)
    assert recorder.seen[0].path == f"/v2/zones/{ZONE_ID}/nameservers"
    assert [(s.hostname, s.priority) for s in servers] == [
        ("ns1.example.com.", 10),
        ("ns2.example.com.", 20),
    ]


# Record sets


def test_create_mx_recordset(recorder: Recorder, client: typedstack.ServiceClient) -> None:
    recorder.reply(202, RECORDSET)
    opts = recordsets.CreateOpts(
        name="example.org.",
        type="MX",
        records=["10 mail1.example.org.", "20 mail2.example.org."],
        ttl=3600,
        description="An MX record set.",
    )
    rs = recordsets.create(client, ZONE_ID, opts)
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("POST", f"/v2/zones/{ZONE_ID}/recordsets")
    assert sent.json == {
        "name": "example.org.",
        "type": "MX",
        "records": ["10 mail1.example.org.", "20 mail2.example.org."],
        "ttl": 3600,
        "description": "An MX record set.",
    }
    assert rs.id == RECORDSET_ID
    assert (rs.type, rs.status, rs.zone_name) == ("MX", "PENDING", "example.org.")
    assert rs.records == ["10 mail1.example.org.", "20 mail2.example.org."]


def test_create_recordset_accepts_an_unlisted_type_and_201(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(201, {**RECORDSET, "type": "HINFO", "status": "ACTIVE", "action": "NONE"})
    opts = recordsets.CreateOpts(name="host.example.org.", type="HINFO", records=['"PC" "Linux"'])
    rs = recordsets.create(client, ZONE_ID, opts)
    assert recorder.seen[0].json["type"] == "HINFO"
    assert (rs.type, rs.status) == ("HINFO", "ACTIVE")


def test_create_duplicate_recordset_is_a_conflict(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(
        409, {"code": 409, "type": "duplicate_recordset", "message": "Duplicate RecordSet"}
    )
    with pytest.raises(typedstack.Conflict):
        recordsets.create(
            client,
            ZONE_ID,
            recordsets.CreateOpts(name="example.org.", type="A", records=["192.0.2.1"]),
        )


def test_list_recordsets_of_a_zone_filters_and_follows_pages(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    base = f"{DESIGNATE}/v2/zones/{ZONE_ID}/recordsets"
    recorder.reply(
        200,
        {
            "recordsets": [RECORDSET],
            "links": {"self": f"{base}?limit=1", "next": f"{base}?limit=1&marker={RECORDSET_ID}"},
            "metadata": {"total_count": 2},
        },
    )
    recorder.reply(
        200,
        {
            "recordsets": [{**RECORDSET, "id": "8c2c9f1e-1111-4222-8333-944455556666"}],
            "links": {"self": f"{base}?limit=1&marker={RECORDSET_ID}"},
            "metadata": {"total_count": 2},
        },
    )
    opts = recordsets.ListOpts(limit=1, type="MX", data="*mail1*", ttl=3600)
    found = list(recordsets.list(client, ZONE_ID, opts))
    assert [r.id for r in found] == [RECORDSET_ID, "8c2c9f1e-1111-4222-8333-944455556666"]
    first, second = recorder.seen
    assert first.path == f"/v2/zones/{ZONE_ID}/recordsets"
    assert sorted(first.query) == [
        ("data", "*mail1*"),
        ("limit", "1"),
        ("ttl", "3600"),
        ("type", "MX"),
    ]
    assert second.query == [("limit", "1"), ("marker", RECORDSET_ID)]


def test_list_all_recordsets_of_the_project(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(
        200,
        {
            "recordsets": [RECORDSET],
            "links": {"self": f"{DESIGNATE}/v2/recordsets"},
            "metadata": {"total_count": 1},
        },
    )
    found = list(recordsets.list_all(client, recordsets.ListOpts(name="example.org.")))
    assert [r.zone_id for r in found] == [ZONE_ID]
    assert (recorder.seen[0].path, recorder.seen[0].query) == (
        "/v2/recordsets",
        [("name", "example.org.")],
    )


def test_get_recordset(recorder: Recorder, client: typedstack.ServiceClient) -> None:
    recorder.reply(200, {**RECORDSET, "status": "ACTIVE", "action": "NONE"})
    rs = recordsets.get(client, ZONE_ID, RECORDSET_ID)
    assert recorder.seen[0].path == f"/v2/zones/{ZONE_ID}/recordsets/{RECORDSET_ID}"
    assert rs.created_at == datetime.datetime(2014, 10, 24, 19, 59, 44)


def test_update_recordset_puts_the_records_and_may_edit_managed_ones(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(
        202, {**RECORDSET, "records": ["10 mx.example.org."], "ttl": None, "action": "UPDATE"}
    )
    opts = recordsets.UpdateOpts(
        records=["10 mx.example.org."], ttl=None, edit_managed_records=True
    )
    rs = recordsets.update(client, ZONE_ID, RECORDSET_ID, opts)
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("PUT", f"/v2/zones/{ZONE_ID}/recordsets/{RECORDSET_ID}")
    assert sent.json == {"records": ["10 mx.example.org."], "ttl": None}
    assert sent.headers["X-Designate-Edit-Managed-Records"] == "true"
    assert (rs.records, rs.ttl, rs.action) == (["10 mx.example.org."], None, "UPDATE")


def test_delete_recordset_returns_it(recorder: Recorder, client: typedstack.ServiceClient) -> None:
    recorder.reply(202, {**RECORDSET, "action": "DELETE"})
    rs = recordsets.delete(client, ZONE_ID, RECORDSET_ID)
    assert (recorder.seen[0].method, recorder.seen[0].body) == ("DELETE", None)
    assert rs.action == "DELETE"


def test_delete_missing_recordset_raises_not_found(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(
        404, {"code": 404, "type": "recordset_not_found", "message": "Could not find RecordSet"}
    )
    with pytest.raises(typedstack.NotFound):
        recordsets.delete(client, ZONE_ID, RECORDSET_ID)


# Zone tasks


def test_abandon_and_xfr_post_no_body(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(204)
    recorder.reply(202)
    zone_tasks.abandon(client, ZONE_ID, zone_tasks.AbandonOpts(all_projects=True))
    zone_tasks.xfr(client, ZONE_ID)
    abandon, xfr = recorder.seen
    assert (abandon.method, abandon.path, abandon.body) == (
        "POST",
        f"/v2/zones/{ZONE_ID}/tasks/abandon",
        None,
    )
    assert abandon.headers["X-Auth-All-Projects"] == "true"
    assert (xfr.method, xfr.path, xfr.body) == ("POST", f"/v2/zones/{ZONE_ID}/tasks/xfr", None)


def test_pool_move_with_and_without_a_target(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(202)
    recorder.reply(202)
    pool_id = "794ccc2c-d751-44fe-b57f-8894c9f5c842"
    zone_tasks.pool_move(client, ZONE_ID, zone_tasks.PoolMoveOpts(pool_id=pool_id))
    zone_tasks.pool_move(client, ZONE_ID)
    targeted, scheduled = recorder.seen
    assert (targeted.method, targeted.path) == ("POST", f"/v2/zones/{ZONE_ID}/tasks/pool_move")
    assert targeted.json == {"pool_id": pool_id}
    assert scheduled.json == {}


# Zone exports and imports

EXPORT_ID = "8ec17fe1-d1f9-41b4-aa98-4eeb4c27b720"
EXPORT = {
    "status": "PENDING",
    "zone_id": ZONE_ID,
    "links": {"self": f"{DESIGNATE}/v2/zones/tasks/exports/{EXPORT_ID}"},
    "created_at": "2015-08-27T20:57:03.000000",
    "updated_at": None,
    "version": 1,
    "location": None,
    "message": None,
    "project_id": "1",
    "id": EXPORT_ID,
}

ZONE_FILE = (
    b"$ORIGIN example.org.\n$TTL 3600\n"
    b"example.org. IN SOA ns1.example.com. joe.example.org. 1404757531 3600 600 86400 3600\n"
    b"example.org. IN NS ns1.example.com.\n"
    b"www.example.org. IN A 192.0.2.1\n"
)


def test_export_a_zone_then_fetch_the_zone_file(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    location = f"designate://v2/zones/tasks/exports/{EXPORT_ID}/export"
    recorder.reply(202, EXPORT)
    recorder.reply(200, {**EXPORT, "status": "COMPLETE", "version": 2, "location": location})
    recorder.reply(200, ZONE_FILE, {"Content-Type": "text/dns"})
    export = zone_exports.create(client, ZONE_ID)
    assert (export.id, export.status, export.location) == (EXPORT_ID, "PENDING", None)
    done = zone_exports.get(client, EXPORT_ID)
    assert (done.status, done.location) == ("COMPLETE", location)
    with zone_exports.get_content(client, EXPORT_ID) as content:
        assert content.read() == ZONE_FILE
    create, get, fetch = recorder.seen
    assert (create.method, create.path, create.body) == (
        "POST",
        f"/v2/zones/{ZONE_ID}/tasks/export",
        None,
    )
    assert (get.method, get.path) == ("GET", f"/v2/zones/tasks/exports/{EXPORT_ID}")
    assert (fetch.method, fetch.path) == ("GET", f"/v2/zones/tasks/exports/{EXPORT_ID}/export")
    assert fetch.headers["Accept"] == "text/dns"


def test_list_and_delete_zone_exports(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(
        200,
        {
            "exports": [{**EXPORT, "status": "COMPLETE"}],
            "links": {"self": f"{DESIGNATE}/v2/zones/tasks/exports"},
            "metadata": {"total_count": 1},
        },
    )
    recorder.reply(204)
    found = list(
        zone_exports.list(client, zone_exports.ListOpts(zone_id=ZONE_ID, status="COMPLETE"))
    )
    zone_exports.delete(client, EXPORT_ID)
    assert [(e.id, e.status) for e in found] == [(EXPORT_ID, "COMPLETE")]
    listing, delete = recorder.seen
    assert (listing.path, sorted(listing.query)) == (
        "/v2/zones/tasks/exports",
        [("status", "COMPLETE"), ("zone_id", ZONE_ID)],
    )
    assert (delete.method, delete.path) == ("DELETE", f"/v2/zones/tasks/exports/{EXPORT_ID}")


IMPORT_ID = "074e805e-fe87-4cbb-b10b-21a06e215d41"
IMPORT = {
    "status": "PENDING",
    "zone_id": None,
    "links": {"self": f"{DESIGNATE}/v2/zones/tasks/imports/{IMPORT_ID}"},
    "created_at": "2015-05-08T15:43:42.000000",
    "updated_at": None,
    "version": 1,
    "message": None,
    "project_id": "1",
    "id": IMPORT_ID,
}


def test_import_a_zone_file_as_text_dns(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(202, IMPORT)
    job = zone_imports.create(client, ZONE_FILE)
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("POST", "/v2/zones/tasks/imports")
    assert sent.headers["Content-Type"] == "text/dns"
    assert sent.body == ZONE_FILE
    assert (job.id, job.status, job.zone_id) == (IMPORT_ID, "PENDING", None)


def test_import_a_zone_file_with_attributes_as_json(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(202, IMPORT)
    opts = zone_imports.CreateWithAttributesOpts(
        zonefile=ZONE_FILE.decode(), attributes={"pool_id": "794ccc2c-d751-44fe-b57f-8894c9f5c842"}
    )
    zone_imports.create_with_attributes(client, opts)
    sent = recorder.seen[0]
    assert sent.headers["Content-Type"] == "application/json"
    assert sent.json == {
        "zonefile": ZONE_FILE.decode(),
        "attributes": {"pool_id": "794ccc2c-d751-44fe-b57f-8894c9f5c842"},
    }


def test_list_get_and_delete_zone_imports(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    done = {**IMPORT, "status": "COMPLETE", "zone_id": ZONE_ID, "message": "example.org. imported"}
    recorder.reply(
        200,
        {
            "imports": [done],
            "links": {"self": f"{DESIGNATE}/v2/zones/tasks/imports"},
            "metadata": {"total_count": 1},
        },
    )
    recorder.reply(200, done)
    recorder.reply(204)
    found = list(zone_imports.list(client, zone_imports.ListOpts(status="COMPLETE")))
    job = zone_imports.get(client, IMPORT_ID)
    zone_imports.delete(client, IMPORT_ID)
    assert [i.zone_id for i in found] == [ZONE_ID]
    assert (job.status, job.message) == ("COMPLETE", "example.org. imported")
    listing, get, delete = recorder.seen
    assert (listing.path, listing.query) == ("/v2/zones/tasks/imports", [("status", "COMPLETE")])
    assert get.path == f"/v2/zones/tasks/imports/{IMPORT_ID}"
    assert (delete.method, delete.path) == ("DELETE", f"/v2/zones/tasks/imports/{IMPORT_ID}")


def test_get_missing_zone_import_raises_not_found(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(
        404, {"code": 404, "type": "zone_import_not_found", "message": "Could not find ZoneImport"}
    )
    with pytest.raises(typedstack.NotFound):
        zone_imports.get(client, IMPORT_ID)


# Zone ownership transfers

REQUEST_ID = "f2ad17b5-807a-423f-a991-e06236c247be"
TRANSFER_REQUEST = {
    "created_at": "2014-07-17T20:34:40.882579",
    "description": "hand over to the QA project",
    "id": REQUEST_ID,
    "key": "9Z2R50Y0",
    "project_id": "1",
    "status": "ACTIVE",
    "target_project_id": "123456",
    "updated_at": None,
    "version": 1,
    "zone_id": ZONE_ID,
    "zone_name": "example.org.",
    "links": {"self": f"{DESIGNATE}/v2/zones/tasks/transfer_requests/{REQUEST_ID}"},
}


def test_create_transfer_request_keeps_the_key_out_of_repr(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(201, TRANSFER_REQUEST)
    opts = zone_transfer_requests.CreateOpts(
        target_project_id="123456", description="hand over to the QA project"
    )
    request = zone_transfer_requests.create(client, ZONE_ID, opts)
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("POST", f"/v2/zones/{ZONE_ID}/tasks/transfer_requests")
    assert sent.json == {
        "target_project_id": "123456",
        "description": "hand over to the QA project",
    }
    assert (request.id, request.key, request.status) == (REQUEST_ID, "9Z2R50Y0", "ACTIVE")
    assert "9Z2R50Y0" not in repr(request)


def test_create_open_transfer_request_sends_an_empty_object(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(201, {**TRANSFER_REQUEST, "target_project_id": None, "description": None})
    request = zone_transfer_requests.create(client, ZONE_ID)
    assert recorder.seen[0].json == {}
    assert request.target_project_id is None


def test_list_get_update_and_delete_transfer_requests(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(
        200,
        {
            "transfer_requests": [TRANSFER_REQUEST],
            "links": {"self": f"{DESIGNATE}/v2/zones/tasks/transfer_requests"},
            "metadata": {"total_count": 1},
        },
    )
    recorder.reply(200, TRANSFER_REQUEST)
    recorder.reply(200, {**TRANSFER_REQUEST, "target_project_id": None, "version": 2})
    recorder.reply(204)
    found = list(
        zone_transfer_requests.list(client, zone_transfer_requests.ListOpts(status="ACTIVE"))
    )
    shown = zone_transfer_requests.get(client, REQUEST_ID)
    updated = zone_transfer_requests.update(
        client, REQUEST_ID, zone_transfer_requests.UpdateOpts(target_project_id=None)
    )
    zone_transfer_requests.delete(client, REQUEST_ID)
    assert [r.zone_name for r in found] == ["example.org."]
    assert shown.created_at == datetime.datetime(2014, 7, 17, 20, 34, 40, 882579)
    assert (updated.target_project_id, updated.version) == (None, 2)
    listing, get, patch, delete = recorder.seen
    assert (listing.path, listing.query) == (
        "/v2/zones/tasks/transfer_requests",
        [("status", "ACTIVE")],
    )
    assert get.path == f"/v2/zones/tasks/transfer_requests/{REQUEST_ID}"
    assert (patch.method, patch.path, patch.json) == (
        "PATCH",
        f"/v2/zones/tasks/transfer_requests/{REQUEST_ID}",
        {"target_project_id": None},
    )
    assert (delete.method, delete.path) == (
        "DELETE",
        f"/v2/zones/tasks/transfer_requests/{REQUEST_ID}",
    )


ACCEPT_ID = "fe8c30f5-42f6-4af1-8cbf-e31a810d8c33"
TRANSFER_ACCEPT = {
    "status": "COMPLETE",
    "zone_id": ZONE_ID,
    "links": {
        "self": f"{DESIGNATE}/v2/zones/tasks/transfer_accepts/{ACCEPT_ID}",
        "zone": f"{DESIGNATE}/v2/zones/{ZONE_ID}",
    },
    "created_at": "2016-06-22 06:13:55",
    "updated_at": None,
    "key": "9Z2R50Y0",
    "project_id": "2e43de7ce3504a8fb90a45382532c37e",
    "id": ACCEPT_ID,
    "zone_transfer_request_id": REQUEST_ID,
}


def test_accept_a_transfer_request(recorder: Recorder, client: typedstack.ServiceClient) -> None:
    recorder.reply(201, TRANSFER_ACCEPT)
    opts = zone_transfer_accepts.CreateOpts(zone_transfer_request_id=REQUEST_ID, key="9Z2R50Y0")
    assert "9Z2R50Y0" not in repr(opts)
    accept = zone_transfer_accepts.create(client, opts)
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("POST", "/v2/zones/tasks/transfer_accepts")
    assert sent.json == {"zone_transfer_request_id": REQUEST_ID, "key": "9Z2R50Y0"}
    assert (accept.status, accept.zone_id) == ("COMPLETE", ZONE_ID)
    assert accept.created_at == datetime.datetime(2016, 6, 22, 6, 13, 55)
    assert accept.links == TRANSFER_ACCEPT["links"]


def test_accept_with_a_wrong_key_is_refused(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(403, {"code": 403, "type": "forbidden", "message": "Forbidden"})
    with pytest.raises(typedstack.Forbidden):
        zone_transfer_accepts.create(
            client,
            zone_transfer_accepts.CreateOpts(zone_transfer_request_id=REQUEST_ID, key="WRONG"),
        )


def test_get_and_list_transfer_accepts(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(200, TRANSFER_ACCEPT)
    recorder.reply(
        200,
        {
            "transfer_accepts": [{**TRANSFER_ACCEPT, "key": None}],
            "links": {"self": f"{DESIGNATE}/v2/zones/tasks/transfer_accepts"},
            "metadata": {"total_count": 1},
        },
    )
    shown = zone_transfer_accepts.get(client, ACCEPT_ID)
    found = list(
        zone_transfer_accepts.list(client, zone_transfer_accepts.ListOpts(status="COMPLETE"))
    )
    assert shown.zone_transfer_request_id == REQUEST_ID
    assert [(a.id, a.key) for a in found] == [(ACCEPT_ID, None)]
    get, listing = recorder.seen
    assert get.path == f"/v2/zones/tasks/transfer_accepts/{ACCEPT_ID}"
    assert (listing.path, listing.query) == (
        "/v2/zones/tasks/transfer_accepts",
        [("status", "COMPLETE")],
    )


# Shared zones

SHARE_ID = "4495ffbb-b7d1-43e0-9423-f0a4172e5f9e"
SHARE = {
    "id": SHARE_ID,
    "zone_id": ZONE_ID,
    "project_id": "16ade46c85a1435bb86d9138d37da57e",
    "target_project_id": "232e37df46af42089710e2ae39111c2f",
    "created_at": "2022-12-01T23:02:49.000000",
    "updated_at": None,
    "links": {
        "self": f"{DESIGNATE}/v2/zones/{ZONE_ID}/shares/{SHARE_ID}",
        "zone": f"{DESIGNATE}/v2/zones/{ZONE_ID}",
    },
}


def test_share_a_zone(recorder: Recorder, client: typedstack.ServiceClient) -> None:
    recorder.reply(201, SHARE)
    share = shared_zones.create(
        client,
        ZONE_ID,
        shared_zones.CreateOpts(target_project_id="232e37df46af42089710e2ae39111c2f"),
    )
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("POST", f"/v2/zones/{ZONE_ID}/shares")
    assert sent.json == {"target_project_id": "232e37df46af42089710e2ae39111c2f"}
    assert (share.id, share.zone_id) == (SHARE_ID, ZONE_ID)
    assert share.created_at == datetime.datetime(2022, 12, 1, 23, 2, 49)


def test_sharing_twice_is_a_conflict(recorder: Recorder, client: typedstack.ServiceClient) -> None:
    recorder.reply(
        409, {"code": 409, "type": "duplicate_shared_zone", "message": "Duplicate SharedZone"}
    )
    with pytest.raises(typedstack.Conflict):
        shared_zones.create(client, ZONE_ID, shared_zones.CreateOpts(target_project_id="p2"))


def test_list_get_and_delete_zone_shares(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(
        200,
        {"shared_zones": [SHARE], "links": {"self": f"{DESIGNATE}/v2/zones/{ZONE_ID}/shares"}},
    )
    recorder.reply(200, SHARE)
    recorder.reply(204)
    opts = shared_zones.ListOpts(target_project_id="232e37df46af42089710e2ae39111c2f")
    found = list(shared_zones.list(client, ZONE_ID, opts))
    shown = shared_zones.get(client, ZONE_ID, SHARE_ID)
    shared_zones.delete(client, ZONE_ID, SHARE_ID)
    assert [s.target_project_id for s in found] == ["232e37df46af42089710e2ae39111c2f"]
    assert shown.links == SHARE["links"]
    listing, get, delete = recorder.seen
    assert (listing.path, listing.query) == (
        f"/v2/zones/{ZONE_ID}/shares",
        [("target_project_id", "232e37df46af42089710e2ae39111c2f")],
    )
    assert get.path == f"/v2/zones/{ZONE_ID}/shares/{SHARE_ID}"
    assert (delete.method, delete.path) == ("DELETE", f"/v2/zones/{ZONE_ID}/shares/{SHARE_ID}")
