"""External events tell Nova that something it waits for has happened elsewhere: Neutron plugged
a port, Cinder extended a volume, Ironic powered a node off. Meant for other services, not
end users.
"""

# Generated from specs/compute/v2/server_external_events.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "ServerExternalEvent",
    "CreateOpts",
    "create",
    "create_url",
]


class ServerExternalEvent(Model):
    """An event about a server, as sent and as returned with its result code."""

    name: str
    """The event. volume-extended needs 2.51, power-update 2.76, accelerator-request-bound 2.82
    and volume-reimaged 2.93.
    """

    server_uuid: str
    """The UUID of the server the event is for."""

    status: str | UnsetType | None = UNSET
    """The status of the event (default completed)."""

    tag: str | UnsetType | None = UNSET
    """What the event is about: the port ID for network events, the volume ID for volume-
    extended, POWER_ON or POWER_OFF for power-update, the accelerator request UUID for
    accelerator-request-bound.
    """

    code: int | UnsetType | None = UNSET
    """The result for this event: 200 accepted, 400 missing parameter, 404 server not found, 422
    server has no host.
    """


class CreateOpts(Options):
    """Options for :func:`create`."""

    events: list[ServerExternalEvent]
    """The events to deliver."""


def create_url(client: ServiceClient) -> str:
    """The URL `/os-server-external-events`."""
    return client.url("/os-server-external-events")


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> list[ServerExternalEvent]:
    """Sends events to Nova. Returns 207 when some events failed; the code of each event tells
    which.

    POST ``/os-server-external-events``

    Args:
        client: The compute v2 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    return client.call(
        "POST",
        create_url(client),
        ok=(200, 207),
        opts=opts,
        response_key="events",
        response_type=list[ServerExternalEvent],
    )
