"""Search timings on a generated library: `python benchmarks/search_bench.py [--comments N]`.

Builds a deterministic synthetic library (fixed seed; Latin and Cyrillic text; planted words
with known frequencies, from half the comments down to a handful) through the real store path
(writer.store_document + search.index_articles, in per-file-sized transactions), then times each
query type with search.search() and search.count(), beside the bare FTS5 query of the same MATCH
string as an anchor. Prints medians and maxima in milliseconds. Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import itertools
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.ingest.documents import ParsedComment, ParsedDocument
from desktop.store import search
from desktop.store.db import Library
from desktop.store.query_language import compile_query
from desktop.store.writer import store_document

SEED = 20240531
# Planted words and the share of comments that contain each.
PLANTED = {"alpha": 0.5, "bravo": 0.05, "charlie": 0.005, "delta": 0.0005}
RARE = "echoword"  # in exactly five comments
CYRILLIC = ("Москва", "москве", "ПРАВИТЕЛЬСТВО", "ёлка", "переговоры")
SYLLABLES_LATIN = ("ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi", "pe", "sa", "do", "gu")
SYLLABLES_CYRILLIC = ("ка", "ло", "ми", "не", "ру", "та", "во", "зи", "пе", "са", "до", "гу")


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        syllables = SYLLABLES_CYRILLIC if rng.random() < 0.4 else SYLLABLES_LATIN
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def _body(rng: random.Random, vocabulary: list[str], weights: list[float]) -> str:
    words = rng.choices(vocabulary, cum_weights=weights, k=rng.randint(8, 60))
    for word, share in PLANTED.items():
        if rng.random() < share:
            words.insert(rng.randrange(len(words) + 1), word)
    if rng.random() < 0.1:
        words.insert(rng.randrange(len(words) + 1), rng.choice(CYRILLIC))
    if rng.random() < 0.01:
        words.insert(rng.randrange(len(words) + 1), "White House")
    return " ".join(words).capitalize() + "."


def generate(library: Library, total_comments: int) -> tuple[int, int, float]:
    """Fill the library; returns (articles, comments, seconds spent storing and indexing)."""
    rng = random.Random(SEED)
    vocabulary = _vocabulary(rng, 20_000)
    weights = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(vocabulary))))  # Zipf
    handles = [f"user{n}" for n in range(3_000)] + ["zenion", "Владимир"]
    handle_weights = list(itertools.accumulate(1.0 / (rank + 1) ** 0.8 for rank in range(len(handles))))
    rare_left = 5
    start = datetime(2022, 1, 1)
    made = articles = 0
    spent = 0.0
    batch: list[ParsedDocument] = []
    while made < total_comments:
        size = min(int(rng.paretovariate(1.2) * 8) - 8, 2_000, total_comments - made)
        comments: list[ParsedComment] = []
        stack: list[tuple[int, int]] = []  # (index, depth) of the open path
        counters: dict[int | None, int] = {}
        for index in range(size):
            depth = 1 if not stack or rng.random() < 0.45 else min(stack[-1][1] + 1, 8)
            while stack and stack[-1][1] >= depth:
                stack.pop()
            parent = stack[-1][0] if stack else None
            counters[parent] = counters.get(parent, 0) + 1
            path = f"{comments[parent].path}.{counters[parent]}" if parent is not None else str(counters[parent])
            body = _body(rng, vocabulary, weights)
            if rare_left and rng.random() < 0.0001:
                body += f" {RARE}"
                rare_left -= 1
            handle = rng.choices(handles, cum_weights=handle_weights)[0]
            posted = start + timedelta(minutes=made + index)
            comments.append(ParsedComment(handle, None, "Offline", posted, body, depth, parent, path))
            stack.append((index, depth))
        title = " ".join(rng.choices(vocabulary, cum_weights=weights, k=8)).capitalize()
        paragraphs = [_body(rng, vocabulary, weights) for _ in range(rng.randint(2, 8))]
        batch.append(ParsedDocument(title, None, paragraphs, comments, raw=title, index=0, kind="A"))
        made += size
        articles += 1
        if len(batch) >= 20 or made >= total_comments:
            begun = time.perf_counter()
            with library.atomic():
                ids = [store_document(library.db, d, "bench", datetime(2024, 1, 1)).article_id for d in batch]
                search.index_articles(library.db, ids)
            spent += time.perf_counter() - begun
            batch = []
    return articles, made, spent


QUERIES = [
    ("word in ~50% of comments", "alpha"),
    ("word in ~5%", "bravo"),
    ("word in ~0.5%", "charlie"),
    ("word in ~0.05%", "delta"),
    ("word in 5 comments", RARE),
    ("two words (AND)", "alpha bravo"),
    ("OR", "charlie OR delta"),
    ("exclusion", "bravo -alpha"),
    ("phrase", '"white house"'),
    ("prefix (2 letters)", "ka*"),
    ("prefix (4 letters)", "kalo*"),
    ("Cyrillic, other case", "москва"),
    ("word + author:", "alpha author:user1"),
    ("word + depth:>3", "bravo depth:>3"),
    ("word + date range", "alpha after:2022-02-01 before:2022-02-08"),
    ("author: only", "author:user7"),
    ("is:unread only", "is:unread"),
    ("broad word, newest", "alpha"),
]


# The bare FTS5 query of the same MATCH string: bm25 over every matching comment, top 100.
ANCHOR = "SELECT rowid FROM comment_search WHERE comment_search MATCH ? ORDER BY rank LIMIT 100"


def _time(function: Callable[[], object], runs: int) -> tuple[float, float]:
    timings = []
    for _ in range(runs):
        begun = time.perf_counter()
        function()
        timings.append((time.perf_counter() - begun) * 1000)
    return statistics.median(timings), max(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--comments", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--library", type=Path, help="reuse (or create) this library file")
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory()
    path = args.library or Path(folder.name) / "bench.glossa"
    fresh = not path.exists()
    library = Library.open(path)
    db = library.db
    if fresh:
        articles, comments, spent = generate(library, args.comments)
        print(f"generated {articles} articles, {comments} comments: store + index {spent:.1f} s "
              f"({comments / spent:,.0f} comments/s)")
        begun = time.perf_counter()
        search.rebuild(db)
        print(f"rebuild: {time.perf_counter() - begun:.1f} s")
    print(f"{'query':32} {'search ms':>10} {'max':>7} {'count ms':>9} {'bare FTS ms':>12} {'hits':>8}  capped")
    for label, query in QUERIES:
        order = "newest" if "newest" in label else "relevance"
        results = search.search(db, query, limit=100, order=order)
        assert results.message is None, results.message
        median, worst = _time(lambda q=query, o=order: search.search(db, q, limit=100, order=o), args.runs)
        count_median, _ = _time(lambda q=query: search.count(db, q), max(3, args.runs // 2))
        hits = search.count(db, query)
        match = compile_query(query).match
        bare = "-"
        if match:
            bare_median, _ = _time(lambda m=match: db.execute_sql(ANCHOR, (m,)).fetchall(), args.runs)
            bare = f"{bare_median:.1f}"
        print(f"{label:32} {median:10.1f} {worst:7.1f} {count_median:9.1f} {bare:>12} {hits:8}  {results.capped}")
    library.close()
    folder.cleanup()


if __name__ == "__main__":
    main()
