"""Octavia load balancers, listeners, pools, members and health monitors.

No local Octavia runs: for each resource, the exact request (method, path,
query, JSON body) and the decoding of a realistic answer written from the
API reference's examples, pagination through the *_links lists, and the
typed errors.
"""

from __future__ import annotations

import datetime

import pytest

import typedstack
from tests.unit.recording import Recorder, provider_with
from typedstack.load_balancer import v2 as load_balancer
from typedstack.load_balancer.v2 import health_monitors, listeners, load_balancers, members, pools
from typedstack.runtime import UNSET

OCTAVIA = "http://octavia.test"
PROJECT = "e3cd678b11784734bc366148aa37580e"
LB_ID = "8a562351-f0fb-424c-a0af-513461424ea5"
LISTENER_ID = "023f2e34-7806-443b-bfae-16c324569a3d"
POOL_ID = "4029d267-3983-4224-a3d0-afb3fe16a2cd"
MEMBER_ID = "957a1ace-1bd2-449b-8455-820b6e4b63f3"
HM_ID = "8ed3c5ac-6efa-420c-bedb-99ba14e58db5"
SUBNET_ID = "d4af86e1-0051-488c-b7a0-527f97490c9a"


@pytest.fixture()
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture()
def client(recorder: Recorder) -> typedstack.ServiceClient:
    return load_balancer.new_client(provider_with(recorder, {"load-balancer": OCTAVIA}))


def lb(**overrides: object) -> dict[str, object]:
    body: dict[str, object] = {
        "description": "My favorite load balancer",
        "admin_state_up": True,
        "project_id": PROJECT,
        "provisioning_status": "PENDING_CREATE",
        "flavor_id": "",
        "vip_subnet_id": SUBNET_ID,
        "vip_address": "203.0.113.50",
        "vip_network_id": "d0d217df-3958-4fbf-a3c2-8dad2908c709",
        "vip_port_id": "b4ca07d1-a31e-43e2-891a-7d14f419f342",
        "vip_qos_policy_id": None,
        "provider": "octavia",
        "created_at": "2017-02-28T00:41:44",
        "updated_at": None,
        "id": LB_ID,
        "operating_status": "OFFLINE",
        "name": "best_load_balancer",
        "listeners": [],
        "pools": [],
        "tags": ["test_tag"],
        "availability_zone": "my_az",
        "additional_vips": [],
        "vip_vnic_type": "normal",
    }
    body.update(overrides)
    return body


# ------------------------------------------------------------------ load balancers


