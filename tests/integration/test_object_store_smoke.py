"""Swift through plain requests of the object-store client, against the real local Swift.

A container with metadata, an object with metadata, the listing, download,
HEAD and deletion: the round trip every user makes first. The typed
resource modules replace these plain requests as they are written.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator

import pytest

import typedstack
from tests.integration.conftest import unique

pytestmark = pytest.mark.services

DATA = os.urandom(100_000)
#: a pseudo-folder and a non-ASCII name: one path segment, percent-encoded
OBJECT = "notes/hello wörld.bin"


@pytest.fixture()
def container(swift: typedstack.ServiceClient) -> Iterator[str]:
    """A name for a container; whatever is left of it is deleted afterwards."""
    name = unique("ctr")
    yield name
    with contextlib.suppress(typedstack.NotFound):
        swift.provider.request("DELETE", swift.url("/{c}/{o}", c=name, o=OBJECT), ok=(204,))
    with contextlib.suppress(typedstack.NotFound):
        swift.provider.request("DELETE", swift.url("/{c}", c=name), ok=(204,))


def test_container_and_object_round_trip(swift: typedstack.ServiceClient, container: str) -> None:
    p = swift.provider
    c_url = swift.url("/{c}", c=container)
    o_url = swift.url("/{c}/{o}", c=container, o=OBJECT)
    assert swift.resource_base.endswith(f"/v1/AUTH_{p.project_id}")

    # container with metadata
    r = p.request(
        "PUT",
        c_url,
        ok=(201, 202),
        headers={"X-Container-Meta-Color": "blue", "X-Container-Meta-Owner": "typedstack"},
    )
    assert r.headers.get("X-Trans-Id")
    r = p.request("HEAD", c_url, ok=(204,))
    assert r.headers["X-Container-Meta-Color"] == "blue"
    assert r.headers["X-Container-Meta-Owner"] == "typedstack"
    assert r.headers["X-Container-Object-Count"] == "0"

    # the account lists it
    r = p.request("GET", swift.url(""), params={"format": "json", "prefix": container})
    assert [c["name"] for c in r.json()] == [container]

    # object with metadata; Swift checks the ETag we send
    md5 = hashlib.md5(DATA).hexdigest()
    r = p.request(
        "PUT",
        o_url,
        ok=(201,),
        data=DATA,
        headers={
            "Content-Type": "application/octet-stream",
            "ETag": md5,
            "X-Object-Meta-Purpose": "smoke test",
        },
    )
    assert r.headers["ETag"].strip('"') == md5

    # listing
    r = p.request("GET", c_url, ok=(200,), params={"format": "json"})
    listing = r.json()
    assert [o["name"] for o in listing] == [OBJECT]
    assert listing[0]["bytes"] == len(DATA)
    assert listing[0]["hash"] == md5
    assert listing[0]["content_type"] == "application/octet-stream"
    r = p.request("GET", c_url, ok=(200,), params={"format": "json", "delimiter": "/"})
    assert r.json() == [{"subdir": "notes/"}]

    # download
    r = p.request("GET", o_url, ok=(200,))
    assert r.content == DATA
    assert r.headers["X-Object-Meta-Purpose"] == "smoke test"
    assert r.headers["Content-Type"] == "application/octet-stream"

    # HEAD: the same headers, no body
    r = p.request("HEAD", o_url, ok=(200,))
    assert r.content == b""
    assert int(r.headers["Content-Length"]) == len(DATA)
    assert r.headers["ETag"].strip('"') == md5
    assert r.headers["X-Object-Meta-Purpose"] == "smoke test"
    r = p.request("HEAD", c_url, ok=(204,))
    assert r.headers["X-Container-Object-Count"] == "1"
    assert int(r.headers["X-Container-Bytes-Used"]) == len(DATA)

    # a container with an object in it cannot be deleted
    with pytest.raises(typedstack.Conflict) as excinfo:
        p.request("DELETE", c_url, ok=(204,))
    assert excinfo.value.status == 409

    # delete both
    p.request("DELETE", o_url, ok=(204,))
    with pytest.raises(typedstack.NotFound):
        p.request("GET", o_url, ok=(200,))
    p.request("DELETE", c_url, ok=(204,))
    with pytest.raises(typedstack.NotFound):
        p.request("HEAD", c_url, ok=(204,))
