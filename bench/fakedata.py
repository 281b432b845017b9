"""Realistic response bodies for the fake OpenStack server.

Servers look like what Nova returns from ``GET /servers/detail`` and
``GET /servers/{id}`` at microversion 2.100 (extended attributes, the
embedded flavor of 2.47+, tags, locked_reason, pinned_availability_zone,
scheduler_hints...). Networks look like Neutron's ``GET /v2.0/networks``
with the usual extensions. Everything is deterministic: item ``i`` is
always the same bytes.
"""

from __future__ import annotations

import json
from typing import Any

MICROVERSION = "2.100"
PROJECT_ID = "5a0e0a7b1e8e4d3c9f6a2b1c0d9e8f7a"
USER_ID = "9c1b2a3d4e5f46a7b8c9d0e1f2a3b4c5"
DOMAIN_ID = "default"
IMAGE_ID = "8d2b6b0c-6a3f-4d1e-9a7b-2c5e4f3a1b90"

_STATUSES = (
    ("ACTIVE", "active", 1, None),
    ("ACTIVE", "active", 1, None),
    ("ACTIVE", "active", 1, None),
    ("SHUTOFF", "stopped", 4, None),
    ("ACTIVE", "active", 1, "rebooting"),
    ("ERROR", "error", 0, None),
)
_FLAVORS = (
    ("m1.small", 1, 2048, 20),
    ("m1.medium", 2, 4096, 40),
    ("m1.large", 4, 8192, 80),
    ("c2.xlarge", 8, 16384, 160),
)


def server_id(i: int) -> str:
    """The UUID of server ``i`` (its index is readable back from it)."""
    return f"4f8e3a1c-7b2d-4e6f-9a0b-{i:012d}"


def server_index(uuid: str) -> int | None:
    """The index of a server UUID made by :func:`server_id`, or None."""
    prefix = "4f8e3a1c-7b2d-4e6f-9a0b-"
    tail = uuid[len(prefix) :]
    if not uuid.startswith(prefix) or len(tail) != 12 or not tail.isdigit():
        return None
    return int(tail)


def network_id(i: int) -> str:
    return f"a1b2c3d4-0000-4000-8000-{i:012d}"


def network_index(uuid: str) -> int | None:
    prefix = "a1b2c3d4-0000-4000-8000-"
    tail = uuid[len(prefix) :]
    if not uuid.startswith(prefix) or len(tail) != 12 or not tail.isdigit():
        return None
    return int(tail)


