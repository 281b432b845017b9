"""Block-storage administration and discovery calls, request by request.

Services, clusters, quotas, hosts, limits, back-end capabilities and pools,
availability zones, extensions, version documents, resource filters and
worker cleanup: the exact request each function sends (method, URL, query,
body, microversion header) and the decoding of a response written from the
API reference's examples.
"""

from __future__ import annotations

import datetime

import pytest

import typedstack
from tests.unit.recording import Recorder, provider_with
from typedstack.block_storage import v3 as block_storage
from typedstack.block_storage.v3 import (
    availability_zones,
    capabilities,
    clusters,
    extensions,
    hosts,
    limits,
    pools,
    quota_classes,
    quota_sets,
    resource_filters,
    services,
    versions,
    workers,
)

CINDER = "http://cinder.test/v3/p1"


@pytest.fixture()
def recorder() -> Recorder:
    return Recorder()


def cinder(recorder: Recorder, microversion: str = "3.71") -> typedstack.ServiceClient:
    provider = provider_with(recorder, {"block-storage": CINDER})
    return block_storage.new_client(provider, microversion=microversion)


# --- services -------------------------------------------------------------

SERVICES = {
    "services": [
        {
            "status": "enabled",
            "binary": "cinder-scheduler",
            "zone": "nova",
            "state": "up",
            "updated_at": "2017-06-29T05:50:35.000000",
            "host": "devstack",
            "disabled_reason": None,
        },
        {
            "status": "enabled",
            "binary": "cinder-volume",
            "zone": "nova",
            "frozen": False,
            "state": "up",
            "updated_at": "2017-06-29T05:50:39.000000",
            "cluster": None,
            "host": "devstack@lvmdriver-1",
            "replication_status": "disabled",
            "active_backend_id": None,
            "disabled_reason": None,
            "backend_state": "up",
        },
    ]
}


def test_list_services_filtered_by_binary(recorder: Recorder) -> None:
    recorder.reply(200, SERVICES)
    result = services.list(cinder(recorder, "3.49"), services.ListOpts(binary="cinder-volume"))
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("GET", "/v3/p1/os-services")
    assert sent.query == [("binary", "cinder-volume")]
    assert sent.headers["OpenStack-API-Version"] == "volume 3.49"
    scheduler, volume = result
    assert scheduler.binary == "cinder-scheduler"
    assert scheduler.updated_at == datetime.datetime(2017, 6, 29, 5, 50, 35)
    assert volume.host == "devstack@lvmdriver-1"
    assert volume.frozen is False
    assert volume.cluster is None
    assert volume.replication_status == "disabled"
    assert volume.backend_state == "up"


def test_service_fields_of_later_microversions_are_dropped(recorder: Recorder) -> None:
    recorder.reply(200, SERVICES)
    volume = services.list(cinder(recorder, "3.0"))[1]
    assert volume.cluster is typedstack.UNSET
    assert volume.backend_state is typedstack.UNSET
    assert volume.frozen is False


def test_enable_disable_and_log_reason(recorder: Recorder) -> None:
    client = cinder(recorder)
    recorder.reply(
        200,
        {
            "disabled": False,
            "status": "enabled",
            "host": "devstack@lvmdriver-1",
            "service": "",
            "binary": "cinder-volume",
            "disabled_reason": None,
        },
    )
    enabled = services.enable(
        client, services.EnableOpts(host="devstack@lvmdriver-1", binary="cinder-volume")
    )
    recorder.reply(
        200,
        {
            "disabled": True,
            "status": "disabled",
            "host": "devstack@lvmdriver-1",
            "service": "",
            "binary": "cinder-volume",
            "disabled_reason": "maintenance",
        },
    )
    disabled = services.disable_log_reason(
        client,
        services.DisableLogReasonOpts(
            host="devstack@lvmdriver-1", binary="cinder-volume", disabled_reason="maintenance"
        ),
    )
    first, second = recorder.seen
    assert (first.method, first.path) == ("PUT", "/v3/p1/os-services/enable")
    assert first.json == {"host": "devstack@lvmdriver-1", "binary": "cinder-volume"}
    assert (second.method, second.path) == ("PUT", "/v3/p1/os-services/disable-log-reason")
    assert second.json == {
        "host": "devstack@lvmdriver-1",
        "binary": "cinder-volume",
        "disabled_reason": "maintenance",
    }
    assert enabled.disabled is False and enabled.disabled_reason is None
    assert disabled.status == "disabled" and disabled.disabled_reason == "maintenance"


