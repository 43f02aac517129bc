"""Key facts, every kind: runs the per-kind benchmarks in turn and prints their tables.

    .venv/bin/python benchmarks/bench_facts.py

Each kind's harness (bench_dates.py, bench_quotes.py, bench_initiatives.py) prints precision,
recall and F1 on its dev sets, the targets, and its timing; this script is the one command for all.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = ("bench_dates.py", "bench_quotes.py", "bench_initiatives.py")


def main() -> int:
    print("$ .venv/bin/python benchmarks/bench_facts.py\n")
    status = 0
    for script in KINDS:
        print(f"## {script}\n", flush=True)
        result = subprocess.run([sys.executable, str(HERE / script)], check=False)
        status = status or result.returncode
        print(flush=True)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
