"""Do the engine's tests fail when an engine part does nothing? Lists the tests that survive.

Usage: .venv/bin/python tools/mutate_extractors.py [--only dates,quotes,...] [-v]

For each part below, runs that package's tests with its entry (the name its `__init__` exposes)
replaced by a mutant that does nothing useful, and lists the tests that still pass:

- dates, quotes, initiatives: `extract` returns `[]`;
- dedup: `remove_duplicates` returns the identity result (nothing removed);
- summarize: `summarize` returns the `lead` summary (the first sentences) for every method.

A surviving test that called the mutant cannot fail for the part it tests: fix it. A surviving
test that never called the mutant tests something else in the package (a helper, a label) and is
listed apart. The exit status is 1 if a test of dates, quotes, initiatives or dedup survives:
those must all fail. A summary test may hold for the lead as well ("sentences come in article
order", and the tests of `lead` itself), so summarize survivors are listed, not failed.

Production code is untouched: this file is also the pytest plugin (`-p tools.mutate_extractors`)
that swaps the entry before the test modules import it.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _nothing(*args: Any, **kwargs: Any) -> list[Any]:
    return []


def _identity(text: str, *args: Any, **kwargs: Any) -> Any:
    from app.core.dedup import keep_all

    return keep_all(text)


def _lead(original: Callable[..., Any]) -> Callable[..., Any]:
    def summarize(document: Any, method: str = "default", length: Any = None) -> Any:
        return original(document, "lead", length)

    return summarize


@dataclass(frozen=True)
class Part:
    """An engine part: where its entry lives, what replaces it, and the tests to run."""

    package: str
    name: str  # the entry, as the package's __init__ exposes it
    mutant: Callable[[Callable[..., Any]], Callable[..., Any]]  # original entry -> mutant
    tests: str
    strict: bool  # every test that calls the mutant must fail


PARTS = {
    "dates": Part(
        "app.core.facts.dates", "extract", lambda _: _nothing, "tests/core/facts/dates", True
    ),
    "quotes": Part(
        "app.core.facts.quotes", "extract", lambda _: _nothing, "tests/core/facts/quotes", True
    ),
    "initiatives": Part(
        "app.core.facts.initiatives",
        "extract",
        lambda _: _nothing,
        "tests/core/facts/initiatives",
        True,
    ),
    "dedup": Part(
        "app.core.dedup", "remove_duplicates", lambda _: _identity, "tests/core/dedup", True
    ),
    "summarize": Part("app.core.summarize", "summarize", _lead, "tests/core/summarize", False),
}

# --- the pytest plugin side -------------------------------------------------------------------

_calls = [0]
_outcomes: dict[str, dict[str, Any]] = {}
_before: dict[str, int] = {}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--mutant", help="the part whose entry is replaced (see PARTS)")
    parser.addoption("--mutant-report", help="JSON file for each test's outcome and mutant calls")


def pytest_configure(config: pytest.Config) -> None:
    part = config.getoption("--mutant")
    if not part:
        return
    spec = PARTS[part]
    package = importlib.import_module(spec.package)
    mutant = spec.mutant(getattr(package, spec.name))

    def counted(*args: Any, **kwargs: Any) -> Any:
        _calls[0] += 1
        return mutant(*args, **kwargs)

    setattr(package, spec.name, counted)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Any:
    _before[item.nodeid] = _calls[0]
    yield
    entry = _outcomes.setdefault(item.nodeid, {"passed": True})
    entry["calls"] = _calls[0] - _before[item.nodeid]


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    entry = _outcomes.setdefault(report.nodeid, {"passed": True})
    if report.failed or (report.when == "call" and not report.passed):
        entry["passed"] = False
    if report.skipped:
        entry["passed"] = False
        entry["skipped"] = True


def pytest_unconfigure(config: pytest.Config) -> None:
    path = config.getoption("--mutant-report", None)
    if path:
        Path(path).write_text(json.dumps(_outcomes, indent=1), encoding="utf-8")


# --- the script side ----------------------------------------------------------------------------


def run_part(part: str, verbose: bool) -> tuple[int, list[str], list[str]]:
    """(tests run, survivors that called the mutant, survivors that never did)."""
    folder = PARTS[part].tests
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        command = [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "tools.mutate_extractors",
            "--mutant",
            part,
            "--mutant-report",
            str(report),
            "-p",
            "no:cacheprovider",
            "-p",
            "no:randomly",
            folder,
        ]
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=env)
        if verbose:
            print(result.stdout[-3000:])
        if not report.exists():
            sys.exit(f"pytest did not run for {part}:\n{result.stdout}\n{result.stderr}")
        outcomes = json.loads(report.read_text(encoding="utf-8"))
    survivors = [test for test, o in outcomes.items() if o["passed"]]
    called = [t for t in survivors if outcomes[t].get("calls", 0) > 0]
    uncalled = [t for t in survivors if outcomes[t].get("calls", 0) == 0]
    return len(outcomes), called, uncalled


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=",".join(PARTS), help="comma-separated parts")
    parser.add_argument("-v", "--verbose", action="store_true", help="show pytest's output")
    args = parser.parse_args()
    print(f"command: .venv/bin/python tools/mutate_extractors.py --only {args.only}")
    failed = False
    for part in args.only.split(","):
        spec = PARTS[part]
        total, called, uncalled = run_part(part, args.verbose)
        print(f"\n{part}: {spec.package}.{spec.name} mutated; {spec.tests}: {total} tests")
        print(f"  survivors that called the mutant: {len(called)}")
        for test in called:
            print(f"    {test}")
        print(f"  survivors that never called it (tests of other parts): {len(uncalled)}")
        for test in uncalled:
            print(f"    {test}")
        failed |= spec.strict and bool(called)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