def test_get_and_set_log_levels(recorder: Recorder) -> None:
    client = cinder(recorder, "3.32")
    recorder.reply(
        200,
        {
            "log_levels": [
                {
                    "binary": "cinder-api",
                    "host": "devstack",
                    "levels": {"cinder.volume.api": "DEBUG", "cinder.volume.manager": "DEBUG"},
                }
            ]
        },
    )
    levels = services.get_log_levels(
        client, services.GetLogLevelsOpts(binary="cinder-api", prefix="cinder.volume")
    )
    recorder.reply(202)
    services.set_log_levels(
        client, services.SetLogLevelsOpts(binary="*", server="devstack", level="warning")
    )
    get, put = recorder.seen
    assert (get.method, get.path) == ("PUT", "/v3/p1/os-services/get-log")
    assert get.json == {"binary": "cinder-api", "prefix": "cinder.volume"}
    assert (put.method, put.path) == ("PUT", "/v3/p1/os-services/set-log")
    assert put.json == {"binary": "*", "server": "devstack", "level": "warning"}
    assert put.headers["OpenStack-API-Version"] == "volume 3.32"
    assert levels[0].levels == {"cinder.volume.api": "DEBUG", "cinder.volume.manager": "DEBUG"}


def test_log_levels_need_3_32(recorder: Recorder) -> None:
    with pytest.raises(typedstack.MicroversionError):
        services.get_log_levels(cinder(recorder, "3.31"), services.GetLogLevelsOpts())
    assert recorder.seen == []


def test_freeze_thaw_and_failover(recorder: Recorder) -> None:
    client = cinder(recorder, "3.26")
    recorder.reply(200)
    services.freeze(client, services.FreezeOpts(host="devstack@lvmdriver-1"))
    recorder.reply(200)
    services.thaw(client, services.ThawOpts(cluster="mycluster@lvmdriver-1"))
    recorder.reply(202)
    services.failover_host(
        client, services.FailoverHostOpts(host="devstack@lvmdriver-1", backend_id="replica1")
    )
    recorder.reply(202)
    services.failover(client, services.FailoverOpts(cluster="mycluster@lvmdriver-1"))
    assert [(s.method, s.path, s.json) for s in recorder.seen] == [
        ("PUT", "/v3/p1/os-services/freeze", {"host": "devstack@lvmdriver-1"}),
        ("PUT", "/v3/p1/os-services/thaw", {"cluster": "mycluster@lvmdriver-1"}),
        (
            "PUT",
            "/v3/p1/os-services/failover_host",
            {"host": "devstack@lvmdriver-1", "backend_id": "replica1"},
        ),
        ("PUT", "/v3/p1/os-services/failover", {"cluster": "mycluster@lvmdriver-1"}),
    ]


def test_failover_and_clusters_need_3_26(recorder: Recorder) -> None:
    client = cinder(recorder, "3.25")
    with pytest.raises(typedstack.MicroversionError):
        services.failover(client, services.FailoverOpts(host="h1"))
    with pytest.raises(typedstack.MicroversionError):
        services.thaw(client, services.ThawOpts(cluster="c1"))
    assert recorder.seen == []


# --- clusters -------------------------------------------------------------

