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
