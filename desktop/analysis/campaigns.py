"""The campaign finder's arithmetic, without SQL or Qt: normalising a comment, its MinHash
signature over character shingles, the LSH bands that propose candidate pairs, exact Jaccard to
confirm them, campaigns grown from the confirmed pairs, bursts, and co-posting statistics.

MinHash is computed here with numpy over a whole batch of comments at once rather than with
datasketch: measured on this machine, datasketch's MinHash (bulk or update_batch, 64
permutations) took 0.4-0.6 ms per comment, 7-10 minutes for a million, where the batched numpy
below takes about 25 us. The bands are numpy sorts too, so an incremental update compares a few
thousand new signatures against the kept ones without rebuilding an index of Python objects.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import numpy as np
import numpy.typing as npt

from .defaults import CO_POSTING_WINDOW as CO_POSTING_WINDOW  # re-exported: the analysis's defaults
from .defaults import DEFAULT_SIMILARITY as DEFAULT_SIMILARITY
from .defaults import DEFAULT_WINDOW as DEFAULT_WINDOW

NUM_PERM = 64  # signature length: 256 bytes kept per comment
SHINGLE = 5  # characters per shingle, spaces included
MIN_WORDS = 6  # shorter comments ("+1", "Yes", "Thank you for the article") are not evidence
MIN_CHARS = 32  # ... nor are ones under this many normalised characters
BURST_SIZE = 3  # a campaign is a burst when this many of its comments fall within one window
CO_POSTING_MIN_ARTICLES = 3
CO_POSTING_ALPHA = 0.01  # family-wise, Bonferroni-divided over the pairs tested

Signatures = npt.NDArray[np.uint32]

# Letters that look alike across scripts, folded to one: swapping Latin and Cyrillic (or Greek)
# look-alikes is a known way to dodge duplicate filters. Lowercase only: text is casefolded first.
HOMOGLYPHS = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "һ": "h", "ԛ": "q",
    "ԝ": "w", "ɡ": "g", "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "ѵ": "v",
})
_INVISIBLE = re.compile("[\u0300-\u036f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_NOT_WORD = re.compile(r"[\W_]+")


def normalise(text: str) -> str:
    """Lowercase words separated by single spaces: accents, invisible characters, punctuation and
    emoji dropped, look-alike letters folded (so "Ѕtop the wаr!!! 😡" equals "stop the war")."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKD", text))
    text = unicodedata.normalize("NFC", text).casefold()
    if not text.isascii():  # every look-alike folded is outside ASCII; translate looks up each letter
        text = text.translate(HOMOGLYPHS)
    return _NOT_WORD.sub(" ", text).strip()


def is_evidence(normalised: str) -> bool:
    return len(normalised) >= MIN_CHARS and normalised.count(" ") + 1 >= MIN_WORDS


def shingles(normalised: str) -> set[str]:
    return {normalised[i : i + SHINGLE] for i in range(max(1, len(normalised) - SHINGLE + 1))}


def jaccard(a: str, b: str) -> float:
    """Exact Jaccard similarity of two normalised texts' shingle sets."""
    first, second = shingles(a), shingles(b)
    union = len(first | second)
    return len(first & second) / union if union else 0.0


# -- MinHash ---------------------------------------------------------------------------------------

_rng = np.random.default_rng(20_261_206)  # fixed: kept signatures must stay comparable
_MULTIPLY = [np.uint32(a) for a in _rng.integers(0, 2**32, size=NUM_PERM, dtype=np.uint32) | np.uint32(1)]
_ADD = [np.uint32(b) for b in _rng.integers(0, 2**32, size=NUM_PERM, dtype=np.uint32)]
_BATCH_SHINGLES = 1_000_000  # per numpy pass: a few 4 MB arrays


def _mix(values: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """splitmix64's finaliser: every input bit moves every output bit."""
    values = values ^ (values >> np.uint64(30))
    values = values * np.uint64(0xBF58476D1CE4E5B9)
    values = values ^ (values >> np.uint64(27))
    values = values * np.uint64(0x94D049BB133111EB)
    return values ^ (values >> np.uint64(31))


def _shingle_hashes(texts: Sequence[str]) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.int64]]:
    """Every shingle of a batch hashed in a few numpy passes over the concatenated code points:
    (one 32-bit hash per shingle position, where each text's shingles start)."""
    texts = [t.ljust(SHINGLE) for t in texts]
    lengths = np.array([len(t) for t in texts], dtype=np.int64)
    starts = np.r_[0, np.cumsum(lengths)[:-1]]
    counts = lengths - SHINGLE + 1
    firsts = np.r_[0, np.cumsum(counts)[:-1]].astype(np.int64)
    positions = np.repeat(starts - firsts, counts) + np.arange(int(counts.sum()))
    points = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    hashes = np.zeros(len(positions), dtype=np.uint64)
    for offset in range(SHINGLE):
        hashes = _mix(hashes ^ (points[positions + offset] + np.uint64(offset << 21)))
    return (hashes >> np.uint64(32)).astype(np.uint32), firsts


