"""Command line: ``python -m tests.local_openstack install|start|stop``."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from .cinder import LocalCinder
from .glance import LocalGlance
from .install import ALL_SERVICES, ensure_venv, parse_services
from .keystone import DAEMONS_FILE, PID_FILE, LocalKeystone, stop_service_dir
from .neutron import LocalNeutron
from .nova import LocalNova
from .placement import LocalPlacement
from .rabbitmq import LocalRabbitMQ
from .releases import NAMES, RELEASE_ENV
from .swift import LocalSwift

CLASSES = {
    "placement": LocalPlacement,
    "glance": LocalGlance,
    "neutron": LocalNeutron,
    "swift": LocalSwift,
}
#: the services that talk over RabbitMQ (started after it, stopped before it)
RABBIT_USERS = ("nova", "cinder")
#: every service directory the CLI may have started, in stop order
STOP_ORDER = (
    *RABBIT_USERS,
    "rabbitmq",
    *(s for s in reversed(ALL_SERVICES) if s not in RABBIT_USERS),
)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--venv",
        type=Path,
        default=None,
        help="services venv (default: $TYPEDSTACK_SERVICES_VENV or .cache/services-venv,"
        " plus -RELEASE for an older release)",
    )
    p.add_argument(
        "--openstack-release",
        choices=NAMES,
        default=None,
        help=f"OpenStack release (default: ${RELEASE_ENV}, else {NAMES[0]}, the current one)",
    )
    p.add_argument(
        "--services",
        default="keystone",
        help=f"comma-separated subset of {','.join(ALL_SERVICES)}; 'all' for every one"
        " (keystone is always included)",
    )


def _services(value: str) -> tuple[str, ...]:
    return ALL_SERVICES if value == "all" else parse_services(value)


def cmd_install(args: argparse.Namespace) -> int:
    venv = ensure_venv(args.venv, _services(args.services), release=args.openstack_release)
    print(venv)
    return 0


def cmd_start(args: argparse.Namespace) -> int:
    services = _services(args.services)
    state = args.state.resolve()
    state.mkdir(parents=True, exist_ok=True)
    if any((state / s / f).exists() for s in STOP_ORDER for f in (PID_FILE, DAEMONS_FILE)):
        print(f"{state} has running services: stop them first", file=sys.stderr)
        return 1
    venv = ensure_venv(args.venv, services, release=args.openstack_release)
    started = []
    try:
        t0 = time.monotonic()
        ks = LocalKeystone(venv, state, admin_password=args.admin_password)
        ks.start()
        started.append(ks)
        by_name: dict = {"keystone": ks}
        rabbit: LocalRabbitMQ | None = None
        for name in services:
            if name in RABBIT_USERS and rabbit is None:
                rabbit = LocalRabbitMQ(state)
                rabbit.start()
                started.append(rabbit)
            if name == "cinder":
                assert rabbit is not None
                svc = LocalCinder(venv, state, ks, rabbit)
            elif name == "nova":
                assert rabbit is not None
                svc = LocalNova(
                    venv,
                    state,
                    ks,
                    by_name["placement"],
                    by_name["glance"],
                    rabbit,
                    neutron=by_name["neutron"],
                )
            elif name != "keystone":
                svc = CLASSES[name](venv, state, ks)
            else:
                continue
            svc.start()
            started.append(svc)
            by_name[name] = svc
        total = time.monotonic() - t0
    except BaseException:
        for svc in reversed(started):
            svc.stop()
        raise
    for svc in started:
        svc.detach()
    clouds = ks.write_clouds_yaml(state / "clouds.yaml")
    info = {
        svc.name: {"pid": svc.pid, "url": svc.url, "log": str(svc.log_file)} for svc in started
    }
    (state / "services.json").write_text(json.dumps(info, indent=1) + "\n")
    for svc in started:
        print(
            f"{svc.name}: pid {svc.pid} at {svc.url} "
            f"(up in {svc.startup_seconds:.1f}s, log {svc.log_file})"
        )
        phases = getattr(svc, "timings", None)
        if phases:
            print("  " + ", ".join(f"{what} {secs:.1f}s" for what, secs in phases.items()))
    print(f"all up in {total:.1f}s")
    print(f"clouds.yaml: {clouds} (cloud 'local')")
    return 0


def cmd_stop(args: argparse.Namespace) -> int:
    state = args.state.resolve()
    stopped = []
    for name in STOP_ORDER:  # dependants first, keystone last
        pid = stop_service_dir(state / name)
        if pid is not None:
            stopped.append(f"{name} (pid {pid})")
    print("stopped: " + (", ".join(stopped) if stopped else f"nothing under {state}"))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.local_openstack",
        description="Install, start and stop real OpenStack services on 127.0.0.1.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("install", help="create/update the services venv")
    _common(p)
    p.set_defaults(func=cmd_install)

    p = sub.add_parser("start", help="start services, write STATE/clouds.yaml")
    _common(p)
    p.add_argument("--state", type=Path, required=True, help="state directory")
    p.add_argument("--admin-password", default="secret")
    p.set_defaults(func=cmd_start)

    p = sub.add_parser("stop", help="stop the services recorded in STATE")
    p.add_argument("--state", type=Path, required=True, help="state directory")
    p.set_defaults(func=cmd_stop)

    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except (RuntimeError, FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
