"""429 and 503, with and without Retry-After: what is retried, how often, what is raised."""

from __future__ import annotations

import datetime
import email.utils
import threading
from collections.abc import Callable

import pytest

import typedstack
from tests.faults.faultserver import FakeKeystone, FaultServer, Reply, Request
from tests.faults.support import run_bounded, service_on
from typedstack.identity.v3 import projects

ProviderFor = Callable[..., typedstack.ProviderClient]

NOW = "now"  # placeholder: an HTTP-date computed when the reply is sent
SOON_PAST = "past"  # an HTTP-date a minute ago
FAR = "far"  # an HTTP-date an hour ahead


def _retry_after(form: str | None) -> dict[str, str]:
    if form is None:
        return {}
    now = datetime.datetime.now(datetime.timezone.utc)
    if form == SOON_PAST:
        return {
            "Retry-After": email.utils.format_datetime(now - datetime.timedelta(minutes=1), True)
        }
    if form == FAR:
        return {
            "Retry-After": email.utils.format_datetime(now + datetime.timedelta(hours=1), True)
        }
    return {"Retry-After": form}


class Script:
    """Answers with ``statuses`` in turn, then 200/201 with a project, forever."""

    def __init__(self, statuses: list[int], retry_after: str | None = None) -> None:
        self.statuses = list(statuses)
        self.retry_after = retry_after
        self.count = 0
        self.lock = threading.Lock()

    def __call__(self, request: Request) -> Reply:
        with self.lock:
            self.count += 1
            n = self.count
            status = self.statuses.pop(0) if self.statuses else None
        headers = {"X-Openstack-Request-Id": f"req-{n}"}
        if status is not None:
            headers.update(_retry_after(self.retry_after))
            body = {"message": f"status {status} number {n}"}
            return Reply(status, body, headers=headers)
        if request.method == "DELETE":
            return Reply(204, b"", headers=headers)
        return Reply(
            201 if request.method == "POST" else 200,
            {"project": {"id": "p1", "name": "one"}},
            headers=headers,
        )


@pytest.fixture()
def setup(
    keystone: FakeKeystone, provider_for: ProviderFor, fault_server: Callable[..., FaultServer]
) -> Callable[..., tuple[typedstack.ServiceClient, FaultServer]]:
    def make(script: Script, **overrides: object) -> tuple[typedstack.ServiceClient, FaultServer]:
        server = fault_server(script)
        provider = provider_for(keystone, **overrides)
        return service_on(provider, server), server

    return make


def _get(client: typedstack.ServiceClient) -> projects.Project:
    return projects.get(client, "p1")


def _delete(client: typedstack.ServiceClient) -> None:
    projects.delete(client, "p1")


def _put_tags(client: typedstack.ServiceClient) -> object:
    return projects.replace_tags(client, "p1", projects.ReplaceTagsOpts(tags=["a"]))


def _post(client: typedstack.ServiceClient) -> projects.Project:
    return projects.create(client, projects.CreateOpts(name="one"))


def _patch(client: typedstack.ServiceClient) -> projects.Project:
    return projects.update(client, "p1", projects.UpdateOpts(name="two"))


RETRY_AFTER_FORMS = [None, "0", SOON_PAST]


@pytest.mark.parametrize("status", [429, 503])
@pytest.mark.parametrize("retry_after", RETRY_AFTER_FORMS, ids=["none", "seconds", "http-date"])
def test_idempotent_get_is_retried_until_it_succeeds(
    setup: Callable[..., tuple[typedstack.ServiceClient, FaultServer]],
    status: int,
    retry_after: str | None,
) -> None:
    client, server = setup(Script([status, status], retry_after), max_retries=2)
    project = run_bounded(lambda: _get(client)).value
    assert project is not None and project.id == "p1"
    assert len(server.requests) == 3


