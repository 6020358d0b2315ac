from __future__ import annotations

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
