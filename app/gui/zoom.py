"""Text size of the three panes: View > Zoom In / Zoom Out / Actual Size (Ctrl++, Ctrl+-, Ctrl+0).

The step is in points above or below each pane's own font (the desktop's), the same for all
three, kept between `MIN_STEP` and `MAX_STEP` and remembered between sessions.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

MIN_STEP = -4
MAX_STEP = 16


class TextZoom:
    """Applies a zoom step to `widgets` (their fonts as given are step 0)."""

    def __init__(self, widgets: Sequence[QWidget]) -> None:
        self._widgets = list(widgets)
        self._base = [widget.font().pointSizeF() for widget in self._widgets]
        self._step = 0

    @property
    def step(self) -> int:
        return self._step

    def set_step(self, step: int) -> int:
        """Zoom to `step` (clamped); returns the step applied."""
        step = max(MIN_STEP, min(MAX_STEP, int(step)))
        if step == self._step:
            return step
        self._step = step
        for widget, base in zip(self._widgets, self._base, strict=True):
            font = widget.font()
            font.setPointSizeF(max(4.0, base + step))
            widget.setFont(font)
        return step

    def zoom_in(self) -> int:
        return self.set_step(self._step + 1)

    def zoom_out(self) -> int:
        return self.set_step(self._step - 1)

    def reset(self) -> int:
        return self.set_step(0)
