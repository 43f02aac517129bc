"""Icons: the app's own SVG (a plain file read with importlib.resources) and themed fallbacks."""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtGui import QIcon


@cache
def resource_icon(name: str) -> QIcon:
    """One of the app's own SVG icons: resources/NAME.svg."""
    svg = resources.files("app.resources") / f"{name}.svg"
    # In a checkout or an installed wheel the resource is a real file; Qt wants a path.
    with resources.as_file(svg) as path:
        return QIcon(str(path))


def app_icon() -> QIcon:
    """The Keyfacts icon (resources/keyfacts.svg)."""
    return resource_icon("keyfacts")


def themed(name: str, fallback: QIcon) -> QIcon:
    """The desktop theme's icon `name` where there is one, else `fallback`."""
    return QIcon.fromTheme(name, fallback)
