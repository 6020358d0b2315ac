"""Switching the theme while the window is open: every part follows, none keeps the old colours."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from desktop.app import Glossa, dark_palette, light_palette
from tests.ui.conftest import select_thread_article

BASE, WINDOW, TEXT = QPalette.ColorRole.Base, QPalette.ColorRole.Window, QPalette.ColorRole.Text


def test_every_part_follows_a_theme_switch(qtbot, seeded, settings) -> None:
    glossa = Glossa(QApplication.instance(), seeded, settings)
    window = glossa.window
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    select_thread_article(window)
    parts = {"sidebar": window.sidebar.tree, "menu bar": window.menuBar(), "list": window.article_table,
             "article": window.reader.article_view, "comments": window.reader.comment_tree}
    stale = []
    try:
        for theme, palette in (("dark", dark_palette()), ("light", light_palette()), ("dark", dark_palette())):
            glossa.set_theme(theme)
            QApplication.processEvents()
            stale += [(theme, name, role.name) for name, widget in parts.items() for role in (BASE, WINDOW, TEXT)
                      if widget.palette().color(role) != palette.color(role)]
            html = window.reader.article_view.document().toHtml()
            stale += [(theme, "article", color) for color in _literal_colors(theme) if color in html]
    finally:
        glossa.set_theme("system")
    assert stale == [], "; ".join(map(str, stale))


def _literal_colors(theme: str) -> list[str]:
    """The other theme's text colours: an article re-rendered for `theme` holds none of them."""
    other = light_palette() if theme == "dark" else dark_palette()
    return [other.color(role).name() for role in (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Text)]
