"""A real Placement 16 on 127.0.0.1, authenticating against a LocalKeystone."""

from __future__ import annotations

import os
import secrets

from .keystone import START_TIMEOUT, GunicornService, LocalKeystone, authtoken_section


class LocalPlacement(GunicornService):
    """Placement (SQLite) at ``http://127.0.0.1:<port>``, catalog type ``placement``.

    Registers service user ``placement`` (project ``service``), the service and
    its endpoints in ``keystone`` (which must be running), then starts.
    """

    name = "placement"
    wsgi_app = "placement.wsgi.api:application"
    ready_path = "/"
    ready_status = (200,)
    service_type = "placement"

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
        # placement reads $OS_PLACEMENT_CONFIG_DIR/placement.conf
        return {"OS_PLACEMENT_CONFIG_DIR": str(self.service_dir)}

    def _prepare(self) -> None:
        d = self.service_dir
        self.keystone.register_service(
            self.service_type, self.name, self.url, self.name, self.service_password
        )
        conf = d / "placement.conf"
        conf.write_text(f"""\
[api]
auth_strategy = keystone
[placement_database]
connection = sqlite:///{d / "placement.db"}
""" + authtoken_section(self.keystone, self.name, self.service_password))
        self._run(self._bin("placement-manage"), "--config-file", str(conf), "db", "sync")
