from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from desktop.store import reading
from desktop.ui.article_list_model import COLUMN_KEYS
from desktop.ui.article_view import ArticleView
from desktop.ui.shortcuts_dialog import ShortcutsDialog, shortcut_rows
from tests.ui.conftest import select_thread_article


def test_j_and_k_move_between_articles(qtbot, window) -> None:
    window.select_row(0)
    first = window.current_article_id()
    qtbot.keyClick(window.article_table, Qt.Key.Key_J)
    assert window.article_table.currentIndex().row() == 1
    assert window.current_article_id() != first
    qtbot.keyClick(window.article_table, Qt.Key.Key_K)
    assert window.current_article_id() == first


def test_n_p_u_walk_the_thread(qtbot, window) -> None:
    select_thread_article(window)
    tree = window.reader.comment_tree
    for _ in range(6):
        qtbot.keyClick(window.article_table if not tree.hasFocus() else tree, Qt.Key.Key_N)
    assert tree.current_node().comment.handle == "In passing"
    qtbot.keyClick(tree, Qt.Key.Key_N)
    assert tree.current_node().comment.handle == "Vdars"
    qtbot.keyClick(tree, Qt.Key.Key_U)
    assert tree.current_node().comment.handle == "In passing"
    qtbot.keyClick(tree, Qt.Key.Key_P)
    assert tree.current_node().comment.handle == "zenion"


def test_left_and_right_collapse_and_expand_a_subthread(qtbot, window) -> None:
    select_thread_article(window)
    reader = window.reader
    target = next(n for n in reader.comment_model.nodes if n.comment.handle == "In passing")
    reader.select_comment(target.comment.id)
    tree = reader.comment_tree
    tree.setFocus()
    index = tree.currentIndex()
    assert tree.isExpanded(index)
    qtbot.keyClick(tree, Qt.Key.Key_Left)
    assert not tree.isExpanded(index)
    qtbot.keyClick(tree, Qt.Key.Key_Right)
    assert tree.isExpanded(index)
    window.collapse_all_action.trigger()
    assert not tree.isExpanded(index)
    window.expand_all_action.trigger()
    assert tree.isExpanded(index)


def test_a_comment_looked_at_becomes_read(qtbot, window) -> None:
    select_thread_article(window)
    article_id = window.current_article_id()
    before = window.article_model.article(window.article_model.row_of(article_id)).unread
    reader = window.reader
    node = reader.comment_model.nodes[0]
    reader.select_comment(node.comment.id)
    qtbot.waitUntil(lambda: node.comment.is_read, timeout=3000)
    stored = {c.id: c.is_read for c in reading.thread(window.library.db, article_id)}
    assert stored[node.comment.id]
    assert window.article_model.article(window.article_model.row_of(article_id)).unread == before - 1
    reader.comment_tree.setFocus()
    qtbot.keyClick(reader.comment_tree, Qt.Key.Key_M)  # m toggles it back
    assert not node.comment.is_read


def test_next_unread_and_space(qtbot, window) -> None:
    select_thread_article(window)
    reader = window.reader
    reader.set_comments_read([reader.comment_model.nodes[0].comment.id], True)
    window.next_unread_action.trigger()
    assert reader.comment_tree.current_node().number == 1
    window.read_on_action.trigger()
    assert reader.comment_tree.current_node().number == 2


def test_star_and_read_toggles(qtbot, window) -> None:
    window.select_row(0)
    article_id = window.current_article_id()
    qtbot.keyClick(window.article_table, Qt.Key.Key_S)
    assert reading.article_ids(window.library.db, "starred") == [article_id]
    assert window.sidebar.view_items["starred"].text(1) == "1"
    qtbot.keyClick(window.article_table, Qt.Key.Key_S)
    assert reading.article_ids(window.library.db, "starred") == []


