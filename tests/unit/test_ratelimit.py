"""The rate limiter on a fake clock, and its settings."""

from __future__ import annotations

import itertools
import threading

import pytest

import typedstack
from typedstack.runtime.ratelimit import RateLimiter, parse_rate_limit


class FakeClock:
    """A clock that only moves when a caller "sleeps"."""

    def __init__(self) -> None:
        self.now = 100.0
        self.lock = threading.Lock()

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        with self.lock:
            self.now += seconds


def test_41_calls_at_20_per_second_take_2_seconds() -> None:
    clock = FakeClock()
    limiter = RateLimiter({"compute": 20.0}, clock=clock)
    start = clock.now
    sent_at = []
    for _ in range(41):
        clock.sleep(limiter.reserve("compute"))
        sent_at.append(clock.now)
    assert sent_at[-1] - start == pytest.approx(2.0)
    assert all(b - a == pytest.approx(0.05) for a, b in itertools.pairwise(sent_at))


def test_each_service_type_has_its_own_budget_and_others_are_free() -> None:
    clock = FakeClock()
    limiter = RateLimiter({"compute": 1.0, "*": 2.0}, clock=clock)
    assert limiter.reserve("compute") == 0
    assert limiter.reserve("compute") == pytest.approx(1.0)
    assert limiter.reserve("network") == 0
    assert limiter.reserve("network") == pytest.approx(0.5)
    assert RateLimiter({"compute": 1.0}).reserve("network") == 0


def test_threads_get_distinct_slots() -> None:
    clock = FakeClock()
    limiter = RateLimiter({"compute": 10.0}, clock=clock)
    waits: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(25):
            wait = limiter.reserve("compute")
            with lock:
                waits.append(wait)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # the clock never moved: 200 reservations are 200 distinct slots 0.1 s apart
    assert sorted(round(w, 6) for w in waits) == [round(i * 0.1, 6) for i in range(200)]


def test_settings() -> None:
    assert parse_rate_limit(5) == {"*": 5.0}
    assert parse_rate_limit({"block_storage": "2.5"}) == {"block-storage": 2.5}
    assert parse_rate_limit(None) == {}
    with pytest.raises(ValueError):
        RateLimiter({"compute": 0})
    config = typedstack.load_config(auth_url="http://k", token="t", rate_limit={"compute": 20})
    assert config.rate_limit == {"compute": 20.0}
    with pytest.raises(typedstack.ConfigError):
        typedstack.load_config(auth_url="http://k", token="t", rate_limit=[1])
