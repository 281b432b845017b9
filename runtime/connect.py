"""``typedstack.connect()``: configuration in, authenticated provider out."""

from __future__ import annotations

from typing import Any

import requests

from typedstack.runtime.config import load_config
from typedstack.runtime.provider import ProviderClient


def connect(
    cloud: str | None = None,
    *,
    session: requests.Session | None = None,
    authenticate: bool = True,
    **overrides: Any,
) -> ProviderClient:
    """Connect to a cloud and authenticate.

    The cloud comes from ``cloud`` or ``$OS_CLOUD`` (clouds.yaml and
    secure.yaml), else from the ``OS_*`` environment variables; keyword
    arguments win over both: ``auth_url=``, ``username=``, ``password=``,
    ``project_name=``, ``region_name=``, ``interface=``, ``timeout=``,
    ``verify=``, ``cacert=``, ``cert=``, ``key=``, ``insecure=``,
    ``max_retries=``, ``retry_post=``, ``follow_redirects=``, ``app_name=``,
    ``strict=`` (raise on a response value that does not fit the spec instead
    of reading it tolerantly; also ``$TYPEDSTACK_STRICT=1``),
    ``<service>_endpoint_override=``, ``retry=`` (a :class:`Retry`),
    ``rate_limit=`` (``{"compute": 20.0}``: requests per second per service
    type), ``token_cache=True``...

    ``auth_type="none"`` (with ``<service>_endpoint_override=``) sends no
    credentials at all; ``auth_type="http_basic"`` sends ``username`` and
    ``password`` as HTTP Basic auth. Neither asks Keystone for anything.
    """
    provider = ProviderClient(load_config(cloud, **overrides), session=session)
    if authenticate and provider.uses_keystone:
        provider.authenticate()
    return provider
