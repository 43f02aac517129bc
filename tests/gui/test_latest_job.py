"""Newest request wins (the live re-summary, the article's date): one job at a time, requests
made meanwhile folded into one more job."""

from __future__ import annotations

import threading

from app.core.summarize import SummaryError
from app.gui.latest_job import LatestJob


class Controls:
    """Stands in for the window: a slider position, and the jobs made from it."""

    def __init__(self) -> None:
        self.position = 0
        self.made: list[int] = []
        self.gate = threading.Event()
        self.article = True

    def make_job(self):
        if not self.article:
            return None
        position = self.position
        self.made.append(position)

        def job(_cancelled):
            self.gate.wait(10)
            return position

        return job


def test_requests_while_a_job_runs_become_one_job_for_the_latest_controls(qtbot):
    controls = Controls()
    latest = LatestJob(controls.make_job)
    results: list[object] = []
    latest.finished.connect(results.append)
    latest.request()
    for position in range(1, 6):  # the slider dragged while the first summary is made
        controls.position = position
        latest.request()
    assert latest.pending
    controls.gate.set()
    qtbot.waitUntil(lambda: results == [0, 5], timeout=10000)
    assert controls.made == [0, 5]
    qtbot.waitUntil(lambda: not latest.busy and not latest.pending)


def test_no_job_without_an_article_and_cancel_forgets_the_waiting_request(qtbot):
    controls = Controls()
    controls.article = False
    latest = LatestJob(controls.make_job)
    latest.request()
    assert controls.made == [] and not latest.busy
    controls.article = True
    latest.request()
    latest.request()
    latest.cancel()
    assert not latest.pending
    controls.gate.set()
    qtbot.waitUntil(lambda: not latest.busy, timeout=10000)
    assert controls.made == [0]


def test_a_failure_is_reported_with_whether_another_request_waits(qtbot):
    def failing():
        def job(_cancelled):
            raise SummaryError("no such method")

        return job

    latest = LatestJob(failing)
    seen: list[tuple[str, bool]] = []
    latest.failed.connect(lambda message: seen.append((message, latest.pending)))
    latest.request()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert seen == [("no such method", False)]
