"""QoS-area operations the local Neutron cannot serve.

The logging plugin is not loaded locally (network logs and loggable
resources), and with no QoS driver loaded a rule type shows no drivers.
For them: the exact request and the decoding of a realistic response,
written from the API reference.
"""

from __future__ import annotations

import datetime

import pytest

import typedstack
from tests.unit.recording import Recorder, provider_with
from typedstack.network import v2 as network
from typedstack.network.v2 import loggable_resources, logs, qos_rule_types

NEUTRON = "http://neutron.test"

LOG = {
    "id": "2f3d7ea2-6b50-4bd5-a0e5-8d8e9d1e4a01",
    "name": "sg-audit",
    "description": "security group events of the web tier",
    "project_id": "92a6b3a8c0d64a1f9e4a4f8f1f3a0c11",
    "tenant_id": "92a6b3a8c0d64a1f9e4a4f8f1f3a0c11",
    "resource_type": "security_group",
    "resource_id": "8f0a1c2e-3b4d-4e5f-9a6b-7c8d9e0f1a2b",
    "target_id": None,
    "event": "DROP",
    "enabled": True,
    "revision_number": 1,
    "created_at": "2026-03-01T10:15:00Z",
    "updated_at": "2026-03-01T10:15:00Z",
}


@pytest.fixture()
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture()
def client(recorder: Recorder) -> typedstack.ServiceClient:
    return network.new_client(provider_with(recorder, {"network": NEUTRON}))


def test_create_log_sends_the_wrapped_body(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(201, {"log": LOG})
    opts = logs.CreateOpts(
        name="sg-audit",
        resource_type="security_group",
        resource_id=LOG["resource_id"],
        event="DROP",
    )
    made = logs.create(client, opts)
    sent = recorder.seen[0]
    assert (sent.method, sent.url) == ("POST", f"{NEUTRON}/v2.0/log/logs")
    assert sent.json == {
        "log": {
            "name": "sg-audit",
            "resource_type": "security_group",
            "resource_id": LOG["resource_id"],
            "event": "DROP",
        }
    }
    assert made.id == LOG["id"]
    assert (made.resource_type, made.event, made.enabled) == ("security_group", "DROP", True)
    assert made.target_id is None
    assert made.created_at == datetime.datetime(2026, 3, 1, 10, 15, tzinfo=datetime.timezone.utc)


def test_create_log_requires_the_resource_type_and_checks_the_event(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    with pytest.raises(TypeError, match="resource_type"):
        logs.create(client, logs.CreateOpts(name="x"))  # type: ignore[call-arg]
    with pytest.raises(typedstack.InvalidOptions, match="event"):
        logs.CreateOpts(resource_type="security_group", event="SOME")  # type: ignore[arg-type]
    assert recorder.seen == []


def test_list_logs_filters_and_follows_pages(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    second = {**LOG, "id": "5c1e9f0a-7b2d-4c3e-8f4a-1b2c3d4e5f60", "name": "sg-audit-2"}
    next_url = f"{NEUTRON}/v2.0/log/logs?enabled=true&limit=1&marker={LOG['id']}"
    recorder.reply(200, {"logs": [LOG], "logs_links": [{"rel": "next", "href": next_url}]})
    recorder.reply(200, {"logs": [second], "logs_links": []})
    opts = logs.ListOpts(
        enabled=True,
        resource_type="security_group",
        limit=1,
        sort_key=["name"],
        sort_dir=["asc"],
        fields=["id", "name"],
    )
    found = list(logs.list(client, opts))
    assert [entry.name for entry in found] == ["sg-audit", "sg-audit-2"]
    first = recorder.seen[0]
    assert (first.method, first.path) == ("GET", "/v2.0/log/logs")
    assert sorted(first.query) == sorted(
        [
            ("enabled", "true"),
            ("resource_type", "security_group"),
            ("limit", "1"),
            ("sort_key", "name"),
            ("sort_dir", "asc"),
            ("fields", "id"),
            ("fields", "name"),
        ]
    )
    assert recorder.seen[1].url == next_url


def test_show_update_and_delete_a_log(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(200, {"log": LOG})
    recorder.reply(200, {"log": {**LOG, "enabled": False, "revision_number": 2}})
    recorder.reply(204)
    assert logs.get(client, LOG["id"]).resource_id == LOG["resource_id"]
    changed = logs.update(client, LOG["id"], logs.UpdateOpts(enabled=False, description=""))
    assert (changed.enabled, changed.revision_number) == (False, 2)
    logs.delete(client, LOG["id"])

    show, update, delete = recorder.seen
    url = f"{NEUTRON}/v2.0/log/logs/{LOG['id']}"
    assert (show.method, show.url) == ("GET", url)
    assert (update.method, update.url) == ("PUT", url)
    assert update.json == {"log": {"enabled": False, "description": ""}}
    assert (delete.method, delete.url, delete.body) == ("DELETE", url, None)


def test_a_missing_log_raises_not_found(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(404, {"NeutronError": {"type": "LogResourceNotFound", "message": "gone"}})
    with pytest.raises(typedstack.NotFound):
        logs.get(client, "nope")


def test_list_loggable_resources(recorder: Recorder, client: typedstack.ServiceClient) -> None:
    recorder.reply(
        200, {"loggable_resources": [{"type": "security_group"}, {"type": "firewall_group"}]}
    )
    found = list(loggable_resources.list(client))
    assert [r.type for r in found] == ["security_group", "firewall_group"]
    sent = recorder.seen[0]
    assert (sent.method, sent.url) == ("GET", f"{NEUTRON}/v2.0/log/loggable-resources")


def test_rule_type_with_its_drivers(recorder: Recorder, client: typedstack.ServiceClient) -> None:
    recorder.reply(
        200,
        {
            "rule_type": {
                "type": "bandwidth_limit",
                "drivers": [
                    {
                        "name": "openvswitch",
                        "supported_parameters": [
                            {
                                "parameter_name": "max_kbps",
                                "parameter_type": "range",
                                "parameter_values": {"start": 0, "end": 2147483647},
                            },
                            {
                                "parameter_name": "direction",
                                "parameter_type": "choices",
                                "parameter_values": ["ingress", "egress"],
                            },
                        ],
                    }
                ],
            }
        },
    )
    shown = qos_rule_types.get(client, "bandwidth_limit")
    sent = recorder.seen[0]
    assert (sent.method, sent.url) == ("GET", f"{NEUTRON}/v2.0/qos/rule-types/bandwidth_limit")
    assert shown.type == "bandwidth_limit"
    assert shown.drivers is not None and shown.drivers[0].name == "openvswitch"
    params = shown.drivers[0].supported_parameters or []
    assert [(p.parameter_name, p.parameter_type) for p in params] == [
        ("max_kbps", "range"),
        ("direction", "choices"),
    ]
    assert params[0].parameter_values == {"start": 0, "end": 2147483647}
    assert params[1].parameter_values == ["ingress", "egress"]


def test_list_rule_types_sends_the_switches(
    recorder: Recorder, client: typedstack.ServiceClient
) -> None:
    recorder.reply(200, {"rule_types": [{"type": "bandwidth_limit"}, {"type": "dscp_marking"}]})
    found = list(qos_rule_types.list(client, qos_rule_types.ListOpts(all_supported=True)))
    assert [t.type for t in found] == ["bandwidth_limit", "dscp_marking"]
    assert recorder.seen[0].path == "/v2.0/qos/rule-types"
    assert recorder.seen[0].query == [("all_supported", "true")]
