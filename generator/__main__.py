"""``python -m generator``: regenerate the SDK from its specs.

    python -m generator [--specs DIR] [--out DIR] [--package NAME] [--check]
    python -m generator coverage [--specs DIR] [--json]
    python -m generator conformance [--specs DIR] [--json]

A spec error prints one line, ``file: location: reason``, and exits 2
without touching the output folder.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from generator.build import GenerationError, build, check, write
from generator.coverage import print_report, report
from generator.spec import SpecError, load_specs

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "coverage":
        parser = argparse.ArgumentParser(prog="python -m generator coverage")
        parser.add_argument("--specs", type=Path, default=ROOT / "specs")
        parser.add_argument("--json", action="store_true", help="print the report as JSON")
        options = parser.parse_args(args[1:])
        try:
            specs = load_specs(options.specs)
        except SpecError as exc:
            print(f"spec error: {exc}", file=sys.stderr)
            return 2
        print_report(report(specs), options.json)
        return 0

    if args and args[0] == "conformance":
        from generator import conformance

        parser = argparse.ArgumentParser(prog="python -m generator conformance")
        parser.add_argument("--specs", type=Path, default=ROOT / "specs")
        parser.add_argument("--json", action="store_true", help="print the report as JSON")
        options = parser.parse_args(args[1:])
        try:
            specs = load_specs(options.specs)
        except SpecError as exc:
            print(f"spec error: {exc}", file=sys.stderr)
            return 2
        return conformance.print_report(conformance.check(specs), options.json)

    parser = argparse.ArgumentParser(
        prog="python -m generator", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--specs", type=Path, default=ROOT / "specs", help="spec folder")
    parser.add_argument("--out", type=Path, default=ROOT / "generated", help="output folder")
    parser.add_argument("--package", default="typedstack", help="the package's import name")
    parser.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 if the output is stale"
    )
    options = parser.parse_args(args)
    try:
        files = build(load_specs(options.specs), options.package)
    except SpecError as exc:
        print(f"spec error: {exc}", file=sys.stderr)
        return 2
    except GenerationError as exc:
        print(f"generation error: {exc}", file=sys.stderr)
        return 2
    if options.check:
        stale = check(files, options.out)
        if stale:
            print(f"{options.out} is out of date with the specs; run `python -m generator`:")
            for line in stale:
                print(f"  {line}")
            return 1
        print(f"{options.out} is up to date ({len(files)} files)")
        return 0
    changed = write(files, options.out)
    print(f"generated {len(files)} files into {options.out} ({len(changed)} changed)")
    return 0


def run() -> int:
    """:func:`main`, quiet when the reader of its output goes away (``| head``)."""
    try:
        return main()
    except BrokenPipeError:
        # point stdout at nothing so the interpreter's final flush cannot fail too
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(run())
