"""Keystone v3 authentication: building the request, reading the token.

Supported methods: password (user id, or name + user domain), token,
application credential (id, or name + user), TOTP, and their combinations
(``v3multifactor``). Scopes: project (id, or name + domain), domain, system,
or none. The secret values are only ever placed in the request body.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import msgspec

from typedstack.runtime.errors import AuthError

_PASSWORD_TYPES = {"password", "v3password"}
_TOKEN_TYPES = {"token", "v3token"}
_APPCRED_TYPES = {"v3applicationcredential", "applicationcredential", "application_credential"}
_TOTP_TYPES = {"v3totp", "totp"}
_MULTI_TYPES = {"v3multifactor", "multifactor"}


class CatalogEndpoint(msgspec.Struct, kw_only=True):
    url: str
    interface: str = ""
    region_id: str | None = None
    region: str | None = None
    id: str = ""


class CatalogService(msgspec.Struct, kw_only=True):
    type: str
    name: str = ""
    id: str = ""
    endpoints: list[CatalogEndpoint] = msgspec.field(default_factory=list)


class _Named(msgspec.Struct, kw_only=True):
    id: str = ""
    name: str = ""


class _TokenBody(msgspec.Struct, kw_only=True):
    expires_at: datetime.datetime
    issued_at: datetime.datetime | None = None
    methods: list[str] = msgspec.field(default_factory=list)
    user: _Named | None = None
    project: _Named | None = None
    domain: _Named | None = None
    system: dict[str, Any] | None = None
    roles: list[_Named] = msgspec.field(default_factory=list)
    catalog: list[CatalogService] = msgspec.field(default_factory=list)


class _TokenResponse(msgspec.Struct):
    token: _TokenBody


@dataclass(repr=False)
class Token:
    """A Keystone token and what came with it. Its repr never shows the token."""

    value: str
    expires_at: datetime.datetime
    user_id: str = ""
    project_id: str | None = None
    project_name: str | None = None
    domain_id: str | None = None
    system: bool = False
    roles: list[str] = field(default_factory=list)
    catalog: list[CatalogService] = field(default_factory=list)

    def __repr__(self) -> str:
        scope = (
            f"project={self.project_id}"
            if self.project_id
            else (
                f"domain={self.domain_id}"
                if self.domain_id
                else "system" if self.system else "unscoped"
            )
        )
        return f"Token(user={self.user_id}, {scope}, expires_at={self.expires_at.isoformat()})"

    def seconds_left(self, now: datetime.datetime | None = None) -> float:
        now = now or datetime.datetime.now(datetime.timezone.utc)
        return (self.expires_at - now).total_seconds()


def parse_token(subject_token: str | None, body: bytes) -> Token:
    """Read Keystone's ``POST /v3/auth/tokens`` reply."""
    if not subject_token:
        raise AuthError("Keystone answered without an X-Subject-Token header")
    if not body.strip():
        raise AuthError("Keystone's token response has an empty body")
    try:
        data = msgspec.json.decode(body, type=_TokenResponse).token
    except msgspec.DecodeError as exc:
        raise AuthError(f"Keystone's token response is unusable: {exc}") from None
    expires = data.expires_at
    if expires.tzinfo is None:
        expires = expires.replace(tzinfo=datetime.timezone.utc)
    return Token(
        value=subject_token,
        expires_at=expires,
        user_id=data.user.id if data.user else "",
        project_id=data.project.id if data.project else None,
        project_name=data.project.name if data.project else None,
        domain_id=data.domain.id if data.domain else None,
        system=data.system is not None,
        roles=[r.name for r in data.roles],
        catalog=data.catalog,
    )


def _domain(auth: Mapping[str, Any], prefix: str) -> dict[str, str] | None:
    if auth.get(f"{prefix}_domain_id"):
        return {"id": str(auth[f"{prefix}_domain_id"])}
    if auth.get(f"{prefix}_domain_name"):
        return {"name": str(auth[f"{prefix}_domain_name"])}
    if auth.get("default_domain_id"):
        return {"id": str(auth["default_domain_id"])}
    if auth.get("default_domain_name"):
        return {"name": str(auth["default_domain_name"])}
    return None


