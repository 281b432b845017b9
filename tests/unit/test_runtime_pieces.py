"""Runtime pieces that need no server: auth bodies, catalog, URLs, encoding."""

from __future__ import annotations

import datetime

import pytest

import typedstack
from typedstack.runtime.auth import CatalogEndpoint, CatalogService, auth_request
from typedstack.runtime.catalog import select_endpoint
from typedstack.runtime.config import load_config
from typedstack.runtime.decoding import encode_body, query_params
from typedstack.runtime.microversion import Version, negotiate, parse_version
from typedstack.runtime.provider import ProviderClient
from typedstack.runtime.service import (
    ServiceClient,
    ServiceInfo,
    quote_segment,
    service_root,
    version_document_url,
    versioned_base,
)


def test_password_auth_by_names() -> None:
    body = auth_request(
        "password",
        {
            "username": "alice",
            "password": "pw",
            "user_domain_name": "Default",
            "project_name": "web",
            "project_domain_id": "default",
        },
    )
    assert body == {
        "auth": {
            "identity": {
                "methods": ["password"],
                "password": {
                    "user": {"name": "alice", "domain": {"name": "Default"}, "password": "pw"}
                },
            },
            "scope": {"project": {"name": "web", "domain": {"id": "default"}}},
        }
    }


def test_multifactor_and_system_scope() -> None:
    body = auth_request(
        "v3multifactor",
        {"user_id": "u1", "password": "pw", "passcode": "123456", "system_scope": "all"},
    )["auth"]
    assert body["identity"]["methods"] == ["password", "totp"]
    assert body["identity"]["totp"] == {"user": {"id": "u1", "passcode": "123456"}}
    assert body["scope"] == {"system": {"all": True}}


def test_application_credential_never_carries_a_scope() -> None:
    body = auth_request(
        "v3applicationcredential",
        {
            "application_credential_id": "ac",
            "application_credential_secret": "s",
            "project_name": "ignored",
        },
    )["auth"]
    assert body["identity"]["application_credential"] == {"id": "ac", "secret": "s"}
    assert "scope" not in body


def test_token_rescope_to_domain() -> None:
    body = auth_request("v3token", {"token": "tok", "domain_name": "Corp"})["auth"]
    assert body["identity"] == {"methods": ["token"], "token": {"id": "tok"}}
    assert body["scope"] == {"domain": {"name": "Corp"}}


def test_unknown_auth_type_lists_the_supported_ones() -> None:
    with pytest.raises(typedstack.AuthError, match="v3applicationcredential"):
        auth_request("saml2", {"username": "x"})


CATALOG = [
    CatalogService(
        type="volumev3",
        name="cinderv3",
        endpoints=[
            CatalogEndpoint(url="http://c1/v3/p", interface="public", region_id="R1"),
            CatalogEndpoint(url="http://c2/v3/p", interface="public", region_id="R2"),
            CatalogEndpoint(url="http://c1-int/v3/p", interface="internal", region_id="R1"),
        ],
    ),
    CatalogService(
        type="compute",
        name="nova",
        endpoints=[CatalogEndpoint(url="http://n/v2.1", interface="public", region_id="R1")],
    ),
]


def test_catalog_alias_region_and_interface() -> None:
    types = ("block-storage", "volumev3")
    assert select_endpoint(CATALOG, types, region="R2") == "http://c2/v3/p"
    assert (
        select_endpoint(CATALOG, types, region="R1", interface="internalURL")
        == "http://c1-int/v3/p"
    )
    with pytest.raises(typedstack.EndpointNotFound, match="2 public endpoints"):
        select_endpoint(CATALOG, types)
    with pytest.raises(typedstack.EndpointNotFound, match="not one of public"):
        select_endpoint(CATALOG, types, interface="private")


def _provider() -> ProviderClient:
    return ProviderClient(load_config(auth_url="http://k:5000", token="t"))


@pytest.mark.parametrize(
    ("endpoint", "info", "expected"),
    [
        (
            "http://n:8774/v2.1",
            ServiceInfo("compute", version_prefix="v2.1"),
            "http://n:8774/v2.1",
        ),
        ("http://n:8774/", ServiceInfo("compute", version_prefix="v2.1"), "http://n:8774/v2.1"),
        ("http://g:9292", ServiceInfo("image", version_prefix="v2"), "http://g:9292/v2"),
        ("http://h/image", ServiceInfo("image", version_prefix="v2"), "http://h/image/v2"),
        ("http://p:8778", ServiceInfo("placement"), "http://p:8778"),
    ],
)
def test_resource_base_for_versioned_and_unversioned_endpoints(
    endpoint: str, info: ServiceInfo, expected: str
) -> None:
    assert versioned_base(endpoint.rstrip("/"), info, _provider()) == expected


def test_version_document_and_root_urls() -> None:
    info = ServiceInfo("block-storage", version_prefix="v3", project_in_path="{project_id}")
    assert version_document_url("http://c:8776/v3/abc", info) == "http://c:8776/v3/"
    assert version_document_url("http://p:8778", ServiceInfo("placement")) == "http://p:8778/"
    assert service_root("http://h/compute/v2.1/abc") == "http://h/compute"


