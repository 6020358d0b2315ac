"""The campaign finder kept in the library (schema v6): each comment's MinHash signature and the
near-duplicate pairs found, so an analysis after an import sketches and compares only the new
comments. The arithmetic is desktop/analysis/campaigns.py; the README's "Campaign finder"
section says what is found."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta

import numpy as np
from peewee import SqliteDatabase

from desktop.analysis import campaigns as analysis
from desktop.analysis.campaigns import Campaign, CoPosting, Member

from .campaign_marks import CO_POSTING_KEY
from .chunks import chunked
from .times import stored_time

# What the kept signatures were made with: a change here re-sketches every comment once.
SCHEME = f"minhash-{analysis.NUM_PERM}-shingle-{analysis.SHINGLE}-normalise-1"
_FETCH = 5_000

Progress = Callable[[str, int, int], None]  # stage ("sketching" or "comparing"), done, total


class Cancelled(Exception):
    """The analysis was cancelled; what it had sketched is kept for the next run."""


@dataclass(frozen=True)
class UpdateReport:
    sketched: int  # comments sketched now (new, or changed since)
    compared: int  # comments compared against the rest
    pairs: int  # near-duplicate pairs found now
    full: bool  # every comment compared (first run, or a new threshold)


def _setting(db: SqliteDatabase, key: str) -> str | None:
    row = db.execute_sql("SELECT value FROM analysis_setting WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def _set(db: SqliteDatabase, key: str, value: str) -> None:
    db.execute_sql("INSERT OR REPLACE INTO analysis_setting (key, value) VALUES (?, ?)", (key, value))


def kept_similarity(db: SqliteDatabase) -> float | None:
    """The threshold of the kept pairs, or None before the first analysis."""
    value = _setting(db, "campaigns.similarity")
    return None if value is None else float(value)


def update(
    db: SqliteDatabase, similarity: float = analysis.DEFAULT_SIMILARITY, progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None, co_posting_window: timedelta = analysis.CO_POSTING_WINDOW,
) -> UpdateReport:
    """Bring the kept analysis up to date: sketch the comments not sketched yet (or whose text
    changed), then compare them with every sketched comment; with a threshold other than the kept
    one, compare everything again. Co-posting is counted again each time, within
    `co_posting_window`. Sketches are committed as they are made, so a cancelled run
    (Cancelled) leaves work the next one does not repeat."""
    if not 0.0 < similarity <= 1.0:
        raise ValueError("the similarity must be above 0 and at most 1")
    with db.atomic():
        if _setting(db, "campaigns.scheme") != SCHEME:
            db.execute_sql("DELETE FROM near_duplicate")
            db.execute_sql("DELETE FROM comment_sketch")
            db.execute_sql("DELETE FROM analysis_setting WHERE key = 'campaigns.similarity'")
            _set(db, "campaigns.scheme", SCHEME)
    new_ids = _sketch_stale(db, progress, cancelled)
    full = kept_similarity(db) != similarity
    if progress:
        progress("comparing", 0, 1)
    ids, keys = _band_keys(db, similarity)
    if full:
        new_mask = None
        compared = len(ids)
    else:
        new_mask = np.isin(ids, np.array(sorted(new_ids), dtype=np.int64))
        compared = int(new_mask.sum())
    pairs = analysis.candidate_pairs(ids, keys, new_mask) if compared else set()
    del keys
    if cancelled and cancelled():
        raise Cancelled
    confirmed = _confirm(db, pairs, similarity, cancelled)
    del pairs
    partners = co_posting(db, co_posting_window)  # a pass over every comment's time: kept, so reading it is instant
    with db.atomic():
        if full:
            db.execute_sql("DELETE FROM near_duplicate")
        db.connection().executemany(
            "INSERT OR REPLACE INTO near_duplicate (comment_id, other_id, similarity) VALUES (?, ?, ?)", confirmed
        )
        _set(db, "campaigns.similarity", repr(similarity))
        _set(db, CO_POSTING_KEY, json.dumps([[*p.authors, p.articles, p.shared, p.p_value] for p in partners]))
        _set(db, "campaigns.co_posting_window", repr(co_posting_window.total_seconds()))
        _keep_anchors(db)
    if progress:
        progress("comparing", 1, 1)
    return UpdateReport(len(new_ids), compared, len(confirmed), full)


# A comment's fingerprint hashes its handle, time and text (desktop/store/writer.py, which
# writes a new one with every new text): a changed text is seen, even of the same length, by
# comparing short keys instead of reading every body.
_STALE = (
    "FROM comment c LEFT JOIN comment_sketch s ON s.comment_id = c.id"
    " WHERE (s.comment_id IS NULL OR s.fingerprint <> c.fingerprint)"
)


def _sketch_stale(db: SqliteDatabase, progress: Progress | None, cancelled: Callable[[], bool] | None) -> set[int]:
    stale = [int(row[0]) for row in db.execute_sql(f"SELECT c.id {_STALE}")]  # one pass over the index
    sketched: set[int] = set()
    if progress:
        progress("sketching", 0, len(stale))
    for done, (chunk, marks) in enumerate(chunked(stale, _FETCH), start=1):
        if cancelled and cancelled():
            raise Cancelled
        rows = db.execute_sql(f"SELECT id, body, fingerprint FROM comment WHERE id IN ({marks})", chunk).fetchall()
        normalised = [analysis.normalise(body) for _, body, _ in rows]
        evidence = [i for i, text in enumerate(normalised) if analysis.is_evidence(text)]
        matrix = analysis.signatures([normalised[i] for i in evidence])
        blobs: list[bytes | None] = [None] * len(rows)
        for row_index, signature in zip(evidence, matrix, strict=True):
            blobs[row_index] = signature.tobytes()
        ids = [int(comment_id) for comment_id, _, _ in rows]
        with db.atomic():
            for part, part_marks in chunked(ids):  # a changed text: its old pairs no longer hold
                db.execute_sql(
                    f"DELETE FROM near_duplicate WHERE comment_id IN ({part_marks}) OR other_id IN ({part_marks})",
                    part * 2,
                )
            db.connection().executemany(
                "INSERT OR REPLACE INTO comment_sketch (comment_id, fingerprint, signature) VALUES (?, ?, ?)",
                [(i, key, blob) for i, (_, _, key), blob in zip(ids, rows, blobs, strict=True)],
            )
        sketched.update(ids[i] for i in evidence)
        if progress:
            progress("sketching", min(done * _FETCH, len(stale)), len(stale))
    return sketched


def _band_keys(db: SqliteDatabase, similarity: float) -> tuple[np.ndarray, np.ndarray]:
    """Every signature's band keys, read a batch at a time into preallocated arrays (a million
    signatures as bytes objects would take three times the memory)."""
    bands, rows = analysis.bands_for(similarity)
    total = int(db.execute_sql("SELECT COUNT(*) FROM comment_sketch WHERE signature IS NOT NULL").fetchone()[0])
    ids = np.empty(total, dtype=np.int64)
    keys = np.empty((total, bands), dtype=np.uint64)
    cursor = db.execute_sql(
        "SELECT comment_id, signature FROM comment_sketch WHERE signature IS NOT NULL ORDER BY comment_id"
    )
    filled = 0
    while filled < total:
        batch = cursor.fetchmany(50_000)
        if not batch:
            break
        batch = batch[: total - filled]
        matrix = np.frombuffer(b"".join(blob for _, blob in batch), dtype=np.uint32).reshape(-1, analysis.NUM_PERM)
        ids[filled : filled + len(batch)] = [comment_id for comment_id, _ in batch]
        keys[filled : filled + len(batch)] = analysis.band_keys(matrix, bands, rows)
        filled += len(batch)
    return ids[:filled], keys[:filled]


def _bodies(db: SqliteDatabase, ids: list[int]) -> Iterator[tuple[int, str]]:
    for chunk, marks in chunked(ids):
        yield from db.execute_sql(f"SELECT id, body FROM comment WHERE id IN ({marks})", chunk)


def _confirm(
    db: SqliteDatabase, pairs: set[tuple[int, int]], similarity: float, cancelled: Callable[[], bool] | None
) -> list[tuple[int, int, float]]:
    """The candidate pairs whose exact Jaccard similarity reaches the threshold."""
    wanted = sorted({i for pair in pairs for i in pair})
    sets: dict[int, np.ndarray] = {}
    for chunk, _ in chunked(wanted, _FETCH):
        rows = list(_bodies(db, chunk))
        arrays = analysis.shingle_sets([analysis.normalise(body) for _, body in rows])
        sets.update(zip((comment_id for comment_id, _ in rows), arrays, strict=True))
    confirmed: list[tuple[int, int, float]] = []
    for count, (a, b) in enumerate(sorted(pairs)):
        if count % 10_000 == 0 and cancelled and cancelled():
            raise Cancelled
        first, second = sets.get(a), sets.get(b)
        if first is None or second is None:
            continue
        value = analysis.set_jaccard(first, second)
        if value >= similarity:
            confirmed.append((a, b, round(value, 4)))
    return confirmed


def _keep_anchors(db: SqliteDatabase) -> None:
    """The campaign rows notes are on, after the pairs changed: each group of near-duplicates by
    at least two handles keeps one, keyed by its first comment. A row whose comment is still in
    such a group stays; when groups merged, the one row kept (moved to the merged group's first
    comment) is one with a note before one without, then the first comment's own, then the
    oldest. The others are deleted, which leaves their notes detached."""
    components = analysis.groups(db.execute_sql("SELECT comment_id, other_id FROM near_duplicate"))
    authors: dict[int, int] = {}
    for chunk, marks in chunked(sorted({i for component in components for i in component})):
        authors.update(db.execute_sql(f"SELECT id, author_id FROM comment WHERE id IN ({marks})", chunk))
    group_of: dict[int, int] = {}  # comment id -> its campaign's first comment
    for component in components:
        if len({authors.get(i) for i in component} - {None}) >= 2:
            group_of.update(dict.fromkeys(component, component[0]))
    kept: dict[int, tuple[tuple[bool, bool, int], int, int]] = {}  # first comment -> (rank, row, its comment)
    gone: list[int] = []
    for row_id, comment_id, noted in db.execute_sql(
        "SELECT k.id, k.comment_id, EXISTS (SELECT 1 FROM note n WHERE n.campaign_id = k.id) FROM campaign k"
    ).fetchall():
        first = group_of.get(comment_id)
        rank = (not noted, comment_id != first, row_id)
        if first is None or (first in kept and kept[first][0] < rank):
            gone.append(row_id)
            continue
        if first in kept:
            gone.append(kept[first][1])
        kept[first] = (rank, row_id, comment_id)
    for chunk, marks in chunked(gone):
        db.execute_sql(f"DELETE FROM campaign WHERE id IN ({marks})", chunk)
    moved = [(first, row_id) for first, (_, row_id, comment_id) in kept.items() if comment_id != first]
    db.connection().executemany("UPDATE campaign SET comment_id = ? WHERE id = ?", moved)
    new = sorted(set(group_of.values()) - set(kept))
    db.connection().executemany("INSERT INTO campaign (comment_id) VALUES (?)", [(first,) for first in new])


def campaign_keys(db: SqliteDatabase, first_ids: list[int]) -> dict[int, int]:
    """A campaign's first comment (Campaign.id) -> its row, the target of a note on it."""
    keys: dict[int, int] = {}
    for chunk, marks in chunked(sorted(set(first_ids))):
        keys.update(db.execute_sql(f"SELECT comment_id, id FROM campaign WHERE comment_id IN ({marks})", chunk))
    return keys


