"""A real Glance 33 (image API v2) on 127.0.0.1 with a filesystem store."""

from __future__ import annotations

import os
import secrets
import shutil

from .keystone import START_TIMEOUT, GunicornService, LocalKeystone, authtoken_section


class LocalGlance(GunicornService):
    """Glance (SQLite, file store) at ``http://127.0.0.1:<port>``, type ``image``.

    Registers service user ``glance`` (project ``service``), the service and
    its endpoints in ``keystone`` (which must be running), then starts.
    Image data lives in ``state_dir/glance/images``; the staging and tasks
    stores needed by the interoperable image import are set up as well.
    """

    name = "glance"
    wsgi_app = "glance.wsgi.api:application"
    ready_path = "/"
    ready_status = (300,)  # version list: 300 Multiple Choices
    service_type = "image"

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

    @property
    def images_dir(self):
        return self.service_dir / "images"

    def config_env(self) -> dict[str, str]:
        # the API reads $OS_GLANCE_CONFIG_DIR/glance-api.conf and looks for
        # glance-api-paste.ini beside it
        return {"OS_GLANCE_CONFIG_DIR": str(self.service_dir)}

    def _prepare(self) -> None:
        d = self.service_dir
        for sub in ("images", "staging", "tasks"):
            (d / sub).mkdir()
        self.keystone.register_service(
            self.service_type, self.name, self.url, self.name, self.service_password
        )
        # the paste pipelines ship as wheel data files in <venv>/etc/glance
        paste = self.venv / "etc" / "glance" / "glance-api-paste.ini"
        if not paste.exists():
            raise FileNotFoundError(f"{paste} missing: is glance installed?")
        shutil.copy(paste, d / "glance-api-paste.ini")
        (d / "glance-api.conf").write_text(f"""\
[DEFAULT]
enabled_backends = fs:file
# needed by glance >= 2023.2 outside the old eventlet server
worker_self_reference_url = {self.url}
[database]
connection = sqlite:///{d / "glance.db"}
[glance_store]
default_backend = fs
[fs]
filesystem_store_datadir = {d / "images"}
[os_glance_staging_store]
filesystem_store_datadir = {d / "staging"}
[os_glance_tasks_store]
filesystem_store_datadir = {d / "tasks"}
[paste_deploy]
flavor = keystone
""" + authtoken_section(self.keystone, self.name, self.service_password))
        # glance-manage reads every *.conf in --config-dir
        self._run(self._bin("glance-manage"), "--config-dir", str(d), "db_sync")
