"""Writing parsed documents into the library: new articles in bulk, newer scrapes merged.

Bulk paths use the raw connection's executemany (peewee's insert_many builds SQL in Python and is
several times slower); on a server a thread's comments go in by COPY (dialect.insert_rows), and
what a file does a statement at a time is done in one where round trips would add up. Comment ids
are assigned here, inside the caller's write transaction, so a whole thread goes in with a handful
of statements; on a server, importers take turns for that (`take_import_turn`). Ids of existing
comments never change: annotations hang on them."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from typing import TYPE_CHECKING, Any, NamedTuple

from desktop.ingest.documents import ParsedComment, ParsedDocument, child_path
from desktop.store.dialect import SQLITE, execute, execute_many, follow_ids, insert_id, insert_rows, of, take_turns
from desktop.store.json_lists import stored_list
from desktop.store.times import time_text

if TYPE_CHECKING:
    from peewee import Database

_COMMENT_COLUMNS = ("id", "article_id", "parent_id", "position", "depth", "path", "author_id", "display_name", "status",
                   "posted_at", "body", "fingerprint", "truncated", "is_read")  # fmt: skip

# Existing comments of one author a comment of a newer scrape is compared with, at most, to find the
# one it is a cut-short copy of (_Unmatched): enough for any real thread, and linear for any other.
_CANDIDATES = 100


@dataclass
class StoreResult:
    article_id: int
    outcome: str  # "added", "merged" or "unchanged"
    comments_added: int = 0
    comments_updated: int = 0
    comment_ids: list[int] = field(default_factory=list)  # the library's id of each of the document's comments


@dataclass
class WriteCache:
    """What storing has learned of the library, kept across the documents of one import so each
    document asks and writes less: commenters and display names already stored (authors are
    never deleted), and the next free comment id (only within one write transaction: the caller
    sets it to None when a new one begins). Start a new cache after a rollback."""

    author_ids: dict[str, int] = field(default_factory=dict)
    aliases: set[tuple[int, str]] = field(default_factory=set)
    next_comment_id: int | None = None
    ids_given: bool = False  # comments numbered here since the table's next id last followed (finish_ids)


def article_fingerprint(title: str, paragraphs: list[str]) -> str:
    text = "\n".join([" ".join(title.split()), *(" ".join(p.split()) for p in paragraphs)])
    return hashlib.sha256(text.casefold().encode("utf-8")).hexdigest()[:32]


def posted_texts(comments: list[ParsedComment]) -> list[str | None]:
    """Each comment's time as stored (made once per comment: a million of them add up)."""
    return [time_text(c.posted_at) if c.posted_at else None for c in comments]


def comment_fingerprints(comments: list[ParsedComment], posted: list[str | None] | None = None) -> list[str]:
    """Stable keys for comments across scrapes: author, time and text, numbered when repeated."""
    seen: dict[str, int] = {}
    keys = []
    for comment, time in zip(comments, posted or posted_texts(comments), strict=True):
        digest = hashlib.sha1(f"{comment.handle}\0{time or ''}\0{comment.body}".encode()).hexdigest()[:20]
        seen[digest] = number = seen.get(digest, 0) + 1
        keys.append(f"{digest}:{number}")
    return keys


class Prepared(NamedTuple):
    """What storing a document needs that the library does not decide: made once the document is
    final, where it is read (a worker process of a parallel import), so the writer only writes."""

    fingerprint: str
    paragraphs: str  # JSON
    posted: list[str | None]
    keys: list[str]
    figures: tuple[int, int, int, int, int, str | None, str | None]


def prepare(document: ParsedDocument) -> Prepared:
    """What storing the document needs. A reader keeps it as `document.prepared` once the
    document is final; store_document makes it afresh for a document without one."""
    posted = posted_texts(document.comments)
    return Prepared(
        article_fingerprint(document.title, document.paragraphs),
        json.dumps(document.paragraphs, ensure_ascii=False),
        posted,
        comment_fingerprints(document.comments, posted),
        _thread_figures(document.comments, posted),
    )


def take_import_turn(db: Database) -> None:
    """Call first in a transaction that stores documents. New comments are numbered from the
    largest id (`_insert_new_comments`): on a server, two imports at once would give the same
    ids, so they take turns until the transaction ends. Taken before anything is written, it
    waits on nothing this transaction holds. Nothing on a library file (one writer at a time)."""
    take_turns(db, "import")


def _run(db: Database, sql: str, params: Sequence[Any] = ()) -> Any:
    """One statement in SQLite's spelling: the cursor. On a file through the raw connection (the
    importer's hot path, no peewee in between); on a server through the dialect."""
    if of(db) is SQLITE:
        return db.connection().execute(sql, params)
    return execute(db, sql, params)