CLUSTER_DETAIL = {
    "name": "cluster_name",
    "binary": "cinder-volume",
    "state": "up",
    "status": "enabled",
    "disabled_reason": None,
    "created_at": "2016-06-01T02:46:28",
    "updated_at": "2016-06-01T02:46:28",
    "num_down_hosts": 0,
    "num_hosts": 0,
    "last_heartbeat": "2016-06-01T02:46:28",
    "replication_status": "enable",
    "frozen": False,
    "active_backend_id": "replication1",
}


def test_list_clusters_with_details_and_filters(recorder: Recorder) -> None:
    recorder.reply(200, {"clusters": [CLUSTER_DETAIL]})
    opts = clusters.ListOpts(binary="cinder-volume", is_up=True, frozen=False)
    result = clusters.list_detail(cinder(recorder, "3.26"), opts)
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("GET", "/v3/p1/clusters/detail")
    assert sorted(sent.query) == [
        ("binary", "cinder-volume"),
        ("frozen", "false"),
        ("is_up", "true"),
    ]
    assert sent.headers["OpenStack-API-Version"] == "volume 3.26"
    (cluster,) = result
    assert cluster.name == "cluster_name"
    assert cluster.num_hosts == 0
    assert cluster.last_heartbeat == "2016-06-01T02:46:28"
    assert cluster.created_at == datetime.datetime(2016, 6, 1, 2, 46, 28)
    assert cluster.active_backend_id == "replication1"


def test_show_and_disable_cluster(recorder: Recorder) -> None:
    client = cinder(recorder, "3.7")
    recorder.reply(200, {"cluster": {**CLUSTER_DETAIL, "updated_at": ""}})
    shown = clusters.get(client, "cluster_name", clusters.GetOpts(binary="cinder-volume"))
    recorder.reply(
        200,
        {
            "cluster": {
                "name": "cluster_name",
                "state": "up",
                "binary": "cinder-volume",
                "status": "disabled",
                "disabled_reason": "for testing",
            }
        },
    )
    disabled = clusters.disable(
        client, clusters.DisableOpts(name="cluster_name", disabled_reason="for testing")
    )
    get, put = recorder.seen
    assert (get.method, get.path, get.query) == (
        "GET",
        "/v3/p1/clusters/cluster_name",
        [("binary", "cinder-volume")],
    )
    assert (put.method, put.path) == ("PUT", "/v3/p1/clusters/disable")
    assert put.json == {"name": "cluster_name", "disabled_reason": "for testing"}
    # Replication fields are 3.26 additions: not carried at 3.7.
    assert shown.frozen is typedstack.UNSET
    assert shown.num_down_hosts == 0
    assert shown.updated_at == ""
    assert disabled.status == "disabled"
    assert disabled.disabled_reason == "for testing"


def test_clusters_need_3_7_and_replication_filters_3_26(recorder: Recorder) -> None:
    with pytest.raises(typedstack.MicroversionError):
        clusters.list(cinder(recorder, "3.6"))
    with pytest.raises(typedstack.MicroversionError):
        clusters.list(cinder(recorder, "3.25"), clusters.ListOpts(replication_status="enabled"))
    assert recorder.seen == []


# --- quotas ---------------------------------------------------------------


