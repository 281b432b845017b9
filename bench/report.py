"""Rendering the results of one run as markdown (RESULTS.md)."""

from __future__ import annotations

import datetime
import statistics
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bench.run import Results

MiB = 1024 * 1024
DASH = "\u2013"  # en dash, for ranges and empty cells
TIMES = "\u00d7"  # multiplication sign, for ratios
MINUS = "\u2212"
NAMES = {
    "typedstack": "typedstack",
    "requests": "bare requests",
    "httpclient": "bare http.client",
    "openstacksdk": "openstacksdk",
}
ORDER = ("typedstack", "requests", "httpclient", "openstacksdk")


@dataclass(frozen=True)
class Row:
    key: str
    metric: str
    label: str
    higher_is_better: bool = False
    scale: float = 1.0


def stat(values: list[float]) -> tuple[float, float, float]:
    return statistics.median(values), min(values), max(values)


def num(value: float) -> str:
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def _values(results: Results, key: str, client: str, row: Row) -> list[float] | None:
    runs = results.runs.get(key, {}).get(client)
    if not runs:
        return None
    return [float(r[row.metric]) * row.scale for r in runs]


def median(results: Results, key: str, client: str, metric: str) -> float | None:
    runs = results.runs.get(key, {}).get(client)
    if not runs:
        return None
    return statistics.median(float(r[metric]) for r in runs)


def rows(results: Results) -> list[Row]:
    plan = results.plan
    size = plan.stream_size / MiB
    size_text = f"{size / 1024:.2f} GiB" if size >= 1024 else f"{size:.0f} MiB"
    out = [
        Row("import", "import_ms", "Cold import, `-X importtime` (ms)"),
        Row("import", "import_cpu_ms", "... its CPU time, `time.process_time` (ms)"),
        Row("connect", "total_ms", "Import + connect + first call, in process (ms)"),
        Row(
            "connect", "process_s", "... the same, whole process with interpreter (ms)", scale=1000
        ),
        Row("percall", "wall_us", f"Per call, {plan.calls:,} GETs: wall (µs/call)"),
        Row("percall", "cpu_us", "Per call: client CPU (µs/call)"),
    ]
    for n in plan.list_sizes:
        out += [
            Row(f"list_{n}", "wall_us_per_item", f"List {n:,} servers: wall (µs/item)"),
            Row(f"list_{n}", "cpu_us_per_item", f"List {n:,}: client CPU (µs/item)"),
            Row(f"list_{n}", "rss_growth_mib", f"List {n:,}: peak RSS growth (MiB)"),
        ]
    out += [
        Row("networks", "wall_us_per_item", f"List {plan.networks:,} networks: wall (µs/item)"),
        Row(
            "threads",
            "calls_per_s",
            f"{plan.threads} threads, one shared client: calls/s (higher is better)",
            higher_is_better=True,
        ),
        Row("reauth", "reauth_us", "Call that meets a 401, re-authenticates, retries (µs)"),
        Row("reauth", "extra_us", "... its extra cost over a normal call (µs)"),
        Row(
            "stream_up",
            "mib_per_s",
            f"Upload {size_text}: MiB/s (higher is better)",
            higher_is_better=True,
        ),
        Row("stream_up", "rss_peak_mib", "Upload: client peak RSS (MiB)"),
        Row(
            "stream_down",
            "mib_per_s",
            f"Download {size_text}: MiB/s (higher is better)",
            higher_is_better=True,
        ),
        Row("stream_down", "rss_peak_mib", "Download: client peak RSS (MiB)"),
        Row("regen", "seconds", "Regenerate every spec, `python -m generator --out` (s)"),
    ]
    return out


def _ratio(a: float | None, b: float | None) -> str:
    if a is None or b is None or b == 0:
        return DASH
    return f"{a / b:.2f}{TIMES}"