def _run_many(db: Database, sql: str, rows: list[Any]) -> None:
    if of(db) is SQLITE:
        db.connection().executemany(sql, rows)
    else:
        execute_many(db, sql, rows)


def store_document(
    db: Database,
    document: ParsedDocument,
    source_file: str | None,
    now: datetime,
    cache: WriteCache | None = None,
) -> StoreResult:
    """Add one document, or merge it into the article it is a newer scrape of.
    Call inside a write transaction."""
    prepared = document.prepared if isinstance(document.prepared, Prepared) else prepare(document)
    existing = _find_article(db, document, prepared.fingerprint)
    own = cache is None  # no cache kept across documents: no caller to call finish_ids
    cache = cache or WriteCache()
    _write_authors(db, document.comments, cache)
    if existing is None:
        article_id = _insert_article(db, document, source_file, now, prepared)
        ids: dict[int, int] = {}
        added = _insert_new_comments(db, article_id, document.comments, prepared.posted, prepared.keys, cache, ids)
        result = StoreResult(article_id, "added", comments_added=added, comment_ids=list(ids.values()))
    else:
        result = _merge(db, existing, document, prepared.posted, prepared.keys, cache, now)
    if own:
        finish_ids(db, cache)
    return result


def finish_ids(db: Database, cache: WriteCache) -> None:
    """Call before the transaction that stored documents with `cache` commits: the comment table
    gives its next id after those numbered here (a server's sequence; once, not per document)."""
    if cache.ids_given:
        follow_ids(db, "comment")
        cache.ids_given = False


def _find_article(db: Database, document: ParsedDocument, fingerprint: str) -> int | None:
    """The article this document is a scrape of: same source URL, or same title and text. A URL
    match counts only when the title or half the paragraphs agree: a dump that gives every record
    the site's front page as its URL must not pour unrelated articles into one."""
    if document.url:
        for article_id, title, paragraphs in _run(
            db, "SELECT id, title, paragraphs FROM article WHERE source_url = ?", (document.url,)
        ).fetchall():
            if _same_article(document, title, stored_list(paragraphs)):
                return int(article_id)
    row = _run(db, "SELECT id FROM article WHERE fingerprint = ? LIMIT 1", (fingerprint,)).fetchone()
    return int(row[0]) if row else None


def _same_article(document: ParsedDocument, title: str, paragraphs: list[str]) -> bool:
    def norm(text: str) -> str:
        return " ".join(text.split()).casefold()

    if norm(title) == norm(document.title):
        return True
    known = {norm(p) for p in paragraphs}
    shared = sum(norm(p) in known for p in document.paragraphs)
    return shared > 0 and shared * 2 >= max(len(known), len(document.paragraphs))


def _thread_figures(
    comments: list[ParsedComment], posted: list[str | None]
) -> tuple[int, int, int, int, int, str | None, str | None]:
    """The figures of a new thread as summaries.py computes them in SQL: comments, unread (all of
    them), participants, replies, deepest level, first and last comment."""
    times = [time for time in posted if time]
    return (
        len(comments),
        len(comments),
        len({c.handle for c in comments}),
        sum(c.parent is not None for c in comments),
        max((c.depth for c in comments), default=0),
        min(times, default=None),
        max(times, default=None),
    )


def _insert_article(
    db: Database, document: ParsedDocument, source_file: str | None, now: datetime, prepared: Prepared
) -> int:
    stamp = time_text(now)
    sql = (
        "INSERT INTO article (title, subtitle, paragraphs, raw_text, kind, fingerprint, source_file,"
        " source_position, source_url, source_id, photo_credit, warnings, published_at, imported_at,"
        " updated_at, is_read, is_starred, comment_count, unread_count, participant_count, reply_count,"
        " max_depth, first_comment_at, last_comment_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,0,?,?,?,?,?,?,?)"
    )
    params = (
            document.title,
            document.subtitle,
            prepared.paragraphs,
            document.raw,
            document.kind,
            prepared.fingerprint,
            source_file,
            document.index,
            document.url,
            document.source_id,
            document.photo_credit,
            json.dumps(document.warnings, ensure_ascii=False),
            document.published_at,
            stamp,
            stamp,
        *prepared.figures,
    )
    if of(db) is SQLITE:
        return int(db.connection().execute(sql, params).lastrowid)
    return insert_id(db, sql, params)


