"""A comment's text opened in place (F2): selected with the keyboard alone and highlighted, its
card keeping its header while open and its height once closed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.store import annotations as annotation_store
from tests.ui.conftest import select_thread_article

SHIFT, CTRL = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier


def _open_with_f2(qtbot, window, handle: str):
    select_thread_article(window)
    reader = window.reader
    tree = reader.comment_tree
    node = next(n for n in reader.comment_model.nodes if n.comment.handle == handle)
    reader.select_comment(node.comment.id)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = tree.active_editor
    assert editor is not None and editor.node is node
    qtbot.waitUntil(editor.hasFocus)
    return tree, node, editor


def test_the_keyboard_selects_in_the_opened_text_and_ctrl_h_highlights_it(qtbot, window) -> None:
    tree, node, editor = _open_with_f2(qtbot, window, "Vdars")
    first_word = node.comment.body.split()[0]
    qtbot.keyClick(editor, Qt.Key.Key_End)
    qtbot.keyClick(editor, Qt.Key.Key_Home)
    qtbot.keyClick(editor, Qt.Key.Key_Right, CTRL | SHIFT)
    assert editor.textCursor().selectedText().strip() == first_word
    qtbot.keyClick(editor, Qt.Key.Key_End, SHIFT)
    assert editor.textCursor().selectedText().startswith(first_word)
    assert tree.current_node() is node and tree.active_editor is editor  # the tree did not move
    qtbot.keyClick(editor, Qt.Key.Key_Home)
    qtbot.keyClick(editor, Qt.Key.Key_Right, CTRL | SHIFT)
    qtbot.keyClick(editor, Qt.Key.Key_H, CTRL)
    highlights = annotation_store.highlights_for_article(window.library.db, window.current_article_id())
    [span] = [h for h in highlights if h.target == ("comment", node.comment.id)]
    assert node.comment.body[span.start:span.end].strip() == first_word


def test_the_card_keeps_its_header_while_open_and_its_height_after(qtbot, window) -> None:
    select_thread_article(window)
    tree = window.reader.comment_tree
    node = next(n for n in window.reader.comment_model.nodes if n.comment.handle == "Vdars")
    index = tree.tree_model().index_of(node.comment.id)
    window.reader.select_comment(node.comment.id)
    before = tree.visualRect(index)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = tree.active_editor
    assert editor is not None
    qtbot.waitUntil(editor.isVisible)
    tree.doItemsLayout()
    card = tree.visualRect(index)
    assert card.height() == before.height()  # no taller while open
    header = tree.fontMetrics().height()
    assert editor.geometry().top() >= card.top() + header  # the name and time stay in sight above it
    assert card.contains(editor.geometry())
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: tree.active_editor is None)
    tree.doItemsLayout()
    assert tree.visualRect(index).height() == before.height()  # and no blank space left after
