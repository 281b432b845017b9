"""The everyday examples in examples/, run against the suite's local services."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import typedstack
from tests.local_openstack.glance import LocalGlance
from tests.local_openstack.neutron import LocalNeutron

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def example(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"examples_{name}", EXAMPLES / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_network_router_example(
    neutron_service: LocalNeutron, admin: typedstack.ProviderClient
) -> None:
    router_id = example("network_router").run(admin)
    assert isinstance(router_id, str) and router_id


def test_image_upload_example(
    glance_service: LocalGlance, admin: typedstack.ProviderClient
) -> None:
    seen = example("image_upload").run(admin)
    assert len(seen) == 4 and seen == sorted(seen)
