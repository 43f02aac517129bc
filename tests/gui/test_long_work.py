"""Long work: cancelling, refusing too-large files, a method that refuses a long article."""

from __future__ import annotations

import threading
from pathlib import Path

import app.core.analysis
import app.core.loading
from app.gui.main_window import MainWindow


def test_cancel_stops_the_analysis_and_keeps_the_previous_article(
    loaded: MainWindow, qtbot, monkeypatch, sample_path
):
    before = loaded.analysis
    started = threading.Event()

    def slow_analyze(loaded_text, options=None, is_cancelled=None):
        started.set()
        while not is_cancelled():
            threading.Event().wait(0.005)
        raise app.core.analysis.Cancelled

    monkeypatch.setattr(app.core.analysis, "analyze", slow_analyze)
    loaded.open_path(sample_path)
    qtbot.waitUntil(started.is_set, timeout=10000)
    assert loaded.acts.cancel.isEnabled()
    qtbot.waitUntil(loaded.busy_indicator.isVisible, timeout=10000)  # the progress shows
    loaded.acts.cancel.trigger()
    qtbot.waitUntil(lambda: not loaded.is_busy(), timeout=10000)
    assert "Cancelled" in loaded.statusBar().currentMessage()
    assert not loaded.busy_indicator.isVisible()
    assert loaded.analysis is before


def test_too_large_file_gives_a_message(window: MainWindow, qtbot, monkeypatch, article_path):
    monkeypatch.setattr(app.core.loading, "MAX_BYTES", 100)
    with qtbot.waitSignal(window.analysisFailed, timeout=20000) as blocker:
        window.open_path(article_path)
    assert "too large" in blocker.args[0]
    assert "too large" in window.message_bar.text()


def _long_article(tmp_path: Path) -> Path:
    """A headline and 60 paragraphs of 3 sentences: more than KL-Sum takes (150 sentences)."""
    lines = ["A long account of many small things"]
    for i in range(60):
        lines.append(
            f"Item {i} was counted on the shelf. Its colour was noted by the clerk. "
            f"The count for item {i} came to {i * 3 + 1} pieces."
        )
    path = tmp_path / "long.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_method_that_refuses_a_long_article_falls_back_to_default(
    window: MainWindow, qtbot, tmp_path
):
    # KL-Sum refuses articles of more than 150 sentences (it is cubic).
    path = _long_article(tmp_path)
    box = window.length_control.method_box
    box.setCurrentIndex(box.findData("kl"))
    with qtbot.waitSignal(window.analysisFinished, timeout=60000) as blocker:
        window.open_path(path)
    assert blocker.args[0].options.method == "default"
    assert "default method was used" in window.message_bar.text()
    qtbot.waitUntil(lambda: not window.is_busy())
    assert window.length_control.method() == "default"
    assert "default method was used" in window.message_bar.text()


def test_a_method_refused_after_loading_leaves_the_chooser_on_the_shown_method(
    window: MainWindow, qtbot, tmp_path
):
    path = _long_article(tmp_path)
    with qtbot.waitSignal(window.analysisFinished, timeout=60000):
        window.open_path(path)
    qtbot.waitUntil(lambda: not window.is_busy())
    box = window.length_control.method_box
    box.setCurrentIndex(box.findData("kl"))  # the user picks KL-Sum: too slow here
    qtbot.waitUntil(lambda: "too slow" in window.message_bar.text(), timeout=20000)
    qtbot.waitUntil(lambda: not window.is_busy())
    assert window.analysis.options.method == "default"
    assert window.length_control.method() == "default"
