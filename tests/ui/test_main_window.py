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
    window.commands.collapse_all_action.trigger()
    assert not tree.isExpanded(index)
    window.commands.expand_all_action.trigger()
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
    window.commands.next_unread_action.trigger()
    assert reader.comment_tree.current_node().number == 1
    window.commands.read_on_action.trigger()
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
    rows = dict(shortcut_rows(window.commands.all_actions()))
    assert rows["Next Article"] == "J"
    assert rows["Keyboard Shortcuts"] == "? or F1"
    for name in ("Previous Article", "Next Comment", "Previous Comment", "Parent Comment", "Read On", "Star",
                 "Toggle Read", "Filter Titles", "Collapse Subthread", "Expand Subthread"):
        assert name in rows
    dialog = ShortcutsDialog(window.commands.all_actions(), window)
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


def _card_center(tree, comment_id: int):
    index = tree.tree_model().index_of(comment_id)
    tree.scrollTo(index)
    return tree.visualRect(index).center()


def test_double_click_opens_a_comment_for_selecting_and_escape_closes_it(qtbot, window) -> None:
    select_thread_article(window)
    tree = window.reader.comment_tree
    node = next(n for n in window.reader.comment_model.nodes if n.comment.handle == "Vdars")
    position = _card_center(tree, node.comment.id)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=position)  # a double-click starts as a click
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=position)
    editor = tree.active_editor
    assert editor is not None and editor.node is node
    assert editor.toPlainText() == node.comment.body and editor.isReadOnly()
    qtbot.waitUntil(editor.hasFocus, timeout=2000)
    assert tree.tree_model().flags(tree.currentIndex()) & Qt.ItemFlag.ItemIsSelectable
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: tree.active_editor is None, timeout=2000)


def test_an_open_comment_text_closes_when_another_comment_becomes_current(qtbot, window) -> None:
    select_thread_article(window)
    reader = window.reader
    tree = reader.comment_tree
    first, second = reader.comment_model.nodes[0], reader.comment_model.nodes[1]
    reader.select_comment(first.comment.id)
    editor = tree.open_text()
    assert editor is not None and editor.node is first
    reader.select_comment(second.comment.id)  # from a search hit, say: the focus stays where it was
    qtbot.waitUntil(lambda: tree.active_editor is None, timeout=2000)
    assert tree.open_text().node is second  # and the next one opens as before


def test_the_edit_key_opens_the_current_comment_text(qtbot, window) -> None:
    select_thread_article(window)
    reader = window.reader
    tree = reader.comment_tree
    reader.select_comment(reader.comment_model.nodes[2].comment.id)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    assert tree.active_editor is not None and tree.active_editor.node is reader.comment_model.nodes[2]
    qtbot.keyClick(tree.active_editor, Qt.Key.Key_J)  # read-only: typing changes nothing
    assert tree.active_editor.toPlainText() == reader.comment_model.nodes[2].comment.body


def test_tab_leaves_an_open_comment_text(qtbot, window) -> None:
    select_thread_article(window)
    reader = window.reader
    tree = reader.comment_tree
    reader.select_comment(reader.comment_model.nodes[0].comment.id)
    editor = tree.open_text()
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # the focus moves on and the text closes, as it always did
    qtbot.waitUntil(lambda: tree.active_editor is None, timeout=2000)
    assert tree.current_node() is reader.comment_model.nodes[0]
    assert tree.open_text() is not None  # and it opens again


def _card_heights(tree) -> dict[int, int]:
    model = tree.tree_model()
    tree.doItemsLayout()
    return {node.comment.id: tree.visualRect(model.index_of_node(node)).height() for node in model.nodes}


def test_a_bigger_reading_font_measures_the_cards_again(qtbot, window) -> None:
    select_thread_article(window)
    tree = window.reader.comment_tree
    before = _card_heights(tree)
    window.settings.reading_font_size = QApplication.font().pointSize() + 8
    window.apply_reading_font()
    after = _card_heights(tree)
    assert all(after[comment_id] > height for comment_id, height in before.items())


def test_a_highlight_is_painted_in_its_card_and_keeps_its_height(qtbot, window) -> None:
    from desktop.store.annotations import HighlightInfo, Target

    select_thread_article(window)
    reader = window.reader
    tree = reader.comment_tree
    node = max(reader.comment_model.nodes[1:], key=lambda n: len(n.comment.body))
    before = _card_heights(tree)
    body = node.comment.body
    highlight = HighlightInfo(1, Target("comment", node.comment.id), reader.article_id, 0, len(body), body, None,
                              None, "2024-01-01 00:00:00", False)
    reader.comment_model.set_annotations({}, {}, {node.comment.id: [highlight]}, {})
    assert _card_heights(tree) == before
    index = reader.comment_model.index_of_node(node)
    tree.scrollTo(index)
    rect = tree.visualRect(index)
    image = tree.viewport().grab(rect).toImage()
    yellow = 0
    for x in range(0, image.width(), 3):
        for y in range(0, image.height(), 3):
            color = image.pixelColor(x, y)
            yellow += color.red() > color.blue() + 40 and color.green() > color.blue() + 20
    assert yellow > 50  # the highlight's default colour behind the text


def open_thread_again(window) -> None:
    """The window opens on the thread (issue 18): another article first, then the thread."""
    window.select_row(next(r for r in range(window.article_model.rowCount())
                           if not window.article_model.article(r).comments))
    select_thread_article(window)


def test_a_big_threads_figures_follow_its_first_paint(qtbot, window, monkeypatch) -> None:
    from desktop.ui import reader_panel

    monkeypatch.setattr(reader_panel, "LARGE_THREAD", 3)  # the 8-comment demo thread counts as big
    reader = window.reader
    open_thread_again(window)
    assert reader.metrics_bar.metrics() is None  # not yet: the tree is painted first
    qtbot.waitUntil(lambda: reader.metrics_bar.metrics() is not None, timeout=3000)
    assert reader.metrics_bar.metrics().article_id == reader.article_id and "8" in reader.metrics_bar.text()


def test_figures_that_arrive_late_are_not_shown_for_another_article(qtbot, window, monkeypatch) -> None:
    from desktop.ui import reader_panel

    monkeypatch.setattr(reader_panel, "LARGE_THREAD", 3)
    reader = window.reader
    select_thread_article(window)
    other = next(row for row in range(window.article_model.rowCount())
                 if window.article_model.article(row).id != reader.article_id)
    window.select_row(other)  # before the first thread's figures ran
    shown = reader.metrics_bar.metrics()
    qtbot.wait(50)
    assert reader.metrics_bar.metrics() is shown and shown.article_id == reader.article_id


def test_a_thread_opens_scrolling_by_comment_and_turns_smooth_once_painted(qtbot, window, monkeypatch) -> None:
    from PySide6.QtWidgets import QAbstractItemView

    from desktop.ui import reader_panel

    tree = window.reader.comment_tree
    open_thread_again(window)
    assert tree.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem  # only visible cards measured
    qtbot.waitUntil(lambda: tree.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerPixel, timeout=3000)
    monkeypatch.setattr(reader_panel, "LARGE_THREAD", 3)  # the 8-comment demo thread counts as big
    window.reader.show_article(window.reader.article_id)
    qtbot.wait(50)
    assert tree.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem  # a big thread stays so