def _user(auth: Mapping[str, Any]) -> dict[str, Any]:
    if auth.get("user_id"):
        return {"id": str(auth["user_id"])}
    if auth.get("username"):
        user: dict[str, Any] = {"name": str(auth["username"])}
        domain = _domain(auth, "user")
        if domain is None:
            raise AuthError("a user name needs user_domain_name or user_domain_id")
        user["domain"] = domain
        return user
    raise AuthError("no user: set username (with user_domain_name) or user_id")


def _require(auth: Mapping[str, Any], key: str, method: str) -> str:
    value = auth.get(key)
    if not value:
        raise AuthError(f"{method} authentication needs {key}")
    return str(value)


def identity_methods(auth_type: str, auth: Mapping[str, Any]) -> dict[str, Any]:
    """The ``identity`` part of the auth request for ``auth_type``."""
    kind = auth_type.lower()
    methods: list[str] = []
    out: dict[str, Any] = {}
    if kind in _PASSWORD_TYPES | _MULTI_TYPES and auth.get("password") is not None:
        methods.append("password")
        out["password"] = {
            "user": {**_user(auth), "password": _require(auth, "password", "password")}
        }
    if kind in _TOTP_TYPES | _MULTI_TYPES and auth.get("passcode"):
        methods.append("totp")
        out["totp"] = {"user": {**_user(auth), "passcode": str(auth["passcode"])}}
    if kind in _TOKEN_TYPES:
        methods.append("token")
        out["token"] = {"id": _require(auth, "token", "token")}
    if kind in _APPCRED_TYPES:
        methods.append("application_credential")
        secret = _require(auth, "application_credential_secret", "application credential")
        if auth.get("application_credential_id"):
            cred: dict[str, Any] = {"id": str(auth["application_credential_id"])}
        elif auth.get("application_credential_name"):
            cred = {"name": str(auth["application_credential_name"]), "user": _user(auth)}
        else:
            raise AuthError(
                "application credential authentication needs application_credential_id, "
                "or application_credential_name with the user"
            )
        cred["secret"] = secret
        out["application_credential"] = cred
    if not methods:
        known = sorted(
            _PASSWORD_TYPES | _TOKEN_TYPES | _APPCRED_TYPES | _TOTP_TYPES | _MULTI_TYPES
        )
        raise AuthError(
            f"auth type {auth_type!r} with these credentials gives no method "
            f"(supported: {', '.join(known)})"
        )
    return {"methods": methods, **out}


def scope(auth: Mapping[str, Any]) -> dict[str, Any] | str | None:
    """The ``scope`` part of the auth request, or None for an unscoped token."""
    if auth.get("system_scope"):
        return {"system": {str(auth["system_scope"]): True}}
    if auth.get("project_id"):
        return {"project": {"id": str(auth["project_id"])}}
    if auth.get("project_name"):
        domain = _domain(auth, "project")
        if domain is None:
            raise AuthError("a project name needs project_domain_name or project_domain_id")
        return {"project": {"name": str(auth["project_name"]), "domain": domain}}
    if auth.get("domain_id"):
        return {"domain": {"id": str(auth["domain_id"])}}
    if auth.get("domain_name"):
        return {"domain": {"name": str(auth["domain_name"])}}
    if auth.get("trust_id"):
        return {"OS-TRUST:trust": {"id": str(auth["trust_id"])}}
    if auth.get("unscoped"):
        return "unscoped"
    return None


def auth_request(auth_type: str, auth: Mapping[str, Any]) -> dict[str, Any]:
    """The whole ``POST /v3/auth/tokens`` body."""
    identity = identity_methods(auth_type, auth)
    body: dict[str, Any] = {"identity": identity}
    # An application credential is bound to its own project: Keystone
    # refuses a scope beside it.
    chosen = None if "application_credential" in identity else scope(auth)
    if chosen is not None:
        body["scope"] = chosen
    return {"auth": body}
