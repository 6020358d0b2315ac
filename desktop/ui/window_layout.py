"""The main window's layout across starts: its geometry, docks and splitters and the article
list's header, kept in the settings under versioned keys (`window/v2/...`: a layout of another
shape is not carried into this one), the panes in proportion to the window on a first start, and
the reading font the settings ask for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class WindowLayout:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.restored = False  # a saved layout was restored: the first showing keeps it

    def lay_out_default(self) -> None:
        """Panel sizes in proportion to the window: a narrow sidebar and right column, the rest
        to the list and the reader, the reader taller than the list."""
        w = self.window
        width, height = w.width(), w.height()
        sidebar = max(165, min(220, width * 16 // 100))
        w.main_splitter.setSizes([sidebar, width - sidebar])
        listing = max(170, min(320, height * 28 // 100))
        w.reading_splitter.setSizes([listing, height - listing])
        w.resizeDocks([w.annotations_dock], [max(220, min(320, width * 21 // 100))], Qt.Orientation.Horizontal)
        w.resizeDocks([w.annotations_dock, w.notes_dock], [2, 3], Qt.Orientation.Vertical)

    def restore(self) -> None:
        w, s = self.window, self.window.settings
        self.restored = not s.main_splitter.isEmpty()
        if not s.window_geometry.isEmpty():
            w.restoreGeometry(s.window_geometry)
        if not s.window_state.isEmpty():
            w.restoreState(s.window_state)
        if not s.main_splitter.isEmpty():
            w.main_splitter.restoreState(s.main_splitter)
        if not s.reading_splitter.isEmpty():
            w.reading_splitter.restoreState(s.reading_splitter)
        w.article_list.restore_state()

    def restore_reader(self) -> None:
        """The reader's own layout and font, once it is built (after the first paint)."""
        w, s = self.window, self.window.settings
        if not s.reader_splitter.isEmpty():
            w.reader.splitter.restoreState(s.reader_splitter)
        if s.reading_font_size:
            self.apply_reading_font()

    def apply_reading_font(self) -> None:
        """The article and the comments in the chosen size; 0 follows the system font."""
        reader = self.window.reader
        size = self.window.settings.reading_font_size
        font = QApplication.font()
        if size > 0:
            font.setPointSize(size)
        for widget in (reader.article_view, reader.comment_tree):
            widget.setFont(font)
        reader.comment_tree.comment_delegate.clear_cache()
        reader.comment_tree.scheduleDelayedItemsLayout()
        if reader.detail is not None:
            reader.refresh_annotations()

    def fit_to_screen(self) -> None:
        """On a first start, a screen smaller than the default size gets a window that fits it
        (a saved geometry is restored by Qt within the screen already)."""
        w = self.window
        if w.settings.window_geometry.isEmpty():
            w.resize(w.size().boundedTo(w.screen().availableGeometry().size()))

    def shown(self) -> None:
        if not self.restored:  # a first start: the panes in proportion to the size shown
            self.restored = True
            self.lay_out_default()

    def save(self) -> None:
        w, s = self.window, self.window.settings
        s.window_state = w.saveState()
        s.window_geometry = w.saveGeometry()
        s.main_splitter = w.main_splitter.saveState()
        s.reading_splitter = w.reading_splitter.saveState()
        if w.built:  # else the reader's layout stays as it was saved
            s.reader_splitter = w.reader.splitter.saveState()
        w.article_list.save_state()
