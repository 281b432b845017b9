"""Placement through the generated modules, against the real local Placement.

Resource providers, inventories, allocations and usages, traits, resource
classes, aggregates and allocation candidates, at several microversions.
Every test makes its own providers (unique names, custom classes, a random
project for the consumers) so that tests sharing the session's Placement do
not see each other's data.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator

import pytest

import typedstack
from tests.integration.conftest import unique
from tests.integration.recording import Cleanup, Recorder
from tests.local_openstack import LocalPlacement
from typedstack.placement import v1 as placement
from typedstack.placement.v1 import (
    allocation_candidates,
    allocations,
    inventories,
    resource_classes,
    resource_provider_aggregates,
    resource_providers,
    traits,
    usages,
    versions,
)

pytestmark = pytest.mark.services


# ------------------------------------------------------------------ fixtures


@pytest.fixture()
def http(admin: typedstack.ProviderClient) -> Recorder:
    return Recorder(admin)


@pytest.fixture()
def cleanup() -> Iterator[Cleanup]:
    undo = Cleanup()
    yield undo
    undo.run()


@pytest.fixture()
def pl(
    placement_service: LocalPlacement, admin: typedstack.ProviderClient
) -> typedstack.ServiceClient:
    """A client at the highest microversion both sides support."""
    return placement.new_client(admin, microversion="latest")


@pytest.fixture()
def at(
    placement_service: LocalPlacement, admin: typedstack.ProviderClient
) -> Callable[[str], typedstack.ServiceClient]:
    """Clients pinned to a microversion: ``at("1.20")``."""
    return lambda version: placement.new_client(admin, microversion=version)


@pytest.fixture()
def make_provider(
    pl: typedstack.ServiceClient, cleanup: Cleanup
) -> Callable[..., resource_providers.ResourceProvider]:
    def make(parent: str | None = None, **inventory: int) -> resource_providers.ResourceProvider:
        opts = resource_providers.CreateOpts(
            name=unique("rp"),
            parent_provider_uuid=typedstack.UNSET if parent is None else parent,
        )
        rp = resource_providers.create(pl, opts)
        cleanup.add(lambda: resource_providers.delete(pl, rp.uuid))
        if inventory:
            inventories.replace_all(
                pl,
                rp.uuid,
                inventories.ReplaceAllOpts(
                    resource_provider_generation=rp.generation,
                    inventories={
                        rc: inventories.InventoryInput(total=total)
                        for rc, total in inventory.items()
                    },
                ),
            )
            rp = resource_providers.get(pl, rp.uuid)
        return rp

    return make


def custom_name(prefix: str) -> str:
    return f"CUSTOM_{prefix}_{uuid.uuid4().hex[:10].upper()}"


# ------------------------------------------------------------ microversions


def test_latest_is_the_highest_version_both_sides_support(
    pl: typedstack.ServiceClient,
    at: Callable[[str], typedstack.ServiceClient],
    admin: typedstack.ProviderClient,
    http: Recorder,
) -> None:
    (doc,) = versions.list(placement.new_client(admin))
    assert doc.status == "CURRENT"
    expected = min(
        typedstack.parse_version(placement.SERVICE.max_microversion or "1.0"),
        typedstack.parse_version(doc.max_version),
    )
    assert pl.microversion == expected
    assert typedstack.parse_version(doc.min_version) <= expected

    http.calls.clear()
    resource_providers.list(pl, resource_providers.ListOpts(name="nothing-" + unique("x")))
    resource_providers.list(at("1.20"), resource_providers.ListOpts(name="nothing"))
    assert [c.headers.get("OpenStack-API-Version") for c in http.calls] == [
        f"placement {expected}",
        "placement 1.20",
    ]
    # Placement echoes the version it served.
    assert [c.response_headers.get("OpenStack-API-Version") for c in http.calls] == [
        f"placement {expected}",
        "placement 1.20",
    ]


def test_resource_provider_crud_and_404(pl: typedstack.ServiceClient, cleanup: Cleanup) -> None:
    name = unique("rp")
    rp = resource_providers.create(pl, resource_providers.CreateOpts(name=name))
    cleanup.add(lambda: resource_providers.delete(pl, rp.uuid))
    assert rp.name == name
    assert rp.generation == 0
    assert rp.root_provider_uuid == rp.uuid
    assert rp.parent_provider_uuid is None
    assert {link.rel for link in rp.links or []} >= {"self", "inventories", "usages"}

    assert resource_providers.get(pl, rp.uuid).name == name
    listed = resource_providers.list(pl, resource_providers.ListOpts(name=name))
    assert [p.uuid for p in listed] == [rp.uuid]

    renamed = resource_providers.update(
        pl, rp.uuid, resource_providers.UpdateOpts(name=name + "-renamed")
    )
    assert renamed.name == name + "-renamed"
    assert resource_providers.get(pl, rp.uuid).name == name + "-renamed"

    other = resource_providers.create(pl, resource_providers.CreateOpts(name=unique("rp")))
    cleanup.add(lambda: resource_providers.delete(pl, other.uuid))
    with pytest.raises(typedstack.Conflict) as dup:
        resource_providers.update(
            pl, other.uuid, resource_providers.UpdateOpts(name=name + "-renamed")
        )
    assert dup.value.status == 409

    resource_providers.delete(pl, rp.uuid)
    with pytest.raises(typedstack.NotFound) as info:
        resource_providers.get(pl, rp.uuid)
    assert info.value.status == 404
    assert rp.uuid in info.value.message
    assert info.value.request_id
    with pytest.raises(typedstack.NotFound):
        resource_providers.delete(pl, rp.uuid)
    assert resource_providers.list(pl, resource_providers.ListOpts(uuid=rp.uuid)) == []


def test_create_before_1_20_returns_only_a_location(
    at: Callable[[str], typedstack.ServiceClient], cleanup: Cleanup, http: Recorder
) -> None:
    old = at("1.19")
    created = resource_providers.create_legacy(
        old, resource_providers.CreateLegacyOpts(name=unique("legacy"))
    )
    assert isinstance(created.location, str)
    new_uuid = created.location.rsplit("/", 1)[-1]
    cleanup.add(lambda: resource_providers.delete(old, new_uuid))
    assert resource_providers.get(old, new_uuid).uuid == new_uuid

    http.calls.clear()
    with pytest.raises(typedstack.MicroversionError, match=r"1\.20"):
        resource_providers.create(old, resource_providers.CreateOpts(name="never-sent"))
    with pytest.raises(typedstack.MicroversionError, match=r"1\.19"):
        resource_providers.create_legacy(
            at("1.20"), resource_providers.CreateLegacyOpts(name="never-sent")
        )
    assert http.calls == []


def test_provider_trees(
    pl: typedstack.ServiceClient,
    at: Callable[[str], typedstack.ServiceClient],
    make_provider: Callable[..., resource_providers.ResourceProvider],
) -> None:
    root = make_provider()
    child = make_provider(parent=root.uuid)
    assert child.parent_provider_uuid == root.uuid
    assert child.root_provider_uuid == root.uuid
    tree = resource_providers.list(pl, resource_providers.ListOpts(in_tree=child.uuid))
    assert {p.uuid for p in tree} == {root.uuid, child.uuid}
    with pytest.raises(typedstack.Conflict):
        resource_providers.delete(pl, root.uuid)  # it still has a child

    # The tree fields exist from 1.14: absent below, present (even as null) from there.
    before = resource_providers.get(at("1.13"), child.uuid)
    assert before.parent_provider_uuid is typedstack.UNSET
    assert before.root_provider_uuid is typedstack.UNSET
    assert "parent_provider_uuid" not in before.to_dict()
    from_114 = resource_providers.get(at("1.14"), root.uuid)
    assert from_114.parent_provider_uuid is None
    assert from_114.root_provider_uuid == root.uuid

    resource_providers.delete(pl, child.uuid)
    resource_providers.delete(pl, root.uuid)


# ------------------------------------------------------------- inventories


def test_inventories_set_replace_get_delete(
    pl: typedstack.ServiceClient,
    make_provider: Callable[..., resource_providers.ResourceProvider],
) -> None:
    rp = make_provider()
    assert inventories.list(pl, rp.uuid).inventories == {}

    result = inventories.replace_all(
        pl,
        rp.uuid,
        inventories.ReplaceAllOpts(
            resource_provider_generation=rp.generation,
            inventories={
                "VCPU": inventories.InventoryInput(total=8, allocation_ratio=4.0, reserved=1),
                "MEMORY_MB": inventories.InventoryInput(total=4096, max_unit=2048),
            },
        ),
    )
    assert result.resource_provider_generation == rp.generation + 1
    assert set(result.inventories) == {"VCPU", "MEMORY_MB"}
    vcpu = inventories.get(pl, rp.uuid, "VCPU")
    assert (vcpu.total, vcpu.reserved, vcpu.allocation_ratio) == (8, 1, 4.0)
    assert (vcpu.min_unit, vcpu.step_size) == (1, 1)  # server defaults
    assert vcpu.resource_provider_generation == result.resource_provider_generation
    assert inventories.list(pl, rp.uuid).inventories["MEMORY_MB"].max_unit == 2048

    generation = result.resource_provider_generation
    changed = inventories.update(
        pl,
        rp.uuid,
        "VCPU",
        inventories.UpdateOpts(resource_provider_generation=generation, total=16),
    )
    assert changed.total == 16
    assert changed.resource_provider_generation == generation + 1

    # A stale generation is refused, and nothing changes.
    with pytest.raises(typedstack.Conflict) as stale:
        inventories.update(
            pl,
            rp.uuid,
            "VCPU",
            inventories.UpdateOpts(resource_provider_generation=generation, total=2),
        )
    assert stale.value.status == 409
    assert "generation" in stale.value.message
    with pytest.raises(typedstack.Conflict):
        inventories.replace_all(
            pl,
            rp.uuid,
            inventories.ReplaceAllOpts(resource_provider_generation=generation, inventories={}),
        )
    assert inventories.get(pl, rp.uuid, "VCPU").total == 16

    # Updating one class only replaces an existing record (the server answers 400
    # for a class the provider has no inventory of).
    with pytest.raises(typedstack.BadRequest):
        inventories.update(
            pl,
            rp.uuid,
            "DISK_GB",
            inventories.UpdateOpts(resource_provider_generation=generation + 1, total=100),
        )

    # Replacing the whole inventory drops the classes left out.
    replaced = inventories.replace_all(
        pl,
        rp.uuid,
        inventories.ReplaceAllOpts(
            resource_provider_generation=generation + 1,
            inventories={
                "DISK_GB": inventories.InventoryInput(total=100),
                "VCPU": inventories.InventoryInput(total=4),
            },
        ),
    )
    assert set(replaced.inventories) == {"DISK_GB", "VCPU"}
    with pytest.raises(typedstack.NotFound):
        inventories.get(pl, rp.uuid, "MEMORY_MB")

    inventories.delete(pl, rp.uuid, "DISK_GB")
    assert set(inventories.list(pl, rp.uuid).inventories) == {"VCPU"}
    inventories.delete_all(pl, rp.uuid)
    assert inventories.list(pl, rp.uuid).inventories == {}


# ---------------------------------------------------- allocations and usages


def test_allocations_and_usages_at_latest(
    pl: typedstack.ServiceClient,
    make_provider: Callable[..., resource_providers.ResourceProvider],
    cleanup: Cleanup,
) -> None:
    assert pl.microversion is not None and pl.microversion >= (1, 38)
    rp = make_provider(VCPU=8, MEMORY_MB=4096)
    consumer = str(uuid.uuid4())
    project, user = uuid.uuid4().hex, uuid.uuid4().hex  # Placement does not check them
    cleanup.add(lambda: allocations.delete(pl, consumer))

    empty = allocations.get(pl, consumer)
    assert empty.allocations == {}

    allocations.update(
        pl,
        consumer,
        allocations.UpdateOpts(
            allocations={rp.uuid: allocations.AllocationInput(resources={"VCPU": 2})},
            project_id=project,
            user_id=user,
            consumer_generation=None,  # a new consumer
            consumer_type="INSTANCE",
        ),
    )
    held = allocations.get(pl, consumer)
    assert held.allocations[rp.uuid].resources == {"VCPU": 2}
    assert held.allocations[rp.uuid].generation == rp.generation + 1
    assert (held.project_id, held.user_id, held.consumer_type) == (project, user, "INSTANCE")
    assert held.consumer_generation == 1

    # Writing as if the consumer were new again is a consumer generation conflict.
    with pytest.raises(typedstack.Conflict) as stale:
        allocations.update(
            pl,
            consumer,
            allocations.UpdateOpts(
                allocations={rp.uuid: allocations.AllocationInput(resources={"VCPU": 1})},
                project_id=project,
                user_id=user,
                consumer_generation=None,
                consumer_type="INSTANCE",
            ),
        )
    assert "consumer generation" in stale.value.message

    allocations.update(
        pl,
        consumer,
        allocations.UpdateOpts(
            allocations={
                rp.uuid: allocations.AllocationInput(resources={"VCPU": 3, "MEMORY_MB": 1024})
            },
            project_id=project,
            user_id=user,
            consumer_generation=held.consumer_generation,
            consumer_type="INSTANCE",
        ),
    )
    assert allocations.get(pl, consumer).consumer_generation == 2

    used = usages.get_provider_usages(pl, rp.uuid)
    assert used.usages == {"VCPU": 3, "MEMORY_MB": 1024}
    on_rp = allocations.get_provider_allocations(pl, rp.uuid)
    assert on_rp.allocations[consumer].resources == {"VCPU": 3, "MEMORY_MB": 1024}
    by_project = usages.get_project_usages(pl, usages.GetProjectUsagesOpts(project_id=project))
    assert by_project.usages == {"INSTANCE": {"consumer_count": 1, "VCPU": 3, "MEMORY_MB": 1024}}
    by_user = usages.get_project_usages(
        pl, usages.GetProjectUsagesOpts(project_id=project, user_id=uuid.uuid4().hex)
    )
    assert by_user.usages.get("INSTANCE", {}).get("VCPU", 0) == 0

    # Inventory in use cannot go.
    with pytest.raises(typedstack.Conflict):
        inventories.delete(pl, rp.uuid, "VCPU")

    allocations.delete(pl, consumer)
    assert allocations.get(pl, consumer).allocations == {}
    assert usages.get_provider_usages(pl, rp.uuid).usages == {"VCPU": 0, "MEMORY_MB": 0}
    with pytest.raises(typedstack.NotFound):
        allocations.delete(pl, consumer)


def test_allocations_in_the_dict_form_before_consumer_generations(
    at: Callable[[str], typedstack.ServiceClient],
    make_provider: Callable[..., resource_providers.ResourceProvider],
    cleanup: Cleanup,
    http: Recorder,
) -> None:
    old = at("1.20")
    rp = make_provider(VCPU=4)
    consumer = str(uuid.uuid4())
    project, user = uuid.uuid4().hex, uuid.uuid4().hex
    cleanup.add(lambda: allocations.delete(old, consumer))
    allocations.update(
        old,
        consumer,
        allocations.UpdateOpts(
            allocations={rp.uuid: allocations.AllocationInput(resources={"VCPU": 1})},
            project_id=project,
            user_id=user,
        ),
    )
    held = allocations.get(old, consumer)
    assert held.allocations[rp.uuid].resources == {"VCPU": 1}
    assert held.project_id == project  # from 1.12
    assert held.consumer_generation is typedstack.UNSET  # from 1.28
    assert held.consumer_type is typedstack.UNSET  # from 1.38
    assert allocations.get(at("1.28"), consumer).consumer_generation == 1

    legacy = usages.get_project_usages_legacy(
        old, usages.GetProjectUsagesLegacyOpts(project_id=project)
    )
    assert legacy.usages == {"VCPU": 1}

    http.calls.clear()
    with pytest.raises(typedstack.MicroversionError, match=r"consumer_generation.*1\.28"):
        allocations.update(
            old,
            consumer,
            allocations.UpdateOpts(
                allocations={rp.uuid: allocations.AllocationInput(resources={"VCPU": 2})},
                project_id=project,
                user_id=user,
                consumer_generation=1,
            ),
        )
    with pytest.raises(typedstack.MicroversionError, match=r"1\.38"):
        usages.get_project_usages(old, usages.GetProjectUsagesOpts(project_id=project))
    assert http.calls == []
    assert allocations.get(old, consumer).allocations[rp.uuid].resources == {"VCPU": 1}


def test_fields_and_operations_outside_the_microversion_are_refused_before_sending(
    pl: typedstack.ServiceClient,
    at: Callable[[str], typedstack.ServiceClient],
    http: Recorder,
) -> None:
    v113, v120, v15 = at("1.13"), at("1.20"), at("1.5")
    http.calls.clear()
    with pytest.raises(typedstack.MicroversionError, match=r"ListOpts\.in_tree.*1\.14"):
        resource_providers.list(v113, resource_providers.ListOpts(in_tree=str(uuid.uuid4())))
    with pytest.raises(typedstack.MicroversionError, match=r"root_required.*1\.35"):
        allocation_candidates.list(
            v120, allocation_candidates.ListOpts(resources="VCPU:1", root_required="FOO")
        )
    with pytest.raises(typedstack.MicroversionError, match=r"needs microversion 1\.6"):
        traits.list(v15)
    with pytest.raises(typedstack.MicroversionError, match=r"removed after microversion 1\.37"):
        usages.get_project_usages_legacy(
            pl, usages.GetProjectUsagesLegacyOpts(project_id=uuid.uuid4().hex)
        )
    with pytest.raises(typedstack.MicroversionError, match=r"removed after microversion 1\.6"):
        resource_classes.rename(pl, "CUSTOM_A", resource_classes.RenameOpts(name="CUSTOM_B"))
    unpinned = placement.new_client(pl.provider)
    with pytest.raises(typedstack.MicroversionError, match=r"in_tree.*no microversion"):
        resource_providers.list(unpinned, resource_providers.ListOpts(in_tree="x"))
    assert http.calls == [], "a refused call must not reach the server"


# ----------------------------------------------------------- traits, classes


def test_custom_traits_and_provider_traits(
    pl: typedstack.ServiceClient,
    make_provider: Callable[..., resource_providers.ResourceProvider],
    cleanup: Cleanup,
) -> None:
    name = custom_name("TRAIT")
    created = traits.create(pl, name)
    cleanup.add(lambda: traits.delete(pl, name))
    assert created.location is not None and created.location.endswith("/traits/" + name)
    traits.create(pl, name)  # already there: fine
    assert traits.check(pl, name) is True
    assert traits.check(pl, custom_name("ABSENT")) is False
    assert traits.list(pl, traits.ListOpts(name="startswith:" + name)) == [name]
    standard = "HW_CPU_X86_AVX2"
    assert traits.list(pl, traits.ListOpts(name=f"in:{standard},{name}")) == sorted(
        [standard, name]
    )
    with pytest.raises(typedstack.BadRequest):
        traits.create(pl, "NOT_CUSTOM_" + uuid.uuid4().hex[:6].upper())

    rp = make_provider()
    assert traits.get_provider_traits(pl, rp.uuid).traits == []
    result = traits.replace_provider_traits(
        pl,
        rp.uuid,
        traits.ReplaceProviderTraitsOpts(
            traits=[name, standard], resource_provider_generation=rp.generation
        ),
    )
    assert sorted(result.traits) == sorted([name, standard])
    assert result.resource_provider_generation == rp.generation + 1
    assert traits.list(pl, traits.ListOpts(name="in:" + name, associated=True)) == [name]
    assert traits.list(pl, traits.ListOpts(name="in:" + name, associated=False)) == []

    with pytest.raises(typedstack.Conflict):  # stale generation
        traits.replace_provider_traits(
            pl,
            rp.uuid,
            traits.ReplaceProviderTraitsOpts(
                traits=[], resource_provider_generation=rp.generation
            ),
        )
    with pytest.raises(typedstack.BadRequest):  # unknown trait
        traits.replace_provider_traits(
            pl,
            rp.uuid,
            traits.ReplaceProviderTraitsOpts(
                traits=[custom_name("NOPE")],
                resource_provider_generation=result.resource_provider_generation,
            ),
        )
    with pytest.raises(typedstack.Conflict):  # still used by the provider
        traits.delete(pl, name)

    traits.delete_provider_traits(pl, rp.uuid)
    assert traits.get_provider_traits(pl, rp.uuid).traits == []
    traits.delete(pl, name)
    assert traits.check(pl, name) is False


def test_custom_resource_classes(
    pl: typedstack.ServiceClient,
    at: Callable[[str], typedstack.ServiceClient],
    cleanup: Cleanup,
) -> None:
    name = custom_name("RC")
    created = resource_classes.create(pl, resource_classes.CreateOpts(name=name))
    cleanup.add(lambda: resource_classes.delete(pl, name))
    assert created.location is not None and created.location.endswith("/resource_classes/" + name)
    assert resource_classes.get(pl, name).name == name
    names = {rc.name for rc in resource_classes.list(pl)}
    assert {name, "VCPU", "MEMORY_MB", "DISK_GB"} <= names
    with pytest.raises(typedstack.Conflict):
        resource_classes.create(pl, resource_classes.CreateOpts(name=name))
    resource_classes.ensure(pl, name)  # exists: confirmed, no error

    ensured = custom_name("ENSURED")
    resource_classes.ensure(pl, ensured)
    cleanup.add(lambda: resource_classes.delete(pl, ensured))
    assert resource_classes.get(pl, ensured).name == ensured

    # Renaming exists only up to 1.6.
    old = at("1.6")
    renamed = name + "_NEW"
    assert resource_classes.rename(old, name, resource_classes.RenameOpts(name=renamed)).name == (
        renamed
    )
    cleanup.add(lambda: resource_classes.delete(pl, renamed))
    with pytest.raises(typedstack.NotFound):
        resource_classes.get(pl, name)

    with pytest.raises(typedstack.BadRequest):
        resource_classes.delete(pl, "VCPU")  # standard classes stay
    resource_classes.delete(pl, renamed)
    with pytest.raises(typedstack.NotFound):
        resource_classes.get(pl, renamed)


def test_aggregates_guarded_by_generation(
    pl: typedstack.ServiceClient,
    at: Callable[[str], typedstack.ServiceClient],
    make_provider: Callable[..., resource_providers.ResourceProvider],
) -> None:
    rp = make_provider()
    agg = str(uuid.uuid4())
    result = resource_provider_aggregates.update(
        pl,
        rp.uuid,
        resource_provider_aggregates.UpdateOpts(
            aggregates=[agg], resource_provider_generation=rp.generation
        ),
    )
    assert result.aggregates == [agg]
    assert result.resource_provider_generation == rp.generation + 1
    with pytest.raises(typedstack.Conflict):
        resource_provider_aggregates.update(
            pl,
            rp.uuid,
            resource_provider_aggregates.UpdateOpts(
                aggregates=[], resource_provider_generation=rp.generation
            ),
        )
    assert [
        p.uuid for p in resource_providers.list(pl, resource_providers.ListOpts(member_of=agg))
    ] == [rp.uuid]
    old = resource_provider_aggregates.get(at("1.18"), rp.uuid)
    assert old.aggregates == [agg]
    assert old.resource_provider_generation is typedstack.UNSET  # from 1.19


# ----------------------------------------------------- allocation candidates


def test_allocation_candidates(
    pl: typedstack.ServiceClient,
    at: Callable[[str], typedstack.ServiceClient],
    make_provider: Callable[..., resource_providers.ResourceProvider],
    cleanup: Cleanup,
) -> None:
    rc = custom_name("GPU")
    resource_classes.create(pl, resource_classes.CreateOpts(name=rc))
    cleanup.add(lambda: resource_classes.delete(pl, rc))
    trait = custom_name("FAST")
    traits.create(pl, trait)
    cleanup.add(lambda: traits.delete(pl, trait))

    plain = make_provider(**{rc: 4})
    fast = make_provider(**{rc: 2})
    traits.replace_provider_traits(
        pl,
        fast.uuid,
        traits.ReplaceProviderTraitsOpts(
            traits=[trait], resource_provider_generation=fast.generation
        ),
    )
    cleanup.add(lambda: traits.delete_provider_traits(pl, fast.uuid))

    found = allocation_candidates.list(pl, allocation_candidates.ListOpts(resources=f"{rc}:1"))
    providers = {rp_uuid for req in found.allocation_requests for rp_uuid in req.allocations}
    assert providers == {plain.uuid, fast.uuid}
    for req in found.allocation_requests:
        (only,) = req.allocations.values()
        assert only.resources == {rc: 1}
        assert req.mappings == {"": list(req.allocations)}  # from 1.34
    summary = found.provider_summaries[plain.uuid]
    assert summary.resources[rc].capacity == 4
    assert summary.resources[rc].used == 0
    assert summary.root_provider_uuid == plain.uuid  # from 1.29
    assert found.provider_summaries[fast.uuid].traits == [trait]

    with_trait = allocation_candidates.list(
        pl, allocation_candidates.ListOpts(resources=f"{rc}:1", required=trait)
    )
    assert [list(r.allocations) for r in with_trait.allocation_requests] == [[fast.uuid]]
    too_much = allocation_candidates.list(pl, allocation_candidates.ListOpts(resources=f"{rc}:3"))
    assert [list(r.allocations) for r in too_much.allocation_requests] == [[plain.uuid]]
    limited = allocation_candidates.list(
        pl, allocation_candidates.ListOpts(resources=f"{rc}:1", limit=1)
    )
    assert len(limited.allocation_requests) == 1

    # At 1.20 the same request has no mappings nor tree fields, but has traits (1.17).
    older = allocation_candidates.list(
        at("1.20"), allocation_candidates.ListOpts(resources=f"{rc}:1")
    )
    assert all(r.mappings is typedstack.UNSET for r in older.allocation_requests)
    old_summary = older.provider_summaries[fast.uuid]
    assert old_summary.root_provider_uuid is typedstack.UNSET
    assert old_summary.traits == [trait]

    # 1.10 and 1.11 list the allocations of a candidate as a list.
    legacy = allocation_candidates.list_legacy(
        at("1.10"), allocation_candidates.ListLegacyOpts(resources=f"{rc}:1")
    )
    assert {
        a.resource_provider.uuid for r in legacy.allocation_requests for a in r.allocations
    } == {
        plain.uuid,
        fast.uuid,
    }

    # A candidate is a ready-made allocations body.
    chosen = with_trait.allocation_requests[0]
    consumer = str(uuid.uuid4())
    cleanup.add(lambda: allocations.delete(pl, consumer))
    allocations.update(
        pl,
        consumer,
        allocations.UpdateOpts(
            allocations={
                rp_uuid: allocations.AllocationInput(resources=a.resources)
                for rp_uuid, a in chosen.allocations.items()
            },
            project_id=uuid.uuid4().hex,
            user_id=uuid.uuid4().hex,
            consumer_generation=None,
            consumer_type="INSTANCE",
        ),
    )
    after = allocation_candidates.list(pl, allocation_candidates.ListOpts(resources=f"{rc}:2"))
    assert [list(r.allocations) for r in after.allocation_requests] == [[plain.uuid]]
    assert after.provider_summaries[plain.uuid].resources[rc].used == 0


# ------------------------------------------------------------------- errors


def test_placement_error_message_is_one_clean_line(pl: typedstack.ServiceClient) -> None:
    missing = str(uuid.uuid4())
    with pytest.raises(typedstack.NotFound) as info:
        resource_providers.get(pl, missing)
    message = info.value.message
    assert missing in message
    assert "\n" not in message
    assert message == " ".join(message.split())
