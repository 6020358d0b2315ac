"""The campaign finder's arithmetic (desktop/analysis/campaigns.py) on hand-made texts and times."""

from __future__ import annotations

from datetime import datetime, timedelta

import numpy as np
import pytest

from desktop.analysis import campaigns as c

TEXT = "The government is lying to you about the war, wake up people and share this before it is deleted"


def at(minute: int) -> datetime:
    return datetime(2026, 3, 1, 10) + timedelta(minutes=minute)


def test_normalise_sees_through_case_punctuation_emoji_and_look_alike_letters() -> None:
    evaded = ("THE GОVЕRNMЕNT is lying to yоu... about the WAR!!! 😡😡 wake up\u200b people, "
              "and share this before it is deleted")
    assert c.normalise(evaded) == c.normalise(TEXT)
    assert c.normalise("  Ѕtop   the wаr! ") == "stop the war"  # Cyrillic Ѕ and а
    assert c.normalise("Война — это мир") == c.normalise("ВОЙНА это МИР!!!")


def test_short_comments_are_not_evidence() -> None:
    for text in ("+1", "Yes", "Thank you for the article", "Спасибо за статью", "Totally agree with you"):
        assert not c.is_evidence(c.normalise(text)), text
    assert c.is_evidence(c.normalise(TEXT))


def test_signatures_estimate_jaccard_and_are_deterministic() -> None:
    edited = TEXT.replace("lying", "lyng").replace("share this", "share this now")
    a, b = c.normalise(TEXT), c.normalise(edited)
    first = c.signatures([a, b])
    assert first.dtype == np.uint32 and first.shape == (2, c.NUM_PERM)
    assert (c.signatures([b]) == first[1]).all()  # a text's signature does not depend on its batch
    estimate = float((first[0] == first[1]).mean())
    assert abs(estimate - c.jaccard(a, b)) < 0.2
    unrelated = c.signatures([c.normalise("Completely different words about gas prices in the northern region today")])
    assert float((first[0] == unrelated[0]).mean()) < 0.2


@pytest.mark.parametrize("similarity", [0.5, 0.8, 0.9, 0.95])
def test_bands_make_pairs_at_the_threshold_candidates(similarity: float) -> None:
    bands, rows = c.bands_for(similarity)
    assert bands * rows <= c.NUM_PERM
    assert 1 - (1 - similarity**rows) ** bands >= c.RECALL_AT_THRESHOLD


def test_candidate_pairs_come_from_shared_buckets_and_only_new_ones_when_asked() -> None:
    texts = [c.normalise(TEXT), c.normalise(TEXT + " now"), c.normalise("Something else entirely about the harvest")]
    matrix = c.signatures(texts)
    ids = np.array([10, 20, 30], dtype=np.int64)
    keys = c.band_keys(matrix, *c.bands_for(0.8))
    assert c.candidate_pairs(ids, keys) == {(10, 20)}
    assert c.candidate_pairs(ids, keys, np.array([False, False, True])) == set()
    assert c.candidate_pairs(ids, keys, np.array([False, True, False])) == {(10, 20)}


def test_groups_join_pairs_transitively() -> None:
    assert sorted(c.groups([(1, 2), (2, 3), (7, 9), (3, 1)])) == [[1, 2, 3], [7, 9]]


def test_campaigns_need_two_handles_and_flag_bursts() -> None:
    members = {
        1: c.Member(1, 100, "ann", at(0)), 2: c.Member(2, 101, "bob", at(5)), 3: c.Member(3, 100, "cat", at(12)),
        4: c.Member(4, 102, "dan", None),
        5: c.Member(5, 100, "eve", at(0)), 6: c.Member(6, 100, "eve", at(1)),  # one handle: not a campaign
        7: c.Member(7, 103, "fay", at(0)), 8: c.Member(8, 104, "gus", at(600)),
    }
    found = c.campaigns([[1, 2, 3, 4], [5, 6], [7, 8]], members, 2, timedelta(minutes=30))
    assert [campaign.id for campaign in found] == [1, 7]
    big, small = found
    assert big.comment_ids == [1, 2, 3, 4]  # oldest first, the undated last
    assert big.authors == ["ann", "bob", "cat", "dan"] and big.article_ids == [100, 101, 102]
    assert big.burst and not small.burst
    assert (big.first, big.last) == (at(0), at(12))
    assert c.campaigns([[1, 2, 3, 4]], members, 5, timedelta(minutes=30)) == []


def test_burst_needs_enough_comments_inside_one_window() -> None:
    assert c.is_burst([at(0), at(29), at(30)], timedelta(minutes=30))
    assert not c.is_burst([at(0), at(29), at(31)], timedelta(minutes=30))
    assert not c.is_burst([at(0), None, None], timedelta(minutes=30))


def test_binomial_tail() -> None:
    assert c.binomial_tail(0, 10, 0.3) == 1.0
    assert c.binomial_tail(1, 1, 0.25) == pytest.approx(0.25)
    assert c.binomial_tail(2, 3, 0.5) == pytest.approx(0.5)
    assert c.binomial_tail(11, 10, 0.5) == 0.0


