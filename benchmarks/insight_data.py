"""A library shaped for the Insight dashboard and its metrics: heavy-tailed threads, a daily rhythm,
a few dominant commenters, deep reply chains, tags that occur together.

    .venv/bin/python benchmarks/insight_data.py OUT.glossa --comments 100k [--articles N] [--seed S]

Rows go in through the store's bulk path (desktop.store.writer.store_document inside one write
transaction per batch, the importer's way), tags through desktop.store.annotations. The full-text
index is left empty unless --index is given (the dashboard does not need it). 100k comments take
~3 s, 1M comments in 100k articles ~40 s.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import remove_library
from desktop.ingest.documents import ParsedComment, ParsedDocument
from desktop.store import annotations, search
from desktop.store.db import Library
from desktop.store.writer import store_document

SIZES = {"10k": 10_000, "100k": 100_000, "1M": 1_000_000}
WORDS = (
    "the of and to in a is that for on was with as by it at from be are has have not this war peace talks "
    "sanctions gas price army drone kremlin washington kyiv moscow europe nato border village front missile "
    "economy ruble dollar bank export weapons aid people government minister president official report"
).split()
# Comments per hour of the day (local time): quiet at night, a peak in the evening.
HOUR_WEIGHTS = [2, 1, 1, 1, 1, 2, 4, 7, 9, 10, 10, 11, 12, 11, 10, 10, 11, 13, 16, 19, 21, 19, 12, 5]
TAGS = [
    ("rhetoric/insult", "#c0392b"),
    ("rhetoric/sarcasm", "#e67e22"),
    ("rhetoric/whataboutism", "#d35400"),
    ("propaganda/dehumanisation", "#8e44ad"),
    ("propaganda/conspiracy", "#9b59b6"),
    ("topic/economy", "#27ae60"),
    ("topic/military", "#2c3e50"),
    ("topic/diplomacy", "#2980b9"),
    ("stance/pro-government", "#16a085"),
    ("stance/critical", "#7f8c8d"),
    ("quality/off-topic", "#95a5a6"),
    ("quality/informative", "#f1c40f"),
]
# Tags that tend to occur together on a comment (indices into TAGS).
CLUSTERS = [(0, 3, 9), (1, 2, 8), (5, 7, 11), (6, 3, 0), (4, 3), (10,), (1, 9), (6, 7)]


def thread_sizes(rng: random.Random, articles: int, comments: int) -> list[int]:
    """Heavy-tailed sizes summing to `comments`: a quarter of the articles without comments."""
    raw = [0.0 if rng.random() < 0.25 else rng.paretovariate(1.1) for _ in range(articles)]
    scale = comments / sum(raw)
    sizes = [int(r * scale) for r in raw]
    cap = max(50, comments // 10)
    sizes = [min(s, cap) for s in sizes]
    missing = comments - sum(sizes)
    commented = [i for i, s in enumerate(sizes) if s] or list(range(articles))
    while missing > 0:
        index = rng.choice(commented)
        step = min(missing, 1 + missing // len(commented))
        sizes[index] += step
        missing -= step
    return sizes


def posting_time(rng: random.Random, start: datetime, pace: float) -> datetime:
    """A time after `start`, pushed to an hour people comment at."""
    while True:
        when = start + timedelta(minutes=rng.expovariate(1 / (240 * pace)))
        if rng.random() * 21 < HOUR_WEIGHTS[when.hour]:
            return when


def build_thread(
    rng: random.Random, size: int, published: datetime, authors: list[str], cumulative: list[float]
) -> list[ParsedComment]:
    comments: list[ParsedComment] = []
    children: list[int] = []  # replies so far per comment (to number paths)
    roots = 0
    when = published + timedelta(minutes=rng.expovariate(1 / 45))
    local = rng.choices(authors, cum_weights=cumulative, k=max(3, size // 3 + 1))  # a thread has its regulars
    pace = min(1.0, 300 / max(size, 1))  # big threads are busy: they last days, not years
    for _ in range(size):
        if rng.random() < 0.3:
            when = posting_time(rng, when, pace)
        else:
            when += timedelta(minutes=rng.expovariate(1 / (12 * pace)))
        handle = rng.choice(local) if rng.random() < 0.6 else rng.choices(authors, cum_weights=cumulative)[0]
        parent: int | None = None
        if comments and rng.random() < 0.45:
            # Replies go to recent comments and to comments that already draw replies.
            candidates = range(max(0, len(comments) - 30), len(comments))
            parent = max(rng.sample(candidates, min(3, len(candidates))), key=lambda i: children[i] + rng.random())
            if comments[parent].depth >= 12:
                parent = comments[parent].parent
        if parent is None:
            roots += 1
            depth, path = 1, str(roots)
        else:
            children[parent] += 1
            depth, path = comments[parent].depth + 1, f"{comments[parent].path}.{children[parent]}"
        body = " ".join(rng.choices(WORDS, k=rng.randint(4, 40)))
        comments.append(ParsedComment(handle, handle.title(), "Offline", when.replace(second=0, microsecond=0),
                                      body, depth, parent, path))
        children.append(0)
    return comments


def generate(path: Path, comments: int, articles: int, seed: int, index: bool) -> None:
    rng = random.Random(seed)
    remove_library(path)
    library = Library.open(path)
    started = time.perf_counter()
    authors = [f"user{i:05d}" for i in range(max(20, comments // 25))]
    cumulative = list(itertools.accumulate(1 / (rank + 1) ** 1.05 for rank in range(len(authors))))
    sizes = thread_sizes(rng, articles, comments)
    begin = datetime(2022, 1, 3)
    span = 730 * 24 * 60
    added = 0
    article_ids: list[int] = []
    now = datetime(2024, 6, 1, 12, 0)
    with library.bulk_writes():
        for start in range(0, articles, 2_000):
            with library.atomic():
                for number in range(start, min(articles, start + 2_000)):
                    published = begin + timedelta(minutes=rng.randrange(span))
                    published = published.replace(hour=rng.choices(range(24), HOUR_WEIGHTS)[0], second=0)
                    thread = build_thread(rng, sizes[number], published, authors, cumulative)
                    document = ParsedDocument(
                        title=f"Article {number}: " + " ".join(rng.choices(WORDS, k=rng.randint(4, 10))).capitalize(),
                        subtitle=None, paragraphs=[" ".join(rng.choices(WORDS, k=60))], comments=thread,
                        raw="", index=0, kind="A",
                        published_at=published.isoformat() if rng.random() < 0.7 else None,
                    )
                    result = store_document(library.db, document, f"generated/{number:06d}.txt", now)
                    article_ids.append(result.article_id)
                    added += result.comments_added
    comment_ids = list(range(1, added + 1))  # a new library numbers its comments from 1, in order
    tag_ids = [annotations.create_tag(library.db, name, color)[0] for name, color in TAGS]
    tagged: dict[int, list[int]] = {t: [] for t in tag_ids}
    for comment_id in rng.sample(comment_ids, len(comment_ids) // 25):
        cluster = rng.choice(CLUSTERS)
        for position in cluster[: rng.randint(1, len(cluster))]:
            tagged[tag_ids[position]].append(comment_id)
    for tag_id, ids in tagged.items():
        annotations.tag_comments(library.db, tag_id, ids)
    for tag_id in tag_ids:
        annotations.tag_articles(library.db, tag_id, rng.sample(article_ids, max(1, len(article_ids) // 60)))
    if index:
        search.rebuild(library.db)
    library.close()
    print(f"{path}: {articles:,} articles, {len(comment_ids):,} comments in {time.perf_counter() - started:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--comments", default="100k", help="10k, 100k, 1M or a number")
    parser.add_argument("--articles", type=int, help="default: a tenth of the comments")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--index", action="store_true", help="fill the full-text index too")
    args = parser.parse_args()
    comments = SIZES.get(args.comments) or int(args.comments)
    generate(args.out, comments, args.articles or max(1, comments // 10), args.seed, args.index)


if __name__ == "__main__":
    main()
