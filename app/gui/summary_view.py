"""The summary pane: the summary sentences, each a link that jumps to it in the article.

Sentences of one source paragraph share a paragraph here too (as in the copied summary), so a
quoted passage of several sentences reads as one. Each sentence is its own anchor, so it can be
clicked, or reached with Tab and activated with Enter. `toPlainText()` gives the sentences
verbatim.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QUrl, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.core.document import Sentence, by_paragraph

# Rendering thousands of sentences would block the UI thread; a summary that long is not one.
MAX_SHOWN = 300
_SCHEME = "sentence"
WAITING = "The summary appears here."
# An analysed article with no sentence a summary can take: every line is a list or table row, a
# heading, a scrap or page furniture (`summarize.default._prose`).
NOTHING_TO_SUMMARISE = (
    "No summary: this article has no sentences of prose to choose from, only lists, tables, "
    "headings or page furniture. The article pane shows all of it."
)


class SummaryView(QTextBrowser):
    """The summary, sentence by sentence.

    Object name: ``summaryView``.

    Signals:
        sentenceActivated(int): the index (in the document) of the sentence clicked or activated.
    """

    sentenceActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryView")
        self.setAccessibleName("Summary")
        self.setAccessibleDescription("Summary sentences; activate one to show it in the article")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAcceptDrops(False)
        self.setTabChangesFocus(False)
        self.setPlaceholderText(WAITING)
        self.document().setDocumentMargin(10)
        self.anchorClicked.connect(self._on_anchor)
        self._sentences: tuple[Sentence, ...] = ()
        self._empty = False  # an analysed article gave no summary

    def show_summary(self, sentences: tuple[Sentence, ...]) -> None:
        """Show these sentences (in article order); none says why there is no summary."""
        self._sentences = sentences
        self._empty = not sentences
        self._render()

    def empty_message(self) -> str:
        """What the pane says instead of a summary ("" while it shows one or waits)."""
        return NOTHING_TO_SUMMARISE if self._empty else ""

    def sentences(self) -> tuple[Sentence, ...]:
        """The sentences shown."""
        return self._sentences

    def _render(self) -> None:
        if not self._sentences:
            self.clear()
            if self._empty:  # wrapped like text, which a placeholder is not
                grey = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
                self.setHtml(
                    f'<p style="color:{grey}"><i>{html.escape(NOTHING_TO_SUMMARISE)}</i></p>'
                )
            return
        text_colour = self.palette().color(QPalette.ColorRole.Text).name()
        parts = [
            '<p style="margin-bottom:8px; white-space:pre-wrap">'
            + " ".join(_link(sentence, text_colour) for sentence in group)
            + "</p>"
            for group in by_paragraph(self._sentences[:MAX_SHOWN])
        ]
        hidden = len(self._sentences) - MAX_SHOWN
        if hidden > 0:
            parts.append(
                f"<p><i>… and {hidden:,} more sentences (copy or save to get them all)</i></p>"
            )
        self.setHtml("".join(parts))

    @Slot(QUrl)
    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == _SCHEME and url.path().isdigit():
            self.sentenceActivated.emit(int(url.path()))

    def changeEvent(self, event: QEvent) -> None:
        """Re-render with the new text colour when the palette changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and (self._sentences or self._empty):
            self._render()


def _link(sentence: Sentence, colour: str) -> str:
    """One sentence as a link to its place in the article."""
    return (
        f'<a href="{_SCHEME}:{sentence.index}" style="color:{colour}; text-decoration:none">'
        f"{html.escape(sentence.text, quote=False)}</a>"
    )
