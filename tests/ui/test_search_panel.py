"""The search panel: search as you type on a worker thread, ranked hits grouped by article with
highlighted snippets, friendly messages for odd input, activation, saved searches."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox

from desktop.ingest.importer import import_paths
from desktop.store import search as search_store
from desktop.store.db import Library
from desktop.store.query_language import HELP_ROWS
from desktop.ui import search_panel as panel_module
from desktop.ui.search_panel import (
    GroupRole,
    HitRole,
    SearchPanel,
    SearchResultsModel,
    draw_snippet,
)
from desktop.ui.session import Session

ODD_INPUTS = [
    '"', '""', "AND(", "(((", ")", "-", "OR", "NOT", "*", "c++", "o'brien", "covid-19", "NEAR(a b)",
    "'; DROP TABLE article; --", "\x00\x01", "author:", 'author:"', "tag:", "depth:>x", "before:2023-99",
    "is:nonsense", "-trump", "^", "a" * 2000, "путин OR", "\u202e\u0301",
]


@pytest.fixture
def panel(qtbot, seeded: Library) -> Iterator[SearchPanel]:
    widget = SearchPanel(Session(seeded))
    qtbot.addWidget(widget)
    widget.resize(460, 600)
    widget.show()
    yield widget
    widget.wait_for_search()


def settle(qtbot, panel: SearchPanel) -> None:
    qtbot.waitUntil(lambda: not panel.is_searching(), timeout=10_000)


def hit_rows(panel: SearchPanel) -> list:
    model = panel.model
    rows = []
    for group_row in range(model.rowCount()):
        group_index = model.index(group_row, 0)
        for row in range(model.rowCount(group_index)):
            rows.append(model.index(row, 0, group_index))
    return rows


def comment_hit_index(panel: SearchPanel):
    return next(index for index in hit_rows(panel) if index.data(HitRole).comment_id is not None)


def test_typing_shows_ranked_hits_with_highlighted_snippets(qtbot, panel: SearchPanel, seeded: Library) -> None:
    with qtbot.waitSignal(panel.query_changed, timeout=2_000) as changed:
        qtbot.keyClicks(panel.search_box, "russia")
    assert changed.args == ["russia"]
    settle(qtbot, panel)
    expected = search_store.search(seeded.db, "russia", limit=panel_module.RESULT_LIMIT)
    shown = [index.data(HitRole) for index in hit_rows(panel)]
    assert [(h.article_id, h.comment_id) for h in shown] == [
        (h.article_id, h.comment_id) for group in expected.groups for h in group.hits
    ]
    assert len(shown) == len(expected.hits) > 2
    assert [panel.model.index(r, 0).data(GroupRole).article_id for r in range(panel.model.rowCount())] == [
        g.article_id for g in expected.groups
    ]
    for hit in shown:
        assert search_store.MATCH_START in hit.snippet  # the matched words are marked...
        text = panel.model.data(hit_rows(panel)[shown.index(hit)])
        assert search_store.MATCH_START not in text and "russia" in text.lower()  # ...and shown as plain text
    articles = len(expected.groups)
    assert panel.count_label.text() == f"{len(shown)} hits in {articles} article{'s' if articles > 1 else ''}"
    assert panel.message_label.isHidden()
    panel.grab()  # the delegate paints every kind of row without a warning


def test_the_search_runs_once_after_typing_and_off_the_gui_thread(qtbot, panel, monkeypatch) -> None:
    calls: list[tuple[str, int]] = []
    real = panel_module.search

    def recording(db, text, **kwargs):
        calls.append((text, threading.get_ident()))
        return real(db, text, **kwargs)

    monkeypatch.setattr(panel_module, "search", recording)
    qtbot.keyClicks(panel.search_box, "negotiations")
    assert panel.is_searching()  # debounced: nothing has run yet
    assert calls == []
    settle(qtbot, panel)
    assert [text for text, _ in calls] == ["negotiations"]
    assert calls[0][1] != threading.get_ident()
    assert panel.model.rowCount() > 0


def test_a_stale_result_is_discarded(qtbot, panel, monkeypatch) -> None:
    release = threading.Event()
    started = threading.Event()
    real = panel_module.search

    def slow_for_putin(db, text, **kwargs):
        if text == "putin":
            started.set()
            release.wait(5)
        return real(db, text, **kwargs)

    monkeypatch.setattr(panel_module, "search", slow_for_putin)
    shown: list[str] = []
    original_show = panel._show
    monkeypatch.setattr(panel, "_show", lambda results: (shown.append(results.query), original_show(results)))
    panel.set_query("putin")
    assert started.wait(5)
    panel.set_query("kremlin")  # waits behind the slow search for the one worker thread
    release.set()
    settle(qtbot, panel)
    panel.wait_for_search()
    # Delivery is in order: the stale result would have been shown before the latest one.
    assert shown == ["kremlin"]
    assert panel.results is not None and panel.results.query == "kremlin"


@pytest.mark.parametrize("text", ODD_INPUTS)
def test_odd_input_runs_or_explains_and_never_raises(qtbot, panel: SearchPanel, text: str) -> None:
    panel.set_query(text)
    settle(qtbot, panel)
    assert panel.results is not None
    if panel.results.message:
        assert panel.message_label.isVisible()
        assert panel.message_label.text() == panel.results.message
        assert panel.model.rowCount() == 0
        assert not panel.save_button.isEnabled()  # a query that cannot run is not saved
    else:
        assert panel.message_label.isHidden()


def test_messages_are_friendly_and_plain_text(qtbot, panel: SearchPanel) -> None:
    panel.set_query("before:2023-99")
    settle(qtbot, panel)
    assert "2023-99" in panel.message_label.text()
    assert panel.message_label.textFormat() == Qt.TextFormat.PlainText
    assert panel.count_label.text() == ""
    panel.set_query("russia")
    settle(qtbot, panel)
    assert panel.message_label.isHidden()


def test_clearing_the_box_clears_the_hits(qtbot, panel: SearchPanel) -> None:
    panel.set_query("russia")
    settle(qtbot, panel)
    assert panel.model.rowCount() > 0
    panel.search_box.clear()
    settle(qtbot, panel)
    assert panel.model.rowCount() == 0
    assert panel.count_label.text() == ""
    assert not panel.save_button.isEnabled()


def test_a_worker_failure_is_a_message(qtbot, panel: SearchPanel, monkeypatch) -> None:
    def broken(db, text, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(panel_module, "search", broken)
    panel.set_query("russia")
    settle(qtbot, panel)
    assert panel.message_label.text() == "The search failed: disk on fire"
    assert panel.model.rowCount() == 0


def test_clicking_a_comment_hit_emits_its_article_and_comment(qtbot, panel: SearchPanel) -> None:
    panel.set_query("russia")
    settle(qtbot, panel)
    index = comment_hit_index(panel)
    hit = index.data(HitRole)
    panel.view.scrollTo(index)
    with qtbot.waitSignal(panel.hit_activated) as activated:
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=panel.view.visualRect(index).center())
    assert activated.args == [hit.article_id, hit.comment_id]


def test_an_article_hit_and_an_article_row_emit_no_comment(qtbot, panel: SearchPanel) -> None:
    panel.set_query("russia")
    settle(qtbot, panel)
    article_hit = next(index for index in hit_rows(panel) if index.data(HitRole).comment_id is None)
    with qtbot.waitSignal(panel.hit_activated) as activated:
        qtbot.mouseClick(
            panel.view.viewport(), Qt.MouseButton.LeftButton, pos=panel.view.visualRect(article_hit).center()
        )
    assert activated.args == [article_hit.data(HitRole).article_id, None]
    group = panel.model.index(0, 0)
    qtbot.wait(qtbot_interval())  # not a double-click of the same row
    with qtbot.waitSignal(panel.hit_activated) as activated:
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=panel.view.visualRect(group).center())
    assert activated.args == [group.data(GroupRole).article_id, None]


def qtbot_interval() -> int:
    from PySide6.QtWidgets import QApplication

    return QApplication.doubleClickInterval() + 50


def test_a_double_click_opens_the_hit_once(qtbot, panel: SearchPanel) -> None:
    panel.set_query("russia")
    settle(qtbot, panel)
    index = comment_hit_index(panel)
    received: list[tuple[int, object]] = []
    panel.hit_activated.connect(lambda a, c: received.append((a, c)))
    position = panel.view.visualRect(index).center()
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=position)
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=position)
    qtbot.wait(20)
    hit = index.data(HitRole)
    assert received == [(hit.article_id, hit.comment_id)]


def test_keyboard_down_then_enter_opens_a_hit(qtbot, panel: SearchPanel) -> None:
    panel.set_query("russia")
    settle(qtbot, panel)
    panel.search_box.setFocus()
    first = panel.model.first_hit_index()
    assert panel.view.currentIndex() == first
    assert not panel.view.selectionModel().isSelected(first)  # nothing is opened by a search
    qtbot.keyClick(panel.search_box, Qt.Key.Key_Down)
    assert panel.view.hasFocus() or panel.focusWidget() is panel.view
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    current = panel.view.currentIndex()
    expected = panel.model.ids(current)
    assert expected is not None
    with qtbot.waitSignal(panel.hit_activated) as activated:
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert tuple(activated.args) == expected
    qtbot.keyClick(panel.view, Qt.Key.Key_Escape)
    assert panel.focusWidget() is panel.search_box


def test_enter_in_the_box_opens_the_top_hit(qtbot, panel: SearchPanel) -> None:
    panel.set_query("russia")
    settle(qtbot, panel)
    top = panel.model.first_hit_index().data(HitRole)
    with qtbot.waitSignal(panel.hit_activated) as activated:
        qtbot.keyClick(panel.search_box, Qt.Key.Key_Return)
    assert activated.args == [top.article_id, top.comment_id]


def test_order_newest_and_oldest(qtbot, panel: SearchPanel) -> None:
    panel.set_query("in:comment russia OR biden")
    settle(qtbot, panel)
    panel.set_order("newest")
    settle(qtbot, panel)
    assert panel.results is not None
    times = [hit.posted_at for hit in panel.results.hits]
    assert len(times) > 2 and times == sorted(times, reverse=True)
    panel.set_order("oldest")
    settle(qtbot, panel)
    assert [hit.posted_at for hit in panel.results.hits] == sorted(times)


def test_more_hits_than_shown_says_so(qtbot, panel: SearchPanel, monkeypatch) -> None:
    monkeypatch.setattr(panel_module, "RESULT_LIMIT", 2)
    panel.set_query("russia")
    settle(qtbot, panel)
    total = search_store.count(panel.library.db, "russia")
    assert total > 2
    qtbot.waitUntil(lambda: f"of {total}" in panel.count_label.text())
    assert panel.count_label.text().startswith(f"Showing the first 2 of {total} hits, in ")


def test_set_query_searches_at_once(qtbot, panel: SearchPanel) -> None:
    with qtbot.waitSignal(panel.query_changed) as changed:
        panel.set_query("kremlin")
    assert changed.args == ["kremlin"]
    assert panel.query() == "kremlin"
    settle(qtbot, panel)
    assert panel.model.rowCount() > 0


def test_the_library_can_change(qtbot, panel: SearchPanel, tmp_path: Path) -> None:
    panel.set_query("russia")
    settle(qtbot, panel)
    assert panel.model.rowCount() > 0
    other = Library.open(tmp_path / "other.glossa")
    try:
        panel.session.set_library(other)
        settle(qtbot, panel)
        assert panel.model.rowCount() == 0
        assert panel.count_label.text() == "No hits"
        panel.wait_for_search()
    finally:
        other.close()


def test_results_model_passes_the_model_tester(qtmodeltester, qtbot, panel: SearchPanel) -> None:
    panel.set_query("russia OR kremlin OR biden")
    settle(qtbot, panel)
    assert panel.model.rowCount() >= 2
    qtmodeltester.check(panel.model)
    for text in ("kremlin", "", "before:2023-99", "russia"):  # resets with the tester still attached
        panel.set_query(text)
        settle(qtbot, panel)
    model = SearchResultsModel()
    qtmodeltester.check(model)  # empty
    assert panel.results is not None
    model.set_groups(panel.results.groups)
    qtmodeltester.check(model)


def test_scraped_markup_is_shown_as_text(qtbot, library: Library, tmp_path: Path) -> None:
    source = tmp_path / "markup.txt"
    source.write_text(
        "Markup in a comment\n\nThe article text.\n\n"
        "  1. mallory Offline mallory\n    mallory (<b>M</b>) 1 January 2023 10: 00\n"
        "    look <b>bold</b> <img src='/etc/passwd'> zebra\n",
        encoding="utf-8",
    )
    import_paths(library, [source])
    widget = SearchPanel(Session(library))
    qtbot.addWidget(widget)
    widget.set_query("zebra")
    settle(qtbot, widget)
    (index,) = hit_rows(widget)
    assert "<b>bold</b>" in widget.model.data(index)
    tooltip = widget.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;bold&lt;/b&gt;" in tooltip and "<img" not in tooltip  # Qt would read it as markup
    widget.grab()
    widget.wait_for_search()


def test_saving_the_search(qtbot, panel: SearchPanel, monkeypatch) -> None:
    panel.set_query("author:zenion")
    settle(qtbot, panel)
    assert panel.save_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *args, **kwargs: ("Zenion", True)))
    with qtbot.waitSignal(panel.saved_searches_changed):
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    (saved,) = search_store.list_saved_searches(panel.library.db)
    assert (saved.name, saved.query) == ("Zenion", "author:zenion")

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: warnings.append(box.text()) or 0)
    received: list[bool] = []
    panel.saved_searches_changed.connect(lambda: received.append(True))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)  # the same name again
    assert warnings and "Zenion" in warnings[0]
    assert received == []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *args, **kwargs: ("ignored", False)))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)  # cancelled
    assert len(search_store.list_saved_searches(panel.library.db)) == 1


def test_help_lists_the_syntax(qtbot, panel: SearchPanel) -> None:
    qtbot.mouseClick(panel.help_button, Qt.MouseButton.LeftButton)
    dialog = panel.help_dialog
    assert dialog is not None and dialog.isVisible()
    assert [label.text() for label in dialog.example_labels] == [example for example, _ in HELP_ROWS]
    assert [label.text() for label in dialog.meaning_labels] == [meaning for _, meaning in HELP_ROWS]
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in dialog.findChildren(QLabel))
    dialog.close()


def test_focus_search_selects_the_text(qtbot, panel: SearchPanel) -> None:
    panel.set_query("russia")
    panel.focus_search()
    assert panel.search_box.selectedText() == "russia"
    settle(qtbot, panel)


def _count_color(image: QImage, color: QColor) -> int:
    return sum(
        1 for y in range(image.height()) for x in range(image.width()) if image.pixelColor(x, y) == color
    )


def test_draw_snippet_marks_only_the_matches(qtbot) -> None:
    mark = QColor("#ff00ff")
    font = QFont()
    images = []
    for snippet in ("plain words \x02matched\x03 then more", "plain words and nothing marked"):
        image = QImage(400, 60, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        lines = draw_snippet(painter, snippet, font, QPointF(0, 0), 400, 2, mark)
        painter.end()
        assert lines == 1
        images.append(image)
    assert _count_color(images[0], mark) > 50
    assert _count_color(images[1], mark) == 0


def test_draw_snippet_cuts_long_text_to_its_lines(qtbot) -> None:
    image = QImage(200, 200, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    long = " ".join(["word"] * 200) + " \x02end\x03"
    assert draw_snippet(painter, long, QFont(), QPointF(0, 0), 200, 2, QColor("yellow")) == 2
    assert draw_snippet(painter, "x" * 5000, QFont(), QPointF(0, 0), 200, 2, QColor("yellow")) == 2
    painter.end()
