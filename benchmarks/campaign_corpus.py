"""A deterministic corpus with planted comment campaigns and its ground truth, for the campaign
finder (desktop/analysis/campaigns.py), and a benchmark over it.

    .venv/bin/python benchmarks/campaign_corpus.py --comments 20k [--new 2k]

Planted: campaigns of 3-25 copies of one text (English or Russian, 18-40 words) posted by 2-12
handles on 1-8 articles, half of them in a burst (within 20 minutes); each copy edited as people
dodging a duplicate filter do: a typo or two, a word inserted or deleted, Latin and Cyrillic
look-alike letters swapped, case, punctuation and emoji changed. Around them: unrelated comments
from the same vocabularies and innocent common phrases ("Thank you for the article", "+1") posted
by many handles. The truth is which comments were copied from which text; the benchmark reports
pairwise precision and recall of the campaigns found against it, and the time and memory of a
full analysis and of an incremental one after `--new` more comments.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import resource
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate_corpus import ENGLISH, LATIN_NICKS, RUSSIAN, SURNAMES, parse_size
from desktop.ingest.documents import ParsedComment, ParsedDocument

SEED = 20_261_206
START = datetime(2026, 3, 1, 8, 0)
INNOCENT = (
    "Thank you for the article", "Well said", "So true", "+1", "Yes", "Agree", "Totally agree with you",
    "Good point", "Спасибо за статью", "Полностью согласен", "Да", "Верно", "Thanks!", "This 👍",
)
LATIN_TO_CYRILLIC = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і",
                     "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "X": "Х", "T": "Т", "H": "Н", "K": "К"}
CYRILLIC_TO_LATIN = {v: k for k, v in LATIN_TO_CYRILLIC.items()}
EMOJI = ("😡", "🔥", "!!!", "👍", "🇷🇺", "🇺🇦", "...", "?!")


@dataclass
class PlantedComment:
    handle: str
    posted_at: datetime
    body: str
    campaign: int | None  # index of the planted campaign, None for the rest


@dataclass
class CampaignCorpus:
    articles: list[list[PlantedComment]]
    campaigns: int
    handles: set[str] = field(default_factory=set)

    def documents(self, first_index: int = 0) -> list[ParsedDocument]:
        """The articles as parsed documents, comments top-level in time order."""
        documents = []
        for number, comments in enumerate(self.articles, start=first_index):
            parsed = [
                ParsedComment(c.handle, c.handle, "Offline", c.posted_at, c.body, 1, None, str(position))
                for position, c in enumerate(sorted(comments, key=lambda c: c.posted_at), start=1)
            ]
            documents.append(ParsedDocument(f"Article {number}", None, [f"Text of article {number}."], parsed,
                                            raw="", index=0, kind="A"))
        return documents

    def truth(self) -> dict[tuple[int, str], int]:
        """(article index, comment body) -> planted campaign, for matching stored comments back."""
        return {(number, c.body): c.campaign for number, comments in enumerate(self.articles) for c in comments
                if c.campaign is not None}


def _words(rng: random.Random, cyrillic: bool, low: int, high: int) -> list[str]:
    return rng.choices(RUSSIAN if cyrillic else ENGLISH, k=rng.randint(low, high))


def _sentence(words: list[str]) -> str:
    return (" ".join(words).capitalize() + ".").replace(" ,", ",")


def _edit(rng: random.Random, text: str, cyrillic: bool) -> str:
    """One copy of a campaign text as an evader makes it: up to two real edits, any amount of
    cosmetics (look-alike letters, case, punctuation, emoji) the normalisation sees through."""
    words = text.split()
    for _ in range(rng.choice((0, 1, 1, 2))):
        kind = rng.choice(("typo", "insert", "delete"))
        at = rng.randrange(len(words))
        if kind == "insert":
            words.insert(at, rng.choice(RUSSIAN if cyrillic else ENGLISH))
        elif kind == "delete" and len(words) > 10:
            del words[at]
        else:
            word = words[at]
            spot = rng.randrange(len(word))
            words[at] = word[:spot] + rng.choice("abcdefghijklmnopqrstuvwxyzаеопрст") + word[spot + 1 :]
    text = " ".join(words)
    if rng.random() < 0.5:  # homoglyph swaps, both ways
        swaps = LATIN_TO_CYRILLIC if not cyrillic else CYRILLIC_TO_LATIN
        text = "".join(swaps.get(ch, ch) if rng.random() < 0.3 else ch for ch in text)
    if rng.random() < 0.3:
        text = text.upper() if rng.random() < 0.3 else text.lower()
    if rng.random() < 0.5:
        text = text.rstrip(".") + " " + rng.choice(EMOJI)
    if rng.random() < 0.3:
        text = text.replace(" ", "  ").replace(",", " ,")
    return text


def generate(comments: int, seed: int = SEED) -> CampaignCorpus:
    rng = random.Random(seed)
    articles_count = max(10, comments // 25)
    articles: list[list[PlantedComment]] = [[] for _ in range(articles_count)]
    article_start = [START + timedelta(hours=rng.uniform(0, 24 * 60)) for _ in range(articles_count)]
    handles = [f"{rng.choice(LATIN_NICKS)}_{rng.choice(SURNAMES)}{n}" for n in range(max(50, comments // 20))]
    planted = 0
    campaign = 0
    target = comments // 12  # about 8% of the comments are campaign copies
    while planted < target:
        cyrillic = rng.random() < 0.4
        text = _sentence(_words(rng, cyrillic, 18, 40))
        copies = rng.randint(3, 25)
        authors = rng.sample(handles, rng.randint(2, min(12, copies)))
        targets = rng.sample(range(articles_count), rng.randint(1, 8))
        burst = rng.random() < 0.5
        base = article_start[targets[0]] + timedelta(minutes=rng.uniform(5, 600))
        for copy in range(copies):
            handle = authors[copy] if copy < len(authors) else rng.choice(authors)
            when = base + (timedelta(minutes=rng.uniform(0, 20)) if burst else timedelta(hours=rng.uniform(0, 240)))
            articles[rng.choice(targets)].append(PlantedComment(handle, when, _edit(rng, text, cyrillic), campaign))
        planted += copies
        campaign += 1
    for _ in range(comments - planted):
        article = rng.randrange(articles_count)
        when = article_start[article] + timedelta(minutes=rng.expovariate(1 / 300))
        body = rng.choice(INNOCENT) if rng.random() < 0.15 else _sentence(_words(rng, rng.random() < 0.4, 3, 45))
        articles[article].append(PlantedComment(rng.choice(handles), when, body, None))
    return CampaignCorpus(articles, campaign, set(handles))


def truth_pairs(labels: dict[int, int]) -> set[tuple[int, int]]:
    """Pairs of comment ids planted in the same campaign."""
    by_campaign: dict[int, list[int]] = {}
    for comment_id, label in labels.items():
        by_campaign.setdefault(label, []).append(comment_id)
    return {pair for members in by_campaign.values() for pair in combinations(sorted(members), 2)}


def found_pairs(groups: list[list[int]]) -> set[tuple[int, int]]:
    return {pair for members in groups for pair in combinations(sorted(members), 2)}


def precision_recall(found: set[tuple[int, int]], truth: set[tuple[int, int]]) -> tuple[float, float]:
    hits = len(found & truth)
    return (hits / len(found) if found else 1.0), (hits / len(truth) if truth else 1.0)


def store(db, corpus: CampaignCorpus, first_index: int = 0, label_offset: int = 0) -> dict[int, int]:  # type: ignore[no-untyped-def]
    """Write the corpus into a library (articles numbered from `first_index`); comment id ->
    planted campaign (+ `label_offset`) for the planted comments."""
    from desktop.store.writer import store_document

    truth = corpus.truth()
    labels: dict[int, int] = {}
    with db.atomic():
        for number, document in enumerate(corpus.documents(first_index)):
            article_id = store_document(db, document, None, START).article_id
            for comment_id, body in db.execute_sql("SELECT id, body FROM comment WHERE article_id = ?", (article_id,)):
                label = truth.get((number, body))
                if label is not None:
                    labels[comment_id] = label + label_offset
    return labels


def _stored(path: Path, comments: int, seed: int, first_index: int, label_offset: int) -> tuple[dict[int, int], int]:
    """Generate a corpus and store it into the library at `path` (in a child process, so that the
    million generated comments do not count in the analysis's peak memory): its labels (see
    `store`) and its number of articles."""
    from desktop.store.db import Library

    corpus = generate(comments, seed)
    library = Library.open(path)
    try:
        return store(library.db, corpus, first_index, label_offset), len(corpus.articles)
    finally:
        library.close()


def _cpu() -> float:
    """CPU seconds of this process and of its ended children (the analysis's worker processes;
    the generator's is still running): on a shared machine, what the analysis itself cost."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _load() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--comments", default="20k", help="size of the corpus (20k, 100k, ...)")
    parser.add_argument("--new", default="2k", help="comments imported after the first analysis")
    parser.add_argument("--similarity", type=float, default=0.8)
    args = parser.parse_args(argv)
    from desktop.store import campaigns
    from desktop.store.db import Library

    size, new = parse_size(args.comments), parse_size(args.new)
    generator = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
    with tempfile.TemporaryDirectory() as folder, generator:
        path = Path(folder) / "campaigns.glossa"
        labels, articles = generator.submit(_stored, path, size, SEED, 0, 0).result()
        library = Library.open(path)
        started, cpu = time.perf_counter(), _cpu()
        report = campaigns.update(library.db, args.similarity)
        found = campaigns.load(library.db)
        full_seconds, full_cpu = time.perf_counter() - started, _cpu() - cpu
        precision, recall = precision_recall(found_pairs([c.comment_ids for c in found]), truth_pairs(labels))
        print(f"{size:,} comments, {len(set(labels.values()))} planted campaigns, {len(found)} found")
        print(f"full analysis: {full_seconds:.1f} s, {full_cpu:.1f} s of CPU in all processes"
              f" ({report.sketched:,} sketched, {report.pairs:,} pairs); load average {_load()}")
        print(f"pairwise precision {precision:.3f}, recall {recall:.3f}")
        library.close()
        labels.update(generator.submit(_stored, path, new, SEED + 1, articles, 1_000_000).result()[0])
        library = Library.open(path)
        started, cpu = time.perf_counter(), _cpu()
        report = campaigns.update(library.db, args.similarity)
        found = campaigns.load(library.db)
        co = campaigns.kept_co_posting(library.db)  # counted by update, as the window and the CLI read it
        print(f"incremental after {new:,} new comments: {time.perf_counter() - started:.1f} s, {_cpu() - cpu:.1f} s"
              f" of CPU ({report.sketched:,} sketched); {len(found)} campaigns, {len(co)} co-posting pairs;"
              f" load average {_load()}")
        precision, recall = precision_recall(found_pairs([c.comment_ids for c in found]), truth_pairs(labels))
        print(f"after it: pairwise precision {precision:.3f}, recall {recall:.3f}")
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        # The generator's process is still running, so the children's figure is the analysis's
        # worker processes' (desktop/store/campaigns._pool), which have ended.
        worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"peak memory of the analysis: {own:.0f} MB, of each of its {campaigns.WORKERS} worker processes"
              f" at most {worker:.0f} MB, together at most {own + campaigns.WORKERS * worker:.0f} MB"
              " (the corpus is generated and stored in a child process)")
        library.close()
    return 0

if __name__ == "__main__":
    sys.exit(main())
