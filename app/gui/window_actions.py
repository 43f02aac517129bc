"""The main window's actions, declared as data, with their menus and tool bar.

Each action is one `ActionSpec` row of `ACTIONS` (object name, text, shortcut, the window's slot,
tip, icon); `MENUS` and `TOOL_BAR` list where they appear. `WindowActions` builds them all for
one window. Shortcuts are `QKeySequence` standard keys where Qt has one.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QStyle, QToolBar, QWidget

from app.gui import icons, theme

_SP = QStyle.StandardPixmap
_KEY = QKeySequence.StandardKey
_ROLE = QAction.MenuRole
# Platforms without a binding for a standard key (no desktop theme) get the usual one.
_FALLBACK_KEYS = {
    _KEY.Open: "Ctrl+O",
    _KEY.Save: "Ctrl+S",
    _KEY.SaveAs: "Ctrl+Shift+S",
    _KEY.Quit: "Ctrl+Q",
    _KEY.Cancel: "Esc",
    _KEY.Find: "Ctrl+F",
    _KEY.FindNext: "F3",
    _KEY.FindPrevious: "Shift+F3",
    _KEY.ZoomIn: "Ctrl++",
    _KEY.ZoomOut: "Ctrl+-",
}


class Host(Protocol):
    """The window the actions belong to: its slots are found by name (`ActionSpec.slot`), so
    this names only what is called directly, not the window class (which builds the actions)."""

    def set_theme(self, name: str) -> None: ...
    def window(self) -> QWidget: ...


@dataclass(frozen=True)
class ActionSpec:
    """One action of the main window.

    Attributes:
        attribute: the `WindowActions` attribute that holds it.
        name: its object name (the contract's `actionOpen`, ... for tests and automation).
        text: the menu text, with its mnemonic.
        slot: what it triggers: a dotted path on the window (`"files.open_dialog"`) or a callable.
        shortcut: a standard key or a key sequence string, or None.
        tip: the tool and status tip, or None.
        icon: the style's standard icon, or the name of one of the app's own SVG icons
            (resources/NAME.svg), or None.
        theme_icon: a desktop theme icon name to prefer (with `icon` as the fallback), or None.
        tool_text: the short label beside its icon in the tool bar, or None.
        icon_only: the tool bar shows its icon without a label (room at 800 px wide).
        checkable: a toggle (the slot receives the new state).
        role: the menu role on macOS, or None.
    """

    attribute: str
    name: str
    text: str
    slot: str | Callable[[], Any]
    shortcut: QKeySequence.StandardKey | str | None = None
    tip: str | None = None
    icon: QStyle.StandardPixmap | str | None = None
    theme_icon: str | None = None
    tool_text: str | None = None
    icon_only: bool = False
    checkable: bool = False
    role: QAction.MenuRole | None = None


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("open", "actionOpen", "&Open…", "files.open_dialog", _KEY.Open,
               "Open an article file", _SP.SP_DialogOpenButton, tool_text="Open"),
    ActionSpec("paste", "actionPasteArticle", "&Paste as New Article", "files.paste_article",
               "Ctrl+Shift+V", "Analyse the text (or file) on the clipboard", _SP.SP_FileIcon,
               theme_icon="edit-paste", tool_text="Paste"),
    ActionSpec("cancel", "actionCancel", "Ca&ncel Analysis", "cancel_analysis", _KEY.Cancel,
               "Stop the running analysis", _SP.SP_BrowserStop),
    ActionSpec("save_markdown", "actionSaveMarkdown", "Save Summary as &Markdown…",
               "files.save_markdown_dialog", _KEY.Save,
               "Save the summary and key facts as a Markdown file", _SP.SP_DialogSaveButton),
    ActionSpec("save_json", "actionSaveJson", "Save Analysis as &JSON…", "files.save_json_dialog",
               _KEY.SaveAs, "Save the whole analysis as JSON"),
    ActionSpec("quit", "actionQuit", "&Quit", "close", _KEY.Quit, "Quit Keyfacts",
               role=_ROLE.QuitRole),
    # The desktop's copy icon where there is one (Qt's own style has none; a tick would read as
    # "checked").
    ActionSpec("copy_summary", "actionCopySummary", "Copy &Summary", "files.copy_summary",
               "Ctrl+Shift+C", "Copy the summary (plain text and formatted)",
               theme_icon="edit-copy", tool_text="Copy"),
    ActionSpec("copy_facts", "actionCopyFacts", "Copy Key &Facts", "files.copy_facts",
               "Ctrl+Shift+F", "Copy the key facts as a list"),
    ActionSpec("copy_markdown", "actionCopyMarkdown", "Copy Summary and Facts as &Markdown",
               "files.copy_markdown", "Ctrl+Shift+M",
               "Copy the summary and key facts as Markdown"),
    ActionSpec("article_date", "actionArticleDate", "Article &Date…", "dating.ask",
               tip="Set the day the article was written, to place “last Friday” or “next month”"),
    ActionSpec("find", "actionFind", "&Find in Article…", "panes.find_bar.open_bar", _KEY.Find,
               "Find text in the article"),
    ActionSpec("find_next", "actionFindNext", "Find &Next", "panes.find_bar.find_next",
               _KEY.FindNext),
    ActionSpec("find_previous", "actionFindPrevious", "Find Pre&vious",
               "panes.find_bar.find_previous", _KEY.FindPrevious),
    ActionSpec("hide_duplicates", "actionHideDuplicates", "&Hide Removed Duplicates",
               "set_hide_duplicates", "Ctrl+H",
               "Show the cleaned article without the struck-through duplicates",
               "hide-duplicates", theme_icon="format-text-strikethrough",
               tool_text="Hide duplicates", icon_only=True, checkable=True),
    ActionSpec("zoom_in", "actionZoomIn", "Zoom &In", "zoom.zoom_in", _KEY.ZoomIn,
               "Larger text in the panes"),
    ActionSpec("zoom_out", "actionZoomOut", "Zoom &Out", "zoom.zoom_out", _KEY.ZoomOut,
               "Smaller text in the panes"),
    ActionSpec("zoom_reset", "actionZoomReset", "Act&ual Size", "zoom.reset", "Ctrl+0",
               "The desktop's text size in the panes"),
    ActionSpec("focus_article", "actionFocusArticle", "Go to &Article", "article_view.setFocus",
               "Ctrl+1"),
    ActionSpec("focus_summary", "actionFocusSummary", "Go to &Summary", "summary_view.setFocus",
               "Ctrl+2"),
    ActionSpec("focus_facts", "actionFocusFacts", "Go to Key &Facts", "facts_view.setFocus",
               "Ctrl+3"),
    ActionSpec("open_sample", "actionOpenSample", "Open the &Sample Article", "open_sample",
               tip="Open the article that comes with Keyfacts"),
    ActionSpec("about", "actionAbout", "&About Keyfacts", "show_about", role=_ROLE.AboutRole),
    ActionSpec("about_qt", "actionAboutQt", "About &Qt", QApplication.aboutQt,
               role=_ROLE.AboutQtRole),
)  # fmt: skip

SEPARATOR = "-"
RECENT = "recent"  # the Open Recent submenu
THEMES = "themes"  # the Theme submenu
CONTROLS = "controls"  # the summary controls (a widget in the tool bar)

# Each menu's title and items: an ActionSpec.attribute, SEPARATOR, RECENT or THEMES.
MENUS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("&File", ("open", RECENT, "paste", SEPARATOR, "save_markdown", "save_json", SEPARATOR,
               "cancel", SEPARATOR, "quit")),
    ("&Edit", ("copy_summary", "copy_facts", "copy_markdown", SEPARATOR, "article_date",
               SEPARATOR, "find", "find_next", "find_previous")),
    ("&View", ("hide_duplicates", SEPARATOR, "zoom_in", "zoom_out", "zoom_reset", SEPARATOR,
               "focus_article", "focus_summary", "focus_facts",
               SEPARATOR, THEMES)),
    ("&Help", ("open_sample", SEPARATOR, "about", "about_qt")),
)  # fmt: skip

TOOL_BAR: tuple[str, ...] = (
    "open", "paste", SEPARATOR, CONTROLS, SEPARATOR, "copy_summary", "hide_duplicates",
)  # fmt: skip


class WindowActions:
    """Every QAction of the main window, built from `ACTIONS`; one attribute per action.

    Actions are added to the window itself too, so their shortcuts work wherever the focus is.
    """

    open: QAction
    paste: QAction
    cancel: QAction
    save_markdown: QAction
    save_json: QAction
    quit: QAction
    copy_summary: QAction
    copy_facts: QAction
    copy_markdown: QAction
    article_date: QAction
    find: QAction
    find_next: QAction
    find_previous: QAction
    hide_duplicates: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    focus_article: QAction
    focus_summary: QAction
    focus_facts: QAction
    open_sample: QAction
    about: QAction
    about_qt: QAction

    def __init__(self, host: Host) -> None:
        self._host = host
        self._window = window = host.window()
        self.by_attribute: dict[str, QAction] = {}
        for spec in ACTIONS:
            action = self._make(spec)
            self.by_attribute[spec.attribute] = action
            setattr(self, spec.attribute, action)

        self.theme_group = QActionGroup(window)
        self.themes: dict[str, QAction] = {}
        for name in theme.THEMES:
            action = QAction(name.capitalize(), window)
            action.setObjectName(f"actionTheme{name.capitalize()}")
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, n=name: host.set_theme(n))
            self.theme_group.addAction(action)
            self.themes[name] = action

    def _make(self, spec: ActionSpec) -> QAction:
        window = self._window
        action = QAction(spec.text, window)
        action.setObjectName(spec.name)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
            if isinstance(spec.shortcut, QKeySequence.StandardKey) and action.shortcut().isEmpty():
                action.setShortcut(QKeySequence(_FALLBACK_KEYS.get(spec.shortcut, "")))
        if spec.tip:
            action.setToolTip(spec.tip)
            action.setStatusTip(spec.tip)
        if isinstance(spec.icon, str):
            fallback = icons.resource_icon(spec.icon)
        elif spec.icon is not None:
            fallback = window.style().standardIcon(spec.icon)
        else:
            fallback = QIcon()
        action.setIcon(icons.themed(spec.theme_icon, fallback) if spec.theme_icon else fallback)
        if spec.icon_only:
            # Low priority: a tool bar with text beside icons shows this one's icon alone.
            action.setPriority(QAction.Priority.LowPriority)
        if spec.tool_text is not None:
            action.setIconText(spec.tool_text)
        action.setCheckable(spec.checkable)
        if spec.role is not None:
            action.setMenuRole(spec.role)
        slot = spec.slot if callable(spec.slot) else operator.attrgetter(spec.slot)(self._host)
        action.triggered.connect(slot)
        window.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    def fill_menu_bar(self, bar: QMenuBar) -> QMenu:
        """Add the menus of `MENUS`; returns the (empty) Open Recent menu."""
        recent = QMenu("Open &Recent", bar)
        recent.setObjectName("menuRecent")
        for title, items in MENUS:
            menu = bar.addMenu(title)
            for item in items:
                if item == SEPARATOR:
                    menu.addSeparator()
                elif item == RECENT:
                    menu.addMenu(recent)
                elif item == THEMES:
                    theme_menu = menu.addMenu("&Theme")
                    for action in self.themes.values():
                        theme_menu.addAction(action)
                else:
                    menu.addAction(self.by_attribute[item])
        return recent

    def tool_bar(self, controls: QWidget) -> QToolBar:
        """The main tool bar of `TOOL_BAR`, with `controls` (the summary controls) in it."""
        tool_bar = QToolBar("Main", self._window)
        tool_bar.setObjectName("mainToolBar")
        tool_bar.setMovable(False)
        tool_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for item in TOOL_BAR:
            if item == SEPARATOR:
                tool_bar.addSeparator()
            elif item == CONTROLS:
                tool_bar.addWidget(controls)
            else:
                tool_bar.addAction(self.by_attribute[item])
        return tool_bar

    def enable_for(self, has_article: bool, has_summary: bool, busy: bool) -> None:
        """Enable what applies to the window's state: the copy, save and date commands when an
        article is shown (copying the summary only when it has one: a page of lists and tables
        has none, and an empty text is no copy), Cancel while an analysis runs."""
        self.copy_summary.setEnabled(has_summary)
        for action in (
            self.copy_facts,
            self.copy_markdown,
            self.save_markdown,
            self.save_json,
            self.article_date,
        ):
            action.setEnabled(has_article)
        self.cancel.setEnabled(busy)