def shingle_sets(texts: Sequence[str]) -> list[npt.NDArray[np.uint32]]:
    """Each text's shingles as a sorted array of distinct hashes: a tenth of the memory of a set
    of strings, which matters when tens of thousands of candidates are checked."""
    if not texts:
        return []
    values, ends = _packed_sets(texts)
    return np.split(values, ends[:-1])


def _packed_sets(texts: Sequence[str]) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.int64]]:
    """shingle_sets as one array and each set's end in it: one sort of (text, hash) keys for the
    batch, where a np.unique per text cost 50 us of overhead each."""
    hashes, firsts = _shingle_hashes(texts)
    owner = np.repeat(np.arange(len(texts), dtype=np.uint64), np.diff(np.r_[firsts, len(hashes)]))
    keys = np.unique((owner << np.uint64(32)) | hashes.astype(np.uint64))
    ends = np.searchsorted(keys >> np.uint64(32), np.arange(1, len(texts) + 1, dtype=np.uint64)).astype(np.int64)
    return (keys & np.uint64(0xFFFFFFFF)).astype(np.uint32), ends


def set_jaccard(first: npt.NDArray[np.uint32], second: npt.NDArray[np.uint32]) -> float:
    common = len(np.intersect1d(first, second, assume_unique=True))
    return common / (len(first) + len(second) - common)


def _batch_signatures(texts: Sequence[str]) -> Signatures:
    """Signatures of a batch: each text's minimum under each permutation, taken with reduceat."""
    mixed, firsts = _shingle_hashes(texts)
    result = np.empty((len(texts), NUM_PERM), dtype=np.uint32)
    permuted = np.empty_like(mixed)
    for column, (multiply, add) in enumerate(zip(_MULTIPLY, _ADD, strict=True)):
        # An odd multiplier and an addend modulo 2**32: a permutation of the hash values. One
        # permutation at a time over the whole batch: measured 4x faster than a shingles x 64 matrix.
        np.multiply(mixed, multiply, out=permuted)
        permuted += add
        result[:, column] = np.minimum.reduceat(permuted, firsts)
    return result


def signatures(normalised: Sequence[str]) -> Signatures:
    """MinHash signatures (len(normalised) x NUM_PERM, uint32) of normalised texts."""
    result = np.empty((len(normalised), NUM_PERM), dtype=np.uint32)
    start = 0
    while start < len(normalised):
        end, total = start, 0
        while end < len(normalised) and (total < _BATCH_SHINGLES or end == start):
            total += max(1, len(normalised[end]) - SHINGLE + 1)
            end += 1
        result[start:end] = _batch_signatures(normalised[start:end])
        start = end
    return result


def sketch(bodies: Sequence[str]) -> tuple[list[int], Signatures]:
    """Which of the comment bodies are evidence (their positions) and those ones' signatures: a
    pool worker's share of a full analysis."""
    normalised = [normalise(body) for body in bodies]
    evidence = [i for i, text in enumerate(normalised) if is_evidence(text)]
    return evidence, signatures([normalised[i] for i in evidence])


def packed_shingle_sets(bodies: Sequence[str]) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.int64]]:
    """shingle_sets of the normalised bodies as one array and each set's end in it: a pool worker
    hands back two arrays, where a list of a hundred thousand arrays pickles slowly."""
    if not bodies:
        return np.empty(0, dtype=np.uint32), np.empty(0, dtype=np.int64)
    return _packed_sets([normalise(body) for body in bodies])


RECALL_AT_THRESHOLD = 0.99


def bands_for(similarity: float) -> tuple[int, int]:
    """(bands, rows) of LSH banding for a threshold: the most rows per band (fewest candidates
    to check) that still make a pair at the threshold a candidate with probability
    RECALL_AT_THRESHOLD. Candidates are checked with exact Jaccard, so a false one costs a
    little time; a missed one is lost."""
    best = (NUM_PERM, 1)
    for rows in range(1, NUM_PERM + 1):
        bands = NUM_PERM // rows
        if 1 - (1 - similarity**rows) ** bands >= RECALL_AT_THRESHOLD:
            best = (bands, rows)
    return best


