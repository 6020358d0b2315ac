"""Commenters: the handles a filter completes, a typed handle back to its author, and commenter
profiles (figures, their comments page by page, the Authors list). No Qt. The SQL runs on both
engines through dialect.py."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from peewee import Database

from desktop.store.times import stored_time

from .annotations import tag_tree
from .dialect import execute, of


def author_handles(db: Database) -> list[str]:
    """Every commenter's handle, ignoring case in the order."""
    order = f"handle COLLATE NOCASE, {of(db).binary('handle')}"  # ties in code point order, as SQLite's
    return [row[0] for row in execute(db, f"SELECT handle FROM author ORDER BY {order}")]


def find_author(db: Database, handle: str) -> int | None:
    """The author with this handle: an exact match first, else the only one that matches ignoring
    case (ASCII letters, as SQLite's NOCASE does); None when there is none or it is ambiguous."""
    handle = handle.strip()
    if not handle:
        return None
    row = execute(db, "SELECT id FROM author WHERE handle = ?", (handle,)).fetchone()
    if row is not None:
        return int(row[0])
    rows = execute(db, "SELECT id FROM author WHERE handle = ? COLLATE NOCASE LIMIT 2", (handle,)).fetchall()
    return int(rows[0][0]) if len(rows) == 1 else None


# --- commenter profiles -------------------------------------------------------------------------
# Everything below is read with aggregate SQL over the comment table (indexed on author_id and on
# parent_id), so a profile costs a few index range scans whatever the size of the library.
# Replies to oneself (a commenter continuing their own comment) are not counted as conversation
# partners: "whom they reply to" and "who replies to them" are other people.

TOP_CORRESPONDENTS = 5
_BODY_CHARS = 2_000  # the start of a comment is enough for a list; the reader shows the rest
_PARENT_CHARS = 400


@dataclass(frozen=True)
class Correspondent:
    """Another commenter and how many replies went between them (in one direction)."""

    author_id: int
    handle: str
    replies: int


@dataclass(frozen=True)
class TagCount:
    tag_id: int
    path: str  # "parent/child"
    color: str
    comments: int  # how many of the author's comments carry it


@dataclass(frozen=True)
class AuthorProfileData:
    id: int
    handle: str
    display_names: list[str]  # every display name seen, the earliest first
    first_seen: datetime | None  # earliest and latest comment time (None when no time is known)
    last_seen: datetime | None
    comments: int
    articles: int  # distinct articles commented on
    replies_to: list[Correspondent]  # whom they reply to most, top TOP_CORRESPONDENTS
    replied_by: list[Correspondent]  # who replies to them most
    tags: list[TagCount]  # tags on their comments, most used first


@dataclass(frozen=True)
class AuthorComment:
    """One of an author's comments, with its article and the comment it answers, for context."""

    id: int
    article_id: int
    article_title: str
    posted_at: datetime | None
    depth: int
    display_name: str | None
    body: str  # at most _BODY_CHARS characters (`cut` says whether there was more)
    cut: bool
    parent_id: int | None
    parent_handle: str | None
    parent_first_line: str | None  # the first non-empty line of the parent's text, shortened


@dataclass(frozen=True)
class AuthorRow:
    id: int
    handle: str
    display_names: list[str]  # in code point order
    comments: int
    articles: int
    last_seen: datetime | None



