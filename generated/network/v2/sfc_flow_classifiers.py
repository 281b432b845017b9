"""Flow classifiers (networking-sfc extension `flow_classifier`) select the traffic a port chain
steers, by ethertype, protocol, addresses, protocol ports and the Neutron ports it comes from
or goes to.
"""

# Generated from specs/network/v2/sfc_flow_classifiers.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar, Literal

from typedstack.runtime import (
    UNSET,
    Model,
    Options,
    Pager,
    PageStyle,
    ServiceClient,
    UnsetType,
    finding,
)

__all__ = [
    "FlowClassifier",
    "L7Parameters",
    "ListOpts",
    "CreateOpts",
    "GetOpts",
    "UpdateOpts",
    "list",
    "create",
    "get",
    "update",
    "delete",
    "list_url",
    "resource_url",
    "find",
]


class FlowClassifier(Model):
    """A flow classifier, a description of the packets a port chain takes."""

    id: str
    """The ID of the flow classifier."""

    name: str | UnsetType | None = UNSET
    """The name of the flow classifier."""

    description: str | UnsetType | None = UNSET
    """A free-text description of the flow classifier."""

    ethertype: str | UnsetType | None = UNSET
    """The IP version matched, IPv4 or IPv6."""

    protocol: str | UnsetType | None = UNSET
    """The IP protocol matched, by name (tcp, udp, icmp, ...) or number; null for any."""

    source_port_range_min: int | UnsetType | None = UNSET
    """The lowest source protocol port matched."""

    source_port_range_max: int | UnsetType | None = UNSET
    """The highest source protocol port matched."""

    destination_port_range_min: int | UnsetType | None = UNSET
    """The lowest destination protocol port matched."""

    destination_port_range_max: int | UnsetType | None = UNSET
    """The highest destination protocol port matched."""

    source_ip_prefix: str | UnsetType | None = UNSET
    """The source CIDR matched."""

    destination_ip_prefix: str | UnsetType | None = UNSET
    """The destination CIDR matched."""

    logical_source_port: str | UnsetType | None = UNSET
    """The ID of the Neutron port the matched traffic leaves from."""

    logical_destination_port: str | UnsetType | None = UNSET
    """The ID of the Neutron port the matched traffic is headed to."""

    l7_parameters: L7Parameters | UnsetType | None = UNSET
    """Further match criteria above layer 4."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the flow classifier."""

    tenant_id: str | UnsetType | None = UNSET
    """The ID of the owning project (legacy name of project_id)."""


class L7Parameters(Model):
    """The layer 7 parameters of a flow classifier."""

    logical_source_network: str | UnsetType | None = UNSET
    """The ID of the network the matched traffic comes from."""

    logical_destination_network: str | UnsetType | None = UNSET
    """The ID of the network the matched traffic is headed to."""


class ListOpts(Options):
    """Options for :func:`list`."""

    id: str | UnsetType = UNSET
    """Only the flow classifier with this ID."""

    name: str | UnsetType = UNSET
    """Only flow classifiers with this name."""

    description: str | UnsetType = UNSET
    """Only flow classifiers with this description."""

    ethertype: Literal["IPv4", "IPv6"] | UnsetType = UNSET
    """Only flow classifiers matching this IP version."""

    protocol: str | UnsetType = UNSET
    """Only flow classifiers matching this protocol."""

    source_port_range_min: int | UnsetType = UNSET
    """Only flow classifiers with this lowest source port."""

    source_port_range_max: int | UnsetType = UNSET
    """Only flow classifiers with this highest source port."""

    destination_port_range_min: int | UnsetType = UNSET
    """Only flow classifiers with this lowest destination port."""

    destination_port_range_max: int | UnsetType = UNSET
    """Only flow classifiers with this highest destination port."""

    source_ip_prefix: str | UnsetType = UNSET
    """Only flow classifiers matching this source CIDR."""

    destination_ip_prefix: str | UnsetType = UNSET
    """Only flow classifiers matching this destination CIDR."""

    logical_source_port: str | UnsetType = UNSET
    """Only flow classifiers with this logical source port."""

    logical_destination_port: str | UnsetType = UNSET
    """Only flow classifiers with this logical destination port."""

    project_id: str | UnsetType = UNSET
    """Only flow classifiers owned by this project."""

    tenant_id: str | UnsetType = UNSET
    """Only flow classifiers owned by this project (legacy name of project_id)."""

    limit: int | UnsetType = UNSET
    """The page size."""

    marker: str | UnsetType = UNSET
    """The ID of the last flow classifier of the previous page."""

    page_reverse: bool | UnsetType = UNSET
    """Pages backwards from the marker."""

    sort_key: builtins.list[str] | UnsetType = UNSET
    """Attributes to sort by, one per sort_dir."""

    sort_dir: builtins.list[str] | UnsetType = UNSET
    """Sort directions (asc or desc), one per sort_key."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of each flow classifier."""

    locations: ClassVar[dict[str, str]] = {
        "id": "query",
        "name": "query",
        "description": "query",
        "ethertype": "query",
        "protocol": "query",
        "source_port_range_min": "query",
        "source_port_range_max": "query",
        "destination_port_range_min": "query",
        "destination_port_range_max": "query",
        "source_ip_prefix": "query",
        "destination_ip_prefix": "query",
        "logical_source_port": "query",
        "logical_destination_port": "query",
        "project_id": "query",
        "tenant_id": "query",
        "limit": "query",
        "marker": "query",
        "page_reverse": "query",
        "sort_key": "query",
        "sort_dir": "query",
        "fields": "query",
    }

    paired: ClassVar[tuple[tuple[str, ...], ...]] = (("sort_key", "sort_dir"),)


