"""Screenshots of the main window on the sample article, light and dark: docs/screenshots/*.png.

Usage: .venv/bin/python tools/screenshots.py [--out DIR] [--file ARTICLE] [--find TEXT]

Renders offscreen (QT_QPA_PLATFORM=offscreen unless a platform is already chosen) and grabs the
window with QWidget.grab(), so it needs no display. A summary sentence and a fact are clicked
first, so the pictures show the highlight and the jump.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def _wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    """Write light.png and dark.png; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--file", type=Path, help="an article to show instead of the sample")
    parser.add_argument("--find", help="open the find bar on this text (Ctrl+F) before grabbing")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    settings_dir = tempfile.mkdtemp(prefix="keyfacts-shots-")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    app = QApplication([sys.argv[0]])
    app.setOrganizationName("KeyfactsScreenshots")
    app.setApplicationName("KeyfactsScreenshots")

    from app.gui import theme
    from app.gui.main_window import MainWindow

    theme.apply_theme(app, "light")
    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    loop = QEventLoop()
    window.analysisFinished.connect(loop.quit)
    window.analysisFailed.connect(lambda message: (print(message), loop.quit()))
    if args.file is not None:
        window.open_path(args.file)
    else:
        window.open_sample()
    loop.exec()
    if window.analysis is None:
        print(f"{args.file or 'the sample article'} did not load", file=sys.stderr)
        return 1
    # Show a jump: the first quote (or any fact) selected in the facts pane.
    items = window.facts_view.fact_items()
    quotes = [i for i in items if i.parent().text(0).startswith("Quotes")]
    if quotes or items:
        window.facts_view.setCurrentItem((quotes or items)[0])
    if args.find:
        window.acts.find.trigger()
        window.panes.find_bar.field.setText(args.find)
        window.acts.find_next.trigger()
    for name in ("light", "dark"):
        window.set_theme(name)
        _wait(100)
        target = args.out / f"{name}.png"
        window.grab().save(str(target))
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
