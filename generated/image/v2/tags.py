"""Image tags: simple strings attached to an image, added and removed one at a time (they can
also be replaced through an image update).
"""

# Generated from specs/image/v2/tags.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typedstack.runtime import ServiceClient

__all__ = [
    "add_tag",
    "delete_tag",
    "add_tag_url",
]


def add_tag_url(client: ServiceClient, image_id: str, tag: str) -> str:
    """The URL `/images/{image_id}/tags/{tag}`."""
    return client.url("/images/{image_id}/tags/{tag}", image_id=image_id, tag=tag)


def add_tag(
    client: ServiceClient,
    image_id: str,
    tag: str,
) -> None:
    """Adds a tag to an image (no error if it is already there).

    PUT ``/images/{image_id}/tags/{tag}``

    Args:
        client: The image v2 service client.
        image_id: The UUID of the image.
        tag: The tag, at most 255 characters.
    """
    client.call(
        "PUT",
        add_tag_url(client, image_id, tag),
        ok=(204,),
    )


def delete_tag(
    client: ServiceClient,
    image_id: str,
    tag: str,
) -> None:
    """Removes a tag from an image.

    DELETE ``/images/{image_id}/tags/{tag}``

    Args:
        client: The image v2 service client.
        image_id: The UUID of the image.
        tag: The tag to remove.
    """
    client.call(
        "DELETE",
        add_tag_url(client, image_id, tag),
        ok=(204,),
    )
