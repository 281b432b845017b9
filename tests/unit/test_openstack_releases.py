"""The release selection and the fixups of tests/local_openstack/releases (no services)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.local_openstack import install, releases

KEYSTONE_SQL = """\
class ServiceProvider:
    def get_enabled_service_providers(self):
        with sql.session_for_read() as session:
            service_providers = session.query(ServiceProviderModel)
            service_providers = service_providers.filter_by(enabled=True)
            return service_providers

    def list_service_providers(self, hints=None):
        with sql.session_for_read() as session:
            return service_providers
"""

FAKE_DRIVER = """\
class FakeLoggingVolumeDriver(lvm.LVMVolumeDriver):
    def create_group(self, context, group):
        return model_update

    def _update_volume_stats(self):
        data = {}


class FakeISERDriver(FakeLoggingVolumeDriver):
    def _update_volume_stats(self):
        pass
"""


def test_release_is_chosen_by_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(releases.RELEASE_ENV, raising=False)
    assert releases.selected() == releases.CURRENT
    monkeypatch.setenv(releases.RELEASE_ENV, "2024.1")
    assert releases.selected() == "2024.1"
    assert install.release_spec().pins["nova"] == "nova==29.4.0"
    monkeypatch.setenv(releases.RELEASE_ENV, "2023.2")
    with pytest.raises(ValueError, match=r"unknown OpenStack release '2023\.2'"):
        releases.selected()


def test_current_release_keeps_its_pins_and_venv(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(releases.RELEASE_ENV, raising=False)
    monkeypatch.setenv("TYPEDSTACK_SERVICES_VENV", "/srv/venvs/os")
    current = install.release_spec()
    assert current.current and not current.fixups and not current.swift_conf_shim
    assert current.pins["keystone"] == install.SERVICE_PINS["keystone"][0]
    assert current.constraints == install.CONSTRAINTS
    assert install.default_venv() == Path("/srv/venvs/os")
    # an older release lives beside it, never in it
    assert install.default_venv("2025.1") == Path("/srv/venvs/os-2025.1")


@pytest.mark.parametrize("name", sorted(releases.OLDER))
def test_every_older_release_pins_each_service_in_its_constraints(name: str) -> None:
    release = releases.OLDER[name]
    assert set(release.pins) == set(install.SERVICE_PINS)
    frozen = {
        line.strip()
        for line in release.constraints.read_text().splitlines()
        if line.strip() and not line.startswith("#")
    }
    for pin in [*release.pins.values(), release.gunicorn, *release.extra_pins["cinder"]]:
        assert pin in frozen, pin


def test_a_venv_of_another_release_is_refused_not_rebuilt(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "python").write_text("")
    (venv / install.MARKER_NAME).write_text('{"pins": [], "constraints": "x"}')
    with pytest.raises(RuntimeError, match=r"holds OpenStack 2026\.2, not 2025\.1"):
        install.ensure_venv(venv, ("keystone",), release="2025.1")
    assert (venv / "bin" / "python").exists()
    assert install.venv_release(venv).name == releases.CURRENT


def _site(tmp_path: Path) -> Path:
    site = tmp_path / "lib" / "python3.11" / "site-packages"
    (site / "keystone" / "federation" / "backends").mkdir(parents=True)
    (site / "keystone" / "federation" / "backends" / "sql.py").write_text(KEYSTONE_SQL)
    (site / "cinder" / "tests").mkdir(parents=True)
    (site / "cinder" / "tests" / "fake_driver.py").write_text(FAKE_DRIVER)
    (site / "cinder" / "wsgi").mkdir()
    (site / "cinder" / "wsgi" / "__init__.py").write_text("")
    (site / "nova").mkdir()
    (site / "nova" / "wsgi.py").write_text("OLD = 1\n")
    return site


def test_fixups_of_2024_1_and_their_idempotence(tmp_path: Path) -> None:
    site = _site(tmp_path)
    changes = releases.apply_fixups(releases.OLDER["2024.1"], tmp_path)
    assert len(changes) == 6, changes  # keystone, cinder, nova (2), keystone + cinder wsgi

    sql = (site / "keystone" / "federation" / "backends" / "sql.py").read_text()
    assert "            return service_providers.all()\n" in sql
    # only that function: the other one's identical line is left alone
    assert sql.count("return service_providers\n") == 1

    driver = (site / "cinder" / "tests" / "fake_driver.py").read_text()
    assert driver.count("def extend_volume(self, volume, new_size):") == 1
    assert driver.index("def extend_volume") < driver.index("class FakeISERDriver")

    assert (site / "nova" / "wsgi" / "__init__.py").read_text() == "OLD = 1\n"
    assert "init_application()" in (site / "nova" / "wsgi" / "osapi_compute.py").read_text()
    assert "initialize_application()" in (site / "cinder" / "wsgi" / "api.py").read_text()
    assert "initialize_public_application()" in (site / "keystone" / "wsgi" / "api.py").read_text()
    assert not (site / "glance").exists()  # not installed: nothing made up

    assert releases.apply_fixups(releases.OLDER["2024.1"], tmp_path) == []


def test_a_changed_keystone_is_not_patched_blindly(tmp_path: Path) -> None:
    site = _site(tmp_path)
    path = site / "keystone" / "federation" / "backends" / "sql.py"
    path.write_text(KEYSTONE_SQL.replace("return service_providers\n", "return list(sps)\n", 1))
    with pytest.raises(RuntimeError, match="has changed; fixup not applied"):
        releases.apply_fixups(releases.OLDER["2025.1"], tmp_path)
