"""The campaign finder kept in the library (schema v6): each comment's MinHash signature and the
near-duplicate pairs found, so an analysis after an import sketches and compares only the new
comments; since schema v8 also the band keys, the groups of near-duplicates and each article's
co-posting counts, so that it reads and regroups only what the new comments touch. The
arithmetic is desktop/analysis/campaigns.py; the README's "Campaign finder" section says what
is found, benchmarks/RESULTS.md how fast. Runs on both engines through store/dialect.py (bulk
rows by dialect.insert_rows: COPY on a server), with the same results; on a server, one
analysis at a time (dialect.hold)."""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import numpy as np
from peewee import Database

from desktop.analysis import campaigns as analysis
from desktop.analysis.campaigns import Campaign, CoPosting, Member
from desktop.texts import QT_TRANSLATE_NOOP

from . import changes
from .campaign_marks import CO_POSTING_KEY
from .chunks import chunked
from .dialect import SQLITE, execute, execute_many, hold, insert_rows, let_go, of, refresh_statistics
from .errors import StoreError
from .times import stored_time

# What the kept signatures were made with: a change here re-sketches every comment once.
SCHEME = f"minhash-{analysis.NUM_PERM}-shingle-{analysis.SHINGLE}-normalise-1"
_FETCH = 5_000

Progress = Callable[[str, int, int], None]  # stage ("sketching" or "comparing"), done, total


class Cancelled(Exception):
    """The analysis was cancelled; what it had sketched is kept for the next run."""


class Busy(StoreError):
    """Another coder's analysis of this server library is running: one at a time."""


_TURN = "campaigns"  # the lock an analysis of a server library holds (dialect.hold)
_BUSY = QT_TRANSLATE_NOOP(
    "Campaigns", "{login} is running the campaign analysis of this library now: try again when it has finished "
    "(the kept results can be read meanwhile).")
_BUSY_UNKNOWN = QT_TRANSLATE_NOOP(
    "Campaigns", "Another coder is running the campaign analysis of this library now: try again when it has "
    "finished (the kept results can be read meanwhile).")


@dataclass(frozen=True)
class UpdateReport:
    sketched: int  # comments sketched now (new, or changed since)
    compared: int  # comments compared against the rest
    pairs: int  # near-duplicate pairs found now
    full: bool  # every comment compared (first run, or a new threshold)