def test_quota_set_show_update_delete_defaults(recorder: Recorder) -> None:
    client = cinder(recorder)
    recorder.reply(
        200,
        {
            "quota_set": {
                "id": "a7090a26bc554d93aa845a4d41808251",
                "volumes": 10,
                "volumes_lvmdriver-1": -1,
                "snapshots": 10,
                "backups": 10,
                "groups": 10,
                "per_volume_gigabytes": -1,
                "gigabytes": 1000,
                "backup_gigabytes": 1000,
            }
        },
    )
    shown = quota_sets.get(client, "a7090a26bc554d93aa845a4d41808251")
    answer = {"volumes": 20, "volumes_lvmdriver-1": 5, "gigabytes": 1000}
    recorder.reply(200, {"quota_set": answer})
    updated = quota_sets.update(
        client,
        "a7090a26bc554d93aa845a4d41808251",
        quota_sets.UpdateOpts(volumes=20, volume_type_quotas={"volumes_lvmdriver-1": 5}),
    )
    recorder.reply(200)
    quota_sets.delete(client, "a7090a26bc554d93aa845a4d41808251")
    recorder.reply(200, {"quota_set": {"id": "a7090a26bc554d93aa845a4d41808251", "volumes": 10}})
    defaults = quota_sets.get_defaults(client, "a7090a26bc554d93aa845a4d41808251")

    path = "/v3/p1/os-quota-sets/a7090a26bc554d93aa845a4d41808251"
    get, put, delete, get_defaults = recorder.seen
    assert (get.method, get.path, get.query) == ("GET", path, [])
    assert (put.method, put.path) == ("PUT", path)
    assert put.json == {"quota_set": {"volumes": 20, "volumes_lvmdriver-1": 5}}
    assert (delete.method, delete.path) == ("DELETE", path)
    assert (get_defaults.method, get_defaults.path) == ("GET", path + "/defaults")
    assert shown.gigabytes == 1000
    assert shown.per_volume_gigabytes == -1
    # per-volume-type quotas have a typed map of their own; nothing is left unnamed
    assert shown.volume_type_quotas == {"volumes_lvmdriver-1": -1}
    assert shown.extra == {}
    assert updated.volumes == 20
    assert updated.volume_type_quotas == {"volumes_lvmdriver-1": 5}
    assert updated.extra == {}
    assert updated.to_dict() == answer
    assert defaults.volumes == 10


def test_quota_usage(recorder: Recorder) -> None:
    usage = {"reserved": 0, "allocated": 0, "limit": 10, "in_use": 2}
    recorder.reply(
        200,
        {
            "quota_set": {
                "id": "a7090a26bc554d93aa845a4d41808251",
                "volumes": usage,
                "volumes_lvmdriver-1": {"reserved": 0, "allocated": 0, "limit": -1, "in_use": 2},
                "gigabytes": {"reserved": 1, "allocated": 0, "limit": 1000, "in_use": 20},
            }
        },
    )
    result = quota_sets.get_usage(cinder(recorder), "a7090a26bc554d93aa845a4d41808251")
    sent = recorder.seen[0]
    assert sent.path == "/v3/p1/os-quota-sets/a7090a26bc554d93aa845a4d41808251"
    assert sent.query == [("usage", "true")]
    assert result.volumes is not None and not isinstance(result.volumes, typedstack.UnsetType)
    assert (result.volumes.limit, result.volumes.in_use) == (10, 2)
    assert result.gigabytes.reserved == 1  # type: ignore[union-attr]
    per_type = result.volume_type_quotas["volumes_lvmdriver-1"]
    assert (per_type.limit, per_type.in_use) == (-1, 2)
    assert result.extra == {}


def test_quota_class_show_and_update(recorder: Recorder) -> None:
    client = cinder(recorder)
    recorder.reply(
        200,
        {
            "quota_class_set": {
                "id": "default",
                "backup_gigabytes": 1000,
                "backups": 10,
                "gigabytes": 1000,
                "groups": 10,
                "per_volume_gigabytes": -1,
                "snapshots": 10,
                "volumes": 10,
                "gigabytes_lvmdriver-1": -1,
            }
        },
    )
    shown = quota_classes.get(client, "default")
    recorder.reply(200, {"quota_class_set": {"volumes": 10, "snapshots": 20, "gigabytes": 1000}})
    updated = quota_classes.update(
        client,
        "default",
        quota_classes.UpdateOpts(snapshots=20, volume_type_quotas={"gigabytes_lvmdriver-1": 500}),
    )
    get, put = recorder.seen
    assert (get.method, get.path) == ("GET", "/v3/p1/os-quota-class-sets/default")
    assert (put.method, put.path) == ("PUT", "/v3/p1/os-quota-class-sets/default")
    assert put.json == {"quota_class_set": {"snapshots": 20, "gigabytes_lvmdriver-1": 500}}
    assert shown.id == "default"
    assert shown.per_volume_gigabytes == -1
    assert shown.volume_type_quotas == {"gigabytes_lvmdriver-1": -1}
    assert shown.extra == {}
    assert updated.snapshots == 20