# -- reading the kept results ----------------------------------------------------------------------


def _members(db: SqliteDatabase, ids: list[int]) -> dict[int, Member]:
    members: dict[int, Member] = {}
    for chunk, marks in chunked(ids):
        for comment_id, article_id, handle, posted_at in db.execute_sql(
            "SELECT c.id, c.article_id, a.handle, c.posted_at FROM comment c JOIN author a ON a.id = c.author_id"
            f" WHERE c.id IN ({marks})", chunk,
        ):
            members[comment_id] = Member(comment_id, article_id, handle, stored_time(posted_at))
    return members


def load(
    db: SqliteDatabase, min_handles: int = 2, window: timedelta = analysis.DEFAULT_WINDOW
) -> list[Campaign]:
    """The campaigns in the kept pairs, biggest first (empty before the first `update`)."""
    pairs = db.execute_sql("SELECT comment_id, other_id FROM near_duplicate").fetchall()
    components = analysis.groups(pairs)
    members = _members(db, sorted({i for component in components for i in component}))
    return analysis.campaigns(components, members, min_handles, window)


def co_posting(db: SqliteDatabase, window: timedelta = analysis.CO_POSTING_WINDOW) -> list[CoPosting]:
    """Pairs of handles commenting close together more often than chance (analysis.co_posting,
    counted over arrays: times as whole milliseconds, author ids for handles)."""
    cursor = db.execute_sql(
        f"SELECT article_id, author_id, {_MILLISECONDS} FROM comment WHERE {_MILLISECONDS} IS NOT NULL"
    )
    batches = [np.empty((0, 3), dtype=np.int64)]  # a batch at a time: a million rows as tuples take 150 MB
    while batch := cursor.fetchmany(100_000):
        batches.append(np.array(batch, dtype=np.int64))
    table = np.concatenate(batches)
    table = table[np.lexsort((table[:, 2], table[:, 0]))]  # by article and time: faster than SQL's sort
    found = analysis.co_posting_arrays(
        np.ascontiguousarray(table[:, 0]), np.ascontiguousarray(table[:, 1]), np.ascontiguousarray(table[:, 2]),
        round(window.total_seconds() * 1000),
    )
    handles: dict[int, str] = {}
    for chunk, marks in chunked(sorted({author for a, b, *_ in found for author in (a, b)})):
        handles.update(db.execute_sql(f"SELECT id, handle FROM author WHERE id IN ({marks})", chunk))
    pairs = []
    for a, b, k, shared, p_value in found:
        first, second = sorted((handles[a], handles[b]))
        pairs.append(CoPosting((first, second), k, shared, p_value))
    return sorted(pairs, key=lambda c: (-c.articles, c.p_value, c.authors))


