from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ingest.importer import import_paths
from desktop.store import reading
from desktop.ui.article_list_model import COLUMN_KEYS, ArticleListModel
from desktop.ui.comment_tree_model import CommentTreeModel
from tests.ui.conftest import deep_thread_text


def test_article_list_model_passes_the_model_tester(qtmodeltester, seeded) -> None:
    model = ArticleListModel(seeded)
    model.reload()
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_article_list_sorts_and_filters_in_sql(seeded) -> None:
    model = ArticleListModel(seeded)
    model.reload()
    model.sort(COLUMN_KEYS.index("comments"))
    counts = [model.article(row).comments for row in range(model.rowCount())]
    assert counts == sorted(counts)
    model.sort(COLUMN_KEYS.index("comments"), order=__import__("PySide6.QtCore").QtCore.Qt.SortOrder.DescendingOrder)
    assert [model.article(row).comments for row in range(model.rowCount())] == sorted(counts, reverse=True)
    model.title_filter = "kremlin"
    model.reload()
    assert [model.article(r).title for r in range(model.rowCount())] == [
        "The Kremlin outlined a platform for negotiations with the United States"
    ]
    model.title_filter = "100%_\\"  # LIKE wildcards are escaped, not interpreted
    model.reload()
    assert model.rowCount() == 0


def test_comment_tree_model_on_the_seed_thread(qtmodeltester, seeded) -> None:
    article_id = next(i for i in reading.article_ids(seeded.db) if reading.thread(seeded.db, i))
    model = CommentTreeModel()
    model.set_comments(reading.thread(seeded.db, article_id))
    qtmodeltester.check(model)
    assert model.rowCount() == 7
    sixth = model.index(5, 0)
    assert model.node(sixth).comment.handle == "In passing"
    reply = model.index(0, 0, sixth)
    assert model.node(reply).comment.handle == "Vdars"
    assert model.parent(reply) == sixth
    assert model.node(sixth).subtree == 1


def test_comment_tree_model_on_a_five_level_thread(qtmodeltester, library, tmp_path) -> None:
    source = tmp_path / "deep.txt"
    source.write_text(deep_thread_text(5), encoding="utf-8")
    import_paths(library, [source])
    article_id = reading.article_ids(library.db)[0]
    model = CommentTreeModel()
    model.set_comments(reading.thread(library.db, article_id))
    qtmodeltester.check(model)
    index = model.index(0, 0)
    for depth in range(2, 6):
        index = model.index(0, 0, index)
        assert model.node(index).comment.depth == depth
    assert model.node(model.index(0, 0)).subtree == 4
    assert model.rowCount() == 2


def test_damaged_parent_links_never_loop() -> None:
    from desktop.store.reading import CommentRow

    def row(comment_id: int, parent: int | None) -> CommentRow:
        return CommentRow(comment_id, parent, 1, "1", "h", 1, None, None, "x", False, False)

    # 1 -> 3 (comes later), 2 -> 99 (missing), 3 -> 1: a cycle and an orphan
    model = CommentTreeModel()
    model.set_comments([row(1, 3), row(2, 99), row(3, 1)])
    assert [n.comment.id for n in model.roots] == [1, 2]
    assert model.roots[0].children[0].comment.id == 3


def test_thread_metrics_are_sortable_list_columns(seeded) -> None:
    from PySide6.QtCore import Qt

    model = ArticleListModel(seeded)
    model.reload()
    for key in ("replies", "max_depth", "duration"):
        model.sort(COLUMN_KEYS.index(key), Qt.SortOrder.DescendingOrder)
        top = model.article(0)
        assert top.comments == 8  # the thread sorts first on each of them
    assert (top.replies, top.max_depth) == (1, 2)
    assert top.duration_minutes == 3 * 60 + 50  # 19:38 to 23:28
    assert model.index(0, COLUMN_KEYS.index("duration")).data() == "3 h 50 min"


# -- the comment tree's cards: measured once per width, painted as measured -------------------

_LONG = "A comment long enough to wrap over several lines in a narrow tree. " * 6


