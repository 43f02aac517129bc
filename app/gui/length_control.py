"""The summary controls: method chooser and a length slider in sentences or percent of the article.

`lengthChanged` fires on every slider step (the summary follows live); the window coalesces the
requests so only one re-summary runs at a time.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSlider, QWidget

from app.core.options import SummaryLength

UNITS = ("sentences", "percent")
_MAX_SENTENCES = 40


class LengthControl(QWidget):
    """Method combo box, unit combo box, slider and a label saying the current length.

    Signals:
        lengthChanged(object): the new `SummaryLength`, on every slider step or unit change.
        methodChanged(str): the new method name.
    """

    lengthChanged = Signal(object)
    methodChanged = Signal(str)

    def __init__(self, methods: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        """Args:
        methods: (name, description) of every summarisation method, default first.
        parent: the parent widget.
        """
        super().__init__(parent)
        self._sentence_total = 0
        self._auto = True

        self.method_box = QComboBox(self)
        self.method_box.setObjectName("methodBox")
        self.method_box.setAccessibleName("Summary method")
        for index, (name, description) in enumerate(methods):
            self.method_box.addItem(name, name)
            self.method_box.setItemData(index, description, Qt.ItemDataRole.ToolTipRole)
        self.method_box.setToolTip("How the summary sentences are chosen")
        method_label = QLabel("&Method:", self)
        method_label.setBuddy(self.method_box)

        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setObjectName("lengthSlider")
        self.slider.setAccessibleName("Summary length")
        self.slider.setMinimumWidth(80)  # the tool bar fits the first window on an 800 px screen
        self.slider.setTracking(True)
        self.slider.setPageStep(5)
        length_label = QLabel("&Length:", self)
        length_label.setBuddy(self.slider)

        self.unit_box = QComboBox(self)
        self.unit_box.setObjectName("lengthUnitBox")
        self.unit_box.setAccessibleName("Summary length unit")
        self.unit_box.addItem("sentences", "sentences")
        self.unit_box.addItem("% of article", "percent")

        self.value_label = QLabel(self)
        self.value_label.setObjectName("lengthLabel")
        widest = f"{_MAX_SENTENCES} of 9999"  # a sentence count; a percentage is shorter
        self.value_label.setMinimumWidth(self.fontMetrics().horizontalAdvance(widest))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(6)
        layout.addWidget(method_label)
        layout.addWidget(self.method_box)
        layout.addSpacing(6)
        layout.addWidget(length_label)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.value_label)
        layout.addWidget(self.unit_box)

        self._set_range()
        self._update_label()
        self.slider.valueChanged.connect(self._on_slider)
        self.unit_box.currentIndexChanged.connect(self._on_unit)
        self.method_box.currentIndexChanged.connect(self._on_method)

    # -- state -------------------------------------------------------------------------------

    def method(self) -> str:
        """The chosen method name."""
        return str(self.method_box.currentData())

    def set_method(self, name: str) -> None:
        """Choose a method without emitting `methodChanged` (unknown names are ignored)."""
        index = self.method_box.findData(name)
        if index >= 0:
            with QSignalBlocker(self.method_box):
                self.method_box.setCurrentIndex(index)

    def unit(self) -> str:
        """ "sentences" or "percent"."""
        return str(self.unit_box.currentData())

    def length(self) -> SummaryLength:
        """The chosen length; automatic (the app's own choice) until the user moves the slider."""
        if self._auto:
            return SummaryLength()
        if self.unit() == "percent":
            return SummaryLength(ratio=self.slider.value() / 100)
        return SummaryLength(sentences=self.slider.value())

    def carried_length(self) -> SummaryLength:
        """The length a newly opened article gets (and the one saved for the next session).

        A percentage is relative, so it carries over. A sentence count was chosen for the
        article on screen ("13 of 13" means "all of it" there, not "13" elsewhere), so the next
        article gets the automatic length.
        """
        length = self.length()
        return length if length.ratio is not None else SummaryLength()

    def set_length(self, length: SummaryLength) -> None:
        """Show `length` without emitting `lengthChanged`."""
        self._auto = length.sentences is None and length.ratio is None
        unit = "percent" if length.ratio is not None else "sentences"
        with QSignalBlocker(self.unit_box):
            self.unit_box.setCurrentIndex(self.unit_box.findData(unit))
        self._set_range()
        if length.ratio is not None:
            self._set_value(round(length.ratio * 100))
        elif length.sentences is not None:
            self._set_value(length.sentences)
        self._update_label()

    def set_article(self, sentence_total: int, summary_size: int) -> None:
        """Fit the slider to an article of `sentence_total` sentences; show the actual size."""
        self._sentence_total = sentence_total
        self._set_range()
        if self._auto and self.unit() == "sentences":
            self._set_value(summary_size)
        self._update_label(summary_size)

    def show_summary_size(self, summary_size: int) -> None:
        """Update the label with the summary's actual number of sentences."""
        self._update_label(summary_size)

    # -- internals ---------------------------------------------------------------------------

    def _set_range(self) -> None:
        with QSignalBlocker(self.slider):
            if self.unit() == "percent":
                self.slider.setRange(1, 100)
                self.slider.setPageStep(10)
            else:
                top = min(self._sentence_total, _MAX_SENTENCES) if self._sentence_total else 10
                self.slider.setRange(1, max(1, top))
                self.slider.setPageStep(3)

    def _set_value(self, value: int) -> None:
        with QSignalBlocker(self.slider):
            self.slider.setValue(value)

    def _update_label(self, summary_size: int | None = None) -> None:
        if self._auto and not self._sentence_total and summary_size is None:
            text = "auto"  # before the first article: its length will choose (not "1")
        elif self.unit() == "percent" and not self._auto:
            text = f"{self.slider.value()} %"
        else:
            shown = summary_size if summary_size is not None else self.slider.value()
            text = f"{shown} of {self._sentence_total}" if self._sentence_total else f"{shown}"
        self.value_label.setText(text)
        self.slider.setAccessibleDescription(text)

    @Slot(int)
    def _on_slider(self, _value: int) -> None:
        self._auto = False
        self._update_label()
        self.lengthChanged.emit(self.length())

    @Slot(int)
    def _on_unit(self, _index: int) -> None:
        current = self.slider.value()
        total = max(1, self._sentence_total)
        self._auto = False
        self._set_range()
        # Keep roughly the same summary size across the switch.
        if self.unit() == "percent":
            self._set_value(max(1, min(100, round(100 * current / total))))
        else:
            self._set_value(max(1, round(self.slider.value() * total / 100)))
        self._update_label()
        self.lengthChanged.emit(self.length())

    @Slot(int)
    def _on_method(self, _index: int) -> None:
        self.methodChanged.emit(self.method())
