"""Cloud configuration: clouds.yaml, secure.yaml, ``OS_*`` and keywords.

Follows the conventions of the OpenStack client tools so an existing
``clouds.yaml`` works unchanged:

* files: ``$OS_CLIENT_CONFIG_FILE``, then ``./clouds.yaml``,
  ``~/.config/openstack/clouds.yaml``, ``/etc/openstack/clouds.yaml``
  (``.yml`` and ``.json`` too); secrets may live in a ``secure.yaml``
  beside them (``$OS_CLIENT_SECURE_FILE``), merged into the cloud;
* the cloud is the ``cloud`` argument, else ``$OS_CLOUD``; with neither,
  the ``OS_*`` environment variables describe it;
* keyword arguments win over both; auth keys (``username=``, ``password=``,
  ``auth_url=``...) may be given at the top level.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from typedstack.runtime.errors import ConfigError
from typedstack.runtime.retry import Retry
from typedstack.runtime.tolerant import strict_from_env

#: auth types that need no Keystone: no auth_url, no token, no catalog
NO_AUTH_TYPES = frozenset({"none", "noauth"})
BASIC_AUTH_TYPES = frozenset({"http_basic"})
#: the environment variable that turns the token cache on (see ``tokencache``)
TOKEN_CACHE_ENV = "TYPEDSTACK_TOKEN_CACHE"

SECRET_KEYS = frozenset(
    {
        "password",
        "token",
        "application_credential_secret",
        "passcode",
        "secret",
        "access_token",
        "client_secret",
    }
)

AUTH_KEYS = frozenset(
    {
        "auth_url",
        "username",
        "user_id",
        "password",
        "user_domain_name",
        "user_domain_id",
        "project_name",
        "project_id",
        "tenant_name",
        "tenant_id",
        "project_domain_name",
        "project_domain_id",
        "domain_name",
        "domain_id",
        "system_scope",
        "token",
        "application_credential_id",
        "application_credential_name",
        "application_credential_secret",
        "passcode",
        "default_domain_id",
        "default_domain_name",
        "trust_id",
        "endpoint",
    }
)

# OS_* variable -> auth key (read when no cloud is named).
_ENV_AUTH = {
    "OS_AUTH_URL": "auth_url",
    "OS_USERNAME": "username",
    "OS_USER_ID": "user_id",
    "OS_PASSWORD": "password",
    "OS_USER_DOMAIN_NAME": "user_domain_name",
    "OS_USER_DOMAIN_ID": "user_domain_id",
    "OS_PROJECT_NAME": "project_name",
    "OS_TENANT_NAME": "project_name",
    "OS_PROJECT_ID": "project_id",
    "OS_TENANT_ID": "project_id",
    "OS_PROJECT_DOMAIN_NAME": "project_domain_name",
    "OS_PROJECT_DOMAIN_ID": "project_domain_id",
    "OS_DOMAIN_NAME": "domain_name",
    "OS_DOMAIN_ID": "domain_id",
    "OS_SYSTEM_SCOPE": "system_scope",
    "OS_TOKEN": "token",
    "OS_APPLICATION_CREDENTIAL_ID": "application_credential_id",
    "OS_APPLICATION_CREDENTIAL_NAME": "application_credential_name",
    "OS_APPLICATION_CREDENTIAL_SECRET": "application_credential_secret",
    "OS_PASSCODE": "passcode",
    "OS_DEFAULT_DOMAIN_ID": "default_domain_id",
    "OS_DEFAULT_DOMAIN_NAME": "default_domain_name",
    "OS_TRUST_ID": "trust_id",
    "OS_ENDPOINT": "endpoint",
}
_ENV_TOP = {
    "OS_AUTH_TYPE": "auth_type",
    "OS_REGION_NAME": "region_name",
    "OS_INTERFACE": "interface",
    "OS_ENDPOINT_TYPE": "interface",
    "OS_CACERT": "cacert",
    "OS_CERT": "cert",
    "OS_KEY": "key",
    "OS_INSECURE": "insecure",
    "OS_API_TIMEOUT": "api_timeout",
    "OS_RATE_LIMIT": "rate_limit",
}
# OS_<SERVICE>_ENDPOINT_OVERRIDE and OS_<SERVICE>_API_VERSION, as the client tools read them
_ENV_SERVICE_SUFFIXES = ("_ENDPOINT_OVERRIDE", "_API_VERSION")

_FILE_NAMES = ("clouds.yaml", "clouds.yml", "clouds.json")
_SECURE_NAMES = ("secure.yaml", "secure.yml", "secure.json")


def config_dirs() -> list[Path]:
    """The standard folders searched for clouds.yaml, in order."""
    home = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return [Path.cwd(), home / "openstack", Path("/etc/openstack")]


def _find(env_var: str, names: tuple[str, ...]) -> Path | None:
    explicit = os.environ.get(env_var)
    if explicit:
        path = Path(explicit).expanduser()
        if not path.is_file():
            raise ConfigError(f"{env_var} names {path}, which is not a file")
        return path
    for folder in config_dirs():
        for name in names:
            candidate = folder / name
            if candidate.is_file():
                return candidate
    return None


def _load_file(path: Path) -> dict[str, Any]:
    import yaml  # only when a file is read: keyword and OS_* users never pay for it

    try:
        text = path.read_text(encoding="utf-8")
        data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except (OSError, ValueError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read {path}: {type(exc).__name__}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping at the top level")
    return data


def _merge(base: Mapping[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _truthy(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes", "on"}
    return bool(value)


def _redact(mapping: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in mapping.items():
        if key in SECRET_KEYS and value:
            out[key] = "***"
        elif isinstance(value, Mapping):
            out[key] = _redact(value)
        elif isinstance(value, str) and "@" in value and "://" in value:
            out[key] = _without_userinfo(value)
        else:
            out[key] = value
    return out


def _without_userinfo(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.password is None and parts.username is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return parts._replace(netloc=host).geturl()


@dataclass(repr=False)
class CloudConfig:
    """Everything needed to build a ProviderClient, secrets included.

    Its repr shows every setting but no secret.
    """

    name: str | None
    auth: dict[str, Any]
    auth_type: str = "password"
    region_name: str | None = None
    interface: str = "public"
    verify: bool | str = True
    cert: str | tuple[str, str] | None = None
    connect_timeout: float = 10.0
    read_timeout: float = 60.0
    endpoint_overrides: dict[str, str] = field(default_factory=dict)
    api_versions: dict[str, str] = field(default_factory=dict)
    max_retries: int = 3
    retry_post: bool = False
    follow_redirects: bool = True
    app_name: str | None = None
    app_version: str | None = None
    strict: bool = field(default_factory=strict_from_env)
    source: str = "keywords"
    #: the retry policy; ``max_retries``/``retry_post`` mirror two of its fields
    retry: Retry = field(default_factory=Retry)
    #: requests per second per service type (``"*"``: any type not named)
    rate_limit: dict[str, float] = field(default_factory=dict)
    #: keep the Keystone token on disk between processes (see ``tokencache``)
    token_cache: bool = field(default_factory=lambda: _truthy(os.environ.get(TOKEN_CACHE_ENV)))

    def __post_init__(self) -> None:
        if self.retry == Retry():  # built with the shorthands only
            self.retry = self.retry.replace(total=self.max_retries, retry_post=self.retry_post)
        self.max_retries, self.retry_post = self.retry.total, self.retry.retry_post

    @property
    def uses_keystone(self) -> bool:
        """False for ``auth_type`` none and http_basic: no token, no catalog."""
        return self.auth_type.lower() not in NO_AUTH_TYPES | BASIC_AUTH_TYPES

    def __repr__(self) -> str:
        shown = {
            "name": self.name,
            "auth_type": self.auth_type,
            "auth": _redact(self.auth),
            "region_name": self.region_name,
            "interface": self.interface,
            "verify": self.verify,
            "source": self.source,
        }
        inner = ", ".join(f"{k}={v!r}" for k, v in shown.items())
        return f"CloudConfig({inner})"

    __str__ = __repr__


def _cloud_from_env() -> dict[str, Any]:
    auth = {key: os.environ[var] for var, key in _ENV_AUTH.items() if os.environ.get(var)}
    top = {key: os.environ[var] for var, key in _ENV_TOP.items() if os.environ.get(var)}
    for var, value in os.environ.items():
        if var.startswith("OS_") and var.endswith(_ENV_SERVICE_SUFFIXES) and value:
            top[var[3:].lower()] = value
    return {"auth": auth, **top} if auth or top else {}


def load_config(cloud: str | None = None, **overrides: Any) -> CloudConfig:
    """Resolve a cloud's configuration: file or environment, then keywords."""
    cloud = cloud or overrides.pop("cloud_name", None) or os.environ.get("OS_CLOUD") or None
    source = "keywords"
    settings: dict[str, Any] = {}
    if cloud:
        path = _find("OS_CLIENT_CONFIG_FILE", _FILE_NAMES)
        if path is None:
            raise ConfigError(f"cloud {cloud!r} requested but no clouds.yaml was found")
        clouds = _load_file(path).get("clouds") or {}
        if cloud not in clouds:
            known = ", ".join(sorted(clouds)) or "none"
            raise ConfigError(f"cloud {cloud!r} is not in {path} (clouds there: {known})")
        settings = dict(clouds[cloud] or {})
        secure = _find("OS_CLIENT_SECURE_FILE", _SECURE_NAMES)
        if secure is not None:
            secret_clouds = _load_file(secure).get("clouds") or {}
            settings = _merge(settings, secret_clouds.get(cloud) or {})
        source = str(path)
    else:
        settings = _cloud_from_env()
        if settings:
            source = "environment"
    auth_over = {k: overrides.pop(k) for k in list(overrides) if k in AUTH_KEYS}
    if "auth" in overrides:
        auth_over = _merge(overrides.pop("auth"), auth_over)
    settings = _merge(settings, overrides)
    settings["auth"] = _merge(settings.get("auth") or {}, auth_over)
    return _build(cloud, settings, source)


