"""Secret hygiene: reprs, exception messages and debug logs never show a token or password.

Every test here also runs under the fault suite's DEBUG-log check (see
``conftest.py``): the tokens and passwords the fake Keystone handled must
not appear in any captured log record.
"""

from __future__ import annotations

import json
import logging
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import typedstack
from tests.faults.faultserver import ISSUED_SECRETS, FakeKeystone, FaultServer, Reply, Request
from tests.faults.support import make_provider, run_bounded, service_on
from typedstack.compute.v2 import keypairs, server_actions, servers
from typedstack.identity import v3 as identity
from typedstack.identity.v3 import (
    application_credentials,
    credentials,
    federation,
    oauth1,
    oauth2,
    projects,
    tokens,
    users,
)

ProviderFor = Callable[..., typedstack.ProviderClient]
ServerFactory = Callable[..., FaultServer]


def secret(label: str) -> str:
    value = f"{label}-{secrets.token_hex(10)}"
    ISSUED_SECRETS.add(value)
    return value


def shown(obj: object) -> str:
    """Every way a value is commonly displayed."""
    return "\n".join([repr(obj), str(obj), f"{obj!r}", repr([obj]), repr({"k": obj})])


# ----------------------------------------------------------------- config


def test_cloud_config_repr_hides_every_secret() -> None:
    values = {k: secret(k) for k in ("password", "token", "application_credential_secret")}
    passcode = secret("passcode")
    config = typedstack.load_config(
        auth_url="http://127.0.0.1:9/v3",
        username="demo",
        user_domain_name="Default",
        passcode=passcode,
        **values,
    )
    text = shown(config)
    for value in [*values.values(), passcode]:
        assert value not in text
    assert "demo" in text and "http://127.0.0.1:9/v3" in text  # the repr is useful


