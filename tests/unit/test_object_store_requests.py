"""Object storage (Swift) requests: metadata in headers, raw bodies, marker paging.

The exact requests and the decoding of header-only responses, written from
the API reference; the suite's real Swift checks the same flows end to end.
"""

from __future__ import annotations

import pytest

import typedstack
from tests.unit.recording import Recorder, provider_with
from typedstack.object_store import v1 as object_store
from typedstack.object_store.v1 import account, capabilities, containers, objects

SWIFT = "http://swift.test/v1/AUTH_p1"


@pytest.fixture()
def recorder() -> Recorder:
    return Recorder()


def swift(recorder: Recorder) -> typedstack.ServiceClient:
    return object_store.new_client(provider_with(recorder, {"object-store": SWIFT}))


def test_container_metadata_goes_out_as_prefixed_headers(recorder: Recorder) -> None:
    recorder.reply(201)
    opts = containers.CreateOpts(
        metadata={"Color": "blue", "owner": "team-db"}, read_acl=".r:*", storage_policy="gold"
    )
    containers.create(swift(recorder), "photos", opts)
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("PUT", "/v1/AUTH_p1/photos")
    assert sent.headers["X-Container-Meta-Color"] == "blue"
    assert sent.headers["X-Container-Meta-owner"] == "team-db"
    assert sent.headers["X-Container-Read"] == ".r:*"
    assert sent.headers["X-Storage-Policy"] == "gold"
    assert sent.body is None


def test_container_info_is_read_from_headers_and_hides_its_keys(recorder: Recorder) -> None:
    recorder.reply(
        204,
        headers={
            "X-Container-Object-Count": "3",
            "X-Container-Bytes-Used": "1024",
            "X-Container-Meta-Color": "blue",
            "X-Container-Meta-Quota-Bytes": "1000000",
            "X-Container-Meta-Temp-URL-Key": "tempkey-secret",
            "X-Storage-Policy": "gold",
            "X-Timestamp": "1732500000.12345",
        },
    )
    info = containers.get(swift(recorder), "photos")
    assert recorder.seen[0].method == "HEAD"
    assert (info.object_count, info.bytes_used) == (3, 1024)
    assert info.metadata == {"color": "blue", "quota-bytes": "1000000"}
    assert info.temp_url_key == "tempkey-secret"
    assert info.storage_policy == "gold"
    assert "tempkey-secret" not in repr(info)


def test_listing_follows_markers_and_ends_on_an_empty_204(recorder: Recorder) -> None:
    first = [{"name": "a.txt", "hash": "h1", "bytes": 1, "content_type": "text/plain"}]
    second = [{"subdir": "b/"}]
    recorder.reply(200, first)
    recorder.reply(200, second)
    recorder.reply(204)
    client = swift(recorder)
    found = list(
        containers.list_objects(
            client, "photos", containers.ListObjectsOpts(limit=1, delimiter="/")
        )
    )
    assert [(o.name, o.subdir) for o in found] == [
        ("a.txt", typedstack.UNSET),
        (typedstack.UNSET, "b/"),
    ]
    queries = [sorted(r.query) for r in recorder.seen]
    assert queries[0] == [("delimiter", "/"), ("limit", "1")]
    assert ("marker", "a.txt") in queries[1]
    assert ("marker", "b/") in queries[2]  # a rolled-up prefix is a marker too
    assert recorder.seen[0].headers["Accept"] == "application/json"


def test_upload_sends_headers_and_returns_the_etag(recorder: Recorder) -> None:
    recorder.reply(201, headers={"ETag": "5d41402abc4b2a76b9719d911017c592"})
    opts = objects.UploadOpts(
        content_type="text/plain", metadata={"source": "unit"}, delete_after=3600
    )
    written = objects.upload(swift(recorder), "photos", "2024/a b.txt", b"hello", opts)
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("PUT", "/v1/AUTH_p1/photos/2024%2Fa%20b.txt")
    assert sent.body == b"hello"
    assert sent.headers["Content-Type"] == "text/plain"
    assert sent.headers["X-Object-Meta-source"] == "unit"
    assert sent.headers["X-Delete-After"] == "3600"
    assert written.etag == "5d41402abc4b2a76b9719d911017c592"


def test_copy_and_object_info(recorder: Recorder) -> None:
    recorder.reply(201, headers={"ETag": "e1"})
    recorder.reply(
        200,
        headers={
            "Content-Length": "5",
            "Content-Type": "text/plain",
            "ETag": "e1",
            "X-Object-Meta-Source": "unit",
            "X-Delete-At": "1732600000",
        },
    )
    client = swift(recorder)
    copied = objects.copy(
        client,
        "photos",
        "a.txt",
        objects.CopyOpts(destination="backup/a.txt", fresh_metadata=True),
    )
    info = objects.get(client, "backup", "a.txt")
    copy_request = recorder.seen[0]
    assert copy_request.method == "COPY"
    assert copy_request.headers["Destination"] == "backup/a.txt"
    assert copy_request.headers["X-Fresh-Metadata"] == "true"
    assert copied.etag == "e1"
    assert (info.content_length, info.content_type, info.delete_at) == (
        5,
        "text/plain",
        1732600000,
    )
    assert info.metadata == {"source": "unit"}


def test_account_info_and_cluster_capabilities(recorder: Recorder) -> None:
    recorder.reply(
        204,
        headers={
            "X-Account-Container-Count": "2",
            "X-Account-Object-Count": "7",
            "X-Account-Bytes-Used": "4096",
            "X-Account-Meta-Temp-URL-Key": "acct-secret",
            "X-Account-Meta-Team": "db",
        },
    )
    recorder.reply(200, {"swift": {"max_file_size": 5368709122}, "tempurl": {}})
    client = swift(recorder)
    info = account.get(client)
    caps = capabilities.get_info(client)
    assert (info.container_count, info.object_count, info.bytes_used) == (2, 7, 4096)
    assert info.metadata == {"team": "db"}
    assert "acct-secret" not in repr(info)
    assert recorder.seen[1].url == "http://swift.test/info"
    assert caps["swift"]["max_file_size"] == 5368709122
