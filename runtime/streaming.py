"""Streaming request and response bodies (image data, object content).

A :class:`Download` reads the response in chunks, never the whole body at
once. It reports progress, and can check the bytes against hashes the
service published (Glance's ``checksum`` and ``os_hash_value``, a
``Content-MD5`` header). :func:`chunks` turns a file into an iterable of
chunks with a progress callback, for uploads.
"""

from __future__ import annotations

import base64
import hashlib
import os
from collections.abc import Callable, Iterator, Mapping
from typing import IO, Any

import requests

from typedstack.runtime.errors import ChecksumMismatch, ConnectionFailed

DEFAULT_CHUNK = 1024 * 1024
Progress = Callable[[int], None]
"""Called with the number of bytes moved so far."""


class Download:
    """A response body to be read as a stream.

    Use it as a context manager, or call :meth:`close`, when not reading it
    to the end. ``headers`` are the response headers; ``size`` is the
    Content-Length when the server sent one.
    """

    def __init__(self, response: requests.Response) -> None:
        self.response = response
        self.headers: Mapping[str, str] = response.headers
        length = response.headers.get("Content-Length")
        self.size: int | None = int(length) if length and length.isdigit() else None
        self.bytes_read = 0

    def __repr__(self) -> str:
        return f"Download({self.response.url!r}, size={self.size})"

    def __enter__(self) -> Download:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.response.close()

    def iter_chunks(
        self,
        chunk_size: int = DEFAULT_CHUNK,
        *,
        progress: Progress | None = None,
        hashes: Mapping[str, str | None] | None = None,
    ) -> Iterator[bytes]:
        """Yield the body in chunks; check ``hashes`` (algorithm -> hex digest) at the end.

        ``hashes`` may hold ``md5``, ``sha256``, ``sha512``... (any hashlib
        name); ``None`` values are skipped. A ``Content-MD5`` header is
        checked too. A mismatch raises :class:`ChecksumMismatch`.
        """
        wanted = {k.lower(): v.lower() for k, v in (hashes or {}).items() if v}
        header_md5 = self.headers.get("Content-MD5")
        partial = self.response.status_code == 206 or "Content-Range" in self.headers
        if partial:
            wanted = {}  # published hashes describe the whole body, not a range
        if header_md5 and "md5" not in wanted and not partial:
            wanted["md5"] = _md5_header_hex(header_md5)
        digests = {name: hashlib.new(name) for name in wanted}
        try:
            for chunk in self.response.iter_content(chunk_size):
                for digest in digests.values():
                    digest.update(chunk)
                self.bytes_read += len(chunk)
                if progress is not None:
                    progress(self.bytes_read)
                yield chunk
        except (requests.exceptions.ChunkedEncodingError, requests.exceptions.ConnectionError):
            raise ConnectionFailed(
                "GET", self.response.url, f"the body broke off after {self.bytes_read} bytes"
            ) from None
        finally:
            self.close()
        if self.size is not None and self.bytes_read != self.size and not partial:
            raise ChecksumMismatch(self.response.url, "size", str(self.size), str(self.bytes_read))
        for name, digest in digests.items():
            if digest.hexdigest() != wanted[name]:
                raise ChecksumMismatch(self.response.url, name, wanted[name], digest.hexdigest())

    def save(
        self,
        destination: str | os.PathLike[str] | IO[bytes],
        *,
        chunk_size: int = DEFAULT_CHUNK,
        progress: Progress | None = None,
        hashes: Mapping[str, str | None] | None = None,
    ) -> int:
        """Write the body to a path or binary file; return the number of bytes.

        With a path, the file is written beside its final name and renamed
        only once every byte has arrived and checked out.
        """
        if hasattr(destination, "write"):
            out: Any = destination
            for chunk in self.iter_chunks(chunk_size, progress=progress, hashes=hashes):
                out.write(chunk)
            return self.bytes_read
        path = os.fspath(destination)
        partial = f"{path}.part"
        try:
            with open(partial, "wb") as handle:
                for chunk in self.iter_chunks(chunk_size, progress=progress, hashes=hashes):
                    handle.write(chunk)
            os.replace(partial, path)
        finally:
            if os.path.exists(partial):
                os.unlink(partial)
        return self.bytes_read

    def read(self) -> bytes:
        """The whole body, in memory (for small bodies only)."""
        return b"".join(self.iter_chunks())


def chunks(
    source: IO[bytes], chunk_size: int = DEFAULT_CHUNK, progress: Progress | None = None
) -> Iterator[bytes]:
    """Read a binary file in chunks for an upload, reporting progress."""
    sent = 0
    while True:
        chunk = source.read(chunk_size)
        if not chunk:
            return
        sent += len(chunk)
        if progress is not None:
            progress(sent)
        yield chunk


def _md5_header_hex(value: str) -> str:
    """Content-MD5 is base64 of the digest (RFC 1864); some servers send hex."""
    value = value.strip()
    if len(value) == 32 and all(c in "0123456789abcdefABCDEF" for c in value):
        return value.lower()
    try:
        return base64.b64decode(value).hex()
    except ValueError:
        return value.lower()
