"""A requests transport adapter that records requests and replays canned answers.

Used to check the exact request a generated function sends (method, URL,
query, headers, body) and how it decodes a realistic response, for
operations a local service cannot serve. Everything else is tested against
the real services.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import requests
from requests.adapters import BaseAdapter
from requests.structures import CaseInsensitiveDict

import typedstack
from typedstack.runtime.auth import CatalogEndpoint, CatalogService, Token
from typedstack.runtime.config import load_config


@dataclass
class Recorded:
    method: str
    url: str
    path: str
    query: list[tuple[str, str]]
    headers: Mapping[str, str]
    body: bytes | None

    @property
    def json(self) -> Any:
        return json.loads(self.body or b"null")


@dataclass
class Recorder(BaseAdapter):
    """Answers every request with the next canned response."""

    answers: list[tuple[int, Any, dict[str, str]]] = field(default_factory=list)
    seen: list[Recorded] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__()

    def reply(self, status: int, body: Any = None, headers: dict[str, str] | None = None) -> None:
        self.answers.append((status, body, headers or {}))

    def send(  # type: ignore[override]
        self, request: requests.PreparedRequest, **kwargs: Any
    ) -> requests.Response:
        parts = urlsplit(request.url or "")
        body = request.body
        if isinstance(body, str):
            body = body.encode()
        self.seen.append(
            Recorded(
                method=request.method or "",
                url=request.url or "",
                path=parts.path,
                query=parse_qsl(parts.query, keep_blank_values=True),
                headers=dict(request.headers),
                body=body if isinstance(body, bytes | type(None)) else b"<stream>",
            )
        )
        status, payload, headers = self.answers.pop(0) if self.answers else (204, None, {})
        response = requests.Response()
        response.status_code = status
        response.url = request.url or ""
        response.request = request
        content = (
            payload
            if isinstance(payload, bytes)
            else (b"" if payload is None else json.dumps(payload).encode())
        )
        response._content = content
        response._content_consumed = True  # type: ignore[attr-defined]
        response.headers = CaseInsensitiveDict(
            {"Content-Type": "application/json", "x-openstack-request-id": "req-1", **headers}
        )
        return response

    def close(self) -> None:
        pass


def provider_with(recorder: Recorder, catalog: dict[str, str]) -> typedstack.ProviderClient:
    """A provider holding a fake token whose catalog maps service type -> URL."""
    import datetime

    config = load_config(auth_url="http://keystone.test/v3", token="tok")
    session = requests.Session()
    session.mount("http://", recorder)
    provider = typedstack.ProviderClient(config, session=session)
    provider._token = Token(
        value="tok-value",
        expires_at=datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=1),
        user_id="u1",
        project_id="p1",
        catalog=[
            CatalogService(
                type=kind, endpoints=[CatalogEndpoint(url=url, interface="public", region_id="R1")]
            )
            for kind, url in catalog.items()
        ],
    )
    return provider
