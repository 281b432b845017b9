"""The opt-in token cache: one authentication for two processes, 0600 files, no secret.

Against the fake Keystone, which counts authentication requests and can
revoke every token (a real Keystone's revocation would work the same, but
its token count is not observable).
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.faults.faultserver import FakeKeystone
from tests.faults.support import make_provider
from typedstack.identity import v3 as identity
from typedstack.identity.v3 import projects

CHILD = textwrap.dedent("""
    import os, sys, time, typedstack
    from typedstack.identity import v3 as identity
    from typedstack.identity.v3 import projects
    go = sys.argv[1]
    while not os.path.exists(go):
        time.sleep(0.005)
    provider = typedstack.connect()
    print(len(list(projects.list(identity.new_client(provider)))), provider.auth_count)
""")


@pytest.fixture()
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home


def _files(cache_home: Path) -> list[Path]:
    return sorted((cache_home / "typedstack" / "tokens").glob("*.json"))


def test_two_processes_authenticate_once(
    keystone: FakeKeystone, password: str, cache_home: Path, tmp_path: Path
) -> None:
    keystone.projects = ["a", "b"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("OS_")}
    env.update(
        XDG_CACHE_HOME=str(cache_home),
        TYPEDSTACK_TOKEN_CACHE="1",
        OS_AUTH_URL=keystone.auth_url,
        OS_USERNAME="demo",
        OS_PASSWORD=password,
        OS_USER_DOMAIN_NAME="Default",
        OS_PROJECT_NAME="demo",
        OS_PROJECT_DOMAIN_NAME="Default",
    )
    go = tmp_path / "go"
    children = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, str(go)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    time.sleep(0.5)  # both interpreters up and waiting (not a timing assertion)
    go.touch()
    outputs = [child.communicate(timeout=60) for child in children]
    assert [child.returncode for child in children] == [0, 0], outputs
    counts = sorted(out.split()[1] for out, _err in outputs)
    assert counts == ["0", "1"]  # one process authenticated, the other reused its token
    assert len(keystone.auth_requests) == 1
    assert all(out.split()[0] == "2" for out, _err in outputs)
    (path,) = _files(cache_home)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    text = path.read_text()
    assert password not in text
    assert json.loads(text)["token"] == keystone.tokens[0]  # the token is what is cached


def test_a_401_drops_the_cached_token_and_the_new_one_is_cached(
    keystone: FakeKeystone, password: str, cache_home: Path
) -> None:
    first = make_provider(keystone.auth_url, password, token_cache=True)
    second = make_provider(keystone.auth_url, password, token_cache=True)
    assert (first.auth_count, second.auth_count) == (1, 0)
    keystone.revoke_all()
    assert list(projects.list(identity.new_client(second))) == []
    assert second.auth_count == 1 and len(keystone.auth_requests) == 2
    (path,) = _files(cache_home)
    assert json.loads(path.read_text())["token"] == keystone.tokens[-1]
    third = make_provider(keystone.auth_url, password, token_cache=True)
    assert third.auth_count == 0 and third.token.value == keystone.tokens[-1]
    first.close(), second.close(), third.close()


def test_a_token_close_to_expiry_or_another_scope_is_not_reused(
    keystone: FakeKeystone, password: str, cache_home: Path
) -> None:
    keystone.lifetimes = [10.0]  # inside the 30 s renewal margin
    make_provider(keystone.auth_url, password, token_cache=True).close()
    again = make_provider(keystone.auth_url, password, token_cache=True)
    assert again.auth_count == 1
    other = make_provider(keystone.auth_url, password, token_cache=True, project_id="other")
    assert other.auth_count == 1
    assert len(_files(cache_home)) == 2
    again.close(), other.close()


def test_a_file_others_can_read_is_ignored_and_the_cache_is_off_by_default(
    keystone: FakeKeystone, password: str, cache_home: Path
) -> None:
    make_provider(keystone.auth_url, password).close()
    assert _files(cache_home) == []
    make_provider(keystone.auth_url, password, token_cache=True).close()
    (path,) = _files(cache_home)
    path.chmod(0o644)
    reader = make_provider(keystone.auth_url, password, token_cache=True)
    assert reader.auth_count == 1
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # rewritten by its owner
    reader.close()
