"""Composition root: builds the QApplication, opens the library and shows the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from . import APP_NAME, __version__
from .store.db import LibraryError


def run(path: Path, seed_demo: bool) -> int:
    from .cli import open_library_seeded
    from .ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    try:
        library = open_library_seeded(path, seed_demo)
    except LibraryError as error:
        QMessageBox.critical(None, APP_NAME, f"Glossa cannot open the library.\n\n{error}")
        return 2
    window = MainWindow(library)
    window.show()
    try:
        return app.exec()
    finally:
        library.close()
