"""Hypothesis settings of the fuzz suite, and the input counts it reports.

Every fuzz target runs a fixed number of examples (``max_examples`` on the
test, on top of :data:`tests.fuzz.fuzzing.FUZZ`) with a derandomized seed,
so a run is repeatable and its length bounded. Each test body calls
:func:`tests.fuzz.fuzzing.count`; the terminal summary lists how many
inputs each target ran (and how they ended), with or without ``-s``.
"""

from __future__ import annotations

import pytest

from tests.fuzz.fuzzing import COUNTS, OUTCOMES


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not COUNTS:
        return
    terminalreporter.write_sep("-", "fuzz inputs run")
    for target, n in sorted(COUNTS.items()):
        outcomes = ", ".join(f"{k}: {v}" for k, v in sorted(OUTCOMES[target].items()))
        terminalreporter.write_line(f"{target}: {n}" + (f" ({outcomes})" if outcomes else ""))
    terminalreporter.write_line(f"total: {sum(COUNTS.values())}")
