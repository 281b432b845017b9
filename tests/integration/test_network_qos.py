"""QoS and metering through the generated modules, against the real local Neutron.

QoS policies (shared, default, filters, pagination), every rule type on a
policy, the rule alias API, the rule types, a policy attached to a network
and a port, and metering labels with their rules.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import pytest

import typedstack
from tests.integration.conftest import unique
from tests.integration.recording import Cleanup
from typedstack.network.v2 import (
    metering_label_rules,
    metering_labels,
    networks,
    ports,
    qos_bandwidth_limit_rules,
    qos_dscp_marking_rules,
    qos_minimum_bandwidth_rules,
    qos_minimum_packet_rate_rules,
    qos_packet_rate_limit_rules,
    qos_policies,
    qos_rule_aliases,
    qos_rule_types,
)

pytestmark = pytest.mark.services

RULE_TYPES = {
    "bandwidth_limit",
    "dscp_marking",
    "minimum_bandwidth",
    "minimum_packet_rate",
    "packet_rate_limit",
}


# ------------------------------------------------------------------ fixtures


@pytest.fixture()
def cleanup() -> Iterator[Cleanup]:
    undo = Cleanup()
    yield undo
    undo.run()


@pytest.fixture()
def policy(net: typedstack.ServiceClient, cleanup: Cleanup) -> qos_policies.Policy:
    """A fresh unshared QoS policy, deleted at teardown."""
    made = qos_policies.create(
        net, qos_policies.CreateOpts(name=unique("qos"), description="made by a test")
    )
    cleanup.add(lambda: qos_policies.delete(net, made.id))
    return made


# ------------------------------------------------------------------ policies


def test_policy_lifecycle(net: typedstack.ServiceClient, cleanup: Cleanup) -> None:
    name = unique("qos")
    created = qos_policies.create(net, qos_policies.CreateOpts(name=name, description="first"))
    cleanup.add(lambda: qos_policies.delete(net, created.id))
    assert created.name == name
    assert created.description == "first"
    assert created.shared is False
    assert created.is_default is False
    assert created.rules == []
    assert created.project_id and created.project_id == created.tenant_id
    assert created.revision_number == 0
    assert created.created_at is not None and created.created_at.year >= 2024

    shown = qos_policies.get(net, created.id)
    assert (shown.id, shown.name) == (created.id, name)

    found = list(qos_policies.list(net, qos_policies.ListOpts(name=name)))
    assert [p.id for p in found] == [created.id]

    updated = qos_policies.update(
        net, created.id, qos_policies.UpdateOpts(description="second", shared=True)
    )
    assert (updated.description, updated.shared) == ("second", True)
    assert updated.revision_number is not None and updated.revision_number > 0

    shared = list(qos_policies.list(net, qos_policies.ListOpts(shared=True, name=name)))
    assert [p.id for p in shared] == [created.id]
    assert list(qos_policies.list(net, qos_policies.ListOpts(shared=False, name=name))) == []

    qos_policies.delete(net, created.id)
    with pytest.raises(typedstack.NotFound):
        qos_policies.get(net, created.id)
    with pytest.raises(typedstack.NotFound):
        qos_policies.delete(net, created.id)


def test_policy_listing_follows_every_page(
    net: typedstack.ServiceClient, cleanup: Cleanup
) -> None:
    marker = unique("page")
    made = []
    for _ in range(3):
        p = qos_policies.create(
            net, qos_policies.CreateOpts(name=unique("qos"), description=marker)
        )
        cleanup.add(functools.partial(qos_policies.delete, net, p.id))
        made.append(p.id)
    opts = qos_policies.ListOpts(description=marker, limit=1, sort_key=["name"], sort_dir=["desc"])
    pages = list(qos_policies.list(net, opts).pages())
    seen = [p.id for page in pages for p in page]
    assert sorted(seen) == sorted(made)
    assert len(pages) >= 3
    names = [p.name for page in pages for p in page]
    assert names == sorted(names, reverse=True)

    only = list(qos_policies.list(net, qos_policies.ListOpts(id=made[1], fields=["id", "name"])))
    assert [p.id for p in only] == [made[1]]
    assert only[0].description is typedstack.UNSET or only[0].description is None


def test_default_policy(net: typedstack.ServiceClient, cleanup: Cleanup) -> None:
    first = qos_policies.create(net, qos_policies.CreateOpts(name=unique("qos"), is_default=True))
    cleanup.add(lambda: qos_policies.delete(net, first.id))
    assert first.is_default is True
    assert qos_policies.get(net, first.id).is_default is True

    # A project has at most one default policy.
    with pytest.raises(typedstack.Conflict):
        qos_policies.create(net, qos_policies.CreateOpts(name=unique("qos"), is_default=True))

    cleared = qos_policies.update(net, first.id, qos_policies.UpdateOpts(is_default=False))
    assert cleared.is_default is False
    # Now another policy may become the default.
    second = qos_policies.create(net, qos_policies.CreateOpts(name=unique("qos"), is_default=True))
    cleanup.add(lambda: qos_policies.delete(net, second.id))
    assert second.is_default is True
    assert qos_policies.get(net, first.id).is_default is False


# --------------------------------------------------------------------- rules


def test_bandwidth_limit_rules(net: typedstack.ServiceClient, policy: qos_policies.Policy) -> None:
    mod = qos_bandwidth_limit_rules
    egress = mod.create(net, policy.id, mod.CreateOpts(max_kbps=10_000, max_burst_kbps=800))
    assert (egress.max_kbps, egress.max_burst_kbps, egress.direction) == (10_000, 800, "egress")
    ingress = mod.create(net, policy.id, mod.CreateOpts(max_kbps=5_000, direction="ingress"))
    assert ingress.direction == "ingress"

    assert mod.get(net, policy.id, egress.id).max_kbps == 10_000
    pages = list(mod.list(net, policy.id, mod.ListOpts(limit=1)).pages())
    assert sorted(r.id for page in pages for r in page) == sorted([egress.id, ingress.id])
    assert len(pages) >= 2
    only = list(mod.list(net, policy.id, mod.ListOpts(max_kbps=5_000)))
    assert [r.id for r in only] == [ingress.id]

    changed = mod.update(net, policy.id, egress.id, mod.UpdateOpts(max_kbps=20_000))
    assert (changed.max_kbps, changed.max_burst_kbps) == (20_000, 800)

    # The policy lists its rules with their type.
    rules = {r.id: r for r in (qos_policies.get(net, policy.id).rules or [])}
    assert rules[egress.id].type == "bandwidth_limit"
    assert rules[egress.id].qos_policy_id == policy.id
    assert rules[egress.id].max_kbps == 20_000

    # One rule of a type per direction.
    with pytest.raises(typedstack.Conflict):
        mod.create(net, policy.id, mod.CreateOpts(max_kbps=1, direction="ingress"))

    mod.delete(net, policy.id, egress.id)
    with pytest.raises(typedstack.NotFound):
        mod.get(net, policy.id, egress.id)
    assert [r.id for r in mod.list(net, policy.id)] == [ingress.id]


def test_dscp_marking_rules(net: typedstack.ServiceClient, policy: qos_policies.Policy) -> None:
    mod = qos_dscp_marking_rules
    rule = mod.create(net, policy.id, mod.CreateOpts(dscp_mark=26))
    assert rule.dscp_mark == 26
    assert mod.get(net, policy.id, rule.id).dscp_mark == 26
    assert [r.id for r in mod.list(net, policy.id, mod.ListOpts(dscp_mark=26))] == [rule.id]
    assert list(mod.list(net, policy.id, mod.ListOpts(dscp_mark=10))) == []
    assert mod.update(net, policy.id, rule.id, mod.UpdateOpts(dscp_mark=34)).dscp_mark == 34
    with pytest.raises(typedstack.BadRequest):
        mod.update(net, policy.id, rule.id, mod.UpdateOpts(dscp_mark=13))  # not a valid mark
    mod.delete(net, policy.id, rule.id)
    assert list(mod.list(net, policy.id)) == []


def test_minimum_bandwidth_rules(
    net: typedstack.ServiceClient, policy: qos_policies.Policy
) -> None:
    mod = qos_minimum_bandwidth_rules
    rule = mod.create(net, policy.id, mod.CreateOpts(min_kbps=1_000))
    assert (rule.min_kbps, rule.direction) == (1_000, "egress")
    assert mod.get(net, policy.id, rule.id).min_kbps == 1_000
    listed = list(mod.list(net, policy.id, mod.ListOpts(min_kbps=1_000)))
    assert [r.id for r in listed] == [rule.id]
    changed = mod.update(net, policy.id, rule.id, mod.UpdateOpts(min_kbps=2_000))
    assert changed.min_kbps == 2_000
    mod.delete(net, policy.id, rule.id)
    with pytest.raises(typedstack.NotFound):
        mod.get(net, policy.id, rule.id)


def test_minimum_packet_rate_rules(
    net: typedstack.ServiceClient, policy: qos_policies.Policy
) -> None:
    mod = qos_minimum_packet_rate_rules
    rule = mod.create(net, policy.id, mod.CreateOpts(min_kpps=100, direction="any"))
    assert (rule.min_kpps, rule.direction) == (100, "any")
    assert mod.get(net, policy.id, rule.id).direction == "any"
    listed = list(mod.list(net, policy.id, mod.ListOpts(direction="any")))
    assert [r.id for r in listed] == [rule.id]
    changed = mod.update(net, policy.id, rule.id, mod.UpdateOpts(min_kpps=200))
    assert (changed.min_kpps, changed.direction) == (200, "any")
    mod.delete(net, policy.id, rule.id)
    assert list(mod.list(net, policy.id)) == []


def test_packet_rate_limit_rules(
    net: typedstack.ServiceClient, policy: qos_policies.Policy
) -> None:
    mod = qos_packet_rate_limit_rules
    rule = mod.create(net, policy.id, mod.CreateOpts(max_kpps=1_000, max_burst_kpps=100))
    assert (rule.max_kpps, rule.max_burst_kpps, rule.direction) == (1_000, 100, "egress")
    assert mod.get(net, policy.id, rule.id).max_burst_kpps == 100
    listed = list(mod.list(net, policy.id, mod.ListOpts(max_kpps=1_000)))
    assert [r.id for r in listed] == [rule.id]
    changed = mod.update(
        net, policy.id, rule.id, mod.UpdateOpts(max_kpps=2_000, max_burst_kpps=200)
    )
    assert (changed.max_kpps, changed.max_burst_kpps) == (2_000, 200)
    mod.delete(net, policy.id, rule.id)
    with pytest.raises(typedstack.NotFound):
        mod.get(net, policy.id, rule.id)


def test_rules_of_an_unknown_policy(net: typedstack.ServiceClient) -> None:
    with pytest.raises(typedstack.NotFound):
        list(qos_dscp_marking_rules.list(net, "00000000-0000-0000-0000-000000000000"))


# ------------------------------------------------------------------- aliases


def test_rule_alias_api(net: typedstack.ServiceClient, policy: qos_policies.Policy) -> None:
    bw = qos_bandwidth_limit_rules.create(
        net, policy.id, qos_bandwidth_limit_rules.CreateOpts(max_kbps=3_000)
    )
    dscp = qos_dscp_marking_rules.create(
        net, policy.id, qos_dscp_marking_rules.CreateOpts(dscp_mark=8)
    )
    minbw = qos_minimum_bandwidth_rules.create(
        net, policy.id, qos_minimum_bandwidth_rules.CreateOpts(min_kbps=500)
    )
    minpps = qos_minimum_packet_rate_rules.create(
        net,
        policy.id,
        qos_minimum_packet_rate_rules.CreateOpts(min_kpps=50, direction="ingress"),
    )

    shown = qos_rule_aliases.get_bandwidth_limit_rule(net, bw.id)
    assert (shown.id, shown.max_kbps) == (bw.id, 3_000)
    changed = qos_rule_aliases.update_bandwidth_limit_rule(
        net, bw.id, qos_rule_aliases.UpdateBandwidthLimitRuleOpts(max_burst_kbps=300)
    )
    assert (changed.max_kbps, changed.max_burst_kbps) == (3_000, 300)
    assert qos_bandwidth_limit_rules.get(net, policy.id, bw.id).max_burst_kbps == 300

    assert qos_rule_aliases.get_dscp_marking_rule(net, dscp.id).dscp_mark == 8
    assert (
        qos_rule_aliases.update_dscp_marking_rule(
            net, dscp.id, qos_rule_aliases.UpdateDscpMarkingRuleOpts(dscp_mark=16)
        ).dscp_mark
        == 16
    )

    assert qos_rule_aliases.get_minimum_bandwidth_rule(net, minbw.id).min_kbps == 500
    assert (
        qos_rule_aliases.update_minimum_bandwidth_rule(
            net, minbw.id, qos_rule_aliases.UpdateMinimumBandwidthRuleOpts(min_kbps=700)
        ).min_kbps
        == 700
    )

    assert qos_rule_aliases.get_minimum_packet_rate_rule(net, minpps.id).direction == "ingress"
    assert (
        qos_rule_aliases.update_minimum_packet_rate_rule(
            net, minpps.id, qos_rule_aliases.UpdateMinimumPacketRateRuleOpts(min_kpps=60)
        ).min_kpps
        == 60
    )

    qos_rule_aliases.delete_bandwidth_limit_rule(net, bw.id)
    qos_rule_aliases.delete_dscp_marking_rule(net, dscp.id)
    qos_rule_aliases.delete_minimum_bandwidth_rule(net, minbw.id)
    qos_rule_aliases.delete_minimum_packet_rate_rule(net, minpps.id)
    assert qos_policies.get(net, policy.id).rules == []
    with pytest.raises(typedstack.NotFound):
        qos_rule_aliases.get_bandwidth_limit_rule(net, bw.id)
    with pytest.raises(typedstack.NotFound):
        qos_rule_aliases.delete_minimum_packet_rate_rule(net, minpps.id)


# ---------------------------------------------------------------- rule types


def test_rule_types(net: typedstack.ServiceClient) -> None:
    every = list(qos_rule_types.list(net, qos_rule_types.ListOpts(all_rules=True)))
    assert {t.type for t in every} == RULE_TYPES
    # No QoS driver is loaded here (ML2 without mechanism drivers): none is supported.
    assert list(qos_rule_types.list(net)) == []
    assert list(qos_rule_types.list(net, qos_rule_types.ListOpts(all_supported=True))) == []

    shown = qos_rule_types.get(net, "bandwidth_limit")
    assert shown.type == "bandwidth_limit"
    assert shown.drivers == []


# ---------------------------------------------------------------- attachment


def test_policy_on_a_network_and_a_port(
    net: typedstack.ServiceClient, policy: qos_policies.Policy, cleanup: Cleanup
) -> None:
    port_policy = qos_policies.create(net, qos_policies.CreateOpts(name=unique("qos")))
    cleanup.add(lambda: qos_policies.delete(net, port_policy.id))

    network = networks.create(
        net, networks.CreateOpts(name=unique("net"), qos_policy_id=policy.id)
    )
    cleanup.add(lambda: networks.delete(net, network.id))
    assert network.qos_policy_id == policy.id

    port = ports.create(net, ports.CreateOpts(network_id=network.id, qos_policy_id=port_policy.id))
    cleanup.add(lambda: ports.delete(net, port.id))
    assert port.qos_policy_id == port_policy.id
    assert port.qos_network_policy_id == policy.id

    # A policy in use cannot be deleted.
    with pytest.raises(typedstack.Conflict):
        qos_policies.delete(net, policy.id)
    with pytest.raises(typedstack.Conflict):
        qos_policies.delete(net, port_policy.id)

    detached = ports.update(net, port.id, ports.UpdateOpts(qos_policy_id=None))
    assert detached.qos_policy_id is None
    qos_policies.delete(net, port_policy.id)
    with pytest.raises(typedstack.NotFound):
        qos_policies.get(net, port_policy.id)


# ------------------------------------------------------------------ metering


def test_metering_labels_and_rules(net: typedstack.ServiceClient, cleanup: Cleanup) -> None:
    name = unique("meter")
    label = metering_labels.create(
        net, metering_labels.CreateOpts(name=name, description="counted traffic")
    )
    cleanup.add(lambda: metering_labels.delete(net, label.id))
    assert (label.name, label.description, label.shared) == (name, "counted traffic", False)
    assert label.project_id and label.project_id == label.tenant_id
    assert metering_labels.get(net, label.id).name == name
    assert [m.id for m in metering_labels.list(net, metering_labels.ListOpts(name=name))] == [
        label.id
    ]

    shared = metering_labels.create(net, metering_labels.CreateOpts(name=name, shared=True))
    cleanup.add(lambda: metering_labels.delete(net, shared.id))
    assert shared.shared is True
    only = list(metering_labels.list(net, metering_labels.ListOpts(name=name, shared=True)))
    assert [m.id for m in only] == [shared.id]

    inbound = metering_label_rules.create(
        net,
        metering_label_rules.CreateOpts(
            metering_label_id=label.id, direction="ingress", source_ip_prefix="203.0.113.0/24"
        ),
    )
    assert inbound.metering_label_id == label.id
    assert (inbound.direction, inbound.excluded) == ("ingress", False)
    assert inbound.source_ip_prefix == "203.0.113.0/24"
    assert inbound.destination_ip_prefix is None
    assert inbound.remote_ip_prefix is None

    outbound = metering_label_rules.create(
        net,
        metering_label_rules.CreateOpts(
            metering_label_id=label.id,
            direction="egress",
            destination_ip_prefix="198.51.100.0/24",
            excluded=True,
        ),
    )
    assert (outbound.direction, outbound.excluded) == ("egress", True)
    assert metering_label_rules.get(net, outbound.id).destination_ip_prefix == "198.51.100.0/24"

    opts = metering_label_rules.ListOpts(metering_label_id=label.id, limit=1)
    pages = list(metering_label_rules.list(net, opts).pages())
    assert sorted(r.id for page in pages for r in page) == sorted([inbound.id, outbound.id])
    assert len(pages) >= 2
    excluded = metering_label_rules.ListOpts(metering_label_id=label.id, excluded=True)
    assert [r.id for r in metering_label_rules.list(net, excluded)] == [outbound.id]

    with pytest.raises(typedstack.NotFound):
        metering_label_rules.create(
            net,
            metering_label_rules.CreateOpts(
                metering_label_id="00000000-0000-0000-0000-000000000000",
                direction="ingress",
                source_ip_prefix="10.0.0.0/8",
            ),
        )

    metering_label_rules.delete(net, inbound.id)
    with pytest.raises(typedstack.NotFound):
        metering_label_rules.get(net, inbound.id)

    # Deleting a label deletes its remaining rules.
    metering_labels.delete(net, label.id)
    with pytest.raises(typedstack.NotFound):
        metering_labels.get(net, label.id)
    with pytest.raises(typedstack.NotFound):
        metering_label_rules.get(net, outbound.id)