# --- hosts, limits, capabilities, pools -------------------------------------


def test_list_and_show_hosts(recorder: Recorder) -> None:
    client = cinder(recorder)
    recorder.reply(
        200,
        {
            "hosts": [
                {
                    "service-status": "available",
                    "service": "cinder-volume",
                    "zone": "nova",
                    "service-state": "enabled",
                    "host_name": "fake-host@rbd",
                    "last-update": "2017-04-12T04:26:07.000000",
                }
            ]
        },
    )
    listed = hosts.list(client)
    recorder.reply(
        200,
        {
            "host": [
                {
                    "resource": {
                        "volume_count": "2",
                        "total_volume_gb": "2",
                        "total_snapshot_gb": "0",
                        "project": "(total)",
                        "host": "fake-host@rbd",
                        "snapshot_count": "0",
                    }
                },
                {
                    "resource": {
                        "volume_count": "2",
                        "total_volume_gb": "2",
                        "total_snapshot_gb": "0",
                        "project": "f21a9c86d7114bf99c711f4874d80474",
                        "host": "fake-host@rbd",
                        "snapshot_count": "0",
                    }
                },
            ]
        },
    )
    shown = hosts.get(client, "fake-host@rbd")
    assert [(s.method, s.path) for s in recorder.seen] == [
        ("GET", "/v3/p1/os-hosts"),
        ("GET", "/v3/p1/os-hosts/fake-host%40rbd"),
    ]
    assert listed[0].service_status == "available"
    assert listed[0].service_state == "enabled"
    assert listed[0].last_update == datetime.datetime(2017, 4, 12, 4, 26, 7)
    total = shown[0].resource
    assert total is not None and not isinstance(total, typedstack.UnsetType)
    assert (total.project, total.volume_count) == ("(total)", "2")


LIMITS = {
    "limits": {
        "rate": [
            {
                "regex": ".*",
                "uri": "*",
                "limit": [
                    {
                        "verb": "POST",
                        "value": 80,
                        "remaining": 79,
                        "unit": "MINUTE",
                        "next-available": "2021-02-23T22:08:00Z",
                    }
                ],
            }
        ],
        "absolute": {
            "totalSnapshotsUsed": 1,
            "maxTotalBackups": 10,
            "maxTotalVolumeGigabytes": 1000,
            "maxTotalSnapshots": 10,
            "maxTotalBackupGigabytes": 1000,
            "totalBackupGigabytesUsed": 1,
            "maxTotalVolumes": 10,
            "totalVolumesUsed": 2,
            "totalBackupsUsed": 3,
            "totalGigabytesUsed": 2,
        },
    }
}


def test_limits_of_another_project_at_3_39(recorder: Recorder) -> None:
    recorder.reply(200, LIMITS)
    result = limits.get(cinder(recorder, "3.39"), limits.GetOpts(project_id="p2"))
    sent = recorder.seen[0]
    assert (sent.method, sent.path, sent.query) == ("GET", "/v3/p1/limits", [("project_id", "p2")])
    absolute = result.absolute
    assert absolute is not None and not isinstance(absolute, typedstack.UnsetType)
    assert absolute.max_total_volumes == 10
    assert absolute.total_backup_gigabytes_used == 1
    rate = result.rate
    assert rate is not None and not isinstance(rate, typedstack.UnsetType)
    entry = rate[0].limit[0]  # type: ignore[index]
    assert entry.next_available == datetime.datetime(2021, 2, 23, 22, 8, tzinfo=datetime.UTC)


def test_limits_project_filter_needs_3_39(recorder: Recorder) -> None:
    with pytest.raises(typedstack.MicroversionError):
        limits.get(cinder(recorder, "3.38"), limits.GetOpts(project_id="p2"))
    assert recorder.seen == []


