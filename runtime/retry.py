"""The retry policy: which failures are retried, how often and after what wait.

A :class:`Retry` is passed to ``typedstack.connect(retry=...)`` (or a
clouds.yaml ``retry:`` mapping), or to ``client.with_options(retry=...)``
for one service client; ``max_retries=`` and ``retry_post=`` are shorthands
for its ``total`` and ``retry_post`` fields. Connection errors, timeouts and
the statuses in ``statuses`` are retried on idempotent methods (and on POST
with ``retry_post=True``); the wait doubles each attempt from ``backoff``,
with jitter, up to ``max_backoff``. A ``Retry-After`` header is honoured
(``respect_retry_after``); one asking for longer than ``max_backoff`` ends
the retries, and the error carries it (``retry_after``). A 429 without
``Retry-After`` waits at least ``rate_limited_wait`` seconds.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from typing import Any

IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
_FIELDS = (
    "total",
    "backoff",
    "max_backoff",
    "statuses",
    "respect_retry_after",
    "retry_post",
    "rate_limited_wait",
)


class Retry:
    """A retry policy (see the module docstring). Immutable; ``replace()`` derives one."""

    __slots__ = _FIELDS

    total: int
    backoff: float
    max_backoff: float
    statuses: frozenset[int]
    respect_retry_after: bool
    retry_post: bool
    rate_limited_wait: float

    def __init__(
        self,
        total: int = 3,
        backoff: float = 0.5,
        max_backoff: float = 30.0,
        statuses: Iterable[int] = frozenset({429, 503}),
        respect_retry_after: bool = True,
        retry_post: bool = False,
        rate_limited_wait: float = 1.0,
    ) -> None:
        if total < 0:
            raise ValueError("Retry.total cannot be negative")
        if backoff < 0 or max_backoff < 0 or rate_limited_wait < 0:
            raise ValueError("Retry waits cannot be negative")
        setter = object.__setattr__
        setter(self, "total", int(total))
        setter(self, "backoff", float(backoff))
        setter(self, "max_backoff", float(max_backoff))
        setter(self, "statuses", frozenset(int(s) for s in statuses))
        setter(self, "respect_retry_after", bool(respect_retry_after))
        setter(self, "retry_post", bool(retry_post))
        setter(self, "rate_limited_wait", float(rate_limited_wait))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("a Retry is immutable: use replace()")

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in _FIELDS)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Retry) and self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        inner = ", ".join(
            f"{name}={sorted(value) if isinstance(value, frozenset) else value!r}"
            for name, value in zip(_FIELDS, self._values(), strict=True)
        )
        return f"Retry({inner})"

    @classmethod
    def from_value(cls, value: Retry | Mapping[str, Any] | int) -> Retry:
        """A Retry from itself, a mapping of its fields (clouds.yaml), or a count."""
        if isinstance(value, Retry):
            return value
        if isinstance(value, bool):
            raise ValueError("retry must be a Retry, a mapping of its fields, or a count")
        if isinstance(value, int):
            return cls(total=value)
        if isinstance(value, Mapping):
            unknown = sorted(set(value) - set(_FIELDS))
            if unknown:
                raise ValueError(f"unknown retry setting(s): {', '.join(unknown)}")
            return cls(**value)
        raise ValueError("retry must be a Retry, a mapping of its fields, or a count")

    def replace(self, **changes: Any) -> Retry:
        values: dict[str, Any] = dict(zip(_FIELDS, self._values(), strict=True))
        values.update(changes)
        return Retry(**values)

    def allows(self, method: str) -> bool:
        """Whether a request with this method may be sent more than once."""
        return method in IDEMPOTENT or self.retry_post

    def wait(self, attempt: int, status: int | None, retry_after: float | None) -> float | None:
        """Seconds to wait before retry number ``attempt`` (1-based); None: do not retry.

        ``retry_after`` is the server's Retry-After in seconds, if it sent one.
        """
        if retry_after is not None and self.respect_retry_after:
            return retry_after if retry_after <= self.max_backoff else None
        base = min(self.max_backoff, self.backoff * 2.0 ** (attempt - 1))
        delay = base * (0.5 + random.random() / 2)
        if status == 429:
            delay = max(delay, min(self.rate_limited_wait, self.max_backoff))
        return delay
