"""Octavia L7 policies and rules, amphorae, quotas, flavors, availability
zones, their profiles and providers.

No local Octavia: the exact request each call sends and the decoding of a
realistic response, written from the API reference's examples.
"""

from __future__ import annotations

import datetime

import pytest

import typedstack
from tests.unit.recording import Recorder, provider_with
from typedstack.load_balancer import v2 as load_balancer
from typedstack.load_balancer.v2 import (
    amphorae,
    availability_zone_profiles,
    availability_zones,
    flavor_profiles,
    flavors,
    l7_policies,
    l7_rules,
    providers,
    quotas,
)

OCTAVIA = "http://octavia.test"

POLICY = {
    "listener_id": "023f2e34-7806-443b-bfae-16c324569a3d",
    "description": "Redirect requests to example.com",
    "admin_state_up": True,
    "rules": [{"id": "efd6a3f8-73bf-47f0-8ae6-503ebda57372"}],
    "created_at": "2017-06-24T23:25:14",
    "provisioning_status": "ACTIVE",
    "updated_at": "2017-06-24T23:30:05",
    "redirect_pool_id": None,
    "redirect_prefix": None,
    "redirect_url": "http://www.example.com",
    "redirect_http_code": 301,
    "action": "REDIRECT_TO_URL",
    "position": 1,
    "project_id": "e3cd678b11784734bc366148aa37580e",
    "id": "8a1412f0-4c32-4257-8b07-af4770b604fd",
    "operating_status": "ONLINE",
    "name": "redirect-example.com",
    "tags": ["test_tag"],
}

RULE = {
    "created_at": "2017-06-27T15:52:27",
    "compare_type": "REGEX",
    "provisioning_status": "ACTIVE",
    "invert": False,
    "admin_state_up": True,
    "updated_at": "2017-06-27T15:52:28",
    "value": "/images*",
    "key": None,
    "project_id": "e3cd678b11784734bc366148aa37580e",
    "type": "PATH",
    "id": "16621dbb-a736-4888-a57a-3ecd53df784c",
    "operating_status": "ONLINE",
    "tags": ["test_tag"],
}

AMPHORA = {
    "id": "6bd55cd3-802e-447e-a518-1e74e23bb106",
    "loadbalancer_id": "09eedfc6-2c55-41a8-a75c-2cd4e95212ca",
    "compute_id": "f0f79f90-733d-417a-8d70-cc6be62cd54d",
    "lb_network_ip": "192.168.1.2",
    "vrrp_ip": "192.168.1.5",
    "ha_ip": "192.168.1.10",
    "vrrp_port_id": "ab2a8add-76a9-44bb-89f8-88430193cc83",
    "ha_port_id": "19561fd3-5da5-46cc-bdd3-99bbdf7246e6",
    "cert_expiration": "2019-09-19T00:34:51",
    "cert_busy": False,
    "role": "MASTER",
    "status": "ALLOCATED",
    "vrrp_interface": "eth1",
    "vrrp_id": 1,
    "vrrp_priority": 100,
    "cached_zone": "zone1",
    "created_at": "2017-05-10T18:14:44",
    "updated_at": "2017-05-10T23:08:12",
    "image_id": "c1c2ad6f-1c1e-4744-8d1a-d0ef36289e74",
    "compute_flavor": "5446a14a-abec-4455-bc0e-a34e5ff001a3",
}

FLAVOR = {
    "id": "8f94060c-8b5b-4472-9da8-659e5c8a9f7a",
    "name": "Basic",
    "description": "A basic standalone Octavia load balancer.",
    "enabled": True,
    "flavor_profile_id": "5a9d3b8a-9b51-4c3e-9b2f-0f4ed2d2c0c6",
}

FLAVOR_PROFILE = {
    "id": "5a9d3b8a-9b51-4c3e-9b2f-0f4ed2d2c0c6",
    "name": "amphora-standalone",
    "provider_name": "amphora",
    "flavor_data": '{"loadbalancer_topology": "SINGLE"}',
}

AZ = {
    "name": "my_az",
    "description": "My availability zone.",
    "enabled": True,
    "availability_zone_profile_id": "5712097e-0092-45dc-bff0-ab68b61ad51a",
}

AZ_PROFILE = {
    "id": "5712097e-0092-45dc-bff0-ab68b61ad51a",
    "name": "some_az",
    "provider_name": "amphora",
    "availability_zone_data": '{"compute_zone": "az1"}',
}


