"""Object storage (the suite's real Swift) through the generated modules.

Containers and objects with their metadata in headers, streamed uploads and
downloads, listings paged by name, copies, and the errors a user meets.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator

import pytest

import typedstack
from tests.integration.conftest import unique
from typedstack.object_store.v1 import account, capabilities, containers, objects

pytestmark = pytest.mark.services


@pytest.fixture()
def container(swift: typedstack.ServiceClient) -> Iterator[str]:
    """A new, empty container; emptied and deleted afterwards."""
    name = unique("box")
    containers.create(swift, name)
    yield name
    for entry in containers.list_objects(swift, name):
        if entry.name:
            objects.delete(swift, name, entry.name)
    containers.delete(swift, name)


def test_container_settings_and_metadata_round_trip(
    swift: typedstack.ServiceClient, container: str
) -> None:
    containers.update(
        swift,
        container,
        containers.CreateOpts(metadata={"Team": "db", "purpose": "tests"}, read_acl=".r:*"),
    )
    info = containers.get(swift, container)
    assert info.metadata == {"team": "db", "purpose": "tests"}
    assert info.read_acl == ".r:*"
    assert (info.object_count, info.bytes_used) == (0, 0)

    containers.update(swift, container, containers.CreateOpts(metadata={"purpose": ""}))
    assert containers.get(swift, container).metadata == {"team": "db"}
    names = [c.name for c in account.list(swift, account.ListOpts(prefix=container))]
    assert names == [container]


def test_upload_download_and_object_info(swift: typedstack.ServiceClient, container: str) -> None:
    data = b"typedstack " * 50_000  # 550 kB, sent in chunks
    chunks = (data[i : i + 65_536] for i in range(0, len(data), 65_536))
    opts = objects.UploadOpts(
        content_type="text/plain",
        metadata={"Source": "integration"},
        etag=hashlib.md5(data).hexdigest(),
    )
    written = objects.upload(swift, container, "docs/a file.txt", chunks, opts)
    assert written.etag == hashlib.md5(data).hexdigest()

    info = objects.get(swift, container, "docs/a file.txt")
    assert (info.content_length, info.content_type) == (len(data), "text/plain")
    assert info.etag == written.etag
    assert info.metadata == {"source": "integration"}

    with objects.download(swift, container, "docs/a file.txt") as download:
        assert download.read() == data
    partial = objects.download(
        swift, container, "docs/a file.txt", objects.DownloadOpts(range="bytes=0-9")
    )
    assert partial.read() == data[:10]

    objects.update(
        swift, container, "docs/a file.txt", objects.UpdateOpts(metadata={"reviewed": "yes"})
    )
    assert objects.get(swift, container, "docs/a file.txt").metadata == {"reviewed": "yes"}


def test_wrong_etag_is_refused_and_nothing_is_stored(
    swift: typedstack.ServiceClient, container: str
) -> None:
    with pytest.raises(typedstack.HTTPError) as info:
        objects.upload(swift, container, "bad.bin", b"payload", objects.UploadOpts(etag="0" * 32))
    assert info.value.status == 422
    with pytest.raises(typedstack.NotFound):
        objects.get(swift, container, "bad.bin")


def test_listing_pages_by_name_and_rolls_up_prefixes(
    swift: typedstack.ServiceClient, container: str
) -> None:
    names = [f"logs/2026/{i:02d}.log" for i in range(5)] + ["readme.txt", "logs/index"]
    for name in names:
        objects.upload(swift, container, name, io.BytesIO(name.encode()))

    paged = [
        o.name
        for o in containers.list_objects(swift, container, containers.ListObjectsOpts(limit=2))
    ]
    assert paged == sorted(names)
    top = list(
        containers.list_objects(swift, container, containers.ListObjectsOpts(delimiter="/"))
    )
    assert [(o.name, o.subdir) for o in top] == [
        (typedstack.UNSET, "logs/"),
        ("readme.txt", typedstack.UNSET),
    ]
    rolled = containers.list_objects(
        swift, container, containers.ListObjectsOpts(prefix="logs/", delimiter="/", limit=1)
    )
    assert [o.name or o.subdir for o in rolled] == ["logs/2026/", "logs/index"]
    assert [
        o.bytes
        for o in containers.list_objects(
            swift, container, containers.ListObjectsOpts(prefix="readme")
        )
    ] == [len(b"readme.txt")]


def test_copy_keeps_or_replaces_metadata(swift: typedstack.ServiceClient, container: str) -> None:
    objects.upload(
        swift, container, "src", b"content", objects.UploadOpts(metadata={"kind": "original"})
    )
    objects.copy(swift, container, "src", objects.CopyOpts(destination=f"{container}/kept"))
    objects.copy(
        swift,
        container,
        "src",
        objects.CopyOpts(
            destination=f"{container}/fresh", fresh_metadata=True, metadata={"kind": "copy"}
        ),
    )
    assert objects.get(swift, container, "kept").metadata == {"kind": "original"}
    assert objects.get(swift, container, "fresh").metadata == {"kind": "copy"}
    assert objects.download(swift, container, "fresh").read() == b"content"


def test_errors_a_user_meets(swift: typedstack.ServiceClient, container: str) -> None:
    objects.upload(swift, container, "keep", b"x")
    with pytest.raises(typedstack.Conflict):
        containers.delete(swift, container)  # not empty
    with pytest.raises(typedstack.NotFound):
        containers.get(swift, unique("missing"))
    with pytest.raises(typedstack.NotFound):
        objects.download(swift, container, "no-such-object")


def test_account_totals_and_cluster_info(swift: typedstack.ServiceClient, container: str) -> None:
    objects.upload(swift, container, "one", b"12345")
    totals = containers.get(swift, container)
    assert (totals.object_count, totals.bytes_used) == (1, 5)
    # the account's own totals catch up later (Swift's updaters): only its containers now
    info = account.get(swift)
    assert info.container_count is not None and info.container_count >= 1
    assert info.bytes_used is not None
    caps = capabilities.get_info(swift)
    assert "swift" in caps and caps["swift"]["max_file_size"] > 0