def test_co_posting_finds_a_pair_that_always_arrives_together_but_not_busy_commenters() -> None:
    rows: list[tuple[int, str, datetime]] = []
    for article in range(40):
        base = at(article * 60 * 24)
        # Everyone comments at scattered times; "ann" and "bob" are on every article, hours apart.
        rows += [(article, "ann", base), (article, "bob", base + timedelta(hours=5))]
        rows += [(article, f"reader{article % 7}", base + timedelta(hours=2)),
                 (article, f"other{article % 5}", base + timedelta(hours=9))]
        if article % 4 == 0:  # ten articles: "sock1" and "sock2" within two minutes of each other
            rows += [(article, "sock1", base + timedelta(hours=3)),
                     (article, "sock2", base + timedelta(hours=3, minutes=2))]
    rows.sort(key=lambda row: (row[0], row[2]))
    found = c.co_posting(rows)
    assert [(p.authors, p.articles, p.shared) for p in found] == [(("sock1", "sock2"), 10, 10)]
    assert found[0].p_value < 1e-6


@pytest.mark.parametrize("seed", range(5))
def test_co_posting_over_arrays_finds_what_the_row_by_row_count_finds(seed: int) -> None:
    rng = np.random.default_rng(seed)
    rows = []
    for article in range(60):
        for _ in range(int(rng.integers(0, 30))):  # crowded articles: runs of many close comments
            rows.append((article, int(rng.integers(0, 25)), int(rng.integers(0, 240))))
        if article % 3 == 0:
            rows += [(article, 30, 100), (article, 31, 103), (article, 32, 110)]  # a coordinated trio
    rows.sort(key=lambda row: (row[0], row[2]))
    slow = c.co_posting([(a, f"h{h:02}", at(m)) for a, h, m in rows], min_articles=2, alpha=0.5)
    table = np.array(rows, dtype=np.int64)
    fast = c.co_posting_arrays(table[:, 0], table[:, 1], table[:, 2] * 60, 10 * 60, min_articles=2, alpha=0.5)
    assert slow  # the comparison means something
    assert sorted((f"h{a:02}", f"h{b:02}", k, n, p) for a, b, k, n, p in fast) == sorted(
        (*p.authors, p.articles, p.shared, p.p_value) for p in slow
    )


def test_co_posting_groups_join_pairs_of_three_or_more() -> None:
    pairs = [c.CoPosting(("a", "b"), 3, 3, 0.0), c.CoPosting(("b", "c"), 4, 5, 0.0), c.CoPosting(("x", "y"), 3, 3, 0.0)]
    assert c.co_posting_groups(pairs) == [["a", "b", "c"]]


def _pairs_bucket_by_bucket(ids, keys, new):  # type: ignore[no-untyped-def]
    """candidate_pairs as the Python pass over each bucket made them, before numpy."""
    pairs = set()
    for band in range(keys.shape[1]):
        buckets: dict[int, list[int]] = {}
        for row in range(len(ids)):
            buckets.setdefault(int(keys[row, band]), []).append(row)
        for rows in buckets.values():
            if new is not None and not any(new[r] for r in rows):
                continue
            members = [int(ids[r]) for r in rows]
            for position, row in enumerate(rows):
                if len(rows) < 2 or (new is not None and not new[row]):
                    continue
                partners = members[: c.PAIRS_PER_MEMBER] + members[position + 1 : position + 1 + c.PAIRS_PER_MEMBER]
                pairs.update((min(members[position], o), max(members[position], o))
                             for o in partners if o != members[position])
    return pairs


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_candidate_pairs_are_the_bucket_by_bucket_pairs(seed: int) -> None:
    rng = np.random.default_rng(seed)
    ids = np.sort(rng.choice(10_000, size=600, replace=False)).astype(np.int64)
    keys = rng.integers(0, 40, size=(600, 3)).astype(np.uint64)  # buckets of up to dozens
    keys[:, 2] = rng.integers(0, 2**63, size=600, dtype=np.uint64)  # a band of lone rows
    assert c.candidate_pairs(ids, keys) == _pairs_bucket_by_bucket(ids, keys, None)
    new = rng.random(600) < 0.1
    assert c.candidate_pairs(ids, keys, new) == _pairs_bucket_by_bucket(ids, keys, new)
    assert c.candidate_pairs(ids, keys, np.zeros(600, dtype=np.bool_)) == set()


def test_shingle_sets_are_each_text_s_distinct_shingle_hashes() -> None:
    rng = np.random.default_rng(4)
    words = ["war", "peace", "ab", "x", "тест", "hello world", "the government is lying"]
    texts = [c.normalise(" ".join(rng.choice(words, size=int(rng.integers(0, 30))))) for _ in range(300)]
    texts += ["", "a", "abcde", "abcdef"]
    hashes, firsts = c._shingle_hashes(texts)
    expected = [np.unique(part) for part in np.split(hashes, firsts[1:])]
    found = c.shingle_sets(texts)
    assert len(found) == len(expected)
    assert all(np.array_equal(a, b) and a.dtype == b.dtype for a, b in zip(found, expected, strict=True))
    values, ends = c.packed_shingle_sets(texts)
    assert [a.tolist() for a in np.split(values, ends[:-1])] == [a.tolist() for a in c.shingle_sets(
        [c.normalise(t) for t in texts])]
