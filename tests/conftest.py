"""Test setup for the whole suite: internal errors are logged into a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.logfile import LOG_DIR_VARIABLE


@pytest.fixture(autouse=True)
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where `app.core.logfile` writes during a test (never the user's own log folder)."""
    folder = tmp_path / "log"
    monkeypatch.setenv(LOG_DIR_VARIABLE, str(folder))
    return folder