# The new handles in order (ids as SQLite's loop below gives them), then the ids of all: the
# SELECT does not see the rows its WITH inserts, so each handle comes once.
_NEW_AUTHORS = (
    "WITH added AS (INSERT INTO author (handle) SELECT h FROM unnest(?::text[]) WITH ORDINALITY AS t(h, n)"
    " ORDER BY n ON CONFLICT (handle) DO NOTHING RETURNING id, handle)"
    " SELECT id, handle FROM added UNION ALL SELECT id, handle FROM author WHERE handle = ANY(?)"
)


def _write_authors(db: Database, comments: list[ParsedComment], known: WriteCache) -> None:
    """Store the handles and aliases of these comments that are new, learning their ids."""
    if not comments:
        return
    new = sorted({c.handle for c in comments}.difference(known.author_ids))
    if new and of(db) is not SQLITE:  # a round trip a handle adds up on a server: one for all of them
        known.author_ids.update((handle, author_id) for author_id, handle in execute(db, _NEW_AUTHORS, (new, new)))
        new = [handle for handle in new if handle not in known.author_ids]  # another's, committed meanwhile
    for handle in new:
        # RETURNING gives a new author's id at once; a handle the library already had gives none.
        rows = _run(
            db, "INSERT INTO author (handle) VALUES (?) ON CONFLICT (handle) DO NOTHING RETURNING id", (handle,)
        ).fetchall() or _run(db, "SELECT id FROM author WHERE handle = ?", (handle,)).fetchall()
        known.author_ids[handle] = rows[0][0]
    aliases = {(known.author_ids[c.handle], c.display_name) for c in comments if c.display_name} - known.aliases
    if aliases:
        _run_many(db, of(db).insert("author_alias", ("author_id", "display_name"), ignore=True), sorted(aliases))
        known.aliases |= aliases


def _insert_new_comments(
    db: Database,
    article_id: int,
    comments: list[ParsedComment],
    posted: list[str | None],
    keys: list[str],
    cache: WriteCache,
    known: dict[int, int],
) -> int:
    """Insert the comments whose index is not in `known` (index -> existing id), in document
    order, numbering them from the table's next id. Returns how many were inserted."""
    next_id = cache.next_comment_id
    if next_id is None:
        next_id = int(_run(db, "SELECT COALESCE(MAX(id), 0) + 1 FROM comment").fetchone()[0])
    author_ids = cache.author_ids
    ids: dict[int, int] = dict(known)
    rows = []
    for index, comment in enumerate(comments):
        if index in ids:
            continue
        ids[index] = next_id
        next_id += 1
        parent_id = ids.get(comment.parent) if comment.parent is not None else None
        rows.append(
            (
                ids[index],
                article_id,
                parent_id,
                index,
                comment.depth,
                comment.path,
                author_ids[comment.handle],
                comment.display_name,
                comment.status,
                posted[index],
                comment.body,
                keys[index],
                int(comment.truncated),
            )
        )
    if of(db) is SQLITE:
        db.connection().executemany(
            "INSERT INTO comment (id, article_id, parent_id, position, depth, path, author_id, display_name,"
            " status, posted_at, body, fingerprint, truncated, is_read) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,0)",
            rows,
        )
    elif rows:
        insert_rows(db, "comment", _COMMENT_COLUMNS, [(*row, 0) for row in rows])
        cache.ids_given = True
    cache.next_comment_id = next_id
    known.update(ids)
    return len(rows)


class _Existing(NamedTuple):
    """A comment already in the library, as the merge sees it."""

    id: int
    fingerprint: str
    parent_id: int | None
    truncated: bool
    body: str
    handle: str
    posted_at: str | None


