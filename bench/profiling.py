"""``python -m bench.profiling``: where typedstack's time goes, per call and per listed item.

Starts the fake cloud, then runs typedstack's per-call path (``servers.get``)
and listing path (``servers.list``) under cProfile in this process, and bare
requests beside them for reference. Writes ``bench/PROFILE-data.md``: the
functions with the most own time, and the own time grouped by where the code
lives (typedstack runtime, generated code, requests, urllib3, http.client,
msgspec, the rest of the standard library). ``PROFILE.md`` reads these
tables.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import fakedata
from bench.worker import RequestsClient, TypedstackClient

ROOT = Path(__file__).resolve().parent.parent

_GROUPS = (
    ("/runtime/", "typedstack.runtime"),
    ("/generated/", "typedstack (generated)"),
    ("/requests/", "requests"),
    ("/urllib3/", "urllib3"),
    ("http/client.py", "http.client"),
    ("/email/", "email (header parsing)"),
    ("socket.py", "socket"),
    ("/json/", "json"),
    ("bench/", "benchmark code"),
)


def _group(filename: str, funcname: str) -> str:
    for marker, name in _GROUPS:
        if marker in filename:
            return name
    if filename == "~":
        if "msgspec" in funcname or "Decoder" in funcname or "Raw" in funcname:
            return "msgspec (C)"
        if "socket" in funcname or "recv" in funcname or "sendall" in funcname:
            return "socket (C)"
        return "builtins (C)"
    if "/lib/python3" in filename and "site-packages" not in filename:
        return "other stdlib"
    return "other"


def _profile(fn: Callable[[], Any]) -> tuple[pstats.Stats, float]:
    # The default (wall-clock) timer: a CPU-time timer costs a system call per event and
    # skews the shares toward small functions. Waits for the server show as socket time.
    prof = cProfile.Profile()
    started = time.process_time()
    prof.enable()
    fn()
    prof.disable()
    return pstats.Stats(prof), time.process_time() - started


def _tables(title: str, stats: pstats.Stats, units: int, unit: str, top: int = 25) -> list[str]:
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    total = sum(v[2] for v in raw.values())
    groups: dict[str, float] = defaultdict(float)
    for (filename, _line, funcname), (_cc, _nc, tt, _ct, _callers) in raw.items():
        groups[_group(filename, funcname)] += tt
    out = [
        f"### {title}",
        "",
        f"Own time under cProfile: {total / units * 1e6:.1f} µs per {unit} "
        "(wall clock, client and fake server pinned to different CPUs; cProfile inflates "
        "Python-level calls, so compare shares, not absolutes; waits for the server are "
        "in `recv_into`).",
        "",
        "| where | µs per " + unit + " | share |",
        "|---|---:|---:|",
    ]
    for name, tt in sorted(groups.items(), key=lambda kv: -kv[1]):
        out.append(f"| {name} | {tt / units * 1e6:.1f} | {tt / total:.0%} |")
    out += [
        "",
        f"| function | calls per {unit} | own µs per {unit} | cumulative µs per {unit} |",
        "|---|---:|---:|---:|",
    ]
    rows = sorted(raw.items(), key=lambda kv: -kv[1][2])[:top]
    for (filename, line, funcname), (_cc, nc, tt, ct, _callers) in rows:
        where = filename.replace(str(ROOT) + "/", "")
        if "site-packages/" in where:
            where = where.split("site-packages/", 1)[1]
        elif "/lib/python3" in where:
            where = where.split("/lib/python3", 1)[1].split("/", 1)[-1]
        out.append(
            f"| `{where}:{line}({funcname})` | {nc / units:.2f} | {tt / units * 1e6:.2f} | "
            f"{ct / units * 1e6:.2f} |"
        )
    return [*out, ""]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.profiling", description=__doc__)
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "PROFILE-data.md")
    args = parser.parse_args(argv)
    env = {k: v for k, v in os.environ.items() if not k.startswith("OS_")}
    pin = len(os.sched_getaffinity(0)) >= 2 if hasattr(os, "sched_getaffinity") else False
    cpus = sorted(os.sched_getaffinity(0)) if pin else []
    server = subprocess.Popen(
        [sys.executable, "-m", "bench.fakeserver", "--servers", str(args.items)]
        + (["--cpu", str(cpus[-1])] if pin else []),
        cwd=ROOT,
        env={**env, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        text=True,
    )
    if pin:
        os.sched_setaffinity(0, {cpus[0]})
    try:
        assert server.stdout is not None
        cfg = {"ports": json.loads(server.stdout.readline())["ports"]}
        target = fakedata.server_id(7)
        sections = [
            "# Profile data",
            "",
            f"Written by `python -m bench.profiling` ({args.calls:,} calls, "
            f"{args.items:,} listed servers in pages of 1,000). Read by PROFILE.md.",
            "",
        ]
        for client_cls in (TypedstackClient, RequestsClient):
            client = client_cls(cfg)
            for _ in range(50):
                client.get_server(target)

            def calls(c: Any = client) -> None:
                for _ in range(args.calls):
                    c.get_server(target)

            def listing(c: Any = client) -> None:
                count = sum(1 for _ in c.list_servers(1000))
                assert count == args.items, count

            name = client_cls.name
            stats, _cpu = _profile(calls)
            sections += _tables(f"{name}: per call (`get_server`)", stats, args.calls, "call")
            stats, _cpu = _profile(listing)
            sections += _tables(f"{name}: listing", stats, args.items, "item")
        args.out.write_text("\n".join(sections).rstrip() + "\n")
        print(f"wrote {args.out}", file=sys.stderr)
    finally:
        server.terminate()
        server.wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
