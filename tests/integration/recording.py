"""Helpers for integration tests: a log of the HTTP exchanges, and undo steps."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import requests

import typedstack


@dataclass
class Sent:
    """One request as it went on the wire, and the status and headers of its answer."""

    method: str
    url: str
    status: int
    headers: Mapping[str, str]  # case-insensitive
    body: Any
    response_headers: Mapping[str, str]


class Recorder:
    """Every response the provider's HTTP session receives (a requests hook)."""

    def __init__(self, provider: typedstack.ProviderClient) -> None:
        self.calls: list[Sent] = []
        provider.session.hooks["response"].append(self._hook)

    def _hook(self, response: requests.Response, *args: Any, **kwargs: Any) -> None:
        request = response.request
        self.calls.append(
            Sent(
                str(request.method),
                str(request.url),
                response.status_code,
                request.headers,
                request.body,
                response.headers,
            )
        )

    def to(self, method: str, fragment: str = "") -> list[Sent]:
        """The calls with this method whose URL contains ``fragment``."""
        return [c for c in self.calls if c.method == method and fragment in c.url]


@dataclass
class Cleanup:
    """Undo steps, run in reverse order at teardown; a 404 means already done."""

    steps: list[Callable[[], object]] = field(default_factory=list)

    def add(self, step: Callable[[], object]) -> None:
        self.steps.append(step)

    def run(self) -> None:
        for step in reversed(self.steps):
            with contextlib.suppress(typedstack.NotFound):
                step()