def _merge(
    db: Database,
    article_id: int,
    document: ParsedDocument,
    posted: list[str | None],
    keys: list[str],
    cache: WriteCache,
    now: datetime,
) -> StoreResult:
    """Merge a newer scrape: existing comments keep their ids; new ones are added; a comment
    an older scrape had cut short is completed; the order follows the newer page."""
    existing = [
        _Existing(row[0], row[1], row[2], bool(row[3]), row[4], row[5], _stored_time(row[6]))
        for row in _run(
            db,
            "SELECT c.id, c.fingerprint, c.parent_id, c.truncated, c.body, a.handle, c.posted_at"
            " FROM comment c JOIN author a ON a.id = c.author_id WHERE c.article_id = ? ORDER BY c.position",
            (article_id,),
        ).fetchall()
    ]
    by_key = {row.fingerprint: row for row in existing}
    known: dict[int, int] = {}
    for index, key in enumerate(keys):
        if key in by_key:
            known[index] = by_key[key].id
    completed = _match_cut_comments(document.comments, keys, existing, known)
    added = _insert_new_comments(db, article_id, document.comments, posted, keys, cache, known)
    _keep_indexed_text(db, [update.id for update in completed])
    _run_many(
        db,
        "UPDATE comment SET body = ?, fingerprint = ?, truncated = ?, display_name = COALESCE(display_name, ?),"
        " posted_at = COALESCE(posted_at, ?), status = ? WHERE id = ?",
        completed,
    )
    ids = [known[index] for index in range(len(document.comments))]
    if added or completed:
        _renumber(db, article_id, document.comments, known, existing)
        raw_now = _run(db, "SELECT length(raw_text) FROM article WHERE id = ?", (article_id,)).fetchone()[0]
        if len(document.raw) > raw_now:
            _run(db, "UPDATE article SET raw_text = ? WHERE id = ?", (document.raw, article_id))
        _run(
            db,
            "UPDATE article SET updated_at = ?, source_url = COALESCE(source_url, ?) WHERE id = ?",
            (time_text(now), document.url, article_id),
        )
        from desktop.store import summaries

        summaries.refresh(db, [article_id])
        return StoreResult(article_id, "merged", comments_added=added, comments_updated=len(completed), comment_ids=ids)
    return StoreResult(article_id, "unchanged", comment_ids=ids)


class _Completion(NamedTuple):
    """An UPDATE row for a comment the newer scrape holds more of (the columns in SQL order)."""

    body: str
    fingerprint: str
    truncated: int
    display_name: str | None
    posted_at: str | None
    status: str
    id: int


def _match_cut_comments(
    comments: list[ParsedComment], keys: list[str], existing: list[_Existing], known: dict[int, int]
) -> list[_Completion]:
    """Pair the comments no fingerprint matched when one scrape holds a cut-short copy of the
    other's: same author, same time (or a time lost to the cut), one body the start of the other.
    A byte cap leaves no mark when it cuts between characters, so any comment can be the cut one.
    Fills `known`; returns the UPDATE rows for comments the newer scrape holds more of."""
    matched = set(known.values())
    unmatched = _Unmatched([row for row in existing if row.id not in matched])
    updates: list[_Completion] = []
    for index, comment in enumerate(comments):
        if index in known:
            continue
        candidates = [r for r in unmatched.candidates(comment) if _cut_copy(r, comment)]
        if not candidates:
            continue
        # Several candidates (one author cut twice?): the one under the same parent, first in order.
        parent_id = known.get(comment.parent) if comment.parent is not None else None
        row = next((r for r in candidates if r.parent_id == parent_id), candidates[0])
        unmatched.remove(row)
        known[index] = row.id
        posted = time_text(comment.posted_at) if comment.posted_at else None
        longer = len(comment.body) > len(row.body)
        if longer or (row.truncated and not comment.truncated) or (posted and not row.posted_at):
            keep_old = len(comment.body) < len(row.body)  # this scrape is the shorter copy
            updates.append(
                _Completion(
                    row.body if keep_old else comment.body,
                    row.fingerprint if keep_old else keys[index],
                    int(row.truncated if keep_old else comment.truncated),
                    comment.display_name,
                    posted,
                    comment.status,
                    row.id,
                )
            )
    return updates


_Group = tuple[str, str, str | None]  # what an existing comment is found by (_Unmatched): kind, handle, time


class _Unmatched:
    """The existing comments no fingerprint matched, grouped so that a comment of the newer
    scrape looks only at those that can be a copy of it (_cut_copy): the same author, and the same
    time or a time a cut took, with at most _CANDIDATES of them. Scanning every comment of the
    author for every comment made a merge quadratic: a 100,000-comment thread by a few authors
    never finished."""

    def __init__(self, rows: list[_Existing]) -> None:
        self.order = {row: position for position, row in enumerate(rows)}
        # Dicts as ordered sets: a row matched is taken out of each of its groups at once.
        self.groups: dict[_Group, dict[_Existing, None]] = defaultdict(dict)
        for row in rows:
            for group in self._groups(row):
                self.groups[group][row] = None

    @staticmethod
    def _groups(row: _Existing) -> list[_Group]:
        groups: list[_Group] = [("time", row.handle, row.posted_at), ("author", row.handle, None)]
        if row.truncated:
            groups.append(("cut", row.handle, None))
            if row.posted_at is None:
                groups.append(("cut, no time", row.handle, None))
        return groups

    def candidates(self, comment: ParsedComment) -> list[_Existing]:
        """In the order of the thread."""
        handle = comment.handle
        groups: list[_Group]
        if comment.posted_at is None:  # a row's time cannot differ: a cut must explain the lost time
            groups = [("author" if comment.truncated else "cut", handle, None)]
        else:  # the same time; or no time, which a cut took
            groups = [("time", handle, time_text(comment.posted_at)),
                      ("time" if comment.truncated else "cut, no time", handle, None)]  # fmt: skip
        found = {row for group in groups for row in islice(self.groups.get(group, ()), _CANDIDATES)}
        return sorted(found, key=self.order.__getitem__)

    def remove(self, row: _Existing) -> None:
        for group in self._groups(row):
            self.groups[group].pop(row, None)


