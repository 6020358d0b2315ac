"""The session owns the open library: opening another reaches every panel through one signal,
and a note being written is saved into the library it was written in, before the switch."""

from __future__ import annotations

from pathlib import Path

from desktop.ingest.importer import import_paths
from desktop.store import annotations as annotation_store
from desktop.store import reading
from desktop.store.db import Library
from desktop.ui.main_window import MainWindow
from desktop.ui.session import ListQuery, Session
from tests.conftest import SEEDS
from tests.ui.conftest import deep_thread_text, select_thread_article


def test_another_library_reaches_every_panel(qtbot, window: MainWindow, tmp_path: Path) -> None:
    old = window.library
    select_thread_article(window)
    article_id = window.current_article_id()
    assert article_id is not None
    window.note_editor.set_target(("article", article_id), "the article")
    window.note_editor.editor.setPlainText("written just before the switch")
    other = Library.open(tmp_path / "other.glossa")
    try:
        window.session.set_library(other)
        panels = [window.controller, window.note_editor, window.author_note, window.search_panel, window.profile,
                  window.annotations_panel, window.reader, window.sidebar]
        assert [panel.library for panel in panels] == [other] * len(panels)
        assert window.library is other and window.article_model.library is other
        assert window.windowTitle().startswith("other") and window.article_model.rowCount() == 0
        assert window.reader.article_id is None and window.reader.tag_filter == []
        note = annotation_store.get_note(old.db, ("article", article_id))
        assert note is not None and note.body == "written just before the switch"
        assert not window.controller.stack.canUndo()  # its undo step belonged to the old library
    finally:
        window.wait_for_background()
        other.close()


def test_the_list_query_changes_only_by_its_commands(qtbot, seeded: Library, tmp_path: Path) -> None:
    session = Session(seeded)
    first, second = reading.article_ids(seeded.db, "all", "date", True, "")[:2]
    tag_id, _ = annotation_store.create_tag(seeded.db, "sarcasm")
    annotation_store.tag_articles(seeded.db, tag_id, [first])
    with qtbot.waitSignal(session.list_query_changed) as changed:
        session.filter_by_tags([tag_id], "or")
    assert changed.args == [ListQuery("all", (tag_id,), "or", frozenset({first}))]

    annotation_store.tag_articles(seeded.db, tag_id, [second])
    session.tags_changed([tag_id])  # the tag is still there: its articles now
    assert session.list_query.articles == {first, second}
    session.tags_changed([])  # deleted: no tag filter, the view stays
    assert session.list_query == ListQuery("all")

    session.filter_by_chart([first], [7, 8])
    assert session.list_query == ListQuery("all", articles=frozenset({first}), comments=frozenset({7, 8}))
    session.show_view("starred")
    assert session.list_query == ListQuery("starred")
    session.tags_changed([tag_id])  # no tag filter: nothing to follow
    assert session.list_query == ListQuery("starred")

    other = Library.open(tmp_path / "other.glossa")
    try:
        session.filter_by_chart([first], [7])
        session.set_library(other)  # the filters were the old library's
        assert session.list_query == ListQuery("all")
        session.show_view("starred")
        session.set_library(seeded)  # it opens on All articles, as the sidebar shows it
        assert session.list_query == ListQuery("all")
    finally:
        other.close()


def test_the_window_shows_the_sessions_list_query(qtbot, window: MainWindow) -> None:
    select_thread_article(window)
    article_id = window.current_article_id()
    comment_id = window.reader.comment_model.nodes[0].comment.id
    window.session.filter_by_chart([article_id], [comment_id])
    assert window.article_model.ids == [article_id] and window.current_article_id() == article_id
    assert window.reader.comment_model.matches == {comment_id: -1}
    window.session.show_view("all")
    assert window.article_model.rowCount() == 2 and window.reader.comment_model.matches == {}


def _row(window: MainWindow, article_id: int) -> reading.ArticleRow:
    row = window.article_model.article(window.article_model.row_of(article_id))
    assert row is not None
    return row


def test_read_and_starred_state_reach_the_list_the_thread_and_the_sidebar(qtbot, window: MainWindow) -> None:
    select_thread_article(window)
    article_id = window.current_article_id()
    assert article_id is not None and _row(window, article_id).is_read  # opening it read its text
    total = len(window.reader.comment_model.nodes)
    assert total > 0 and window.reader.comment_model.unread_count() == total
    window.article_table.setFocus()  # Mark Read on the list marks the article, not a comment

    window.commands.read_action.trigger()
    assert window.reader.comment_model.unread_count() == 0 and window.reader.thread_label.text().endswith("all read")
    assert _row(window, article_id).unread == 0
    window.commands.read_action.trigger()
    assert window.reader.comment_model.unread_count() == total and not _row(window, article_id).is_read

    starred = window.sidebar.view_items["starred"]
    window.commands.star_action.trigger()
    assert _row(window, article_id).is_starred and starred.text(1) == "1"
    window.commands.mark_read_action.trigger()
    assert window.reader.comment_model.unread_count() == 0 and _row(window, article_id).unread == 0


