"""Queries behind the reading window: the sorted article list, one article, its thread, and
read/starred state. Sorting and filtering happen in SQL, so the Qt models only hold ids."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import peewee
from peewee import Database

from desktop.store import changes, summaries
from desktop.store.chunks import chunked
from desktop.store.dialect import SQLITE, execute, of, once_more_on_conflict
from desktop.store.json_lists import stored_list
from desktop.store.list_columns import DEFAULT_SORT, LIST_COLUMNS, SORT_KEYS
from desktop.store.times import stored_time

VIEWS = ("all", "unread", "starred")


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


@dataclass(slots=True)
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


# The unread view: articles not opened yet or with unread comments. Written as the partial index
# "article_unread" (models.py) is, so SQLite answers it from that index.
UNREAD = "is_read = 0 OR unread_count > 0"


def article_ids(
    db: Database,
    view: str = "all",
    sort: str = DEFAULT_SORT,
    descending: bool = True,
    title_filter: str = "",
) -> list[int]:
    """Ids of the articles in a sidebar view, filtered by title and sorted by a list column.
    Filters are `+a.id IN (subquery)`: SQLite walks the sort column's index and checks each id
    against a set read from a small index (the unread one, the title one), instead of reading
    every article row, long texts and all (at 100,000 articles: 25-100 ms instead of 200-400)."""
    where, params = _view_condition(view)
    if title_filter.strip():
        where.append(f"+a.id IN (SELECT id FROM article WHERE title {of(db).like} ? ESCAPE '\\')")
        params.append(f"%{_escape_like(title_filter.strip())}%")
    order = SORT_KEYS.get(sort, SORT_KEYS[DEFAULT_SORT])
    dialect = of(db)
    sql = (
        "SELECT a.id FROM article a"
        f" {'WHERE ' + ' AND '.join(where) if where else ''}"
        f" ORDER BY {dialect.order(order, descending)}, {dialect.order('a.id', descending)}"
    )
    return [row[0] for row in execute(db, sql, params)]


def _view_condition(view: str) -> tuple[list[str], list[object]]:
    if view == "unread":
        return [f"+a.id IN (SELECT id FROM article WHERE {UNREAD})"], []
    if view == "starred":
        return ["a.is_starred = 1"], []
    return [], []


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# The list's cells, read as their columns declare (list_columns.py); each an ArticleRow field.
_CELLS = [column for column in LIST_COLUMNS if column.value]
_READ: dict[str, Callable[[Any], Any]] = {"time": stored_time, "flag": bool}  # text and counts as they are


def article_rows(db: Database, ids: Sequence[int]) -> dict[int, ArticleRow]:
    """The list columns for a batch of articles (the model asks for what is on screen)."""
    rows: dict[int, ArticleRow] = {}
    cells = ", ".join(column.value for column in _CELLS)
    for chunk, marks in chunked(ids):
        sql = f"SELECT a.id, a.is_read, {cells} FROM article a WHERE a.id IN ({marks})"
        for row in execute(db, sql, chunk):
            values = {column.row_field: _READ.get(column.kind, _same)(value)
                      for column, value in zip(_CELLS, row[2:], strict=True)}
            rows[row[0]] = ArticleRow(id=row[0], is_read=bool(row[1]), **values)
    return rows


def _same(value: Any) -> Any:
    return value


def article_detail(db: Database, article_id: int) -> ArticleDetail | None:
    row = execute(
        db,
        "SELECT id, title, subtitle, paragraphs, source_file, source_url, published_at, imported_at,"
        " photo_credit, warnings, is_read, is_starred FROM article WHERE id = ?",
        (article_id,),
    ).fetchone()
    if row is None:
        return None
    return ArticleDetail(
        row[0], row[1], row[2], stored_list(row[3]), row[4], row[5], row[6], stored_time(row[7]), row[8],
        stored_list(row[9]), bool(row[10]), bool(row[11]),
    )


def thread(db: Database, article_id: int) -> list[CommentRow]:
    """An article's comments in document order (parents before children)."""
    sql = (
        "SELECT c.id, c.parent_id, c.depth, c.path, a.handle, c.author_id, c.display_name, c.posted_at,"
        " c.body, c.is_read, c.truncated FROM comment c JOIN author a ON a.id = c.author_id"
        " WHERE c.article_id = ? ORDER BY c.position"
    )
    rows = _fetch_decoded_in_c(db, sql, (article_id,))
    return [
        CommentRow(id_, parent, depth, path, handle, author, name, stored_time(posted), body, bool(read), bool(cut))
        for id_, parent, depth, path, handle, author, name, posted, body, read, cut in rows
    ]


