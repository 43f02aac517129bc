"""The main window's actions (with their standard shortcuts), its menus and its tool bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QStyle, QToolBar, QWidget

from app.gui import icons, theme

if TYPE_CHECKING:
    from app.gui.main_window import MainWindow

_SP = QStyle.StandardPixmap
_KEY = QKeySequence.StandardKey
_FALLBACK_KEYS = {
    _KEY.Open: "Ctrl+O",
    _KEY.Save: "Ctrl+S",
    _KEY.SaveAs: "Ctrl+Shift+S",
    _KEY.Quit: "Ctrl+Q",
    _KEY.Cancel: "Esc",
}


class WindowActions:
    """Every QAction of the main window; object names are the contract's (``actionOpen``, ...).

    Actions are added to the window itself too, so their shortcuts work wherever the focus is.
    """

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        w = window
        self.open = self._make(
            "actionOpen", "&Open…", w.files.open_dialog, _KEY.Open,
            "Open an article file", _SP.SP_DialogOpenButton,
        )  # fmt: skip
        self.paste = self._make(
            "actionPasteArticle", "&Paste as New Article", w.files.paste_article, "Ctrl+Shift+V",
            "Analyse the text (or file) on the clipboard",
        )  # fmt: skip
        self.paste.setIcon(icons.themed("edit-paste", w.style().standardIcon(_SP.SP_FileIcon)))
        self.cancel = self._make(
            "actionCancel", "Ca&ncel Analysis", w.cancel_analysis, _KEY.Cancel,
            "Stop the running analysis", _SP.SP_BrowserStop,
        )  # fmt: skip
        self.save_markdown = self._make(
            "actionSaveMarkdown", "Save Summary as &Markdown…", w.files.save_markdown_dialog,
            _KEY.Save, "Save the summary and key facts as a Markdown file",
            _SP.SP_DialogSaveButton,
        )  # fmt: skip
        self.save_json = self._make(
            "actionSaveJson", "Save Analysis as &JSON…", w.files.save_json_dialog, _KEY.SaveAs,
            "Save the whole analysis as JSON",
        )  # fmt: skip
        self.quit = self._make("actionQuit", "&Quit", w.close, _KEY.Quit, "Quit Keyfacts")
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.copy_summary = self._make(
            "actionCopySummary", "Copy &Summary", w.files.copy_summary, "Ctrl+Shift+C",
            "Copy the summary (plain text and formatted)",
        )  # fmt: skip
        # The desktop's copy icon where there is one (Qt's own style has none; a tick would
        # read as "checked").
        self.copy_summary.setIcon(icons.themed("edit-copy", QIcon()))
        self.copy_facts = self._make(
            "actionCopyFacts", "Copy Key &Facts", w.files.copy_facts, "Ctrl+Shift+F",
            "Copy the key facts as a list",
        )  # fmt: skip
        self.copy_markdown = self._make(
            "actionCopyMarkdown", "Copy Summary and Facts as &Markdown", w.files.copy_markdown,
            "Ctrl+Shift+M", "Copy the summary and key facts as Markdown",
        )  # fmt: skip
        self.hide_duplicates = self._make(
            "actionHideDuplicates", "&Hide Removed Duplicates", w.set_hide_duplicates,
            "Ctrl+H", "Show the cleaned article without the struck-through duplicates",
        )  # fmt: skip
        self.hide_duplicates.setCheckable(True)
        self.focus_article = self._make(
            "actionFocusArticle", "Go to &Article", w.article_view.setFocus, "Ctrl+1"
        )
        self.focus_summary = self._make(
            "actionFocusSummary", "Go to &Summary", w.summary_view.setFocus, "Ctrl+2"
        )
        self.focus_facts = self._make(
            "actionFocusFacts", "Go to Key &Facts", w.facts_view.setFocus, "Ctrl+3"
        )
        self.open_sample = self._make(
            "actionOpenSample", "Open the &Sample Article", w.open_sample,
            tip="Open the article that comes with Keyfacts",
        )  # fmt: skip
        self.about = self._make("actionAbout", "&About Keyfacts", w.show_about)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt = self._make("actionAboutQt", "About &Qt", QApplication.aboutQt)
        self.about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)

        self.theme_group = QActionGroup(w)
        self.themes: dict[str, QAction] = {}
        for name in theme.THEMES:
            action = QAction(name.capitalize(), w)
            action.setObjectName(f"actionTheme{name.capitalize()}")
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, n=name: w.set_theme(n))
            self.theme_group.addAction(action)
            self.themes[name] = action

    def _make(
        self,
        name: str,
        text: str,
        slot: Callable[..., Any],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str | None = None,
        icon: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        window = self._window
        action = QAction(text, window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        if icon is not None:
            action.setIcon(window.style().standardIcon(icon))
        action.triggered.connect(slot)
        if isinstance(shortcut, QKeySequence.StandardKey) and action.shortcut().isEmpty():
            # Platforms without a binding for a standard key (no desktop theme) get the usual one.
            action.setShortcut(QKeySequence(_FALLBACK_KEYS.get(shortcut, "")))
        window.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    def fill_menu_bar(self, bar: QMenuBar) -> QMenu:
        """Add File, Edit, View and Help; returns the (empty) Open Recent menu."""
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.open)
        recent = QMenu("Open &Recent", bar)
        recent.setObjectName("menuRecent")
        file_menu.addMenu(recent)
        file_menu.addAction(self.paste)
        file_menu.addSeparator()
        file_menu.addAction(self.save_markdown)
        file_menu.addAction(self.save_json)
        file_menu.addSeparator()
        file_menu.addAction(self.cancel)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)

        edit_menu = bar.addMenu("&Edit")
        for action in (self.copy_summary, self.copy_facts, self.copy_markdown):
            edit_menu.addAction(action)

        view_menu = bar.addMenu("&View")
        view_menu.addAction(self.hide_duplicates)
        view_menu.addSeparator()
        for action in (self.focus_article, self.focus_summary, self.focus_facts):
            view_menu.addAction(action)
        view_menu.addSeparator()
        theme_menu = view_menu.addMenu("&Theme")
        for action in self.themes.values():
            theme_menu.addAction(action)

        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.open_sample)
        help_menu.addSeparator()
        help_menu.addAction(self.about)
        help_menu.addAction(self.about_qt)
        return recent

    def tool_bar(self, controls: QWidget) -> QToolBar:
        """The main tool bar: open and paste, the summary controls, copy and hide duplicates."""
        tool_bar = QToolBar("Main", self._window)
        tool_bar.setObjectName("mainToolBar")
        tool_bar.setMovable(False)
        tool_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # Short labels beside the icons; the menus keep the full names.
        for action, label in (
            (self.open, "Open"),
            (self.paste, "Paste"),
            (self.copy_summary, "Copy summary"),
            (self.hide_duplicates, "Hide duplicates"),
        ):
            action.setIconText(label)
        tool_bar.addAction(self.open)
        tool_bar.addAction(self.paste)
        tool_bar.addSeparator()
        tool_bar.addWidget(controls)
        tool_bar.addSeparator()
        tool_bar.addAction(self.copy_summary)
        tool_bar.addAction(self.hide_duplicates)
        return tool_bar
