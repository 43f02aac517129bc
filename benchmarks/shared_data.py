"""Where the benchmarks find ../shared (it sits beside the repository) and how they read it.

Each benchmark imports this module by name: run as `.venv/bin/python benchmarks/bench_x.py`, the
script's own folder is first on the import path.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
SEED = ROOT.parent / "shared" / "seed" / "article.txt"


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The rows of a JSON Lines file (UTF-8; blank lines skipped)."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