def _fetch_decoded_in_c(db: Database, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
    """All rows of a big read, its text decoded by sqlite3 itself: the library's lenient
    text_factory is a Python call per text value (five per comment; a third of reading a
    5,000-comment thread). A value that is not UTF-8 makes sqlite3 raise, and the read runs
    again the lenient way. SQLite only: the GUI thread's connection, restored before returning."""
    connection = db.connection() if of(db) is SQLITE else None
    if not isinstance(connection, sqlite3.Connection) or connection.text_factory is str:
        return list(execute(db, sql, params).fetchall())
    lenient = connection.text_factory
    connection.text_factory = str
    try:
        return list(execute(db, sql, params).fetchall())
    except (sqlite3.OperationalError, peewee.OperationalError) as error:
        if "decode" not in str(error):
            raise
    finally:
        connection.text_factory = lenient
    return list(execute(db, sql, params).fetchall())


def view_counts(db: Database) -> dict[str, int]:
    """How many articles each sidebar view holds."""
    row = execute(
        db,
        "SELECT COUNT(*), SUM(is_starred),"
        f" (SELECT COUNT(*) FROM article WHERE {UNREAD}) FROM article"
    ).fetchone()
    return {"all": row[0] or 0, "starred": row[1] or 0, "unread": row[2] or 0}


@once_more_on_conflict  # an import may deadlock with it on a server (dialect.retried)
def set_articles_read(db: Database, ids: Iterable[int], read: bool) -> None:
    """Marks the articles and every comment under them."""
    ids = list(ids)
    with db.atomic():
        for chunk, marks in chunked(ids):
            execute(db, f"UPDATE article SET is_read = ? WHERE id IN ({marks})", [int(read), *chunk])
            execute(db, f"UPDATE comment SET is_read = ? WHERE article_id IN ({marks})", [int(read), *chunk])
            execute(
                db,
                "UPDATE article SET unread_count = CASE WHEN ? = 1 THEN 0 ELSE comment_count END"
                f" WHERE id IN ({marks})",
                [int(read), *chunk],
            )
        changes.announce(db, "reading", ids)


@once_more_on_conflict  # an import may deadlock with it on a server (dialect.retried)
def set_article_opened(db: Database, article_id: int) -> None:
    """Opening an article reads its text; its comments stay unread until looked at."""
    with db.atomic():
        execute(db, "UPDATE article SET is_read = 1 WHERE id = ?", (article_id,))
        changes.announce(db, "reading", [article_id])


@once_more_on_conflict  # an import may deadlock with it on a server (dialect.retried)
def set_starred(db: Database, ids: Iterable[int], starred: bool) -> None:
    ids = list(ids)
    marks = ",".join("?" * len(ids))
    with db.atomic():
        execute(db, f"UPDATE article SET is_starred = ? WHERE id IN ({marks})", [int(starred), *ids])
        changes.announce(db, "reading", ids)


def read_comment_ids(db: Database, article_id: int) -> set[int]:
    """The article's comments marked read."""
    rows = execute(db, "SELECT id FROM comment WHERE article_id = ? AND is_read = 1", (article_id,))
    return {row[0] for row in rows}


@once_more_on_conflict  # an import may deadlock with it on a server (dialect.retried)
def set_comments_read(db: Database, ids: Iterable[int], read: bool) -> None:
    ids = list(ids)
    with db.atomic():
        for chunk, marks in chunked(ids):
            execute(db, f"UPDATE comment SET is_read = ? WHERE id IN ({marks})", [int(read), *chunk])
            articles = [row[0] for row in execute(db, f"SELECT DISTINCT article_id FROM comment WHERE id IN ({marks})",
                                                  chunk)]
            summaries.refresh_unread(db, articles)
            changes.announce(db, "reading", articles)

