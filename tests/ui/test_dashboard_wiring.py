"""The dashboard from the window: charts compute, a clicked element filters the list."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import select_thread_article


def test_dashboard_filters_the_list_and_marks_comments(qtbot, window) -> None:
    select_thread_article(window)
    author_id = next(n for n in window.reader.comment_model.nodes if n.comment.handle == "zenion").comment.author_id
    window.commands.dashboard_action.trigger()
    dashboard = window.dashboard
    qtbot.waitUntil(lambda: not dashboard.computing, timeout=15_000)
    dashboard.filter_requested.emit({"kind": "author", "id": author_id})
    assert window.article_model.rowCount() == 1
    marked = set(window.reader.comment_model.matches)
    assert [n.comment.handle for n in window.reader.comment_model.nodes if n.comment.id in marked] == ["zenion"]
    window.sidebar.select_view("all")  # clears the chart filter
    assert window.article_model.rowCount() == 2
    assert window.reader.comment_model.matches == {}
    dashboard.shutdown()


def test_metrics_bar_shows_the_thread(qtbot, window) -> None:
    select_thread_article(window)
    assert "8" in window.reader.metrics_bar.text() and window.reader.metrics_bar.isVisible()
    # An article without comments: the line above the tree says "No comments", the bar is hidden.
    model = window.article_model
    empty = next(row for row in range(model.rowCount()) if not model.article(row).comments)
    window.select_row(empty)
    assert window.reader.thread_label.text() == "No comments" and not window.reader.metrics_bar.isVisible()
    select_thread_article(window)
    assert window.reader.metrics_bar.isVisible()


def test_commenter_dashboard(qtbot, window) -> None:
    select_thread_article(window)
    node = next(n for n in window.reader.comment_model.nodes if n.comment.handle == "Vdars")
    window.reader.select_comment(node.comment.id)
    window.commands.profile_action.trigger()
    window.commands.author_dashboard_action.trigger()
    dashboard = window.dashboard
    qtbot.waitUntil(lambda: not dashboard.computing, timeout=15_000)
    assert dashboard.insight is not None
    dashboard.shutdown()


def test_escape_closes_the_dashboard(qtbot, window) -> None:
    window.commands.dashboard_action.trigger()
    dashboard = window.dashboard
    qtbot.waitUntil(lambda: not dashboard.computing, timeout=15_000)
    dashboard.activateWindow()
    qtbot.waitUntil(dashboard.isActiveWindow)
    dashboard.scroll_area.setFocus()
    qtbot.keyClick(dashboard.scroll_area, Qt.Key.Key_Escape)
    assert not dashboard.isVisible()
    dashboard.shutdown()
