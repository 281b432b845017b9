"""A real Neutron 29 API on 127.0.0.1 (ML2, no agents), for Nova's API.

Nova's API asks Neutron for the ports and security groups of every server it
shows, even of one booted with ``networks="none"``, so Nova needs a network
endpoint in the catalog. This is the Neutron API server alone: ML2 with no
mechanism driver (ports are created but never bound), no agents, no message
bus.
"""

from __future__ import annotations

import os
import secrets
import shutil

from .keystone import START_TIMEOUT, GunicornService, LocalKeystone, authtoken_section

#: neutron's alembic migrations do not run on SQLite ("No support for ALTER
#: of constraints"): the schema is made from the models, then the heads stamped
_MAKE_SCHEMA = """\
import sys
import sqlalchemy as sa
from neutron.db.migration.models import head  # noqa: F401 (loads every model)
from neutron_lib.db import model_base
model_base.BASEV2.metadata.create_all(sa.create_engine(sys.argv[1]))
"""


#: the service plugins whose API works without agents (trunk needs a
#: mechanism driver); auto_allocate, flavors, tag, timestamp, revisions and
#: network_ip_availability are loaded by default
SERVICE_PLUGINS = (
    "router",
    "qos",
    "segments",
    "network_segment_range",
    "port_forwarding",
    "conntrack_helper",
    "local_ip",
    "ndp_proxy",
    "metering",
)


class LocalNeutron(GunicornService):
    """Neutron (SQLite, ML2 without agents) at ``http://127.0.0.1:<port>``, type ``network``.

    Registers service user ``neutron`` (project ``service``), the service and
    its endpoints in ``keystone`` (which must be running), then starts.
    """

    name = "neutron"
    wsgi_app = "neutron.wsgi.api:application"
    ready_path = "/"
    ready_status = (200,)
    service_type = "network"

    def __init__(
        self,
        venv: str | os.PathLike[str],
        state_dir: str | os.PathLike[str],
        keystone: LocalKeystone,
        *,
        service_password: str | None = None,
        port: int | None = None,
        start_timeout: float = START_TIMEOUT,
    ) -> None:
        super().__init__(venv, state_dir, port=port, start_timeout=start_timeout)
        self.keystone = keystone
        self.service_password = service_password or secrets.token_urlsafe(16)

    def config_env(self) -> dict[str, str]:
        # the API reads neutron.conf and plugins/ml2/ml2_conf.ini from here
        return {"OS_NEUTRON_CONFIG_DIR": str(self.service_dir)}

    def _prepare(self) -> None:
        d = self.service_dir
        (d / "plugins" / "ml2").mkdir(parents=True)
        (d / "locks").mkdir()
        self.keystone.register_service(
            self.service_type, self.name, self.url, self.name, self.service_password
        )
        paste = self.venv / "etc" / "neutron" / "api-paste.ini"
        if not paste.exists():
            raise FileNotFoundError(f"{paste} missing: is neutron installed?")
        shutil.copy(paste, d / "api-paste.ini")
        conf = d / "neutron.conf"
        ml2 = d / "plugins" / "ml2" / "ml2_conf.ini"
        conf.write_text(f"""\
[DEFAULT]
core_plugin = ml2
service_plugins = {",".join(SERVICE_PLUGINS)}
auth_strategy = keystone
# the API server alone: no agents, no RPC consumers
transport_url = fake://
api_paste_config = {d / "api-paste.ini"}
state_path = {d}
notify_nova_on_port_status_changes = false
notify_nova_on_port_data_changes = false
[database]
connection = sqlite:///{d / "neutron.db"}
[oslo_concurrency]
lock_path = {d / "locks"}
""" + authtoken_section(self.keystone, self.name, self.service_password))
        ml2.write_text("""\
[ml2]
type_drivers = flat,vlan,vxlan,local
tenant_network_types = vxlan
# no mechanism driver: ports are created but never bound
mechanism_drivers =
extension_drivers = port_security,qos
[ml2_type_vxlan]
vni_ranges = 1:1000
[ml2_type_flat]
flat_networks = *
""")
        (d / "make_schema.py").write_text(_MAKE_SCHEMA)
        self._run(self._bin("python"), str(d / "make_schema.py"), f"sqlite:///{d / 'neutron.db'}")
        self._run(
            self._bin("neutron-db-manage"),
            "--config-file",
            str(conf),
            "--config-file",
            str(ml2),
            "stamp",
            "heads",
        )