@pytest.mark.parametrize("status", [429, 503])
@pytest.mark.parametrize("retry_after", RETRY_AFTER_FORMS, ids=["none", "seconds", "http-date"])
@pytest.mark.parametrize("call", [_get, _delete], ids=["GET", "DELETE"])
def test_retry_budget_is_max_retries_and_the_error_is_the_last_answer(
    setup: Callable[..., tuple[typedstack.ServiceClient, FaultServer]],
    status: int,
    retry_after: str | None,
    call: Callable[[typedstack.ServiceClient], object],
) -> None:
    client, server = setup(Script([status] * 50, retry_after), max_retries=3)
    error = run_bounded(lambda: call(client)).error
    expected = typedstack.TooManyRequests if status == 429 else typedstack.ServiceUnavailable
    assert isinstance(error, expected), repr(error)
    assert len(server.requests) == 4  # the request, then max_retries retries
    assert error.status == status
    assert error.request_id == "req-4"
    assert f"status {status} number 4" in str(error)


def test_final_error_carries_the_last_status_when_statuses_change(
    setup: Callable[..., tuple[typedstack.ServiceClient, FaultServer]],
) -> None:
    client, server = setup(Script([503, 429, 503, 429]), max_retries=2)
    error = run_bounded(lambda: _get(client)).error
    assert isinstance(error, typedstack.ServiceUnavailable), repr(error)
    assert error.status == 503
    assert error.request_id == "req-3"
    assert len(server.requests) == 3


def test_put_is_retried(
    setup: Callable[..., tuple[typedstack.ServiceClient, FaultServer]],
) -> None:
    client, server = setup(Script([503]), max_retries=1)
    run_bounded(lambda: _put_tags(client))
    assert len(server.requests) == 2
    assert server.requests[0].body == server.requests[1].body  # the same body, sent again


def test_no_retries_with_max_retries_0(
    setup: Callable[..., tuple[typedstack.ServiceClient, FaultServer]],
) -> None:
    client, server = setup(Script([503, 503]), max_retries=0)
    error = run_bounded(lambda: _get(client)).error
    assert isinstance(error, typedstack.ServiceUnavailable), repr(error)
    assert len(server.requests) == 1


@pytest.mark.parametrize("status", [429, 503])
@pytest.mark.parametrize("call", [_post, _patch], ids=["POST", "PATCH"])
def test_non_idempotent_requests_are_not_retried(
    setup: Callable[..., tuple[typedstack.ServiceClient, FaultServer]],
    status: int,
    call: Callable[[typedstack.ServiceClient], object],
) -> None:
    client, server = setup(Script([status, status], "0"), max_retries=3)
    error = run_bounded(lambda: call(client)).error
    assert isinstance(error, typedstack.HTTPError), repr(error)
    assert error.status == status
    assert error.request_id == "req-1"
    assert len(server.requests) == 1


@pytest.mark.parametrize("status", [429, 503])
def test_post_is_retried_with_retry_post(
    setup: Callable[..., tuple[typedstack.ServiceClient, FaultServer]], status: int
) -> None:
    client, server = setup(Script([status, status], "0"), max_retries=3, retry_post=True)
    project = run_bounded(lambda: _post(client)).value
    assert project is not None and project.id == "p1"
    assert len(server.requests) == 3
    assert len({r.body for r in server.requests}) == 1


@pytest.mark.parametrize("status", [429, 503])
@pytest.mark.parametrize("retry_after", ["3600", FAR], ids=["seconds", "http-date"])
def test_retry_after_beyond_the_maximum_delay_is_raised_at_once(
    setup: Callable[..., tuple[typedstack.ServiceClient, FaultServer]],
    status: int,
    retry_after: str,
) -> None:
    """A server asking for an hour's pause is not slept on: the error says how long."""
    client, server = setup(Script([status] * 5, retry_after), max_retries=3)
    error = run_bounded(lambda: _get(client)).error
    assert isinstance(error, typedstack.HTTPError), repr(error)
    assert error.status == status
    assert len(server.requests) == 1
    assert error.retry_after is not None and 3000 < error.retry_after <= 3600