def test_an_annotation_names_the_articles_it_changed(qtbot, window: MainWindow) -> None:
    select_thread_article(window)
    article_id = window.current_article_id()
    comment_id = window.reader.comment_model.nodes[0].comment.id
    with qtbot.waitSignal(window.session.annotations_changed) as created:
        tag_id, _change = window.controller.run(annotation_store.create_tag, "sarcasm")
    assert created.args == [None]  # a new tag: every tag list
    with qtbot.waitSignal(window.session.annotations_changed) as tagged:
        window.controller.run(annotation_store.tag_comments, tag_id, [comment_id])
    assert tagged.args == [{article_id}]
    assert window.reader.comment_model.tag_ids.get(comment_id) == [tag_id]  # the open article follows
    with qtbot.waitSignal(window.session.annotations_changed) as undone:
        window.controller.stack.undo()
    assert undone.args == [{article_id}]
    assert not window.reader.comment_model.tag_ids.get(comment_id)


def test_the_session_keeps_the_undo_stack_of_its_library(qtbot, seeded: Library, tmp_path: Path) -> None:
    session = Session(seeded)
    (article_id,) = reading.article_ids(seeded.db, "all", "date", True, "")[:1]
    tag_id, _ = session.annotations.run(annotation_store.create_tag, "sarcasm")
    with qtbot.waitSignal(session.annotations_changed) as changed:
        session.annotations.run(annotation_store.tag_articles, tag_id, [article_id])
    assert changed.args == [{article_id}]
    with qtbot.waitSignal(session.annotations_changed) as changed:
        session.annotations.stack.undo()
    assert changed.args == [{article_id}] and annotation_store.articles_with_tags(seeded.db, [tag_id], "or") == []
    other = Library.open(tmp_path / "other.glossa")
    try:
        session.set_library(other)
        assert session.annotations.library is other and not session.annotations.stack.canUndo()
    finally:
        other.close()


def test_a_comment_read_in_the_thread_is_written_through_the_session(qtbot, window: MainWindow) -> None:
    select_thread_article(window)
    article_id = window.current_article_id()
    reader = window.reader
    node = reader.comment_model.nodes[0]
    unread = _row(window, article_id).unread
    with qtbot.waitSignal(window.session.reading_changed) as written:
        reader.set_comments_read([node.comment.id], True)
    assert written.args == [[article_id]]
    assert node.comment.id in reading.read_comment_ids(window.library.db, article_id)
    assert node.comment.is_read and _row(window, article_id).unread == unread - 1  # the thread and the list follow
    window.session.set_comments_read(article_id, [node.comment.id], False)  # from elsewhere: the thread shows it
    assert not node.comment.is_read and _row(window, article_id).unread == unread


def test_another_library_reaches_the_panels_before_the_window_opens_an_article(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """The order that matters: each panel takes the new library, quietly, before the window
    opens the article remembered for it. A panel after the window would show the old library's
    tags, or empty the Note panel the window had just set; a panel that made the list reload
    during the switch would open another article and remember that one instead."""
    page = tmp_path / "deep.txt"
    page.write_text(deep_thread_text(), encoding="utf-8")
    import_paths(window.library, [page])  # an article the other library has no id for
    window.article_list.reload_keeping_current()
    shown = max(reading.article_ids(window.library.db, "all", "date", True, ""))
    assert window.select_article(shown) and window.current_article_id() == shown
    window.controller.run(annotation_store.create_tag, "only in the old library")
    window.sidebar.select_view("unread")
    other = Library.open(tmp_path / "other.glossa")
    try:
        import_paths(other, [SEEDS])
        model = window.article_model
        listed = reading.article_ids(other.db, "all", model.sort_key, model.descending, "")
        remembered = listed[-1]  # not the first row, which a reload during the switch would open
        assert shown not in listed and len(listed) > 1
        window.settings.set_last_article(str(other.path), remembered)
        window.session.set_library(other)
        assert window.current_article_id() == remembered == window.settings.last_article(str(other.path))
        assert window.note_editor.library is other and window.note_editor.target() == ("article", remembered)
        assert window.sidebar.tags() == {} and window.reader.tags == {} and window.article_model.tag_colors == {}
        assert window.session.list_query == ListQuery() and window.sidebar.tree.currentItem() is (
            window.sidebar.view_items["all"])
        assert window.article_model.rowCount() == len(reading.article_ids(other.db, "all", "date", True, ""))
    finally:
        window.wait_for_background()
        other.close()


def test_a_new_tag_reaches_the_sidebar_before_the_window_hands_the_tags_round(qtbot, window: MainWindow) -> None:
    select_thread_article(window)
    tag_id, _change = window.controller.run(annotation_store.create_tag, "sarcasm")
    assert tag_id in window.sidebar.tags()
    assert tag_id in window.reader.tags and tag_id in window.article_model.tag_colors
