"""Client-side rate limiting: at most N requests per second per service type.

``typedstack.connect(rate_limit={"compute": 20.0})`` (or a clouds.yaml
``rate_limit:`` key; a single number applies to every service type, each
counted on its own, and ``"*"`` in a mapping is the rate of the types it does
not name) makes the provider space the requests to a service evenly:
request *n* is sent no earlier than ``(n - 1) / rate`` seconds after the
first. Every client of the provider shares the limiter, across threads.

The limiter only computes the wait (:meth:`RateLimiter.reserve`); the caller
sleeps, with ``time.sleep`` here and ``asyncio.sleep`` in an asyncio client.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping

DEFAULT_KEY = "*"


class RateLimiter:
    """Evenly spaced requests per key (a service type), thread-safe.

    ``clock`` is a monotonic clock in seconds (a fake one in tests).
    """

    def __init__(
        self, rates: Mapping[str, float], *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        for key, rate in rates.items():
            if not rate > 0:
                raise ValueError(f"rate_limit for {key!r} must be a positive number")
        self.rates = {key: float(rate) for key, rate in rates.items()}
        self._default = self.rates.get(DEFAULT_KEY)
        self._clock = clock
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"RateLimiter({self.rates!r})"

    def rate(self, key: str) -> float | None:
        """Requests per second allowed for ``key``, or None for no limit."""
        rate = self.rates.get(key)
        return self._default if rate is None else rate

    def reserve(self, key: str) -> float:
        """Claim the next slot for ``key``; return how long to wait before sending (seconds).

        Each call claims its own slot, so a caller that gets a wait must send
        after it (it cannot ask again).
        """
        rate = self.rate(key)
        if rate is None:
            return 0.0
        now = self._clock()
        with self._lock:
            slot = max(now, self._next.get(key, now))
            self._next[key] = slot + 1.0 / rate
        return slot - now


def parse_rate_limit(value: object) -> dict[str, float]:
    """The ``rate_limit`` setting: a number (every service type) or {service type: number}."""
    if value is None or value == {}:
        return {}
    if isinstance(value, bool):
        raise ValueError("rate_limit must be a number or a mapping of service type to number")
    if isinstance(value, int | float | str):
        return {DEFAULT_KEY: float(value)}
    if isinstance(value, Mapping):
        return {str(key).replace("_", "-"): float(rate) for key, rate in value.items()}
    raise ValueError("rate_limit must be a number or a mapping of service type to number")
