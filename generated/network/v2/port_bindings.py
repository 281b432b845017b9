"""Port bindings (the binding-extended extension) are the per-host bindings of a port. Besides
the active binding, an inactive one can be created on another host ahead of a live migration
and then activated there.
"""

# Generated from specs/network/v2/port_bindings.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "PortBinding",
    "ListOpts",
    "CreateOpts",
    "list",
    "create",
    "activate",
    "delete",
    "list_url",
    "activate_url",
    "delete_url",
]


class PortBinding(Model):
    """The binding of a port to one host."""

    host: str
    """The host the port is bound on."""

    vif_type: str | UnsetType | None = UNSET
    """The type of the bound interface (ovs, unbound, binding_failed, ...)."""

    vif_details: dict[str, Any] | UnsetType | None = UNSET
    """Driver-specific details of the bound interface (port_filter, ovs_hybrid_plug, ...)."""

    vnic_type: str | UnsetType | None = UNSET
    """The kind of virtual NIC (normal, direct, macvtap, baremetal, ...)."""

    profile: dict[str, Any] | UnsetType | None = UNSET
    """Driver-specific binding information given by the caller."""

    status: str | UnsetType | None = UNSET
    """Whether the binding is the port's active one (ACTIVE) or not (INACTIVE)."""

    project_id: str | UnsetType | None = UNSET
    """The ID of the project that owns the port."""


class ListOpts(Options):
    """Options for :func:`list`."""

    host: str | UnsetType = UNSET
    """Filters by host."""

    vif_type: str | UnsetType = UNSET
    """Filters by interface type."""

    vnic_type: str | UnsetType = UNSET
    """Filters by kind of virtual NIC."""

    status: str | UnsetType = UNSET
    """Filters by binding status (ACTIVE or INACTIVE)."""

    fields: builtins.list[str] | UnsetType = UNSET
    """Return only these attributes (repeat for several)."""

    locations: ClassVar[dict[str, str]] = {
        "host": "query",
        "vif_type": "query",
        "vnic_type": "query",
        "status": "query",
        "fields": "query",
    }


class CreateOpts(Options):
    """Options for :func:`create`."""

    host: str
    """The host to bind the port on."""

    vnic_type: str | UnsetType = UNSET
    """The kind of virtual NIC (the port's current one when left out)."""

    profile: dict[str, Any] | UnsetType = UNSET
    """Driver-specific binding information."""


def list_url(client: ServiceClient, port_id: str) -> str:
    """The URL `/ports/{port_id}/bindings`."""
    return client.url("/ports/{port_id}/bindings", port_id=port_id)


def activate_url(client: ServiceClient, port_id: str, host: str) -> str:
    """The URL `/ports/{port_id}/bindings/{host}/activate`."""
    return client.url("/ports/{port_id}/bindings/{host}/activate", port_id=port_id, host=host)


def delete_url(client: ServiceClient, port_id: str, host: str) -> str:
    """The URL `/ports/{port_id}/bindings/{host}`."""
    return client.url("/ports/{port_id}/bindings/{host}", port_id=port_id, host=host)


def list(
    client: ServiceClient,
    port_id: str,
    opts: ListOpts | None = None,
) -> builtins.list[PortBinding]:
    """Lists the bindings of a port, active and inactive.

    GET ``/ports/{port_id}/bindings``

    Args:
        client: The network v2 service client.
        port_id: The ID of the port.
        opts: The options of the request (:class:`ListOpts`).
    """
    return client.call(
        "GET",
        list_url(client, port_id),
        ok=(200,),
        opts=opts,
        response_key="bindings",
        response_type=builtins.list[PortBinding],
    )


def create(
    client: ServiceClient,
    port_id: str,
    opts: CreateOpts,
) -> PortBinding:
    """Binds a port to another host; the new binding starts inactive.

    POST ``/ports/{port_id}/bindings``

    Args:
        client: The network v2 service client.
        port_id: The ID of the port.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        list_url(client, port_id),
        ok=(201,),
        opts=opts,
        body_key="binding",
        response_key="binding",
        response_type=PortBinding,
    )


def activate(
    client: ServiceClient,
    port_id: str,
    host: str,
) -> PortBinding:
    """Makes the binding on a host the port's active one; the old active binding becomes inactive.

    PUT ``/ports/{port_id}/bindings/{host}/activate``

    Args:
        client: The network v2 service client.
        port_id: The ID of the port.
        host: The host of the binding to activate.
    """
    return client.call(
        "PUT",
        activate_url(client, port_id, host),
        ok=(200,),
        response_key="binding",
        response_type=PortBinding,
    )


def delete(
    client: ServiceClient,
    port_id: str,
    host: str,
) -> None:
    """Deletes the (inactive) binding of a port on a host.

    DELETE ``/ports/{port_id}/bindings/{host}``

    Args:
        client: The network v2 service client.
        port_id: The ID of the port.
        host: The host of the binding to delete.
    """
    client.call(
        "DELETE",
        delete_url(client, port_id, host),
        ok=(204,),
    )
