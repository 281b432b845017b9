"""Neutron core L2 resources through the generated modules, against the real local Neutron.

Networks (filters, tag filters, paging, bulk create, provider attributes),
subnets (allocation pools, host routes, DNS servers), ports (fixed IPs,
allowed address pairs, port security, filters), segments and network
segment ranges. Trunks and port bindings need a mechanism driver: see
tests/unit/network/test_network_l2_requests.py.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable, Iterator

import pytest

import typedstack
from tests.integration.conftest import unique
from typedstack.network.v2 import (
    network_segment_ranges,
    networks,
    ports,
    segments,
    subnets,
    tags,
)

pytestmark = pytest.mark.services


@pytest.fixture()
def cleanup(net: typedstack.ServiceClient) -> Iterator[list[Callable[[], None]]]:
    """Undo steps, run last-in first-out; a resource already gone is fine."""
    steps: list[Callable[[], None]] = []
    yield steps
    for step in reversed(steps):
        with contextlib.suppress(typedstack.NotFound):
            step()


@pytest.fixture()
def make_network(
    net: typedstack.ServiceClient, cleanup: list[Callable[[], None]]
) -> Callable[..., networks.Network]:
    def make(**fields: object) -> networks.Network:
        fields.setdefault("name", unique("net"))
        created = networks.create(net, networks.CreateOpts(**fields))  # type: ignore[arg-type]
        cleanup.append(lambda: networks.delete(net, created.id))
        return created

    return make


def set_tags(net: typedstack.ServiceClient, network_id: str, values: list[str]) -> None:
    """Replaces the tags of a network, checking what Neutron kept."""
    replaced = tags.replace(net, "networks", network_id, tags.ReplaceOpts(tags=values))
    assert sorted(replaced.tags) == sorted(values)


# ------------------------------------------------------------------ networks


def test_network_crud_and_filters(
    net: typedstack.ServiceClient, make_network: Callable[..., networks.Network]
) -> None:
    name = unique("net")
    created = make_network(name=name, description="first", admin_state_up=False, mtu=1400)
    other = make_network(description="second")
    assert created.name == name
    assert created.description == "first"
    assert created.admin_state_up is False
    assert created.mtu == 1400
    assert created.status == "ACTIVE"
    assert created.subnets == []
    assert created.shared is False
    assert created.provider_network_type == "vxlan"  # the tenant network type, shown to admins
    assert created.revision_number is not None and created.created_at is not None

    by_name = list(networks.list(net, networks.ListOpts(name=name)))
    assert [n.id for n in by_name] == [created.id]
    by_id = list(networks.list(net, networks.ListOpts(id=other.id)))
    assert [n.description for n in by_id] == ["second"]
    down = {n.id for n in networks.list(net, networks.ListOpts(admin_state_up=False))}
    assert created.id in down and other.id not in down
    by_mtu = {n.id for n in networks.list(net, networks.ListOpts(mtu=1400))}
    assert created.id in by_mtu and other.id not in by_mtu

    only = networks.get(net, created.id, networks.GetOpts(fields=["id", "name"]))
    assert (only.id, only.name) == (created.id, name)
    assert only.description is typedstack.UNSET or only.description is None

    updated = networks.update(
        net,
        created.id,
        networks.UpdateOpts(name=name + "-x", description="changed", admin_state_up=True),
    )
    assert (updated.name, updated.description, updated.admin_state_up) == (
        name + "-x",
        "changed",
        True,
    )
    assert (updated.revision_number or 0) > (created.revision_number or 0)
    assert networks.get(net, created.id).name == name + "-x"

    networks.delete(net, created.id)
    with pytest.raises(typedstack.NotFound):
        networks.get(net, created.id)
    with pytest.raises(typedstack.NotFound):
        networks.delete(net, created.id)


def test_network_tag_filters(
    net: typedstack.ServiceClient, make_network: Callable[..., networks.Network]
) -> None:
    run = uuid.uuid4().hex[:12]  # marks this test's networks
    red, blue = f"red-{run}", f"blue-{run}"
    both = make_network()
    only_red = make_network()
    plain = make_network()
    set_tags(net, both.id, [run, red, blue])
    set_tags(net, only_red.id, [run, red])
    set_tags(net, plain.id, [run])

    def names(**filters: list[str]) -> set[str]:
        return {n.id for n in networks.list(net, networks.ListOpts(**filters))}  # type: ignore[arg-type]

    assert networks.get(net, both.id).tags is not None
    assert sorted(networks.get(net, both.id).tags or []) == sorted([run, red, blue])
    assert names(tags=[run, red]) == {both.id, only_red.id}
    assert names(tags=[red, blue]) == {both.id}
    assert names(tags_any=[blue, red]) == {both.id, only_red.id}
    assert names(tags=[run], not_tags=[red, blue]) == {only_red.id, plain.id}
    assert names(tags=[run], not_tags_any=[red, blue]) == {plain.id}


def test_network_paging_follows_every_page(
    net: typedstack.ServiceClient, make_network: Callable[..., networks.Network]
) -> None:
    run = uuid.uuid4().hex[:12]
    made = [make_network(name=f"page-{run}-{i}") for i in range(5)]
    for n in made:
        set_tags(net, n.id, [run])

    pager = networks.list(
        net, networks.ListOpts(tags=[run], limit=2, sort_key=["name"], sort_dir=["asc"])
    )
    pages = list(pager.pages())
    assert [len(p) for p in pages] == [2, 2, 1]
    assert [n.name for p in pages for n in p] == [f"page-{run}-{i}" for i in range(5)]

    backwards = networks.list(
        net, networks.ListOpts(tags=[run], limit=3, sort_key=["name"], sort_dir=["desc"])
    )
    assert [n.name for n in backwards] == [f"page-{run}-{i}" for i in reversed(range(5))]

    after = networks.list(
        net,
        networks.ListOpts(
            tags=[run], limit=2, sort_key=["name"], sort_dir=["asc"], marker=made[2].id
        ),
    )
    assert [n.name for n in after] == [f"page-{run}-3", f"page-{run}-4"]


def test_bulk_create_networks(
    net: typedstack.ServiceClient, cleanup: list[Callable[[], None]]
) -> None:
    first, second = unique("bulk"), unique("bulk")
    created = networks.create_bulk(
        net,
        networks.CreateBulkOpts(
            networks=[
                networks.NewNetwork(name=first, description="one"),
                networks.NewNetwork(name=second, admin_state_up=False),
            ]
        ),
    )
    for n in created:
        cleanup.append(lambda nid=n.id: networks.delete(net, nid))
    assert [(n.name, n.admin_state_up) for n in created] == [(first, True), (second, False)]
    assert created[0].description == "one"
    assert networks.get(net, created[1].id).name == second

    # atomic: one bad item and nothing is created
    third = unique("bulk")
    with pytest.raises(typedstack.BadRequest):
        networks.create_bulk(
            net,
            networks.CreateBulkOpts(
                networks=[
                    networks.NewNetwork(name=third),
                    networks.NewNetwork(name=unique("bulk"), mtu=-5),
                ]
            ),
        )
    assert list(networks.list(net, networks.ListOpts(name=third))) == []


# ------------------------------------------------------------------- subnets


def test_subnet_pools_routes_and_dns(
    net: typedstack.ServiceClient,
    make_network: Callable[..., networks.Network],
    cleanup: list[Callable[[], None]],
) -> None:
    network = make_network()
    name = unique("sub")
    created = subnets.create(
        net,
        subnets.CreateOpts(
            network_id=network.id,
            ip_version=4,
            cidr="10.20.30.0/24",
            name=name,
            gateway_ip="10.20.30.1",
            allocation_pools=[
                subnets.AllocationPool(start="10.20.30.10", end="10.20.30.20"),
                subnets.AllocationPool(start="10.20.30.100", end="10.20.30.150"),
            ],
            dns_nameservers=["192.0.2.53", "198.51.100.53"],
            host_routes=[subnets.HostRoute(destination="172.16.0.0/16", nexthop="10.20.30.254")],
            enable_dhcp=False,
        ),
    )
    cleanup.append(lambda: subnets.delete(net, created.id))
    assert created.network_id == network.id
    assert (created.ip_version, created.cidr, created.gateway_ip) == (
        4,
        "10.20.30.0/24",
        "10.20.30.1",
    )
    assert created.allocation_pools == [
        subnets.AllocationPool(start="10.20.30.10", end="10.20.30.20"),
        subnets.AllocationPool(start="10.20.30.100", end="10.20.30.150"),
    ]
    assert created.dns_nameservers == ["192.0.2.53", "198.51.100.53"]
    assert created.host_routes == [
        subnets.HostRoute(destination="172.16.0.0/16", nexthop="10.20.30.254")
    ]
    assert created.enable_dhcp is False
    assert network.id and networks.get(net, network.id).subnets == [created.id]

    v6 = subnets.create(
        net,
        subnets.CreateOpts(
            network_id=network.id,
            ip_version=6,
            cidr="fd00:20:30::/64",
            ipv6_address_mode="slaac",
            ipv6_ra_mode="slaac",
        ),
    )
    cleanup.append(lambda: subnets.delete(net, v6.id))
    assert (v6.ip_version, v6.ipv6_address_mode, v6.gateway_ip) == (6, "slaac", "fd00:20:30::")

    on_network = list(subnets.list(net, subnets.ListOpts(network_id=network.id)))
    assert {s.id for s in on_network} == {created.id, v6.id}
    only_v4 = list(subnets.list(net, subnets.ListOpts(network_id=network.id, ip_version=4)))
    assert [s.id for s in only_v4] == [created.id]
    by_cidr = list(subnets.list(net, subnets.ListOpts(cidr="fd00:20:30::/64")))
    assert [s.id for s in by_cidr] == [v6.id]

    updated = subnets.update(
        net,
        created.id,
        subnets.UpdateOpts(
            dns_nameservers=["203.0.113.53"],
            host_routes=[],
            gateway_ip=None,
            description="no gateway",
        ),
    )
    assert updated.dns_nameservers == ["203.0.113.53"]
    assert updated.host_routes == []
    assert updated.gateway_ip is None
    assert updated.description == "no gateway"

    with pytest.raises(typedstack.BadRequest):
        subnets.create(
            net, subnets.CreateOpts(network_id=network.id, ip_version=4, cidr="10.20.30.0/33")
        )
    subnets.delete(net, v6.id)
    with pytest.raises(typedstack.NotFound):
        subnets.get(net, v6.id)


def test_bulk_create_subnets(
    net: typedstack.ServiceClient,
    make_network: Callable[..., networks.Network],
    cleanup: list[Callable[[], None]],
) -> None:
    network = make_network()
    created = subnets.create_bulk(
        net,
        subnets.CreateBulkOpts(
            subnets=[
                subnets.NewSubnet(network_id=network.id, ip_version=4, cidr="10.40.1.0/24"),
                subnets.NewSubnet(
                    network_id=network.id, ip_version=4, cidr="10.40.2.0/24", name="second"
                ),
            ]
        ),
    )
    for s in created:
        cleanup.append(lambda sid=s.id: subnets.delete(net, sid))
    assert [s.cidr for s in created] == ["10.40.1.0/24", "10.40.2.0/24"]
    assert created[1].name == "second"


# --------------------------------------------------------------------- ports


def test_ports_fixed_ips_pairs_and_filters(
    net: typedstack.ServiceClient,
    make_network: Callable[..., networks.Network],
    cleanup: list[Callable[[], None]],
) -> None:
    network = make_network()
    other = make_network()
    subnet = subnets.create(
        net, subnets.CreateOpts(network_id=network.id, ip_version=4, cidr="10.50.0.0/24")
    )
    cleanup.append(lambda: subnets.delete(net, subnet.id))

    name = unique("port")
    port = ports.create(
        net,
        ports.CreateOpts(
            network_id=network.id,
            name=name,
            fixed_ips=[ports.FixedIpRequest(subnet_id=subnet.id, ip_address="10.50.0.77")],
            allowed_address_pairs=[
                ports.AllowedAddressPair(ip_address="10.50.0.200"),
                ports.AllowedAddressPair(
                    ip_address="10.60.0.0/24", mac_address="fa:16:3e:00:00:01"
                ),
            ],
            device_owner="compute:nova",
        ),
    )
    cleanup.append(lambda: ports.delete(net, port.id))
    assert port.network_id == network.id
    assert port.fixed_ips == [ports.FixedIp(subnet_id=subnet.id, ip_address="10.50.0.77")]
    assert port.allowed_address_pairs is not None
    assert {(p.ip_address, p.mac_address) for p in port.allowed_address_pairs} == {
        ("10.50.0.200", port.mac_address),  # the port's own MAC when none is given
        ("10.60.0.0/24", "fa:16:3e:00:00:01"),
    }
    assert port.port_security_enabled is True
    assert port.security_groups and len(port.security_groups) == 1
    assert port.status == "DOWN"  # never bound: no mechanism driver
    assert port.binding_vif_type == "unbound"

    # port security off: no security groups and no address pairs
    open_port = ports.create(
        net,
        ports.CreateOpts(network_id=network.id, port_security_enabled=False, security_groups=[]),
    )
    cleanup.append(lambda: ports.delete(net, open_port.id))
    assert open_port.port_security_enabled is False
    assert open_port.security_groups == []
    assert open_port.fixed_ips and open_port.fixed_ips[0].subnet_id == subnet.id
    elsewhere = ports.create(net, ports.CreateOpts(network_id=other.id))
    cleanup.append(lambda: ports.delete(net, elsewhere.id))

    on_network = {p.id for p in ports.list(net, ports.ListOpts(network_id=network.id))}
    assert {port.id, open_port.id} <= on_network and elsewhere.id not in on_network
    by_ip = list(ports.list(net, ports.ListOpts(fixed_ips=["ip_address=10.50.0.77"])))
    assert [p.id for p in by_ip] == [port.id]
    by_owner = {
        p.id
        for p in ports.list(
            net, ports.ListOpts(network_id=network.id, device_owner="compute:nova")
        )
    }
    assert by_owner == {port.id}
    named = list(ports.list(net, ports.ListOpts(name=name, fields=["id", "name"])))
    assert [(p.id, p.name) for p in named] == [(port.id, name)]

    updated = ports.update(
        net,
        port.id,
        ports.UpdateOpts(
            allowed_address_pairs=[],
            fixed_ips=[ports.FixedIpRequest(subnet_id=subnet.id, ip_address="10.50.0.78")],
            description="moved",
        ),
    )
    assert updated.allowed_address_pairs == []
    assert updated.fixed_ips == [ports.FixedIp(subnet_id=subnet.id, ip_address="10.50.0.78")]
    assert updated.description == "moved"

    # an address already taken
    with pytest.raises(typedstack.Conflict):
        ports.create(
            net,
            ports.CreateOpts(
                network_id=network.id,
                fixed_ips=[ports.FixedIpRequest(subnet_id=subnet.id, ip_address="10.50.0.78")],
            ),
        )
    # address pairs need port security
    with pytest.raises(typedstack.Conflict):
        ports.update(
            net,
            open_port.id,
            ports.UpdateOpts(
                allowed_address_pairs=[ports.AllowedAddressPair(ip_address="10.50.0.9")]
            ),
        )

    ports.delete(net, elsewhere.id)
    with pytest.raises(typedstack.NotFound):
        ports.get(net, elsewhere.id)


def test_bulk_create_ports(
    net: typedstack.ServiceClient,
    make_network: Callable[..., networks.Network],
    cleanup: list[Callable[[], None]],
) -> None:
    network = make_network()
    subnet = subnets.create(
        net, subnets.CreateOpts(network_id=network.id, ip_version=4, cidr="10.70.0.0/24")
    )
    cleanup.append(lambda: subnets.delete(net, subnet.id))
    created = ports.create_bulk(
        net,
        ports.CreateBulkOpts(
            ports=[
                ports.NewPort(network_id=network.id, name="a", admin_state_up=False),
                ports.NewPort(
                    network_id=network.id,
                    name="b",
                    fixed_ips=[ports.FixedIpRequest(ip_address="10.70.0.9")],
                ),
            ]
        ),
    )
    for p in created:
        cleanup.append(lambda pid=p.id: ports.delete(net, pid))
    assert [p.name for p in created] == ["a", "b"]
    assert [p.admin_state_up for p in created] == [False, True]
    assert created[1].fixed_ips == [ports.FixedIp(subnet_id=subnet.id, ip_address="10.70.0.9")]


# ------------------------------------------------- provider networks, segments


def test_provider_networks_and_segments(
    net: typedstack.ServiceClient,
    make_network: Callable[..., networks.Network],
    cleanup: list[Callable[[], None]],
) -> None:
    physnet = unique("physnet")
    flat = make_network(provider_network_type="flat", provider_physical_network=physnet)
    assert (flat.provider_network_type, flat.provider_physical_network) == ("flat", physnet)
    assert flat.provider_segmentation_id is None

    vni = 700 + uuid.uuid4().int % 200
    tunnel = make_network(provider_network_type="vxlan", provider_segmentation_id=vni)
    assert (tunnel.provider_network_type, tunnel.provider_segmentation_id) == ("vxlan", vni)

    flats = {n.id for n in networks.list(net, networks.ListOpts(provider_network_type="flat"))}
    assert flat.id in flats and tunnel.id not in flats
    by_vni = list(networks.list(net, networks.ListOpts(provider_segmentation_id=vni)))
    assert [n.id for n in by_vni] == [tunnel.id]
    by_physnet = list(networks.list(net, networks.ListOpts(provider_physical_network=physnet)))
    assert [n.id for n in by_physnet] == [flat.id]

    # the same VNI again is refused
    with pytest.raises(typedstack.Conflict):
        networks.create(
            net,
            networks.CreateOpts(provider_network_type="vxlan", provider_segmentation_id=vni),
        )

    # segments: the network's own one, then one more
    own = list(segments.list(net, segments.ListOpts(network_id=tunnel.id)))
    assert [(s.network_type, s.segmentation_id) for s in own] == [("vxlan", vni)]
    got = segments.get(net, own[0].id)
    assert got.network_id == tunnel.id and got.physical_network is None

    extra_physnet = unique("physnet")
    added = segments.create(
        net,
        segments.CreateOpts(
            network_id=tunnel.id,
            network_type="flat",
            physical_network=extra_physnet,
            name="edge",
            description="second segment",
        ),
    )
    cleanup.append(lambda: segments.delete(net, added.id))
    assert (added.network_type, added.physical_network, added.name) == (
        "flat",
        extra_physnet,
        "edge",
    )
    both = {s.id for s in segments.list(net, segments.ListOpts(network_id=tunnel.id))}
    assert both == {own[0].id, added.id}
    flat_only = list(
        segments.list(net, segments.ListOpts(network_id=tunnel.id, network_type="flat"))
    )
    assert [s.id for s in flat_only] == [added.id]

    renamed = segments.update(net, added.id, segments.UpdateOpts(name="edge-2", description=""))
    assert (renamed.name, renamed.description) == ("edge-2", "")

    # a network with several segments shows them as a list, not as provider attributes
    multi = networks.get(net, tunnel.id)
    assert multi.segments is not None
    assert {(s.provider_network_type, s.provider_segmentation_id) for s in multi.segments} == {
        ("vxlan", vni),
        ("flat", None),
    }

    segments.delete(net, added.id)
    with pytest.raises(typedstack.NotFound):
        segments.get(net, added.id)


def test_network_with_segments_on_create(
    net: typedstack.ServiceClient, make_network: Callable[..., networks.Network]
) -> None:
    a, b = unique("physnet"), unique("physnet")
    created = make_network(
        segments=[
            networks.ProviderSegment(provider_network_type="flat", provider_physical_network=a),
            networks.ProviderSegment(provider_network_type="flat", provider_physical_network=b),
        ]
    )
    assert created.segments is not None
    assert sorted(s.provider_physical_network or "" for s in created.segments) == sorted([a, b])
    listed = list(segments.list(net, segments.ListOpts(network_id=created.id)))
    assert sorted(s.physical_network or "" for s in listed) == sorted([a, b])


# ------------------------------------------------------ network segment ranges


def test_network_segment_ranges(
    net: typedstack.ServiceClient, cleanup: list[Callable[[], None]]
) -> None:
    defaults = list(
        network_segment_ranges.list(net, network_segment_ranges.ListOpts(network_type="vxlan"))
    )
    default = [r for r in defaults if r.default]
    assert [(r.minimum, r.maximum, r.shared) for r in default] == [(1, 1000, True)]

    name = unique("range")
    base = 20000 + uuid.uuid4().int % 10000 * 10
    created = network_segment_ranges.create(
        net,
        network_segment_ranges.CreateOpts(
            name=name,
            description="ten VNIs",
            network_type="vxlan",
            minimum=base,
            maximum=base + 9,
            shared=True,
        ),
    )
    cleanup.append(lambda: network_segment_ranges.delete(net, created.id))
    assert (created.name, created.network_type, created.minimum, created.maximum) == (
        name,
        "vxlan",
        base,
        base + 9,
    )
    assert created.default is False and created.shared is True

    got = network_segment_ranges.get(net, created.id)
    assert got.available is not None and sorted(got.available) == list(range(base, base + 10))
    assert got.used == {}

    by_name = list(network_segment_ranges.list(net, network_segment_ranges.ListOpts(name=name)))
    assert [r.id for r in by_name] == [created.id]

    updated = network_segment_ranges.update(
        net,
        created.id,
        network_segment_ranges.UpdateOpts(maximum=base + 4, description="five VNIs"),
    )
    assert (updated.maximum, updated.description) == (base + 4, "five VNIs")
    assert updated.available is not None and len(updated.available) == 5

    with pytest.raises(typedstack.BadRequest):
        network_segment_ranges.create(
            net,
            network_segment_ranges.CreateOpts(network_type="bogus", minimum=5, maximum=10),
        )

    network_segment_ranges.delete(net, created.id)
    with pytest.raises(typedstack.NotFound):
        network_segment_ranges.get(net, created.id)
