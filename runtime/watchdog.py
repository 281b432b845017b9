"""Bounding the wait for a response's status line and headers.

A socket read timeout bounds each wait for data, so a server that sends
one byte just often enough can hold a request for ever. The connections
typedstack's sessions use arm a deadline before reading a response's
head; one shared thread shuts the socket of any connection still reading
when its deadline passes, which ends the request with a connection error.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import socket
import threading
import time
from typing import Any

from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool


class _Watchdog:
    """One daemon thread shutting the sockets whose deadline has passed."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._heap: list[list[Any]] = []
        self._order = itertools.count()
        self._thread: threading.Thread | None = None

    def arm(self, seconds: float, sock: socket.socket) -> list[Any]:
        entry = [time.monotonic() + seconds, next(self._order), sock, True, False]
        with self._cond:
            heapq.heappush(self._heap, entry)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="typedstack-watchdog", daemon=True
                )
                self._thread.start()
            elif self._heap[0] is entry:
                self._cond.notify()
        return entry

    @staticmethod
    def disarm(entry: list[Any]) -> None:
        entry[3] = False

    def _run(self) -> None:
        while True:
            with self._cond:
                while self._heap and not self._heap[0][3]:
                    heapq.heappop(self._heap)
                if not self._heap:
                    self._cond.wait()
                    continue
                wait = self._heap[0][0] - time.monotonic()
                if wait > 0:
                    self._cond.wait(wait)
                    continue
                entry = heapq.heappop(self._heap)
            if entry[3]:
                entry[4] = True  # fired: the reader reports a timeout
                with contextlib.suppress(OSError):  # already closed
                    entry[2].shutdown(socket.SHUT_RDWR)


WATCHDOG = _Watchdog()


class _BoundedHead:
    """Mixin: the response head must arrive within the read timeout, in total."""

    sock: socket.socket | None

    def getresponse(self, *args: Any, **kwargs: Any) -> Any:
        sock = self.sock
        limit = sock.gettimeout() if sock is not None else None
        if sock is None or not limit:
            return super().getresponse(*args, **kwargs)  # type: ignore[misc]
        entry = WATCHDOG.arm(limit, sock)
        try:
            return super().getresponse(*args, **kwargs)  # type: ignore[misc]
        except Exception:
            if entry[4]:
                # urllib3 turns this into its read timeout error
                raise TimeoutError("the response head did not arrive within the timeout") from None
            raise
        finally:
            WATCHDOG.disarm(entry)


class BoundedHTTPConnection(_BoundedHead, HTTPConnection):
    pass


class BoundedHTTPSConnection(_BoundedHead, HTTPSConnection):
    pass


class BoundedHTTPConnectionPool(HTTPConnectionPool):
    ConnectionCls = BoundedHTTPConnection


class BoundedHTTPSConnectionPool(HTTPSConnectionPool):
    ConnectionCls = BoundedHTTPSConnection


POOL_CLASSES = {"http": BoundedHTTPConnectionPool, "https": BoundedHTTPSConnectionPool}
