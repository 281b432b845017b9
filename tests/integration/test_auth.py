"""Authentication against the real Keystone: every method, every scope, config sources."""

from __future__ import annotations

import base64
import hashlib
import hmac
import struct
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import typedstack
from tests.conftest import SecretWatch
from tests.integration.conftest import Account, unique
from tests.local_openstack import LocalKeystone
from typedstack.identity import v3 as identity
from typedstack.identity.v3 import (
    application_credentials,
    credentials,
    projects,
    role_grants,
    roles,
    tokens,
    users,
)


def test_connect_from_clouds_yaml(clouds_yaml: Path, keystone: LocalKeystone) -> None:
    provider = typedstack.connect()
    token = provider.token
    assert token.project_name == "admin"
    assert "admin" in token.roles
    assert provider.config.source == str(clouds_yaml)
    names = [p.name for p in projects.list(identity.new_client(provider))]
    assert "admin" in names


def test_connect_from_os_environment(
    keystone: LocalKeystone, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in keystone.openrc_env().items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("OS_CLOUD", raising=False)
    provider = typedstack.connect()
    assert provider.config.source == "environment"
    assert provider.token.project_name == "admin"


def test_keyword_overrides_win_over_the_file(
    clouds_yaml: Path, keystone: LocalKeystone, tmp_path: Path
) -> None:
    broken = clouds_yaml.read_text().replace(keystone.admin_password, "wrong-password")
    clouds_yaml.write_text(broken)
    with pytest.raises(typedstack.Unauthorized):
        typedstack.connect()
    provider = typedstack.connect(password=keystone.admin_password)
    assert provider.token.project_name == "admin"


def test_secure_yaml_supplies_the_password(
    clouds_yaml: Path, keystone: LocalKeystone, monkeypatch: pytest.MonkeyPatch
) -> None:
    clouds_yaml.write_text(clouds_yaml.read_text().replace(keystone.admin_password, ""))
    secure = clouds_yaml.with_name("secure.yaml")
    secure.write_text(
        f'clouds:\n  local:\n    auth:\n      password: "{keystone.admin_password}"\n'
    )
    monkeypatch.setenv("OS_CLIENT_SECURE_FILE", str(secure))
    assert typedstack.connect().token.project_name == "admin"


def test_password_with_user_id_and_project_id(keystone: LocalKeystone, account: Account) -> None:
    provider = typedstack.connect(
        auth_url=keystone.auth_url,
        user_id=account.user.id,
        password=account.password,
        project_id=account.project.id,
    )
    assert provider.token.user_id == account.user.id
    assert provider.token.project_id == account.project.id
    assert provider.token.roles == ["member"] or "member" in provider.token.roles


def test_domain_scope(keystone: LocalKeystone, ks: typedstack.ServiceClient) -> None:
    admin_role = next(iter(roles.list(ks, roles.ListOpts(name="admin"))))
    admin_id = ks.provider.token.user_id
    role_grants.assign_domain_user_role(ks, "default", admin_id, admin_role.id)
    provider = typedstack.connect(
        auth_url=keystone.auth_url,
        username="admin",
        password=keystone.admin_password,
        user_domain_name="Default",
        domain_id="default",
    )
    assert provider.token.domain_id == "default"
    assert provider.token.project_id is None


def test_system_scope(keystone: LocalKeystone) -> None:
    provider = typedstack.connect(
        auth_url=keystone.auth_url,
        username="admin",
        password=keystone.admin_password,
        user_domain_name="Default",
        system_scope="all",
    )
    assert provider.token.system
    # A system-scoped admin can read the system role assignments.
    ks = identity.new_client(provider)
    assert any(u.name == "admin" for u in users.list(ks))


def test_unscoped_token_has_no_catalog(keystone: LocalKeystone, account: Account) -> None:
    provider = typedstack.connect(
        auth_url=keystone.auth_url,
        username=account.user.name,
        password=account.password,
        user_domain_id="default",
    )
    token = provider.token
    assert token.project_id is None and token.domain_id is None and not token.system
    with pytest.raises(typedstack.EndpointNotFound, match="no public endpoint for identity"):
        identity.new_client(provider)


def test_token_auth_rescopes_a_token(keystone: LocalKeystone, account: Account) -> None:
    unscoped = typedstack.connect(
        auth_url=keystone.auth_url,
        username=account.user.name,
        password=account.password,
        user_domain_id="default",
    )
    rescoped = typedstack.connect(
        auth_url=keystone.auth_url,
        auth_type="v3token",
        token=unscoped.token.value,
        project_id=account.project.id,
    )
    assert rescoped.token.project_id == account.project.id
    assert rescoped.token.value != unscoped.token.value
    assert rescoped.token.user_id == account.user.id


@pytest.fixture()
def app_credential(
    ks: typedstack.ServiceClient, account: Account, secret_watch: SecretWatch
) -> Iterator[application_credentials.ApplicationCredential]:
    """An application credential of the test account, made by the account itself."""
    member = typedstack.connect(
        auth_url=ks.provider.auth_url,
        user_id=account.user.id,
        password=account.password,
        project_id=account.project.id,
    )
    client = identity.new_client(member)
    cred = application_credentials.create(
        client,
        account.user.id,
        application_credentials.CreateOpts(
            name=unique("appcred"), roles=[application_credentials.RoleRef(name="member")]
        ),
    )
    assert isinstance(cred.secret, str)
    secret_watch.secrets.add(cred.secret)
    yield cred
    # Deleted explicitly: Keystone on SQLite leaves the credential's role rows
    # behind when only the user is deleted, and a later credential trips on them.
    application_credentials.delete(ks, account.user.id, cred.id)


def test_application_credential_by_id(
    ks: typedstack.ServiceClient,
    account: Account,
    app_credential: application_credentials.ApplicationCredential,
) -> None:
    cred = app_credential
    provider = typedstack.connect(
        auth_url=ks.provider.auth_url,
        application_credential_id=cred.id,
        application_credential_secret=cred.secret,
    )
    assert provider.config.auth_type == "v3applicationcredential"
    assert provider.token.project_id == account.project.id
    assert cred.secret not in repr(provider.config)


def test_application_credential_by_name_and_user(
    ks: typedstack.ServiceClient,
    account: Account,
    app_credential: application_credentials.ApplicationCredential,
) -> None:
    cred = app_credential
    provider = typedstack.connect(
        auth_url=ks.provider.auth_url,
        application_credential_name=cred.name,
        application_credential_secret=cred.secret,
        username=account.user.name,
        user_domain_name="Default",
    )
    assert provider.token.user_id == account.user.id


def _totp(secret: str, at: float) -> str:
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    digest = hmac.new(key, struct.pack(">Q", int(at // 30)), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    code = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{code % 1_000_000:06d}"


def test_password_plus_totp(
    ks: typedstack.ServiceClient, account: Account, secret_watch: SecretWatch
) -> None:
    seed = base64.b32encode(b"typedstack-totp-seed-01").decode().rstrip("=")
    secret_watch.secrets.add(seed)
    credentials.create(ks, credentials.CreateOpts(user_id=account.user.id, type="totp", blob=seed))
    passcode = _totp(seed, time.time())
    provider = typedstack.connect(
        auth_url=ks.provider.auth_url,
        username=account.user.name,
        password=account.password,
        passcode=passcode,
        user_domain_name="Default",
        project_id=account.project.id,
    )
    assert provider.config.auth_type == "v3multifactor"
    assert provider.token.project_id == account.project.id


def test_wrong_password_is_unauthorized_without_the_password_in_the_error(
    keystone: LocalKeystone,
) -> None:
    with pytest.raises(typedstack.Unauthorized) as info:
        typedstack.connect(
            auth_url=keystone.auth_url,
            username="admin",
            password="not-" + keystone.admin_password,
            user_domain_name="Default",
            project_name="admin",
            project_domain_name="Default",
        )
    assert info.value.status == 401
    assert info.value.request_id
    assert keystone.admin_password not in str(info.value)


def test_missing_credentials_say_what_is_missing(keystone: LocalKeystone) -> None:
    with pytest.raises(typedstack.AuthError, match="user_domain_name"):
        typedstack.connect(auth_url=keystone.auth_url, username="admin", password="x")
    with pytest.raises(typedstack.ConfigError, match="auth_url"):
        typedstack.connect(username="admin", password="x")


def test_validate_and_revoke_a_token(ks: typedstack.ServiceClient, account: Account) -> None:
    other = typedstack.connect(
        auth_url=ks.provider.auth_url,
        user_id=account.user.id,
        password=account.password,
        project_id=account.project.id,
    )
    value = other.token.value
    seen = tokens.validate(ks, tokens.ValidateOpts(subject_token=value))
    assert seen.user.id == account.user.id
    assert seen.subject_token == value
    assert tokens.check(ks, tokens.CheckOpts(subject_token=value))
    tokens.revoke(ks, tokens.RevokeOpts(subject_token=value))
    assert not tokens.check(ks, tokens.CheckOpts(subject_token=value))
    with pytest.raises(typedstack.NotFound):
        tokens.validate(ks, tokens.ValidateOpts(subject_token=value))
