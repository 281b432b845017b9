"""An opt-in on-disk token cache, shared by the processes of one user.

``typedstack.connect(token_cache=True)`` (or ``token_cache: true`` in
clouds.yaml, or ``TYPEDSTACK_TOKEN_CACHE=1``) keeps the Keystone token in
``$XDG_CACHE_HOME/typedstack/tokens/`` (``~/.cache/typedstack/tokens/``),
one file per (auth URL, user or credential, scope), named by a hash of them.
A token found there is reused until shortly before it expires, and dropped
when a service answers 401 with it.

What is written is the token and Keystone's token response (expiry, user,
scope, roles, catalog): **the token is a bearer credential** until it
expires, so the folder is mode 0700 and each file 0600, owned by the user; a
file another user could read or that someone else owns is ignored. The
password, TOTP passcode or application credential secret is never written.

Each file is replaced atomically (a temporary file and ``os.replace``), and
the check-authenticate-write sequence runs under an ``fcntl`` lock on a
sibling ``.lock`` file, so processes starting together authenticate once.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

_IDENTITY_KEYS = (
    "user_id",
    "username",
    "user_domain_id",
    "user_domain_name",
    "application_credential_id",
    "application_credential_name",
    "default_domain_id",
    "default_domain_name",
)
_SCOPE_KEYS = (
    "project_id",
    "project_name",
    "project_domain_id",
    "project_domain_name",
    "domain_id",
    "domain_name",
    "system_scope",
    "trust_id",
    "unscoped",
)


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/typedstack/tokens``, else ``~/.cache/typedstack/tokens``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "typedstack" / "tokens"


def cache_key(auth_url: str, auth_type: str, auth: Mapping[str, Any]) -> str:
    """A file name for (auth URL, user or credential, scope); no secret goes into it."""
    parts = [auth_url.rstrip("/"), auth_type.lower()]
    parts += [f"{key}={auth.get(key) or ''}" for key in (*_IDENTITY_KEYS, *_SCOPE_KEYS)]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:40]


class TokenCache:
    """One cache file: ``load``/``store``/``drop`` under :meth:`locked`."""

    def __init__(self, key: str, folder: Path | None = None) -> None:
        self.folder = folder or cache_dir()
        self.path = self.folder / f"{key}.json"
        self._lock_path = self.folder / f"{key}.lock"

    def __repr__(self) -> str:
        return f"TokenCache({str(self.path)!r})"

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the file's lock (blocking) for the with-block."""
        import fcntl

        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(self._lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # releases the lock

    def load(self) -> tuple[str, bytes] | None:
        """The cached (token, Keystone response body), or None (missing, foreign, broken)."""
        try:
            fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            return None
        try:
            info = os.fstat(fd)
            if info.st_uid != os.getuid() or info.st_mode & 0o077:
                return None  # not ours alone: do not trust it
            with os.fdopen(fd, "rb") as f:
                fd = -1
                data = json.loads(f.read())
            token, body = data["token"], data["body"]
            if not isinstance(token, str) or not isinstance(body, str):
                return None
            return token, body.encode()
        except (OSError, ValueError, KeyError, TypeError):
            return None
        finally:
            if fd >= 0:
                os.close(fd)

    def store(self, token: str, body: bytes) -> None:
        """Replace the file atomically with (token, body), mode 0600."""
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        data = json.dumps({"token": token, "body": body.decode()}).encode()
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".tmp-", suffix=".json")
        try:
            os.fchmod(fd, 0o600)
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    def drop(self) -> None:
        with contextlib.suppress(OSError):
            os.unlink(self.path)
