"""The article's date: the day "last Friday", "yesterday" and "next month" are read from.

A pasted article, or a file with no dateline or page date, leaves such dates unresolved: the
engine never guesses the day of writing. Edit > Article Date… asks the reader for it (or a click
on the hint in the facts pane); the dates are read again off the UI thread (`analysis.redate`)
while the summary and the other facts stay as they are.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QObject, Signal, Slot
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.core.facts.dates.labels import date_label, read_from
from app.gui import jobs
from app.gui.latest_job import LatestJob
from app.gui.worker import Job

if TYPE_CHECKING:
    from app.core.analysis import Analysis


class ArticleDateDialog(QDialog):
    """Asks when the article was written. Object name: ``articleDateDialog``.

    "Use This Date" gives the date in the editor (``articleDateEdit``); the reset button
    (``articleDateReset``) gives None: the article's own date if it states one, else none.
    """

    def __init__(
        self,
        current: datetime.date | None,
        own: datetime.date | None,
        parent: QWidget | None = None,
        today: datetime.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("articleDateDialog")
        self.setWindowTitle("Article Date")
        self._chosen: datetime.date | None = current
        intro = QLabel(
            "Dates such as “last Friday”, “yesterday” or “next month” are read from the day "
            "the article was written."
        )
        intro.setWordWrap(True)
        if own is not None:
            says = f"The article itself gives {date_label(own.isoformat())}."
        else:
            says = "The article does not say when it was written."
        own_label = QLabel(says)
        own_label.setWordWrap(True)
        self.edit = QDateEdit(self)
        self.edit.setObjectName("articleDateEdit")
        self.edit.setAccessibleName("Article date")
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("d MMMM yyyy")
        start = current or own or today or datetime.date.today()
        self.edit.setDate(QDate(start.year, start.month, start.day))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Use This Date")
        reset_text = "Use the Article’s Own Date" if own is not None else "Leave Unresolved"
        reset = buttons.addButton(reset_text, QDialogButtonBox.ButtonRole.ResetRole)
        reset.setObjectName("articleDateReset")
        reset.clicked.connect(self._reset)
        buttons.accepted.connect(self._use_edit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(own_label)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)

    def chosen(self) -> datetime.date | None:
        """The date the reader chose (None: the article's own, or none); valid once accepted."""
        return self._chosen

    @Slot()
    def _use_edit(self) -> None:
        self._chosen = self.edit.date().toPython()  # type: ignore[assignment]
        self.accept()

    @Slot()
    def _reset(self) -> None:
        self._chosen = None
        self.accept()


class ArticleDate(QObject):
    """Reads the shown article's dates again from the date the reader set, newest wins.

    Signals:
        finished(object): the `Analysis` with its dates read from the new date.
        failed(str): the job failed; a plain one-line message.
    """

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, current: Callable[[], Analysis | None], parent: QObject | None = None):
        """`current` gives the article shown (or None); the job reads it when it starts."""
        super().__init__(parent)
        self._current = current
        self._wanted: datetime.date | None = None
        self._latest = LatestJob(self._job, self)
        self._latest.finished.connect(self.finished)
        self._latest.failed.connect(self.failed)

    @property
    def busy(self) -> bool:
        """Whether the dates are being read."""
        return self._latest.busy

    def set_date(self, day: datetime.date | None) -> None:
        """Read the shown article's dates from `day` (None: from its own date)."""
        self._wanted = day
        self._latest.request()

    @Slot()
    def ask(self) -> None:
        """Edit > Article Date…: ask the reader when the article was written (a modal dialog
        over the window that owns this), then read the dates."""
        analysis = self._current()
        if analysis is None:
            return
        parent = self.parent()
        dialog = ArticleDateDialog(
            analysis.options.reference_date,
            analysis.meta.published,
            parent if isinstance(parent, QWidget) else None,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_date(dialog.chosen())

    def cancel(self) -> None:
        """Stop reading (a new article is coming)."""
        self._latest.cancel()

    def _job(self) -> Job | None:
        analysis = self._current()
        return None if analysis is None else jobs.redate_job(analysis, self._wanted)


def with_dates_of(analysis: Analysis, dated: Analysis) -> Analysis:
    """`analysis` (a newer summary, say) with the dates and article date of `dated`, an
    analysis of the same document: each job replaces only what it made."""
    options = dataclasses.replace(analysis.options, reference_date=dated.options.reference_date)
    facts = dataclasses.replace(analysis.facts, dates=dated.facts.dates)
    return dataclasses.replace(analysis, options=options, facts=facts)


def dates_status(analysis: Analysis) -> str:
    """The status bar's words after the dates were read again."""
    reference = analysis.reference_date
    if reference is None:
        return "Relative dates left unresolved: the article does not say when it was written"
    return f"Dates {read_from(reference)}"