_BAND_MULTIPLY = _rng.integers(0, 2**63, size=NUM_PERM, dtype=np.uint64) * np.uint64(2) + np.uint64(1)


def band_keys(matrix: Signatures, bands: int, rows: int) -> npt.NDArray[np.uint64]:
    """One 64-bit key per comment and band (N x bands): equal keys share the band's rows. Each
    band's values are summed under odd 64-bit multipliers (two different bands of rows collide
    with a chance of about 2**-32, and a false candidate is only checked for nothing), then
    mixed: a third of the time of mixing value by value, which every update does for every
    kept signature."""
    values = matrix[:, : bands * rows].reshape(len(matrix), bands, rows).astype(np.uint64)
    values *= _BAND_MULTIPLY[: bands * rows].reshape(bands, rows)
    return _mix(values.sum(axis=2, dtype=np.uint64) + np.arange(bands, dtype=np.uint64))


PAIRS_PER_MEMBER = 4  # each member of a shared bucket is tried against this many others


def candidate_pairs(
    ids: npt.NDArray[np.int64], keys: npt.NDArray[np.uint64], new: npt.NDArray[np.bool_] | None = None
) -> set[tuple[int, int]]:
    """Pairs (smaller id, larger id) that share a band bucket; with `new`, only pairs with a new
    member (candidate_pair_array as a set)."""
    pairs = candidate_pair_array(ids, keys, new)
    return set(zip(pairs[:, 0].tolist(), pairs[:, 1].tolist(), strict=True))


def candidate_pair_array(
    ids: npt.NDArray[np.int64], keys: npt.NDArray[np.uint64], new: npt.NDArray[np.bool_] | None = None
) -> npt.NDArray[np.int64]:
    """Pairs (smaller id, larger id) that share a band bucket, sorted, as an array (a million
    pairs as a set of tuples take 150 MB); with `new`, only pairs with a new member. A big
    bucket (a campaign of hundreds) gives each member a few partners, not every other member:
    confirmed pairs are joined transitively, so a chain links the whole group. Within a bucket,
    in id order, a member's partners are the bucket's first PAIRS_PER_MEMBER members and the
    PAIRS_PER_MEMBER after it; made for every bucket at once in numpy (a Python pass over the
    buckets took about 7 s at a million comments)."""
    span = int(ids.max()) + 1 if len(ids) else 1  # ids below 2**31: a pair is one int64
    found = np.empty(0, dtype=np.int64)
    for band in range(keys.shape[1]):
        rows = np.arange(len(ids)) if new is None else _sharing_a_bucket(keys[:, band], new)
        order = rows[np.argsort(keys[rows, band], kind="stable")]  # within a bucket in id order, as ids are
        sorted_keys = keys[order, band]
        opens = np.r_[True, sorted_keys[1:] != sorted_keys[:-1]] if len(order) else np.empty(0, np.bool_)
        starts = np.flatnonzero(opens)
        bucket = np.cumsum(opens) - 1
        start = starts[bucket]
        size = np.r_[starts[1:], len(order)][bucket] - start
        position = np.arange(len(order)) - start
        member = np.flatnonzero((size > 1) & (True if new is None else new[order]))
        del opens, bucket, sorted_keys
        member_ids = ids[order[member]]
        band_pairs = [found]
        for step in range(PAIRS_PER_MEMBER):
            for partner, valid in (
                (start[member] + step, step < size[member]),  # the bucket's first members
                (member + step + 1, position[member] + step + 1 < size[member]),  # the ones after it
            ):
                first, second = member_ids[valid], ids[order[partner[valid]]]
                apart = first != second
                first, second = first[apart], second[apart]
                band_pairs.append(np.minimum(first, second) * span + np.maximum(first, second))
        found = np.unique(np.concatenate(band_pairs))  # each band's pairs folded in: memory stays the pairs'
    return np.column_stack(np.divmod(found, span)).astype(np.int64).reshape(-1, 2)


