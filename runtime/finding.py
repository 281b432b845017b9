"""Finding a resource by name or ID: what the generated ``find`` functions call."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from typedstack.runtime.errors import BadRequest, MultipleMatches, NotFound

T = TypeVar("T")
I = TypeVar("I")  # noqa: E741


def find(
    name_or_id: str,
    *,
    by_id: Callable[[str], T],
    by_name: Callable[[str], Iterable[I]],
    name_of: Callable[[I], object],
    id_of: Callable[[I], object],
    refetch: Callable[[I], T] | None = None,
    what: str = "resource",
) -> T:
    """The resource whose ID is ``name_or_id``, else the one with that exact name.

    ``by_id`` is tried first (a 404, or a 400 from a service that checks the
    ID's format, means "not an ID"); then ``by_name`` lists candidates
    (services filter names loosely: Nova's filter is a regular expression),
    and only exact matches count. None raises :class:`NotFound`; several
    raise :class:`MultipleMatches` naming every ID. ``refetch`` turns a
    listed item into the full resource when the listing shows less.
    """
    try:
        return by_id(name_or_id)
    except (NotFound, BadRequest) as exc:
        missing = exc
    matches = [item for item in by_name(name_or_id) if name_of(item) == name_or_id]
    if len(matches) > 1:
        raise MultipleMatches(what, name_or_id, [str(id_of(m)) for m in matches])
    if not matches:
        raise NotFound(
            missing.method,
            missing.url,
            404,
            f"no {what} has the ID or name {name_or_id!r}",
            missing.request_id,
        )
    if refetch is not None:
        return refetch(matches[0])
    found: T = matches[0]  # type: ignore[assignment]
    return found
