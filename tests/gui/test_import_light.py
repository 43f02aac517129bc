"""Start-up stays light: importing the window must not load the NLP/numeric stack."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("nltk", "sumy", "scipy", "numpy")


def _heavy_modules_loaded_by(code: str) -> str:
    """Run `code` in a fresh interpreter; the last line it prints names the heavy modules loaded."""
    code += f"\nprint(','.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    lines = result.stdout.strip().splitlines()
    return lines[-1] if lines else ""


def test_main_window_import_does_not_load_the_engine() -> None:
    assert _heavy_modules_loaded_by("import sys\nimport app.gui.main_window, app.gui.entry") == ""


def test_constructing_the_window_does_not_load_the_engine() -> None:
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "import tempfile\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,"
        " tempfile.mkdtemp())\n"
        "app = QApplication([])\n"
        "from app.gui.main_window import MainWindow\n"
        "w = MainWindow(); w.show(); app.processEvents()"
    )
    assert _heavy_modules_loaded_by(code) == ""
