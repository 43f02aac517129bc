"""`keyfacts [FILE]` / `keyfacts --sample`: start the desktop app, opening FILE (or the sample).

Kept thin and light: Qt and the window only. The engine (nltk, sumy, numpy, scipy) loads in the
background after the window has painted.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from app import __version__
from app.core import side_process
from app.core.logfile import internal_error_message
from app.gui import display, icons, theme
from app.gui.dialogs import sample_path
from app.gui.settings import APPLICATION, ORGANIZATION, Settings
from app.gui.turns import after_first_paint, favour_the_ui_thread

if TYPE_CHECKING:
    from app.gui.main_window import MainWindow

PROG = "keyfacts"
# Qt's own command-line options (QApplication/QGuiApplication), passed on to Qt.
_QT_OPTIONS_WITH_VALUE = frozenset(
    {
        "platform", "platformpluginpath", "platformtheme", "plugin", "qwindowgeometry",
        "qwindowtitle", "qwindowicon", "style", "stylesheet", "display", "geometry", "session",
        "name", "title",
    }
)  # fmt: skip
_QT_FLAGS = frozenset({"reverse", "nograb", "dograb", "sync", "widgetcount"})


def build_parser() -> argparse.ArgumentParser:
    """The command line: one FILE, --sample, --version (Qt's own options are split off first)."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="The Keyfacts desktop app: an article's summary and key facts (dates, "
        "quotes with their speakers, initiatives) beside the article. Opens FILE if given.",
        epilog="Qt's own options (-platform NAME, -style NAME, -reverse, ...) are passed to Qt. "
        "Without a display, run it under xvfb-run or set QT_QPA_PLATFORM=offscreen. "
        "For batches and scripts, use keyfacts-cli.",
    )
    parser.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help="an article to open (text, web page, PDF, Word, RTF or Markdown; one file)",
    )
    parser.add_argument(
        "--sample", action="store_true", help="open the sample article that comes with Keyfacts"
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return parser


def split_qt_options(args: Sequence[str]) -> tuple[list[str], list[str]]:
    """(Qt's options with their values, the rest) from the command line."""
    qt: list[str] = []
    ours: list[str] = []
    words = iter(args)
    for word in words:
        name, has_value, _ = word.lstrip("-").partition("=")
        if word.startswith("-") and name in _QT_OPTIONS_WITH_VALUE:
            qt.append(word)
            if not has_value:
                qt.append(next(words, ""))
        elif word.startswith("-") and name in _QT_FLAGS:
            qt.append(word)
        else:
            ours.append(word)
    return qt, ours


def report_bugs_in(window: MainWindow) -> None:
    """Exceptions that escape a slot on the UI thread: logged, and named in the message bar."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if not isinstance(error, Exception):  # KeyboardInterrupt, SystemExit: as Python does
            sys.__excepthook__(kind, error, trace)
            return
        window.message_bar.show_error(internal_error_message(error.with_traceback(trace)))

    sys.excepthook = hook


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app; returns the exit status (2 for a bad command line, via argparse).

    Args:
        argv: the command line without the program name (default: `sys.argv[1:]`); Qt's own
            options (`-platform offscreen`, ...) are understood, one remaining argument is a file.
    """
    qt_args, ours = split_qt_options(sys.argv[1:] if argv is None else argv)
    side_process.allow()  # a long article's initiatives may run beside the rest
    favour_the_ui_thread()
    try:
        args = build_parser().parse_args(ours)
    except SystemExit as done:  # --help, --version (0) or a usage error (2, message printed)
        return done.code if isinstance(done.code, int) else 2
    problem = display.missing_display(os.environ, qt_args)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    app = QApplication.instance()
    if app is None:
        with display.xcb_with_fallback(qt_args):
            app = QApplication([sys.argv[0], *qt_args])
        if display.xcb_failed(QApplication.platformName(), qt_args):
            print(display.XCB_FAILED, file=sys.stderr)
            return 1
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
    report_bugs_in(window)
    window.show()
    file = str(sample_path()) if args.sample and not args.file else args.file
    if file:
        QTimer.singleShot(0, lambda: window.open_path(file))
    # The engine's imports hold the GIL in turns with the first paint: start them after it.
    after_first_paint(window, window.start_warm_up)
    status = app.exec()
    # Let a running analysis notice it was cancelled (closeEvent) before the interpreter exits.
    QThreadPool.globalInstance().waitForDone(5000)
    return status
