"""The `keyfacts` entry point: its command line, and one plain line when there is no display."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.gui import display
from app.gui.entry import main, report_bugs_in, split_qt_options

ROOT = Path(__file__).resolve().parents[2]


def run_app(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """`python -m app ARGS` with a stripped environment: no display, no Qt platform chosen."""
    environ = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "C.UTF-8", **env}
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="X11/Wayland systems only")
def test_no_display_is_one_plain_line_not_a_qt_abort(tmp_path):
    result = run_app(tmp_path)
    assert result.returncode == 1
    assert result.stderr == display.NO_DISPLAY + "\n"
    assert "xvfb-run" in result.stderr and "QT_QPA_PLATFORM=offscreen" in result.stderr


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="X11/Wayland systems only")
def test_an_x_display_qt_cannot_use_is_one_plain_line(tmp_path):
    # No X server answers on display 97: Qt's xcb plugin fails to start, as it does when its
    # libraries are missing; without the fallback, Qt aborts the process (SIGABRT).
    result = run_app(tmp_path, DISPLAY=":97")
    assert result.returncode == 1
    assert result.stderr == display.XCB_FAILED + "\n"
    assert "libxcb-cursor0" in result.stderr


def test_an_unknown_option_is_a_usage_error(tmp_path, capsys):
    result = run_app(tmp_path, "--bogus", QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == "keyfacts: error: unrecognized arguments: --bogus"
    assert main(["--bogus"]) == 2
    assert main(["one.txt", "two.txt"]) == 2
    assert "usage: keyfacts" in capsys.readouterr().err


def test_help_lists_the_options_and_says_one_file_opens(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for option in ("--sample", "--version", "FILE", "-platform"):
        assert option in out
    assert "Opens FILE" in out and "one file" in out


def test_qt_options_are_passed_to_qt():
    qt, ours = split_qt_options(["-platform", "offscreen", "a.txt", "-style=fusion", "-reverse"])
    assert qt == ["-platform", "offscreen", "-style=fusion", "-reverse"]
    assert ours == ["a.txt"]


def test_a_bug_in_a_slot_is_logged_and_shown(window, monkeypatch, log_dir):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    report_bugs_in(window)
    try:
        raise ZeroDivisionError("in a slot")
    except ZeroDivisionError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    log_file = log_dir / "keyfacts.log"
    assert window.message_bar.text() == f"internal error: details in {log_file}"
    assert "ZeroDivisionError: in a slot" in log_file.read_text(encoding="utf-8")


def test_the_app_lets_the_ui_thread_take_the_gil_sooner(capsys):
    from app.gui.turns import UI_SWITCH_INTERVAL

    before = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)
        main(["--help"])
        assert sys.getswitchinterval() == pytest.approx(UI_SWITCH_INTERVAL)
        assert UI_SWITCH_INTERVAL < 0.005
    finally:
        sys.setswitchinterval(before)
