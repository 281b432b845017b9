"""Glance through the generated modules, against the real local Glance.

Image records, streamed upload and download with hash checks, listing and
filters, JSON-patch updates, tags, members, deactivation, the interoperable
import, schemas, tasks, and the status waiters.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import typedstack
from tests.integration.conftest import Account, requires_newer_than, unique
from tests.integration.recording import Cleanup, Recorder
from tests.local_openstack import LocalGlance, LocalKeystone
from typedstack.image import v2 as image
from typedstack.image.v2 import (
    image_data,
    image_import,
    images,
    members,
    metadefs_namespaces,
    metadefs_objects,
    metadefs_properties,
    metadefs_resource_types,
    metadefs_tags,
    schemas,
    tags,
    tasks,
)

pytestmark = pytest.mark.services

DATA = os.urandom(300_000)
CHUNK = 64 * 1024


# ------------------------------------------------------------------ fixtures


@pytest.fixture()
def http(admin: typedstack.ProviderClient) -> Recorder:
    return Recorder(admin)


@pytest.fixture()
def gl(glance_service: LocalGlance, admin: typedstack.ProviderClient) -> typedstack.ServiceClient:
    return image.new_client(admin)


@pytest.fixture()
def cleanup() -> Iterator[Cleanup]:
    undo = Cleanup()
    yield undo
    undo.run()


@pytest.fixture()
def make_image(gl: typedstack.ServiceClient, cleanup: Cleanup) -> Callable[..., images.Image]:
    """Creates an image record (raw/bare unless told); deleted at teardown."""

    def make(client: typedstack.ServiceClient | None = None, **fields: object) -> images.Image:
        client = client or gl
        fields.setdefault("name", unique("img"))
        fields.setdefault("disk_format", "raw")
        fields.setdefault("container_format", "bare")
        img = images.create(client, images.CreateOpts(**fields))  # type: ignore[arg-type]
        cleanup.add(lambda: images.delete(gl, img.id))  # as admin: owners may be gone by then
        return img

    return make


def member_client(keystone: LocalKeystone, account: Account) -> typedstack.ServiceClient:
    provider = typedstack.connect(
        auth_url=keystone.auth_url,
        user_id=account.user.id,
        password=account.password,
        project_id=account.project.id,
    )
    return image.new_client(provider)


def wait_active(client: typedstack.ServiceClient, image_id: str) -> images.Image:
    return typedstack.wait_for_status(
        lambda: images.get(client, image_id),
        "active",
        failures=("killed",),
        timeout=60,
        interval=0.5,
        what="image",
    )


@dataclass
class Batch:
    """Seven images for listing tests, told apart by a tag of their own."""

    tag: str
    odd_tag: str
    made: list[images.Image]


@pytest.fixture(scope="module")
def batch(keystone: LocalKeystone, glance_service: LocalGlance) -> Iterator[Batch]:
    provider = typedstack.connect(
        auth_url=keystone.auth_url,
        username="admin",
        password=keystone.admin_password,
        project_name="admin",
        user_domain_name="Default",
        project_domain_name="Default",
    )
    client = image.new_client(provider)
    tag, odd_tag = unique("batch"), unique("odd")
    made = []
    try:
        for i in range(7):
            made.append(
                images.create(
                    client,
                    images.CreateOpts(
                        name=f"{tag}-{i}",
                        tags=[tag, odd_tag] if i % 2 else [tag],
                        disk_format="qcow2" if i % 2 else "raw",
                        container_format="bare",
                        min_ram=10 * i,
                        visibility="private" if i == 6 else "shared",
                    ),
                )
            )
        image_data.upload(client, made[0].id, b"0" * 1000)
        made[0] = wait_active(client, made[0].id)
        yield Batch(tag, odd_tag, made)
    finally:
        for img in made:
            images.delete(client, img.id)
        provider.close()


# --------------------------------------------------------- upload, download


def test_streamed_upload_and_download_round_trip(
    gl: typedstack.ServiceClient,
    make_image: Callable[..., images.Image],
    http: Recorder,
    tmp_path: Path,
) -> None:
    img = make_image()
    assert img.status == "queued"
    assert img.location is not None and img.location.endswith("/images/" + img.id)
    assert "glance-direct" in (img.import_methods or "").split(",")

    sent: list[int] = []
    image_data.upload(gl, img.id, typedstack.chunks(io.BytesIO(DATA), CHUNK, sent.append))
    assert sent == [min(n, len(DATA)) for n in range(CHUNK, len(DATA) + CHUNK, CHUNK)]
    (put,) = http.to("PUT", "/file")
    assert put.headers["Content-Type"] == "application/octet-stream"
    assert put.headers.get("Transfer-Encoding") == "chunked", "the upload was not streamed"

    img = wait_active(gl, img.id)
    assert img.size == len(DATA)
    assert img.checksum == hashlib.md5(DATA).hexdigest()
    assert img.os_hash_algo is not None
    assert img.os_hash_value == hashlib.new(img.os_hash_algo, DATA).hexdigest()

    got: list[int] = []
    target = tmp_path / "image.raw"
    with image_data.download(gl, img.id) as download:
        assert download.size == len(DATA)
        written = download.save(
            target,
            chunk_size=CHUNK,
            progress=got.append,
            hashes={img.os_hash_algo: img.os_hash_value, "md5": img.checksum},
        )
    assert written == len(DATA)
    assert target.read_bytes() == DATA
    assert got[-1] == len(DATA)
    assert got == sorted(got) and len(got) >= 2
    assert not Path(f"{target}.part").exists()

    # Into an open file, and chunk by chunk.
    buffer = io.BytesIO()
    image_data.download(gl, img.id).save(
        buffer, hashes={"sha256": hashlib.sha256(DATA).hexdigest()}
    )
    assert buffer.getvalue() == DATA
    pieces = list(image_data.download(gl, img.id).iter_chunks(100_000))
    assert [len(p) for p in pieces] == [100_000, 100_000, 100_000]


def test_wrong_hash_raises_and_leaves_no_file(
    gl: typedstack.ServiceClient, make_image: Callable[..., images.Image], tmp_path: Path
) -> None:
    img = make_image()
    image_data.upload(gl, img.id, DATA)
    img = wait_active(gl, img.id)
    assert img.os_hash_algo is not None

    fresh = tmp_path / "fresh.raw"
    wrong = "0" * len(img.os_hash_value or "")
    with pytest.raises(typedstack.ChecksumMismatch) as info:
        image_data.download(gl, img.id).save(fresh, hashes={img.os_hash_algo: wrong})
    assert info.value.algorithm == img.os_hash_algo
    assert info.value.expected == wrong
    assert info.value.actual == img.os_hash_value
    assert sorted(os.listdir(tmp_path)) == []

    # An existing file at the destination is left as it was.
    existing = tmp_path / "existing.raw"
    existing.write_bytes(b"previous content")
    with pytest.raises(typedstack.ChecksumMismatch, match="md5"):
        image_data.download(gl, img.id).save(existing, hashes={"md5": "f" * 32})
    assert existing.read_bytes() == b"previous content"
    assert sorted(os.listdir(tmp_path)) == ["existing.raw"]


def test_upload_with_the_wrong_size_is_refused(
    gl: typedstack.ServiceClient, make_image: Callable[..., images.Image]
) -> None:
    requires_newer_than("2025.1", "Glance checks an upload against X-Openstack-Image-Size")
    img = make_image()
    with pytest.raises(typedstack.BadRequest):
        image_data.upload(gl, img.id, DATA, image_data.UploadOpts(image_size=len(DATA) + 1))
    assert images.get(gl, img.id).status == "queued"
    image_data.upload(gl, img.id, DATA, image_data.UploadOpts(image_size=len(DATA)))
    assert wait_active(gl, img.id).size == len(DATA)


def test_partial_download_with_a_range(
    gl: typedstack.ServiceClient, make_image: Callable[..., images.Image]
) -> None:
    img = make_image()
    image_data.upload(gl, img.id, DATA)
    wait_active(gl, img.id)
    part = image_data.download(gl, img.id, image_data.DownloadOpts(range="bytes=100-199"))
    assert part.response.status_code == 206
    assert part.read() == DATA[100:200]


# ------------------------------------------------------------------ listing


def test_listing_over_several_pages(gl: typedstack.ServiceClient, batch: Batch) -> None:
    pager = images.list(gl, images.ListOpts(tag=[batch.tag], limit=2))
    pages = list(pager.pages())
    assert [len(page) for page in pages] == [2, 2, 2, 1]
    ids = [img.id for page in pages for img in page]
    assert len(ids) == len(set(ids)), "an image was repeated across pages"
    assert set(ids) == {img.id for img in batch.made}


def test_filters(gl: typedstack.ServiceClient, batch: Batch) -> None:
    def names(**filters: object) -> list[str]:
        opts = images.ListOpts(**filters)  # type: ignore[arg-type]
        return sorted(img.name or "" for img in images.list(gl, opts))

    t = batch.tag
    assert names(tag=[t], disk_format="qcow2") == [f"{t}-1", f"{t}-3", f"{t}-5"]
    assert names(tag=[t, batch.odd_tag]) == [f"{t}-1", f"{t}-3", f"{t}-5"]
    assert names(name=f"{t}-4") == [f"{t}-4"]
    assert names(name=f"in:{t}-2,{t}-5") == [f"{t}-2", f"{t}-5"]
    ids = f"in:{batch.made[1].id},{batch.made[6].id}"
    assert names(id=ids) == [f"{t}-1", f"{t}-6"]
    assert names(tag=[t], status="active") == [f"{t}-0"]
    assert names(tag=[t], visibility="private") == [f"{t}-6"]
    assert names(tag=[t], size_min=1) == [f"{t}-0"]
    assert names(tag=[t], size_max=999) == []
    assert names(tag=[t], checksum=batch.made[0].checksum) == [f"{t}-0"]
    assert names(tag=[t], protected=True) == []
    assert names(tag=[unique("no-such-tag")]) == []


def test_sort_keys(gl: typedstack.ServiceClient, batch: Batch, http: Recorder) -> None:
    def order(opts: images.ListOpts) -> list[str]:
        return [img.name or "" for img in images.list(gl, opts)]

    t = batch.tag
    expected = [f"{t}-{i}" for i in range(7)]
    assert order(images.ListOpts(tag=[t], sort_key="name", sort_dir="asc")) == expected
    assert order(images.ListOpts(tag=[t], sort_key="name", sort_dir="desc")) == expected[::-1]
    assert order(images.ListOpts(tag=[t], sort="disk_format:asc,name:desc", limit=3)) == [
        f"{t}-5",
        f"{t}-3",
        f"{t}-1",
        f"{t}-6",
        f"{t}-4",
        f"{t}-2",
        f"{t}-0",
    ]
    # A sort key Glance does not offer is refused before anything is sent.
    http.calls.clear()
    with pytest.raises(typedstack.InvalidOptions, match="sort_key"):
        images.ListOpts(sort_key="min_ram")  # type: ignore[arg-type]
    assert http.calls == []
    with pytest.raises(typedstack.BadRequest, match="sort key"):
        list(images.list(gl, images.ListOpts(sort="min_ram:asc")))


# ------------------------------------------------------------------- update


def test_update_with_json_patch(
    gl: typedstack.ServiceClient, make_image: Callable[..., images.Image], http: Recorder
) -> None:
    img = make_image(tags=["one"])
    changes = [
        images.PatchOperation(op="replace", path="/name", value="patched"),
        images.PatchOperation(op="replace", path="/min_ram", value=512),
        images.PatchOperation(op="add", path="/hw_disk_bus", value="scsi"),
        images.PatchOperation(op="replace", path="/tags", value=["two", "three"]),
    ]
    http.calls.clear()
    updated = images.update(gl, img.id, changes)
    (patch,) = http.to("PATCH")
    assert patch.headers["Content-Type"] == "application/openstack-images-v2.1-json-patch"
    assert json.loads(patch.body) == [
        {"op": "replace", "path": "/name", "value": "patched"},
        {"op": "replace", "path": "/min_ram", "value": 512},
        {"op": "add", "path": "/hw_disk_bus", "value": "scsi"},
        {"op": "replace", "path": "/tags", "value": ["two", "three"]},
    ]
    assert updated.name == "patched"
    assert updated.min_ram == 512
    assert sorted(updated.tags or []) == ["three", "two"]
    assert updated.extra["hw_disk_bus"] == "scsi"
    assert updated.to_dict()["hw_disk_bus"] == "scsi"

    removed = images.update(gl, img.id, [images.PatchOperation(op="remove", path="/hw_disk_bus")])
    assert json.loads(http.to("PATCH")[-1].body) == [{"op": "remove", "path": "/hw_disk_bus"}]
    assert "hw_disk_bus" not in removed.extra
    fetched = images.get(gl, img.id)
    assert (fetched.name, fetched.min_ram) == ("patched", 512)
    assert "hw_disk_bus" not in fetched.extra

    with pytest.raises(typedstack.Forbidden):  # a base property the server owns
        images.update(
            gl, img.id, [images.PatchOperation(op="replace", path="/status", value="active")]
        )


def test_create_with_custom_properties(
    gl: typedstack.ServiceClient, cleanup: Cleanup, http: Recorder
) -> None:
    custom = {"hw_disk_bus": "scsi", "os_distro": "debian"}
    img = images.create(
        gl,
        images.CreateOpts(
            name=unique("props"), disk_format="raw", container_format="bare", properties=custom
        ),
    )
    cleanup.add(lambda: images.delete(gl, img.id))
    (post,) = http.to("POST")
    sent = json.loads(post.body)
    assert "properties" not in sent
    assert {k: sent[k] for k in custom} == custom
    assert {k: img.extra[k] for k in custom} == custom
    fetched = images.get(gl, img.id)
    assert {k: fetched.extra[k] for k in custom} == custom
    assert fetched.disk_format == "raw"


def test_tags_add_and_delete(
    gl: typedstack.ServiceClient, make_image: Callable[..., images.Image]
) -> None:
    img = make_image()
    tags.add_tag(gl, img.id, "blue")
    tags.add_tag(gl, img.id, "green")
    tags.add_tag(gl, img.id, "blue")  # already there: no error, no duplicate
    assert sorted(images.get(gl, img.id).tags or []) == ["blue", "green"]
    tags.delete_tag(gl, img.id, "blue")
    assert images.get(gl, img.id).tags == ["green"]
    with pytest.raises(typedstack.NotFound):
        tags.delete_tag(gl, img.id, "blue")


# ---------------------------------------------------------- members, status


def test_members_share_with_another_project(
    gl: typedstack.ServiceClient,
    make_image: Callable[..., images.Image],
    keystone: LocalKeystone,
    account: Account,
) -> None:
    img = make_image(visibility="shared")
    other = member_client(keystone, account)
    project = account.project.id
    with pytest.raises(typedstack.NotFound):
        images.get(other, img.id)

    member = members.create(gl, img.id, members.CreateOpts(member=project))
    assert (member.image_id, member.member_id, member.status) == (img.id, project, "pending")
    assert [m.member_id for m in members.list(gl, img.id)] == [project]
    # Pending: visible on request, not in the member's default list.
    assert img.id not in {i.id for i in images.list(other)}
    assert img.id in {i.id for i in images.list(other, images.ListOpts(member_status="pending"))}

    accepted = members.update(other, img.id, project, members.UpdateOpts(status="accepted"))
    assert accepted.status == "accepted"
    assert members.get(gl, img.id, project).status == "accepted"
    assert img.id in {i.id for i in images.list(other)}
    assert images.get(other, img.id).name == img.name

    with pytest.raises(typedstack.Forbidden):  # only the owner manages members
        members.delete(other, img.id, project)
    members.delete(gl, img.id, project)
    assert members.list(gl, img.id) == []
    with pytest.raises(typedstack.NotFound):
        images.get(other, img.id)


def test_deactivate_and_reactivate(
    gl: typedstack.ServiceClient,
    make_image: Callable[..., images.Image],
    keystone: LocalKeystone,
    account: Account,
) -> None:
    owner = member_client(keystone, account)
    img = make_image(owner)
    image_data.upload(owner, img.id, DATA)
    wait_active(owner, img.id)

    images.deactivate(gl, img.id)
    assert images.get(owner, img.id).status == "deactivated"
    with pytest.raises(typedstack.Forbidden, match="deactivated"):
        image_data.download(owner, img.id)

    images.reactivate(gl, img.id)
    assert images.get(owner, img.id).status == "active"
    assert image_data.download(owner, img.id).read() == DATA


# ------------------------------------------------------------------- import


def test_glance_direct_import(
    gl: typedstack.ServiceClient, make_image: Callable[..., images.Image]
) -> None:
    info = image_import.get_import_info(gl)
    assert "glance-direct" in info.import_methods.value
    assert [s.id for s in image_import.list_stores(gl)] == ["fs"]

    img = make_image()
    staged: list[int] = []
    image_data.stage(gl, img.id, typedstack.chunks(io.BytesIO(DATA), CHUNK, staged.append))
    assert staged[-1] == len(DATA)
    assert images.get(gl, img.id).status == "uploading"

    image_import.import_image(
        gl,
        img.id,
        image_import.ImportImageOpts(method=image_import.ImportMethod(name="glance-direct")),
    )
    done = wait_active(gl, img.id)
    assert done.size == len(DATA)
    assert done.stores == "fs"
    assert image_data.download(gl, img.id).read() == DATA

    (task,) = tasks.list_image_tasks(gl, img.id)
    assert task.type == "api_image_import"
    assert task.image_id == img.id
    finished = typedstack.wait_for_status(
        lambda: tasks.get(gl, task.id), "success", failures=("failure",), timeout=30, interval=0.5
    )
    assert finished.result == {"image_id": img.id}
    listed = list(tasks.list(gl, tasks.ListOpts(limit=1)))
    assert task.id in {t.id for t in listed}
    assert len({t.id for t in listed}) == len(listed)


# ------------------------------------------------------------------ schemas


def test_image_schema_matches_the_sdk(gl: typedstack.ServiceClient) -> None:
    schema = schemas.get_image(gl)
    assert schema["name"] == "image"
    props = schema["properties"]
    # Every property the server describes is a typed field of images.Image.
    assert set(props) <= set(images.Image.__struct_encode_fields__)
    # Every format and visibility the server allows is accepted by CreateOpts.
    for value in props["disk_format"]["enum"]:
        if value is not None:
            images.CreateOpts(disk_format=value)
    for value in props["container_format"]["enum"]:
        if value is not None:
            images.CreateOpts(container_format=value)
    for value in props["visibility"]["enum"]:
        images.CreateOpts(visibility=value)
    assert set(schemas.get_member(gl)["properties"]) <= set(
        members.Member.__struct_encode_fields__
    )
    assert "images" in schemas.get_images(gl)["properties"]


# -------------------------------------------------------- metadata definitions


def test_metadefs_namespace_carries_its_properties_objects_tags_and_types(
    gl: typedstack.ServiceClient, cleanup: Cleanup
) -> None:
    name = unique("TypedStack::Test")
    ns = metadefs_namespaces.create(
        gl,
        metadefs_namespaces.CreateOpts(
            namespace=name, display_name="Test", visibility="private", protected=False
        ),
    )
    cleanup.add(lambda: metadefs_namespaces.delete(gl, name))
    assert (ns.namespace, ns.visibility) == (name, "private")

    metadefs_properties.create(
        gl,
        name,
        metadefs_properties.CreateOpts(
            name="ts_disk_bus", title="Disk bus", type="string", enum=["scsi", "virtio"]
        ),
    )
    cores = metadefs_properties.Property(title="Cores", type="integer", minimum=1)
    metadefs_objects.create(
        gl,
        name,
        metadefs_objects.CreateOpts(name="CPU", properties={"cores": cores}, required=["cores"]),
    )
    metadefs_tags.create(gl, name, "fast")
    metadefs_resource_types.create_association(
        gl, name, metadefs_resource_types.CreateAssociationOpts(name="OS::Glance::Image")
    )

    full = metadefs_namespaces.get(gl, name)
    assert full.properties and isinstance(
        full.properties["ts_disk_bus"], metadefs_properties.Property
    )
    assert full.properties["ts_disk_bus"].enum == ["scsi", "virtio"]
    (cpu,) = full.objects or []
    assert isinstance(cpu, metadefs_objects.MetadefObject) and cpu.required == ["cores"]
    assert cpu.properties and cpu.properties["cores"].minimum == 1
    assert [t.name for t in full.tags or []] == ["fast"]
    associations = full.resource_type_associations or []
    assert [a.name for a in associations] == ["OS::Glance::Image"]
    assert metadefs_objects.get(gl, name, "CPU").to_dict()["properties"]["cores"] == {
        "title": "Cores",
        "type": "integer",
        "minimum": 1,
    }


# ------------------------------------------------------------ delete, waits


def test_delete_then_404(
    gl: typedstack.ServiceClient, make_image: Callable[..., images.Image]
) -> None:
    img = make_image(protected=True)
    with pytest.raises(typedstack.Forbidden, match="protected"):
        images.delete(gl, img.id)
    images.update(
        gl, img.id, [images.PatchOperation(op="replace", path="/protected", value=False)]
    )
    images.delete(gl, img.id)
    with pytest.raises(typedstack.NotFound) as info:
        images.get(gl, img.id)
    assert info.value.status == 404
    assert img.id in info.value.message
    with pytest.raises(typedstack.NotFound):
        images.delete(gl, img.id)
    with pytest.raises(typedstack.NotFound):
        image_data.download(gl, img.id)
    assert img.id not in {i.id for i in images.list(gl, images.ListOpts(id=f"in:{img.id}"))}


def test_waiting_for_a_status_that_never_comes_times_out(
    gl: typedstack.ServiceClient, make_image: Callable[..., images.Image], http: Recorder
) -> None:
    img = make_image()
    http.calls.clear()
    with pytest.raises(typedstack.WaitTimeout) as info:
        typedstack.wait_for_status(
            lambda: images.get(gl, img.id), "active", timeout=1.0, interval=0.2, what="image"
        )
    assert info.value.last_status == "queued"
    assert "queued" in str(info.value)
    assert "active" in str(info.value)
    assert len(http.to("GET", img.id)) >= 2  # it did poll


def test_a_failure_status_stops_the_wait_at_once(
    gl: typedstack.ServiceClient, make_image: Callable[..., images.Image], http: Recorder
) -> None:
    img = make_image()
    http.calls.clear()
    with pytest.raises(typedstack.ResourceFailed) as info:
        typedstack.wait_for_status(
            lambda: images.get(gl, img.id),
            "active",
            failures=("queued",),
            timeout=60,
            interval=30,
            what="image",
        )
    assert info.value.status == "queued"
    assert str(info.value) == "image went to queued"
    assert len(http.to("GET", img.id)) == 1


# ------------------------------------------------------------- known bugs


def test_create_without_options(gl: typedstack.ServiceClient, cleanup: Cleanup) -> None:
    img = images.create(gl)
    cleanup.add(lambda: images.delete(gl, img.id))
    assert img.status == "queued"


def test_glance_error_message_is_one_clean_line(gl: typedstack.ServiceClient) -> None:
    missing = "00000000-0000-0000-0000-000000000000"
    with pytest.raises(typedstack.NotFound) as info:
        images.get(gl, missing)
    message = info.value.message
    assert missing in message
    assert "<br" not in message
    assert message == " ".join(message.split())
