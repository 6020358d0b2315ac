"""The annotations browser: its model, the filters (tag with the tags below it, commenter,
text, detached), sorting, opening a source by Enter or double-click, and refresh."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QHeaderView

from desktop.store import annotations as annotation_store
from desktop.store import authors as author_store
from desktop.store import reading
from desktop.store.db import Library
from desktop.ui.annotations_browser import COLUMNS, DATE, KIND, SOURCE, TEXT, AnnotationsBrowser
from desktop.ui.safe_text import markdown_as_text


@dataclass
class Seeded:
    smirnoff_comment: int
    vdars_comment: int
    smirnoff: int
    highlight: int
    dehumanisation: int
    propaganda: int
    irony: int


@pytest.fixture
def annotated(seeded: Library) -> Seeded:
    db = seeded.db
    comments = {c.handle: c for c in reading.thread(db, 1)}
    smirnoff, vdars = comments["Smirnoff"], comments["Vdars"]
    dehumanisation, _ = annotation_store.create_tag(db, "propaganda/dehumanisation")
    propaganda = annotation_store.find_tag(db, "propaganda")
    assert propaganda is not None
    irony, _ = annotation_store.create_tag(db, "irony")
    annotation_store.tag_comments(db, dehumanisation, [smirnoff.id])
    annotation_store.set_note(db, ("comment", smirnoff.id), "Smirnoff doubts the <b>readiness</b>")
    highlight, _ = annotation_store.add_highlight(db, ("comment", vdars.id), 0, 20, tag_id=irony, note="About ink")
    annotation_store.set_note(db, ("article", 2), "The Kremlin's platform")
    annotation_store.set_note(db, ("author", smirnoff.author_id), "Writes in ellipses")
    gone, _ = annotation_store.add_highlight(db, ("article", 1), 0, 2, note="Its highlight was removed")
    annotation_store.remove_highlight(db, gone)
    return Seeded(smirnoff.id, vdars.id, smirnoff.author_id, highlight, dehumanisation, propaganda, irony)


@pytest.fixture
def browser(qtbot, seeded: Library, annotated: Seeded) -> AnnotationsBrowser:
    widget = AnnotationsBrowser(seeded)
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _texts(browser: AnnotationsBrowser) -> list[str]:
    return sorted(browser.model.entry(row).text for row in range(browser.model.rowCount()))


def _row(browser: AnnotationsBrowser, text: str) -> int:
    return next(row for row in range(browser.model.rowCount()) if browser.model.entry(row).text == text)


ALL = sorted(["Smirnoff doubts the <b>readiness</b>", "About ink", "The Kremlin's platform", "Writes in ellipses",
              "Its highlight was removed"])  # fmt: skip


def test_lists_every_note_and_highlight_in_plain_text(browser: AnnotationsBrowser, qtmodeltester) -> None:
    qtmodeltester.check(browser.model)
    highlight_text = next(e.text for e in annotation_store.browse_annotations(browser.library.db)
                          if e.kind == "highlight")  # fmt: skip
    assert _texts(browser) == sorted([*ALL, highlight_text])
    row = _row(browser, "Smirnoff doubts the <b>readiness</b>")
    cell = {COLUMNS[c]: browser.model.index(row, c).data() for c in range(len(COLUMNS))}
    assert cell["Kind"] == "Note on comment"
    assert cell["Text"] == "Smirnoff doubts the <b>readiness</b>"
    assert cell["Tags"] == "propaganda/dehumanisation"
    assert cell["Source"].endswith("— comment by Smirnoff")
    detached = _row(browser, "Its highlight was removed")
    assert browser.model.index(detached, KIND).data() == "Note on highlight"
    assert browser.model.index(detached, SOURCE).data() == "Deleted highlight: “Th”"
    assert browser.status.text().startswith("5 notes, 1 highlight")


def test_sorting_by_a_column_sorts_the_list(qtbot, browser: AnnotationsBrowser, qtmodeltester) -> None:
    header = browser.table.horizontalHeader()
    assert header.sortIndicatorSection() == DATE
    browser.table.selectRow(_row(browser, "About ink"))
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_header_point(header, TEXT))
    assert header.sortIndicatorSection() == TEXT
    shown = [browser.model.index(row, TEXT).data().casefold() for row in range(browser.model.rowCount())]
    assert shown == sorted(shown, reverse=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)
    assert len(set(shown)) == len(shown) > 2
    assert browser.model.entry(browser.table.currentIndex().row()).text == "About ink"  # the selection follows
    browser.model.sort(SOURCE, Qt.SortOrder.DescendingOrder)
    sources = [browser.model.index(row, SOURCE).data().casefold() for row in range(browser.model.rowCount())]
    assert sources == sorted(sources, reverse=True)
    qtmodeltester.check(browser.model)


def _header_point(header: QHeaderView, section: int) -> QPoint:
    return QPoint(header.sectionViewportPosition(section) + 5, header.height() // 2)


def test_filter_by_tag_includes_the_tags_below_it(browser: AnnotationsBrowser, annotated: Seeded) -> None:
    combo = browser.tag_combo
    assert combo.itemText(0) == "Any tag"
    assert [combo.itemText(i) for i in range(1, combo.count())] == ["irony", "propaganda", "propaganda/dehumanisation"]
    combo.setCurrentIndex(combo.findData(annotated.propaganda))
    assert _texts(browser) == ["Smirnoff doubts the <b>readiness</b>"]
    combo.setCurrentIndex(combo.findData(annotated.irony))
    assert [browser.model.entry(row).kind for row in range(browser.model.rowCount())].count("highlight") == 1
    assert "About ink" in _texts(browser)
    combo.setCurrentIndex(0)
    assert len(_texts(browser)) == len(ALL) + 1


def test_filter_by_commenter_with_completion(qtbot, browser: AnnotationsBrowser, seeded: Library) -> None:
    assert browser.author_model.stringList() == author_store.author_handles(seeded.db)
    assert "Smirnoff" in browser.author_model.stringList()
    browser.completer.setCompletionPrefix("mirn")
    assert browser.completer.currentCompletion() == "Smirnoff"
    browser.author_edit.setText("smirnoff")  # any case
    qtbot.waitUntil(lambda: _texts(browser) == ["Smirnoff doubts the <b>readiness</b>", "Writes in ellipses"])
    browser.author_edit.setText("nobody at all")
    qtbot.waitUntil(lambda: browser.model.rowCount() == 0)
    assert browser.status.text() == "No commenter “nobody at all”."
    browser.author_edit.clear()
    qtbot.waitUntil(lambda: browser.model.rowCount() == len(ALL) + 1)
    browser.completer.activated.emit("Smirnoff")  # picked from the completion list: at once
    assert browser.author_edit.text() == "Smirnoff"
    assert _texts(browser) == ["Smirnoff doubts the <b>readiness</b>", "Writes in ellipses"]


def test_filter_by_text_is_debounced(qtbot, browser: AnnotationsBrowser) -> None:
    qtbot.keyClicks(browser.text_edit, "ABOUT INK")
    assert browser.model.rowCount() == len(ALL) + 1  # not yet: typing goes on
    # the note on the highlight, and the highlight, which carries that note
    qtbot.waitUntil(lambda: _texts(browser) == sorted(["About ink", "Only the cost of ink"]))
    browser.text_edit.setText("kremlin")
    qtbot.waitUntil(lambda: _texts(browser) == ["The Kremlin's platform"])


def test_show_detached(browser: AnnotationsBrowser) -> None:
    browser.detached_check.setChecked(False)
    assert "Its highlight was removed" not in _texts(browser)
    browser.detached_check.setChecked(True)
    assert "Its highlight was removed" in _texts(browser)


def test_enter_and_double_click_open_the_source(qtbot, browser: AnnotationsBrowser, annotated: Seeded) -> None:
    table = browser.table
    table.setFocus()
    table.selectRow(_row(browser, "Smirnoff doubts the <b>readiness</b>"))
    with qtbot.waitSignal(browser.open_requested, timeout=500) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [1, annotated.smirnoff_comment, None]

    highlight_row = next(row for row in range(browser.model.rowCount())
                         if browser.model.entry(row).kind == "highlight")  # fmt: skip
    rect = table.visualRect(browser.model.index(highlight_row, TEXT))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double click's first half
    with qtbot.waitSignal(browser.open_requested, timeout=500) as opened:
        QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [1, annotated.vdars_comment, annotated.highlight]

    table.selectRow(_row(browser, "About ink"))  # the note on that highlight opens it too
    with qtbot.waitSignal(browser.open_requested, timeout=500) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Enter)
    assert opened.args == [1, annotated.vdars_comment, annotated.highlight]

    table.selectRow(_row(browser, "The Kremlin's platform"))
    with qtbot.waitSignal(browser.open_requested, timeout=500) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [2, None, None]


def test_detached_and_articleless_rows_say_so(qtbot, browser: AnnotationsBrowser) -> None:
    table = browser.table
    table.setFocus()
    for text, message in (
        ("Its highlight was removed", "Detached"),
        ("Writes in ellipses", "This note is on a commenter"),
    ):
        table.selectRow(_row(browser, text))
        with qtbot.assertNotEmitted(browser.open_requested):
            qtbot.keyClick(table, Qt.Key.Key_Return)
        assert browser.status.text().startswith(message)


def test_the_detail_pane_shows_the_whole_text(browser: AnnotationsBrowser) -> None:
    browser.table.selectRow(_row(browser, "Smirnoff doubts the <b>readiness</b>"))
    detail = browser.detail.toPlainText()
    assert "Smirnoff doubts the <b>readiness</b>" in detail
    assert "Tags: propaganda/dehumanisation" in detail


def test_refresh_after_a_new_note_keeps_the_filters(
    qtbot, browser: AnnotationsBrowser, seeded: Library, annotated: Seeded
) -> None:
    browser.text_edit.setText("platform")
    qtbot.waitUntil(lambda: _texts(browser) == ["The Kremlin's platform"])
    browser.table.selectRow(0)
    annotation_store.set_note(seeded.db, ("article", 1), "Another platform entirely")
    new_tag, _ = annotation_store.create_tag(seeded.db, "source/kremlin")
    browser.refresh()
    assert _texts(browser) == ["Another platform entirely", "The Kremlin's platform"]
    assert browser.text_edit.text() == "platform"
    assert browser.model.entry(browser.table.currentIndex().row()).text == "The Kremlin's platform"
    assert browser.tag_combo.findData(new_tag) > 0


def test_refresh_keeps_the_tag_and_falls_back_when_it_is_deleted(
    browser: AnnotationsBrowser, seeded: Library, annotated: Seeded
) -> None:
    browser.tag_combo.setCurrentIndex(browser.tag_combo.findData(annotated.irony))
    browser.refresh()
    assert browser.tag_combo.currentData() == annotated.irony
    annotation_store.delete_tag(seeded.db, annotated.irony, force=True)
    browser.refresh()
    assert browser.tag_combo.currentIndex() == 0
    assert len(_texts(browser)) == len(ALL) + 1


def test_a_hidden_browser_reads_on_show(qtbot, seeded: Library, annotated: Seeded) -> None:
    browser = AnnotationsBrowser(seeded)
    qtbot.addWidget(browser)
    assert browser.model.rowCount() == 0  # nothing read while hidden
    browser.show()
    qtbot.waitExposed(browser)
    assert browser.model.rowCount() == len(ALL) + 1
    browser.hide()
    annotation_store.set_note(seeded.db, ("article", 1), "Written while hidden")
    browser.refresh()
    assert "Written while hidden" not in _texts(browser)
    browser.show()
    assert "Written while hidden" in _texts(browser)


def test_find_author(seeded: Library) -> None:
    db = seeded.db
    smirnoff = author_store.find_author(db, "Smirnoff")
    assert smirnoff is not None
    assert author_store.find_author(db, " smirnoff ") == smirnoff
    assert author_store.find_author(db, "") is None
    assert author_store.find_author(db, "Smirn") is None
    handles = author_store.author_handles(db)
    assert handles == sorted(handles, key=str.casefold)


def test_escape_closes_the_browser(qtbot, browser: AnnotationsBrowser) -> None:
    browser.activateWindow()
    qtbot.waitUntil(browser.isActiveWindow)
    browser.table.setFocus()
    qtbot.keyClick(browser.table, Qt.Key.Key_Escape)
    assert not browser.isVisible()


def test_notes_read_as_text_with_their_line_breaks(browser: AnnotationsBrowser, seeded: Library) -> None:
    note = "**Plan** for `the` [thread](https://example.org)\nfirst point\nsecond point\n\n# Then\n- a list item"
    annotation_store.set_note(seeded.db, ("article", 1), note)
    browser.refresh()
    row = _row(browser, note)
    cell = browser.model.data(browser.model.index(row, TEXT))
    assert cell == "Plan for the thread (https://example.org) ↵ first point ↵ second point ↵ Then ↵ • a list item"
    browser.table.selectRow(row)
    readable = "Plan for the thread (https://example.org)\nfirst point\nsecond point\n\nThen\n• a list item"
    assert readable in browser.detail.toPlainText()
    tooltip = browser.model.data(browser.model.index(row, TEXT), Qt.ItemDataRole.ToolTipRole)
    assert "first point<br>second point" in tooltip


@pytest.mark.parametrize(("markdown", "text"), [
    ("snake_case_name and 2*3*4 stay", "snake_case_name and 2*3*4 stay"),
    ("\\*not emphasis\\* but *this*", "*not emphasis* but this"),
    ("```\n**code** as written\n```", "**code** as written"),
    ("![a map](file:///etc/passwd) <b>tag</b>", "a map <b>tag</b>"),
    ("- [x] done\n- [ ] to do\n\n\n\n---", "☑ done\n☐ to do\n\n―――"),
])
def test_markdown_as_text(markdown: str, text: str) -> None:
    assert markdown_as_text(markdown) == text
