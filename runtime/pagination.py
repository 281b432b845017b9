"""Lazy iteration over paginated listings.

OpenStack services paginate in one of three ways, and a spec names which:

``links``
    a list of ``{"rel": "next", "href": ...}`` beside the items
    (``servers_links``: Nova, Neutron, Cinder);
``next``
    a URL or path at a dotted key (``next``: Glance; ``links.next``: Keystone);
``marker``
    no links: ask again with ``marker=<last item's id>`` until a page is empty
    or shorter than ``limit`` (Swift, some Nova lists).

A :class:`Pager` holds one page at a time, so memory does not grow with the
size of the listing; ``limit`` in the options sets the page size. Where a
service reports the size of the whole listing beside a page (``count`` with
Cinder's ``with_count``, Designate's ``metadata.total_count``), the spec names
it (``count_key``) and :attr:`Pager.total` holds it once a page was read.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import urljoin, urlsplit

import msgspec

from typedstack.runtime.decoding import decode_items
from typedstack.runtime.models import Model

if TYPE_CHECKING:
    from typedstack.runtime.service import ServiceClient

T = TypeVar("T")


@dataclass(frozen=True)
class PageStyle:
    """How a listing links its pages (see the module docstring)."""

    style: str = "none"
    links_key: str | None = None
    next_key: str | None = None
    marker_field: str | None = None
    count_key: str | None = None
    item_key: str | None = None  # each item wrapped in {item_key: {...}}

    @property
    def page_keys(self) -> tuple[str, ...]:
        keys: list[str] = []
        if self.style == "links" and self.links_key:
            keys.append(self.links_key)
        if self.style == "next" and self.next_key:
            keys.append(self.next_key.split(".")[0])
        if self.count_key and self.count_key.split(".")[0] not in keys:
            keys.append(self.count_key.split(".")[0])
        return tuple(keys)


SINGLE_PAGE = PageStyle()


class Pager(Generic[T]):
    """An iterable over every item of a listing, fetching pages as needed.

    Iterating twice lists twice (two sets of requests). ``pages()`` yields
    whole pages instead of items.
    """

    def __init__(
        self,
        client: ServiceClient,
        url: str,
        params: list[tuple[str, str]] | None,
        ok: Sequence[int],
        item_type: type[T],
        key: str | None,
        style: PageStyle,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.client = client
        self.url = url
        self.params = params
        self.ok = ok
        self.item_type = item_type
        self.key = key
        self.style = style
        self.headers = headers
        #: the size of the whole listing, when the service reports it (see ``count_key``)
        self.total: int | None = None
        #: the generated function that made the listing, for hooks and tracing
        self.operation: str | None = None

    def __repr__(self) -> str:
        return f"Pager({self.item_type.__name__}, {self.url!r})"

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page

    def pages(self) -> Iterator[list[T]]:
        """Yield one decoded page at a time."""
        url: str | None = self.url
        params = self.params
        limit = _limit(params)
        previous = self.url + repr(params)  # the page being read; one linking to itself ends it
        while url is not None:
            response = self.client.provider.request(
                "GET",
                url,
                ok=self.ok,
                params=params,
                headers=self.headers,
                context=self.client.context,
                operation=self.operation,
            )
            if response.status_code == 204:  # Swift: an empty listing has no body at all
                return
            items, page = decode_items(
                response.content,
                self.item_type,
                self.key,
                "GET",
                url,
                self.client.microversion,
                self.style.page_keys,
                self.client.provider.strict,
                self.style.item_key,
            )
            if self.style.count_key:
                count = _dotted(page, self.style.count_key)
                if isinstance(count, int):
                    self.total = count
            if items:
                yield items
            url, params = self._next(url, params, items, page, limit)
            _release_page(items)
            if url is not None:
                marker = url + repr(params)
                if marker == previous:  # a server that links a page to itself
                    return
                previous = marker

    def _next(
        self,
        url: str,
        params: list[tuple[str, str]] | None,
        items: list[T],
        page: dict[str, Any],
        limit: int | None,
    ) -> tuple[str | None, list[tuple[str, str]] | None]:
        style = self.style
        if not items:
            return None, None
        if style.style == "links":
            for link in page.get(style.links_key or "") or []:
                if isinstance(link, dict) and link.get("rel") == "next" and link.get("href"):
                    return self._absolute(str(link["href"])), None
            return None, None
        if style.style == "next":
            value = _dotted(page, style.next_key or "")
            if isinstance(value, str) and value:
                return self._absolute(value), None
            return None, None
        if style.style == "marker":
            if limit is not None and len(items) < limit:
                return None, None
            marker = _marker(items[-1], style.marker_field or "id")
            if marker is None:
                return None, None
            rest = [(k, v) for k, v in (params or []) if k != "marker"]
            return url, [*rest, ("marker", str(marker))]
        return None, None

    def _absolute(self, link: str) -> str:
        """Resolve a next link; a bare path is taken from the service's root."""
        if urlsplit(link).scheme:
            return link
        base = self.client.endpoint
        if link.startswith("/"):
            prefix = self.client.info.version_prefix
            if prefix and link.lstrip("/").startswith(prefix):
                base_path = urlsplit(base).path
                cut = base_path.find("/" + prefix)
                root = base[: len(base) - len(base_path) + cut] if cut >= 0 else base
                return root.rstrip("/") + link
        return urljoin(base.rstrip("/") + "/", link)


def _release_page(items: list[Any]) -> None:
    """Let the models a caller kept from a page stop pinning the whole page.

    A decoded model refers to its page's bytes for ``extra`` and
    ``to_dict()``; one still referenced from outside (more references than
    this list, the loop variable and the call's argument) gets a copy of
    its own JSON instead, so keeping a few items of a long listing keeps a
    few objects' worth of memory, not their pages.
    """
    for item in items:
        if isinstance(item, Model) and sys.getrefcount(item) > 3:
            item.detach()


def _limit(params: list[tuple[str, str]] | None) -> int | None:
    for key, value in params or []:
        if key == "limit" and value.isdigit():
            return int(value)
    return None


def _marker(item: Any, fields: str) -> Any:
    """The item's marker: the first of ``fields`` ("name | subdir") that it carries."""
    for field in (f.strip() for f in fields.split("|")):
        value = item.get(field) if isinstance(item, dict) else getattr(item, field, None)
        if value is not None and value is not msgspec.UNSET:
            return value
    return None


def _dotted(page: dict[str, Any], path: str) -> Any:
    """The value at a dotted key of a page (``links.next``), or None."""
    value: Any = page
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value
