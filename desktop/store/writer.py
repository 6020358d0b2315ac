"""Writing parsed documents into the library: new articles in bulk, newer scrapes merged.

Bulk paths use the raw connection's executemany (peewee's insert_many builds SQL in Python and is
several times slower). Comment ids are assigned here, inside the caller's write transaction, so a
whole thread goes in with a handful of statements. Ids of existing comments never change:
annotations hang on them."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from peewee import SqliteDatabase

from desktop.ingest.documents import ParsedComment, ParsedDocument

_TIME = "%Y-%m-%d %H:%M:%S"  # peewee's DateTimeField format


@dataclass
class StoreResult:
    article_id: int
    outcome: str  # "added", "merged" or "unchanged"
    comments_added: int = 0
    comments_updated: int = 0


def article_fingerprint(title: str, paragraphs: list[str]) -> str:
    text = "\n".join([" ".join(title.split()), *(" ".join(p.split()) for p in paragraphs)])
    return hashlib.sha256(text.casefold().encode("utf-8")).hexdigest()[:32]


def comment_fingerprints(comments: list[ParsedComment]) -> list[str]:
    """Stable keys for comments across scrapes: author, time and text, numbered when repeated."""
    seen: dict[str, int] = defaultdict(int)
    keys = []
    for comment in comments:
        posted = comment.posted_at.strftime(_TIME) if comment.posted_at else ""
        digest = hashlib.sha1(f"{comment.handle}\0{posted}\0{comment.body}".encode()).hexdigest()[:20]
        seen[digest] += 1
        keys.append(f"{digest}:{seen[digest]}")
    return keys


def store_document(
    db: SqliteDatabase, document: ParsedDocument, source_file: str | None, now: datetime
) -> StoreResult:
    """Add one document, or merge it into the article it is a newer scrape of.
    Call inside a write transaction."""
    fingerprint = article_fingerprint(document.title, document.paragraphs)
    existing = _find_article(db, document.url, fingerprint)
    author_ids = _author_ids(db, document.comments)
    keys = comment_fingerprints(document.comments)
    if existing is None:
        article_id = _insert_article(db, document, source_file, fingerprint, now)
        added = _insert_new_comments(db, article_id, document.comments, keys, author_ids, {})
        return StoreResult(article_id, "added", comments_added=added)
    return _merge(db, existing, document, keys, author_ids, now)


def _find_article(db: SqliteDatabase, url: str | None, fingerprint: str) -> int | None:
    if url:
        row = db.execute_sql("SELECT id FROM article WHERE source_url = ? LIMIT 1", (url,)).fetchone()
        if row:
            return int(row[0])
    row = db.execute_sql("SELECT id FROM article WHERE fingerprint = ? LIMIT 1", (fingerprint,)).fetchone()
    return int(row[0]) if row else None


def _insert_article(
    db: SqliteDatabase, document: ParsedDocument, source_file: str | None, fingerprint: str, now: datetime
) -> int:
    cursor = db.execute_sql(
        "INSERT INTO article (title, subtitle, paragraphs, raw_text, kind, fingerprint, source_file,"
        " source_position, source_url, source_id, photo_credit, warnings, published_at, imported_at,"
        " updated_at, is_read, is_starred) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,0)",
        (
            document.title,
            document.subtitle,
            json.dumps(document.paragraphs, ensure_ascii=False),
            document.raw,
            document.kind,
            fingerprint,
            source_file,
            document.index,
            document.url,
            document.source_id,
            document.photo_credit,
            json.dumps(document.warnings, ensure_ascii=False),
            document.published_at,
            now.strftime(_TIME),
            now.strftime(_TIME),
        ),
    )
    return int(cursor.lastrowid)


def _author_ids(db: SqliteDatabase, comments: list[ParsedComment]) -> dict[str, int]:
    if not comments:
        return {}
    handles = sorted({c.handle for c in comments})
    connection = db.connection()
    connection.executemany("INSERT OR IGNORE INTO author (handle) VALUES (?)", [(h,) for h in handles])
    ids: dict[str, int] = {}
    for start in range(0, len(handles), 500):
        chunk = handles[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for author_id, handle in connection.execute(
            f"SELECT id, handle FROM author WHERE handle IN ({marks})", chunk
        ):
            ids[handle] = author_id
    aliases = {(ids[c.handle], c.display_name) for c in comments if c.display_name}
    connection.executemany(
        "INSERT OR IGNORE INTO author_alias (author_id, display_name) VALUES (?, ?)", sorted(aliases)
    )
    return ids


def _next_comment_id(db: SqliteDatabase) -> int:
    return int(db.execute_sql("SELECT COALESCE(MAX(id), 0) + 1 FROM comment").fetchone()[0])


def _insert_new_comments(
    db: SqliteDatabase,
    article_id: int,
    comments: list[ParsedComment],
    keys: list[str],
    author_ids: dict[str, int],
    known: dict[int, int],
) -> int:
    """Insert the comments whose index is not in `known` (index -> existing id), in document
    order, numbering them from the table's next id. Returns how many were inserted."""
    next_id = _next_comment_id(db)
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
                comment.posted_at.strftime(_TIME) if comment.posted_at else None,
                comment.body,
                keys[index],
                int(comment.truncated),
            )
        )
    db.connection().executemany(
        "INSERT INTO comment (id, article_id, parent_id, position, depth, path, author_id, display_name,"
        " status, posted_at, body, fingerprint, truncated, is_read) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,0)",
        rows,
    )
    known.update(ids)
    return len(rows)