def _sharing_a_bucket(keys: npt.NDArray[np.uint64], new: npt.NDArray[np.bool_]) -> npt.NDArray[np.intp]:
    """The rows (ascending) whose key in this band is a new row's: whole buckets, so an update
    forms the same pairs as sorting every row would, while sorting only these few. A bitmap of
    the new keys' low bits passes a few rows on to the exact test (searchsorted over a million
    rows took ten times as long)."""
    wanted = np.unique(keys[new])
    if not len(wanted):
        return np.flatnonzero(new)
    low = np.uint64(_BITMAP - 1)
    bitmap = np.zeros(_BITMAP, dtype=np.bool_)
    bitmap[wanted & low] = True
    maybe = np.flatnonzero(bitmap[keys & low])
    at = np.minimum(np.searchsorted(wanted, keys[maybe]), len(wanted) - 1)
    return maybe[wanted[at] == keys[maybe]]


def rows_with(keys: npt.NDArray[Any], wanted: npt.NDArray[Any]) -> npt.NDArray[np.intp]:
    """The rows (ascending) whose key is one of `wanted` (sorted, distinct, of the keys' type),
    through the same bitmap of low bits as _sharing_a_bucket."""
    if not len(wanted) or not len(keys):
        return np.empty(0, dtype=np.intp)
    low = keys.dtype.type(_BITMAP - 1)
    bitmap = np.zeros(_BITMAP, dtype=np.bool_)
    bitmap[wanted & low] = True
    maybe = np.flatnonzero(bitmap[keys & low])
    at = np.minimum(np.searchsorted(wanted, keys[maybe]), len(wanted) - 1)
    return maybe[wanted[at] == keys[maybe]]


_BITMAP = 1 << 24  # 16 MB: a thousandth of it set by ten thousand new comments


# -- campaigns -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Member:
    comment_id: int
    article_id: int
    author: str  # handle
    posted_at: datetime | None


@dataclass
class Campaign:
    id: int  # its first comment's id: stable while that comment stays in it
    members: list[Member]  # oldest first, undated last
    burst: bool
    authors: list[str] = field(default_factory=list)
    article_ids: list[int] = field(default_factory=list)

    @property
    def comment_ids(self) -> list[int]:
        return [m.comment_id for m in self.members]

    @property
    def first(self) -> datetime | None:
        return min((m.posted_at for m in self.members if m.posted_at), default=None)

    @property
    def last(self) -> datetime | None:
        return max((m.posted_at for m in self.members if m.posted_at), default=None)


