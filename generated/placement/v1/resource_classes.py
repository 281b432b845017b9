"""Resource classes name the kinds of resource providers offer (VCPU, MEMORY_MB, DISK_GB, ...).
Standard classes are fixed; custom classes start with CUSTOM_. Available from microversion
1.2.
"""

# Generated from specs/placement/v1/resource_classes.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

import builtins
from typing import ClassVar

import msgspec

from typedstack.runtime import UNSET, Model, Options, ServiceClient, UnsetType

__all__ = [
    "ResourceClass",
    "Link",
    "Created",
    "CreateOpts",
    "RenameOpts",
    "list",
    "create",
    "get",
    "ensure",
    "rename",
    "delete",
    "list_url",
    "resource_url",
]


class ResourceClass(Model):
    """A resource class."""

    name: str
    """The name of the resource class."""

    links: builtins.list[Link] | UnsetType | None = UNSET
    """Links to the resource class."""


class Link(Model):
    """A link to a related resource."""

    href: str
    """The URL of the linked resource."""

    rel: str
    """The relation of the link."""


class Created(Model):
    """The result of creating a custom resource class."""

    location: str | UnsetType | None = msgspec.field(default=UNSET, name="Location")
    """The URL of the resource class."""

    header_fields: ClassVar[tuple[tuple[str, str], ...]] = (("location", "Location"),)


class CreateOpts(Options):
    """Options for :func:`create`."""

    name: str
    """The name of the new class; it must start with CUSTOM_."""


class RenameOpts(Options):
    """Options for :func:`rename`."""

    name: str
    """The new name; it must start with CUSTOM_."""


def list_url(client: ServiceClient) -> str:
    """The URL `/resource_classes`."""
    return client.url("/resource_classes")


def resource_url(client: ServiceClient, name: str) -> str:
    """The URL `/resource_classes/{name}`."""
    return client.url("/resource_classes/{name}", name=name)


def list(
    client: ServiceClient,
) -> builtins.list[ResourceClass]:
    """Lists all resource classes, standard and custom.

    Microversions: 1.2 and later.

    GET ``/resource_classes``

    Args:
        client: The placement v1 service client.
    """
    client.check_operation_version("resource_classes.list", "1.2", None)
    return client.call(
        "GET",
        list_url(client),
        ok=(200,),
        response_key="resource_classes",
        response_type=builtins.list[ResourceClass],
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
) -> Created:
    """Creates a custom resource class; it fails with 409 if the name is taken.

    Microversions: 1.2 and later.

    POST ``/resource_classes``

    Args:
        client: The placement v1 service client.
        opts: The options of the request (:class:`CreateOpts`).
    """
    client.check_operation_version("resource_classes.create", "1.2", None)
    return client.call(
        "POST",
        list_url(client),
        ok=(201,),
        opts=opts,
        response_type=Created,
    )


def get(
    client: ServiceClient,
    name: str,
) -> ResourceClass:
    """Shows a resource class.

    Microversions: 1.2 and later.

    GET ``/resource_classes/{name}``

    Args:
        client: The placement v1 service client.
        name: The name of the resource class.
    """
    client.check_operation_version("resource_classes.get", "1.2", None)
    return client.call(
        "GET",
        resource_url(client, name),
        ok=(200,),
        response_type=ResourceClass,
    )


def ensure(
    client: ServiceClient,
    name: str,
) -> Created:
    """Creates a custom resource class if it does not exist (201), or confirms that it does (204).

    Microversions: 1.7 and later.

    PUT ``/resource_classes/{name}``

    Args:
        client: The placement v1 service client.
        name: The name of the resource class; it must start with CUSTOM_.
    """
    client.check_operation_version("resource_classes.ensure", "1.7", None)
    return client.call(
        "PUT",
        resource_url(client, name),
        ok=(201, 204),
        response_type=Created,
    )


def rename(
    client: ServiceClient,
    current_name: str,
    opts: RenameOpts,
) -> ResourceClass:
    """Renames a custom resource class (microversions 1.2 to 1.6 only; renaming is discouraged
    since other services refer to classes by name).

    Microversions: 1.2 to 1.6.

    PUT ``/resource_classes/{name}``

    Args:
        client: The placement v1 service client.
        current_name: The current name of the resource class.
        opts: The options of the request (:class:`RenameOpts`).
    """
    client.check_operation_version("resource_classes.rename", "1.2", "1.6")
    return client.call(
        "PUT",
        resource_url(client, current_name),
        ok=(200,),
        opts=opts,
        response_type=ResourceClass,
    )


def delete(
    client: ServiceClient,
    name: str,
) -> None:
    """Deletes a custom resource class; standard classes cannot be deleted, and it fails with 409
    while inventories use the class.

    Microversions: 1.2 and later.

    DELETE ``/resource_classes/{name}``

    Args:
        client: The placement v1 service client.
        name: The name of the resource class.
    """
    client.check_operation_version("resource_classes.delete", "1.2", None)
    client.call(
        "DELETE",
        resource_url(client, name),
        ok=(204,),
    )
