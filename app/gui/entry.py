"""`keyfacts [FILE]` / `keyfacts --sample`: start the desktop app, opening FILE (or the sample).

Kept thin and light: Qt and the window only. The engine (nltk, sumy, numpy, scipy) loads in the
background after the window has painted.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from app import __version__
from app.gui import icons, theme
from app.gui.dialogs import sample_path
from app.gui.settings import APPLICATION, ORGANIZATION, Settings


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app; returns the exit status.

    Args:
        argv: the command line without the program name (default: `sys.argv[1:]`); Qt's own
            options (`-platform offscreen`, ...) are understood, one remaining argument is a file.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    if any(a in ("-h", "--help") for a in args):
        print(
            "usage: keyfacts [FILE | --sample]\n\n"
            "The Keyfacts desktop app; opens FILE, or with --sample the bundled sample article."
        )
        return 0
    if "--version" in args:
        print(f"keyfacts {__version__}")
        return 0
    sample = "--sample" in args
    args = [a for a in args if a != "--sample"]
    app = QApplication.instance() or QApplication([sys.argv[0], *args])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Keyfacts")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("keyfacts")
    app.setWindowIcon(icons.app_icon())
    theme.apply_theme(app, Settings().theme)

    from app.gui.main_window import MainWindow

    window = MainWindow()
    window.show()
    # QApplication removed the arguments it understood; what is left is ours.
    files = [a for a in app.arguments()[1:] if not a.startswith("-")]
    if sample and not files:
        files = [str(sample_path())]
    if files:
        QTimer.singleShot(0, lambda: window.open_path(files[0]))
    QTimer.singleShot(0, window.start_warm_up)
    status = app.exec()
    # Let a running analysis notice it was cancelled (closeEvent) before the interpreter exits.
    QThreadPool.globalInstance().waitForDone(5000)
    return status