def _first_line(text: str | None, limit: int = 120) -> str | None:
    if text is None:
        return None
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    line = " ".join(line.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _correspondents(db: Database, sql: str, author_id: int, top: int) -> list[Correspondent]:
    rows = execute(db, sql, (author_id, author_id, top))
    return [Correspondent(int(row[0]), row[1], int(row[2])) for row in rows]


def author_profile(db: Database, author_id: int, top: int = TOP_CORRESPONDENTS) -> AuthorProfileData | None:
    """Every figure of a commenter's profile; None when there is no such author."""
    row = execute(db, "SELECT handle FROM author WHERE id = ?", (author_id,)).fetchone()
    if row is None:
        return None
    handle = row[0]
    names = [
        r[0]
        for r in execute(
            db, "SELECT al.display_name FROM author_alias al LEFT JOIN (SELECT display_name, min(posted_at) AS first,"
            " min(id) AS first_id FROM comment WHERE author_id = ? GROUP BY display_name) seen"
            " ON seen.display_name = al.display_name WHERE al.author_id = ?"
            " ORDER BY seen.first IS NULL, seen.first, seen.first_id IS NULL, seen.first_id,"
            f" {of(db).binary('al.display_name')}",
            (author_id, author_id),
        )
    ]
    comments, articles, first, last = execute(
        db, "SELECT count(*), count(DISTINCT article_id), min(posted_at), max(posted_at) FROM comment"
        " WHERE author_id = ?",
        (author_id,),
    ).fetchone()
    replies_to = _correspondents(
        db,
        "SELECT p.author_id, au.handle, count(*) AS n FROM comment c"
        " JOIN comment p ON p.id = c.parent_id JOIN author au ON au.id = p.author_id"
        " WHERE c.author_id = ? AND p.author_id <> ?"
        f" GROUP BY p.author_id, au.handle ORDER BY n DESC, au.handle COLLATE NOCASE, {of(db).binary('au.handle')}"
        " LIMIT ?",
        author_id,
        top,
    )
    replied_by = _correspondents(
        db,
        "SELECT c.author_id, au.handle, count(*) AS n FROM comment p"
        " JOIN comment c ON c.parent_id = p.id JOIN author au ON au.id = c.author_id"
        " WHERE p.author_id = ? AND c.author_id <> ?"
        f" GROUP BY c.author_id, au.handle ORDER BY n DESC, au.handle COLLATE NOCASE, {of(db).binary('au.handle')}"
        " LIMIT ?",
        author_id,
        top,
    )
    counted = execute(
        db, "SELECT ct.tag_id, count(DISTINCT ct.comment_id) AS n FROM comment_tag ct"
        " JOIN comment c ON c.id = ct.comment_id WHERE c.author_id = ? GROUP BY ct.tag_id",
        (author_id,),
    ).fetchall()
    tags: list[TagCount] = []
    if counted:
        known = {tag.id: tag for tag in tag_tree(db)}  # paths come from the parents, cycle-proof
        tags = [TagCount(int(t), known[t].path, known[t].color, int(n)) for t, n in counted if t in known]
        tags.sort(key=lambda t: (-t.comments, t.path.casefold(), t.path))
    return AuthorProfileData(
        author_id, handle, names, stored_time(first), stored_time(last), int(comments), int(articles), replies_to,
        replied_by, tags,
    )


def author_comments(db: Database, author_id: int, limit: int = 200, offset: int = 0) -> list[AuthorComment]:
    """A page of the author's comments, newest first (comments without a time last), each with
    its article's title and the comment it replies to."""
    rows = execute(
        db, "SELECT c.id, c.article_id, a.title, c.posted_at, c.depth, c.display_name,"
        f" substr(c.body, 1, {_BODY_CHARS}), length(c.body) > {_BODY_CHARS},"
        f" c.parent_id, pa.handle, substr(p.body, 1, {_PARENT_CHARS})"
        " FROM comment c JOIN article a ON a.id = c.article_id"
        " LEFT JOIN comment p ON p.id = c.parent_id LEFT JOIN author pa ON pa.id = p.author_id"
        " WHERE c.author_id = ?"
        " ORDER BY c.posted_at IS NULL, c.posted_at DESC, c.id DESC LIMIT ? OFFSET ?",
        (author_id, max(0, limit), max(0, offset)),
    )
    return [
        AuthorComment(
            int(r[0]), int(r[1]), r[2], stored_time(r[3]), int(r[4]), r[5], r[6] or "", bool(r[7]),
            r[8], r[9], _first_line(r[10]) if r[8] is not None else None,
        )
        for r in rows
    ]


AUTHOR_ORDERS = ("comments", "name")


def authors_list(db: Database, order: str = "comments", limit: int | None = None) -> list[AuthorRow]:
    """Commenters with at least one comment: most comments first (then by handle), or by handle."""
    if order not in AUTHOR_ORDERS:
        raise ValueError(f"order must be one of {AUTHOR_ORDERS}, not {order!r}")
    by_handle = f"au.handle COLLATE NOCASE, {of(db).binary('au.handle')}"
    sort = f"s.comments DESC, {by_handle}" if order == "comments" else by_handle
    names = of(db).json_array("display_name", "FROM author_alias al WHERE al.author_id = au.id")
    rows = execute(
        db, f"SELECT au.id, au.handle, {names}, s.comments, s.articles, s.last_seen"
        " FROM (SELECT author_id, count(*) AS comments, count(DISTINCT article_id) AS articles,"
        "       max(posted_at) AS last_seen FROM comment GROUP BY author_id) s"
        f" JOIN author au ON au.id = s.author_id ORDER BY {sort}" + ("" if limit is None else " LIMIT ?"),
        () if limit is None else (max(0, limit),),
    )
    return [
        AuthorRow(int(r[0]), r[1], [str(n) for n in json.loads(r[2] or "[]")], int(r[3]), int(r[4]), stored_time(r[5]))
        for r in rows
    ]
