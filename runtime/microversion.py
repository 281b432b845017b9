"""Microversions: parsing, comparing and negotiating ``X.Y`` versions."""

from __future__ import annotations

import functools
from typing import NamedTuple

from typedstack.runtime.errors import MicroversionError


class Version(NamedTuple):
    """A microversion; compares as a tuple, prints as ``2.79``."""

    major: int
    minor: int

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}"


@functools.lru_cache(maxsize=256)
def parse_version(text: str) -> Version:
    """``"2.79"`` -> ``Version(2, 79)``; a clear error for anything else."""
    major, sep, minor = str(text).strip().partition(".")
    if not sep or not major.isdigit() or not minor.isdigit():
        raise MicroversionError(f"{text!r} is not a microversion (expected X.Y, e.g. 2.79)")
    return Version(int(major), int(minor))


def negotiate(
    client_min: Version, client_max: Version, server_min: Version, server_max: Version
) -> Version:
    """The highest version both sides support."""
    best = min(client_max, server_max)
    if best < max(client_min, server_min):
        raise MicroversionError(
            f"no common microversion: this SDK speaks {client_min} to {client_max}, "
            f"the server {server_min} to {server_max}"
        )
    return best
