"""``TYPEDSTACK_LOG=debug|info``: log each request to stderr without any code change.

Read once, when ``typedstack`` is imported. Unset (or any other value), nothing
is configured: the ``typedstack`` loggers are left to the application. Set, a
stderr handler is added to the ``typedstack`` logger at that level, and each
request is logged on ``typedstack.http`` as ``METHOD URL -> STATUS in T ms
[request id]`` at that level (``debug`` adds retries, waits and
re-authentication). Headers and bodies are never logged.
"""

from __future__ import annotations

import logging
import os
import sys

ENV = "TYPEDSTACK_LOG"
#: the level request lines are logged at (INFO under TYPEDSTACK_LOG=info)
REQUEST_LEVEL = logging.DEBUG


def configure_from_env() -> None:
    """Apply ``$TYPEDSTACK_LOG`` (called once, at import)."""
    global REQUEST_LEVEL
    value = os.environ.get(ENV, "").strip().lower()
    if value not in ("debug", "info"):
        return
    level = logging.DEBUG if value == "debug" else logging.INFO
    REQUEST_LEVEL = level
    logger = logging.getLogger("typedstack")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.set_name(ENV)
    if not any(h.get_name() == ENV for h in logger.handlers):
        logger.addHandler(handler)
    logger.setLevel(level)