def _comments(count: int, body: str = _LONG) -> list:
    from desktop.store.reading import CommentRow

    return [CommentRow(n, None, 1, str(n), f"user{n}", n, None, None, body, False, False) for n in range(1, count + 1)]


def _tree(qtbot, comments: list, size: tuple[int, int] = (420, 2000)):
    from desktop.ui.comment_view import CommentTreeView

    view = CommentTreeView()
    qtbot.addWidget(view)
    model = CommentTreeModel(view)
    view.setModel(model)
    model.set_comments(comments)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    view.expandAll()
    view.doItemsLayout()
    return view, model


def _heights(view, model) -> list[int]:
    return [view.visualRect(model.index(row, 0)).height() for row in range(model.rowCount())]


def test_cards_keep_their_heights_when_the_scroll_bar_comes_or_goes(qtbot) -> None:
    view, model = _tree(qtbot, _comments(3))
    assert not view.verticalScrollBar().isVisible()
    heights, viewport = _heights(view, model), view.viewport().width()
    measured = dict(view.comment_delegate._heights)  # (card, width) -> height
    view.resize(420, 150)  # now the cards overflow: the bar shows and the viewport narrows
    qtbot.waitUntil(view.verticalScrollBar().isVisible, timeout=2000)
    view.doItemsLayout()
    assert view.viewport().width() < viewport
    assert _heights(view, model) == heights
    assert view.comment_delegate._heights == measured  # nothing measured again


def test_a_narrower_tree_measures_its_cards_again(qtbot) -> None:
    view, model = _tree(qtbot, _comments(3))
    heights = _heights(view, model)
    view.resize(260, 2000)
    view.doItemsLayout()
    assert all(new > old for new, old in zip(_heights(view, model), heights, strict=True))


def test_a_big_thread_opens_with_one_layout(qtbot) -> None:
    """The bar appearing after a short thread asks for no second pass over every row."""
    view, model = _tree(qtbot, _comments(2), size=(420, 600))
    layouts = []
    original = view.doItemsLayout
    view.doItemsLayout = lambda: (layouts.append(1), original())  # type: ignore[method-assign]
    model.set_comments(_comments(300, "short"))
    view.expandAll()
    qtbot.waitUntil(view.verticalScrollBar().isVisible, timeout=2000)
    qtbot.wait(20)
    assert layouts == []  # expandAll laid the tree out; nothing scheduled another layout


def test_the_tree_model_answers_from_its_nodes_and_calls_nothing_editable(qtmodeltester) -> None:
    from desktop.store.reading import CommentRow

    rows = [CommentRow(1, None, 1, "1", "a", 1, None, None, "x", False, False),
            CommentRow(2, 1, 2, "1.1", "b", 2, None, None, "y", False, False),
            CommentRow(3, None, 1, "2", "c", 3, None, None, "z", True, False)]
    model = CommentTreeModel()
    model.set_comments(rows)
    qtmodeltester.check(model)
    first, last = model.index(0, 0), model.index(1, 0)
    assert not model.flags(first) & Qt.ItemFlag.ItemIsEditable  # the view opens the text itself
    assert model.hasChildren(first) and not model.hasChildren(last) and model.rowCount(last) == 0
    assert not model.roots[1].children and list(model.roots[0].children) == [model.node(model.index(0, 0, first))]
    model.set_read([3], False)
    assert model.roots[1].comment.is_read is False and model.unread_count() == 3


def test_thread_rows_carry_times_and_flags(seeded) -> None:
    from datetime import datetime

    article_id = next(i for i in reading.article_ids(seeded.db) if reading.thread(seeded.db, i))
    rows = reading.thread(seeded.db, article_id)
    assert [row.path for row in rows][:2] == ["1", "2"]
    assert all(isinstance(row.posted_at, datetime) for row in rows)
    assert all(row.is_read is False and row.truncated is False for row in rows)
    replies = [row for row in rows if row.parent_id is not None]
    assert [(row.handle, row.depth) for row in replies] == [("Vdars", 2)]