def _merge(
    db: SqliteDatabase,
    article_id: int,
    document: ParsedDocument,
    keys: list[str],
    author_ids: dict[str, int],
    now: datetime,
) -> StoreResult:
    """Merge a newer scrape: existing comments keep their ids; new ones are added; a comment
    an older scrape had cut short is completed; the order follows the newer page."""
    existing = db.execute_sql(
        "SELECT c.id, c.fingerprint, c.parent_id, c.truncated, c.body, a.handle"
        " FROM comment c JOIN author a ON a.id = c.author_id WHERE c.article_id = ? ORDER BY c.position",
        (article_id,),
    ).fetchall()
    by_key = {row[1]: row for row in existing}
    cut_short = [row for row in existing if row[3]]
    known: dict[int, int] = {}
    completed = []
    for index, comment in enumerate(document.comments):
        row = by_key.get(keys[index])
        if row is None and not comment.truncated:
            row = next((r for r in cut_short if r[5] == comment.handle and comment.body.startswith(r[4])), None)
            if row is not None:
                cut_short.remove(row)
                completed.append((comment.body, keys[index], row[0]))
        if row is not None:
            known[index] = row[0]
    added = _insert_new_comments(db, article_id, document.comments, keys, author_ids, known)
    connection = db.connection()
    connection.executemany("UPDATE comment SET body = ?, fingerprint = ?, truncated = 0 WHERE id = ?", completed)
    if added or completed:
        _renumber(db, article_id, document.comments, known, existing)
        raw_now = db.execute_sql("SELECT length(raw_text) FROM article WHERE id = ?", (article_id,)).fetchone()[0]
        if len(document.raw) > raw_now:
            connection.execute("UPDATE article SET raw_text = ? WHERE id = ?", (document.raw, article_id))
        connection.execute(
            "UPDATE article SET updated_at = ?, source_url = COALESCE(source_url, ?) WHERE id = ?",
            (now.strftime(_TIME), document.url, article_id),
        )
        return StoreResult(article_id, "merged", comments_added=added, comments_updated=len(completed))
    return StoreResult(article_id, "unchanged")


def _renumber(
    db: SqliteDatabase,
    article_id: int,
    comments: list[ParsedComment],
    ids: dict[int, int],
    existing: list[tuple],
) -> None:
    """Order, depth and path for the merged thread: the newer page's order, then comments only
    the older scrape had, after their siblings. Walked iteratively: trees can be deep."""
    children: dict[int | None, list[int]] = defaultdict(list)
    in_page = set()
    for index, comment in enumerate(comments):
        parent = ids[comment.parent] if comment.parent is not None else None
        children[parent].append(ids[index])
        in_page.add(ids[index])
    for row in existing:
        if row[0] not in in_page:
            children[row[2]].append(row[0])
    updates: list[tuple[int, int, str, int]] = []
    visited: set[int] = set()
    stack: list[tuple[int, int, str]] = [
        (child, 1, str(number)) for number, child in reversed(list(enumerate(children[None], 1)))
    ]
    while stack:
        comment_id, depth, path = stack.pop()
        if comment_id in visited:
            continue
        visited.add(comment_id)
        updates.append((len(updates), depth, path, comment_id))
        kids = children.get(comment_id, [])
        stack.extend((kid, depth + 1, f"{path}.{n}") for n, kid in reversed(list(enumerate(kids, 1))))
    db.connection().executemany("UPDATE comment SET position = ?, depth = ?, path = ? WHERE id = ?", updates)
