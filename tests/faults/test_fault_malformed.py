"""Malformed success responses: typed ResponseError naming the operation and the problem."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import typedstack
from tests.faults.faultserver import FakeKeystone, FaultServer, Reply, Request
from tests.faults.support import make_provider, run_bounded, service_on
from typedstack.identity.v3 import domains, projects

ProviderFor = Callable[..., typedstack.ProviderClient]
ServerFactory = Callable[..., FaultServer]

HTML_PAGE = (
    "<!DOCTYPE html><html><head><title>Maintenance</title></head>"
    "<body><h1>Back soon</h1><p>The cloud is being upgraded.</p></body></html>"
)

# (reply to GET /v3/projects/p1, words the error detail must contain)
GET_CASES = {
    "invalid JSON": (Reply(200, b'{"project": {"id": "p1", "name": '), ["invalid JSON"]),
    "HTML page with 200": (Reply(200, HTML_PAGE, content_type="text/html"), ["JSON"]),
    "XML content type": (
        Reply(200, "<project><id>p1</id></project>", content_type="application/xml"),
        ["JSON"],
    ),
    "binary content type": (
        Reply(200, b"\x89PNG\r\n\x1a\n\x00\x00", content_type="application/octet-stream"),
        ["JSON"],
    ),
    "missing wrapper key": (Reply(200, {"id": "p1", "name": "one"}), ["project"]),
    "other wrapper key": (Reply(200, {"projects": [{"id": "p1"}]}), ["project"]),
    "wrapper is a list": (Reply(200, {"project": [{"id": "p1"}]}), ["object"]),
    "wrapper is null": (Reply(200, {"project": None}), ["null"]),
    "required field missing": (Reply(200, {"project": {"name": "one"}}), ["id"]),
    "field of the wrong type": (Reply(200, {"project": {"id": 42}}), ["str", "int"]),
    "nested field of the wrong type": (
        Reply(200, {"project": {"id": "p1", "tags": "a,b"}}),
        ["tags", "array"],
    ),
    "list item of the wrong type": (
        Reply(200, {"project": {"id": "p1", "tags": ["a", 3]}}),
        ["tags", "str"],
    ),
    "empty body": (Reply(200, b""), ["empty"]),
    "whitespace body": (Reply(200, b"  \r\n "), ["empty"]),
    "JSON null body": (Reply(200, b"null"), ["null"]),
    "JSON array body": (Reply(200, b"[]"), ["array"]),
    "truncated UTF-8": (Reply(200, b'{"project": {"id": "p\xc3'), ["JSON"]),
}


@pytest.fixture()
def serve(
    keystone: FakeKeystone, provider_for: ProviderFor, fault_server: ServerFactory
) -> Callable[[Callable[[Request], Reply]], tuple[typedstack.ServiceClient, FaultServer]]:
    def make(
        handler: Callable[[Request], Reply],
    ) -> tuple[typedstack.ServiceClient, FaultServer]:
        server = fault_server(handler)
        return service_on(provider_for(keystone), server), server

    return make


def _check(error: BaseException | None, method: str, url: str, words: list[str]) -> None:
    assert isinstance(error, typedstack.ResponseError), repr(error)
    assert error.operation == method
    assert error.url == url
    assert f"{method} {url}" in str(error)
    for word in words:
        assert word.lower() in error.detail.lower(), (word, error.detail)
    assert "\n" not in str(error)


@pytest.mark.parametrize("case", list(GET_CASES), ids=list(GET_CASES))
def test_malformed_get_response(
    serve: Callable[..., tuple[typedstack.ServiceClient, FaultServer]], case: str
) -> None:
    reply, words = GET_CASES[case]
    client, server = serve(lambda request: reply)
    error = run_bounded(lambda: projects.get(client, "p1")).error
    _check(error, "GET", server.url + "/v3/projects/p1", words)


PAGE_CASES = {
    "invalid JSON": (Reply(200, b'{"projects": [{"id": "p1"}'), ["invalid JSON"]),
    "HTML page with 200": (Reply(200, HTML_PAGE, content_type="text/html"), ["JSON"]),
    "missing wrapper key": (Reply(200, {"items": []}), ["projects"]),
    "items not a list": (Reply(200, {"projects": {"id": "p1"}}), ["array"]),
    "item of the wrong type": (Reply(200, {"projects": ["p1"]}), ["object"]),
    "item field of the wrong type": (Reply(200, {"projects": [{"id": ["p1"]}]}), ["str"]),
    "empty body": (Reply(200, b""), ["empty"]),
}


@pytest.mark.parametrize("case", list(PAGE_CASES), ids=list(PAGE_CASES))
def test_malformed_listing_page(
    serve: Callable[..., tuple[typedstack.ServiceClient, FaultServer]], case: str
) -> None:
    reply, words = PAGE_CASES[case]
    client, server = serve(lambda request: reply)
    error = run_bounded(lambda: list(projects.list(client))).error
    _check(error, "GET", server.url + "/v3/projects", words)


def test_malformed_second_page_after_a_good_first_page(
    serve: Callable[..., tuple[typedstack.ServiceClient, FaultServer]],
) -> None:
    def handler(request: Request) -> Reply:
        if "marker" not in request.query:
            url = f"http://127.0.0.1:{request.headers['host'].split(':')[1]}"
            return Reply(
                200,
                {"projects": [{"id": "p1"}], "links": {"next": url + "/v3/projects?marker=p1"}},
            )
        return Reply(200, {"projects": [{"id": None}]})

    client, server = serve(handler)
    listing = iter(projects.list(client))
    assert next(listing).id == "p1"
    error = run_bounded(lambda: next(listing)).error
    _check(error, "GET", server.url + "/v3/projects?marker=p1", ["id"])


@pytest.mark.parametrize(
    "links",
    [{"next": 42}, {"next": ["x"]}, "garbage", None, {"next": ""}],
    ids=["int", "list", "string", "null", "empty"],
)
def test_unusable_next_links_end_the_listing(
    serve: Callable[..., tuple[typedstack.ServiceClient, FaultServer]], links: object
) -> None:
    """A next link that is not a URL cannot be followed: the listing ends, no crash."""
    client, server = serve(
        lambda request: Reply(200, {"projects": [{"id": "p1"}], "links": links})
    )
    items = run_bounded(lambda: list(projects.list(client))).value
    assert [p.id for p in items] == ["p1"]
    assert len(server.requests) == 1


@pytest.mark.parametrize("body", [b"", b" \n"], ids=["empty", "whitespace"])
def test_empty_body_for_an_all_optional_model_behind_a_wrapper_key(
    serve: Callable[..., tuple[typedstack.ServiceClient, FaultServer]], body: bytes
) -> None:
    client, server = serve(lambda request: Reply(200, body))
    outcome = run_bounded(lambda: domains.get_config(client, "d1"))
    _check(outcome.error, "GET", server.url + "/v3/domains/d1/config", ["empty"])


def test_missing_wrapper_key_for_an_all_optional_model(
    serve: Callable[..., tuple[typedstack.ServiceClient, FaultServer]],
) -> None:
    client, server = serve(lambda request: Reply(200, {"ldap": {"url": "ldap://x"}}))
    error = run_bounded(lambda: domains.get_config(client, "d1")).error
    _check(error, "GET", server.url + "/v3/domains/d1/config", ["config"])


AUTH_CASES = {
    "invalid JSON": Reply(201, b'{"token": {', headers={"X-Subject-Token": "t"}),
    "HTML page": Reply(201, HTML_PAGE, content_type="text/html", headers={"X-Subject-Token": "t"}),
    "no X-Subject-Token": Reply(
        201, {"token": {"expires_at": "2099-01-01T00:00:00Z", "methods": ["password"]}}
    ),
    "expires_at of the wrong type": Reply(
        201, {"token": {"expires_at": 5}}, headers={"X-Subject-Token": "t"}
    ),
    "empty body": Reply(201, b"", headers={"X-Subject-Token": "t"}),
}


@pytest.mark.parametrize("case", list(AUTH_CASES), ids=list(AUTH_CASES))
def test_malformed_token_response_names_the_auth_request(
    keystone: FakeKeystone, password: str, case: str
) -> None:
    keystone.auth_reply = AUTH_CASES[case]
    error = run_bounded(lambda: make_provider(keystone.auth_url, password)).error
    assert isinstance(error, typedstack.OpenStackError), repr(error)
    assert f"POST {keystone.auth_url}/auth/tokens" in str(error)


@pytest.mark.parametrize("case", list(AUTH_CASES), ids=list(AUTH_CASES))
def test_malformed_token_response_is_a_typed_error(
    keystone: FakeKeystone, password: str, case: str
) -> None:
    keystone.auth_reply = AUTH_CASES[case]
    error = run_bounded(lambda: make_provider(keystone.auth_url, password)).error
    assert isinstance(error, typedstack.AuthError | typedstack.ResponseError), repr(error)
    assert "\n" not in str(error)


DEEP = 5000  # far beyond Python's default recursion limit (1000)


@pytest.mark.parametrize(
    "body",
    [
        b'{"project": ' + b"[" * DEEP + b"]" * DEEP + b"}",
        b'{"project": {"id": "p1", "options": {"a": ' + b"[" * DEEP + b"]" * DEEP + b"}}}",
    ],
    ids=["wrapper", "inside a field"],
)
def test_deeply_nested_json_is_a_response_error(
    serve: Callable[..., tuple[typedstack.ServiceClient, FaultServer]], body: bytes
) -> None:
    client, server = serve(lambda request: Reply(200, body))
    error = run_bounded(lambda: projects.get(client, "p1")).error
    _check(error, "GET", server.url + "/v3/projects/p1", [])