def _build(name: str | None, s: dict[str, Any], source: str) -> CloudConfig:
    auth = dict(s.pop("auth", {}))
    for legacy, current in (("tenant_name", "project_name"), ("tenant_id", "project_id")):
        if legacy in auth:
            auth.setdefault(current, auth.pop(legacy))
    auth_type = str(s.pop("auth_type", "") or _guess_auth_type(auth))
    kind = auth_type.lower()
    if kind in BASIC_AUTH_TYPES and not (auth.get("username") and auth.get("password")):
        raise ConfigError(f"auth_type {auth_type} needs a username and a password")
    if not auth.get("auth_url") and kind not in NO_AUTH_TYPES | BASIC_AUTH_TYPES:
        raise ConfigError(
            f"no auth_url for cloud {name or '(from ' + source + ')'}: set OS_CLOUD and a "
            "clouds.yaml, the OS_* variables, or pass auth_url= (or auth_type='none' "
            "with <service>_endpoint_override=)"
        )
    verify: bool | str = True
    if _truthy(s.pop("insecure", False)) or s.get("verify") is False:
        verify = False
    elif s.get("cacert"):
        verify = str(s["cacert"])
    elif isinstance(s.get("verify"), str):
        verify = str(s["verify"])
    cert: str | tuple[str, str] | None = None
    if s.get("cert"):
        cert = (str(s["cert"]), str(s["key"])) if s.get("key") else str(s["cert"])
    timeout = s.get("timeout", s.get("api_timeout"))
    connect_timeout = float(s.get("connect_timeout", timeout or 10.0))
    read_timeout = float(s.get("read_timeout", timeout or 60.0))
    try:
        retry = Retry.from_value(s["retry"]) if s.get("retry") is not None else Retry()
        if s.get("max_retries") is not None:
            retry = retry.replace(total=int(s["max_retries"]))
        if s.get("retry_post") is not None:
            retry = retry.replace(retry_post=_truthy(s["retry_post"]))
        rate_limit: dict[str, float] = {}
        if s.get("rate_limit") is not None:
            from typedstack.runtime.ratelimit import parse_rate_limit

            rate_limit = parse_rate_limit(s["rate_limit"])
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"cloud {name or '(from ' + source + ')'}: {exc}") from None
    overrides: dict[str, str] = {}
    versions: dict[str, str] = {}
    for key, value in s.items():
        if key.endswith("_endpoint_override") and value:
            overrides[_service_key(key[: -len("_endpoint_override")])] = str(value)
        elif key.endswith("_api_version") and value:
            versions[_service_key(key[: -len("_api_version")])] = str(value)
    return CloudConfig(
        name=name,
        auth=auth,
        auth_type=auth_type,
        region_name=s.get("region_name") or None,
        interface=str(s.get("interface") or "public").replace("URL", ""),
        verify=verify,
        cert=cert,
        connect_timeout=connect_timeout,
        read_timeout=read_timeout,
        endpoint_overrides=overrides,
        api_versions=versions,
        max_retries=retry.total,
        retry_post=retry.retry_post,
        follow_redirects=_truthy(s.get("follow_redirects", True)),
        app_name=s.get("app_name"),
        app_version=s.get("app_version"),
        strict=_truthy(s["strict"]) if "strict" in s else strict_from_env(),
        source=source,
        retry=retry,
        rate_limit=rate_limit,
        token_cache=(
            _truthy(s["token_cache"])
            if "token_cache" in s
            else _truthy(os.environ.get(TOKEN_CACHE_ENV))
        ),
    )


def _service_key(prefix: str) -> str:
    """``block_storage`` / ``volumev3`` style prefixes -> a service type."""
    return prefix.replace("_", "-")


def _guess_auth_type(auth: Mapping[str, Any]) -> str:
    if auth.get("application_credential_secret"):
        return "v3applicationcredential"
    if auth.get("token") and not auth.get("password"):
        return "v3token"
    if auth.get("passcode") and auth.get("password"):
        return "v3multifactor"
    return "password"
