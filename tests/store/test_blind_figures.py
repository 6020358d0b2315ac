"""Blind coding (issue 23) in the Dashboard's figures: with a coder, the tag counts, the
co-occurrence matrices, the tagged totals and the filters of their chart elements count only that
coder's links and highlights; without one, every coder's. Two coders, on both engines."""

from __future__ import annotations

from desktop.store import metrics
from desktop.store.db import Library
from desktop.store.models import OWNER_ID
from tests.store.test_coder_views import coded  # noqa: F401  (the fixture: the owner and Vera)


def _counts(found: metrics.Insight) -> dict[int, tuple[int, int]]:
    return {t.tag_id: (t.comments, t.articles) for t in found.tags}


def test_the_dashboards_tag_figures_follow_the_coder(engine_library: Library, coded: dict[str, int]) -> None:  # noqa: F811
    db = engine_library.db
    mine, theirs, shared = coded["mine"], coded["theirs"], coded["shared"]
    everyone = metrics.insight(db)
    assert _counts(everyone) == {mine: (1, 1), theirs: (1, 1), shared: (2, 1)}
    assert everyone.totals is not None and everyone.totals.tagged_comments == 2
    own = metrics.insight(db, coder=OWNER_ID)
    assert own.coder == OWNER_ID
    assert _counts(own) == {mine: (1, 1), shared: (1, 1)}  # Vera's "theirs" and second comment hidden
    assert own.totals is not None and own.totals.tagged_comments == 1 and own.totals.highlights == 1
    assert [t.tag_id for t in own.co_comments.tags] == [mine, shared]
    assert [t.tag_id for t in own.co_articles.tags] == [mine, shared]
    assert theirs not in _counts(metrics.insight(db, article_id=coded["article"], coder=OWNER_ID))
    # a clicked bar finds only the coder's: Vera's "shared" on the second comment is not the owner's
    bar = next(t for t in own.tags if t.tag_id == shared)
    assert bar.filter["coder"] == OWNER_ID
    assert metrics.resolve_filter(db, bar.filter).comment_ids == [coded["first"]]
    every_bar = next(t for t in everyone.tags if t.tag_id == shared)
    assert "coder" not in every_bar.filter
    assert metrics.resolve_filter(db, every_bar.filter).comment_ids == [coded["first"], coded["second"]]
    cell = own.co_articles.filter(0, 1)
    assert metrics.resolve_filter(db, cell).article_ids == [coded["article"]]
    assert metrics.resolve_filter(db, {"kind": "tag", "id": theirs, "coder": OWNER_ID}).article_ids == []
