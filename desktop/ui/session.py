"""The open library on the Qt side: one object owns it and says when another opens.

The application opens a library through `set_library`; the panels are wired to
`library_changed` (the main window does the wiring), so nobody fans a new library out by hand.
`library_closing` comes first, while the old library is still the open one: unsaved edits go
into it then.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.store.db import Library


class Session(QObject):
    library_closing = Signal()  # the open library is about to be replaced
    library_changed = Signal(object)  # Library: the one now open

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library

    def set_library(self, library: Library) -> None:
        """Open `library` in every panel (also the one open already: the panels fill themselves
        from it as they do for a new one)."""
        self.library_closing.emit()
        self.library = library
        self.library_changed.emit(library)
