"""Search, saved searches and commenter profiles from the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.store import search as search_store
from tests.ui.conftest import select_thread_article


def test_a_comment_hit_lands_on_the_comment_in_its_thread(qtbot, window) -> None:
    window.select_row(0 if window.article_model.article(0).comments == 0 else 1)  # the other article
    qtbot.keyClick(window.article_table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    panel = window.search_panel
    assert window.middle_tabs.currentWidget() is panel
    qtbot.keyClicks(panel.search_box, "ink signature")
    qtbot.waitUntil(lambda: panel.model.hit_count() > 0, timeout=5000)
    hit = next(h for group in panel.model.groups for h in group.hits if h.comment_id is not None)
    panel.hit_activated.emit(hit.article_id, hit.comment_id)
    assert window.current_article_id() == hit.article_id
    node = window.reader.comment_tree.current_node()
    assert node is not None and node.comment.id == hit.comment_id
    assert node.comment.handle == "Vdars"
    parent_index = window.reader.comment_tree.currentIndex().parent()
    assert window.reader.comment_tree.isExpanded(parent_index)


def test_saved_search_in_the_sidebar_runs_it(qtbot, window) -> None:
    search_store.create_saved_search(window.library.db, "Kremlin", "kremlin")
    window.sidebar.refresh_saved_searches()
    item = window.sidebar.saved_section.child(0)
    assert item.text(0) == "Kremlin"
    qtbot.waitUntil(lambda: item.text(1) not in ("…", ""), timeout=5000)
    window.sidebar._on_item_clicked(item, 0)
    assert window.middle_tabs.currentWidget() is window.search_panel
    assert window.search_panel.query() == "kremlin"


def test_commenter_profile_of_the_current_comment(qtbot, window) -> None:
    select_thread_article(window)
    node = next(n for n in window.reader.comment_model.nodes if n.comment.handle == "zenion")
    window.reader.select_comment(node.comment.id)
    window.commands.profile_action.trigger()
    assert window.reader_stack.currentWidget() is window.profile and window.profile.isVisible()
    assert window.author_note.target() is not None
    assert tuple(window.author_note.target()) == ("author", node.comment.author_id)
    qtbot.waitUntil(lambda: window.sidebar.author_section.childCount() == 8, timeout=5000)
