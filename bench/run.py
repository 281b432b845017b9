"""``python -m bench``: every workload, every client, one run; writes RESULTS.md.

The fake cloud (:mod:`bench.fakeserver`) runs in its own process, pinned to
the last CPU; each measurement runs in a fresh worker process
(:mod:`bench.worker`) pinned to CPU 0, clients interleaved run by run so a
slow moment of the machine does not fall on one client only.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from bench import report
from bench.worker import CLIENTS

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
MiB = 1024 * 1024

IMPORTS = {
    "typedstack": "import typedstack; from typedstack.compute.v2 import servers",
    "requests": "import requests",
    "httpclient": "import http.client, json",
    "openstacksdk": "import openstack",
}


@dataclass
class Plan:
    """What one run measures; ``--quick`` shrinks every count."""

    mode: str
    runs: int
    calls: int
    list_sizes: tuple[int, ...]
    limit: int
    sdk_list_max: int
    threads: int
    thread_calls: int
    sdk_thread_calls: int
    reauth_rounds: int
    networks: int
    stream_size: int
    regen_runs: int

    @classmethod
    def full(cls, runs: int) -> Plan:
        return cls(
            mode="full",
            runs=runs,
            calls=2000,
            list_sizes=(10_000, 100_000),
            limit=1000,
            sdk_list_max=10_000,
            threads=8,
            thread_calls=250,
            sdk_thread_calls=50,
            reauth_rounds=100,
            networks=5_000,
            stream_size=1280 * MiB,
            regen_runs=runs,
        )

    @classmethod
    def quick(cls, runs: int) -> Plan:
        return cls(
            mode="quick",
            runs=runs,
            calls=200,
            list_sizes=(500, 2_500),
            limit=250,
            sdk_list_max=500,
            threads=8,
            thread_calls=40,
            sdk_thread_calls=10,
            reauth_rounds=20,
            networks=2_000,
            stream_size=32 * MiB,
            regen_runs=1,
        )


@dataclass
class Results:
    plan: Plan
    ports: dict[str, int] = field(default_factory=dict)
    # workload key -> client -> list of per-run result dicts
    runs: dict[str, dict[str, list[dict[str, Any]]]] = field(default_factory=dict)
    skipped: dict[str, dict[str, str]] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    load: dict[str, float] = field(default_factory=dict)  # 1-minute load average after each
    machine: dict[str, Any] = field(default_factory=dict)

    def add(self, key: str, client: str, result: dict[str, Any]) -> None:
        if "skipped" in result:
            self.skipped.setdefault(key, {})[client] = str(result["skipped"])
            return
        self.runs.setdefault(key, {}).setdefault(client, []).append(result)

    def skip(self, key: str, client: str, why: str) -> None:
        self.skipped.setdefault(key, {})[client] = why


def _pin(cpu: int | None) -> Any:
    if cpu is None or not hasattr(os, "sched_setaffinity"):
        return None

    def pin() -> None:
        os.sched_setaffinity(0, {cpu})

    return pin


class Bench:
    def __init__(self, plan: Plan, *, verbose: bool) -> None:
        self.plan = plan
        self.verbose = verbose
        cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
        self.client_cpu = cpus[0] if len(cpus) >= 2 else None
        self.server_cpu = cpus[-1] if len(cpus) >= 2 else None
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("OS_")}
        self.env["PYTHONPATH"] = str(ROOT)
        self.results = Results(plan)
        # openstacksdk is an extra (bench/requirements.txt): without it, its column is n/a.
        self.missing = {
            client: f"{client} is not installed (pip install -r bench/requirements.txt)"
            for client, module in (("openstacksdk", "openstack"),)
            if importlib.util.find_spec(module) is None
        }
        self.clients = tuple(c for c in CLIENTS if c not in self.missing)
        self.server: subprocess.Popen[str] | None = None
        self.tmp = Path(tempfile.mkdtemp(prefix="typedstack-bench-"))

    def log(self, text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    # ------------------------------------------------------------ the server

    def start_server(self) -> None:
        cmd = [
            sys.executable,
            "-m",
            "bench.fakeserver",
            "--servers",
            str(max(self.plan.list_sizes)),
            "--networks",
            str(self.plan.networks),
            "--stream-size",
            str(self.plan.stream_size),
        ]
        if self.server_cpu is not None:
            cmd += ["--cpu", str(self.server_cpu)]
        self.server = subprocess.Popen(
            cmd, cwd=ROOT, env=self.env, stdout=subprocess.PIPE, text=True
        )
        assert self.server.stdout is not None
        line = self.server.stdout.readline()
        if not line:
            raise RuntimeError("the fake server did not start")
        info = json.loads(line)
        self.results.ports = info["ports"]
        self.results.timings["server_render_s"] = info["render_seconds"]
        self.log(f"fake cloud on {info['ports']} (pid {info['pid']})")

    def control(self, method: str, path: str) -> dict[str, Any]:
        import http.client

        conn = http.client.HTTPConnection("127.0.0.1", self.results.ports["control"], timeout=10)
        try:
            conn.request(method, path)
            data: dict[str, Any] = json.loads(conn.getresponse().read())
            return data
        finally:
            conn.close()

    def stop_server(self) -> None:
        if self.server is None:
            return
        try:
            self.control("POST", "/quit")
            self.server.wait(timeout=10)
        except Exception:  # stop it whatever went wrong
            self.server.kill()
            self.server.wait()
        self.server = None

    # -------------------------------------------------------------- workers

    def worker(self, client: str, workload: str, cfg: dict[str, Any]) -> dict[str, Any]:
        cfg = {"ports": self.results.ports, **cfg}
        cmd = [sys.executable, "-m", "bench.worker", client, workload, json.dumps(cfg)]
        started = time.perf_counter()
        proc = subprocess.run(
            cmd,
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            preexec_fn=_pin(self.client_cpu),
            timeout=1800,
        )
        elapsed = time.perf_counter() - started
        lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")]
        if proc.returncode != 0 or not lines:
            raise RuntimeError(
                f"{client} {workload} failed ({proc.returncode}):\n{proc.stderr[-3000:]}"
            )
        result: dict[str, Any] = json.loads(lines[-1][len("RESULT ") :])
        result["process_s"] = elapsed
        return result

    def measure(
        self,
        key: str,
        workload: str,
        cfg: dict[str, Any],
        clients: tuple[str, ...] | None = None,
        before_each: tuple[tuple[str, str], ...] = (),
    ) -> None:
        """Run ``workload`` for every client, ``runs`` times, interleaved."""
        started = time.perf_counter()
        clients = self.clients if clients is None else clients
        self._note_missing(key)
        for run in range(self.plan.runs):
            order = clients[run % len(clients) :] + clients[: run % len(clients)]
            for client in order:
                client_cfg = cfg.get(client, cfg.get("*", {}))
                for method, path in before_each:
                    self.control(method, path)
                result = self.worker(client, workload, client_cfg)
                self.results.add(key, client, result)
                if self.verbose:
                    self.log(f"  {key} {client} run {run + 1}: {_short(result)}")
        self.section_done(key, started)

    def _note_missing(self, key: str) -> None:
        for client, why in self.missing.items():
            self.results.skip(key, client, why)

    def section_done(self, key: str, started: float) -> None:
        self.results.timings[key] = time.perf_counter() - started
        self.results.load[key] = _loadavg()
        self.log(f"{key}: {time.perf_counter() - started:.1f} s (load {_loadavg():.2f})")

    # ------------------------------------------------------------ workloads

    def imports(self) -> None:
        """``python -X importtime -c "<import>"``: sum of the top-level cumulative times."""
        started = time.perf_counter()
        for client in self.clients:  # one untimed run each: byte code is compiled
            self._importtime(IMPORTS[client])
        self._note_missing("import")
        clients = self.clients
        # Imports are cheap and, being wall time, sensitive to other processes: 3x the runs.
        for run in range(self.plan.runs * 3):
            order = clients[run % len(clients) :] + clients[: run % len(clients)]
            for client in order:
                total, cpu, top = self._importtime(IMPORTS[client])
                self.results.add(
                    "import",
                    client,
                    {"import_ms": total / 1000, "import_cpu_ms": cpu * 1000, "top": top},
                )
        self.section_done("import", started)

    def _importtime(self, stmt: str) -> tuple[int, float, list[tuple[str, int]]]:
        """(µs summed over the top-level imports, CPU seconds of the import, top self times)."""
        code = (
            "import sys, time; sys.stderr.write('@@BENCH\\n'); c = time.process_time(); "
            f"{stmt}; sys.stderr.write(f'@@CPU {{time.process_time() - c}}\\n')"
        )
        proc = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", code],
            cwd=self.tmp,
            env=self.env,
            capture_output=True,
            text=True,
            preexec_fn=_pin(self.client_cpu),
            check=True,
        )
        after, cpu_text = proc.stderr.split("@@BENCH\n", 1)[1].split("@@CPU ", 1)
        total = 0
        selfs: list[tuple[str, int]] = []
        for line in after.splitlines():
            m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \| ( *)(\S+)", line)
            if not m:
                continue
            if not m.group(3):
                total += int(m.group(2))
            selfs.append((m.group(4), int(m.group(1))))
        selfs.sort(key=lambda x: -x[1])
        return total, float(cpu_text.split()[0]), selfs[:12]

    def regeneration(self) -> None:
        started = time.perf_counter()
        for _run in range(self.plan.regen_runs):
            out = self.tmp / "regen"
            t0 = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "generator", "--out", str(out)],
                cwd=ROOT,
                env=self.env,
                capture_output=True,
                check=True,
            )
            seconds = time.perf_counter() - t0
            files = sum(1 for _ in out.rglob("*.py"))
            shutil.rmtree(out)
            self.results.add("regen", "typedstack", {"seconds": seconds, "modules": files})
        self.section_done("regen", started)

    def streaming(self) -> None:
        size = self.plan.stream_size
        # tmpfs when it has room: the figures then measure the client, not the disk.
        folder = self.tmp
        shm = Path("/dev/shm")
        if shm.is_dir() and shutil.disk_usage(shm).free > 3 * size + 256 * MiB:
            folder = Path(tempfile.mkdtemp(prefix="typedstack-bench-", dir=shm))
        self.results.machine["stream_folder"] = (
            "tmpfs (/dev/shm)" if folder != self.tmp else f"disk ({self.tmp})"
        )
        source = folder / "image.bin"
        block = os.urandom(MiB)
        with open(source, "wb") as handle:
            for _ in range(size // MiB):
                handle.write(block)
            handle.write(block[: size % MiB])
        self.control("POST", f"/stream-size?bytes={size}")
        for direction in ("up", "down"):
            cfg = {
                "size": size,
                "direction": direction,
                "source": str(source),
                "dest": str(folder / "download.bin"),
            }
            try:
                self.measure(f"stream_{direction}", "stream", {"*": cfg})
            except BaseException:
                shutil.rmtree(folder, ignore_errors=True)
                raise
        shutil.rmtree(folder, ignore_errors=True)

    def all(self) -> None:
        p = self.plan
        self.imports()
        self.measure("connect", "connect", {"*": {}})
        self.measure("percall", "percall", {"*": {"calls": p.calls}})
        for n in p.list_sizes:
            clients = (
                self.clients
                if n <= p.sdk_list_max
                else tuple(c for c in self.clients if c != "openstacksdk")
            )
            for c in set(self.clients) - set(clients):
                self.results.skip(
                    f"list_{n}",
                    c,
                    f"not run: at its ~{self._sdk_item_ms()} per item one run would take "
                    f"minutes (see the {p.sdk_list_max:,} row; --sdk-all runs it)",
                )
            self.measure(
                f"list_{n}",
                "list",
                {"*": {"n": n, "limit": p.limit}},
                clients,
                before_each=(("POST", f"/dataset?servers={n}"),),
            )
        self.measure("networks", "networks", {"*": {"n": p.networks, "limit": 1000}})
        thread_cfg = {"threads": p.threads, "calls": p.thread_calls}
        self.measure(
            "threads",
            "threads",
            {"*": thread_cfg, "openstacksdk": {**thread_cfg, "calls": p.sdk_thread_calls}},
        )
        self.measure("reauth", "reauth", {"*": {"rounds": p.reauth_rounds}})
        self.regeneration()
        self.streaming()

    def _sdk_item_ms(self) -> str:
        runs = [
            r["wall_us_per_item"]
            for key, by_client in self.results.runs.items()
            if key.startswith("list_")
            for r in by_client.get("openstacksdk", [])
        ]
        return f"{statistics.median(runs) / 1000:.1f} ms" if runs else "several ms"

    def close(self) -> None:
        self.stop_server()
        shutil.rmtree(self.tmp, ignore_errors=True)


def _loadavg() -> float:
    try:
        return os.getloadavg()[0]
    except OSError:
        return -1.0


def _commit() -> str:
    """The commit of the repository, marked when runtime/, generated/ or generator/ differ."""
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        status = subprocess.run(
            ["git", "status", "--porcelain", "--", "runtime", "generated", "generator"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return commit + (" (runtime/generated/generator modified)" if status.strip() else "")


def _short(result: dict[str, Any]) -> str:
    return ", ".join(
        f"{k}={v:.1f}" if isinstance(v, float) else f"{k}={v}"
        for k, v in result.items()
        if k != "top"
    )


def machine_info() -> dict[str, Any]:
    from importlib import metadata

    def version(dist: str) -> str:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return "not installed"

    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kib / 1024 / 1024:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory": mem,
        "os": f"{platform.system()} {platform.release()}",
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "commit": _commit(),
        "load_start": _loadavg(),
        "versions": {
            d: version(d)
            for d in (
                "typedstack",
                "msgspec",
                "requests",
                "urllib3",
                "openstacksdk",
                "keystoneauth1",
            )
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small N, 3 runs (CI smoke)")
    parser.add_argument("--runs", type=int, default=None, help="runs per figure (default 5)")
    parser.add_argument(
        "--sdk-all",
        action="store_true",
        help="also list the largest N through openstacksdk (adds many minutes)",
    )
    parser.add_argument("--out", type=Path, default=None, help="the markdown report to write")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every run")
    args = parser.parse_args(argv)
    if args.quick:
        plan = Plan.quick(args.runs or 3)
        out = args.out or BENCH / "RESULTS-quick.md"
    else:
        plan = Plan.full(args.runs or 5)
        out = args.out or BENCH / "RESULTS.md"
    if args.sdk_all:
        plan.sdk_list_max = max(plan.list_sizes)
    started = time.perf_counter()
    bench = Bench(plan, verbose=args.verbose)
    bench.results.machine = machine_info()
    bench.results.machine["pinning"] = (
        f"clients on CPU {bench.client_cpu}, fake server on CPU {bench.server_cpu};"
        " regeneration (no server running) on every CPU, as a user runs it"
        if bench.client_cpu is not None
        else "none (fewer than 2 CPUs)"
    )
    try:
        bench.start_server()
        bench.all()
        bench.results.machine["server_stats"] = bench.control("GET", "/stats")
    finally:
        bench.close()
    bench.results.timings["total"] = time.perf_counter() - started
    bench.results.machine["commit_end"] = _commit()
    bench.results.machine["command"] = "python -m bench" + (
        " " + " ".join(argv if argv is not None else sys.argv[1:])
        if (argv if argv is not None else sys.argv[1:])
        else ""
    )
    raw = out.with_suffix(".json")
    raw.write_text(json.dumps(asdict(bench.results), indent=1, default=str) + "\n")
    out.write_text(report.render(bench.results))
    print(f"wrote {out} and {raw} in {bench.results.timings['total']:.0f} s", file=sys.stderr)
    return 0
