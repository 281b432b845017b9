"""Certificates (OS-SIMPLE-CERT) of the retired PKI token signing: the CA certificate and the
signing certificate, as PEM text.
"""

# Generated from specs/identity/v3/simple_cert.yaml by `python -m generator`. Do not edit:
# change the spec and regenerate.

from __future__ import annotations

from typedstack.runtime import Download, ServiceClient

__all__ = [
    "get_ca",
    "get_certificates",
    "get_ca_url",
    "get_certificates_url",
]


def get_ca_url(client: ServiceClient) -> str:
    """The URL `/OS-SIMPLE-CERT/ca`."""
    return client.url("/OS-SIMPLE-CERT/ca")


def get_certificates_url(client: ServiceClient) -> str:
    """The URL `/OS-SIMPLE-CERT/certificates`."""
    return client.url("/OS-SIMPLE-CERT/certificates")


def get_ca(
    client: ServiceClient,
) -> Download:
    """Returns the certificate of the certificate authority, as PEM text.

    GET ``/OS-SIMPLE-CERT/ca``

    Args:
        client: The identity v3 service client.

    Returns:
        The CA certificate (PEM).
    """
    return client.download(
        "GET",
        get_ca_url(client),
        ok=(200,),
    )


def get_certificates(
    client: ServiceClient,
) -> Download:
    """Returns the token signing certificate, as PEM text.

    GET ``/OS-SIMPLE-CERT/certificates``

    Args:
        client: The identity v3 service client.

    Returns:
        The signing certificate (PEM).
    """
    return client.download(
        "GET",
        get_certificates_url(client),
        ok=(200,),
    )