def _keep_indexed_text(db: Database, comment_ids: list[int]) -> None:
    """The search index (store/search.py) can take a comment's old text out only if it kept that
    text, which it does for comments flagged as cut short when indexed. A cut between two
    characters leaves no flag, so the merge is the first to know: record the indexed text of
    comments about to change, as search.py records it for flagged ones."""
    if not comment_ids or of(db) is not SQLITE or not db.table_exists("search_cut_short"):
        return  # a server's index replaces a changed comment's vector (search_dialect.py)
    db.connection().executemany(
        "INSERT OR IGNORE INTO search_cut_short (comment_id, body) SELECT s.id, s.body"
        " FROM comment_search_source s WHERE s.id = ?"
        " AND EXISTS (SELECT 1 FROM comment_search_docsize d WHERE d.id = s.id)",
        [(comment_id,) for comment_id in comment_ids],
    )


def _cut_copy(row: _Existing, comment: ParsedComment) -> bool:
    if row.handle != comment.handle:
        return False
    posted = time_text(comment.posted_at) if comment.posted_at else None
    if row.posted_at and posted:
        if row.posted_at != posted:
            return False
    elif not (row.truncated or comment.truncated):
        return False  # a time is missing only where a cut took it
    return comment.body.startswith(row.body) or row.body.startswith(comment.body)


def _stored_time(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return time_text(value)
    return str(value)


def _renumber(
    db: Database,
    article_id: int,
    comments: list[ParsedComment],
    ids: dict[int, int],
    existing: list[_Existing],
) -> None:
    """Order, parent, depth and path for the merged thread: the newer page's order and tree, then
    comments only the older scrape had, after their siblings. Walked iteratively: trees can be deep."""
    children: dict[int | None, list[int]] = defaultdict(list)
    parents: dict[int, int | None] = {}
    for index, comment in enumerate(comments):
        parent = ids[comment.parent] if comment.parent is not None else None
        children[parent].append(ids[index])
        parents[ids[index]] = parent
    in_article = {row.id for row in existing} | set(parents)
    for row in existing:
        if row.id not in parents:
            # Only in the older scrape; one whose parent is gone (deleted) becomes top-level.
            parent = row.parent_id if row.parent_id in in_article else None
            children[parent].append(row.id)
            parents[row.id] = parent
    updates: list[tuple[int, int | None, int, str, int]] = []
    visited: set[int] = set()
    stack: list[tuple[int, int, str]] = [
        (child, 1, str(number)) for number, child in reversed(list(enumerate(children[None], 1)))
    ]
    while stack:
        comment_id, depth, path = stack.pop()
        if comment_id in visited:
            continue
        visited.add(comment_id)
        updates.append((len(updates), parents[comment_id], depth, path, comment_id))
        kids = children.get(comment_id, [])
        stack.extend((kid, depth + 1, child_path(path, n)) for n, kid in reversed(list(enumerate(kids, 1))))
    # Comments in a parent cycle are reachable from no root: append them as top-level ones.
    for row in existing:
        if row.id not in visited:
            visited.add(row.id)
            number = len(children[None]) + 1
            children[None].append(row.id)
            updates.append((len(updates), None, 1, str(number), row.id))
    if of(db) is SQLITE:
        db.connection().executemany(
            "UPDATE comment SET position = ?, parent_id = ?, depth = ?, path = ? WHERE id = ?", updates
        )
    elif updates:  # a server: one statement, writing only the rows that move (else a round trip each)
        execute(db, _RENUMBER, [list(column) for column in zip(*updates, strict=True)])


_RENUMBER = (
    "UPDATE comment AS c SET position = v.position, parent_id = v.parent_id, depth = v.depth, path = v.path"
    " FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::bigint[]) AS v(position, parent_id, depth,"
    " path, id) WHERE c.id = v.id"
    " AND (c.position, c.parent_id, c.depth, c.path) IS DISTINCT FROM (v.position, v.parent_id, v.depth, v.path)"
)
