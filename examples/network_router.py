"""A network with a subnet, and a router that connects it.

    python examples/network_router.py      # with OS_CLOUD or OS_* set

Runs against any Neutron; the test suite runs it against its local one
(tests/integration/test_examples.py). Everything it makes is deleted again.
"""

from __future__ import annotations

import uuid

import typedstack
from typedstack.network import v2 as network
from typedstack.network.v2 import networks, routers, subnets


def run(provider: typedstack.ProviderClient) -> str:
    """Builds network + subnet + router, checks them, tears them down; returns the router ID."""
    neutron = network.new_client(provider)
    name = f"example-{uuid.uuid4().hex[:8]}"
    net = networks.create(neutron, networks.CreateOpts(name=name))
    try:
        sub = subnets.create(
            neutron,
            subnets.CreateOpts(network_id=net.id, ip_version=4, cidr="10.42.0.0/24", name=name),
        )
        router = routers.create(neutron, routers.CreateOpts(name=name))
        try:
            routers.add_interface(neutron, router.id, routers.AddInterfaceOpts(subnet_id=sub.id))
            assert networks.find(neutron, name).id == net.id  # by exact name
            assert subnets.find(neutron, sub.id).cidr == "10.42.0.0/24"  # or by ID
            print(f"router {router.id} connects {net.name} ({sub.cidr})")
            routers.remove_interface(
                neutron, router.id, routers.RemoveInterfaceOpts(subnet_id=sub.id)
            )
            return router.id
        finally:
            routers.delete(neutron, router.id)
    finally:
        networks.delete(neutron, net.id)  # its subnet goes with it


if __name__ == "__main__":
    run(typedstack.connect())