def _setting(db: Database, key: str) -> str | None:
    row = execute(db, "SELECT value FROM analysis_setting WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def _set(db: Database, key: str, value: str) -> None:
    execute(db, of(db).insert("analysis_setting", ("key", "value"), replace_on=("key",)), (key, value))


def kept_similarity(db: Database) -> float | None:
    """The threshold of the kept pairs, or None before the first analysis."""
    value = _setting(db, "campaigns.similarity")
    return None if value is None else float(value)


def update(
    db: Database, similarity: float = analysis.DEFAULT_SIMILARITY, progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None, co_posting_window: timedelta = analysis.CO_POSTING_WINDOW,
) -> UpdateReport:
    """Bring the kept analysis up to date: sketch the comments not sketched yet (or whose text
    changed), then compare them with every sketched comment; with a threshold other than the kept
    one, compare everything again. Co-posting is counted again on the articles that changed,
    within `co_posting_window` (everywhere when the window changed). Sketches are committed as
    they are made, with a mark that they still wait to be compared, so a cancelled run
    (Cancelled) leaves work the next one does not repeat. On a server library one analysis runs
    at a time, as its sketches and pairs are written over several transactions: a second
    raises Busy."""
    if not 0.0 < similarity <= 1.0:
        raise ValueError("the similarity must be above 0 and at most 1")
    holder = hold(db, _TURN)
    if holder is not None:
        raise Busy(_BUSY.format(login=holder) if holder else _BUSY_UNKNOWN)
    try:
        report = _update(db, similarity, progress, cancelled, co_posting_window)
        if changes.enabled(db):  # other coders' Campaigns windows read the new results
            with db.atomic():
                changes.announce(db, "campaigns", None)
        return report
    finally:
        let_go(db, _TURN)


def _update(
    db: Database, similarity: float, progress: Progress | None, cancelled: Callable[[], bool] | None,
    co_posting_window: timedelta,
) -> UpdateReport:
    with db.atomic():
        if _setting(db, "campaigns.scheme") != SCHEME:
            for table in ("near_duplicate", "comment_sketch", "band_chunk", "pending_sketch", "near_duplicate_group"):
                execute(db, f"DELETE FROM {table}")
            execute(db, "DELETE FROM analysis_setting WHERE key IN (?, ?, ?)", (_SIMILARITY, _BANDS, _GROUPS))
            _set(db, "campaigns.scheme", SCHEME)
    full = kept_similarity(db) != similarity
    in_table = not full and _setting(db, _BANDS) == repr(similarity)
    with _pool() as pool:
        sketched, fresh = _sketch_stale(db, progress, cancelled, pool, not full, None if in_table else similarity)
        if progress:
            progress("comparing", 0, 1)
        pending = np.array([r[0] for r in execute(db, _PENDING)], dtype=np.int64)
        new_mask: np.ndarray | None
        if in_table:  # the buckets of the new comments, from the kept band keys
            ids, keys, new_mask = _buckets_of(db, pending, similarity)
        else:  # every signature keyed: a first analysis, a new threshold, a library from before version 8
            ids, keys = fresh if fresh is not None else _band_keys(db, similarity)
            new_mask = None if full else np.isin(ids, pending)
        del fresh
        compared = len(ids) if new_mask is None else int(new_mask.sum())
        pairs = analysis.candidate_pair_array(ids, keys, new_mask) if compared else np.empty((0, 2), np.int64)
        if not in_table:  # kept now, so the next update keys only its new comments
            with db.atomic():
                _rebuild_bands(db, ids, keys)
                _set(db, _BANDS, repr(similarity))
        del ids, keys
        if cancelled and cancelled():
            raise Cancelled
        confirmed = _confirm(db, pairs, similarity, cancelled, pool)
    del pairs
    touched = {i for a, b, _ in confirmed for i in (a, b)}
    with db.atomic():
        partners = _co_posting_counted(db, co_posting_window)
        if full:
            execute(db, "DELETE FROM near_duplicate")
        insert_rows(db, "near_duplicate", ("comment_id", "other_id", "similarity"), confirmed,
                    replace_on=("comment_id", "other_id"))
        if in_table:
            _store_bands(db, pending, similarity)
        execute(db, _CLEAR_PENDING)
        _set(db, _SIMILARITY, repr(similarity))
        _set(db, CO_POSTING_KEY, json.dumps([[*p.authors, p.articles, p.shared, p.p_value] for p in partners]))
        _set(db, "campaigns.co_posting_window", repr(co_posting_window.total_seconds()))
        _regroup(db, full, touched)
    if full or sketched >= _STATISTICS_FROM:  # the next update's statements are planned on them
        refresh_statistics(db, _TABLES)
    if progress:
        progress("comparing", 1, 1)
    return UpdateReport(sketched, compared, len(confirmed), full)


_SIMILARITY = "campaigns.similarity"
_BANDS = "campaigns.bands"  # the threshold band_chunk's keys are for
_GROUPS = "campaigns.groups"  # rows of near_duplicate_group after the last analysis: fewer, a comment was deleted
_CO_POSTING_COUNTS = "campaigns.co_posting_counts"  # the window the co-posting tables are counted within (ms)
_POOL_FROM = 50_000  # comments to sketch before worker processes pay for their start (about a second)
WORKERS = min(2, os.cpu_count() or 1)  # the figure is for 2 cores; more would pass 1 GB

_STATISTICS_FROM = 50_000  # comments sketched that change the finder's tables enough to refresh their statistics
_TABLES = ("comment_sketch", "near_duplicate", "near_duplicate_group", "pending_sketch", "band_chunk",
           "co_posting_article", "campaign")
_PENDING = "SELECT comment_id FROM pending_sketch ORDER BY comment_id"
_CLEAR_PENDING = "DELETE FROM pending_sketch"
_CHUNK = 100_000  # comments a row of band_chunk
_CHUNKS = 64  # band_chunk rows before an update writes them afresh, without the entries gone stale


@contextmanager
def _pool() -> Iterator[_LazyPool]:
    """Worker processes for sketching and checking, one a core: MinHash and exact Jaccard are
    CPU-bound numpy and Python, and a full analysis of a million comments takes minutes on one
    core. Started on first use, so an update of a few thousand comments does without them; none
    in a frozen build, whose executable would start the whole application again in each."""
    holder = _LazyPool()
    try:
        yield holder
    finally:
        holder.shutdown()


class _LazyPool:
    def __init__(self) -> None:
        self._executor: ProcessPoolExecutor | None = None

    def get(self) -> ProcessPoolExecutor | None:
        if getattr(sys, "frozen", False) or (os.cpu_count() or 1) < 2:
            return None
        if self._executor is None:
            self._executor = ProcessPoolExecutor(WORKERS, mp_context=multiprocessing.get_context("spawn"))
        return self._executor

    def shutdown(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(cancel_futures=True)


# A comment's fingerprint hashes its handle, time and text (desktop/store/writer.py, which
# writes a new one with every new text): a changed text is seen, even of the same length, by
# comparing short keys instead of reading every body.
_HAD_SKETCH = "CASE WHEN s.comment_id IS NULL THEN 0 ELSE 1 END"
_STALE = (
    "FROM comment c LEFT JOIN comment_sketch s ON s.comment_id = c.id"
    " WHERE (s.comment_id IS NULL OR s.fingerprint <> c.fingerprint)"
)


def _sketch_stale(
    db: Database, progress: Progress | None, cancelled: Callable[[], bool] | None, pool: _LazyPool, mark: bool,
    keyed_for: float | None,
) -> tuple[int, tuple[np.ndarray, np.ndarray] | None]:
    """Sketch the comments not sketched, or changed since; with `mark`, each is marked as still to
    be compared (the mark goes with its sketch, so a cancelled run loses no comparison). A changed
    comment's pairs go, its group is marked for regrouping and its article's co-posting counts
    for recounting. Returns how many were sketched as evidence and, with `keyed_for` (a threshold) when every kept
    signature was made now, as on a first analysis, their ids and band keys (_band_keys would
    read them all back)."""
    bands = analysis.bands_for(keyed_for) if keyed_for is not None else None
    keyed_ids: list[np.ndarray] = []
    keyed: list[np.ndarray] = []
    # One pass over the index; an array, as a million ints in a list take 36 MB. Each id comes
    # doubled, plus one when the comment had a sketch: a changed text, whose old pairs, group and
    # co-posting counts must go. A new comment has none of those, only maybe its article's counts.
    coded = np.fromiter((row[0] for row in execute(db, f"SELECT c.id * 2 + {_HAD_SKETCH} {_STALE}")), dtype=np.int64)
    stale = coded >> 1
    changed = set((stale[(coded & 1).astype(np.bool_)]).tolist())
    del coded
    counted = execute(db, "SELECT 1 FROM co_posting_article LIMIT 1").fetchone() is not None
    sketched = 0
    if progress:
        progress("sketching", 0, len(stale))
    executor = pool.get() if len(stale) >= _POOL_FROM else None
    starts = iter(range(0, len(stale), _FETCH))
    in_flight: deque[tuple[list[tuple[int, str, str]], Any]] = deque()
    done = 0
    while True:
        while len(in_flight) < (3 if executor else 1):
            start = next(starts, None)
            if start is None:
                break
            if cancelled and cancelled():
                raise Cancelled
            ids = stale[start : start + _FETCH].tolist()
            among, params = _among(db, ids, ",".join("?" * len(ids)))
            rows = execute(db, f"SELECT id, body, fingerprint FROM comment WHERE id {among}", params).fetchall()
            bodies = [body for _, body, _ in rows]
            in_flight.append((rows, executor.submit(analysis.sketch, bodies) if executor else analysis.sketch(bodies)))
        if not in_flight:
            break
        rows, result = in_flight.popleft()
        evidence, matrix = result.result() if executor else result
        blobs: list[bytes | None] = [None] * len(rows)
        for row_index, signature in zip(evidence, matrix, strict=True):
            blobs[row_index] = signature.tobytes()
        ids = [int(comment_id) for comment_id, _, _ in rows]
        changed_here = [i for i in ids if i in changed] if changed else []
        with db.atomic():
            for part, part_marks in chunked(changed_here):  # a changed text: its old pairs no longer hold
                execute(
                    db, f"DELETE FROM near_duplicate WHERE comment_id IN ({part_marks}) OR other_id IN ({part_marks})",
                    part * 2,
                )
                execute(
                    db, "UPDATE near_duplicate_group SET group_id = -group_id WHERE group_id IN (SELECT group_id FROM"
                    f" near_duplicate_group WHERE comment_id IN ({part_marks}) AND group_id > 0)", part,
                )
            for part, part_marks in chunked(ids if counted else []):  # its article is counted again
                execute(
                    db, "DELETE FROM co_posting_article WHERE article_id IN"
                    f" (SELECT article_id FROM comment WHERE id IN ({part_marks}))", part,
                )
            insert_rows(db, "comment_sketch", ("comment_id", "fingerprint", "signature"),
                        [(i, key, blob) for i, (_, _, key), blob in zip(ids, rows, blobs, strict=True)],
                        replace_on=("comment_id",) if changed_here else ())
            if mark:
                insert_rows(db, "pending_sketch", ("comment_id",), [(ids[i],) for i in evidence], ignore=True)
        sketched += len(evidence)
        if bands is not None:
            keyed_ids.append(np.array([ids[i] for i in evidence], dtype=np.int64))
            keyed.append(analysis.band_keys(matrix, *bands))
        done += len(rows)
        if progress:
            progress("sketching", done, len(stale))
    kept = int(execute(db, "SELECT COUNT(*) FROM comment_sketch WHERE signature IS NOT NULL").fetchone()[0])
    if bands is None or kept != sketched:
        return sketched, None
    all_ids = np.concatenate([np.empty(0, dtype=np.int64), *keyed_ids])
    order = np.argsort(all_ids, kind="stable")
    return sketched, (all_ids[order], np.concatenate([np.empty((0, bands[0]), dtype=np.uint64), *keyed])[order])


def _signatures(db: Database, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The kept signatures of these comments (those that have one), by id."""
    found: list[tuple[int, bytes]] = []
    for chunk, marks in chunked(ids.tolist()):
        among, params = _among(db, chunk, marks)
        found += execute(
            db, f"SELECT comment_id, signature FROM comment_sketch WHERE comment_id {among}"
            " AND signature IS NOT NULL", params,
        ).fetchall()
    found.sort()
    matrix = np.frombuffer(b"".join(blob for _, blob in found), dtype=np.uint32).reshape(-1, analysis.NUM_PERM)
    return np.array([i for i, _ in found], dtype=np.int64), matrix


def _kept_keys(db: Database, bands: int) -> tuple[np.ndarray, np.ndarray]:
    """Every band_chunk entry: comment ids and the low 32 bits of their band keys."""
    ids: list[np.ndarray] = [np.empty(0, dtype=np.int64)]
    keys: list[np.ndarray] = [np.empty((0, bands), dtype=np.uint32)]
    for id_bytes, key_bytes in execute(db, "SELECT ids, keys FROM band_chunk ORDER BY id"):
        ids.append(np.frombuffer(id_bytes, dtype=np.int64))
        keys.append(np.frombuffer(key_bytes, dtype=np.uint32).reshape(len(ids[-1]), bands))
    return np.concatenate(ids), np.concatenate(keys)


def _low(keys: np.ndarray) -> np.ndarray:
    return (keys & np.uint64(0xFFFFFFFF)).astype(np.uint32)


def _buckets_of(
    db: Database, new_ids: np.ndarray, similarity: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The new comments and every kept comment sharing a band bucket with one of them, with their
    band keys and which are new: whole buckets, so candidate_pairs forms the pairs a pass over
    every signature forms. The kept keys (their low 32 bits) only say which comments may share
    one: those are keyed again from their signatures, so a false match of the low bits, or the
    entry of a comment changed since, forms no pair."""
    bands, rows = analysis.bands_for(similarity)
    ids, matrix = _signatures(db, new_ids)
    new_keys = analysis.band_keys(matrix, bands, rows) if len(ids) else np.empty((0, bands), dtype=np.uint64)
    kept_ids, kept_keys = _kept_keys(db, bands)
    wanted = _low(new_keys)
    found = [kept_ids[analysis.rows_with(kept_keys[:, band], np.unique(wanted[:, band]))] for band in range(bands)]
    del kept_ids, kept_keys
    other_ids, other_matrix = _signatures(db, np.setdiff1d(np.concatenate([np.empty(0, np.int64), *found]), ids))
    other_keys = analysis.band_keys(other_matrix, bands, rows) if len(other_ids) else np.empty((0, bands), np.uint64)
    all_ids = np.concatenate([ids, other_ids])
    order = np.argsort(all_ids, kind="stable")
    all_keys = np.concatenate([new_keys, other_keys])[order]
    is_new = np.r_[np.ones(len(ids), dtype=np.bool_), np.zeros(len(other_ids), dtype=np.bool_)][order]
    return all_ids[order], all_keys, is_new


def _write_chunks(db: Database, ids: np.ndarray, keys: np.ndarray) -> None:
    for start in range(0, len(ids), _CHUNK):
        execute(db, "INSERT INTO band_chunk (ids, keys) VALUES (?, ?)", (
            np.ascontiguousarray(ids[start : start + _CHUNK], dtype=np.int64).tobytes(),
            np.ascontiguousarray(keys[start : start + _CHUNK], dtype=np.uint32).tobytes(),
        ))


def _store_bands(db: Database, new_ids: np.ndarray, similarity: float) -> None:
    """The new comments' band keys, a chunk more; past _CHUNKS chunks, all of them written again
    with only each comment's latest entry."""
    bands, rows = analysis.bands_for(similarity)
    ids, matrix = _signatures(db, new_ids)
    if len(ids):
        _write_chunks(db, ids, _low(analysis.band_keys(matrix, bands, rows)))
    if int(execute(db, "SELECT COUNT(*) FROM band_chunk").fetchone()[0]) > _CHUNKS:
        kept_ids, kept_keys = _kept_keys(db, bands)
        latest = len(kept_ids) - 1 - np.unique(kept_ids[::-1], return_index=True)[1]
        execute(db, "DELETE FROM band_chunk")
        _write_chunks(db, kept_ids[latest], kept_keys[latest])


def _rebuild_bands(db: Database, ids: np.ndarray, keys: np.ndarray) -> None:
    """The band keys of every signature, kept."""
    execute(db, "DELETE FROM band_chunk")
    _write_chunks(db, ids, _low(keys))


def _band_keys(db: Database, similarity: float) -> tuple[np.ndarray, np.ndarray]:
    """Every signature's band keys, read a batch at a time into preallocated arrays (a million
    signatures as bytes objects would take three times the memory)."""
    bands, rows = analysis.bands_for(similarity)
    total = int(execute(db, "SELECT COUNT(*) FROM comment_sketch WHERE signature IS NOT NULL").fetchone()[0])
    ids = np.empty(total, dtype=np.int64)
    keys = np.empty((total, bands), dtype=np.uint64)
    cursor = execute(
        db, "SELECT comment_id, signature FROM comment_sketch WHERE signature IS NOT NULL ORDER BY comment_id"
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


def _among(db: Database, ids: list[int], marks: str) -> tuple[str, list[Any]]:
    """`IN` a chunk of ids, with its parameters: their `?` marks on a file, as ever (SQLite binds
    them in process); one array on a server, where 5,000 marks took 2-3 times as long to send."""
    dialect = of(db)
    if dialect is SQLITE:
        return f"IN ({marks})", ids
    return dialect.in_ids, [dialect.ids(ids)]


def _bodies(db: Database, ids: list[int]) -> Iterator[tuple[int, str]]:
    for chunk, marks in chunked(ids):
        among, params = _among(db, chunk, marks)
        yield from execute(db, f"SELECT id, body FROM comment WHERE id {among}", params)


def _confirm(
    db: Database, pairs: np.ndarray, similarity: float, cancelled: Callable[[], bool] | None,
    pool: _LazyPool,
) -> list[tuple[int, int, float]]:
    """The candidate pairs (sorted rows of two ids) whose exact Jaccard similarity reaches the
    threshold. The shingle sets are made in the worker processes when there are many."""
    wanted = np.unique(pairs).tolist()
    executor = pool.get() if len(wanted) >= _POOL_FROM else None
    sets: dict[int, np.ndarray] = {}
    in_flight: deque[tuple[list[int], Any]] = deque()

    def take(ids: list[int], result: Any) -> None:
        values, ends = result
        sets.update(zip(ids, np.split(values, ends[:-1]), strict=True))

    for chunk, _ in chunked(wanted, _FETCH):
        if cancelled and cancelled():
            raise Cancelled
        rows = list(_bodies(db, chunk))
        ids, bodies = [i for i, _ in rows], [body for _, body in rows]
        if executor is None:
            take(ids, analysis.packed_shingle_sets(bodies))
            continue
        in_flight.append((ids, executor.submit(analysis.packed_shingle_sets, bodies)))
        if len(in_flight) > 3:
            ids, future = in_flight.popleft()
            take(ids, future.result())
    for ids, future in in_flight:
        take(ids, future.result())
    del wanted
    confirmed: list[tuple[int, int, float]] = []
    for start in range(0, len(pairs), 10_000):  # a block at a time: a million pairs as lists take 100 MB
        if cancelled and cancelled():
            raise Cancelled
        for a, b in pairs[start : start + 10_000].tolist():
            first, second = sets.get(a), sets.get(b)
            if first is None or second is None:
                continue
            value = analysis.set_jaccard(first, second)
            if value >= similarity:
                confirmed.append((a, b, round(value, 4)))
    return confirmed


def _group_count(db: Database) -> int:
    return int(execute(db, "SELECT COUNT(*) FROM near_duplicate_group").fetchone()[0])


def _groups_hold(db: Database) -> bool:
    """Whether near_duplicate_group is the groups of the kept pairs: filled by an analysis, no
    comment of it deleted since (the count), none changed (no negative group)."""
    kept = _setting(db, _GROUPS)
    return kept is not None and int(kept) == _group_count(db) and execute(
        db, "SELECT 1 FROM near_duplicate_group WHERE group_id < 0 LIMIT 1").fetchone() is None


def _regroup(db: Database, full: bool, touched: set[int]) -> None:
    """The groups of near-duplicates after the pairs changed, and the campaign rows on them. Only
    the groups a new pair joins or a changed comment left are grown again from their pairs: a
    pair touching one of their comments has both ends in them."""
    kept = _setting(db, _GROUPS)
    if full or kept is None or int(kept) != _group_count(db):
        components = analysis.groups(execute(db, "SELECT comment_id, other_id FROM near_duplicate"))
        execute(db, "DELETE FROM near_duplicate_group")
        scope = None
    else:
        old = {-int(r[0]) for r in execute(
            db, "SELECT DISTINCT group_id FROM near_duplicate_group WHERE group_id < 0")}  # a changed comment's
        for chunk, marks in chunked(sorted(touched)):
            old.update(abs(int(r[0])) for r in execute(
                db, f"SELECT group_id FROM near_duplicate_group WHERE comment_id IN ({marks})", chunk))
        members = set(touched)
        for chunk, marks in chunked(sorted(old | {-g for g in old})):
            members.update(int(r[0]) for r in execute(
                db, f"SELECT comment_id FROM near_duplicate_group WHERE group_id IN ({marks})", chunk))
        pairs: set[tuple[int, int]] = set()
        for chunk, marks in chunked(sorted(members)):
            pairs.update(execute(
                db, f"SELECT comment_id, other_id FROM near_duplicate WHERE comment_id IN ({marks})"
                f" UNION SELECT comment_id, other_id FROM near_duplicate WHERE other_id IN ({marks})", chunk * 2))
        components = analysis.groups(pairs)
        for chunk, marks in chunked(sorted(members)):
            execute(db, f"DELETE FROM near_duplicate_group WHERE comment_id IN ({marks})", chunk)
        scope = members
    insert_rows(db, "near_duplicate_group", ("comment_id", "group_id"),
                [(comment, component[0]) for component in components for comment in component])
    _set(db, _GROUPS, str(_group_count(db)))
    _keep_anchors(db, components, scope)


def _keep_anchors(db: Database, components: list[list[int]], scope: set[int] | None) -> None:
    """The campaign rows notes are on, after the groups changed: each group of near-duplicates by
    at least two handles keeps one, keyed by its first comment. A row whose comment is still in
    such a group stays; when groups merged, the one row kept (moved to the merged group's first
    comment) is one with a note before one without, then the first comment's own, then the
    oldest. The others are deleted, which leaves their notes detached. With a `scope`, only the
    rows on those comments are looked at: the `components` are the groups of exactly them."""
    authors: dict[int, int] = {}
    for chunk, marks in chunked(sorted({i for component in components for i in component})):
        authors.update(execute(db, f"SELECT id, author_id FROM comment WHERE id IN ({marks})", chunk))
    group_of: dict[int, int] = {}  # comment id -> its campaign's first comment
    for component in components:
        if len({authors.get(i) for i in component} - {None}) >= 2:
            group_of.update(dict.fromkeys(component, component[0]))
    kept: dict[int, tuple[tuple[bool, bool, int], int, int]] = {}  # first comment -> (rank, row, its comment)
    gone: list[int] = []
    select = "SELECT k.id, k.comment_id, EXISTS (SELECT 1 FROM note n WHERE n.campaign_id = k.id) FROM campaign k"
    if scope is None:
        rows = execute(db, select).fetchall()
    else:
        rows = []
        for chunk, marks in chunked(sorted(scope)):
            rows += execute(db, f"{select} WHERE k.comment_id IN ({marks})", chunk).fetchall()
        rows.sort()
    for row_id, comment_id, noted in rows:
        first = group_of.get(comment_id)
        rank = (not noted, comment_id != first, row_id)
        if first is None or (first in kept and kept[first][0] < rank):
            gone.append(row_id)
            continue
        if first in kept:
            gone.append(kept[first][1])
        kept[first] = (rank, row_id, comment_id)
    for chunk, marks in chunked(gone):
        execute(db, f"DELETE FROM campaign WHERE id IN ({marks})", chunk)
    moved = [(first, row_id) for first, (_, row_id, comment_id) in kept.items() if comment_id != first]
    execute_many(db, "UPDATE campaign SET comment_id = ? WHERE id = ?", moved)
    new = sorted(set(group_of.values()) - set(kept))
    insert_rows(db, "campaign", ("comment_id",), [(first,) for first in new])


def campaign_keys(db: Database, first_ids: list[int]) -> dict[int, int]:
    """A campaign's first comment (Campaign.id) -> its row, the target of a note on it."""
    keys: dict[int, int] = {}
    for chunk, marks in chunked(sorted(set(first_ids))):
        keys.update(execute(db, f"SELECT comment_id, id FROM campaign WHERE comment_id IN ({marks})", chunk))
    return keys


# -- reading the kept results ----------------------------------------------------------------------


def _members(db: Database, ids: list[int]) -> dict[int, Member]:
    members: dict[int, Member] = {}
    for chunk, marks in chunked(ids):
        among, params = _among(db, chunk, marks)
        for comment_id, article_id, handle, posted_at in execute(
            db, "SELECT c.id, c.article_id, a.handle, c.posted_at FROM comment c JOIN author a ON a.id = c.author_id"
            f" WHERE c.id {among}", params,
        ):
            members[comment_id] = Member(comment_id, article_id, handle, stored_time(posted_at))
    return members


def load(
    db: Database, min_handles: int = 2, window: timedelta = analysis.DEFAULT_WINDOW
) -> list[Campaign]:
    """The campaigns in the kept pairs, biggest first (empty before the first `update`): read from
    the kept groups, or grown from the pairs when a comment was deleted or changed since."""
    if _groups_hold(db):
        by_group: dict[int, list[int]] = {}
        for comment_id, group_id in execute(db, "SELECT comment_id, group_id FROM near_duplicate_group"):
            by_group.setdefault(group_id, []).append(comment_id)
        components = [sorted(members) for members in by_group.values()]
    else:
        components = analysis.groups(execute(db, "SELECT comment_id, other_id FROM near_duplicate").fetchall())
    members = _members(db, sorted({i for component in components for i in component}))
    return analysis.campaigns(components, members, min_handles, window)


# A stored time ('YYYY-MM-DD HH:MM:SS', times.py; a timestamp on a server, which has julianday()
# too) as whole milliseconds since 1970; NULL when not a time. BIGINT: PostgreSQL's INTEGER has 32 bits.
_MILLISECONDS = "CAST(round((julianday(posted_at) - 2440587.5) * 86400000) AS BIGINT)"


def _timed(db: Database, where: str = "", params: list[int] | None = None) -> np.ndarray:
    """(article, author, time in ms) of the dated comments, ordered by article and time, read a
    batch at a time into numpy (a million rows as tuples take 150 MB)."""
    cursor = execute(
        db, f"SELECT article_id, author_id, {_MILLISECONDS} FROM comment WHERE {_MILLISECONDS} IS NOT NULL {where}",
        params or [],
    )
    batches = [np.empty((0, 3), dtype=np.int64)]
    while batch := cursor.fetchmany(100_000):
        batches.append(np.array(batch, dtype=np.int64))
    table = np.concatenate(batches)
    return table[np.lexsort((table[:, 2], table[:, 0]))]  # by article and time: faster than SQL's sort


def _co_posting_pairs(db: Database, found: list[tuple[int, int, int, int, float]]) -> list[CoPosting]:
    handles: dict[int, str] = {}
    for chunk, marks in chunked(sorted({author for a, b, *_ in found for author in (a, b)})):
        handles.update(execute(db, f"SELECT id, handle FROM author WHERE id IN ({marks})", chunk))
    pairs = []
    for a, b, k, shared, p_value in found:
        first, second = sorted((handles[a], handles[b]))
        pairs.append(CoPosting((first, second), k, shared, p_value))
    return sorted(pairs, key=lambda c: (-c.articles, c.p_value, c.authors))


def co_posting(db: Database, window: timedelta = analysis.CO_POSTING_WINDOW) -> list[CoPosting]:
    """Pairs of handles commenting close together more often than chance (analysis.co_posting,
    counted over arrays of the whole library: times as whole milliseconds, author ids for handles)."""
    table = _timed(db)
    found = analysis.co_posting_arrays(
        np.ascontiguousarray(table[:, 0]), np.ascontiguousarray(table[:, 1]), np.ascontiguousarray(table[:, 2]),
        round(window.total_seconds() * 1000),
    )
    return _co_posting_pairs(db, found)


def _co_posting_counted(db: Database, window: timedelta) -> list[CoPosting]:
    """co_posting from the kept counts (schema v8), after counting again the articles whose
    comments changed: an article without a row in co_posting_article (new, or a comment of it
    changed: _sketch_stale deletes its row) or with another number of comments (some deleted).
    Every article again when the window changed. The same pairs, figures and order as co_posting."""
    window_ms = round(window.total_seconds() * 1000)
    if _setting(db, _CO_POSTING_COUNTS) != str(window_ms):
        execute(db, "DELETE FROM co_posting_article")
        _set(db, _CO_POSTING_COUNTS, str(window_ms))
    counts = dict(execute(db, "SELECT article_id, COUNT(*) FROM comment GROUP BY article_id").fetchall())
    kept = dict(execute(db, "SELECT article_id, comments FROM co_posting_article").fetchall())
    changed = sorted({a for a, n in counts.items() if kept.get(a) != n} | (kept.keys() - counts.keys()))
    if len(changed) > len(counts) // 2:  # most of the library: one pass over it
        execute(db, "DELETE FROM co_posting_article")
        changed = sorted(counts)
        timed = _timed(db)
    elif changed:
        timed = np.concatenate([np.empty((0, 3), dtype=np.int64)] + [
            _timed(db, f"AND article_id IN ({marks})", chunk) for chunk, marks in chunked(changed)
        ])
        timed = timed[np.lexsort((timed[:, 2], timed[:, 0]))]
        for chunk, marks in chunked(changed):
            execute(db, f"DELETE FROM co_posting_article WHERE article_id IN ({marks})", chunk)
    if changed:
        article, author = np.ascontiguousarray(timed[:, 0]), np.ascontiguousarray(timed[:, 1])
        close = analysis.close_pairs(article, author, np.ascontiguousarray(timed[:, 2]), window_ms)
        handles = analysis.article_handles(article, author)
        starts = np.searchsorted(close[:, 0], changed)
        ends = np.searchsorted(close[:, 0], changed, side="right")
        pairs_of = np.ascontiguousarray(close[:, 1:])
        insert_rows(
            db, "co_posting_article", ("article_id", "comments", "handles", "close"),
            [(a, counts[a], handles.get(a, 0), pairs_of[start:end].tobytes())
             for a, start, end in zip(changed, starts.tolist(), ends.tolist(), strict=True) if a in counts],
        )
    co_present = 0
    parts = [np.empty(0, dtype=np.int64)]
    for handles_here, close_bytes in execute(db, "SELECT handles, close FROM co_posting_article"):
        co_present += handles_here * (handles_here - 1) // 2
        parts.append(np.frombuffer(close_bytes, dtype=np.int64))
    every_close = np.concatenate(parts).reshape(-1, 2)
    pairs = analysis.counted_pairs(every_close)
    articles_of: dict[int, set[int]] = {}
    tested = sorted({x for a, b, k in pairs if k >= analysis.CO_POSTING_MIN_ARTICLES for x in (a, b)})
    for chunk, marks in chunked(tested):
        for author_id, article_id in execute(
            db,
            f"SELECT author_id, article_id FROM comment WHERE author_id IN ({marks}) AND {_MILLISECONDS} IS NOT NULL",
            chunk,
        ):
            articles_of.setdefault(author_id, set()).add(article_id)
    return _co_posting_pairs(db, analysis.co_posting_test(pairs, articles_of, len(every_close), co_present))


def kept_co_posting_window(db: Database) -> timedelta:
    """The window the kept co-posting pairs were counted within."""
    value = _setting(db, "campaigns.co_posting_window")
    return timedelta(seconds=float(value)) if value else analysis.CO_POSTING_WINDOW


def kept_co_posting(db: Database) -> list[CoPosting]:
    """The co-posting pairs of the last `update` (empty before it)."""
    value = _setting(db, CO_POSTING_KEY)
    return [CoPosting((a, b), k, n, p) for a, b, k, n, p in json.loads(value)] if value else []


def campaign_comment_ids(db: Database) -> set[int]:
    """Every comment in a kept near-duplicate pair (the thread's campaign marker)."""
    rows = execute(db, "SELECT comment_id FROM near_duplicate UNION SELECT other_id FROM near_duplicate")
    return {int(row[0]) for row in rows}


def texts(db: Database, ids: list[int]) -> dict[int, str]:
    """Comment id -> body, for the ids given."""
    return dict(_bodies(db, sorted(set(ids))))


def article_titles(db: Database, ids: list[int]) -> dict[int, str]:
    """Article id -> title, for the ids given."""
    titles: dict[int, str] = {}
    for chunk, marks in chunked(sorted(set(ids))):
        titles.update(execute(db, f"SELECT id, title FROM article WHERE id IN ({marks})", chunk))
    return titles