def test_backend_capabilities(recorder: Recorder) -> None:
    recorder.reply(
        200,
        {
            "namespace": "OS::Storage::Capabilities::fake",
            "vendor_name": "OpenStack",
            "volume_backend_name": "lvmdriver-1",
            "pool_name": "pool",
            "driver_version": "2.0.0",
            "storage_protocol": "iSCSI",
            "display_name": "Capabilities of Cinder LVM driver",
            "description": "These are volume type options provided by Cinder LVM driver.",
            "visibility": "public",
            "replication_targets": [],
            "properties": {
                "compression": {
                    "title": "Compression",
                    "description": "Enables compression.",
                    "type": "boolean",
                },
                "thin_provisioning": {
                    "title": "Thin Provisioning",
                    "description": "Sets thin provisioning.",
                    "type": "boolean",
                },
            },
        },
    )
    result = capabilities.get(cinder(recorder), "devstack@lvmdriver-1")
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("GET", "/v3/p1/capabilities/devstack%40lvmdriver-1")
    assert result.volume_backend_name == "lvmdriver-1"
    assert result.properties["compression"].type == "boolean"  # type: ignore[index]
    assert result.replication_targets == []


def test_list_pools_with_details(recorder: Recorder) -> None:
    recorder.reply(
        200,
        {
            "pools": [
                {
                    "name": "host@lvm#pool1",
                    "capabilities": {
                        "updated": "2014-10-28T00:00:00-00:00",
                        "total_capacity_gb": 1024,
                        "free_capacity_gb": "unknown",
                        "volume_backend_name": "pool1",
                        "reserved_percentage": 0,
                        "driver_version": "1.0.0",
                        "storage_protocol": "iSCSI",
                        "QoS_support": False,
                        "location_info": "LVMVolumeDriver:host:cinder-volumes:thin:0",
                    },
                }
            ]
        },
    )
    result = pools.list(cinder(recorder, "3.35"), pools.ListOpts(detail=True, volume_type="lvm"))
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("GET", "/v3/p1/scheduler-stats/get_pools")
    assert sorted(sent.query) == [("detail", "true"), ("volume_type", "lvm")]
    caps = result[0].capabilities
    assert caps is not None and not isinstance(caps, typedstack.UnsetType)
    assert caps.total_capacity_gb == 1024
    assert caps.free_capacity_gb == "unknown"
    assert caps.qos_support is False
    wire = result[0].to_dict()["capabilities"]
    assert wire["location_info"] == "LVMVolumeDriver:host:cinder-volumes:thin:0"


def test_pool_filters_need_their_microversions(recorder: Recorder) -> None:
    with pytest.raises(typedstack.MicroversionError):
        pools.list(cinder(recorder, "3.27"), pools.ListOpts(name="host@lvm#pool1"))
    with pytest.raises(typedstack.MicroversionError):
        pools.list(cinder(recorder, "3.34"), pools.ListOpts(volume_type="lvm"))
    assert recorder.seen == []


# --- discovery --------------------------------------------------------------


def test_availability_zones_and_extensions(recorder: Recorder) -> None:
    client = cinder(recorder)
    recorder.reply(
        200, {"availabilityZoneInfo": [{"zoneState": {"available": True}, "zoneName": "nova"}]}
    )
    zones = availability_zones.list(client)
    recorder.reply(
        200,
        {
            "extensions": [
                {
                    "alias": "os-hosts",
                    "description": "Admin-only host administration.",
                    "links": [],
                    "name": "Hosts",
                    "updated": "2011-06-29T00:00:00+00:00",
                }
            ]
        },
    )
    exts = extensions.list(client)
    assert [(s.method, s.path) for s in recorder.seen] == [
        ("GET", "/v3/p1/os-availability-zone"),
        ("GET", "/v3/p1/extensions"),
    ]
    assert zones[0].zone_name == "nova"
    assert zones[0].zone_state.available is True  # type: ignore[union-attr]
    assert exts[0].alias == "os-hosts"
    assert exts[0].updated == datetime.datetime(2011, 6, 29, tzinfo=datetime.UTC)