# A stored time ('YYYY-MM-DD HH:MM:SS', times.py) as whole milliseconds since 1970; NULL when not a time.
_MILLISECONDS = "CAST(round((julianday(posted_at) - 2440587.5) * 86400000) AS INTEGER)"


def kept_co_posting_window(db: SqliteDatabase) -> timedelta:
    """The window the kept co-posting pairs were counted within."""
    value = _setting(db, "campaigns.co_posting_window")
    return timedelta(seconds=float(value)) if value else analysis.CO_POSTING_WINDOW


def kept_co_posting(db: SqliteDatabase) -> list[CoPosting]:
    """The co-posting pairs of the last `update` (empty before it)."""
    value = _setting(db, CO_POSTING_KEY)
    return [CoPosting((a, b), k, n, p) for a, b, k, n, p in json.loads(value)] if value else []


def campaign_comment_ids(db: SqliteDatabase) -> set[int]:
    """Every comment in a kept near-duplicate pair (the thread's campaign marker)."""
    rows = db.execute_sql("SELECT comment_id FROM near_duplicate UNION SELECT other_id FROM near_duplicate")
    return {int(row[0]) for row in rows}


def texts(db: SqliteDatabase, ids: list[int]) -> dict[int, str]:
    """Comment id -> body, for the ids given."""
    return dict(_bodies(db, sorted(set(ids))))


def article_titles(db: SqliteDatabase, ids: list[int]) -> dict[int, str]:
    """Article id -> title, for the ids given."""
    titles: dict[int, str] = {}
    for chunk, marks in chunked(sorted(set(ids))):
        titles.update(db.execute_sql(f"SELECT id, title FROM article WHERE id IN ({marks})", chunk))
    return titles
