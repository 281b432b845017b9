"""Check spec files without generating anything.

``python -m generator.spec_check FILE...`` loads each resource file (with
the ``_service.yaml`` beside it) and prints ``ok`` or the first error as
``file: location: reason``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from generator.naming import module_name
from generator.spec import SERVICE_FILE, SpecError, load_resource, load_service


def main(argv: list[str]) -> int:
    try:
        for name in argv:
            path = Path(name)
            service_file = path.parent / SERVICE_FILE
            service = load_service(
                service_file, str(service_file), module_name(path.parent.parent.name)
            )
            if path.name != SERVICE_FILE:
                load_resource(path, name, service)
    except SpecError as exc:
        print(exc)
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