VERSION_V3 = {
    "id": "v3.0",
    "links": [
        {"href": "https://docs.openstack.org/", "rel": "describedby", "type": "text/html"},
        {"href": "http://cinder.test/v3/", "rel": "self"},
    ],
    "media-types": [
        {"base": "application/json", "type": "application/vnd.openstack.volume+json;version=3"}
    ],
    "min_version": "3.0",
    "status": "CURRENT",
    "updated": "2023-08-31T00:00:00Z",
    "version": "3.71",
}


def test_version_documents_from_the_service_root(recorder: Recorder) -> None:
    client = cinder(recorder)
    recorder.reply(300, {"versions": [VERSION_V3]})
    listed = versions.list(client)
    recorder.reply(200, {"versions": [VERSION_V3]})
    (v3,) = versions.get_v3(client)
    assert [(s.method, s.url) for s in recorder.seen] == [
        ("GET", "http://cinder.test/"),
        ("GET", "http://cinder.test/v3/"),
    ]
    assert listed[0].id == "v3.0"
    assert (v3.min_version, v3.version) == ("3.0", "3.71")
    assert v3.media_types[0].base == "application/json"  # type: ignore[index]


def test_resource_filters(recorder: Recorder) -> None:
    recorder.reply(
        200,
        {
            "resource_filters": [
                {
                    "resource": "volume",
                    "filters": ["name", "status", "image_metadata", "bootable"],
                }
            ]
        },
    )
    result = resource_filters.list(
        cinder(recorder, "3.33"), resource_filters.ListOpts(resource="volume")
    )
    sent = recorder.seen[0]
    assert (sent.method, sent.path, sent.query) == (
        "GET",
        "/v3/p1/resource_filters",
        [("resource", "volume")],
    )
    assert sent.headers["OpenStack-API-Version"] == "volume 3.33"
    assert result[0].resource == "volume"
    assert "bootable" in result[0].filters  # type: ignore[operator]
    with pytest.raises(typedstack.MicroversionError):
        resource_filters.list(cinder(recorder, "3.32"))
    assert len(recorder.seen) == 1


# --- workers ----------------------------------------------------------------


def test_worker_cleanup(recorder: Recorder) -> None:
    recorder.reply(
        202,
        {
            "cleaning": [
                {"id": 1, "host": "h1@lvm", "binary": "cinder-volume", "cluster_name": None}
            ],
            "unavailable": [
                {"id": 2, "host": "h2@lvm", "binary": "cinder-volume", "cluster_name": "c"}
            ],
        },
    )
    opts = workers.CleanupOpts(
        host="host1@lvmdriver",
        binary="cinder-volume",
        is_up=True,
        resource_type="Volume",
        resource_id="b122f668-d15a-40f8-af21-38d218796ab8",
    )
    result = workers.cleanup(cinder(recorder, "3.24"), opts)
    sent = recorder.seen[0]
    assert (sent.method, sent.path) == ("POST", "/v3/p1/workers/cleanup")
    assert sent.json == {
        "host": "host1@lvmdriver",
        "binary": "cinder-volume",
        "is_up": True,
        "resource_id": "b122f668-d15a-40f8-af21-38d218796ab8",
        "resource_type": "Volume",
    }
    assert sent.headers["OpenStack-API-Version"] == "volume 3.24"
    assert result.cleaning[0].id == 1  # type: ignore[index]
    assert result.cleaning[0].cluster_name is None  # type: ignore[index]
    assert result.unavailable[0].host == "h2@lvm"  # type: ignore[index]
    with pytest.raises(typedstack.MicroversionError):
        workers.cleanup(cinder(recorder, "3.23"), workers.CleanupOpts(host="h"))
    assert len(recorder.seen) == 1
