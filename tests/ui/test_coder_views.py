"""View > Coders (issue 23): All Coders, Only Mine (blind coding) and one chosen coder, held by the
session; the thread's chips, the annotations panel, the sidebar's counts and search follow it."""

from __future__ import annotations

from desktop.store import annotations as ann
from desktop.store import coders
from desktop.ui.session import ONE_CODER, ONLY_MINE, CoderView
from desktop.ui.sidebar import ValueRole
from tests.ui.conftest import select_thread_article


def _setup(window) -> tuple[int, int, int, int]:
    """Boris and Anna each tag the open article's first comment; Anna is the window's coder."""
    select_thread_article(window)
    db = window.library.db
    boris, anna = coders.coder_id(db, "Boris"), coders.coder_id(db, "Anna")
    theirs, _ = ann.create_tag(db, "theirs")
    mine, _ = ann.create_tag(db, "mine")
    comment = db.execute_sql("SELECT id FROM comment WHERE article_id = ? ORDER BY position LIMIT 1",
                             (window.reader.article_id,)).fetchone()[0]
    ann.tag_comments(db, theirs, [comment], coder=boris)
    ann.tag_articles(db, theirs, [window.reader.article_id], coder=boris)
    ann.tag_comments(db, mine, [comment], coder=anna)
    ann.set_note(db, ("comment", comment), "Boris thinks so", coder=boris)
    window.controller.set_coder_name("Anna")  # another coder: the panels re-read
    return comment, theirs, mine, boris


def _chips(window, comment: int) -> list[str]:
    model = window.reader.comment_model
    return [model.chip_label(comment, tag) for tag in model.tags_of(comment)]


def _count(window, tag_id: int) -> str:
    item = next(i for i in window.sidebar._tag_items() if i.data(0, ValueRole) == tag_id)
    return item.text(1)


def _panel(window) -> list[str]:
    tree = window.annotations_panel.tree
    return [tree.topLevelItem(i).child(j).text(0) for i in range(tree.topLevelItemCount())
            for j in range(tree.topLevelItem(i).childCount())]


def test_blind_coding_hides_the_others_work_until_revealed(qtbot, window) -> None:
    comment, theirs, mine, _boris = _setup(window)
    assert _chips(window, comment) == ["theirs · Bo", "mine"]  # every coder's, Boris's told apart
    assert "theirs · Bo" in window.reader.article_view.toPlainText()  # the article's own chips too
    assert _count(window, theirs) == "2"  # an article and a comment
    assert any("Boris thinks so" in text for text in _panel(window))
    window.commands.only_mine_action.trigger()  # Ctrl+Alt+B
    assert window.session.coder_view.kind == ONLY_MINE
    assert window.commands.coder_view_label.isVisible()
    assert _chips(window, comment) == ["mine"]
    assert "theirs" not in window.reader.article_view.toPlainText()
    assert _count(window, theirs) == ""
    assert _count(window, mine) == "1"
    assert not any("Boris thinks so" in text for text in _panel(window))
    window.session.filter_by_tags([theirs], "or")
    assert window.session.list_query.articles == frozenset()  # no article carries it as far as Anna sees
    window.commands.only_mine_action.trigger()  # pressed again: revealed
    assert window.session.coder_view == CoderView()
    assert not window.commands.coder_view_label.isVisible()
    assert _chips(window, comment) == ["theirs · Bo", "mine"]
    assert _count(window, theirs) == "2"


def test_a_chosen_coders_view_shows_only_theirs(qtbot, window) -> None:
    comment, _theirs, mine, boris = _setup(window)
    window.commands.coders_menu.aboutToShow.emit()
    action = next(a for a in window.commands.coder_actions if a.text() == "Boris")
    action.trigger()
    assert window.session.coder_view == CoderView(ONE_CODER, boris, "Boris")
    assert window.commands.coder_view_label.text() == "Showing only Boris's annotations"
    assert _chips(window, comment) == ["theirs"]  # one coder's: no initials needed
    assert _count(window, mine) == ""
    assert window.session.view_coder() == boris


def test_only_mine_finds_the_coder_without_making_one_and_follows_the_first_write(qtbot, library, tmp_path) -> None:
    from desktop.store.db import Library
    from desktop.ui.session import Session

    session = Session(library)
    session.annotations.set_coder_name("Newcomer")
    with qtbot.waitSignals([session.coder_view_changed, session.annotations_changed]):
        session.set_coder_view(CoderView(ONLY_MINE))
    assert session.view_coder() == 0  # nobody's yet: nothing shown, and no coder made by looking
    assert coders.find_coder(library.db, "Newcomer") is None
    tag, _ = ann.create_tag(library.db, "frames")
    session.annotations.run(ann.tag_articles, tag, [])  # a first write, even of nothing, makes the coder
    newcomer = coders.find_coder(library.db, "Newcomer")
    assert newcomer is not None and session.view_coder() == newcomer
    # Another library: blind coding stays; a chosen coder of the old one does not
    session.set_coder_view(CoderView(ONE_CODER, newcomer, "Newcomer"))
    other = Library.open(tmp_path / "other.glossa")
    try:
        with qtbot.waitSignal(session.coder_view_changed):
            session.set_library(other)
        assert session.coder_view == CoderView()
        session.set_coder_view(CoderView(ONLY_MINE))
        session.set_library(library)
        assert session.coder_view.kind == ONLY_MINE
    finally:
        other.close()


def test_the_annotations_browser_follows_the_coder_view(qtbot, window) -> None:
    from desktop.ui.annotations_browser import AnnotationsBrowser

    _setup(window)
    browser = AnnotationsBrowser(window.library)
    browser.view_coder = window.session.view_coder  # as side_windows.show_browser wires it
    qtbot.addWidget(browser)
    browser.show()
    qtbot.waitExposed(browser)

    def texts() -> list[str]:
        return [browser.model.entry(row).text for row in range(browser.model.rowCount())]

    assert "Boris thinks so" in texts()
    window.commands.only_mine_action.trigger()
    browser.refresh()
    assert "Boris thinks so" not in texts()


def test_saved_search_counts_follow_the_coder_view(qtbot, window) -> None:
    from desktop.store import search

    _setup(window)
    saved = window.session.call(search.create_saved_search, "Boris's", "tag:theirs")
    counter = window.sidebar.counter
    with qtbot.waitSignal(counter.counts_ready) as every:
        counter.refresh()
    assert every.args[0][saved.id] == 2  # the article and the comment
    window.commands.only_mine_action.trigger()
    with qtbot.waitSignal(counter.counts_ready) as blind:
        counter.refresh()
    assert blind.args[0][saved.id] == 0
