"""SQLite for services whose processes share one database file (Nova, Cinder).

oslo.db opens every SQLite transaction with a plain, deferred ``BEGIN``: a
transaction that reads, then writes, must upgrade its lock, and when another
process writes at the same moment SQLite answers "database is locked" at
once, without waiting (it would deadlock otherwise). With an API, a
scheduler and workers sharing the files, that failed calls at random.
``BEGIN IMMEDIATE`` takes the write lock up front, so transactions queue (up
to the connection timeout).

:data:`SITECUSTOMIZE` is a ``sitecustomize.py`` to put on the services'
``PYTHONPATH``. It must not import SQLAlchemy at start-up: cinder-scheduler
and cinder-volume monkey-patch with eventlet first thing, and modules that
made locks before that would keep native ones. So the listener is added
when oslo.db's engine module is first imported.
"""

from __future__ import annotations

SITECUSTOMIZE = """\
import importlib.abc
import sys


def _typedstack_begin_immediate(conn):
    # class-level listener: runs before oslo.db's own, which then sees the
    # marker it uses and does not send its BEGIN
    if conn.dialect.name != "sqlite" or "in_transaction" in conn.info:
        return
    if conn.connection.dbapi_connection.isolation_level is not None:
        return  # not an oslo.db engine: pysqlite manages transactions
    conn.exec_driver_sql("BEGIN IMMEDIATE")
    conn.info["in_transaction"] = True


class _TypedstackHook(importlib.abc.MetaPathFinder):
    target = "oslo_db.sqlalchemy.engines"

    def find_spec(self, name, path, target=None):
        if name != self.target:
            return None
        sys.meta_path.remove(self)
        import importlib.util

        spec = importlib.util.find_spec(name)
        run = spec.loader.exec_module

        def exec_module(module):
            run(module)
            from sqlalchemy import event
            from sqlalchemy.engine import Engine

            event.listen(Engine, "begin", _typedstack_begin_immediate)

        spec.loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, _TypedstackHook())
"""
