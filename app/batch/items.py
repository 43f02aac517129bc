"""What a batch analyses, as a stream of `BatchItem`s (never a list of the whole archive).

Three kinds of input:
- a folder: every non-hidden file under it, recursively, in sorted order; the id is the path
  relative to the folder (with "/"), the source the path itself;
- a glob pattern (`archive/**/*.html`): the matching files in the order `glob.iglob` yields them;
  the id is the path as matched;
- a JSON Lines manifest (a file ending in `.jsonl`): one `{"id": ..., "text": ...}`,
  `{"id": ..., "path": ...}` or `{"id": ..., "url": ...}` object per line. A relative `path` is
  relative to the manifest's folder. A line that is not such an object becomes an item carrying
  its error, so that it gets an `{id, error}` row like any bad document.
"""

from __future__ import annotations

import glob
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ItemId = str | int


@dataclass(frozen=True, slots=True)
class BatchItem:
    """One input of a batch: exactly one of `path`, `text`, `url` or `error` is set.

    Attributes:
        id: the row's id in the output (a string, or an integer a manifest gave).
        path: a file to load, as the CLI would load it (its `source` in the JSON).
        text: the article's text itself (its `source` is the id).
        url: a web page to fetch.
        error: why this input cannot be analysed at all (a malformed manifest line).
    """

    id: ItemId
    path: str | None = None
    text: str | None = None
    url: str | None = None
    error: str | None = None


def id_key(item_id: object) -> str:
    """The id as the output's resume index compares it (so 7 and "7" stay apart)."""
    return json.dumps(item_id, ensure_ascii=False)


def iter_folder(folder: str | os.PathLike[str]) -> Iterator[BatchItem]:
    """Every non-hidden file under `folder`, depth first in sorted order."""
    root = os.fspath(folder)
    for directory, subdirs, files in os.walk(root):
        # Sorting one directory's names at a time keeps the order stable and the memory small.
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = os.path.join(directory, name)
            yield BatchItem(id=Path(os.path.relpath(path, root)).as_posix(), path=path)


def iter_glob(pattern: str) -> Iterator[BatchItem]:
    """The files matching `pattern` (`**` matches folders recursively)."""
    for path in glob.iglob(pattern, recursive=True):
        if os.path.isfile(path):
            yield BatchItem(id=path, path=path)


def iter_manifest(manifest: str | os.PathLike[str]) -> Iterator[BatchItem]:
    """The rows of a JSON Lines manifest, one item per non-blank line."""
    base = Path(manifest).parent
    with open(manifest, encoding="utf-8-sig", errors="replace") as lines:
        for number, line in enumerate(lines, start=1):
            if line.strip():
                yield _manifest_item(line, f"{Path(manifest).name}:{number}", base)


def _manifest_item(line: str, where: str, base: Path) -> BatchItem:
    try:
        row = json.loads(line)
    except ValueError as error:
        return BatchItem(id=where, error=f"not a JSON object: {error}")
    if not isinstance(row, dict):
        return BatchItem(id=where, error="not a JSON object")
    item_id = row.get("id")
    if not isinstance(item_id, (str, int)) or isinstance(item_id, bool):
        return BatchItem(id=where, error="the row has no string or integer 'id'")
    given = [key for key in ("text", "path", "url") if isinstance(row.get(key), str)]
    if len(given) != 1:
        return BatchItem(id=item_id, error="the row needs exactly one of 'text', 'path', 'url'")
    value: str = row[given[0]]
    if given[0] == "text":
        return BatchItem(id=item_id, text=value)
    if given[0] == "url":
        return BatchItem(id=item_id, url=value)
    path = Path(value).expanduser()
    return BatchItem(id=item_id, path=str(path if path.is_absolute() else base / path))


def iter_inputs(spec: str) -> Iterator[BatchItem]:
    """Items from a folder, a manifest (`*.jsonl`) or a glob pattern, told apart in that order.

    Raises:
        FileNotFoundError: `spec` is none of them (a plain path that does not exist).
    """
    if os.path.isdir(spec):
        return iter_folder(spec)
    if spec.endswith(".jsonl") and os.path.isfile(spec):
        return iter_manifest(spec)
    if glob.has_magic(spec):
        return iter_glob(spec)
    if os.path.isfile(spec):
        return iter([BatchItem(id=spec, path=spec)])
    raise FileNotFoundError(f"no such folder, manifest or file, and not a glob pattern: {spec}")
