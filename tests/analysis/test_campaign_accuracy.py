"""The campaign finder on a generated corpus with planted campaigns (benchmarks/campaign_corpus.py:
edited copies with typos, inserted and deleted words, look-alike letters, Latin and Cyrillic
texts, among unrelated comments and innocent common phrases). Accuracy only, no timings."""

from __future__ import annotations

import pytest
from peewee import SqliteDatabase

from benchmarks.campaign_corpus import found_pairs, generate, precision_recall, store, truth_pairs
from desktop.analysis.campaigns import groups
from desktop.store import campaigns, summaries
from desktop.store.db import Library
from tests.store.test_campaigns import edit


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


def _result(library: Library) -> tuple[object, ...]:
    """Everything an analysis leaves: campaigns, co-posting pairs, the campaign rows notes are on."""
    rows = library.db.execute_sql("SELECT comment_id FROM campaign ORDER BY comment_id").fetchall()
    return campaigns.load(library.db), campaigns.kept_co_posting(library.db), rows


def _kept_groups(library: Library) -> list[list[int]]:
    """The kept groups (near_duplicate_group), as analysis.groups gives them from the pairs."""
    by_group: dict[int, list[int]] = {}
    for comment_id, group_id in library.db.execute_sql("SELECT comment_id, group_id FROM near_duplicate_group"):
        by_group.setdefault(group_id, []).append(comment_id)
    return sorted(sorted(members) for members in by_group.values())


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

    found, co_posting, anchors = _result(updated)
    assert len(found) >= 10 and co_posting  # the comparison means something
    assert (found, co_posting, anchors) == _result(fresh)
    assert co_posting == campaigns.co_posting(updated.db)  # the kept counts: a count of the whole library
    assert _kept_groups(updated) == sorted(groups(updated.db.execute_sql(
        "SELECT comment_id, other_id FROM near_duplicate").fetchall()))
    updated.close()
    fresh.close()


def _same_changes(db: SqliteDatabase, campaign: list[int], plain: list[int], delete: bool) -> None:
    """Edits (and deletions) as a re-import makes them: a campaign copy rewritten into another
    text, a plain comment rewritten into a copy of a campaign, a copy and a whole article deleted."""
    edit(db, campaign[0], "Nothing in common with anything else here, a fresh text about gardens and bees")
    body = db.execute_sql("SELECT body FROM comment WHERE id = ?", (campaign[3],)).fetchone()[0]
    edit(db, plain[0], body + " indeed")
    if delete:
        db.execute_sql("DELETE FROM comment WHERE id = ?", (campaign[6],))
        db.execute_sql("DELETE FROM article WHERE id = (SELECT article_id FROM comment WHERE id = ?)", (plain[1],))
        summaries.refresh_all(db)


@pytest.mark.parametrize("delete", [False, True], ids=["edits", "edits-and-deletions"])
def test_an_update_after_edits_and_deletions_finds_what_a_full_analysis_finds(tmp_path, delete) -> None:  # type: ignore[no-untyped-def]
    corpus, later = generate(3_000, seed=7), generate(600, seed=8)
    updated, fresh = Library.open(tmp_path / "updated.glossa"), Library.open(tmp_path / "fresh.glossa")
    for library in (updated, fresh):
        labels = store(library.db, corpus)
        in_campaigns = sorted(labels)
        plain = [r[0] for r in library.db.execute_sql("SELECT id FROM comment ORDER BY id").fetchall()
                 if r[0] not in labels][:2]
        if library is updated:
            campaigns.update(library.db)
        _same_changes(library.db, in_campaigns, plain, delete)
        store(library.db, later, len(corpus.articles))
    report = campaigns.update(updated.db)
    assert not report.full and report.sketched > 400
    assert campaigns.update(fresh.db).full
    assert _result(updated) == _result(fresh)
    assert campaigns.kept_co_posting(updated.db) == campaigns.co_posting(updated.db)
    updated.close()
    fresh.close()


def test_worker_processes_find_what_one_process_finds(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    corpus = generate(1_500, seed=5)
    alone, pooled = Library.open(tmp_path / "alone.glossa"), Library.open(tmp_path / "pooled.glossa")
    store(alone.db, corpus)
    store(pooled.db, corpus)
    campaigns.update(alone.db)
    monkeypatch.setattr(campaigns, "_POOL_FROM", 100)
    monkeypatch.setattr(campaigns, "_FETCH", 300)  # several batches in flight
    campaigns.update(pooled.db)
    assert _result(pooled) == _result(alone)
    sketches = "SELECT comment_id, fingerprint, signature FROM comment_sketch ORDER BY comment_id"
    assert pooled.db.execute_sql(sketches).fetchall() == alone.db.execute_sql(sketches).fetchall()
    alone.close()
    pooled.close()
