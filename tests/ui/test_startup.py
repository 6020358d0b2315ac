"""What the window does before its first paint: no work twice, nothing it does not need yet."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, Qt

from desktop.store import reading
from desktop.store.db import Library
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, ...]]:
    """The arguments (but the database) of every read of the list's article ids from now on."""
    reads: list[tuple[object, ...]] = []
    real = reading.article_ids

    def counted(*args: object) -> list[int]:
        reads.append(args[1:])
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(reading, "article_ids", counted)
    return reads


def test_the_article_ids_are_read_once_when_the_window_opens(
    qtbot, seeded: Library, settings: Settings, calls: list[tuple[object, ...]]
) -> None:
    settings.sort_column, settings.sort_descending = "title", False  # a sort restored from last time
    window = MainWindow(seeded, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert calls == [("all", "title", False, "")]
    titles = [window.article_model.article(row).title for row in range(window.article_model.rowCount())]
    assert titles == sorted(titles, key=str.casefold)
    # A click on a column's header afterwards reads them again, once, in the new order.
    header = window.article_table.horizontalHeader()
    center = QPoint(header.sectionViewportPosition(2) + header.sectionSize(2) // 2, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert calls[1:] == [("all", "comments", False, "")]


def test_charts_load_when_first_shown_not_at_start_up() -> None:
    # QtCharts takes tens of milliseconds to load; the window shows no chart until asked.
    probe = "import sys, desktop.app; print('PySide6.QtCharts' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True)
    assert result.stdout.strip() == "False", result.stderr


def _places(window: MainWindow) -> list[object]:
    """Where the frame's parts are: what must not move when the panels come."""
    parts = (window.menuBar(), window.middle_tabs, window.middle_tabs.tabBar(), window.reader_stack,
             window.notes_dock, window.annotations_dock, window.main_splitter.widget(0), window.article_table,
             window.statusBar())
    return [part.geometry() for part in parts] + [window.middle_tabs.tabText(i) for i in range(2)]


class _FirstPaint(QObject):
    """The frame's places as the window's first paint shows them."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.places: list[object] = []
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.places:
            assert not self.window.built
            self.places = _places(self.window)
        return False


def test_a_quick_start_paints_the_list_first_and_builds_the_rest_in_place(
    qtbot, seeded: Library, settings: Settings, calls: list[tuple[object, ...]]
) -> None:
    settings.set_last_article(seeded.location, 2)  # not the list's first choice
    # A saved layout of the built window, as a returning user has it.
    first = MainWindow(seeded, settings)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.main_splitter.setSizes([200, 1000])
    first.close()
    again = MainWindow(seeded, settings)  # the layout as the window built at once restores it
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    built_places = _places(again)
    again.close()
    calls.clear()

    window = MainWindow(seeded, settings, quick_start=True)
    qtbot.addWidget(window)
    ran: list[bool] = []
    window.when_built(lambda: ran.append(window.reader.article_id == 2))
    assert not window.built and not hasattr(window, "reader")
    assert window.article_list.current_article_id() == 2  # current in the first paint already
    assert window.article_model.rowCount() > 0
    assert [a.text() for a in window.menuBar().actions()] == [a.text() for a in first.menuBar().actions()]
    painted = _FirstPaint(window)
    window.show()
    qtbot.waitUntil(lambda: window.built)
    frame_places = painted.places
    assert ran == [True]
    assert window.reader.article_id == 2
    assert window.reader_stack.currentWidget() is window.reader
    assert window.middle_tabs.widget(1) is window.search_panel
    assert window.main_splitter.widget(0) is window.sidebar
    assert _places(window) == frame_places == built_places  # nothing moved when the panels came
    assert calls == [("all", "imported", True, "")]  # the list read once, for the first paint
    assert all(menu.menu() is not None and menu.menu().actions() for menu in window.menuBar().actions())


def test_a_window_quit_before_its_panels_were_built_keeps_the_saved_layout(
    qtbot, seeded: Library, settings: Settings
) -> None:
    settings.reader_splitter = QByteArray(b"kept")
    window = MainWindow(seeded, settings, quick_start=True)
    qtbot.addWidget(window)
    window.save_state()
    window.wait_for_background()
    assert bytes(settings.reader_splitter.data()) == b"kept"


def test_the_window_starts_without_the_reader_and_its_figures() -> None:
    # Loaded after the first paint: the sidebar, the reader, the profile, search, the figures.
    later = ("desktop.ui.reader_panel", "desktop.ui.sidebar", "desktop.store.authors", "desktop.ui.comment_view",
             "desktop.ui.author_profile", "desktop.ui.search_panel", "desktop.store.metrics", "desktop.ui.note_editor")
    probe = f"import sys, desktop.cli, desktop.app; print([m for m in {later!r} if m in sys.modules])"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True)
    assert result.stdout.strip() == "[]", result.stderr


def test_a_quick_start_on_an_empty_library(qtbot, library: Library, settings: Settings) -> None:
    window = MainWindow(library, settings, quick_start=True)
    qtbot.addWidget(window)
    assert window.article_model.rowCount() == 0
    window.show()
    qtbot.waitUntil(lambda: window.built)
    assert window.reader.article_id is None


def test_the_library_cares_wait_for_the_whole_window(
    qtbot, seeded: Library, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The daily backup, the deferred check and the sync-folder warning start once every panel is built."""
    from PySide6.QtWidgets import QApplication

    from desktop.app import Glossa

    opened: list[bool] = []
    monkeypatch.setattr(Glossa, "after_open", lambda self: opened.append(self.window.built))
    glossa = Glossa(QApplication.instance(), seeded, settings, quick_start=True)
    qtbot.addWidget(glossa.window)
    assert opened == []
    glossa.window.show()
    qtbot.waitUntil(lambda: bool(opened))
    assert opened == [True]
    glossa.window.wait_for_background()
    glossa.close_library()


def test_a_window_nothing_paints_builds_its_panels_anyway(qtbot, seeded: Library, settings: Settings) -> None:
    window = MainWindow(seeded, settings, quick_start=True)
    qtbot.addWidget(window)
    window.setUpdatesEnabled(False)  # as minimized or on another desktop: no paint comes
    window.show()
    qtbot.waitUntil(lambda: window.built, timeout=5000)
    window.setUpdatesEnabled(True)
    assert window.reader.article_id is not None
