"""Fixtures of the fault suite: fault servers, providers, and the debug-log check.

Every test of this folder runs with the root logger capturing at DEBUG
(``typedstack.http``, ``urllib3``...). When the test ends, the captured
records are searched for every token and password the fault servers handed
out or accepted: one found fails the test.
"""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import typedstack
from tests.faults.faultserver import ISSUED_SECRETS, FakeKeystone, FaultServer, Handler
from tests.faults.support import make_provider


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No OS_* variable or clouds.yaml of the machine running the tests leaks in."""
    for name in list(os.environ):
        if name.startswith("OS_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))


@pytest.fixture(autouse=True)
def debug_logs_without_secrets(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    caplog.set_level(logging.DEBUG)
    yield
    texts = [caplog.text]
    for record in caplog.records:
        texts.append(record.getMessage())
        texts.append(repr(record.args))
    leaks = [s[:8] + "…" for s in ISSUED_SECRETS if any(s in t for t in texts)]
    assert not leaks, f"tokens or passwords in the DEBUG log: {leaks}"


@pytest.fixture()
def password() -> str:
    value = "pw-" + secrets.token_hex(12)
    ISSUED_SECRETS.add(value)
    return value


@pytest.fixture()
def keystone(password: str) -> Iterator[FakeKeystone]:
    with FakeKeystone(password) as fake:
        yield fake


@pytest.fixture()
def fault_server() -> Iterator[Callable[..., FaultServer]]:
    """``fault_server(handler, host=...)``: a started server, stopped after the test."""
    started: list[FaultServer] = []

    def make(handler: Handler, host: str = "127.0.0.1") -> FaultServer:
        server = FaultServer(handler, host=host).start()
        started.append(server)
        return server

    yield make
    for server in started:
        server.stop()


@pytest.fixture()
def provider_for(
    password: str,
) -> Iterator[Callable[..., typedstack.ProviderClient]]:
    """``provider_for(keystone, **overrides)``: a provider closed after the test."""
    made: list[typedstack.ProviderClient] = []

    def make(keystone: FakeKeystone, **overrides: Any) -> typedstack.ProviderClient:
        provider = make_provider(keystone.auth_url, password, **overrides)
        made.append(provider)
        return provider

    yield make
    for provider in made:
        provider.close()
