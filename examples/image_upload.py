"""Upload an image from a file, with a progress callback.

    python examples/image_upload.py disk.img     # with OS_CLOUD or OS_* set

Without a file it uploads a small generated one. The image is deleted at
the end. The test suite runs it against its local Glance
(tests/integration/test_examples.py).
"""

from __future__ import annotations

import os
import sys
import tempfile
import uuid
from collections.abc import Callable, Iterator

import typedstack
from typedstack.image import v2 as image
from typedstack.image.v2 import image_data, images

CHUNK = 64 * 1024


def read_with_progress(path: str, progress: Callable[[int, int], None]) -> Iterator[bytes]:
    """The file's bytes in chunks, calling ``progress(sent, total)`` after each."""
    total = os.path.getsize(path)
    sent = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            sent += len(chunk)
            progress(sent, total)
            yield chunk


def run(provider: typedstack.ProviderClient, path: str | None = None) -> list[int]:
    """Uploads ``path`` (or a generated file); returns the progress reported."""
    glance = image.new_client(provider)
    made = None
    if path is None:
        with tempfile.NamedTemporaryFile(suffix=".img", delete=False) as tmp:
            tmp.write(os.urandom(3 * CHUNK + 123))
        path = made = tmp.name
    seen: list[int] = []

    def progress(sent: int, total: int) -> None:
        seen.append(sent)
        print(f"\r{sent}/{total} bytes", end="", flush=True)

    img = images.create(
        glance,
        images.CreateOpts(
            name=f"example-{uuid.uuid4().hex[:8]}", disk_format="raw", container_format="bare"
        ),
    )
    try:
        size = os.path.getsize(path)
        opts = image_data.UploadOpts(image_size=size)  # a size is an int
        image_data.upload(glance, img.id, read_with_progress(path, progress), opts)
        print()
        active = images.wait_for_status(glance, img.id, "active", timeout=60, interval=1)
        assert active.size == size
        return seen
    finally:
        images.delete(glance, img.id)
        if made:
            os.unlink(made)


if __name__ == "__main__":
    run(typedstack.connect(), sys.argv[1] if len(sys.argv) > 1 else None)