def main_table(results: Results) -> list[str]:
    notes: dict[str, int] = {}
    lines = [
        "| Workload | "
        + " | ".join(NAMES[c] for c in ORDER)
        + " | typedstack ÷ requests | typedstack ÷ openstacksdk |",
        "|---|" + "---:|" * (len(ORDER) + 2),
    ]
    for row in rows(results):
        cells = []
        medians: dict[str, float | None] = {}
        for client in ORDER:
            values = _values(results, row.key, client, row)
            if values is None:
                why = results.skipped.get(row.key, {}).get(client)
                if why:
                    mark = notes.setdefault(why, len(notes) + 1)
                    cells.append(f"n/a [{mark}]")
                else:
                    cells.append(DASH)
                medians[client] = None
                continue
            mid, lo, hi = stat(values)
            medians[client] = mid
            cells.append(
                f"**{num(mid)}** ({num(lo)}{DASH}{num(hi)})"
                if client == "typedstack"
                else f"{num(mid)} ({num(lo)}{DASH}{num(hi)})"
            )
        lines.append(
            f"| {row.label} | "
            + " | ".join(cells)
            + f" | {_ratio(medians['typedstack'], medians['requests'])}"
            + f" | {_ratio(medians['typedstack'], medians['openstacksdk'])} |"
        )
    lines.append("")
    for why, mark in notes.items():
        lines.append(f"[{mark}] {why}")
    if notes:
        lines.append("")
    return lines


def targets(results: Results) -> list[str]:
    plan = results.plan
    out = ["| Target | Measured | Verdict |", "|---|---|---|"]

    def verdict(ok: bool | None) -> str:
        return DASH if ok is None else ("**pass**" if ok else "**miss**")

    ts = median(results, "percall", "typedstack", "cpu_us")
    rq = median(results, "percall", "requests", "cpu_us")
    ratio = ts / rq if ts and rq else None
    out.append(
        f"| Per call: typedstack client CPU ≤ 1.1{TIMES} bare requests | "
        + (f"{num(ts or 0)} vs {num(rq or 0)} µs/call = {ratio:.2f}{TIMES}" if ratio else DASH)
        + f" | {verdict(ratio <= 1.1 if ratio else None)} |"
    )
    for n in plan.list_sizes:
        ts = median(results, f"list_{n}", "typedstack", "cpu_us_per_item")
        rq = median(results, f"list_{n}", "requests", "cpu_us_per_item")
        tw = median(results, f"list_{n}", "typedstack", "wall_us_per_item")
        rw = median(results, f"list_{n}", "requests", "wall_us_per_item")
        ratio = ts / rq if ts and rq else None
        wall = f"; wall {tw / rw:.2f}{TIMES}" if tw and rw else ""
        text = (
            f"CPU {num(ts or 0)} vs {num(rq or 0)} µs/item = {ratio:.2f}{TIMES}{wall}"
            if ratio
            else DASH
        )
        stretch = (
            f" (stretch ≤ 0.8{TIMES}: " + ("met" if ratio and ratio <= 0.8 else "not met") + ")"
        )
        out.append(
            f"| List {n:,}: typedstack per item ≤ 1.0{TIMES} bare requests + json "
            f"| {text}{stretch} | "
            f"{verdict(ratio <= 1.0 if ratio else None)} |"
        )
    small, large = min(plan.list_sizes), max(plan.list_sizes)
    g_small = median(results, f"list_{small}", "typedstack", "rss_growth_mib")
    g_large = median(results, f"list_{large}", "typedstack", "rss_growth_mib")
    ok = None
    if g_small is not None and g_large is not None:
        ok = g_large <= g_small * 1.1 + 4
    out.append(
        f"| Constant memory: typedstack's peak RSS growth listing {large:,} "
        f"≤ listing {small:,} (+10 % + 4 MiB) | "
        + (f"{num(g_large or 0)} MiB vs {num(g_small or 0)} MiB" if ok is not None else DASH)
        + f" | {verdict(ok)} |"
    )
    # The verdict uses the CPU time of the import: on a quiet machine it equals the
    # -X importtime wall time, and unlike it, it does not grow when other processes
    # take the CPU away mid-import. Both are shown.
    ts = median(results, "import", "typedstack", "import_ms")
    rq = median(results, "import", "requests", "import_ms")
    tc = median(results, "import", "typedstack", "import_cpu_ms")
    rc = median(results, "import", "requests", "import_cpu_ms")
    extra = tc - rc if tc is not None and rc is not None else None
    wall = (
        f"; `-X importtime`: {num(ts)} {MINUS} {num(rq)} = {num(ts - rq)} ms"
        if (ts is not None and rq is not None)
        else ""
    )
    out.append(
        "| Import of typedstack + one service module ≤ 60 ms beyond `import requests` "
        "(CPU time of the import) | "
        + (
            f"{num(tc or 0)} {MINUS} {num(rc or 0)} = {num(extra)} ms{wall}"
            if extra is not None
            else DASH
        )
        + f" | {verdict(extra <= 60 if extra is not None else None)} |"
    )
    regen = median(results, "regen", "typedstack", "seconds")
    out.append(
        "| Regeneration of every spec < 10 s | "
        + (f"{num(regen)} s" if regen is not None else DASH)
        + f" | {verdict(regen < 10 if regen is not None else None)} |"
    )
    size = plan.stream_size / MiB
    limit = min(64.0, size / 4)
    for key, what in (("stream_up", "upload"), ("stream_down", "download")):
        runs = results.runs.get(key, {}).get("typedstack")
        worst = max(r["rss_growth_mib"] for r in runs) if runs else None
        peak = max(r["rss_peak_mib"] for r in runs) if runs else None
        out.append(
            f"| Streaming {what} of {size:,.0f} MiB: typedstack RSS growth < {limit:.0f} MiB | "
            + (
                f"worst run: +{num(worst)} MiB (peak RSS {num(peak or 0)} MiB)"
                if worst is not None
                else DASH
            )
            + f" | {verdict(worst < limit if worst is not None else None)} |"
        )
    return [*out, ""]