def groups(pairs: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Connected components of the near-duplicate pairs, each sorted, by first member. In numpy:
    each group's root takes the smallest root among its edges' ends, then every node jumps to its
    root, until the two ends of every edge share one. A Python union-find took ~2 s over half a
    million pairs."""
    edges = np.array(list(pairs), dtype=np.int64).reshape(-1, 2)
    if not len(edges):
        return []
    nodes, index = np.unique(edges, return_inverse=True)
    first, second = index.reshape(-1, 2).T
    label = np.arange(len(nodes))
    while True:
        ends, other_ends = label[first], label[second]
        if np.array_equal(ends, other_ends):
            break
        lowest = np.minimum(ends, other_ends)
        np.minimum.at(label, ends, lowest)
        np.minimum.at(label, other_ends, lowest)
        while not np.array_equal(jumped := label[label], label):
            label = jumped
    order = np.argsort(label, kind="stable")  # nodes are sorted, so each group comes out sorted
    bounds = np.flatnonzero(np.diff(label[order])) + 1
    return [part.tolist() for part in np.split(nodes[order], bounds)]


def is_burst(times: Iterable[datetime | None], window: timedelta, size: int = BURST_SIZE) -> bool:
    """Whether `size` of the times fall within one window."""
    ordered = sorted(t for t in times if t is not None)
    return any(ordered[i + size - 1] - ordered[i] <= window for i in range(len(ordered) - size + 1))


def campaigns(
    components: Iterable[list[int]], members: dict[int, Member], min_handles: int, window: timedelta
) -> list[Campaign]:
    """Campaigns from groups of near-duplicates: those written by at least `min_handles`
    handles, biggest first."""
    found: list[Campaign] = []
    for component in components:
        rows = [members[c] for c in component if c in members]
        authors = sorted({m.author for m in rows})
        if len(authors) < max(2, min_handles):
            continue
        rows.sort(key=lambda m: (m.posted_at is None, m.posted_at or datetime.min, m.comment_id))
        found.append(Campaign(
            id=min(m.comment_id for m in rows), members=rows, burst=is_burst((m.posted_at for m in rows), window),
            authors=authors, article_ids=sorted({m.article_id for m in rows}),
        ))
    found.sort(key=lambda c: (-len(c.members), -len(c.authors), c.id))
    return found


# -- co-posting ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CoPosting:
    """Two handles that commented on `articles` of the same articles within CO_POSTING_WINDOW of
    each other, out of `shared` articles both commented on; `p_value` is the chance of that many
    or more if their timing were independent (see co_posting)."""

    authors: tuple[str, str]
    articles: int
    shared: int
    p_value: float


def binomial_tail(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    if k <= 0:
        return 1.0
    if p <= 0.0 or k > n:
        return 0.0
    if p >= 1.0:
        return 1.0
    log_p, log_q = math.log(p), math.log1p(-p)
    terms = [math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * log_p + (n - i) * log_q
             for i in range(k, n + 1)]
    top = max(terms)
    return min(1.0, math.exp(top) * sum(math.exp(t - top) for t in terms))


def co_posting(
    rows: Iterable[tuple[int, str, datetime]], window: timedelta = CO_POSTING_WINDOW,
    min_articles: int = CO_POSTING_MIN_ARTICLES, alpha: float = CO_POSTING_ALPHA,
) -> list[CoPosting]:
    """Pairs of handles that comment close together more often than chance.

    `rows` are (article id, handle, time), ordered by article and time. For each pair the count
    k is the number of articles where the two commented within `window` of each other, out of
    the n articles where both commented at all. Chance is the library-wide rate q at which two
    handles present in the same article come within the window of each other (close pairs over
    co-present pairs, each counted once per article). A pair is reported when k >= min_articles
    and P(Binomial(n, q) >= k) is below alpha divided by the number of pairs tested (Bonferroni).
    Conditioning on shared articles keeps two prolific commenters from looking coordinated just
    because they are everywhere."""
    close_counts: dict[tuple[str, str], int] = defaultdict(int)
    articles_of: dict[str, set[int]] = defaultdict(set)
    co_present = 0
    close_total = 0

    def finish(article: int, timed: list[tuple[datetime, str]]) -> None:
        nonlocal co_present, close_total
        handles = {h for _, h in timed}
        co_present += len(handles) * (len(handles) - 1) // 2
        close: set[tuple[str, str]] = set()
        start = 0
        for end, (when, handle) in enumerate(timed):
            while when - timed[start][0] > window:
                start += 1
            for _, other in timed[start:end]:
                if other != handle:
                    close.add((other, handle) if other < handle else (handle, other))
        close_total += len(close)
        for pair in close:
            close_counts[pair] += 1
        for handle in handles:
            articles_of[handle].add(article)

    current: int | None = None
    timed: list[tuple[datetime, str]] = []
    for article, handle, when in rows:
        if article != current:
            if current is not None:
                finish(current, timed)
            current, timed = article, []
        timed.append((when, handle))
    if current is not None:
        finish(current, timed)
    if not co_present:
        return []
    q = close_total / co_present
    tested = [(pair, k) for pair, k in close_counts.items() if k >= min_articles]
    found: list[CoPosting] = []
    for (a, b), k in tested:
        shared = len(articles_of[a] & articles_of[b])
        p_value = binomial_tail(k, shared, q)
        if p_value < alpha / len(tested):
            found.append(CoPosting((a, b), k, shared, p_value))
    found.sort(key=lambda c: (-c.articles, c.p_value, c.authors))
    return found


def close_pairs(
    article: npt.NDArray[np.int64], author: npt.NDArray[np.int64], when: npt.NDArray[np.int64], window: int,
) -> npt.NDArray[np.int64]:
    """Each (article, author, other author) once, author < other, where the two commented on the
    article within `window` of each other (rows ordered by article and time, `when` and `window`
    in one integer time unit), sorted."""
    if len(article) < 2:
        return np.empty((0, 3), dtype=np.int64)
    # Each row against the next ones of its article while they are within the window; only rows
    # that still had a close successor are tried one further, so the work is the number of close
    # pairs, not rows times the longest run.
    firsts: list[npt.NDArray[np.intp]] = []
    seconds: list[npt.NDArray[np.intp]] = []
    alive = np.arange(len(article) - 1)
    step = 1
    while len(alive):
        other = alive + step
        close = (article[other] == article[alive]) & (when[other] - when[alive] <= window)
        alive = alive[close]
        firsts.append(alive)
        seconds.append(alive + step)
        step += 1
        alive = alive[alive + step < len(article)]
    first, second = np.concatenate(firsts), np.concatenate(seconds)
    apart = author[first] != author[second]
    first, second = first[apart], second[apart]
    # Authors and articles numbered densely from 0, so that a triple is one int64 (up to a
    # million of each): one-dimensional uniques sort several times faster.
    handles, dense_author = np.unique(author, return_inverse=True)
    articles, dense_article = np.unique(article, return_inverse=True)
    low = np.minimum(dense_author[first], dense_author[second])
    high = np.maximum(dense_author[first], dense_author[second])
    keys = np.unique((dense_article[first] * len(handles) + low) * len(handles) + high)
    pair, high = np.divmod(keys, len(handles))
    at, low = np.divmod(pair, len(handles))
    return np.column_stack([articles[at], handles[low], handles[high]]).astype(np.int64)


def article_handles(article: npt.NDArray[np.int64], author: npt.NDArray[np.int64]) -> dict[int, int]:
    """Article -> the number of distinct handles that commented on it."""
    if not len(article):
        return {}
    span = int(author.max()) + 1
    present = np.unique(article * span + author)  # (article, author) once each, as one int64
    ids, counts = np.unique(present // span, return_counts=True)
    return dict(zip(ids.tolist(), counts.tolist(), strict=True))


def co_posting_test(
    pairs: Iterable[tuple[int, int, int]], articles_of: dict[int, set[int]], close_total: int, co_present: int,
    min_articles: int = CO_POSTING_MIN_ARTICLES, alpha: float = CO_POSTING_ALPHA,
) -> list[tuple[int, int, int, int, float]]:
    """The test of co_posting over counts: `pairs` are (author, other author, k articles where they
    commented close together), `articles_of` every article each author of a pair with k >=
    min_articles commented on, and chance q is close_total / co_present. Returns (author, other
    author, k, shared, p_value) in the order of `pairs`."""
    if not co_present:
        return []
    q = close_total / co_present
    tested = [(a, b, k) for a, b, k in pairs if k >= min_articles]
    found = []
    for a, b, k in tested:
        shared = len(articles_of[a] & articles_of[b])
        p_value = binomial_tail(k, shared, q)
        if p_value < alpha / len(tested):
            found.append((a, b, k, shared, p_value))
    return found


def co_posting_arrays(
    article: npt.NDArray[np.int64], author: npt.NDArray[np.int64], when: npt.NDArray[np.int64], window: int,
    min_articles: int = CO_POSTING_MIN_ARTICLES, alpha: float = CO_POSTING_ALPHA,
) -> list[tuple[int, int, int, int, float]]:
    """co_posting over arrays, in numpy: the same counts, test and pairs, a hundred times faster
    at a million comments (a Python pass took ~15 s there). `article`, `author` (a number per
    handle) and `when` (any integer time unit; `window` in the same unit) are ordered by article
    and time. Returns (author, other author, articles, shared, p_value) in no particular order."""
    close = close_pairs(article, author, when, window)
    co_present = sum(h * (h - 1) // 2 for h in article_handles(article, author).values())
    pairs = counted_pairs(close[:, 1:])
    involved = np.isin(author, [x for a, b, k in pairs if k >= min_articles for x in (a, b)])
    articles_of = articles_by_author(article[involved], author[involved])
    return co_posting_test(pairs, articles_of, len(close), co_present, min_articles, alpha)


def counted_pairs(close: npt.NDArray[np.int64]) -> list[tuple[int, int, int]]:
    """(author, other author, the number of articles) from (author, other author) rows, one for
    each article where the two commented close together."""
    if not len(close):
        return []
    span = int(close[:, 1].max()) + 1
    pairs, counts = np.unique(close[:, 0] * span + close[:, 1], return_counts=True)
    firsts, seconds = np.divmod(pairs, span)
    return list(zip(firsts.tolist(), seconds.tolist(), counts.tolist(), strict=True))


def articles_by_author(article: npt.NDArray[np.int64], author: npt.NDArray[np.int64]) -> dict[int, set[int]]:
    found: dict[int, set[int]] = defaultdict(set)
    for a, b in zip(author.tolist(), article.tolist(), strict=True):
        found[a].add(b)
    return found


def co_posting_groups(pairs: Iterable[CoPosting]) -> list[list[str]]:
    """Handles joined by co-posting pairs into groups of three or more, biggest first."""
    handles = sorted({h for p in pairs for h in p.authors})
    number = {h: i for i, h in enumerate(handles)}
    found = [sorted(handles[i] for i in g) for g in groups((number[p.authors[0]], number[p.authors[1]]) for p in pairs)]
    return sorted((g for g in found if len(g) >= 3), key=lambda g: (-len(g), g))
