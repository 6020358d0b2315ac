"""Composition root: builds the QApplication, settings, library and main window, and wires them."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QStyleFactory

from desktop import APP_NAME, __version__
from desktop.cli import open_library_seeded
from desktop.store.db import Library, LibraryError
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    colors = {
        roles.Window: "#232629", roles.WindowText: "#e6e6e6", roles.Base: "#1b1e20",
        roles.AlternateBase: "#24282b", roles.ToolTipBase: "#31363b", roles.ToolTipText: "#eff0f1",
        roles.Text: "#e6e6e6", roles.Button: "#2d3136", roles.ButtonText: "#e6e6e6",
        roles.BrightText: "#ffffff", roles.Highlight: "#2f6ea5", roles.HighlightedText: "#ffffff",
        roles.Link: "#5eaaf0", roles.LinkVisited: "#b08ee6", roles.PlaceholderText: "#8c9298",
        roles.Mid: "#3a3f44", roles.Midlight: "#34393e", roles.Dark: "#141618", roles.Shadow: "#0b0c0d",
        roles.Light: "#41474d",
    }
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7f85"))
    return palette


def light_palette() -> QPalette:
    palette = QStyleFactory.create("Fusion").standardPalette()
    palette.setColor(QPalette.ColorRole.Link, QColor("#1f5fa8"))
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    """Fusion with our palettes for an explicit choice; the platform's look for "system"."""
    if theme in ("light", "dark"):
        app.setStyle("Fusion")
        app.setPalette(dark_palette() if theme == "dark" else light_palette())
    else:
        app.setPalette(app.style().standardPalette())


class Glossa:
    """Holds the open library and the window; switches libraries on request."""

    def __init__(self, app: QApplication, library: Library, settings: Settings) -> None:
        self.app = app
        self.library = library
        self.settings = settings
        self.window = MainWindow(library, settings)
        self.window.library_requested.connect(self.switch_library)
        self.window.theme_requested.connect(self.set_theme)

    def switch_library(self, path: str, create: bool) -> None:
        target = Path(path)
        if not create and not target.exists():
            QMessageBox.warning(self.window, APP_NAME, f"There is no library at {path}.")
            return
        if create and target.exists():
            target.unlink()  # the save dialog already asked before replacing it
        if self.window.importer.running:
            QMessageBox.information(self.window, APP_NAME, "Wait for the import to finish first.")
            return
        self.window.save_state()
        old = self.library
        try:
            new = Library.open(target)
        except LibraryError as error:
            QMessageBox.critical(self.window, APP_NAME, f"Glossa cannot open that library.\n\n{error}")
            return
        old.close()
        self.library = new
        self.window.set_library(new)

    def set_theme(self, theme: str) -> None:
        self.settings.theme = theme
        apply_theme(self.app, theme)
        for name, action in self.window.theme_actions.items():
            action.setChecked(name == theme)
        self.window.reader.show_article(self.window.reader.article_id)  # re-render with the new palette


def make_app() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app


def run(path: Path, seed_demo: bool) -> int:
    app = make_app()
    settings = Settings()
    apply_theme(app, settings.theme)
    try:
        library = open_library_seeded(path, seed_demo)
    except LibraryError as error:
        QMessageBox.critical(None, APP_NAME, f"Glossa cannot open the library.\n\n{error}")
        return 2
    glossa = Glossa(app, library, settings)
    glossa.window.show()
    try:
        return app.exec()
    finally:
        glossa.library.close()
