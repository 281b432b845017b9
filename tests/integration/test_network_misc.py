"""Neutron's smaller APIs through the generated modules, against the real local Neutron.

Subnet pools (prefix add/remove, a subnet allocated from a pool, onboarding),
address scopes, address groups, RBAC sharing of a network with another
project, quotas, the generic tags API, extensions, versions, availability
zones, network IP availability, service providers and the auto-allocated
topology (which fails here: there is no external network).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import typedstack
from tests.integration.conftest import Account, requires_extension, unique
from tests.local_openstack import LocalKeystone
from typedstack.network.v2 import (
    address_groups,
    address_scopes,
    auto_allocated_topology,
    availability_zones,
    extensions,
    network_ip_availability,
    networks,
    ports,
    quotas,
    rbac_policies,
    service_providers,
    subnet_pools,
    subnets,
    tags,
    versions,
)

pytestmark = pytest.mark.services


def delete_subnets(net: typedstack.ServiceClient, network_id: str) -> None:
    """Deletes every subnet of a network."""
    for subnet in subnets.list(net, subnets.ListOpts(network_id=network_id)):
        subnets.delete(net, subnet.id)


@pytest.fixture()
def network_id(net: typedstack.ServiceClient) -> Iterator[str]:
    """A new network, deleted afterwards (with whatever ports and subnets it got)."""
    nid = networks.create(net, networks.CreateOpts(name=unique("net"))).id
    yield nid
    for port in ports.list(net, ports.ListOpts(network_id=nid)):
        ports.delete(net, port.id)
    delete_subnets(net, nid)
    networks.delete(net, nid)


def test_subnet_pool_prefixes_and_allocation(
    net: typedstack.ServiceClient, network_id: str
) -> None:
    name = unique("pool")
    pool = subnet_pools.create(
        net,
        subnet_pools.CreateOpts(
            name=name,
            prefixes=["10.91.0.0/24"],
            default_prefixlen=26,
            min_prefixlen=24,
            max_prefixlen=28,
            description="for tests",
        ),
    )
    try:
        assert pool.name == name
        assert pool.prefixes == ["10.91.0.0/24"]
        assert pool.ip_version == 4
        assert (int(pool.default_prefixlen), int(pool.max_prefixlen)) == (26, 28)
        assert pool.address_scope_id is None
        assert pool.is_default is False
        assert pool.created_at is not None

        added = subnet_pools.add_prefixes(
            net, pool.id, subnet_pools.AddPrefixesOpts(prefixes=["10.92.0.0/24"])
        )
        assert sorted(added.prefixes) == ["10.91.0.0/24", "10.92.0.0/24"]

        subnet = subnets.create(
            net, subnets.CreateOpts(network_id=network_id, ip_version=4, subnetpool_id=pool.id)
        )
        assert subnet.subnetpool_id == pool.id
        cidr = subnet.cidr
        assert isinstance(cidr, str) and cidr.endswith("/26")
        allocated_from = cidr.rsplit(".", 2)[0]

        other = "10.92.0.0/24" if allocated_from == "10.91" else "10.91.0.0/24"
        removed = subnet_pools.remove_prefixes(
            net, pool.id, subnet_pools.RemovePrefixesOpts(prefixes=[other])
        )
        assert removed.prefixes == [f"{allocated_from}.0.0/24"]

        with pytest.raises(typedstack.BadRequest, match="existing allocations"):
            subnet_pools.delete(net, pool.id)

        updated = subnet_pools.update(
            net, pool.id, subnet_pools.UpdateOpts(name=name + "-2", default_quota=512)
        )
        assert (updated.name, updated.default_quota) == (name + "-2", 512)
        assert updated.revision_number is not None and pool.revision_number is not None
        assert updated.revision_number > pool.revision_number

        shown = subnet_pools.get(net, pool.id, subnet_pools.GetOpts(fields=["id", "name"]))
        assert (shown.id, shown.name) == (pool.id, name + "-2")
        assert shown.prefixes is typedstack.UNSET
        listed = list(subnet_pools.list(net, subnet_pools.ListOpts(name=name + "-2")))
        assert [p.id for p in listed] == [pool.id]
    finally:
        delete_subnets(net, network_id)
        subnet_pools.delete(net, pool.id)
    with pytest.raises(typedstack.NotFound):
        subnet_pools.get(net, pool.id)


def test_onboard_network_subnets(net: typedstack.ServiceClient, network_id: str) -> None:
    subnet = subnets.create(
        net, subnets.CreateOpts(network_id=network_id, ip_version=4, cidr="10.93.5.0/24")
    )
    pool = subnet_pools.create(
        net, subnet_pools.CreateOpts(name=unique("pool"), prefixes=["10.94.0.0/16"])
    )
    try:
        onboarded = subnet_pools.onboard_network_subnets(
            net, pool.id, subnet_pools.OnboardNetworkSubnetsOpts(network_id=network_id)
        )
        assert [(s.id, s.cidr) for s in onboarded] == [(subnet.id, "10.93.5.0/24")]
        assert sorted(subnet_pools.get(net, pool.id).prefixes or []) == [
            "10.93.5.0/24",
            "10.94.0.0/16",
        ]
        assert subnets.get(net, subnet.id).subnetpool_id == pool.id
        subnets.delete(net, subnet.id)
    finally:
        subnet_pools.delete(net, pool.id)


def test_subnet_pools_pages(net: typedstack.ServiceClient) -> None:
    marker = unique("paged")
    made = [
        subnet_pools.create(
            net,
            subnet_pools.CreateOpts(
                name=f"{marker}-{i}", prefixes=[f"10.95.{i}.0/24"], description=marker
            ),
        )
        for i in range(3)
    ]
    try:
        opts = subnet_pools.ListOpts(
            description=marker, limit=2, sort_key=["name"], sort_dir=["desc"]
        )
        names = [p.name for p in subnet_pools.list(net, opts)]
        assert names == [f"{marker}-2", f"{marker}-1", f"{marker}-0"]
    finally:
        for pool in made:
            subnet_pools.delete(net, pool.id)


def test_address_scope_with_a_pool(net: typedstack.ServiceClient) -> None:
    name = unique("scope")
    scope = address_scopes.create(net, address_scopes.CreateOpts(name=name, ip_version=6))
    try:
        assert (scope.name, scope.ip_version, scope.shared) == (name, 6, False)
        pool = subnet_pools.create(
            net,
            subnet_pools.CreateOpts(
                name=unique("pool6"), prefixes=["fd00:91::/48"], address_scope_id=scope.id
            ),
        )
        try:
            assert pool.address_scope_id == scope.id
            assert pool.ip_version == 6
            in_scope = subnet_pools.list(net, subnet_pools.ListOpts(address_scope_id=scope.id))
            assert [p.id for p in in_scope] == [pool.id]
            with pytest.raises(typedstack.Conflict):
                address_scopes.delete(net, scope.id)
        finally:
            subnet_pools.delete(net, pool.id)

        renamed = address_scopes.update(
            net, scope.id, address_scopes.UpdateOpts(name=name + "-2", shared=True)
        )
        assert (renamed.name, renamed.shared) == (name + "-2", True)
        assert address_scopes.get(net, scope.id).name == name + "-2"
        listed = address_scopes.list(
            net, address_scopes.ListOpts(name=name + "-2", ip_version=6, shared=True)
        )
        assert [s.id for s in listed] == [scope.id]
        assert (
            list(address_scopes.list(net, address_scopes.ListOpts(name=name, ip_version=4))) == []
        )
    finally:
        address_scopes.delete(net, scope.id)
    with pytest.raises(typedstack.NotFound):
        address_scopes.get(net, scope.id)


def test_address_group_add_and_remove_addresses(net: typedstack.ServiceClient) -> None:
    name = unique("ag")
    group = address_groups.create(
        net,
        address_groups.CreateOpts(name=name, description="office", addresses=["192.0.2.10/32"]),
    )
    try:
        assert (group.name, group.description) == (name, "office")
        assert group.addresses == ["192.0.2.10/32"]

        grown = address_groups.add_addresses(
            net,
            group.id,
            address_groups.AddAddressesOpts(addresses=["198.51.100.0/24", "2001:db8::1/128"]),
        )
        assert sorted(grown.addresses or []) == [
            "192.0.2.10/32",
            "198.51.100.0/24",
            "2001:db8::1/128",
        ]

        shrunk = address_groups.remove_addresses(
            net, group.id, address_groups.RemoveAddressesOpts(addresses=["192.0.2.10/32"])
        )
        assert sorted(shrunk.addresses or []) == ["198.51.100.0/24", "2001:db8::1/128"]

        with pytest.raises(typedstack.NotFound):
            address_groups.remove_addresses(
                net, group.id, address_groups.RemoveAddressesOpts(addresses=["203.0.113.9/32"])
            )

        updated = address_groups.update(
            net, group.id, address_groups.UpdateOpts(description="lab")
        )
        assert (updated.name, updated.description) == (name, "lab")
        listed = address_groups.list(net, address_groups.ListOpts(name=name))
        assert [(g.id, g.description) for g in listed] == [(group.id, "lab")]
        assert address_groups.get(net, group.id).addresses == shrunk.addresses
    finally:
        address_groups.delete(net, group.id)
    with pytest.raises(typedstack.NotFound):
        address_groups.get(net, group.id)


def test_rbac_policy_shares_a_network_with_another_project(
    net: typedstack.ServiceClient, network_id: str, account: Account, keystone: LocalKeystone
) -> None:
    other = typedstack.connect(
        auth_url=keystone.auth_url,
        username=account.user.name,
        password=account.password,
        project_id=account.project.id,
        user_domain_name="Default",
        region_name="RegionOne",
    )
    try:
        other_net = typedstack.network.v2.new_client(other)
        with pytest.raises(typedstack.NotFound):
            networks.get(other_net, network_id)

        policy = rbac_policies.create(
            net,
            rbac_policies.CreateOpts(
                object_type="network",
                object_id=network_id,
                action="access_as_shared",
                target_tenant=account.project.id,
            ),
        )
        try:
            assert (policy.object_type, policy.object_id) == ("network", network_id)
            assert (policy.action, policy.target_tenant) == (
                "access_as_shared",
                account.project.id,
            )
            seen = networks.get(other_net, network_id)
            assert seen.id == network_id

            listed = rbac_policies.list(
                net, rbac_policies.ListOpts(object_id=network_id, action="access_as_shared")
            )
            assert [p.id for p in listed] == [policy.id]
            assert rbac_policies.get(net, policy.id).target_tenant == account.project.id

            moved = rbac_policies.update(
                net, policy.id, rbac_policies.UpdateOpts(target_tenant="*")
            )
            assert moved.target_tenant == "*"
        finally:
            rbac_policies.delete(net, policy.id)
        with pytest.raises(typedstack.NotFound):
            rbac_policies.get(net, policy.id)
        with pytest.raises(typedstack.NotFound):
            networks.get(other_net, network_id)
    finally:
        other.close()


def test_rbac_policy_refuses_an_unknown_object(net: typedstack.ServiceClient) -> None:
    with pytest.raises((typedstack.NotFound, typedstack.BadRequest)):
        rbac_policies.create(
            net,
            rbac_policies.CreateOpts(
                object_type="network",
                object_id="00000000-0000-0000-0000-000000000000",
                action="access_as_shared",
                target_tenant="*",
            ),
        )


def test_quotas_update_details_and_reset(net: typedstack.ServiceClient, account: Account) -> None:
    project = account.project.id
    defaults = quotas.get_defaults(net, project)
    assert defaults.network is not None and defaults.network != 0
    assert quotas.get(net, project).network == defaults.network

    updated = quotas.update(net, project, quotas.UpdateOpts(network=7, port=-1, subnetpool=3))
    try:
        assert (updated.network, updated.port, updated.subnetpool) == (7, -1, 3)
        assert updated.router == defaults.router
        shown = quotas.get(net, project)
        assert (shown.network, shown.port) == (7, -1)

        listed = {q.project_id: q for q in quotas.list(net)}
        assert listed[project].network == 7

        details = quotas.get_details(net, project)
        assert details.network is not None
        assert (details.network.limit, details.network.used, details.network.reserved) == (7, 0, 0)
        assert details.subnet is not None and details.subnet.limit == defaults.subnet
    finally:
        quotas.delete(net, project)
    assert quotas.get(net, project).network == defaults.network
    assert project not in {q.project_id for q in quotas.list(net)}


def test_tags_of_a_network(net: typedstack.ServiceClient, network_id: str) -> None:
    kind = "networks"
    assert tags.list(net, kind, network_id).tags == []

    replaced = tags.replace(net, kind, network_id, tags.ReplaceOpts(tags=["red", "blue"]))
    assert sorted(replaced.tags) == ["blue", "red"]

    tags.add(net, kind, network_id, "green")
    assert sorted(tags.list(net, kind, network_id).tags) == ["blue", "green", "red"]

    assert tags.check(net, kind, network_id, "green") is True
    assert tags.check(net, kind, network_id, "black") is False

    tags.delete(net, kind, network_id, "red")
    assert sorted(tags.list(net, kind, network_id).tags) == ["blue", "green"]
    with pytest.raises(typedstack.NotFound):
        tags.delete(net, kind, network_id, "red")

    tagged = networks.list(net, networks.ListOpts(tags=["green", "blue"], id=network_id))
    assert [n.id for n in tagged] == [network_id]

    tags.delete_all(net, kind, network_id)
    assert tags.list(net, kind, network_id).tags == []


def test_tags_added_in_bulk(net: typedstack.ServiceClient, network_id: str) -> None:
    requires_extension(net, "tag-creation")  # POST .../tags
    kind = "networks"
    tags.replace(net, kind, network_id, tags.ReplaceOpts(tags=["red", "blue"]))
    added = tags.add_tags(net, kind, network_id, tags.AddTagsOpts(tags=["blue", "white"]))
    assert sorted(added.tags) == ["blue", "white"]
    assert sorted(tags.list(net, kind, network_id).tags) == ["blue", "red", "white"]
    tags.delete_all(net, kind, network_id)


def test_extensions(net: typedstack.ServiceClient) -> None:
    loaded = list(extensions.list(net))
    aliases = {e.alias for e in loaded}
    assert len(loaded) > 100
    assert {
        "router",
        "standard-attr-tag",
        "subnet_allocation",
        "address-scope",
        "quotas",
    } <= aliases

    router = extensions.get(net, "router")
    assert router.alias == "router"
    assert router.name
    assert router.description
    assert router.links == []
    with pytest.raises(typedstack.NotFound):
        extensions.get(net, "no-such-extension")


def test_versions(net: typedstack.ServiceClient) -> None:
    (version,) = versions.list(net)
    assert version.id == "v2.0"
    assert version.status == "CURRENT"
    assert version.links is not None
    assert version.links[0].rel == "self"
    assert (version.links[0].href or "").rstrip("/").endswith("/v2.0")

    resources = {r.collection: r for r in versions.list_resources(net)}
    assert {"networks", "subnets", "ports", "subnetpools"} <= set(resources)
    assert resources["networks"].name == "network"
    links = resources["networks"].links or []
    assert (links[0].href or "").endswith("/v2.0/networks")


def test_availability_zones_and_service_providers(net: typedstack.ServiceClient) -> None:
    # No agents run, so no zone is reported; the filters are still accepted.
    zones = availability_zones.list(net, availability_zones.ListOpts(resource="network"))
    assert all(z.resource == "network" for z in zones)

    providers = service_providers.list(net)
    assert all(p.service_type and p.name for p in providers)
    l3 = service_providers.list(net, service_providers.ListOpts(service_type="L3_ROUTER_NAT"))
    assert all(p.service_type == "L3_ROUTER_NAT" for p in l3)


def test_network_ip_availability(net: typedstack.ServiceClient, network_id: str) -> None:
    subnet = subnets.create(
        net,
        subnets.CreateOpts(network_id=network_id, ip_version=4, cidr="10.96.0.0/28", name="avail"),
    )
    ports.create(net, ports.CreateOpts(network_id=network_id))

    shown = network_ip_availability.get(net, network_id)
    assert shown.network_id == network_id
    assert (shown.total_ips, shown.used_ips) == (13, 1)
    (sub,) = shown.subnet_ip_availability or []
    assert (sub.subnet_id, sub.subnet_name, sub.cidr, sub.ip_version) == (
        subnet.id,
        "avail",
        "10.96.0.0/28",
        4,
    )
    assert (sub.total_ips, sub.used_ips) == (13, 1)

    listed = network_ip_availability.list(
        net, network_ip_availability.ListOpts(network_id=network_id)
    )
    assert [(n.network_id, n.used_ips) for n in listed] == [(network_id, 1)]
    with pytest.raises(typedstack.NotFound):
        network_ip_availability.get(net, "00000000-0000-0000-0000-000000000000")


def test_auto_allocated_topology_needs_an_external_network(
    net: typedstack.ServiceClient, account: Account
) -> None:
    project = account.project.id
    with pytest.raises(typedstack.HTTPError) as failure:
        auto_allocated_topology.get(
            net, project, auto_allocated_topology.GetOpts(fields=["dry-run"])
        )
    assert "external network" in str(failure.value)
    with pytest.raises(typedstack.Conflict, match="No default router:external network"):
        auto_allocated_topology.delete(net, project)
