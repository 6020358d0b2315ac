"""Each article's thread figures (comments, unread, participants, replies, depth, first and last
comment), kept on its row since schema version 4 so the article list sorts by any of them through
an index. Whatever writes comments or their read state keeps them: the writer computes them for a
new thread as it stores it, and everything else calls `refresh()` in the same transaction."""

from __future__ import annotations

from collections.abc import Iterable

from peewee import Database

from desktop.store.chunks import chunked
from desktop.store.dialect import execute, of
from desktop.store.list_columns import FIGURES

# The figures from the comment table, for the articles in `article.id` (a correlated subquery);
# which figures there are, and how each is counted, the list's columns declare (list_columns.py).
_FIGURES = f"SELECT {', '.join(FIGURES.values())} FROM comment WHERE article_id = article.id"
_COLUMNS = ", ".join(FIGURES)


def refresh(db: Database, article_ids: Iterable[int]) -> None:
    """Recompute the figures of these articles from their comments."""
    for chunk, marks in chunked(sorted(set(article_ids))):
        execute(db, f"UPDATE article SET ({_COLUMNS}) = ({_FIGURES}) WHERE id IN ({marks})", chunk)


def refresh_all(db: Database) -> None:
    """Recompute every article's figures (the version 4 upgrade, `glossa reindex`)."""
    execute(db, f"UPDATE article SET ({_COLUMNS}) = ({_FIGURES})")


def refresh_unread(db: Database, article_ids: Iterable[int]) -> None:
    """Only the unread count: what changes when comments are marked read or unread."""
    for chunk, marks in chunked(sorted(set(article_ids))):
        execute(
            db,
            "UPDATE article SET unread_count = (SELECT COUNT(*) FROM comment"
            f" WHERE article_id = article.id AND is_read = 0) WHERE id IN ({marks})",
            chunk,
        )


def stale(db: Database) -> list[int]:
    """Articles whose stored figures differ from their comments (for `glossa check` and tests)."""
    return [
        row[0]
        for row in execute(db, f"SELECT id FROM article WHERE {of(db).row_differs(_COLUMNS, _FIGURES)} ORDER BY id")
    ]
