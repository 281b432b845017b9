"""Neutron's flavors framework, against the real local Neutron.

Flavors (for the loaded router plugin, service type L3_ROUTER_NAT) and
service profiles: create, show, filter, page, update, delete, and the
association of a profile with a flavor, with the errors a user meets.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

import pytest

import typedstack
from tests.integration.conftest import unique
from tests.integration.recording import Cleanup, Recorder
from typedstack.network.v2 import flavors, service_profiles
from typedstack.runtime import UNSET

pytestmark = pytest.mark.services

ROUTER = "L3_ROUTER_NAT"


@pytest.fixture()
def cleanup() -> Iterator[Cleanup]:
    undo = Cleanup()
    yield undo
    undo.run()


@pytest.fixture()
def make_flavor(net: typedstack.ServiceClient, cleanup: Cleanup) -> Callable[..., flavors.Flavor]:
    """Creates a router flavor (deleted at teardown)."""

    def make(**fields: object) -> flavors.Flavor:
        fields.setdefault("name", unique("flv"))
        fields.setdefault("service_type", ROUTER)
        flavor = flavors.create(net, flavors.CreateOpts(**fields))  # type: ignore[arg-type]
        cleanup.add(lambda: flavors.delete(net, flavor.id))
        return flavor

    return make


@pytest.fixture()
def make_profile(
    net: typedstack.ServiceClient, cleanup: Cleanup
) -> Callable[..., service_profiles.ServiceProfile]:
    """Creates a service profile with meta information only (deleted at teardown)."""

    def make(**fields: object) -> service_profiles.ServiceProfile:
        fields.setdefault("metainfo", json.dumps({"tier": unique("t")}))
        profile = service_profiles.create(
            net, service_profiles.CreateOpts(**fields)  # type: ignore[arg-type]
        )
        cleanup.add(lambda: service_profiles.delete(net, profile.id))
        return profile

    return make


def test_flavor_lifecycle(
    net: typedstack.ServiceClient, make_flavor: Callable[..., flavors.Flavor]
) -> None:
    name = unique("flv")
    created = make_flavor(name=name, description="gold routers", enabled=False)
    assert created.name == name
    assert created.service_type == ROUTER
    assert created.description == "gold routers"
    assert created.enabled is False
    assert created.service_profiles == []

    shown = flavors.get(net, created.id)
    assert (shown.id, shown.name, shown.enabled) == (created.id, name, False)

    partial = flavors.get(net, created.id, flavors.GetOpts(fields=["id", "name"]))
    assert partial.name == name
    assert partial.service_type is UNSET

    updated = flavors.update(
        net,
        created.id,
        flavors.UpdateOpts(name=name + "-2", description="silver", enabled=True),
    )
    assert (updated.name, updated.description, updated.enabled) == (name + "-2", "silver", True)
    assert updated.service_type == ROUTER

    flavors.delete(net, created.id)
    with pytest.raises(typedstack.NotFound):
        flavors.get(net, created.id)


def test_flavor_filters_and_pages(
    net: typedstack.ServiceClient,
    admin: typedstack.ProviderClient,
    make_flavor: Callable[..., flavors.Flavor],
) -> None:
    tag = unique("desc")
    made = [make_flavor(name=f"{tag}-{i}", description=tag, enabled=i != 1) for i in range(3)]
    other = make_flavor(description=unique("other"))

    by_name = list(flavors.list(net, flavors.ListOpts(name=f"{tag}-0")))
    assert [f.id for f in by_name] == [made[0].id]

    enabled = list(flavors.list(net, flavors.ListOpts(description=tag, enabled=True)))
    assert sorted(f.id for f in enabled) == sorted([made[0].id, made[2].id])

    by_type = {f.id for f in flavors.list(net, flavors.ListOpts(service_type=ROUTER))}
    assert {f.id for f in made} | {other.id} <= by_type

    http = Recorder(admin)
    paged = list(
        flavors.list(
            net,
            flavors.ListOpts(description=tag, limit=1, sort_key=["name"], sort_dir=["desc"]),
        )
    )
    assert [f.name for f in paged] == [f"{tag}-2", f"{tag}-1", f"{tag}-0"]
    assert len(http.to("GET", "/v2.0/flavors")) >= 3
    assert "limit=1" in http.to("GET", "/v2.0/flavors")[0].url

    only_ids = list(flavors.list(net, flavors.ListOpts(description=tag, fields=["id"])))
    assert len(only_ids) == 3
    assert all(f.name is UNSET for f in only_ids)


def test_flavor_errors(net: typedstack.ServiceClient) -> None:
    with pytest.raises(typedstack.BadRequest):
        flavors.create(net, flavors.CreateOpts(service_type="NO_SUCH_SERVICE", name=unique("x")))
    with pytest.raises(typedstack.NotFound):
        flavors.update(net, "0b8bd5f0-1d2c-4c54-9c36-e1d2b5b2a5a1", flavors.UpdateOpts(name="x"))


def test_service_profile_lifecycle(
    net: typedstack.ServiceClient,
    make_profile: Callable[..., service_profiles.ServiceProfile],
) -> None:
    meta = json.dumps({"az": "zone-1"})
    created = make_profile(description="zone one", metainfo=meta, enabled=False)
    assert created.metainfo == meta
    assert created.description == "zone one"
    assert created.enabled is False
    assert created.driver == ""

    shown = service_profiles.get(net, created.id)
    assert (shown.id, shown.metainfo, shown.enabled) == (created.id, meta, False)

    listed = list(service_profiles.list(net, service_profiles.ListOpts(id=created.id)))
    assert [p.id for p in listed] == [created.id]
    disabled = {p.id for p in service_profiles.list(net, service_profiles.ListOpts(enabled=False))}
    assert created.id in disabled

    updated = service_profiles.update(
        net,
        created.id,
        service_profiles.UpdateOpts(description="zone two", enabled=True),
    )
    assert (updated.description, updated.enabled, updated.metainfo) == ("zone two", True, meta)

    service_profiles.delete(net, created.id)
    with pytest.raises(typedstack.NotFound):
        service_profiles.get(net, created.id)


def test_service_profile_list_pages(
    net: typedstack.ServiceClient,
    make_profile: Callable[..., service_profiles.ServiceProfile],
) -> None:
    tag = unique("sp")
    made = {make_profile(description=tag).id for _ in range(3)}
    paged = list(
        service_profiles.list(
            net,
            service_profiles.ListOpts(description=tag, limit=2, sort_key=["id"], sort_dir=["asc"]),
        )
    )
    assert sorted(p.id for p in paged) == sorted(made)
    assert [p.id for p in paged] == sorted(made)


def test_service_profile_needs_driver_or_metainfo(net: typedstack.ServiceClient) -> None:
    with pytest.raises(typedstack.BadRequest):
        service_profiles.create(net, service_profiles.CreateOpts(description="empty"))
    with pytest.raises(typedstack.NotFound):
        service_profiles.create(
            net, service_profiles.CreateOpts(driver="no.such.Driver", description="bad")
        )


def test_associate_profile_with_flavor(
    net: typedstack.ServiceClient,
    cleanup: Cleanup,
    make_flavor: Callable[..., flavors.Flavor],
    make_profile: Callable[..., service_profiles.ServiceProfile],
) -> None:
    flavor = make_flavor()
    first, second = make_profile(), make_profile()

    bound = flavors.associate_service_profile(
        net, flavor.id, flavors.AssociateServiceProfileOpts(service_profile_id=first.id)
    )
    cleanup.add(lambda: flavors.disassociate_service_profile(net, flavor.id, first.id))
    # Neutron answers with the flavor's ID under service_profile.id
    assert bound.id == flavor.id
    flavors.associate_service_profile(
        net, flavor.id, flavors.AssociateServiceProfileOpts(service_profile_id=second.id)
    )
    cleanup.add(lambda: flavors.disassociate_service_profile(net, flavor.id, second.id))
    assert sorted(flavors.get(net, flavor.id).service_profiles or []) == sorted(
        [first.id, second.id]
    )

    with pytest.raises(typedstack.Conflict):
        flavors.associate_service_profile(
            net, flavor.id, flavors.AssociateServiceProfileOpts(service_profile_id=first.id)
        )
    with pytest.raises(typedstack.Conflict):
        service_profiles.delete(net, first.id)

    flavors.disassociate_service_profile(net, flavor.id, first.id)
    assert flavors.get(net, flavor.id).service_profiles == [second.id]
    with pytest.raises(typedstack.NotFound):
        flavors.disassociate_service_profile(net, flavor.id, first.id)
    flavors.disassociate_service_profile(net, flavor.id, second.id)
    assert flavors.get(net, flavor.id).service_profiles == []
