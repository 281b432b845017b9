"""typedstack in a few lines: connect, read the catalog, create and delete things.

    python examples/quickstart.py

With ``OS_CLOUD`` (or the ``OS_*`` variables) set, this talks to your
cloud and needs an admin role there. Without them it starts a real
Keystone on 127.0.0.1 (installed once into ``.cache/services-venv``),
uses it, and stops it.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import typedstack
from typedstack.identity import v3 as identity
from typedstack.identity.v3 import projects, users

ROOT = Path(__file__).resolve().parent.parent


@contextlib.contextmanager
def cloud() -> Iterator[typedstack.ProviderClient]:
    """Your cloud if one is configured, else a local Keystone for the run."""
    if os.environ.get("OS_CLOUD") or os.environ.get("OS_AUTH_URL"):
        print("using your cloud:", os.environ.get("OS_CLOUD") or os.environ["OS_AUTH_URL"])
        yield typedstack.connect()
        return
    sys.path.insert(0, str(ROOT))
    from tests.local_openstack import LocalKeystone, ensure_venv

    print("no OS_CLOUD: starting a local Keystone (the first run installs it, ~1 min)")
    venv = ensure_venv(services=("keystone",))
    with tempfile.TemporaryDirectory() as state, LocalKeystone(venv, Path(state)) as keystone:
        print(f"keystone is up at {keystone.auth_url} (pid {keystone.pid})")
        clouds = keystone.write_clouds_yaml(Path(state) / "clouds.yaml")
        os.environ["OS_CLIENT_CONFIG_FILE"] = str(clouds)
        yield typedstack.connect("local")
    print("local keystone stopped")


def main() -> None:
    with cloud() as provider:
        token = provider.token
        print(f"authenticated: user {token.user_id}, project {token.project_name}")
        print("catalog:")
        for service in token.catalog:
            for endpoint in service.endpoints:
                print(f"  {service.type:<16} {endpoint.interface:<9} {endpoint.url}")
        keystone = identity.new_client(provider)
        suffix = uuid.uuid4().hex[:8]
        project = projects.create(
            keystone,
            projects.CreateOpts(name=f"quickstart-{suffix}", description="made by typedstack"),
        )
        print(f"created project {project.name} ({project.id})")
        user = users.create(
            keystone,
            users.CreateOpts(name=f"quickstart-{suffix}", default_project_id=project.id),
        )
        print(f"created user {user.name} ({user.id})")
        print("projects now:", ", ".join(sorted(str(p.name) for p in projects.list(keystone))))
        users.delete(keystone, user.id)
        projects.delete(keystone, project.id)
        try:
            projects.get(keystone, project.id)
        except typedstack.NotFound as exc:
            print(f"deleted both; the project is gone (404, request {exc.request_id})")


if __name__ == "__main__":
    main()