def test_config_from_os_environment_hides_os_password_and_os_token(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    password, token = secret("os-password"), secret("os-token")
    app_secret = secret("os-app-secret")
    monkeypatch.setenv("OS_AUTH_URL", "http://127.0.0.1:9/v3")
    monkeypatch.setenv("OS_USERNAME", "envuser")
    monkeypatch.setenv("OS_USER_DOMAIN_NAME", "Default")
    monkeypatch.setenv("OS_PASSWORD", password)
    monkeypatch.setenv("OS_TOKEN", token)
    monkeypatch.setenv("OS_APPLICATION_CREDENTIAL_SECRET", app_secret)
    config = typedstack.load_config()
    assert config.auth["password"] == password  # really read from the environment
    text = shown(config) + shown(typedstack.ProviderClient(config))
    assert password not in text and token not in text and app_secret not in text
    assert "envuser" in text


def test_clouds_yaml_and_secure_yaml_secrets_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    password = secret("yaml-password")
    clouds = tmp_path / "clouds.yaml"
    clouds.write_text(
        json.dumps(
            {
                "clouds": {
                    "fault": {
                        "auth": {
                            "auth_url": "http://127.0.0.1:9/v3",
                            "username": "yamluser",
                            "user_domain_name": "Default",
                        }
                    }
                }
            }
        )
    )
    secure = tmp_path / "secure.yaml"
    secure.write_text(json.dumps({"clouds": {"fault": {"auth": {"password": password}}}}))
    monkeypatch.setenv("OS_CLIENT_CONFIG_FILE", str(clouds))
    monkeypatch.setenv("OS_CLIENT_SECURE_FILE", str(secure))
    config = typedstack.load_config("fault")
    assert config.auth["password"] == password
    assert password not in shown(config)


def test_password_in_auth_url_userinfo_hidden_in_reprs() -> None:
    password = secret("url-password")
    config = typedstack.load_config(
        auth_url=f"http://demo:{password}@127.0.0.1:9/v3",
        username="demo",
        password=secret("password"),
        user_domain_name="Default",
    )
    assert password not in shown(config) + shown(typedstack.ProviderClient(config))


def test_password_in_auth_url_userinfo_hidden_in_errors(password: str) -> None:
    url_password = secret("url-password")
    auth_url = f"http://demo:{url_password}@127.0.0.1:9/v3"
    error = run_bounded(lambda: make_provider(auth_url, password, max_retries=0)).error
    assert isinstance(error, typedstack.ConnectionFailed), repr(error)
    assert url_password not in shown(error) and password not in shown(error)
    assert "127.0.0.1:9/v3/auth/tokens" in str(error)


# ------------------------------------------------------- provider and token


def test_provider_and_token_reprs_hide_the_token(
    keystone: FakeKeystone, provider_for: ProviderFor, password: str
) -> None:
    provider = provider_for(keystone)
    token = provider.token
    assert token.value == keystone.tokens[0]
    text = shown(provider) + shown(token) + shown(provider.config)
    assert token.value not in text and password not in text
    assert "u-demo" in shown(token)  # the repr is still useful


# ----------------------------------------------------------- options, models


def _issue_opts(value: str) -> tokens.IssueOpts:
    return tokens.IssueOpts(
        identity=tokens.AuthIdentity(
            methods=["password"],
            password=tokens.AuthPassword(user=tokens.AuthPasswordUser(id="u1", password=value)),
        )
    )


OPTIONS: dict[str, Callable[[str], object]] = {
    "tokens.ValidateOpts": lambda v: tokens.ValidateOpts(subject_token=v),
    "tokens.CheckOpts": lambda v: tokens.CheckOpts(subject_token=v),
    "tokens.RevokeOpts": lambda v: tokens.RevokeOpts(subject_token=v),
    "tokens.IssueOpts(password)": _issue_opts,
    "tokens.IssueOpts(application_credential)": lambda v: tokens.IssueOpts(
        identity=tokens.AuthIdentity(
            methods=["application_credential"],
            application_credential=tokens.AuthApplicationCredential(id="ac1", secret=v),
        )
    ),
    "tokens.AuthTotpUser": lambda v: tokens.AuthTotpUser(id="u1", passcode=v),
    "users.CreateOpts": lambda v: users.CreateOpts(name="alice", password=v),
    "users.UpdateOpts": lambda v: users.UpdateOpts(password=v),
    "users.ChangePasswordOpts(new)": lambda v: users.ChangePasswordOpts(
        original_password="old-one", password=v
    ),
    "users.ChangePasswordOpts(original)": lambda v: users.ChangePasswordOpts(
        original_password=v, password="new-one"
    ),
    "application_credentials.CreateOpts": lambda v: application_credentials.CreateOpts(
        name="ci", secret=v
    ),
    "application_credentials.ApplicationCredential": lambda v: (
        application_credentials.ApplicationCredential.from_dict(
            {"id": "ac1", "name": "ci", "secret": v}
        )
    ),
    "oauth1.Consumer": lambda v: oauth1.Consumer.from_dict({"id": "c1", "secret": v}),
    "oauth2.OAuth2Token": lambda v: oauth2.OAuth2Token.from_dict(
        {"access_token": v, "token_type": "Bearer", "expires_in": 3600}
    ),
    "servers.CreatedServer": lambda v: servers.CreatedServer.from_dict(
        {"id": "s1", "adminPass": v}
    ),
    "server_actions.ChangePasswordOpts": lambda v: server_actions.ChangePasswordOpts(admin_pass=v),
    "server_actions.RebuildOpts": lambda v: server_actions.RebuildOpts(
        image_ref="img", admin_pass=v
    ),
}


@pytest.mark.parametrize("name", list(OPTIONS), ids=list(OPTIONS))
def test_repr_hides_secret_fields(name: str) -> None:
    value = secret("s")
    obj = OPTIONS[name](value)
    assert value not in shown(obj)
    assert type(obj).__name__ in repr(obj)
    assert "***" in repr(obj)


SPEC_GAPS: dict[str, tuple[Callable[[str], object], str]] = {
    "tokens.AuthToken": (
        lambda v: tokens.IssueOpts(
            identity=tokens.AuthIdentity(methods=["token"], token=tokens.AuthToken(id=v))
        ),
        "specs/identity/v3/tokens.yaml: AuthToken.id is the token being exchanged, "
        "not marked secret",
    ),
    "federation.AssertionIdentity": (
        lambda v: federation.AssertionIdentity(methods=["token"], token=federation.TokenRef(id=v)),
        "specs/identity/v3/federation.yaml: AssertionIdentity.token is an IdRef whose id "
        "is a token, not marked secret",
    ),
    "keypairs.Keypair.private_key": (
        lambda v: keypairs.Keypair.from_dict({"name": "k", "private_key": v}),
        "specs/compute/v2/keypairs.yaml: Keypair.private_key (the generated private key) "
        "is not marked secret",
    ),
    "credentials.Credential.blob": (
        lambda v: credentials.Credential.from_dict(
            {"id": "c1", "type": "ec2", "blob": json.dumps({"access": "a", "secret": v})}
        ),
        "specs/identity/v3/credentials.yaml: Credential.blob holds the EC2 secret or TOTP "
        "seed, not marked secret",
    ),
    "credentials.CreateOpts.blob": (
        lambda v: credentials.CreateOpts(user_id="u1", type="totp", blob=json.dumps({"seed": v})),
        "specs/identity/v3/credentials.yaml: CreateOpts.blob is not marked secret",
    ),
}


@pytest.mark.parametrize(
    "name",
    [pytest.param(name, id=name) for name in SPEC_GAPS],
)
def test_repr_hides_secrets_the_specs_do_not_mark(name: str) -> None:
    value = secret("s")
    assert value not in shown(SPEC_GAPS[name][0](value))


def test_decoded_token_model_hides_the_subject_token_header(
    keystone: FakeKeystone, provider_for: ProviderFor, fault_server: ServerFactory
) -> None:
    subject = secret("gAAAAsubject")

    def handler(request: Request) -> Reply:
        body = {
            "token": {
                "methods": ["password"],
                "user": {"id": "u1", "name": "alice", "domain": {"id": "default"}},
                "audit_ids": ["a1"],
                "expires_at": "2099-01-01T00:00:00.000000Z",
                "issued_at": "2024-01-01T00:00:00.000000Z",
            }
        }
        return Reply(200, body, headers={"X-Subject-Token": request.headers["x-subject-token"]})

    server = fault_server(handler)
    client = service_on(provider_for(keystone), server)
    token = tokens.validate(client, tokens.ValidateOpts(subject_token=subject))
    assert token.subject_token == subject  # really decoded from the header
    assert subject not in shown(token)


def test_wrong_type_for_a_secret_field_does_not_echo_it() -> None:
    value = secret("s")
    with pytest.raises(typedstack.InvalidOptions) as info:
        users.CreateOpts(name="alice", password=[value])  # type: ignore[arg-type]
    assert "password" in str(info.value)
    assert value not in shown(info.value)


# ------------------------------------------------------- failing auth errors


def _chain(error: BaseException) -> str:
    parts = []
    seen: BaseException | None = error
    while seen is not None:
        parts += [shown(seen), repr(seen.args), repr(getattr(seen, "__dict__", {}))]
        seen = seen.__cause__ or seen.__context__
    return "\n".join(parts)


def test_wrong_password_error_never_contains_a_password(
    keystone: FakeKeystone, password: str
) -> None:
    wrong = secret("wrong-password")
    error = run_bounded(lambda: make_provider(keystone.auth_url, wrong)).error
    assert isinstance(error, typedstack.Unauthorized), repr(error)
    assert keystone.auth_url in str(error)
    text = _chain(error)
    assert wrong not in text and password not in text


def test_token_auth_failure_never_contains_the_token(keystone: FakeKeystone) -> None:
    token = secret("gAAAAold")

    def connect() -> Any:
        return typedstack.connect(auth_url=keystone.auth_url, token=token, project_id="p1")

    keystone.auth_reply = Reply(
        404, {"error": {"code": 404, "title": "Not Found", "message": "Could not find token."}}
    )
    error = run_bounded(connect).error
    assert isinstance(error, typedstack.NotFound), repr(error)
    assert token not in _chain(error)


def test_missing_credentials_error_never_contains_the_secret() -> None:
    password = secret("pw")
    with pytest.raises(typedstack.OpenStackError) as info:
        typedstack.connect(auth_url="http://127.0.0.1:9/v3", username="alice", password=password)
    assert "user_domain" in str(info.value)
    assert password not in _chain(info.value)


def test_server_echoing_the_password_is_masked(keystone: FakeKeystone) -> None:
    wrong = secret("echoed-password")
    keystone.auth_reply = Reply(
        400,
        {
            "error": {
                "code": 400,
                "title": "Bad Request",
                "message": f"Invalid input for field 'identity/password/user/password': "
                f"'{wrong}' is too short",
            }
        },
    )
    error = run_bounded(lambda: make_provider(keystone.auth_url, wrong)).error
    assert isinstance(error, typedstack.BadRequest), repr(error)
    assert wrong not in str(error)


# ------------------------------------------------------------- debug logs


def test_debug_log_records_requests_but_no_secret(
    keystone: FakeKeystone,
    provider_for: ProviderFor,
    password: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The log check of this suite has something to check: requests are logged at DEBUG."""
    keystone.projects = ["p1", "p2", "p3", "p4"]
    keystone.page_size = 2
    provider = provider_for(keystone)
    ks = identity.new_client(provider)
    listing = iter(projects.list(ks))
    next(listing)
    keystone.revoke_all()
    list(listing)
    http = [r.getMessage() for r in caplog.records if r.name == "typedstack.http"]
    assert any(m.startswith(f"POST {keystone.auth_url}/auth/tokens -> 201") for m in http)
    assert any("/v3/projects?marker=p2 -> 401" in m for m in http)
    assert any("[req-page-1]" in m for m in http)
    everything = caplog.text + "\n".join(http)
    for value in [password, *keystone.tokens]:
        assert value not in everything
    assert len(keystone.tokens) == 2


def test_log_check_catches_a_leak(caplog: pytest.LogCaptureFixture) -> None:
    """The suite-wide check is not vacuous: a token in a log record is found."""
    token = secret("gAAAAleak")
    logging.getLogger("typedstack.http").debug("sending %s", token)
    assert token in caplog.text
    caplog.clear()  # leave nothing for the suite-wide check to trip on