class CreateOpts(Options):
    """Options for :func:`create`."""

    name: str | UnsetType = UNSET
    """The name of the flow classifier."""

    description: str | UnsetType = UNSET
    """A free-text description."""

    ethertype: Literal["IPv4", "IPv6"] | UnsetType = UNSET
    """The IP version to match."""

    protocol: str | UnsetType = UNSET
    """The IP protocol to match, by name (tcp, udp, icmp, ...) or number."""

    source_port_range_min: int | UnsetType = UNSET
    """The lowest source protocol port to match (0-65535)."""

    source_port_range_max: int | UnsetType = UNSET
    """The highest source protocol port to match (0-65535)."""

    destination_port_range_min: int | UnsetType = UNSET
    """The lowest destination protocol port to match (0-65535)."""

    destination_port_range_max: int | UnsetType = UNSET
    """The highest destination protocol port to match (0-65535)."""

    source_ip_prefix: str | UnsetType = UNSET
    """The source CIDR to match."""

    destination_ip_prefix: str | UnsetType = UNSET
    """The destination CIDR to match."""

    logical_source_port: str | UnsetType = UNSET
    """The ID of the Neutron port the traffic leaves from (most drivers need it)."""

    logical_destination_port: str | UnsetType = UNSET
    """The ID of the Neutron port the traffic is headed to."""

    l7_parameters: L7Parameters | UnsetType = UNSET
    """Further match criteria above layer 4."""

    project_id: str | UnsetType = UNSET
    """The owning project, when an admin creates the classifier for another project."""

    tenant_id: str | UnsetType = UNSET
    """The owning project (legacy name of project_id)."""


class GetOpts(Options):
    """Options for :func:`get`."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Only return these attributes of the flow classifier."""

    locations: ClassVar[dict[str, str]] = {
        "fields": "query",
    }


class UpdateOpts(Options):
    """Options for :func:`update`."""

    name: str | UnsetType = UNSET
    """The new name."""

    description: str | UnsetType = UNSET
    """The new description."""


def list_url(client: ServiceClient) -> str:
    """The URL `/sfc/flow_classifiers`."""
    return client.url("/sfc/flow_classifiers")


def resource_url(client: ServiceClient, flow_classifier_id: str) -> str:
    """The URL `/sfc/flow_classifiers/{flow_classifier_id}`."""
    return client.url(
        "/sfc/flow_classifiers/{flow_classifier_id}", flow_classifier_id=flow_classifier_id
    )


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
) -> Pager[FlowClassifier]:
    """Lists the flow classifiers the caller can see.

    GET ``/sfc/flow_classifiers``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.paginate(
        list_url(client),
        ok=(200,),
        item_type=FlowClassifier,
        response_key="flow_classifiers",
        style=PageStyle("links", links_key="flow_classifiers_links"),
        opts=opts,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
) -> FlowClassifier:
    """Creates a flow classifier; only its name and description can change later.

    POST ``/sfc/flow_classifiers``

    Args:
        client: The network v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client),
        ok=(201, 200),
        opts=opts,
        body_key="flow_classifier",
        response_key="flow_classifier",
        response_type=FlowClassifier,
    )


def get(
    client: ServiceClient,
    flow_classifier_id: str,
    opts: GetOpts | None = None,
) -> FlowClassifier:
    """Shows a flow classifier.

    GET ``/sfc/flow_classifiers/{flow_classifier_id}``

    Args:
        client: The network v2 service client.
        flow_classifier_id: The ID of the flow classifier.
        opts: The options of the request (:class:`GetOpts`).
    """
    return client.call(
        "GET",
        resource_url(client, flow_classifier_id),
        ok=(200,),
        opts=opts,
        response_key="flow_classifier",
        response_type=FlowClassifier,
    )


def update(
    client: ServiceClient,
    flow_classifier_id: str,
    opts: UpdateOpts | None = None,
) -> FlowClassifier:
    """Renames a flow classifier or changes its description (nothing else can change).

    PUT ``/sfc/flow_classifiers/{flow_classifier_id}``

    Args:
        client: The network v2 service client.
        flow_classifier_id: The ID of the flow classifier.
        opts: The options of the request (:class:`UpdateOpts`).
    """
    return client.call(
        "PUT",
        resource_url(client, flow_classifier_id),
        ok=(200,),
        opts=opts,
        body_key="flow_classifier",
        response_key="flow_classifier",
        response_type=FlowClassifier,
    )


def delete(
    client: ServiceClient,
    flow_classifier_id: str,
) -> None:
    """Deletes a flow classifier (refused while a port chain uses it).

    DELETE ``/sfc/flow_classifiers/{flow_classifier_id}``

    Args:
        client: The network v2 service client.
        flow_classifier_id: The ID of the flow classifier.
    """
    client.call(
        "DELETE",
        resource_url(client, flow_classifier_id),
        ok=(204, 202),
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> FlowClassifier:
    """Finds one by ID, else by exact name: get, then list filtered by name.

    Raises NotFound when none matches, MultipleMatches (naming every ID) when
    several have the name.
    """
    return finding.find(
        name_or_id,
        by_id=lambda id_: get(client, id_),
        by_name=lambda name: list(client, ListOpts(name=name)),
        name_of=lambda item: item.name,
        id_of=lambda item: item.id,
        what="FlowClassifier",
    )
