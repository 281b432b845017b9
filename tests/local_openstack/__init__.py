"""Real OpenStack services, started locally for the test suite.

This package runs the genuine upstream servers from PyPI -- Keystone 30,
Placement 16, Glance 33, Neutron 29, Nova 34 and Cinder 29 -- each API
under gunicorn on ``127.0.0.1`` with a free port, SQLite databases and files
in a state directory, so typedstack's integration tests talk to real APIs
without Docker or DevStack. Nova's conductor, scheduler and compute
(FakeDriver), and Cinder's scheduler and volume service (cinder's fake
backend) run beside their APIs, over a RabbitMQ from Debian's package. Swift
2.38 runs its own servers (proxy, account, container, object) on free
ports. It is stdlib-only and works from a plain clone:

* :func:`install.ensure_venv` builds a separate virtualenv with the pinned
  services (``constraints.txt`` is the exact verified dependency set).
* :class:`LocalKeystone`, :class:`LocalPlacement`, :class:`LocalGlance`,
  :class:`LocalNeutron`, :class:`LocalRabbitMQ`, :class:`LocalNova` and
  :class:`LocalCinder`, :class:`LocalSwift` start and stop one service each (also as context
  managers).
* ``python -m tests.local_openstack install|start|stop`` does the same from
  the shell.
* :mod:`.releases`: the older OpenStack releases (2025.1, 2024.1) the same
  classes can run instead (``--openstack-release``,
  ``TYPEDSTACK_OPENSTACK_RELEASE``), each in a venv of its own.

Example::

    venv = ensure_venv(services=("keystone", "placement", "glance"))
    with LocalKeystone(venv, tmp, admin_password="secret") as ks:
        with LocalPlacement(venv, tmp, ks), LocalGlance(venv, tmp, ks):
            ks.write_clouds_yaml(tmp / "clouds.yaml")
            ...
"""

from .cinder import LocalCinder
from .glance import LocalGlance
from .install import default_venv, ensure_venv
from .keystone import LocalKeystone
from .neutron import LocalNeutron
from .nova import LocalNova
from .placement import LocalPlacement
from .rabbitmq import LocalRabbitMQ, ensure_rabbitmq
from .swift import LocalSwift

__all__ = [
    "LocalCinder",
    "LocalGlance",
    "LocalKeystone",
    "LocalNeutron",
    "LocalNova",
    "LocalPlacement",
    "LocalRabbitMQ",
    "LocalSwift",
    "default_venv",
    "ensure_rabbitmq",
    "ensure_venv",
]