@pytest.fixture()
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture()
def client(recorder: Recorder) -> typedstack.ServiceClient:
    return load_balancer.new_client(provider_with(recorder, {"load-balancer": OCTAVIA}))


# L7 policies


def test_create_l7_policy_sends_the_wrapped_body(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(201, {"l7policy": POLICY})
    opts = l7_policies.CreateOpts(
        listener_id=POLICY["listener_id"],
        action="REDIRECT_TO_URL",
        redirect_url="http://www.example.com",
        redirect_http_code=301,
        name="redirect-example.com",
        position=1,
        tags=["test_tag"],
    )
    made = l7_policies.create(client, opts)
    sent = recorder.seen[0]
    assert (sent.method, sent.url) == ("POST", f"{OCTAVIA}/v2/lbaas/l7policies")
    assert sent.json == {
        "l7policy": {
            "listener_id": POLICY["listener_id"],
            "action": "REDIRECT_TO_URL",
            "redirect_url": "http://www.example.com",
            "redirect_http_code": 301,
            "name": "redirect-example.com",
            "position": 1,
            "tags": ["test_tag"],
        }
    }
    assert made.id == POLICY["id"]
    assert made.action == "REDIRECT_TO_URL"
    assert made.redirect_pool_id is None
    assert [rule.id for rule in made.rules or []] == ["efd6a3f8-73bf-47f0-8ae6-503ebda57372"]
    assert made.created_at == datetime.datetime(2017, 6, 24, 23, 25, 14)


def test_l7_policy_action_is_checked_before_sending(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    with pytest.raises(typedstack.InvalidOptions):
        l7_policies.CreateOpts(listener_id="l1", action="DROP")  # type: ignore[arg-type]
    assert recorder.seen == []


def test_list_l7_policies_filters_and_follows_pages(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    second = {**POLICY, "id": "b6a5e2c4-36b8-4b76-9e1a-1c2f4e9d7a10", "position": 2}
    next_url = f"{OCTAVIA}/v2/lbaas/l7policies?limit=1&marker={POLICY['id']}"
    recorder.reply(
        200,
        {"l7policies": [POLICY], "l7policies_links": [{"rel": "next", "href": next_url}]},
    )
    recorder.reply(200, {"l7policies": [second], "l7policies_links": []})
    opts = l7_policies.ListOpts(
        listener_id=POLICY["listener_id"], action="REDIRECT_TO_URL", limit=1, sort=["position:asc"]
    )
    found = list(l7_policies.list(client, opts))
    assert [p.position for p in found] == [1, 2]
    first = recorder.seen[0]
    assert (first.method, first.path) == ("GET", "/v2/lbaas/l7policies")
    assert sorted(first.query) == sorted(
        [
            ("listener_id", POLICY["listener_id"]),
            ("action", "REDIRECT_TO_URL"),
            ("limit", "1"),
            ("sort", "position:asc"),
        ]
    )
    assert recorder.seen[1].url == next_url


def test_update_l7_policy_can_clear_a_field_and_delete(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(200, {"l7policy": {**POLICY, "description": None, "position": 2}})
    recorder.reply(204)
    changed = l7_policies.update(
        client, POLICY["id"], l7_policies.UpdateOpts(description=None, position=2)
    )
    assert (changed.description, changed.position) == (None, 2)
    l7_policies.delete(client, POLICY["id"])
    update, delete = recorder.seen
    url = f"{OCTAVIA}/v2/lbaas/l7policies/{POLICY['id']}"
    assert (update.method, update.url) == ("PUT", url)
    assert update.json == {"l7policy": {"description": None, "position": 2}}
    assert (delete.method, delete.url, delete.body) == ("DELETE", url, None)


def test_a_missing_l7_policy_raises_not_found(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(
        404, {"faultcode": "Client", "faultstring": "L7 Policy nope not found.", "debuginfo": None}
    )
    with pytest.raises(typedstack.NotFound):
        l7_policies.get(client, "nope")


# L7 rules


def test_l7_rule_create_get_update_delete(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    policy_id = POLICY["id"]
    recorder.reply(201, {"rule": RULE})
    recorder.reply(200, {"rule": RULE})
    recorder.reply(200, {"rule": {**RULE, "invert": True, "value": "/img*"}})
    recorder.reply(204)

    made = l7_rules.create(
        client,
        policy_id,
        l7_rules.CreateOpts(type="PATH", compare_type="REGEX", value="/images*"),
    )
    assert (made.type, made.compare_type, made.key) == ("PATH", "REGEX", None)
    shown = l7_rules.get(client, policy_id, RULE["id"], l7_rules.GetOpts(fields=["id", "value"]))
    assert shown.value == "/images*"
    changed = l7_rules.update(
        client, policy_id, RULE["id"], l7_rules.UpdateOpts(invert=True, value="/img*")
    )
    assert changed.invert is True
    l7_rules.delete(client, policy_id, RULE["id"])

    create, show, update, delete = recorder.seen
    base = f"/v2/lbaas/l7policies/{policy_id}/rules"
    assert (create.method, create.path) == ("POST", base)
    assert create.json == {"rule": {"type": "PATH", "compare_type": "REGEX", "value": "/images*"}}
    assert (show.method, show.path) == ("GET", f"{base}/{RULE['id']}")
    assert show.query == [("fields", "id"), ("fields", "value")]
    assert (update.method, update.path) == ("PUT", f"{base}/{RULE['id']}")
    assert update.json == {"rule": {"invert": True, "value": "/img*"}}
    assert (delete.method, delete.path) == ("DELETE", f"{base}/{RULE['id']}")


def test_list_l7_rules_follows_pages(recorder: Recorder, client: typedstack.ServiceClient) -> None:
    policy_id = POLICY["id"]
    second = {**RULE, "id": "0c3c4a1e-3f5b-4a56-8e4b-7d9f2a1b6c3d", "type": "HOST_NAME"}
    next_url = f"{OCTAVIA}/v2/lbaas/l7policies/{policy_id}/rules?limit=1&marker={RULE['id']}"
    recorder.reply(200, {"rules": [RULE], "rules_links": [{"rel": "next", "href": next_url}]})
    recorder.reply(200, {"rules": [second], "rules_links": []})
    found = list(l7_rules.list(client, policy_id, l7_rules.ListOpts(limit=1, invert=False)))
    assert [r.type for r in found] == ["PATH", "HOST_NAME"]
    assert sorted(recorder.seen[0].query) == [("invert", "false"), ("limit", "1")]
    assert recorder.seen[1].url == next_url


# Amphorae


def test_list_and_show_amphorae(recorder: Recorder, client: typedstack.ServiceClient) -> None:
    recorder.reply(200, {"amphorae": [AMPHORA], "amphorae_links": []})
    recorder.reply(200, {"amphora": AMPHORA})
    found = list(
        amphorae.list(
            client,
            amphorae.ListOpts(loadbalancer_id=AMPHORA["loadbalancer_id"], status="ALLOCATED"),
        )
    )
    assert [a.role for a in found] == ["MASTER"]
    shown = amphorae.get(client, AMPHORA["id"])
    listing, show = recorder.seen
    assert (listing.method, listing.path) == ("GET", "/v2/octavia/amphorae")
    assert sorted(listing.query) == [
        ("loadbalancer_id", AMPHORA["loadbalancer_id"]),
        ("status", "ALLOCATED"),
    ]
    assert (show.method, show.path) == ("GET", f"/v2/octavia/amphorae/{AMPHORA['id']}")
    assert shown.cert_expiration == datetime.datetime(2019, 9, 19, 0, 34, 51)
    assert (shown.cert_busy, shown.vrrp_id, shown.vrrp_priority) == (False, 1, 100)
    assert shown.ha_ip == "192.168.1.10"
    assert shown.compute_flavor == AMPHORA["compute_flavor"]


def test_amphora_stats_are_one_entry_per_listener(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    entry = {
        "active_connections": 48629,
        "bytes_in": 65671420,
        "bytes_out": 774771186,
        "id": AMPHORA["id"],
        "listener_id": "bbe44114-cda2-4fe0-b192-d9e24ce661db",
        "loadbalancer_id": AMPHORA["loadbalancer_id"],
        "request_errors": 0,
        "total_connections": 26189172,
    }
    recorder.reply(200, {"amphora_stats": [entry, {**entry, "listener_id": "other"}]})
    found = amphorae.stats(client, AMPHORA["id"])
    assert recorder.seen[0].path == f"/v2/octavia/amphorae/{AMPHORA['id']}/stats"
    assert [s.listener_id for s in found] == [entry["listener_id"], "other"]
    assert found[0].bytes_out == 774771186


def test_amphora_configure_failover_and_delete(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(202)
    recorder.reply(202)
    recorder.reply(204)
    amphorae.configure(client, AMPHORA["id"])
    amphorae.failover(client, AMPHORA["id"])
    amphorae.delete(client, AMPHORA["id"])
    url = f"{OCTAVIA}/v2/octavia/amphorae/{AMPHORA['id']}"
    assert [(r.method, r.url, r.body) for r in recorder.seen] == [
        ("PUT", f"{url}/config", None),
        ("PUT", f"{url}/failover", None),
        ("DELETE", url, None),
    ]


def test_failover_of_a_busy_amphora_raises_conflict(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(
        409,
        {
            "faultcode": "Client",
            "faultstring": "Load Balancer is immutable and cannot be updated.",
            "debuginfo": None,
        },
    )
    with pytest.raises(typedstack.Conflict):
        amphorae.failover(client, AMPHORA["id"])


# Quotas


def test_quota_list_defaults_and_show(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    limits = {
        "loadbalancer": 10,
        "listener": -1,
        "member": 50,
        "pool": None,
        "healthmonitor": -1,
        "l7policy": 20,
        "l7rule": -1,
    }
    project = "e3cd678b11784734bc366148aa37580e"
    recorder.reply(200, {"quotas": [{**limits, "project_id": project}], "quotas_links": []})
    recorder.reply(200, {"quota": {**limits, "pool": -1}})
    recorder.reply(200, {"quota": {**limits, "load_balancer": 10, "health_monitor": -1}})
    listed = list(quotas.list(client, quotas.ListOpts(project_id=project)))
    defaults = quotas.defaults(client)
    shown = quotas.get(client, project)
    listing, default, show = recorder.seen
    assert (listing.path, listing.query) == ("/v2/lbaas/quotas", [("project_id", project)])
    assert default.path == "/v2/lbaas/quotas/defaults"
    assert show.path == f"/v2/lbaas/quotas/{project}"
    assert (listed[0].project_id, listed[0].pool, listed[0].member) == (project, None, 50)
    assert defaults.pool == -1
    assert (shown.loadbalancer, shown.load_balancer, shown.health_monitor) == (10, 10, -1)


def test_quota_update_and_reset(recorder: Recorder, client: typedstack.ServiceClient) -> None:
    project = "e3cd678b11784734bc366148aa37580e"
    recorder.reply(
        202,
        {
            "quota": {
                "loadbalancer": 5,
                "listener": -1,
                "member": 50,
                "pool": None,
                "healthmonitor": -1,
                "l7policy": 20,
                "l7rule": -1,
            }
        },
    )
    recorder.reply(204)
    changed = quotas.update(client, project, quotas.UpdateOpts(loadbalancer=5, pool=None))
    quotas.delete(client, project)
    update, reset = recorder.seen
    assert (update.method, update.path) == ("PUT", f"/v2/lbaas/quotas/{project}")
    assert update.json == {"quota": {"loadbalancer": 5, "pool": None}}
    assert (changed.loadbalancer, changed.pool) == (5, None)
    assert (reset.method, reset.path) == ("DELETE", f"/v2/lbaas/quotas/{project}")


# Flavors and flavor profiles


def test_flavor_create_list_update_delete(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(201, {"flavor": FLAVOR})
    recorder.reply(200, {"flavors": [FLAVOR], "flavors_links": []})
    recorder.reply(200, {"flavor": {**FLAVOR, "enabled": False}})
    recorder.reply(204)
    made = flavors.create(
        client,
        flavors.CreateOpts(
            name="Basic",
            flavor_profile_id=FLAVOR["flavor_profile_id"],
            description=FLAVOR["description"],
        ),
    )
    assert made.id == FLAVOR["id"]
    assert [f.name for f in flavors.list(client, flavors.ListOpts(enabled=True))] == ["Basic"]
    assert flavors.update(client, FLAVOR["id"], flavors.UpdateOpts(enabled=False)).enabled is False
    flavors.delete(client, FLAVOR["id"])

    create, listing, update, delete = recorder.seen
    assert (create.method, create.path) == ("POST", "/v2/lbaas/flavors")
    assert create.json == {
        "flavor": {
            "name": "Basic",
            "flavor_profile_id": FLAVOR["flavor_profile_id"],
            "description": FLAVOR["description"],
        }
    }
    assert (listing.path, listing.query) == ("/v2/lbaas/flavors", [("enabled", "true")])
    assert (update.method, update.path) == ("PUT", f"/v2/lbaas/flavors/{FLAVOR['id']}")
    assert update.json == {"flavor": {"enabled": False}}
    assert (delete.method, delete.path) == ("DELETE", f"/v2/lbaas/flavors/{FLAVOR['id']}")


def test_deleting_a_flavor_in_use_raises_conflict(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(409, {"faultcode": "Client", "faultstring": "in use", "debuginfo": None})
    with pytest.raises(typedstack.Conflict):
        flavors.delete(client, FLAVOR["id"])


def test_flavor_profile_calls(recorder: Recorder, client: typedstack.ServiceClient) -> None:
    second = {**FLAVOR_PROFILE, "id": "c5b8a1e2-0f3d-4b6a-9e7c-2d1f0a9b8c7e", "name": "act-stdby"}
    next_url = f"{OCTAVIA}/v2/lbaas/flavorprofiles?limit=1&marker={FLAVOR_PROFILE['id']}"
    recorder.reply(201, {"flavorprofile": FLAVOR_PROFILE})
    recorder.reply(
        200,
        {
            "flavorprofiles": [FLAVOR_PROFILE],
            "flavorprofiles_links": [{"rel": "next", "href": next_url}],
        },
    )
    recorder.reply(200, {"flavorprofiles": [second], "flavorprofiles_links": []})
    recorder.reply(200, {"flavorprofile": FLAVOR_PROFILE})
    recorder.reply(200, {"flavorprofile": {**FLAVOR_PROFILE, "name": "renamed"}})
    recorder.reply(204)

    made = flavor_profiles.create(
        client,
        flavor_profiles.CreateOpts(
            name="amphora-standalone",
            provider_name="amphora",
            flavor_data='{"loadbalancer_topology": "SINGLE"}',
        ),
    )
    assert made.flavor_data == FLAVOR_PROFILE["flavor_data"]
    found = list(flavor_profiles.list(client, flavor_profiles.ListOpts(limit=1)))
    assert [p.name for p in found] == ["amphora-standalone", "act-stdby"]
    assert flavor_profiles.get(client, FLAVOR_PROFILE["id"]).provider_name == "amphora"
    renamed = flavor_profiles.update(
        client, FLAVOR_PROFILE["id"], flavor_profiles.UpdateOpts(name="renamed")
    )
    assert renamed.name == "renamed"
    flavor_profiles.delete(client, FLAVOR_PROFILE["id"])

    create, _page1, page2, show, update, delete = recorder.seen
    item = f"/v2/lbaas/flavorprofiles/{FLAVOR_PROFILE['id']}"
    assert (create.method, create.path) == ("POST", "/v2/lbaas/flavorprofiles")
    assert create.json == {
        "flavorprofile": {
            "name": "amphora-standalone",
            "provider_name": "amphora",
            "flavor_data": '{"loadbalancer_topology": "SINGLE"}',
        }
    }
    assert page2.url == next_url
    assert (show.method, show.path) == ("GET", item)
    assert (update.method, update.path, update.json) == (
        "PUT",
        item,
        {"flavorprofile": {"name": "renamed"}},
    )
    assert (delete.method, delete.path) == ("DELETE", item)


# Availability zones and their profiles


def test_availability_zone_calls_are_keyed_by_name(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(201, {"availability_zone": AZ})
    recorder.reply(200, {"availability_zones": [AZ], "availability_zones_links": []})
    recorder.reply(200, {"availability_zone": AZ})
    recorder.reply(200, {"availability_zone": {**AZ, "description": None}})
    recorder.reply(204)
    made = availability_zones.create(
        client,
        availability_zones.CreateOpts(
            name="my_az",
            availability_zone_profile_id=AZ["availability_zone_profile_id"],
            description="My availability zone.",
            enabled=True,
        ),
    )
    assert made.name == "my_az"
    assert [z.name for z in availability_zones.list(client)] == ["my_az"]
    assert availability_zones.get(client, "my_az").enabled is True
    cleared = availability_zones.update(
        client, "my_az", availability_zones.UpdateOpts(description=None)
    )
    assert cleared.description is None
    availability_zones.delete(client, "my_az")

    create, listing, show, update, delete = recorder.seen
    assert (create.method, create.path) == ("POST", "/v2/lbaas/availabilityzones")
    assert create.json == {
        "availability_zone": {
            "name": "my_az",
            "availability_zone_profile_id": AZ["availability_zone_profile_id"],
            "description": "My availability zone.",
            "enabled": True,
        }
    }
    assert listing.path == "/v2/lbaas/availabilityzones"
    assert (show.method, show.path) == ("GET", "/v2/lbaas/availabilityzones/my_az")
    assert update.json == {"availability_zone": {"description": None}}
    assert (delete.method, delete.path) == ("DELETE", "/v2/lbaas/availabilityzones/my_az")


def test_availability_zone_profile_calls(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(201, {"availability_zone_profile": AZ_PROFILE})
    recorder.reply(
        200, {"availability_zone_profiles": [AZ_PROFILE], "availability_zone_profiles_links": []}
    )
    recorder.reply(200, {"availability_zone_profile": AZ_PROFILE})
    recorder.reply(
        200,
        {"availability_zone_profile": {**AZ_PROFILE, "availability_zone_data": "{}"}},
    )
    recorder.reply(204)
    made = availability_zone_profiles.create(
        client,
        availability_zone_profiles.CreateOpts(
            name="some_az",
            provider_name="amphora",
            availability_zone_data='{"compute_zone": "az1"}',
        ),
    )
    assert made.id == AZ_PROFILE["id"]
    listed = list(
        availability_zone_profiles.list(
            client, availability_zone_profiles.ListOpts(provider_name="amphora")
        )
    )
    assert [p.name for p in listed] == ["some_az"]
    assert availability_zone_profiles.get(client, AZ_PROFILE["id"]).name == "some_az"
    changed = availability_zone_profiles.update(
        client,
        AZ_PROFILE["id"],
        availability_zone_profiles.UpdateOpts(availability_zone_data="{}"),
    )
    assert changed.availability_zone_data == "{}"
    availability_zone_profiles.delete(client, AZ_PROFILE["id"])

    create, listing, show, update, delete = recorder.seen
    item = f"/v2/lbaas/availabilityzoneprofiles/{AZ_PROFILE['id']}"
    assert (create.method, create.path) == ("POST", "/v2/lbaas/availabilityzoneprofiles")
    assert create.json == {
        "availability_zone_profile": {
            "name": "some_az",
            "provider_name": "amphora",
            "availability_zone_data": '{"compute_zone": "az1"}',
        }
    }
    assert listing.query == [("provider_name", "amphora")]
    assert (show.method, show.path) == ("GET", item)
    assert update.json == {"availability_zone_profile": {"availability_zone_data": "{}"}}
    assert (delete.method, delete.path) == ("DELETE", item)


def test_a_missing_availability_zone_raises_not_found(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(404, {"faultcode": "Client", "faultstring": "not found", "debuginfo": None})
    with pytest.raises(typedstack.NotFound):
        availability_zones.get(client, "nowhere")


# Providers


def test_providers_and_their_capabilities(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(
        200,
        {
            "providers": [
                {"name": "amphora", "description": "The Octavia Amphora driver."},
                {"name": "ovn", "description": "The OVN provider driver."},
            ]
        },
    )
    recorder.reply(
        200,
        {
            "flavor_capabilities": [
                {
                    "name": "loadbalancer_topology",
                    "description": "The load balancer topology. One of: SINGLE, ACTIVE_STANDBY",
                }
            ]
        },
    )
    recorder.reply(
        200,
        {
            "availability_zone_capabilities": [
                {"name": "compute_zone", "description": "The compute availability zone."}
            ]
        },
    )
    names = [p.name for p in providers.list(client)]
    flavor_caps = providers.flavor_capabilities(client, "amphora")
    az_caps = providers.availability_zone_capabilities(
        client, "amphora", providers.AvailabilityZoneCapabilitiesOpts(name="compute_zone")
    )
    assert names == ["amphora", "ovn"]
    assert [c.name for c in flavor_caps] == ["loadbalancer_topology"]
    assert az_caps[0].description == "The compute availability zone."
    listing, flavor_req, az_req = recorder.seen
    assert (listing.method, listing.path) == ("GET", "/v2/lbaas/providers")
    assert flavor_req.path == "/v2/lbaas/providers/amphora/flavor_capabilities"
    assert az_req.path == "/v2/lbaas/providers/amphora/availability_zone_capabilities"
    assert az_req.query == [("name", "compute_zone")]