def test_sidebar_views_and_filter(qtbot, window) -> None:
    window.sidebar.select_view("starred")  # none yet
    assert window.article_model.rowCount() == 0
    window.sidebar.select_view("all")
    assert window.article_model.rowCount() == 2
    qtbot.keyClick(window.article_table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filter_edit.hasFocus()
    qtbot.keyClicks(window.filter_edit, "kremlin")
    qtbot.waitUntil(lambda: window.article_model.rowCount() == 1, timeout=2000)


def test_sorting_by_header_click(qtbot, window) -> None:
    header = window.article_table.horizontalHeader()
    column = COLUMN_KEYS.index("comments")
    header.setSortIndicator(column, Qt.SortOrder.DescendingOrder)
    assert window.article_model.article(0).comments == 8
    header.setSortIndicator(column, Qt.SortOrder.AscendingOrder)
    assert window.article_model.article(0).comments == 0
    assert window.settings.sort_column == "comments"


def test_help_lists_every_shortcut(qtbot, window) -> None:
    rows = dict(shortcut_rows(window.all_actions()))
    assert rows["Next Article"] == "J"
    assert rows["Keyboard Shortcuts"] == "? or F1"
    for name in ("Previous Article", "Next Comment", "Previous Comment", "Parent Comment", "Read On", "Star",
                 "Toggle Read", "Filter Titles", "Collapse Subthread", "Expand Subthread"):
        assert name in rows
    dialog = ShortcutsDialog(window.all_actions(), window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(rows)


def _drop(window, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)


def _close_report_dialogs() -> None:
    for widget in QApplication.topLevelWidgets():
        if widget.windowTitle() == "Import report":
            widget.close()


def test_drop_files_to_import(qtbot, window, tmp_path) -> None:
    extra = tmp_path / "more.txt"
    extra.write_text("A dropped article\n\nIts only paragraph.\n", encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    with qtbot.waitSignal(window.importer.imported, timeout=10_000) as blocker:
        _drop(window, [extra, tmp_path / "broken.txt"])
    report = blocker.args[0]
    assert report.total("articles_added") == 1
    assert [f.skipped for f in report.skipped] == ["binary data, not text"]
    assert window.article_model.rowCount() == 3
    _close_report_dialogs()


def test_cancelled_import_keeps_what_was_committed(qtbot, window, tmp_path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(400):
        (folder / f"{number:03}.txt").write_text(f"Article {number}\n\nText of article {number}.\n", encoding="utf-8")
    with qtbot.waitSignal(window.importer.imported, timeout=30_000) as blocker:
        window.import_paths([str(folder)])
        window.importer.cancel()
    report = blocker.args[0]
    assert report.cancelled
    imported = report.total("articles_added")
    assert imported < 400
    assert window.article_model.rowCount() == 2 + imported
    _close_report_dialogs()


def test_scraped_text_is_never_markup(qtbot) -> None:
    from desktop.store.reading import ArticleDetail

    view = ArticleView()
    qtbot.addWidget(view)
    hostile = '<b>Breaking</b> <img src="/etc/passwd"> <a href="file:///etc/passwd">x</a>'
    view.set_article(ArticleDetail(1, hostile, None, [hostile], None, None, None, None, None, [], False, False))
    text = view.toPlainText()
    assert text.count("<b>Breaking</b>") == 2
    assert "<img" in text
    assert not view.openLinks()
    assert bytes(view.loadResource(1, QUrl("file:///etc/passwd")).data()) == b""


def test_space_key_reads_on_from_the_tree(qtbot, window) -> None:
    select_thread_article(window)
    reader = window.reader
    reader.select_comment(reader.comment_model.nodes[0].comment.id)
    reader.set_comments_read([reader.comment_model.nodes[0].comment.id], True)
    tree = reader.comment_tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert tree.current_node().number == 1
    row = window.article_table.currentIndex().row()
    qtbot.keyClick(tree, Qt.Key.Key_K if row else Qt.Key.Key_J)  # article keys work from the tree too
    assert window.article_table.currentIndex().row() == (row - 1 if row else row + 1)


def test_article_and_comment_text_read_no_file(qtbot, tmp_path) -> None:
    """Even a markdown image or a file: link in the document loads nothing from disk."""
    from PySide6.QtGui import QTextDocument

    from desktop.ui.safe_text import SafeTextBrowser

    secret = tmp_path / "secret.txt"
    secret.write_text("private", encoding="utf-8")
    view = SafeTextBrowser()
    qtbot.addWidget(view)
    resource = view.loadResource(QTextDocument.ResourceType.HtmlResource.value, QUrl.fromLocalFile(str(secret)))
    assert bytes(resource.data()) == b""
    image = view.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl.fromLocalFile(str(secret)))
    assert image.width() == 16
