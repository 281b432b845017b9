"""Turning wire names from specs into safe Python names.

Every name that reaches generated code passes through here, so a spec can
never smuggle an expression, a keyword or a dunder into the output.
"""

from __future__ import annotations

import keyword
import re

_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NOT_WORD = re.compile(r"[^0-9a-zA-Z]+")

# Names a generated module defines itself or imports; a field or function
# called like this would shadow them.
RESERVED_FUNCTION_NAMES = frozenset(
    {
        "builtins",
        "client",
        "msgspec",
        "annotations",
        "opts",
        "data",
        "body",
        "datetime",
        "requests",
        "typing",
        "Any",
        "ClassVar",
        "IO",
        "Iterable",
        "Literal",
    }
)


def snake_case(wire: str) -> str:
    """``OS-EXT-STS:vm_state`` -> ``os_ext_sts_vm_state``, ``flavorRef`` -> ``flavor_ref``."""
    name = re.sub(r"IPv(\d)", r"Ipv\1", wire)  # accessIPv4 -> access_ipv4
    name = _CAMEL_BOUNDARY.sub("_", name)
    name = _NOT_WORD.sub("_", name).strip("_").lower()
    name = re.sub(r"_+", "_", name)
    return safe_identifier(name or "field")


def safe_identifier(name: str) -> str:
    """Make ``name`` a plain identifier: no keyword, no leading digit, no dunder."""
    name = re.sub(r"[^0-9a-zA-Z_]", "_", name)
    if name.startswith("__"):
        name = name.lstrip("_") or "field"
    if not name or name[0].isdigit():
        name = "f_" + name
    # Soft keywords (match, case, type, _) are valid names and stay as they are,
    # so the output does not depend on the Python version generating it.
    if keyword.iskeyword(name) or name in {"self", "cls"}:
        name += "_"
    return name


def pascal_case(name: str) -> str:
    """``create_image`` -> ``CreateImage``."""
    return "".join(part[:1].upper() + part[1:] for part in _NOT_WORD.split(name) if part)


def module_name(stem: str) -> str:
    """A spec file's stem as a module name: ``load-balancers`` -> ``load_balancers``."""
    return safe_identifier(_NOT_WORD.sub("_", stem).strip("_").lower())
