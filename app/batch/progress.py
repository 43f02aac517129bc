"""A progress bar on standard error when it is a terminal; nothing otherwise.

tqdm draws it when installed (it is a dependency, imported only here); without it the batch
runs the same, silently. Messages go through `write` so that they do not break the bar's line.
"""

from __future__ import annotations

import sys
from typing import Any, Self


class Progress:
    """Counts finished inputs; `total` may be None when the input is a stream."""

    def __init__(self, total: int | None = None, unit: str = "article") -> None:
        self._bar: Any = None
        if sys.stderr.isatty():
            try:
                from tqdm import tqdm
            except ImportError:
                return
            self._bar = tqdm(total=total, unit=unit, file=sys.stderr, dynamic_ncols=True)

    def update(self, count: int = 1) -> None:
        if self._bar is not None:
            self._bar.update(count)

    def write(self, message: str) -> None:
        """One line on standard error, above the bar."""
        if self._bar is not None:
            self._bar.write(message, file=sys.stderr)
        else:
            print(message, file=sys.stderr)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
