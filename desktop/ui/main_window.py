"""Placeholder until the reading window lands: shows the library's articles."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QMainWindow

from desktop.store.db import Library


class MainWindow(QMainWindow):
    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.setWindowTitle(f"{library.path.stem} — Glossa")
        listing = QListWidget(self)
        for row in library.db.execute_sql("SELECT title FROM article ORDER BY id"):
            listing.addItem(row[0])
        self.setCentralWidget(listing)
        self.resize(900, 600)
