"""Client-side rate limiting, measured on the wire (a lower bound only).

The fake-clock tests are in ``tests/unit/test_ratelimit.py``; this one shows
the limit holds for real calls, shared by two clients of one provider and
two threads, from a clouds.yaml key.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import typedstack
from tests.faults.faultserver import FaultServer, Reply, Request
from typedstack.compute import v2 as compute
from typedstack.compute.v2 import flavors


def _flavor(request: Request) -> Reply:
    return Reply(200, {"flavor": {"id": "f1", "name": "tiny", "ram": 1, "vcpus": 1, "disk": 0}})


def test_41_calls_at_20_per_second_take_at_least_2_seconds_across_clients_and_threads(
    fault_server: Callable[..., FaultServer], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    server = fault_server(_flavor)
    path = tmp_path / "clouds.yaml"
    path.write_text(
        "clouds:\n  limited:\n    auth_type: none\n    rate_limit:\n      compute: 20\n"
        f"    compute_endpoint_override: {server.url}/v2.1\n"
    )
    monkeypatch.setenv("OS_CLIENT_CONFIG_FILE", str(path))
    provider = typedstack.connect("limited")
    clients = [compute.new_client(provider), compute.new_client(provider)]
    counts = [21, 20]

    def work(client: typedstack.ServiceClient, n: int) -> None:
        for _ in range(n):
            flavors.get(client, "f1")

    threads = [
        threading.Thread(target=work, args=pair) for pair in zip(clients, counts, strict=True)
    ]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    assert len(server.requests) == 41
    assert elapsed >= 2.0  # request n waits for slot (n - 1) / 20 s; a lower bound only
