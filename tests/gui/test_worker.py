"""The job runner: results by signal, plain failure messages, newest wins, cancellation."""

from __future__ import annotations

import threading

from app.core.analysis import Cancelled
from app.core.loading import LoadError
from app.gui.worker import JobRunner


def test_result_arrives_by_signal(qtbot):
    runner = JobRunner()
    with qtbot.waitSignal(runner.finished, timeout=10000) as blocker:
        runner.submit(lambda _cancelled: 42)
    assert blocker.args == [42]
    qtbot.waitUntil(lambda: not runner.busy)


def test_failure_is_one_plain_line(qtbot):
    def job(_cancelled):
        raise LoadError("this is a PNG image, not text")

    runner = JobRunner()
    with qtbot.waitSignal(runner.failed, timeout=10000) as blocker:
        runner.submit(job)
    assert blocker.args == ["this is a PNG image, not text"]


def test_a_bug_becomes_a_message_not_a_traceback(qtbot, caplog):
    def job(_cancelled):
        return {}["missing"]

    runner = JobRunner()
    with qtbot.waitSignal(runner.failed, timeout=10000) as blocker:
        runner.submit(job)
    assert blocker.args[0].startswith("Something went wrong: KeyError")
    assert "Traceback" not in blocker.args[0]


def test_newer_job_supersedes_older(qtbot):
    release = threading.Event()
    results: list[object] = []
    runner = JobRunner()
    runner.finished.connect(results.append)

    def old(cancelled):
        release.wait(10)
        return "old"

    runner.submit(old)
    with qtbot.waitSignal(runner.finished, timeout=10000):
        runner.submit(lambda _cancelled: "new")
    release.set()
    qtbot.waitUntil(lambda: not runner._carriers, timeout=10000)
    assert results == ["new"]


def test_cancel_stops_a_job_that_polls(qtbot):
    started = threading.Event()

    def job(cancelled):
        started.set()
        while not cancelled():
            threading.Event().wait(0.005)
        raise Cancelled

    runner = JobRunner()
    runner.submit(job)
    qtbot.waitUntil(started.is_set, timeout=10000)
    with qtbot.waitSignal(runner.cancelled, timeout=10000):
        runner.cancel()
    assert not runner.busy
