"""Choosing an endpoint from the service catalog."""

from __future__ import annotations

from collections.abc import Sequence

from typedstack.runtime.auth import CatalogService
from typedstack.runtime.errors import EndpointNotFound

_INTERFACES = {"public", "internal", "admin"}


def select_endpoint(
    catalog: Sequence[CatalogService],
    service_types: Sequence[str],
    *,
    interface: str = "public",
    region: str | None = None,
    name: str | None = None,
) -> str:
    """The one URL for a service type (or its aliases), interface and region.

    Raises :class:`EndpointNotFound` when nothing matches, naming what the
    catalog does have, or when several different URLs match.
    """
    interface = interface.replace("URL", "")
    if interface not in _INTERFACES:
        raise EndpointNotFound(f"interface {interface!r} is not one of public, internal, admin")
    for service_type in service_types:
        urls = sorted(
            {
                ep.url
                for svc in catalog
                if svc.type == service_type and (name is None or svc.name == name)
                for ep in svc.endpoints
                if ep.interface == interface
                and (region is None or region in (ep.region_id, ep.region))
            }
        )
        if len(urls) == 1:
            return urls[0]
        if len(urls) > 1:
            raise EndpointNotFound(
                f"{len(urls)} {interface} endpoints match service type {service_type!r}"
                f"{' in region ' + region if region else ''}: {', '.join(urls)}; "
                "choose one with region= or name="
            )
    available = sorted(
        {
            f"{svc.type} ({ep.interface}, {ep.region_id or ep.region})"
            for svc in catalog
            for ep in svc.endpoints
        }
    )
    wanted = " / ".join(service_types)
    raise EndpointNotFound(
        f"no {interface} endpoint for {wanted}"
        f"{' named ' + name if name else ''}{' in region ' + region if region else ''}; "
        f"the catalog has: {', '.join(available) or 'nothing'}"
    )
