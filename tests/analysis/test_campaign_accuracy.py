"""The campaign finder on a generated corpus with planted campaigns (benchmarks/campaign_corpus.py:
edited copies with typos, inserted and deleted words, look-alike letters, Latin and Cyrillic
texts, among unrelated comments and innocent common phrases). Accuracy only, no timings."""

from __future__ import annotations

from benchmarks.campaign_corpus import found_pairs, generate, precision_recall, store, truth_pairs
from desktop.store import campaigns
from desktop.store.db import Library


def test_pairwise_precision_and_recall_on_planted_campaigns(library: Library) -> None:
    corpus = generate(3_000, seed=7)
    assert corpus.campaigns >= 10
    labels = store(library.db, corpus)
    campaigns.update(library.db)
    found = campaigns.load(library.db)
    precision, recall = precision_recall(found_pairs([c.comment_ids for c in found]), truth_pairs(labels))
    assert precision >= 0.95
    assert recall >= 0.95


def test_the_generator_is_deterministic() -> None:
    assert generate(500, seed=3) == generate(500, seed=3)
    assert generate(500, seed=3) != generate(500, seed=4)


def test_an_update_after_new_comments_finds_what_a_full_analysis_of_the_library_finds(tmp_path) -> None:  # type: ignore[no-untyped-def]
    first, later = generate(3_000, seed=7), generate(600, seed=8)
    updated, fresh = Library.open(tmp_path / "updated.glossa"), Library.open(tmp_path / "fresh.glossa")
    store(updated.db, first)
    campaigns.update(updated.db)
    store(updated.db, later, len(first.articles))
    report = campaigns.update(updated.db)
    store(fresh.db, first)
    store(fresh.db, later, len(first.articles))
    assert campaigns.update(fresh.db).full and not report.full

    def result(library: Library) -> tuple[object, ...]:
        rows = library.db.execute_sql("SELECT comment_id FROM campaign ORDER BY comment_id").fetchall()
        return campaigns.load(library.db), campaigns.kept_co_posting(library.db), rows

    found, co_posting, anchors = result(updated)
    assert len(found) >= 10 and co_posting  # the comparison means something
    assert (found, co_posting, anchors) == result(fresh)
    updated.close()
    fresh.close()
