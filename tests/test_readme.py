"""The README's fresh-machine commands stay runnable."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_quick_start_upgrades_pip_before_installing():
    # Python 3.11's venv brings pip 23.2, whose resolver stops with "Candidate is not for this
    # requirement lxml[html-clean,html-clean]" on this project's dependencies; .ci/run upgrades
    # pip too.
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"^python3 -m venv \.venv && .*$", readme, re.MULTILINE)
    assert len(commands) == 2
    for command in commands:
        upgrade = command.find("pip install -U pip")
        assert 0 < upgrade < command.find("pip install .") or 0 < upgrade < command.find(
            "pip install -e"
        )
    assert "--upgrade pip" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
