"""Annotating from the window: tags by key and by menu, subthreads, the tag filter, highlights in
the article and in a comment, tag management, and undo/redo of each."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.store import annotations as annotation_store
from desktop.ui import tag_picker
from desktop.ui.sidebar import ValueRole
from tests.ui.conftest import select_thread_article


def _tag(window, path: str, slot: int | None = None) -> int:
    tag_id, _ = window.controller.run(annotation_store.create_tag, path)
    if slot is not None:
        window.controller.run(annotation_store.set_favorite, tag_id, slot)
    return tag_id


def _comment(window, handle: str):
    return next(n for n in window.reader.comment_model.nodes if n.comment.handle == handle)


def _pick(monkeypatch, tag_id: int | None, new_path: str | None = None) -> None:
    monkeypatch.setattr(tag_picker.TagPicker, "choose", staticmethod(lambda *a, **k: (tag_id, new_path)))


def test_favourite_key_tags_the_selected_comment_and_undo_redo(qtbot, window) -> None:
    select_thread_article(window)
    tag_id = _tag(window, "propaganda/dehumanisation", slot=1)
    node = _comment(window, "Smirnoff")
    window.reader.select_comment(node.comment.id)
    tree = window.reader.comment_tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_1)
    db = window.library.db
    assert tag_id in annotation_store.comment_tag_ids(db, window.current_article_id())[node.comment.id]
    assert [t.path for t in window.reader.comment_model.tags_of(node.comment.id)] == ["propaganda/dehumanisation"]
    qtbot.keyClick(tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert node.comment.id not in annotation_store.comment_tag_ids(db, window.current_article_id())
    assert window.reader.comment_model.tags_of(node.comment.id) == []
    qtbot.keyClick(tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert tag_id in annotation_store.comment_tag_ids(db, window.current_article_id())[node.comment.id]
    qtbot.keyClick(tree, Qt.Key.Key_1)  # the same key again takes it off
    assert node.comment.id not in annotation_store.comment_tag_ids(db, window.current_article_id())


def test_tag_articles_from_the_menu_shows_chips(qtbot, window, monkeypatch) -> None:
    select_thread_article(window)
    window.article_table.setFocus()
    _pick(monkeypatch, None, "source/kremlin")  # a new tag, created through the undo stack
    window.annotate.tag_action.trigger()
    db = window.library.db
    tag_id = annotation_store.find_tag(db, "source/kremlin")
    assert tag_id is not None
    assert annotation_store.article_tag_ids(db, window.current_article_id()) == [tag_id]
    assert "source/kremlin" in window.reader.article_view.toPlainText()
    row = window.article_model.row_of(window.current_article_id())
    assert window.article_model.index(row, 1).data(Qt.ItemDataRole.DecorationRole) is not None
    window.commands.undo_action.trigger()  # untag
    window.commands.undo_action.trigger()  # and the tag's creation
    assert annotation_store.find_tag(db, "source/kremlin") is None


def test_tag_a_subthread_in_one_step(qtbot, window, monkeypatch) -> None:
    select_thread_article(window)
    tag_id = _tag(window, "irony")
    parent = _comment(window, "In passing")
    window.reader.select_comment(parent.comment.id)
    _pick(monkeypatch, tag_id)
    window.annotate.tag_subthread_action.trigger()
    tagged = annotation_store.comment_tag_ids(window.library.db, window.current_article_id())
    reply = _comment(window, "Vdars")
    assert set(tagged) == {parent.comment.id, reply.comment.id}
    window.commands.undo_action.trigger()
    assert annotation_store.comment_tag_ids(window.library.db, window.current_article_id()) == {}


def test_tag_filter_restricts_the_list_and_marks_comments(qtbot, window) -> None:
    select_thread_article(window)
    thread_article = window.current_article_id()
    tag_id = _tag(window, "sarcasm")
    node = _comment(window, "Vdars")
    window.controller.run(annotation_store.tag_comments, tag_id, [node.comment.id])
    window.sidebar.select_tag(tag_id)
    assert window.article_model.ids == [thread_article]
    assert window.reader.comment_model.matches == {node.comment.id: tag_id}
    window.sidebar.select_view("all")
    assert window.article_model.rowCount() == 2
    assert window.reader.comment_model.matches == {}


def test_highlight_in_the_article(qtbot, window) -> None:
    select_thread_article(window)
    view = window.reader.article_view
    text = view.toPlainText()
    phrase = "John Kirby"
    position = text.index(phrase)
    cursor = view.textCursor()
    cursor.setPosition(position)
    cursor.setPosition(position + len(phrase), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    window.annotate.highlight_action.trigger()
    highlights = annotation_store.highlights_for_article(window.library.db, window.current_article_id())
    assert [(h.text, h.target.kind) for h in highlights] == [(phrase, "article")]
    paragraphs = window.reader.detail.paragraphs
    assert annotation_store.article_text(paragraphs)[highlights[0].start : highlights[0].end] == phrase
    assert window.note_editor is not None
    window.commands.undo_action.trigger()
    assert annotation_store.highlights_for_article(window.library.db, window.current_article_id()) == []


def test_highlight_in_a_comment_with_a_tag(qtbot, window, monkeypatch) -> None:
    select_thread_article(window)
    tag_id = _tag(window, "economy")
    node = _comment(window, "Vdars")
    window.reader.select_comment(node.comment.id)
    editor = window.reader.comment_tree.open_text()
    assert editor is not None
    phrase = "cost of ink"
    cursor = editor.textCursor()
    start = node.comment.body.index(phrase)
    cursor.setPosition(start)
    cursor.setPosition(start + len(phrase), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    _pick(monkeypatch, tag_id)
    window.annotate.highlight_tag_action.trigger()
    highlights = annotation_store.highlights_for_article(window.library.db, window.current_article_id())
    assert [(h.text, h.tag_id, h.target.id) for h in highlights] == [(phrase, tag_id, node.comment.id)]
    assert window.reader.comment_model.highlights[node.comment.id][0].text == phrase


def test_merge_and_delete_tags_undo(qtbot, window, monkeypatch) -> None:
    select_thread_article(window)
    db = window.library.db
    first, second = _tag(window, "anger"), _tag(window, "rage")
    node = _comment(window, "Smirnoff")
    window.controller.run(annotation_store.tag_comments, second, [node.comment.id])
    _pick(monkeypatch, first)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Ok)
    window.sidebar.merge_tag(second)
    assert annotation_store.find_tag(db, "rage") is None
    assert annotation_store.comment_tag_ids(db, window.current_article_id())[node.comment.id] == [first]
    window.commands.undo_action.trigger()
    assert annotation_store.find_tag(db, "rage") == second
    assert annotation_store.comment_tag_ids(db, window.current_article_id())[node.comment.id] == [second]

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    window.sidebar.delete_tag(second)  # in use: asked, and Cancel keeps it
    assert annotation_store.find_tag(db, "rage") == second
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window.sidebar.delete_tag(second)
    assert annotation_store.find_tag(db, "rage") is None
    window.commands.undo_action.trigger()
    assert annotation_store.comment_tag_ids(db, window.current_article_id())[node.comment.id] == [second]


def test_note_typed_in_the_window_survives_closing(qtbot, window, tmp_path) -> None:
    select_thread_article(window)
    node = _comment(window, "k7k8")
    window.reader.select_comment(node.comment.id)
    text_edit = window.note_editor.editor
    text_edit.setFocus()
    qtbot.keyClicks(text_edit, "Diplomatic irony, *mocking*")
    window.close()  # closes before the autosave timer fires: the close flushes it
    note = annotation_store.get_note(window.library.db, ("comment", node.comment.id))
    assert note is not None and note.body == "Diplomatic irony, *mocking*"


def test_right_clicking_a_tag_opens_its_menu_and_filters_nothing(qtbot, window) -> None:
    tag_id = _tag(window, "sarcasm")
    sidebar = window.sidebar
    item = next(i for i in sidebar._tag_items() if i.data(0, ValueRole) == tag_id)
    menus: list[object] = []
    sidebar.tree.customContextMenuRequested.disconnect(sidebar._on_context_menu)
    sidebar.tree.customContextMenuRequested.connect(menus.append)  # the menu itself would wait for a click
    rows = window.article_model.rowCount()
    position = sidebar.tree.visualItemRect(item).center()
    qtbot.mouseClick(sidebar.tree.viewport(), Qt.MouseButton.RightButton, pos=position)
    global_position = sidebar.tree.viewport().mapToGlobal(position)
    menu_event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, position, global_position)  # sent with it
    QApplication.sendEvent(sidebar.tree.viewport(), menu_event)
    assert len(menus) == 1
    assert sidebar.selected_tag_ids() == [] and window.article_model.rowCount() == rows
    qtbot.mouseClick(sidebar.tree.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert sidebar.selected_tag_ids() == [tag_id]  # a left click still filters


def test_in_this_article_lists_notes_as_text(qtbot, window) -> None:
    select_thread_article(window)
    article_id = window.current_article_id()
    window.controller.run(annotation_store.set_note, ("article", article_id), "**Framing**: *who* speaks\n- first")
    window.annotations_panel.show_article(article_id, window.sidebar.tags())
    tree = window.annotations_panel.tree
    texts = [tree.topLevelItem(i).child(j).text(0) for i in range(tree.topLevelItemCount())
             for j in range(tree.topLevelItem(i).childCount())]
    assert any(text.startswith("Framing: who speaks • first") for text in texts), texts
