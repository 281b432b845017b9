"""A real Placement 16 on 127.0.0.1, authenticating against a LocalKeystone.

With ``auth_strategy="noauth2"`` it runs without Keystone (Placement's test
strategy: no token is validated; the ``X-Auth-Token`` header, if any, is read
as ``user[:project]``, and user ``admin`` gets the admin role). It then lives in
``state_dir/placement-noauth/`` and is not registered in any catalog.
"""

from __future__ import annotations

import os
import secrets

from .keystone import START_TIMEOUT, GunicornService, LocalKeystone, authtoken_section


class LocalPlacement(GunicornService):
    """Placement (SQLite) at ``http://127.0.0.1:<port>``, catalog type ``placement``.

    Registers service user ``placement`` (project ``service``), the service and
    its endpoints in ``keystone`` (which must be running), then starts.
    ``keystone`` is None with ``auth_strategy="noauth2"`` (see the module docstring).
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
        keystone: LocalKeystone | None,
        *,
        service_password: str | None = None,
        port: int | None = None,
        start_timeout: float = START_TIMEOUT,
        auth_strategy: str = "keystone",
    ) -> None:
        if auth_strategy not in ("keystone", "noauth2"):
            raise ValueError(f"unknown auth_strategy {auth_strategy!r}")
        if auth_strategy == "keystone" and keystone is None:
            raise ValueError("auth_strategy keystone needs a LocalKeystone")
        self.auth_strategy = auth_strategy
        if auth_strategy == "noauth2":
            self.name = "placement-noauth"  # its own folder beside a keystone-backed one
        super().__init__(venv, state_dir, port=port, start_timeout=start_timeout)
        self.keystone = keystone
        self.service_password = service_password or secrets.token_urlsafe(16)

    def config_env(self) -> dict[str, str]:
        # placement reads $OS_PLACEMENT_CONFIG_DIR/placement.conf
        return {"OS_PLACEMENT_CONFIG_DIR": str(self.service_dir)}

    def _prepare(self) -> None:
        d = self.service_dir
        auth = ""
        if self.keystone is not None and self.auth_strategy == "keystone":
            self.keystone.register_service(
                self.service_type, self.name, self.url, self.name, self.service_password
            )
            auth = authtoken_section(self.keystone, self.name, self.service_password)
        conf = d / "placement.conf"
        conf.write_text(f"""\
[api]
auth_strategy = {self.auth_strategy}
[placement_database]
connection = sqlite:///{d / "placement.db"}
""" + auth)
        self._run(self._bin("placement-manage"), "--config-file", str(conf), "db", "sync")
