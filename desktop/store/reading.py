"""Queries behind the reading window: the sorted article list, one article, its thread, and
read/starred state. Sorting and filtering happen in SQL, so the Qt models only hold ids."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from peewee import SqliteDatabase

from desktop.store.times import stored_time

# Sortable list columns -> their SQL expression over the article row `a` and summary `s`.
SORT_KEYS = {
    "title": "a.title COLLATE NOCASE",
    "comments": "COALESCE(s.comments, 0)",
    "unread": "COALESCE(s.unread, 0)",
    "participants": "COALESCE(s.participants, 0)",
    "first_comment": "s.first_comment",
    "last_comment": "s.last_comment",
    "imported": "a.imported_at",
    "source": "COALESCE(a.source_url, a.source_file) COLLATE NOCASE",
    "starred": "a.is_starred",
    "replies": "COALESCE(s.replies, 0)",
    "max_depth": "COALESCE(s.max_depth, 0)",
    "duration": "(julianday(s.last_comment) - julianday(s.first_comment))",
}
_SUMMARY_SORTS = ("comments", "unread", "participants", "first_comment", "last_comment", "replies", "max_depth",
                  "duration")
VIEWS = ("all", "unread", "starred")

_SUMMARY = (
    "SELECT article_id, COUNT(*) AS comments, SUM(is_read = 0) AS unread,"
    " COUNT(DISTINCT author_id) AS participants, MIN(posted_at) AS first_comment,"
    " MAX(posted_at) AS last_comment, COUNT(parent_id) AS replies, MAX(depth) AS max_depth FROM comment"
)


@dataclass
class ArticleRow:
    id: int
    title: str
    comments: int
    unread: int
    participants: int
    first_comment: datetime | None
    last_comment: datetime | None
    imported: datetime | None
    source: str
    is_read: bool
    is_starred: bool
    replies: int = 0  # comments that answer another comment
    max_depth: int = 0

    @property
    def duration_minutes(self) -> int | None:
        """From the first comment to the last: how long the discussion went on."""
        if self.first_comment is None or self.last_comment is None:
            return None
        return int((self.last_comment - self.first_comment).total_seconds() // 60)


@dataclass
class ArticleDetail:
    id: int
    title: str
    subtitle: str | None
    paragraphs: list[str]
    source_file: str | None
    source_url: str | None
    published_at: str | None
    imported_at: datetime | None
    photo_credit: str | None
    warnings: list[str]
    is_read: bool
    is_starred: bool


@dataclass
class CommentRow:
    id: int
    parent_id: int | None
    depth: int
    path: str
    handle: str
    author_id: int
    display_name: str | None
    posted_at: datetime | None
    body: str
    is_read: bool
    truncated: bool


def article_ids(
    db: SqliteDatabase,
    view: str = "all",
    sort: str = "imported",
    descending: bool = True,
    title_filter: str = "",
) -> list[int]:
    """Ids of the articles in a sidebar view, filtered by title and sorted by a list column."""
    where, params = _view_condition(view)
    if title_filter.strip():
        where.append("a.title LIKE ? ESCAPE '\\'")
        params.append(f"%{_escape_like(title_filter.strip())}%")
    order = SORT_KEYS.get(sort, SORT_KEYS["imported"])
    direction = "DESC" if descending else "ASC"
    needs_summary = sort in _SUMMARY_SORTS
    join = f"LEFT JOIN ({_SUMMARY} GROUP BY article_id) s ON s.article_id = a.id" if needs_summary else ""
    sql = (
        f"SELECT a.id FROM article a {join}"
        f" {'WHERE ' + ' AND '.join(where) if where else ''}"
        f" ORDER BY {order} {direction}, a.id {direction}"
    )
    return [row[0] for row in db.execute_sql(sql, params)]


def _view_condition(view: str) -> tuple[list[str], list[object]]:
    if view == "unread":
        return ["(a.is_read = 0 OR EXISTS (SELECT 1 FROM comment c WHERE c.article_id = a.id AND c.is_read = 0))"], []
    if view == "starred":
        return ["a.is_starred = 1"], []
    return [], []


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def article_rows(db: SqliteDatabase, ids: Sequence[int]) -> dict[int, ArticleRow]:
    """The list columns for a batch of articles (the model asks for what is on screen)."""
    rows: dict[int, ArticleRow] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        sql = (
            "SELECT a.id, a.title, COALESCE(s.comments, 0), COALESCE(s.unread, 0), COALESCE(s.participants, 0),"
            " s.first_comment, s.last_comment, a.imported_at, COALESCE(a.source_url, a.source_file, ''),"
            " a.is_read, a.is_starred, COALESCE(s.replies, 0), COALESCE(s.max_depth, 0)"
            f" FROM article a LEFT JOIN ({_SUMMARY} WHERE article_id IN ({marks})"
            f" GROUP BY article_id) s ON s.article_id = a.id WHERE a.id IN ({marks})"
        )
        for row in db.execute_sql(sql, chunk + chunk):
            rows[row[0]] = ArticleRow(
                row[0], row[1], row[2], row[3], row[4], stored_time(row[5]), stored_time(row[6]), stored_time(row[7]),
                row[8], bool(row[9]), bool(row[10]), row[11], row[12],
            )
    return rows


def article_detail(db: SqliteDatabase, article_id: int) -> ArticleDetail | None:
    row = db.execute_sql(
        "SELECT id, title, subtitle, paragraphs, source_file, source_url, published_at, imported_at,"
        " photo_credit, warnings, is_read, is_starred FROM article WHERE id = ?",
        (article_id,),
    ).fetchone()
    if row is None:
        return None
    return ArticleDetail(
        row[0], row[1], row[2], json.loads(row[3]), row[4], row[5], row[6], stored_time(row[7]), row[8],
        json.loads(row[9]), bool(row[10]), bool(row[11]),
    )


def thread(db: SqliteDatabase, article_id: int) -> list[CommentRow]:
    """An article's comments in document order (parents before children)."""
    return [
        CommentRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], stored_time(r[7]), r[8], bool(r[9]), bool(r[10]))
        for r in db.execute_sql(
            "SELECT c.id, c.parent_id, c.depth, c.path, a.handle, c.author_id, c.display_name, c.posted_at,"
            " c.body, c.is_read, c.truncated FROM comment c JOIN author a ON a.id = c.author_id"
            " WHERE c.article_id = ? ORDER BY c.position",
            (article_id,),
        )
    ]


