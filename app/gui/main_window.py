"""The main window: article, summary and key facts in splitters, with menus, drops and settings.

Importing this module must not import nltk, sumy, numpy or scipy (start-up speed): the analysis
pipeline is imported inside worker jobs, and by `start_warm_up()` in the background.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QSettings,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.core.options import AnalysisOptions, SummaryLength
from app.core.summarize import METHODS
from app.gui import dialogs, drops, icons, jobs, theme
from app.gui.article_date import ArticleDate, dates_status, with_dates_of
from app.gui.busy_indicator import BusyIndicator
from app.gui.dialogs import sample_path
from app.gui.file_commands import FileCommands
from app.gui.latest_job import LatestJob
from app.gui.length_control import LengthControl
from app.gui.message_bar import MessageBar
from app.gui.panes import Panes
from app.gui.recent_files import RecentFiles
from app.gui.settings import Settings
from app.gui.turns import release_later
from app.gui.window_actions import WindowActions
from app.gui.window_state import restore_window_state, save_window_state
from app.gui.worker import Job, JobRunner
from app.gui.zoom import TextZoom

if TYPE_CHECKING:
    from app.core.analysis import Analysis
    from app.core.loading import LoadedText


class MainWindow(QMainWindow):
    """The Keyfacts window.

    Signals:
        analysisFinished(object): a new article's `Analysis` is shown.
        analysisFailed(str): loading or analysing failed; the message shown to the user.
        summaryUpdated(object): the summary changed (slider, method); the new `Analysis`.
    """

    analysisFinished = Signal(object)
    analysisFailed = Signal(str)
    summaryUpdated = Signal(object)

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("Keyfacts")
        self.setWindowIcon(icons.app_icon())
        self.setAcceptDrops(True)
        self._settings = Settings(settings)
        self._analysis: Analysis | None = None
        self._source_path: str | None = None
        self._loading_label = ""
        self._load_notice: str | None = None  # said again when the load it is about finishes
        self._length_at_start = SummaryLength()  # the controls' length when a load started

        self._analysis_runner = JobRunner(self)
        self.resummary = LatestJob(self._resummary_job, self)
        self.dating = ArticleDate(lambda: self._analysis, self)
        self._warm_runner = JobRunner(self)

        self._create_widgets()
        self._create_actions()
        self._create_status_bar()
        self._connect()
        restore_window_state(self, self._settings)
        self._update_actions()

    # -- construction ------------------------------------------------------------------------

    def _create_widgets(self) -> None:
        self.panes = Panes(self)
        self.article_view = self.panes.article_view
        self.summary_view = self.panes.summary_view
        self.facts_view = self.panes.facts_view
        self.zoom = TextZoom((self.article_view, self.summary_view, self.facts_view))
        self.length_control = LengthControl([(m.name, m.description) for m in METHODS.values()])
        self.message_bar = MessageBar(self)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(6)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.panes, 1)
        self.setCentralWidget(central)

    def _create_actions(self) -> None:
        self.files = FileCommands(self, self._settings.store)
        self.acts = WindowActions(self)
        self.recent_menu = self.acts.fill_menu_bar(self.menuBar())
        self.recent_files = RecentFiles(self._settings.store, self.recent_menu, self)
        self.addToolBar(self.acts.tool_bar(self.length_control))
        # Reading order: the article, then the summary controls, the summary and the facts.
        control = self.length_control
        chain = (self.article_view, control.method_box, control.slider, control.unit_box)
        for first, second in zip(
            (*chain, self.summary_view),
            (*chain[1:], self.summary_view, self.facts_view),
            strict=True,
        ):
            QWidget.setTabOrder(first, second)

    def _create_status_bar(self) -> None:
        self.busy_indicator = BusyIndicator(self)
        self.statusBar().addPermanentWidget(self.busy_indicator)
        self.statusBar().showMessage("Open an article to begin (Ctrl+O)")

    def _connect(self) -> None:
        self.summary_view.sentenceActivated.connect(self.show_sentence)
        self.facts_view.factActivated.connect(self.show_span)
        self.facts_view.factCopied.connect(
            lambda _text: self.statusBar().showMessage("Copied the fact to the clipboard", 4000)
        )
        self.length_control.lengthChanged.connect(self.resummary.request)
        self.length_control.methodChanged.connect(self.resummary.request)
        self.busy_indicator.cancelRequested.connect(self.cancel_analysis)
        self.recent_files.openRequested.connect(self.open_path)
        runner = self._analysis_runner
        runner.finished.connect(self._on_analysis_finished)
        runner.failed.connect(self._on_analysis_failed)
        runner.cancelled.connect(self._on_analysis_cancelled)
        runner.idle.connect(self._on_analysis_idle)
        self.resummary.finished.connect(self._on_summary_finished)
        self.resummary.failed.connect(self._on_summary_failed)
        self.dating.finished.connect(self._on_dates_finished)
        self.dating.failed.connect(
            lambda message: self.message_bar.show_error(f"Cannot read the dates: {message}")
        )
        self.facts_view.dateRequested.connect(self.dating.ask)

    # -- settings ----------------------------------------------------------------------------

    def save_settings(self) -> None:
        """Write geometry, splitter sizes, method, length and view options to QSettings."""
        save_window_state(self, self._settings)

    # -- public API --------------------------------------------------------------------------

    @property
    def analysis(self) -> Analysis | None:
        """The article shown, or None."""
        return self._analysis

    @property
    def source_path(self) -> str | None:
        """The file the shown article came from, or None (pasted or dropped text)."""
        return self._source_path

    def set_load_notice(self, text: str) -> None:
        """Show `text` now and again when the load in progress finishes."""
        self._load_notice = text
        self.message_bar.show_info(text)

    def options(self) -> AnalysisOptions:
        """The analysis options the controls describe."""
        return AnalysisOptions(
            method=self.length_control.method(), length=self.length_control.length()
        )

    def open_path(self, path: str | os.PathLike[str]) -> None:
        """Load and analyse a file exactly as the Open dialog does (off the UI thread)."""
        path = os.fspath(path)
        self._start(jobs.path_loader(path), Path(path).name, path)

    @Slot()
    def open_sample(self) -> None:
        """Open the sample article that ships with the app."""
        self.open_path(sample_path())

    def open_text(self, text: str, source: str = "pasted text") -> None:
        """Analyse text from a paste or a drop."""
        self._start(jobs.text_loader(text, source), source, None)

    def open_url(self, url: str) -> None:
        """Fetch a web address and analyse the page (both off the UI thread)."""
        self._start(jobs.url_loader(url), url, None)

    def start_warm_up(self) -> None:
        """Import the engine and build the tokenizers in the background (after the first paint)."""
        self._warm_runner.submit(jobs.warm_up_job())

    def is_busy(self) -> bool:
        """Whether an analysis, a re-summary or a reading of the dates is running."""
        return self._analysis_runner.busy or self.resummary.busy or self.dating.busy

    # -- loading -----------------------------------------------------------------------------

    def _start(self, load: Callable[[], LoadedText], label: str, path: str | None) -> None:
        control = self.length_control
        self._length_at_start = control.length()
        options = AnalysisOptions(
            method=control.method(),
            length=control.carried_length(),
            run_date=datetime.date.today(),
        )
        job = jobs.analysis_job(load, options, path)
        self._loading_label = label
        self._load_notice = None
        self.resummary.cancel()
        self.dating.cancel()
        self._analysis_runner.submit(job)
        self.busy_indicator.start(f"Analysing {label}…")
        self.statusBar().showMessage(f"Analysing {label}…")
        self._update_actions()

    @Slot(object)
    def _on_analysis_finished(self, result: jobs.Opened) -> None:
        analysis, path = result.analysis, result.path
        if result.notice:
            self._load_notice = " ".join(filter(None, (self._load_notice, result.notice)))
        if result.fell_back:
            self.length_control.set_method(analysis.options.method)
        if self._analysis is not None:
            release_later(self, self._analysis)  # freed in a turn of its own, not this one
        self._analysis = analysis
        self._source_path = path
        if path is not None:
            self.recent_files.add(path)
            self.files.remember_directory(path)
        notice = " ".join(filter(None, (self._load_notice, analysis.language_notice)))
        if notice:
            self.message_bar.show_info(notice)
        else:
            self.message_bar.hide()
        # The other panes in a later event-loop turn than the article's text and its marks:
        # each turn stays short on a 1 MB article.
        self.article_view.show_analysis(
            analysis,
            self.acts.hide_duplicates.isChecked(),
            then=lambda: self._show_panes(analysis, path),
        )

    def _show_panes(self, analysis: Analysis, path: str | None) -> None:
        if self._analysis is None or analysis.document is not self._analysis.document:
            return  # a newer article came in between
        analysis = self._analysis  # a re-summary may have landed in between
        self.summary_view.show_summary(analysis.summary)
        self.facts_view.show_facts(analysis)
        if self.length_control.length() == self._length_at_start:  # not moved meanwhile
            self.length_control.set_length(analysis.options.length)
        # The slider counts the sentences a summary can choose (page furniture is not one).
        self.length_control.set_article(len(analysis.document.candidates), len(analysis.summary))
        name = Path(path).name if path else analysis.loaded.source
        self.setWindowTitle(f"{analysis.title or name} — Keyfacts")
        self.panes.set_article_name(name)
        self.panes.find_bar.refresh()
        self.statusBar().showMessage(self._status_text(analysis))
        self._update_actions()
        self.analysisFinished.emit(analysis)
        # The controls may have moved while the analysis ran.
        if (analysis.options.method, analysis.options.length) != (
            self.length_control.method(),
            self.length_control.length(),
        ):
            self.resummary.request()

    @Slot(str)
    def _on_analysis_failed(self, message: str) -> None:
        text = f"Could not open {self._loading_label}: {message}"
        if self._analysis is not None:
            text = text.rstrip(".") + ". The previous article is still shown."
        self.message_bar.show_error(text)
        self.statusBar().showMessage(f"Could not open {self._loading_label}")
        self.analysisFailed.emit(message)

    @Slot()
    def _on_analysis_cancelled(self) -> None:
        self.statusBar().showMessage(f"Cancelled analysing {self._loading_label}")

    @Slot()
    def _on_analysis_idle(self) -> None:
        self.busy_indicator.stop()
        self._update_actions()

    @Slot()
    def cancel_analysis(self) -> None:
        """Stop the running analysis (the previous article stays)."""
        if self._analysis_runner.busy:
            self._analysis_runner.cancel()

    def _status_text(self, analysis: Analysis) -> str:
        from app.core.export import dedup_report

        total = len(analysis.document.candidates)
        facts = len(analysis.facts)
        removed = dedup_report(analysis.dedup) if analysis.dedup.removed else "No duplicates"
        return (
            f"Summary ready: {len(analysis.summary)} of {total} sentences · "
            f"{facts} key fact{'s' if facts != 1 else ''} · {removed}"
        )

    # -- live re-summary ---------------------------------------------------------------------

    def _resummary_job(self) -> Job | None:
        """A re-summary with the controls' method and length, or None while there is no article
        or an analysis runs (it picks the controls up when it finishes)."""
        if self._analysis is None or self._analysis_runner.busy:
            return None
        control = self.length_control
        return jobs.resummary_job(self._analysis, control.method(), control.length())

    @Slot(object)
    def _on_summary_finished(self, analysis: Analysis) -> None:
        current = self._analysis
        if current is not None and analysis.document is current.document:
            self._analysis = analysis = with_dates_of(analysis, current)
            self.article_view.set_summary(analysis.summary)
            self.summary_view.show_summary(analysis.summary)
            self.length_control.show_summary_size(len(analysis.summary))
            self.statusBar().showMessage(self._status_text(analysis))
            self._update_actions()
            self.summaryUpdated.emit(analysis)

    @Slot(object)
    def _on_dates_finished(self, analysis: Analysis) -> None:
        current = self._analysis
        if current is None or analysis.document is not current.document:
            return  # a newer article came in between
        self._analysis = analysis = with_dates_of(current, analysis)  # the summary may be newer
        self.facts_view.show_facts(analysis)
        self.statusBar().showMessage(dates_status(analysis))

    @Slot(str)
    def _on_summary_failed(self, message: str) -> None:
        self.message_bar.show_error(f"Cannot summarise: {message}")
        if self._analysis is not None and not self.resummary.pending:
            # The chooser names the method of the summary on screen, not the one refused
            # (and the refused one is not saved as the next session's choice).
            self.length_control.set_method(self._analysis.options.method)

    # -- navigation --------------------------------------------------------------------------

    @Slot(int)
    def show_sentence(self, index: int) -> None:
        """Scroll the article to sentence `index` and highlight it."""
        if self._analysis is not None and 0 <= index < len(self._analysis.document.sentences):
            sentence = self._analysis.document.sentences[index]
            self.show_span(sentence.start, sentence.end)

    @Slot(int, int)
    def show_span(self, start: int, end: int) -> None:
        """Scroll the article to the cleaned-text span [start, end) and highlight it."""
        self.article_view.focus_span(start, end)

    # -- drops and saving (the commands themselves are in file_commands.py) -----------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept local files and plain text."""
        self.dragMoveEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Keep accepting local files and plain text over the whole window."""
        if drops.accepts(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Open a dropped file (the first of several) or analyse dropped text."""
        if self.files.open_mime(event.mimeData(), "dropped text"):
            event.acceptProposedAction()

    def save_markdown(self, path: str) -> bool:
        """Write the summary and key facts as Markdown to `path` (QSaveFile); True on success."""
        return self.files.save("markdown", path)

    def save_json(self, path: str) -> bool:
        """Write the analysis as JSON (the CLI's object) to `path` (QSaveFile); True on success."""
        return self.files.save("json", path)

    # -- view --------------------------------------------------------------------------------

    @Slot(bool)
    def set_hide_duplicates(self, hide: bool) -> None:
        """Show the cleaned article (True) or the original with duplicates struck through."""
        self.acts.hide_duplicates.setChecked(hide)
        self.article_view.set_hide_removed(hide)
        self.panes.find_bar.refresh()

    def set_theme(self, name: str) -> None:
        """Switch to the "system", "light" or "dark" palette and remember it."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_theme(app, name)
        self.acts.themes[name].setChecked(True)
        self._settings.theme = name
        self.message_bar.recolour()

    @Slot()
    def show_about(self) -> None:
        """Help > About."""
        QMessageBox.about(self, "About Keyfacts", dialogs.about_text())

    def _update_actions(self) -> None:
        analysis = self._analysis
        has_summary = analysis is not None and bool(analysis.summary)
        self.acts.enable_for(analysis is not None, has_summary, self._analysis_runner.busy)

    # -- events ------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        """Keep the status message when a menu hovers an action without a status tip."""
        if event.type() == QEvent.Type.StatusTip and not event.tip():  # type: ignore[attr-defined]
            return True
        return super().event(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save settings and stop background work."""
        self.save_settings()
        self._analysis_runner.cancel()
        self.resummary.cancel()
        self.dating.cancel()
        super().closeEvent(event)