def _ts(i: int, base_day: int = 1) -> str:
    day = base_day + (i // 86400) % 27
    seconds = i % 86400
    return f"2025-03-{day:02d}T{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}Z"


def _mac(i: int, n: int) -> str:
    return f"fa:16:3e:{(i >> 16) & 0xFF:02x}:{(i >> 8) & 0xFF:02x}:{(i + n) & 0xFF:02x}"


def server(i: int, base: str, *, show: bool = False) -> dict[str, Any]:
    """Server ``i`` as Nova shows it at 2.100; ``base`` is the compute endpoint URL."""
    sid = server_id(i)
    status, vm_state, power, task = _STATUSES[i % len(_STATUSES)]
    fname, vcpus, ram, disk = _FLAVORS[i % len(_FLAVORS)]
    root = base.rsplit("/v2.1", 1)[0]
    net = f"net-{i % 7}"
    body: dict[str, Any] = {
        "id": sid,
        "name": f"bench-server-{i:06d}",
        "status": status,
        "tenant_id": PROJECT_ID,
        "user_id": USER_ID,
        "metadata": {"role": ("web", "db", "cache")[i % 3], "owner": "team-bench", "tier": "prod"},
        "hostId": f"{(i * 2654435761) % (1 << 64):016x}" * 3 + "a0b1c2d3",
        "image": {
            "id": IMAGE_ID,
            "links": [{"rel": "bookmark", "href": f"{root}/images/{IMAGE_ID}"}],
            "properties": {"os_distro": "ubuntu", "os_version": "24.04", "hw_disk_bus": "virtio"},
        },
        "flavor": {
            "vcpus": vcpus,
            "ram": ram,
            "disk": disk,
            "ephemeral": 0,
            "swap": 0,
            "original_name": fname,
            "extra_specs": {"hw:cpu_policy": "shared", "hw_rng:allowed": "True"},
        },
        "created": _ts(i),
        "updated": _ts(i + 3600),
        "addresses": {
            net: [
                {
                    "version": 4,
                    "addr": f"10.{i >> 16 & 255}.{i >> 8 & 255}.{i & 255}",
                    "OS-EXT-IPS:type": "fixed",
                    "OS-EXT-IPS-MAC:mac_addr": _mac(i, 0),
                },
                {
                    "version": 6,
                    "addr": f"fd00:{i >> 16 & 0xFFFF:x}::{i & 0xFFFF:x}",
                    "OS-EXT-IPS:type": "fixed",
                    "OS-EXT-IPS-MAC:mac_addr": _mac(i, 0),
                },
                {
                    "version": 4,
                    "addr": f"203.0.{i >> 8 & 255}.{i & 255}",
                    "OS-EXT-IPS:type": "floating",
                    "OS-EXT-IPS-MAC:mac_addr": _mac(i, 0),
                },
            ]
        },
        "accessIPv4": "",
        "accessIPv6": "",
        "links": [
            {"rel": "self", "href": f"{base}/servers/{sid}"},
            {"rel": "bookmark", "href": f"{root}/servers/{sid}"},
        ],
        "OS-DCF:diskConfig": "MANUAL",
        "progress": 0,
        "OS-EXT-AZ:availability_zone": f"az-{i % 3}",
        "config_drive": "",
        "key_name": "bench-key",
        "OS-SRV-USG:launched_at": _ts(i + 60)[:-1] + ".000000",
        "OS-SRV-USG:terminated_at": None,
        "OS-EXT-SRV-ATTR:host": f"compute-{i % 64:03d}",
        "OS-EXT-SRV-ATTR:instance_name": f"instance-{i:08x}",
        "OS-EXT-SRV-ATTR:hypervisor_hostname": f"compute-{i % 64:03d}.bench.example",
        "OS-EXT-SRV-ATTR:reservation_id": f"r-{i:08x}",
        "OS-EXT-SRV-ATTR:launch_index": 0,
        "OS-EXT-SRV-ATTR:hostname": f"bench-server-{i:06d}",
        "OS-EXT-SRV-ATTR:kernel_id": "",
        "OS-EXT-SRV-ATTR:ramdisk_id": "",
        "OS-EXT-SRV-ATTR:root_device_name": "/dev/vda",
        "OS-EXT-SRV-ATTR:user_data": "I2Nsb3VkLWNvbmZpZwpwYWNrYWdlczogW25naW54XQo=",
        "OS-EXT-STS:task_state": task,
        "OS-EXT-STS:vm_state": vm_state,
        "OS-EXT-STS:power_state": power,
        "os-extended-volumes:volumes_attached": [
            {"id": f"7e5d3c1a-2b4f-4a6e-8d0c-{i:012d}", "delete_on_termination": False}
        ],
        "security_groups": [{"name": "default"}, {"name": "web"}],
        "locked": i % 10 == 0,
        "locked_reason": "maintenance" if i % 10 == 0 else None,
        "description": f"benchmark server {i}" if i % 2 else None,
        "tags": ["bench", f"shard-{i % 16}"],
        "trusted_image_certificates": None,
        "host_status": "UP",
        "pinned_availability_zone": None,
        "scheduler_hints": {"group": "b1e2f3a4-5c6d-4e7f-8a9b-0c1d2e3f4a5b"} if i % 4 else {},
    }
    if status == "ERROR":
        body["fault"] = {
            "code": 500,
            "created": _ts(i + 120),
            "message": "No valid host was found. There are not enough hosts available.",
        }
    if show:
        body["server_groups"] = []
    return body


def network(i: int) -> dict[str, Any]:
    """Network ``i`` as Neutron shows it (ML2 with the common extensions)."""
    nid = network_id(i)
    return {
        "id": nid,
        "name": f"bench-net-{i:05d}",
        "tenant_id": PROJECT_ID,
        "project_id": PROJECT_ID,
        "admin_state_up": True,
        "mtu": 1450,
        "status": "ACTIVE",
        "subnets": [f"b2c3d4e5-0000-4000-8000-{i:012d}"],
        "shared": False,
        "availability_zone_hints": [],
        "availability_zones": ["nova"],
        "ipv4_address_scope": None,
        "ipv6_address_scope": None,
        "router:external": False,
        "description": "",
        "port_security_enabled": True,
        "qos_policy_id": None,
        "dns_domain": "",
        "l2_adjacency": True,
        "is_default": False,
        "tags": [],
        "created_at": _ts(i),
        "updated_at": _ts(i + 10),
        "revision_number": 1,
        "provider:network_type": "vxlan",
        "provider:physical_network": None,
        "provider:segmentation_id": 1000 + i,
    }


def dumps(value: Any) -> bytes:
    """Compact JSON, as the services send it."""
    return json.dumps(value, separators=(", ", ": ")).encode()


def catalog(ports: dict[str, int]) -> list[dict[str, Any]]:
    """A service catalog: identity, compute (versioned URL), network and image (unversioned)."""
    urls = {
        "identity": (f"http://127.0.0.1:{ports['identity']}/v3", "keystone"),
        "compute": (f"http://127.0.0.1:{ports['compute']}/v2.1", "nova"),
        "network": (f"http://127.0.0.1:{ports['network']}/", "neutron"),
        "image": (f"http://127.0.0.1:{ports['image']}", "glance"),
    }
    out = []
    for n, (stype, (url, name)) in enumerate(urls.items()):
        out.append(
            {
                "type": stype,
                "name": name,
                "id": f"{n:032x}",
                "endpoints": [
                    {
                        "id": f"{n:02x}{k:030x}",
                        "interface": interface,
                        "region_id": "RegionOne",
                        "region": "RegionOne",
                        "url": url,
                    }
                    for k, interface in enumerate(("public", "internal", "admin"))
                ],
            }
        )
    return out


def token_body(ports: dict[str, int], issued: str, expires: str) -> dict[str, Any]:
    """Keystone's reply to a project-scoped password authentication."""
    return {
        "token": {
            "methods": ["password"],
            "user": {
                "domain": {"id": DOMAIN_ID, "name": "Default"},
                "id": USER_ID,
                "name": "bench",
                "password_expires_at": None,
            },
            "audit_ids": ["3T2dc1CGQxyJsHdDu1xkcw"],
            "expires_at": expires,
            "issued_at": issued,
            "project": {
                "domain": {"id": DOMAIN_ID, "name": "Default"},
                "id": PROJECT_ID,
                "name": "bench",
            },
            "is_domain": False,
            "roles": [
                {"id": "51cc68287d524c759f47c811e6463340", "name": "admin"},
                {"id": "9fe2ff9ee4384b1894a90878d3e92bab", "name": "member"},
                {"id": "e2b9d0e0f12a4b7c8b1f6a3b2c1d0e9f", "name": "reader"},
            ],
            "catalog": catalog(ports),
        }
    }


def identity_versions(port: int) -> dict[str, Any]:
    return {
        "versions": {
            "values": [
                {
                    "id": "v3.14",
                    "status": "stable",
                    "updated": "2020-04-07T00:00:00Z",
                    "links": [{"rel": "self", "href": f"http://127.0.0.1:{port}/v3/"}],
                    "media-types": [
                        {
                            "base": "application/json",
                            "type": "application/vnd.openstack.identity-v3+json",
                        }
                    ],
                }
            ]
        }
    }


def identity_version(port: int) -> dict[str, Any]:
    return {"version": identity_versions(port)["versions"]["values"][0]}


def compute_version_entry(port: int) -> dict[str, Any]:
    return {
        "id": "v2.1",
        "status": "CURRENT",
        "version": MICROVERSION,
        "min_version": "2.1",
        "updated": "2013-07-23T11:33:21Z",
        "links": [{"rel": "self", "href": f"http://127.0.0.1:{port}/v2.1/"}],
        "media-types": [
            {
                "base": "application/json",
                "type": "application/vnd.openstack.compute+json;version=2.1",
            }
        ],
    }


def compute_versions(port: int) -> dict[str, Any]:
    return {"versions": [compute_version_entry(port)]}


def compute_version(port: int) -> dict[str, Any]:
    return {"version": compute_version_entry(port)}


def network_versions(port: int) -> dict[str, Any]:
    return {
        "versions": [
            {
                "id": "v2.0",
                "status": "CURRENT",
                "links": [{"rel": "self", "href": f"http://127.0.0.1:{port}/v2.0/"}],
            }
        ]
    }


def network_version(port: int) -> dict[str, Any]:
    return {
        "resources": [
            {
                "name": "network",
                "collection": "networks",
                "links": [{"rel": "self", "href": f"http://127.0.0.1:{port}/v2.0/networks"}],
            }
        ]
    }


def image_versions(port: int) -> dict[str, Any]:
    return {
        "versions": [
            {
                "id": f"v2.{minor}",
                "status": "CURRENT" if minor == 16 else "SUPPORTED",
                "links": [{"rel": "self", "href": f"http://127.0.0.1:{port}/v2/"}],
            }
            for minor in (16, 15, 9, 0)
        ]
    }


def image(port: int, image_uuid: str, size: int | None, status: str) -> dict[str, Any]:
    """A Glance image record (no checksum: hashing is kept out of the streaming figures)."""
    return {
        "id": image_uuid,
        "name": "bench-image",
        "status": status,
        "visibility": "private",
        "protected": False,
        "os_hidden": False,
        "owner": PROJECT_ID,
        "container_format": "bare",
        "disk_format": "raw",
        "min_disk": 0,
        "min_ram": 0,
        "size": size,
        "virtual_size": None,
        "checksum": None,
        "os_hash_algo": None,
        "os_hash_value": None,
        "tags": [],
        "created_at": "2025-03-01T00:00:00Z",
        "updated_at": "2025-03-01T00:00:00Z",
        "self": f"/v2/images/{image_uuid}",
        "file": f"/v2/images/{image_uuid}/file",
        "schema": "/v2/schemas/image",
        "stores": "file",
    }
