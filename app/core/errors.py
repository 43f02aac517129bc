"""The engine's own errors: the ones whose message is meant for the user.

`KeyfactsError` is the base of every error the engine raises on purpose with a plain one-line
message: a file that cannot be read (`LoadError`, and the format readers' `FormatError` behind
it), a summary refused with these settings (`SummaryError`). The GUI and the CLI show such a
message as it is. Anything else that escapes the engine is a bug: they log it with its traceback
(`app.core.logfile`) and say "internal error: details in LOG PATH". A cancelled analysis
(`app.core.analysis.Cancelled`) is neither: the caller asked for it.
"""

from __future__ import annotations


class KeyfactsError(Exception):
    """An error whose `str()` is one plain line for the user (no traceback needed)."""


__all__ = ["KeyfactsError"]
