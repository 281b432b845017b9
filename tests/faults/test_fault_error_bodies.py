"""Every OpenStack error body shape maps to the exception class of its status, with its message."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import typedstack
from tests.faults.faultserver import FakeKeystone, FaultServer, Reply
from tests.faults.support import run_bounded, service_on
from typedstack.identity.v3 import projects

ProviderFor = Callable[..., typedstack.ProviderClient]
ServerFactory = Callable[..., FaultServer]

GLANCE_TEXT = "404 Not Found\n\nThe resource could not be found.\n\n   "
GLANCE_HTML = (
    "<html>\n <head>\n  <title>404 Not Found</title>\n </head>\n <body>\n"
    "  <h1>404 Not Found</h1>\n  The resource could not be found.<br /><br />\n\n\n\n"
    " </body>\n</html>"
)

# id: (status, content type, body, exception class, message)
SHAPES: dict[str, tuple[int, str | None, object, type[typedstack.HTTPError], str]] = {
    "nova itemNotFound": (
        404,
        "application/json",
        {"itemNotFound": {"message": "Instance p1 could not be found.", "code": 404}},
        typedstack.NotFound,
        "Instance p1 could not be found.",
    ),
    "nova conflictingRequest": (
        409,
        "application/json",
        {"conflictingRequest": {"message": "Cannot 'resize' instance p1", "code": 409}},
        typedstack.Conflict,
        "Cannot 'resize' instance p1",
    ),
    "nova computeFault": (
        500,
        "application/json",
        {"computeFault": {"message": "Unexpected API Error.", "code": 500}},
        typedstack.InternalServerError,
        "Unexpected API Error.",
    ),
    "nova forbidden": (
        403,
        "application/json",
        {"forbidden": {"message": "Policy doesn't allow it.", "code": 403}},
        typedstack.Forbidden,
        "Policy doesn't allow it.",
    ),
    "nova overLimit 413": (
        413,
        "application/json",
        {"overLimit": {"message": "Quota exceeded for cores.", "code": 413}},
        typedstack.RequestEntityTooLarge,
        "Quota exceeded for cores.",
    ),
    "neutron NeutronError": (
        404,
        "application/json",
        {
            "NeutronError": {
                "type": "NetworkNotFound",
                "message": "Network p1 could not be found.",
                "detail": "",
            }
        },
        typedstack.NotFound,
        "Network p1 could not be found.",
    ),
    "neutron NeutronError 409": (
        409,
        "application/json",
        {
            "NeutronError": {
                "type": "IpAddressInUse",
                "message": "IP address 10.0.0.5 already allocated.",
                "detail": "",
            }
        },
        typedstack.Conflict,
        "IP address 10.0.0.5 already allocated.",
    ),
    "keystone error 404": (
        404,
        "application/json",
        {"error": {"code": 404, "title": "Not Found", "message": "Could not find project: p1."}},
        typedstack.NotFound,
        "Could not find project: p1.",
    ),
    "keystone error 400": (
        400,
        "application/json",
        {
            "error": {
                "code": 400,
                "title": "Bad Request",
                "message": "Invalid input for field 'name'.",
            }
        },
        typedstack.BadRequest,
        "Invalid input for field 'name'.",
    ),
    "glance plain text": (404, "text/plain", GLANCE_TEXT, typedstack.NotFound, None),
    "glance html": (404, "text/html; charset=UTF-8", GLANCE_HTML, typedstack.NotFound, None),
    "glance html 409": (
        409,
        "text/html; charset=UTF-8",
        "<html><head><title>409 Conflict</title></head><body><h1>409 Conflict</h1>"
        "There was a conflict when trying to complete your request.<br /><br />"
        "Image storage media is full</body></html>",
        typedstack.Conflict,
        None,
    ),
    "cinder badRequest": (
        400,
        "application/json",
        {"badRequest": {"message": "Invalid volume: must be available", "code": 400}},
        typedstack.BadRequest,
        "Invalid volume: must be available",
    ),
    "cinder itemNotFound": (
        404,
        "application/json",
        {"itemNotFound": {"message": "Volume p1 could not be found.", "code": 404}},
        typedstack.NotFound,
        "Volume p1 could not be found.",
    ),
    "placement errors": (
        409,
        "application/json",
        {
            "errors": [
                {
                    "status": 409,
                    "title": "Conflict",
                    "detail": "There was a conflict when trying to complete your request.\n\n"
                    " resource provider generation conflict",
                    "code": "placement.concurrent_update",
                    "request_id": "req-9f2b",
                }
            ]
        },
        typedstack.Conflict,
        "resource provider generation conflict",
    ),
    "placement errors 404": (
        404,
        "application/json",
        {
            "errors": [
                {
                    "status": 404,
                    "title": "Not Found",
                    "detail": "No resource provider with uuid p1 found",
                    "request_id": "req-1",
                }
            ]
        },
        typedstack.NotFound,
        "No resource provider with uuid p1 found",
    ),
    "plain message": (
        503,
        "application/json",
        {"message": "Service temporarily down"},
        typedstack.ServiceUnavailable,
        "Service temporarily down",
    ),
    "other 4xx": (418, "text/plain", "short and stout", typedstack.ClientError, "short and stout"),
    "other 5xx": (599, "text/plain", "odd gateway", typedstack.ServerError, "odd gateway"),
    "empty body": (404, None, b"", typedstack.NotFound, ""),
}

# What the text and HTML pages must boil down to.
GLANCE_WORDS = {
    "glance plain text": "404 Not Found The resource could not be found.",
    "glance html": "404 Not Found The resource could not be found.",
    "glance html 409": "Image storage media is full",
}


@pytest.mark.parametrize("shape", list(SHAPES), ids=list(SHAPES))
def test_error_body_shape(
    keystone: FakeKeystone,
    provider_for: ProviderFor,
    fault_server: ServerFactory,
    shape: str,
) -> None:
    status, content_type, body, cls, message = SHAPES[shape]
    reply = Reply(
        status,
        body,
        content_type=content_type,
        headers={"X-Openstack-Request-Id": "req-abc"},
    )
    server = fault_server(lambda request: reply)
    client = service_on(provider_for(keystone, max_retries=0), server)
    error = run_bounded(lambda: projects.get(client, "p1")).error
    assert type(error) is cls, repr(error)
    assert error.status == status
    assert error.method == "GET"
    assert error.url == server.url + "/v3/projects/p1"
    assert error.request_id == "req-abc"
    if message is None:
        assert GLANCE_WORDS[shape] in " ".join(error.message.split())
        assert "<" not in error.message  # no markup left
    else:
        assert " ".join(message.split()) in error.message
    assert f"returned {status}" in str(error)
    assert "\n" not in str(error)


def test_keystone_401_after_reauthentication_is_unauthorized_with_its_message(
    keystone: FakeKeystone, provider_for: ProviderFor, fault_server: ServerFactory
) -> None:
    body = {
        "error": {
            "code": 401,
            "title": "Unauthorized",
            "message": "The request you have made requires authentication.",
        }
    }
    server = fault_server(lambda request: Reply(401, body))
    client = service_on(provider_for(keystone, max_retries=0), server)
    error = run_bounded(lambda: projects.get(client, "p1")).error
    assert type(error) is typedstack.Unauthorized, repr(error)
    assert error.message == "The request you have made requires authentication."
    assert len(server.requests) == 2  # once, then once more with a new token
    assert len(keystone.auth_requests) == 2


def test_long_html_error_page_is_cut(
    keystone: FakeKeystone, provider_for: ProviderFor, fault_server: ServerFactory
) -> None:
    page = "<html><body>" + "<p>trace line</p>" * 2000 + "</body></html>"
    server = fault_server(lambda request: Reply(500, page, content_type="text/html"))
    client = service_on(provider_for(keystone, max_retries=0), server)
    error = run_bounded(lambda: projects.get(client, "p1")).error
    assert type(error) is typedstack.InternalServerError, repr(error)
    assert error.message.startswith("trace line trace line")
    assert len(error.message) <= 500


@pytest.mark.parametrize("shape", ["placement errors", "nova multi-line"])
def test_error_message_from_json_is_one_line(
    keystone: FakeKeystone, provider_for: ProviderFor, fault_server: ServerFactory, shape: str
) -> None:
    if shape == "placement errors":
        status, _, body, _, _ = SHAPES[shape]
    else:
        status, body = 400, {"badRequest": {"message": "Invalid input:\n  name: too long"}}
    server = fault_server(lambda request: Reply(status, body))
    client = service_on(provider_for(keystone, max_retries=0), server)
    error = run_bounded(lambda: projects.get(client, "p1")).error
    assert isinstance(error, typedstack.HTTPError), repr(error)
    assert "\n" not in str(error)


def test_deeply_nested_error_body_still_maps_to_its_status(
    keystone: FakeKeystone, provider_for: ProviderFor, fault_server: ServerFactory
) -> None:
    body = b'{"computeFault": ' * 3000 + b'"x"' + b"}" * 3000
    server = fault_server(lambda request: Reply(500, body))
    client = service_on(provider_for(keystone, max_retries=0), server)
    error = run_bounded(lambda: projects.get(client, "p1")).error
    assert type(error) is typedstack.InternalServerError, repr(error)
    assert error.request_id is None and error.status == 500
