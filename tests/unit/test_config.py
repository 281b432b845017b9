"""clouds.yaml, secure.yaml and OS_* resolution, without a network."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import typedstack
from typedstack.runtime.config import load_config

CLOUDS = """
clouds:
  prod:
    auth:
      auth_url: https://keystone.example.com:5000
      username: alice
      project_name: web
      user_domain_name: Default
      project_domain_name: Default
    region_name: RegionTwo
    interface: internal
    cacert: /etc/ssl/ca.pem
    block_storage_endpoint_override: https://cinder.example.com/v3
    compute_api_version: "2.79"
    api_timeout: 12
  insecure:
    auth:
      auth_url: https://k.example.com
      application_credential_id: abc
      application_credential_secret: appcred-secret-value
    verify: false
"""


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in list(os.environ):
        if name.startswith("OS_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.chdir(tmp_path)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_named_cloud_from_the_standard_location(tmp_path: Path) -> None:
    write(tmp_path / "xdg" / "openstack" / "clouds.yaml", CLOUDS)
    write(
        tmp_path / "xdg" / "openstack" / "secure.yaml",
        "clouds:\n  prod:\n    auth:\n      password: hunter2-secret\n",
    )
    config = load_config("prod")
    assert config.auth["username"] == "alice"
    assert config.auth["password"] == "hunter2-secret"
    assert config.region_name == "RegionTwo"
    assert config.interface == "internal"
    assert config.verify == "/etc/ssl/ca.pem"
    assert config.endpoint_overrides == {"block-storage": "https://cinder.example.com/v3"}
    assert config.api_versions == {"compute": "2.79"}
    assert (config.connect_timeout, config.read_timeout) == (12.0, 12.0)
    assert "hunter2-secret" not in repr(config) and "hunter2-secret" not in str(config)


def test_current_directory_wins_over_home(tmp_path: Path) -> None:
    write(tmp_path / "xdg" / "openstack" / "clouds.yaml", CLOUDS)
    write(tmp_path / "clouds.yaml", CLOUDS.replace("alice", "bob"))
    assert load_config("prod").auth["username"] == "bob"


def test_os_cloud_and_client_config_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = write(tmp_path / "elsewhere" / "mine.yaml", CLOUDS)
    monkeypatch.setenv("OS_CLIENT_CONFIG_FILE", str(path))
    monkeypatch.setenv("OS_CLOUD", "insecure")
    config = load_config()
    assert config.verify is False
    assert config.auth_type == "v3applicationcredential"
    assert "appcred-secret-value" not in repr(config)


def test_unknown_cloud_names_the_known_ones(tmp_path: Path) -> None:
    write(tmp_path / "clouds.yaml", CLOUDS)
    with pytest.raises(typedstack.ConfigError, match="clouds there: insecure, prod"):
        load_config("staging")


def test_missing_file_for_a_named_cloud() -> None:
    with pytest.raises(typedstack.ConfigError, match=r"no clouds\.yaml was found"):
        load_config("prod")


def test_os_variables_describe_the_cloud(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OS_AUTH_URL", "http://k:5000/v3")
    monkeypatch.setenv("OS_USERNAME", "carol")
    monkeypatch.setenv("OS_PASSWORD", "env-secret-pw")
    monkeypatch.setenv("OS_TENANT_NAME", "legacy-project")
    monkeypatch.setenv("OS_USER_DOMAIN_ID", "default")
    monkeypatch.setenv("OS_REGION_NAME", "R1")
    monkeypatch.setenv("OS_INSECURE", "true")
    config = load_config()
    assert config.source == "environment"
    assert config.auth["project_name"] == "legacy-project"
    assert config.region_name == "R1"
    assert config.verify is False
    assert "env-secret-pw" not in repr(config)


def test_os_token_is_token_auth_and_hidden(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OS_AUTH_URL", "http://k:5000/v3")
    monkeypatch.setenv("OS_TOKEN", "gAAAA-token-value")
    config = load_config()
    assert config.auth_type == "v3token"
    assert "gAAAA-token-value" not in repr(config)


def test_keywords_win_and_auth_keys_go_into_auth(tmp_path: Path) -> None:
    write(tmp_path / "clouds.yaml", CLOUDS)
    config = load_config("prod", username="dave", password="kw-pw", region_name="R9", timeout=3)
    assert config.auth["username"] == "dave"
    assert config.auth["password"] == "kw-pw"
    assert config.region_name == "R9"
    assert config.read_timeout == 3.0
    assert config.auth["project_name"] == "web"


def test_no_auth_url_is_a_clear_error() -> None:
    with pytest.raises(typedstack.ConfigError, match="no auth_url"):
        load_config(username="x")


def test_client_certificate_pair(tmp_path: Path) -> None:
    config = load_config(auth_url="https://k", cert="/c.pem", key="/k.pem", token="t")
    assert config.cert == ("/c.pem", "/k.pem")


def test_insecure_warns_once_at_construction() -> None:
    config = load_config(auth_url="https://k", token="t", insecure=True)
    with pytest.warns(typedstack.runtime.provider.InsecureTLSWarning):
        provider = typedstack.ProviderClient(config)
    assert provider.session.verify is False
