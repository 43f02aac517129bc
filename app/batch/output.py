"""The batch's JSON Lines output: resuming a killed run, and an optional Parquet copy.

Each row is written whole (one `write` of the line and its newline) and flushed, so a killed run
leaves at most one cut line at the end; `resume` cuts it off and returns the ids already done.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from app.batch.items import id_key


def resume(path: str | os.PathLike[str]) -> set[str]:
    """The ids (as `id_key`) of the rows already in `path`, after cutting a partial last line.

    A complete line that is not a JSON object with an `id` is left alone and not counted.
    """
    done: set[str] = set()
    if not os.path.exists(path):
        return done
    good_end = 0
    with open(path, "rb") as lines:
        for line in lines:
            if not line.endswith(b"\n"):
                break  # cut off by a killed run: written again below
            good_end += len(line)
            try:
                row = json.loads(line)
            except ValueError:
                continue
            if isinstance(row, dict) and "id" in row:
                done.add(id_key(row["id"]))
    if good_end < os.path.getsize(path):
        os.truncate(path, good_end)
    return done


class RowWriter:
    """Appends rows to a JSON Lines file (or standard output for "-"), flushing each."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self._own = os.fspath(path) != "-"
        self._stream: IO[str] = (
            # Closed by `close`: the writer lives as long as the run.
            open(path, "a", encoding="utf-8", newline="\n")  # noqa: SIM115
            if self._own
            else sys.stdout
        )

    def write(self, line: str) -> None:
        self._stream.write(line + "\n")
        self._stream.flush()

    def close(self) -> None:
        if self._own:
            self._stream.close()


def parquet_available() -> bool:
    """Whether pyarrow (an optional package) is installed."""
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return False
    return True


PARQUET_COLUMNS = ("id", "error", "source", "title", "method", "json")


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            try:
                row = json.loads(line)
            except ValueError:
                continue
            if isinstance(row, dict) and "id" in row:
                yield {
                    "id": str(row["id"]),
                    "error": row.get("error"),
                    "source": row.get("source"),
                    "title": row.get("title"),
                    "method": row.get("method"),
                    "json": line.rstrip("\n"),
                }


def write_parquet(jsonl: str | os.PathLike[str], target: str | os.PathLike[str]) -> int:
    """Copy the JSON Lines output to Parquet, 1,000 rows at a time; returns the row count.

    Columns: `id`, `error` (null on success), `source`, `title`, `method` and `json`, the whole
    row as in the JSON Lines file (its nested lists vary too much from row to row for one
    Parquet schema to describe them without loss).
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(name, pa.string()) for name in PARQUET_COLUMNS])
    count = 0
    batch: list[dict[str, Any]] = []
    with pq.ParquetWriter(os.fspath(target), schema) as writer:
        for row in _rows(Path(jsonl)):
            batch.append(row)
            if len(batch) == 1000:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch = []
        if batch:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count