def view_counts(db: SqliteDatabase) -> dict[str, int]:
    """How many articles each sidebar view holds."""
    row = db.execute_sql(
        "SELECT COUNT(*), SUM(is_starred),"
        " (SELECT COUNT(*) FROM article a WHERE " + _view_condition("unread")[0][0] + ") FROM article"
    ).fetchone()
    return {"all": row[0] or 0, "starred": row[1] or 0, "unread": row[2] or 0}


def set_articles_read(db: SqliteDatabase, ids: Iterable[int], read: bool) -> None:
    """Marks the articles and every comment under them."""
    ids = list(ids)
    with db.atomic():
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            db.execute_sql(f"UPDATE article SET is_read = ? WHERE id IN ({marks})", [int(read), *chunk])
            db.execute_sql(f"UPDATE comment SET is_read = ? WHERE article_id IN ({marks})", [int(read), *chunk])


def set_article_opened(db: SqliteDatabase, article_id: int) -> None:
    """Opening an article reads its text; its comments stay unread until looked at."""
    db.execute_sql("UPDATE article SET is_read = 1 WHERE id = ?", (article_id,))


def set_starred(db: SqliteDatabase, ids: Iterable[int], starred: bool) -> None:
    ids = list(ids)
    marks = ",".join("?" * len(ids))
    db.execute_sql(f"UPDATE article SET is_starred = ? WHERE id IN ({marks})", [int(starred), *ids])


def set_comments_read(db: SqliteDatabase, ids: Iterable[int], read: bool) -> None:
    ids = list(ids)
    with db.atomic():
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            db.execute_sql(f"UPDATE comment SET is_read = ? WHERE id IN ({marks})", [int(read), *chunk])

