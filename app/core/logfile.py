"""Where internal errors are logged: one file in the user's log folder, the same for GUI and CLI.

The folder is platformdirs' `user_log_dir("keyfacts")` (`~/.local/state/keyfacts/log` on Linux,
`~/Library/Logs/keyfacts` on macOS, `%LOCALAPPDATA%\\keyfacts\\Logs` on Windows), or the folder
named by the environment variable `KEYFACTS_LOG_DIR` (tests and portable installs).
"""

from __future__ import annotations

import datetime as dt
import os
import threading
import traceback
from pathlib import Path

LOG_DIR_VARIABLE = "KEYFACTS_LOG_DIR"
LOG_NAME = "keyfacts.log"
# The file is cut back to its newer half when it grows past this, so it never fills a disk.
MAX_LOG_BYTES = 1_000_000

_lock = threading.Lock()


def log_path() -> Path:
    """The log file's path (its folder may not exist yet)."""
    folder = os.environ.get(LOG_DIR_VARIABLE)
    if not folder:
        import platformdirs  # only when something goes wrong: not on the start-up path

        folder = platformdirs.user_log_dir("keyfacts", appauthor=False)
    return Path(folder) / LOG_NAME


def log_internal_error(error: BaseException, context: str = "") -> Path:
    """Append `error`'s traceback (with a time stamp and `context`) to the log; returns its path.

    Never raises: if the log cannot be written, the path is still returned (the message that
    names it is then the only trace, which is no worse than before).
    """
    path = log_path()
    stamp = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    lines = traceback.format_exception(type(error), error, error.__traceback__)
    entry = f"--- {stamp} internal error{': ' + context if context else ''}\n{''.join(lines)}\n"
    with _lock:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.is_file() and path.stat().st_size > MAX_LOG_BYTES:
                kept = path.read_bytes()[-MAX_LOG_BYTES // 2 :]
                path.write_bytes(kept)
            with path.open("a", encoding="utf-8", errors="replace") as log:
                log.write(entry)
        except OSError:
            pass
    return path


def internal_error_message(error: BaseException, context: str = "") -> str:
    """Log `error` and return the line to show: "internal error: details in LOG PATH"."""
    return f"internal error: details in {log_internal_error(error, context)}"


__all__ = ["LOG_DIR_VARIABLE", "internal_error_message", "log_internal_error", "log_path"]
