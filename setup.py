"""Maps the repository's folders onto one import package, ``typedstack``.

``generated/`` is ``typedstack``, ``runtime/`` is ``typedstack.runtime`` and
``generator/`` is ``generator``; everything else is in pyproject.toml.
"""

from setuptools import find_packages, setup


def _packages(folder: str, name: str) -> list[str]:
    found = find_packages(where=folder)
    return [name] + [f"{name}.{sub}" for sub in found]


setup(
    packages=_packages("generated", "typedstack")
    + _packages("runtime", "typedstack.runtime")
    + _packages("generator", "generator"),
)
