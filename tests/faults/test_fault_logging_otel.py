"""``TYPEDSTACK_LOG`` (in a subprocess: it is read at import) and OpenTelemetry spans.

The spans are read with opentelemetry-sdk's in-memory exporter (a dev
dependency); the test is skipped, saying why, where the SDK is missing.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import typedstack
from tests.faults.faultserver import FakeKeystone, FaultServer, Reply, Request
from tests.faults.support import service_on
from typedstack.identity import v3 as identity
from typedstack.identity.v3 import projects

ProviderFor = Callable[..., typedstack.ProviderClient]

CALL = textwrap.dedent("""
    import os, typedstack
    from typedstack.identity import v3 as identity
    from typedstack.identity.v3 import projects
    provider = typedstack.connect(
        auth_url=os.environ["KS_URL"], username="demo", password=os.environ["KS_PASSWORD"],
        user_domain_name="Default", project_name="demo", project_domain_name="Default",
    )
    print(len(list(projects.list(identity.new_client(provider)))))
""")


def _run(
    code: str, password: str, keystone: FakeKeystone, **env: str
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("TYPEDSTACK_LOG")}
    full_env.update(KS_URL=keystone.auth_url, KS_PASSWORD=password, **env)
    return subprocess.run(
        [sys.executable, "-c", code],
        env=full_env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )


@pytest.mark.parametrize("level", ["debug", "info"])
def test_typedstack_log_writes_each_request_to_stderr_without_secrets(
    keystone: FakeKeystone, password: str, level: str
) -> None:
    keystone.projects = ["a", "b", "c", "d"]
    done = _run(CALL, password, keystone, TYPEDSTACK_LOG=level)
    assert done.stdout.strip() == "4"
    lines = done.stderr.splitlines()
    assert any(f"POST {keystone.auth_url}/auth/tokens -> 201 in" in line for line in lines)
    assert any(
        f"GET {keystone.auth_url}/projects -> 200 in" in line and "[req-page-0]" in line
        for line in lines
    )
    assert any("[req-page-1]" in line for line in lines)
    assert password not in done.stderr
    assert not any(token in done.stderr for token in keystone.tokens)


def test_nothing_is_configured_without_typedstack_log(
    keystone: FakeKeystone, password: str
) -> None:
    code = CALL + textwrap.dedent("""
        import logging
        logger = logging.getLogger("typedstack")
        print(logger.handlers, logger.level, logging.getLogger().handlers)
    """)
    done = _run(code, password, keystone)
    assert done.stdout.splitlines()[-1] == "[] 0 []"
    assert done.stderr == ""


# --------------------------------------------------------------- OpenTelemetry


@pytest.fixture(scope="module")
def exporter() -> Iterator[Any]:
    sdk = pytest.importorskip(
        "opentelemetry.sdk.trace", reason="opentelemetry-sdk is not installed (typedstack[dev])"
    )
    from opentelemetry import trace
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    memory = InMemorySpanExporter()
    provider = sdk.TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(memory))
    trace.set_tracer_provider(provider)
    if trace.get_tracer_provider() is not provider:
        pytest.skip("another tracer provider was set in this process")
    yield memory


def _page(request: Request) -> Reply:
    return Reply(
        404,
        {"error": {"code": 404, "message": "no such project"}},
        {"X-Openstack-Request-Id": "req-404"},
    )


def test_one_client_span_per_http_call_with_the_openstack_attributes(
    exporter: Any,
    keystone: FakeKeystone,
    provider_for: ProviderFor,
    fault_server: Callable[..., FaultServer],
) -> None:
    from opentelemetry.trace import SpanKind, StatusCode

    exporter.clear()
    keystone.projects = ["a", "b", "c", "d"]
    provider = provider_for(keystone)
    assert [p.id for p in projects.list(identity.new_client(provider))] == keystone.projects
    missing = fault_server(_page)
    with pytest.raises(typedstack.NotFound):
        projects.get(service_on(provider, missing).with_options(headers={"X-A": "b"}), "nope")
    spans = exporter.get_finished_spans()
    assert [s.name for s in spans] == [
        "authenticate",
        "identity.v3.projects.list",
        "identity.v3.projects.list",
        "identity.v3.projects.get",
    ]
    assert all(s.kind == SpanKind.CLIENT for s in spans)
    page = spans[1].attributes
    assert page["http.request.method"] == "GET"
    assert page["url.full"] == keystone.auth_url + "/projects"
    assert page["server.address"] == "127.0.0.1"
    assert page["server.port"] == keystone.server.port
    assert page["http.response.status_code"] == 200
    assert page["openstack.service_type"] == "identity"
    assert page["openstack.request_id"] == "req-page-0"
    failed = spans[3]
    assert failed.status.status_code == StatusCode.ERROR
    assert failed.attributes["error.type"] == "404"
    assert failed.attributes["openstack.request_id"] == "req-404"
    for span in spans:
        text = repr(dict(span.attributes))
        assert not any(token in text for token in keystone.tokens)


def test_spans_carry_the_microversion(
    exporter: Any,
    keystone: FakeKeystone,
    provider_for: ProviderFor,
    fault_server: Callable[..., FaultServer],
) -> None:
    from typedstack.compute import v2 as compute
    from typedstack.compute.v2 import flavors

    exporter.clear()
    server = fault_server(lambda _r: Reply(200, {"flavors": []}))
    nova = typedstack.ServiceClient(provider_for(keystone), compute.SERVICE, server.url + "/v2.1")
    list(flavors.list(nova.with_options(microversion="2.90")))
    span = exporter.get_finished_spans()[-1]
    assert span.name == "compute.v2.flavors.list"
    assert span.attributes["openstack.microversion"] == "2.90"
    assert span.attributes["openstack.service_type"] == "compute"


@pytest.mark.parametrize(
    ("env", "expected"), [({}, "True False"), ({"TYPEDSTACK_OTEL": "0"}, "False False")]
)
def test_an_unconfigured_opentelemetry_is_not_observed(env: dict[str, str], expected: str) -> None:
    pytest.importorskip("opentelemetry.trace", reason="opentelemetry-api is not installed")
    code = (
        "import typedstack\n"
        "p = typedstack.connect(auth_type='none', compute_endpoint_override='http://c.test')\n"
        "print(p._tracer is not None, p.observing())\n"
    )
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("TYPEDSTACK_OTEL")}
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={**full_env, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == expected  # no exchange is built until an SDK is set up
