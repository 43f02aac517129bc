"""Work that follows a control, newest request wins: the live re-summary (each time the length
or method moves) and the article's date (each time it is set).

One job runs at a time. A request made while one runs is remembered, and when the running job
settles (finished, failed or cancelled) one more job is made from the controls as they are then:
dragging the slider through twenty steps runs two or three jobs, not twenty, and the last summary
is always the one the controls describe.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from app.gui.worker import Job, JobRunner


class LatestJob(QObject):
    """Runs jobs off the UI thread, newest request wins.

    Signals:
        finished(object): the job's result (a new `Analysis`).
        failed(str): the job failed; a plain one-line message (`pending` tells whether another
            request is waiting to run).
    """

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, make_job: Callable[[], Job | None], parent: QObject | None = None) -> None:
        """`make_job` builds the job from the controls as they are now, or returns None when
        there is nothing to do (no article, or an analysis running that reads the controls
        itself when it finishes)."""
        super().__init__(parent)
        self._make_job = make_job
        self._pending = False
        self._runner = JobRunner(self)
        self._runner.finished.connect(self._on_finished)
        self._runner.failed.connect(self._on_failed)
        self._runner.cancelled.connect(self._settled)

    @property
    def busy(self) -> bool:
        """Whether a job is running."""
        return self._runner.busy

    @property
    def pending(self) -> bool:
        """Whether a request waits for the running job to settle."""
        return self._pending

    @Slot()
    def request(self, *_args: object) -> None:
        """A job for the controls as they are now (now, or when the running job settles)."""
        if self._runner.busy:
            self._pending = True
            return
        job = self._make_job()
        self._pending = False
        if job is not None:
            self._runner.submit(job)

    def cancel(self) -> None:
        """Stop the running job and forget any waiting request."""
        self._pending = False
        self._runner.cancel()

    @Slot(object)
    def _on_finished(self, analysis: object) -> None:
        self.finished.emit(analysis)
        self._settled()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.failed.emit(message)
        self._settled()

    @Slot()
    def _settled(self) -> None:
        if self._pending:
            self.request()