def test_path_parameters_stay_in_their_segment() -> None:
    client = ServiceClient(_provider(), ServiceInfo("image", version_prefix="v2"), "http://g")
    assert client.url("/images/{image_id}", image_id="a/b?c#d%e") == (
        "http://g/v2/images/a%2Fb%3Fc%23d%25e"
    )
    with pytest.raises(typedstack.InvalidOptions):
        quote_segment("..")
    with pytest.raises(typedstack.InvalidOptions):
        quote_segment("")


def test_microversions_parse_compare_and_negotiate() -> None:
    assert parse_version("2.10") > parse_version("2.9")
    assert str(parse_version(" 2.79 ")) == "2.79"
    assert negotiate(Version(2, 1), Version(2, 104), Version(2, 1), Version(2, 96)) == (2, 96)
    with pytest.raises(typedstack.MicroversionError, match="no common microversion"):
        negotiate(Version(1, 0), Version(1, 39), Version(2, 1), Version(2, 5))
    with pytest.raises(typedstack.MicroversionError, match="not a microversion"):
        parse_version("latest-ish")


def test_microversion_headers_for_compute() -> None:
    info = ServiceInfo(
        "compute",
        version_prefix="v2.1",
        microversion_name="compute",
        microversion_legacy_header="X-OpenStack-Nova-API-Version",
        min_microversion="2.1",
        max_microversion="2.104",
    )
    client = ServiceClient(_provider(), info, "http://n/v2.1", microversion="2.79")
    assert client.headers == {
        "OpenStack-API-Version": "compute 2.79",
        "X-OpenStack-Nova-API-Version": "2.79",
    }


def test_query_and_body_encoding() -> None:
    from typedstack.identity.v3 import projects, role_assignments

    opts = projects.ListOpts(enabled=True, tags_any=["a", "b"], limit=5)
    assert query_params(opts) == [("enabled", "true"), ("tags-any", "a,b"), ("limit", "5")]
    assert encode_body({"name": "x"}, "project", None) == b'{"project":{"name":"x"}}'
    assert encode_body({}, "pause", "null") == b'{"pause":null}'
    assert encode_body({}, "lock", "object") == b'{"lock":{}}'
    when = datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
    assert encode_body({"at": when}, None, None) == b'{"at":"2026-01-02T03:04:05Z"}'
    flags = [f for f, loc in role_assignments.ListOpts.locations.items() if loc == "flag"]
    assert flags, "role assignment presence flags (effective, include_names) are flags"


def test_a_kept_listing_item_does_not_pin_its_page() -> None:
    import msgspec

    from typedstack.runtime.decoding import decode_items
    from typedstack.runtime.models import Model
    from typedstack.runtime.pagination import _release_page

    class Thing(Model):
        id: str

    page = msgspec.json.encode({"things": [{"id": str(i), "pad": "x" * 1000} for i in range(50)]})
    items, _ = decode_items(page, Thing, "things", "GET", "http://x/things", None)
    kept = items[7]
    _release_page(items)
    wire = kept.__dict__["_wire"][0]
    assert isinstance(wire, msgspec.Raw) and len(wire) < 1100  # its own JSON, not the page
    assert kept.extra == {"pad": "x" * 1000}
    assert kept.to_dict() == {"id": "7", "pad": "x" * 1000}


def test_pager_total_from_a_dotted_count_key() -> None:
    """Designate reports the size of a listing at metadata.total_count beside each page."""
    from tests.unit.recording import Recorder, provider_with
    from typedstack.runtime.pagination import Pager, PageStyle
    from typedstack.runtime.service import ServiceClient, ServiceInfo

    recorder = Recorder()
    recorder.reply(
        200,
        {
            "zones": [{"id": "z1"}, {"id": "z2"}],
            "links": {"next": "http://dns.test/v2/zones?marker=z2"},
            "metadata": {"total_count": 3},
        },
    )
    recorder.reply(200, {"zones": [{"id": "z3"}], "links": {}, "metadata": {"total_count": 3}})
    provider = provider_with(recorder, {"dns": "http://dns.test"})
    client = ServiceClient(provider, ServiceInfo("dns", version_prefix="v2"), "http://dns.test")
    style = PageStyle("next", next_key="links.next", count_key="metadata.total_count")
    pager: Pager[dict[str, str]] = Pager(
        client, client.url("/zones"), None, (200,), dict, "zones", style
    )
    assert pager.total is None
    assert [z["id"] for z in pager] == ["z1", "z2", "z3"]
    assert pager.total == 3
    assert recorder.seen[1].url == "http://dns.test/v2/zones?marker=z2"


def test_every_error_is_exported_by_the_runtime_and_the_package() -> None:
    """runtime/__init__.py names the errors one by one (mypy cannot read a
    computed ``__all__``); this keeps that list equal to errors.__all__."""
    import typedstack.runtime
    from typedstack.runtime import errors

    missing = set(errors.__all__) - set(typedstack.runtime.__all__)
    assert not missing, f"add to runtime/__init__.py: {sorted(missing)}"
    assert all(getattr(typedstack, name) is getattr(errors, name) for name in errors.__all__)