def test_load_balancer_create_get_update_delete(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(201, {"loadbalancer": lb()})
    recorder.reply(
        200,
        {
            "loadbalancer": lb(
                provisioning_status="ACTIVE",
                operating_status="ONLINE",
                listeners=[{"id": LISTENER_ID}],
                pools=[{"id": POOL_ID}],
                updated_at="2017-02-28T00:43:30",
            )
        },
    )
    recorder.reply(200, {"loadbalancer": lb(name="renamed", provisioning_status="PENDING_UPDATE")})
    recorder.reply(204)

    created = load_balancers.create(
        client,
        load_balancers.CreateOpts(
            name="best_load_balancer",
            vip_subnet_id=SUBNET_ID,
            vip_address="203.0.113.50",
            provider="octavia",
            availability_zone="my_az",
            additional_vips=[load_balancers.AdditionalVip(subnet_id="sub-2")],
            tags=["test_tag"],
        ),
    )
    shown = load_balancers.get(client, LB_ID, load_balancers.GetOpts(fields=["id", "name"]))
    updated = load_balancers.update(
        client, LB_ID, load_balancers.UpdateOpts(name="renamed", vip_qos_policy_id=None)
    )
    load_balancers.delete(client, LB_ID, load_balancers.DeleteOpts(cascade=True))

    create, show, update, delete = recorder.seen
    assert (create.method, create.url) == ("POST", f"{OCTAVIA}/v2/lbaas/loadbalancers")
    assert create.json == {
        "loadbalancer": {
            "name": "best_load_balancer",
            "vip_subnet_id": SUBNET_ID,
            "vip_address": "203.0.113.50",
            "additional_vips": [{"subnet_id": "sub-2"}],
            "provider": "octavia",
            "availability_zone": "my_az",
            "tags": ["test_tag"],
        }
    }
    assert (show.method, show.path) == ("GET", f"/v2/lbaas/loadbalancers/{LB_ID}")
    assert show.query == [("fields", "id"), ("fields", "name")]
    assert (update.method, update.path) == ("PUT", f"/v2/lbaas/loadbalancers/{LB_ID}")
    assert update.json == {"loadbalancer": {"name": "renamed", "vip_qos_policy_id": None}}
    assert (delete.method, delete.path) == ("DELETE", f"/v2/lbaas/loadbalancers/{LB_ID}")
    assert delete.query == [("cascade", "true")]

    assert created.id == LB_ID
    assert created.provisioning_status == "PENDING_CREATE"
    assert created.created_at == datetime.datetime(2017, 2, 28, 0, 41, 44)
    assert created.updated_at is None and created.vip_qos_policy_id is None
    assert created.availability_zone == "my_az" and created.vip_vnic_type == "normal"
    assert [ref.id for ref in shown.listeners or []] == [LISTENER_ID]
    assert [ref.id for ref in shown.pools or []] == [POOL_ID]
    assert shown.operating_status == "ONLINE"
    assert updated.name == "renamed"


def test_load_balancer_single_call_create_sends_the_tree(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(201, {"loadbalancer": lb()})
    listener = {
        "name": "http_listener",
        "protocol": "HTTP",
        "protocol_port": 80,
        "default_pool": {
            "name": "rr_pool",
            "protocol": "HTTP",
            "lb_algorithm": "ROUND_ROBIN",
            "members": [{"address": "192.0.2.16", "protocol_port": 80}],
        },
    }
    load_balancers.create(
        client, load_balancers.CreateOpts(vip_subnet_id=SUBNET_ID, listeners=[listener])
    )
    assert recorder.seen[0].json == {
        "loadbalancer": {"vip_subnet_id": SUBNET_ID, "listeners": [listener]}
    }


def test_load_balancer_list_filters_and_follows_pages(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    second = "c1d2e3f4-0000-4a6b-bb61-f2c9a22c9902"
    recorder.reply(
        200,
        {
            "loadbalancers": [lb()],
            "loadbalancers_links": [
                {
                    "rel": "next",
                    "href": f"{OCTAVIA}/v2/lbaas/loadbalancers?limit=1&marker={LB_ID}",
                }
            ],
        },
    )
    recorder.reply(
        200, {"loadbalancers": [lb(id=second, name="other")], "loadbalancers_links": []}
    )
    items = list(
        load_balancers.list(
            client,
            load_balancers.ListOpts(
                project_id=PROJECT, provisioning_status="ACTIVE", tags_any=["a", "b"], limit=1
            ),
        )
    )
    assert [item.id for item in items] == [LB_ID, second]
    first_call, next_call = recorder.seen
    assert first_call.path == "/v2/lbaas/loadbalancers"
    assert first_call.query == [
        ("project_id", PROJECT),
        ("provisioning_status", "ACTIVE"),
        ("tags-any", "a,b"),
        ("limit", "1"),
    ]
    assert next_call.path == "/v2/lbaas/loadbalancers"
    assert next_call.query == [("limit", "1"), ("marker", LB_ID)]


def test_load_balancer_stats_status_tree_and_failover(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(
        200,
        {
            "stats": {
                "bytes_in": 65671420,
                "total_connections": 546213,
                "active_connections": 41,
                "bytes_out": 774771186,
                "request_errors": 0,
            }
        },
    )
    recorder.reply(
        200,
        {
            "statuses": {
                "loadbalancer": {
                    "name": "excellent_load_balancer",
                    "provisioning_status": "ACTIVE",
                    "operating_status": "DEGRADED",
                    "id": LB_ID,
                    "listeners": [
                        {
                            "name": "HTTP_listener",
                            "provisioning_status": "ACTIVE",
                            "operating_status": "DEGRADED",
                            "id": LISTENER_ID,
                            "pools": [
                                {
                                    "name": "HTTP_pool",
                                    "provisioning_status": "ACTIVE",
                                    "operating_status": "DEGRADED",
                                    "id": POOL_ID,
                                    "healthmonitor": {
                                        "type": "HTTP",
                                        "id": HM_ID,
                                        "name": "HTTP_healthmonitor",
                                        "provisioning_status": "ACTIVE",
                                    },
                                    "members": [
                                        {
                                            "name": "",
                                            "provisioning_status": "ACTIVE",
                                            "address": "192.0.2.20",
                                            "protocol_port": 80,
                                            "id": MEMBER_ID,
                                            "operating_status": "ERROR",
                                        }
                                    ],
                                }
                            ],
                            "l7policies": [
                                {
                                    "action": "REDIRECT_TO_URL",
                                    "rules": [
                                        {
                                            "type": "PATH",
                                            "id": "27f3007a-a1cb-4e17-9696-0e578d617715",
                                            "provisioning_status": "ACTIVE",
                                        }
                                    ],
                                    "id": "2e8f3139-0673-43f9-aae4-c7a9460e3233",
                                    "name": "redirect_policy",
                                    "provisioning_status": "ACTIVE",
                                }
                            ],
                        }
                    ],
                    "pools": [
                        {
                            "name": "source_ip_pool",
                            "provisioning_status": "ACTIVE",
                            "healthmonitor": {},
                            "members": [],
                            "id": "8189d6a9-646e-4d23-b742-548dab991951",
                            "operating_status": "ONLINE",
                        }
                    ],
                }
            }
        },
    )
    recorder.reply(202)

    stats = load_balancers.get_stats(client, LB_ID)
    tree = load_balancers.get_status_tree(client, LB_ID)
    load_balancers.failover(client, LB_ID)

    stats_call, status_call, failover_call = recorder.seen
    assert (stats_call.method, stats_call.path) == (
        "GET",
        f"/v2/lbaas/loadbalancers/{LB_ID}/stats",
    )
    assert (status_call.method, status_call.path) == (
        "GET",
        f"/v2/lbaas/loadbalancers/{LB_ID}/status",
    )
    assert (failover_call.method, failover_call.path) == (
        "PUT",
        f"/v2/lbaas/loadbalancers/{LB_ID}/failover",
    )
    assert failover_call.body in (None, b"")

    assert (stats.active_connections, stats.total_connections) == (41, 546213)
    assert (stats.bytes_in, stats.bytes_out, stats.request_errors) == (65671420, 774771186, 0)

    root = tree.loadbalancer
    assert root is not None and root.operating_status == "DEGRADED"
    listener = (root.listeners or [])[0]
    pool = (listener.pools or [])[0]
    assert pool.healthmonitor is not None and pool.healthmonitor.type == "HTTP"
    member = (pool.members or [])[0]
    assert (member.address, member.protocol_port, member.operating_status) == (
        "192.0.2.20",
        80,
        "ERROR",
    )
    policy = (listener.l7policies or [])[0]
    assert policy.action == "REDIRECT_TO_URL"
    assert [rule.type for rule in policy.rules or []] == ["PATH"]
    lone_pool = (root.pools or [])[0]
    assert lone_pool.healthmonitor is not None and lone_pool.healthmonitor.id is UNSET
    assert lone_pool.members == []


def test_load_balancer_missing_is_not_found(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(404, {"faultcode": "Client", "faultstring": "Load Balancer x not found."})
    with pytest.raises(typedstack.NotFound):
        load_balancers.get(client, "x")


# ------------------------------------------------------------------ listeners


LISTENER = {
    "description": "A great TLS listener",
    "admin_state_up": True,
    "project_id": PROJECT,
    "protocol": "TERMINATED_HTTPS",
    "protocol_port": 443,
    "provisioning_status": "ACTIVE",
    "default_tls_container_ref": "http://198.51.100.10:9311/v1/containers/a570068c",
    "loadbalancers": [{"id": LB_ID}],
    "insert_headers": {"X-Forwarded-Port": "true", "X-Forwarded-For": "true"},
    "created_at": "2017-02-28T00:42:44",
    "updated_at": "2017-02-28T00:44:30",
    "id": LISTENER_ID,
    "operating_status": "ONLINE",
    "default_pool_id": POOL_ID,
    "sni_container_refs": [],
    "l7policies": [{"id": "5e618272-339d-4a80-8d14-dbc093091bb1"}],
    "name": "great_tls_listener",
    "connection_limit": -1,
    "timeout_client_data": 50000,
    "timeout_member_connect": 5000,
    "timeout_member_data": 50000,
    "timeout_tcp_inspect": 0,
    "tags": ["test_tag"],
    "client_authentication": "NONE",
    "client_ca_tls_container_ref": None,
    "client_crl_container_ref": None,
    "allowed_cidrs": None,
    "tls_ciphers": None,
    "tls_versions": ["TLSv1.2", "TLSv1.3"],
    "alpn_protocols": ["h2", "http/1.1"],
    "hsts_max_age": None,
    "hsts_include_subdomains": False,
    "hsts_preload": False,
}


def test_listener_create_update_stats_delete(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(201, {"listener": LISTENER})
    recorder.reply(200, {"listener": {**LISTENER, "hsts_max_age": 31536000}})
    recorder.reply(
        200,
        {
            "stats": {
                "bytes_in": 65671420,
                "total_connections": 546213,
                "active_connections": 41,
                "bytes_out": 774771186,
                "request_errors": 0,
            }
        },
    )
    recorder.reply(204)

    created = listeners.create(
        client,
        listeners.CreateOpts(
            loadbalancer_id=LB_ID,
            protocol="TERMINATED_HTTPS",
            protocol_port=443,
            name="great_tls_listener",
            default_tls_container_ref="http://198.51.100.10:9311/v1/containers/a570068c",
            insert_headers={"X-Forwarded-For": "true"},
            tls_versions=["TLSv1.2", "TLSv1.3"],
        ),
    )
    updated = listeners.update(
        client,
        LISTENER_ID,
        listeners.UpdateOpts(hsts_max_age=31536000, default_pool_id=None, allowed_cidrs=None),
    )
    stats = listeners.get_stats(client, LISTENER_ID)
    listeners.delete(client, LISTENER_ID)

    create, update, stats_call, delete = recorder.seen
    assert (create.method, create.path) == ("POST", "/v2/lbaas/listeners")
    assert create.json == {
        "listener": {
            "loadbalancer_id": LB_ID,
            "protocol": "TERMINATED_HTTPS",
            "protocol_port": 443,
            "name": "great_tls_listener",
            "default_tls_container_ref": "http://198.51.100.10:9311/v1/containers/a570068c",
            "insert_headers": {"X-Forwarded-For": "true"},
            "tls_versions": ["TLSv1.2", "TLSv1.3"],
        }
    }
    assert (update.method, update.path) == ("PUT", f"/v2/lbaas/listeners/{LISTENER_ID}")
    assert update.json == {
        "listener": {"default_pool_id": None, "allowed_cidrs": None, "hsts_max_age": 31536000}
    }
    assert (stats_call.method, stats_call.path) == (
        "GET",
        f"/v2/lbaas/listeners/{LISTENER_ID}/stats",
    )
    assert (delete.method, delete.path) == ("DELETE", f"/v2/lbaas/listeners/{LISTENER_ID}")

    assert created.protocol == "TERMINATED_HTTPS" and created.protocol_port == 443
    assert created.insert_headers == {"X-Forwarded-Port": "true", "X-Forwarded-For": "true"}
    assert [ref.id for ref in created.loadbalancers or []] == [LB_ID]
    assert created.client_ca_tls_container_ref is None
    assert created.updated_at == datetime.datetime(2017, 2, 28, 0, 44, 30)
    assert updated.hsts_max_age == 31536000
    assert stats.active_connections == 41


def test_listener_create_refuses_an_unknown_protocol() -> None:
    with pytest.raises(typedstack.InvalidOptions, match="protocol"):
        listeners.CreateOpts(
            loadbalancer_id=LB_ID, protocol="QUIC", protocol_port=443  # type: ignore[arg-type]
        )


def test_listener_list_by_load_balancer(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(200, {"listeners": [LISTENER], "listeners_links": []})
    items = list(
        listeners.list(client, listeners.ListOpts(loadbalancer_id=LB_ID, protocol_port=443))
    )
    assert [item.name for item in items] == ["great_tls_listener"]
    assert recorder.seen[0].path == "/v2/lbaas/listeners"
    assert recorder.seen[0].query == [("loadbalancer_id", LB_ID), ("protocol_port", "443")]


# ------------------------------------------------------------------ pools


POOL = {
    "lb_algorithm": "ROUND_ROBIN",
    "protocol": "HTTP",
    "description": "Super Round Robin Pool",
    "admin_state_up": True,
    "loadbalancers": [{"id": LB_ID}],
    "created_at": "2017-05-10T18:14:44",
    "provisioning_status": "ACTIVE",
    "updated_at": "2017-05-10T23:08:12",
    "session_persistence": {"cookie_name": "ChocolateChip", "type": "APP_COOKIE"},
    "listeners": [{"id": LISTENER_ID}],
    "members": [],
    "healthmonitor_id": None,
    "project_id": PROJECT,
    "id": POOL_ID,
    "operating_status": "ONLINE",
    "name": "super-pool",
    "tags": ["test_tag"],
    "tls_enabled": False,
    "tls_container_ref": None,
    "ca_tls_container_ref": None,
    "crl_container_ref": None,
    "tls_ciphers": None,
    "tls_versions": None,
    "alpn_protocols": None,
}


def test_pool_create_get_update_delete(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(201, {"pool": POOL})
    recorder.reply(200, {"pool": POOL})
    recorder.reply(200, {"pool": {**POOL, "session_persistence": None}})
    recorder.reply(204)

    created = pools.create(
        client,
        pools.CreateOpts(
            protocol="HTTP",
            lb_algorithm="ROUND_ROBIN",
            listener_id=LISTENER_ID,
            name="super-pool",
            session_persistence=pools.SessionPersistence(
                type="APP_COOKIE", cookie_name="ChocolateChip"
            ),
        ),
    )
    shown = pools.get(client, POOL_ID)
    updated = pools.update(
        client, POOL_ID, pools.UpdateOpts(session_persistence=None, lb_algorithm="SOURCE_IP")
    )
    pools.delete(client, POOL_ID)

    create, show, update, delete = recorder.seen
    assert (create.method, create.path) == ("POST", "/v2/lbaas/pools")
    assert create.json == {
        "pool": {
            "protocol": "HTTP",
            "lb_algorithm": "ROUND_ROBIN",
            "listener_id": LISTENER_ID,
            "name": "super-pool",
            "session_persistence": {"type": "APP_COOKIE", "cookie_name": "ChocolateChip"},
        }
    }
    assert (show.method, show.path) == ("GET", f"/v2/lbaas/pools/{POOL_ID}")
    assert (update.method, update.path) == ("PUT", f"/v2/lbaas/pools/{POOL_ID}")
    assert update.json == {"pool": {"lb_algorithm": "SOURCE_IP", "session_persistence": None}}
    assert (delete.method, delete.path) == ("DELETE", f"/v2/lbaas/pools/{POOL_ID}")

    assert created.session_persistence is not None
    assert created.session_persistence.type == "APP_COOKIE"
    assert created.session_persistence.cookie_name == "ChocolateChip"
    assert created.healthmonitor_id is None
    assert [ref.id for ref in shown.listeners or []] == [LISTENER_ID]
    assert updated.session_persistence is None


def test_pool_delete_in_use_is_a_conflict(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(
        409,
        {"faultcode": "Client", "faultstring": "Load Balancer is immutable.", "debuginfo": None},
    )
    with pytest.raises(typedstack.Conflict):
        pools.delete(client, POOL_ID)


# ------------------------------------------------------------------ members


MEMBER = {
    "monitor_port": 8080,
    "project_id": PROJECT,
    "name": "web-server-1",
    "weight": 20,
    "backup": False,
    "admin_state_up": True,
    "subnet_id": "bbb35f84-35cc-4b2f-84c2-a6a29bba68aa",
    "created_at": "2017-05-11T17:21:34",
    "provisioning_status": "ACTIVE",
    "monitor_address": None,
    "updated_at": "2017-05-11T17:21:37",
    "address": "192.0.2.16",
    "protocol_port": 80,
    "id": MEMBER_ID,
    "operating_status": "NO_MONITOR",
    "tags": ["test_tag"],
    "vnic_type": "normal",
}


def test_member_create_get_update_delete(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(201, {"member": MEMBER})
    recorder.reply(200, {"member": MEMBER})
    recorder.reply(200, {"member": {**MEMBER, "weight": 0, "monitor_port": None}})
    recorder.reply(204)

    created = members.create(
        client,
        POOL_ID,
        members.CreateOpts(
            address="192.0.2.16",
            protocol_port=80,
            subnet_id="bbb35f84-35cc-4b2f-84c2-a6a29bba68aa",
            weight=20,
            monitor_port=8080,
            name="web-server-1",
        ),
    )
    shown = members.get(client, POOL_ID, MEMBER_ID)
    updated = members.update(
        client, POOL_ID, MEMBER_ID, members.UpdateOpts(weight=0, monitor_port=None)
    )
    members.delete(client, POOL_ID, MEMBER_ID)

    create, show, update, delete = recorder.seen
    assert (create.method, create.path) == ("POST", f"/v2/lbaas/pools/{POOL_ID}/members")
    assert create.json == {
        "member": {
            "address": "192.0.2.16",
            "protocol_port": 80,
            "subnet_id": "bbb35f84-35cc-4b2f-84c2-a6a29bba68aa",
            "name": "web-server-1",
            "weight": 20,
            "monitor_port": 8080,
        }
    }
    member_path = f"/v2/lbaas/pools/{POOL_ID}/members/{MEMBER_ID}"
    assert (show.method, show.path) == ("GET", member_path)
    assert (update.method, update.path) == ("PUT", member_path)
    assert update.json == {"member": {"weight": 0, "monitor_port": None}}
    assert (delete.method, delete.path) == ("DELETE", member_path)

    assert (created.address, created.protocol_port, created.weight) == ("192.0.2.16", 80, 20)
    assert created.monitor_address is None and created.backup is False
    assert shown.operating_status == "NO_MONITOR"
    assert (updated.weight, updated.monitor_port) == (0, None)


def test_member_batch_update_replaces_the_set(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(202)
    members.batch_update(
        client,
        POOL_ID,
        members.BatchUpdateOpts(
            additive_only=True,
            members=[
                members.MemberSpec(address="192.0.2.16", protocol_port=80, weight=20),
                members.MemberSpec(address="192.0.2.17", protocol_port=80, backup=True),
            ],
        ),
    )
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("PUT", f"/v2/lbaas/pools/{POOL_ID}/members")
    assert sent.query == [("additive_only", "true")]
    assert sent.json == {
        "members": [
            {"address": "192.0.2.16", "protocol_port": 80, "weight": 20},
            {"address": "192.0.2.17", "protocol_port": 80, "backup": True},
        ]
    }


def test_member_list_follows_pages(recorder: Recorder, client: typedstack.ServiceClient) -> None:
    second = "a1b2c3d4-1706-4c91-83b4-641dab6962ac"
    members_url = f"{OCTAVIA}/v2/lbaas/pools/{POOL_ID}/members"
    recorder.reply(
        200,
        {
            "members": [MEMBER],
            "members_links": [
                {
                    "rel": "next",
                    "href": f"{members_url}?limit=1&marker={MEMBER_ID}",
                }
            ],
        },
    )
    recorder.reply(200, {"members": [{**MEMBER, "id": second, "address": "192.0.2.17"}]})
    items = list(members.list(client, POOL_ID, members.ListOpts(limit=1, backup=False)))
    assert [item.address for item in items] == ["192.0.2.16", "192.0.2.17"]
    first_call, next_call = recorder.seen
    assert first_call.path == f"/v2/lbaas/pools/{POOL_ID}/members"
    assert first_call.query == [("backup", "false"), ("limit", "1")]
    assert next_call.query == [("limit", "1"), ("marker", MEMBER_ID)]


def test_member_of_missing_pool_is_not_found(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(404, {"faultcode": "Client", "faultstring": "Pool x not found."})
    with pytest.raises(typedstack.NotFound):
        members.get(client, "x", MEMBER_ID)


# ------------------------------------------------------------------ health monitors


HEALTH_MONITOR = {
    "project_id": PROJECT,
    "name": "super-pool-health-monitor",
    "admin_state_up": True,
    "pools": [{"id": POOL_ID}],
    "created_at": "2017-05-11T23:53:47",
    "provisioning_status": "ACTIVE",
    "updated_at": "2017-05-11T23:53:47",
    "delay": 10,
    "expected_codes": "200",
    "max_retries": 1,
    "http_method": "GET",
    "timeout": 5,
    "max_retries_down": 3,
    "url_path": "/",
    "type": "HTTP",
    "id": HM_ID,
    "operating_status": "ONLINE",
    "tags": ["test_tag"],
    "http_version": 1.0,
    "domain_name": None,
}


def test_health_monitor_create_get_update_delete(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(201, {"healthmonitor": HEALTH_MONITOR})
    recorder.reply(200, {"healthmonitor": HEALTH_MONITOR})
    recorder.reply(200, {"healthmonitor": {**HEALTH_MONITOR, "http_version": 1.1}})
    recorder.reply(204)

    created = health_monitors.create(
        client,
        health_monitors.CreateOpts(
            pool_id=POOL_ID,
            type="HTTP",
            delay=10,
            timeout=5,
            max_retries=1,
            url_path="/",
            expected_codes="200",
        ),
    )
    shown = health_monitors.get(client, HM_ID)
    updated = health_monitors.update(
        client,
        HM_ID,
        health_monitors.UpdateOpts(http_version=1.1, domain_name="www.example.com"),
    )
    health_monitors.delete(client, HM_ID)

    create, show, update, delete = recorder.seen
    assert (create.method, create.path) == ("POST", "/v2/lbaas/healthmonitors")
    assert create.json == {
        "healthmonitor": {
            "pool_id": POOL_ID,
            "type": "HTTP",
            "delay": 10,
            "timeout": 5,
            "max_retries": 1,
            "url_path": "/",
            "expected_codes": "200",
        }
    }
    assert (show.method, show.path) == ("GET", f"/v2/lbaas/healthmonitors/{HM_ID}")
    assert (update.method, update.path) == ("PUT", f"/v2/lbaas/healthmonitors/{HM_ID}")
    assert update.json == {
        "healthmonitor": {"http_version": 1.1, "domain_name": "www.example.com"}
    }
    assert (delete.method, delete.path) == ("DELETE", f"/v2/lbaas/healthmonitors/{HM_ID}")

    assert created.type == "HTTP" and (created.delay, created.timeout) == (10, 5)
    assert created.http_version == 1.0 and created.domain_name is None
    assert [ref.id for ref in shown.pools or []] == [POOL_ID]
    assert updated.http_version == 1.1


def test_health_monitor_list_filters_by_pool(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(200, {"healthmonitors": [HEALTH_MONITOR], "healthmonitors_links": []})
    items = list(
        health_monitors.list(
            client, health_monitors.ListOpts(pool_id=POOL_ID, fields=["id", "type"])
        )
    )
    assert [item.id for item in items] == [HM_ID]
    assert recorder.seen[0].path == "/v2/lbaas/healthmonitors"
    assert recorder.seen[0].query == [("pool_id", POOL_ID), ("fields", "id"), ("fields", "type")]


def test_health_monitor_create_refuses_an_unknown_type() -> None:
    with pytest.raises(typedstack.InvalidOptions, match="type"):
        health_monitors.CreateOpts(
            pool_id=POOL_ID, type="ICMP", delay=10, timeout=5, max_retries=1  # type: ignore[arg-type]
        )
