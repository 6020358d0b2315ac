"""Opening a search hit shows the match: the words marked in the comment, the first in sight in
a long one; the results and the thread name a commenter the same way."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.ingest.importer import import_paths
from desktop.store.db import Library
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings

PARAGRAPHS = [f"Paragraph {n} of a long comment that goes on about the weather and the harbour." for n in range(50)]
PARAGRAPHS[41] = "Here the zeppelin finally appears, in paragraph forty-one."


@pytest.fixture
def long_window(qtbot, library: Library, settings: Settings, tmp_path: Path) -> MainWindow:
    lines = ["A long comment thread", "", "The article's own text.", "",
             "  1. long Offline long", "    long (Long Writer) 1 January 2023 10:00",
             *(f"    {p}" for p in PARAGRAPHS),
             "  2. short Offline short", "    short 2 January 2023 10:00", "    A short reply about a zeppelin."]
    page = tmp_path / "long.txt"
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    import_paths(library, [page])
    window = MainWindow(library, settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def _search(qtbot, window: MainWindow, text: str):
    panel = window.search_panel
    window.commands.search_action.trigger()
    qtbot.keyClicks(panel.search_box, text)
    qtbot.waitUntil(lambda: panel.model.hit_count() > 0 and not panel.is_searching(), timeout=5000)
    return next(h for group in panel.model.groups for h in group.hits if h.author == "long")


def test_a_hit_marks_its_words_and_scrolls_to_the_first(qtbot, long_window: MainWindow) -> None:
    window = long_window
    hit = _search(qtbot, window, "zeppelin")
    window.search_panel.hit_activated.emit(hit.article_id, hit.comment_id)
    tree = window.reader.comment_tree
    node = tree.current_node()
    assert node is not None and node.comment.id == hit.comment_id
    [(start, end)] = window.reader.comment_model.search_marks[hit.comment_id]
    assert node.comment.body[start:end] == "zeppelin"
    index = tree.currentIndex()

    def match_in_sight() -> bool:
        top = tree.visualRect(index).top() + tree.comment_delegate.text_top(node, start)
        return 0 <= top < tree.viewport().height() - tree.fontMetrics().height()

    qtbot.waitUntil(match_in_sight, timeout=3000)
    assert tree.visualRect(index).top() < 0  # paragraph 41 of 50: the card's top is scrolled past
    # The next hit opened takes the marks with it.
    short = next(n for n in window.reader.comment_model.nodes if n.comment.handle == "short")
    window.search_panel.hit_activated.emit(hit.article_id, short.comment.id)
    assert list(window.reader.comment_model.search_marks) == [short.comment.id]


def test_results_and_thread_name_a_commenter_alike(qtbot, long_window: MainWindow) -> None:
    window = long_window
    hit = _search(qtbot, window, "zeppelin")
    panel = window.search_panel
    group_row = next(r for r in range(panel.model.rowCount()) if panel.model.group(panel.model.index(r, 0)))
    group = panel.model.index(group_row, 0)
    rows = [panel.model.index(r, 0, group) for r in range(panel.model.rowCount(group))]
    texts = [str(panel.model.data(i, Qt.ItemDataRole.DisplayRole)) for i in rows if panel.model.hit(i) is hit]
    assert texts and texts[0].startswith("Long Writer (long)")
    window.search_panel.hit_activated.emit(hit.article_id, hit.comment_id)
    card = window.reader.comment_tree.currentIndex()
    assert "Long Writer (long)" in str(card.data(Qt.ItemDataRole.AccessibleTextRole))
