"""Allocation candidates answer "where could these resources be allocated?": each candidate is a
ready-made body for updating a consumer's allocations, and the provider summaries give the
capacity and traits to choose between them. Available from microversion 1.10.
"""

# Generated from specs/placement/v1/allocation_candidates.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar, Literal

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "AllocationCandidates",
    "AllocationRequest",
    "CandidateAllocation",
    "ProviderSummary",
    "ResourceCapacity",
    "LegacyAllocationCandidates",
    "LegacyAllocationRequest",
    "LegacyCandidateAllocation",
    "ProviderReference",
    "ListOpts",
    "ListLegacyOpts",
    "list",
    "list_legacy",
    "list_url",
]


class AllocationCandidates(Model):
    """The allocation candidates for a request (microversion 1.12 and later)."""

    allocation_requests: builtins.list[AllocationRequest]
    """The candidate allocations, each usable as the body of allocations.update."""

    provider_summaries: dict[str, ProviderSummary]
    """Capacity and usage of the providers involved, keyed by provider UUID; from 1.29 every
    provider of the trees involved is included.
    """


class AllocationRequest(Model):
    """One candidate set of allocations."""

    allocations: dict[str, CandidateAllocation]
    """The resources to take, keyed by resource provider UUID."""

    mappings: dict[str, builtins.list[str]] | UnsetType | None = UNSET
    """Request group suffixes (\"" for the unsuffixed group) mapped to the UUIDs of the providers
    that satisfied each group.
    """

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("mappings", "1.34", None),
    )


class CandidateAllocation(Model):
    """The resources a candidate takes from one provider."""

    resources: dict[str, int]
    """The amounts, keyed by resource class name."""


class ProviderSummary(Model):
    """The capacity, usage and traits of one resource provider."""

    resources: dict[str, ResourceCapacity]
    """Capacity and usage keyed by resource class name."""

    traits: builtins.list[str] | UnsetType | None = UNSET
    """The traits of the provider."""

    parent_provider_uuid: str | UnsetType | None = UNSET
    """The UUID of the provider's parent; null for a root provider."""

    root_provider_uuid: str | UnsetType | None = UNSET
    """The UUID of the top-most provider of the provider's tree."""

    versioned_fields: ClassVar[tuple[tuple[str, str | None, str | None], ...]] = (
        ("traits", "1.17", None),
        ("parent_provider_uuid", "1.29", None),
        ("root_provider_uuid", "1.29", None),
    )


class ResourceCapacity(Model):
    """The capacity and usage of one resource class on a provider."""

    capacity: int
    """The amount the provider can accommodate, (total - reserved) * allocation_ratio."""

    used: int
    """The amount already allocated."""


class LegacyAllocationCandidates(Model):
    """The allocation candidates for a request at microversions 1.10 and 1.11."""

    allocation_requests: builtins.list[LegacyAllocationRequest]
    """The candidate allocations, in the list form of allocations.update_legacy."""

    provider_summaries: dict[str, ProviderSummary]
    """Capacity and usage of the providers involved, keyed by provider UUID."""


class LegacyAllocationRequest(Model):
    """One candidate set of allocations, in the list form."""

    allocations: builtins.list[LegacyCandidateAllocation]
    """The resources to take, one entry per resource provider."""


class LegacyCandidateAllocation(Model):
    """The resources a candidate takes from one provider, in the list form."""

    resource_provider: ProviderReference
    """The resource provider."""

    resources: dict[str, int]
    """The amounts, keyed by resource class name."""


class ProviderReference(Model):
    """A reference to a resource provider."""

    uuid: str
    """The UUID of the resource provider."""


class ListOpts(Options):
    """Options for :func:`list`."""

    resources: str | UnsetType = UNSET
    """Comma-separated CLASS:AMOUNT pairs (VCPU:4,DISK_GB:64) that the providers of each
    candidate must together be able to serve; required before 1.25.
    """

    required: str | UnsetType = UNSET
    """Comma-separated traits the providers of a candidate must together have; from 1.22 a
    leading "!" forbids a trait, and from 1.39 "in:T1,T2" means any of them.
    """

    member_of: str | UnsetType = UNSET
    """An aggregate UUID, or "in:" followed by comma-separated aggregate UUIDs, that the
    providers (or their roots) must belong to; from 1.32 a leading "!" (or "!in:") excludes
    aggregates.
    """

    in_tree: str | UnsetType = UNSET
    """A provider UUID; only providers in the same tree take part in candidates."""

    group_policy: Literal["none", "isolate"] | UnsetType = UNSET
    """How suffixed request groups interact when several are given: "none" lets one provider
    satisfy several groups, "isolate" requires different providers.
    """

    limit: int | UnsetType = UNSET
    """The largest number of allocation requests to return."""

    root_required: str | UnsetType = UNSET
    """Comma-separated traits the root provider of each candidate's tree must have, or (with a
    leading "!") must not have.
    """

    same_subtree: str | UnsetType = UNSET
    """Comma-separated request group suffixes whose providers must all sit under one of them in
    the tree.
    """

    locations: ClassVar[dict[str, str]] = {
        "resources": "query",
        "required": "query",
        "member_of": "query",
        "in_tree": "query",
        "group_policy": "query",
        "limit": "query",
        "root_required": "query",
        "same_subtree": "query",
    }

    versions: ClassVar[dict[str, tuple[str | None, str | None]]] = {
        "required": ("1.17", None),
        "member_of": ("1.21", None),
        "in_tree": ("1.31", None),
        "group_policy": ("1.25", None),
        "limit": ("1.16", None),
        "root_required": ("1.35", None),
        "same_subtree": ("1.36", None),
    }


class ListLegacyOpts(Options):
    """Options for :func:`list_legacy`."""

    resources: str
    """Comma-separated CLASS:AMOUNT pairs (VCPU:4,DISK_GB:64) that the providers of each
    candidate must together be able to serve.
    """

    locations: ClassVar[dict[str, str]] = {
        "resources": "query",
    }


def list_url(client: ServiceClient) -> str:
    """The URL `/allocation_candidates`."""
    return client.url("/allocation_candidates")


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> AllocationCandidates:
    """Lists the sets of resource providers that could satisfy a request for resources, traits and
    aggregates (microversion 1.12 and later).

    Microversions: 1.12 and later.

    GET ``/allocation_candidates``

    Args:
        client: The placement v1 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    client.check_operation_version("allocation_candidates.list", "1.12", None)
    return client.call(
        "GET",
        list_url(client),
        ok=(200,),
        opts=opts,
        response_type=AllocationCandidates,
    )


def list_legacy(
    client: ServiceClient,
    opts: ListLegacyOpts,
) -> LegacyAllocationCandidates:
    """Lists the sets of resource providers that could satisfy a request for resources, at
    microversions 1.10 and 1.11 (list form).

    Microversions: 1.10 to 1.11.

    GET ``/allocation_candidates``

    Args:
        client: The placement v1 service client.
        opts: The options of the request (:class:`ListLegacyOpts`).
    """
    client.check_operation_version("allocation_candidates.list_legacy", "1.10", "1.11")
    return client.call(
        "GET",
        list_url(client),
        ok=(200,),
        opts=opts,
        response_type=LegacyAllocationCandidates,
    )
