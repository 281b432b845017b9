"""Helpers of the fault tests: providers with tiny retry delays, clients on a fault server."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import typedstack
from tests.faults.faultserver import FaultServer
from typedstack.identity import v3 as identity


def make_provider(
    auth_url: str,
    password: str,
    *,
    retry_backoff: float = 0.001,
    retry_max_delay: float = 0.05,
    authenticate: bool = True,
    **overrides: Any,
) -> typedstack.ProviderClient:
    """A provider for the fake Keystone's ``demo`` user, with tiny retry delays."""
    config = typedstack.load_config(
        auth_url=auth_url,
        username="demo",
        password=password,
        user_domain_name="Default",
        project_name="demo",
        project_domain_name="Default",
        **overrides,
    )
    provider = typedstack.ProviderClient(
        config, retry_backoff=retry_backoff, retry_max_delay=retry_max_delay
    )
    if authenticate:
        provider.authenticate()
    return provider


def service_on(
    provider: typedstack.ProviderClient, server: FaultServer
) -> typedstack.ServiceClient:
    """An identity v3 client whose endpoint is ``server`` (not the catalog's)."""
    return typedstack.ServiceClient(provider, identity.SERVICE, server.url + "/v3")


class Outcome:
    """What a call run by :func:`run_bounded` returned or raised."""

    def __init__(self) -> None:
        self.value: Any = None
        self.error: BaseException | None = None


def run_bounded(fn: Callable[[], Any], seconds: float = 20.0) -> Outcome:
    """Run ``fn`` in a thread; fail if it has not ended after ``seconds``.

    The bound is generous on purpose: it catches a hang or an endless
    retry loop, it does not measure how fast the call is.
    """
    outcome = Outcome()

    def target() -> None:
        try:
            outcome.value = fn()
        except BaseException as exc:  # handed to the test
            outcome.error = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"the call had not ended after {seconds:g} s"
    return outcome
