"""The Note panel writes on what the user looks at: never on a highlight that an undo removed,
never on a tag the user has left."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from desktop.store import annotations as annotation_store
from desktop.store.annotations import Target
from tests.ui.conftest import select_thread_article


def _select(window, phrase: str) -> None:
    view = window.reader.article_view
    position = view.toPlainText().index(phrase)
    cursor = view.textCursor()
    cursor.setPosition(position)
    cursor.setPosition(position + len(phrase), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


def test_undoing_a_highlight_takes_the_note_panel_back_to_the_article(qtbot, window) -> None:
    select_thread_article(window)
    article_id = window.current_article_id()
    _select(window, "John Kirby")
    window.annotate.highlight_action.trigger()
    assert window.note_editor.target() is not None and window.note_editor.target().kind == "highlight"
    window.commands.undo_action.trigger()
    assert window.note_editor.target() == Target("article", article_id)
    assert window.note_editor.header.full_text().startswith("Article")


def test_leaving_a_tag_takes_the_note_panel_back_to_the_article(qtbot, window) -> None:
    select_thread_article(window)
    article_id = window.current_article_id()
    tag_id, _ = annotation_store.create_tag(window.library.db, "irony")
    window.sidebar.refresh()
    window.sidebar.tag_note_requested.emit(tag_id)
    assert window.note_editor.target() == Target("tag", tag_id)
    window.sidebar.select_view("all")
    qtbot.waitUntil(lambda: window.note_editor.target() == Target("article", article_id), timeout=1000)


def test_a_deleted_tag_takes_the_note_panel_back_to_the_article(qtbot, window) -> None:
    select_thread_article(window)
    article_id = window.current_article_id()
    tag_id = window.controller.run(annotation_store.create_tag, "sarcasm")[0]
    window.sidebar.tag_note_requested.emit(tag_id)
    window.commands.undo_action.trigger()  # the tag is gone
    assert window.note_editor.target() == Target("article", article_id)