def imports_detail(results: Results) -> list[str]:
    runs = results.runs.get("import", {}).get("typedstack")
    if not runs:
        return []
    mid = sorted(runs, key=lambda r: r["import_ms"])[len(runs) // 2]
    lines = [
        "Largest self times in the median typedstack import run "
        "(`-X importtime`, µs, nested modules included):",
        "",
        "| module | self µs |",
        "|---|---:|",
    ]
    lines += [f"| `{name}` | {us:,} |" for name, us in mid["top"][:10]]
    return [*lines, ""]


def how(results: Results) -> list[str]:
    m = results.machine
    plan = results.plan
    t = results.timings
    server_cpu = [r["server_cpu_us"] for r in results.runs.get("percall", {}).get("requests", [])]
    client_cpu = [r["cpu_us"] for r in results.runs.get("percall", {}).get("httpclient", [])]
    fake = ""
    if server_cpu and client_cpu:
        fake = (
            f"The fake server spent a median {num(statistics.median(server_cpu))} µs of CPU per "
            f"request in the per-call runs (on its own CPU), against "
            f"{num(statistics.median(client_cpu))} µs for the fastest client (bare http.client): "
            "it is never the bottleneck."
        )
    versions = ", ".join(f"{k} {v}" for k, v in m.get("versions", {}).items())
    load_line = ""
    if results.load:
        busiest = max([m.get("load_start", 0), *results.load.values()])
        load_line = (
            f"* Load: 1-minute load average {m.get('load_start', -1):.1f} at the start, "
            + ", ".join(f"{k} {v:.1f}" for k, v in results.load.items())
            + " after each section"
            + (
                ". The benchmark itself keeps about 2 CPUs busy; above that, other processes "
                f"shared this {m.get('cores')}-core machine, which widens the wall-time ranges "
                "more than the CPU-time ones."
                if busiest > 2.5
                else "."
            )
        )
    lines = [
        f"* Date: {datetime.date.today().isoformat()}; command: `{m.get('command', '')}` "
        f"({plan.mode} mode); total {t.get('total', 0):.0f} s.",
        f"* Machine: {m.get('cpu')}, {m.get('cores')} cores, {m.get('memory')}; {m.get('os')}; "
        f"{m.get('python')}.",
        f"* Versions: {versions}; repository at {m.get('commit')}"
        + (
            f" at the start and {m.get('commit_end')} at the end (the code changed during the run)"
            if m.get("commit_end") and m.get("commit_end") != m.get("commit")
            else ""
        )
        + ".",
        f"* Runs: every figure is the median (min{DASH}max) of {plan.runs} runs, each in a fresh "
        f"process, the clients interleaved run by run; imports: {plan.runs * 3} runs"
        + (f"; regeneration: {plan.regen_runs} runs" if plan.regen_runs != plan.runs else "")
        + ".",
        f"* Pinning: {m.get('pinning')}.",
        *([load_line] if load_line else []),
        "* Fake cloud (`bench/fakeserver.py`): a threaded HTTP/1.1 keep-alive server on "
        "127.0.0.1 in its own process, responses pre-rendered to bytes: Keystone "
        "`POST /v3/auth/tokens` with a catalog (compute at `/v2.1`, network at `/` under "
        "`/v2.0`, image), Nova `GET /v2.1/servers/detail` with `servers_links` (a next link "
        "whenever a page is full, as Nova does) and `GET /v2.1/servers/{id}`, at "
        "microversion 2.100 with every field Nova returns (about 2.7 KB per server), Neutron "
        "`GET /v2.0/networks` with `networks_links`, Glance image data (streamed both ways, "
        "never held whole, no checksums), the version documents, and a switch that answers "
        "the next authenticated request with 401. " + fake,
        f"* Counts: per call {plan.calls:,} GETs after 50 warm-up calls; listings of "
        + ", ".join(f"{n:,}" for n in plan.list_sizes)
        + f" servers in pages of {plan.limit:,}; {plan.networks:,} networks in pages of 1,000; "
        f"{plan.threads} threads {TIMES} {plan.thread_calls} calls ({plan.sdk_thread_calls} for "
        f"openstacksdk); {plan.reauth_rounds} re-authentication rounds; a "
        f"{plan.stream_size / MiB:,.0f} MiB file streamed each way, read from and written to "
        f"{m.get('stream_folder', 'a temporary folder')}.",
        "* Clients: typedstack `typedstack.connect(auth_url=..., ...)`, "
        '`compute.new_client(provider, microversion="latest")` (negotiates 2.100), '
        "`servers.get` / `servers.list(ListOpts(limit=...))` into typed models, "
        "`image_data.upload(glance, id, file)` / `image_data.download(glance, id).save(path)`; "
        "openstacksdk `openstack.connect(auth_url=..., ...)`, `conn.compute.get_server`, "
        "`conn.compute.servers(details=True, limit=...)`, `conn.network.networks`, "
        "`Image.upload(data=file)`, `conn.image.download_image(stream=True, output=path)`; "
        "bare requests: one `requests.Session` with the token in its headers, "
        "`response.json()` into dicts, following `*_links` by hand, re-authenticating on 401; "
        "bare http.client: one keep-alive `HTTPConnection` per thread, `json.loads`.",
        "* Measures: wall `time.perf_counter`, client CPU `time.process_time` (all threads of "
        "the client process); peak RSS from `ru_maxrss`, growth = peak after the workload "
        "minus peak before it (after connecting and one call); import time is the sum of the "
        "top-level cumulative times that `python -X importtime -c '<import>'` prints. Each "
        "worker checks what it got (ids, item counts, pages, bytes, 401s and "
        "authentications counted by the server) and fails otherwise.",
        "* Time per section (s): "
        + ", ".join(f"{k} {v:.0f}" for k, v in t.items() if k not in ("total", "server_render_s"))
        + ".",
    ]
    return [*lines, ""]


def render(results: Results) -> str:
    lines = [
        "# Benchmarks: typedstack, openstacksdk and bare HTTP",
        "",
        "Written by `python -m bench` (see `bench/README.md`); the raw runs are in the "
        "`.json` file beside this one. Lower is better unless the row says otherwise; "
        f"each cell is the median (min{DASH}max). The ratios compare medians.",
        "",
        "## Results",
        "",
        *main_table(results),
        "## Targets",
        "",
        "Client CPU is the client's own cost; wall time also contains the fake server's work "
        "and the loopback, which are the same for every client.",
        "",
        *targets(results),
        "## How it was made",
        "",
        *how(results),
        "## Import detail",
        "",
        *imports_detail(results),
    ]
    return "\n".join(lines).rstrip() + "\n"


def render_json(path: Any) -> str:
    """Re-render a report from a saved ``.json`` (``python -m bench.report FILE``)."""
    import json

    from bench.run import Plan, Results

    with open(path) as handle:
        data = json.load(handle)
    results = Results(Plan(**{**data["plan"], "list_sizes": tuple(data["plan"]["list_sizes"])}))
    results.ports = data["ports"]
    results.runs = data["runs"]
    results.skipped = data["skipped"]
    results.timings = data["timings"]
    results.load = data.get("load", {})
    results.machine = data["machine"]
    return render(results)


if __name__ == "__main__":
    import sys

    sys.stdout.write(render_json(sys.argv[1]))
