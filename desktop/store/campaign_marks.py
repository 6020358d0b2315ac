"""Which comments of an article the thread marks as part of a campaign (desktop/store/campaigns.py
keeps the near-duplicate pairs). Apart from campaigns.py so that opening a thread does not load
numpy: start-up time is measured."""

from __future__ import annotations

from peewee import SqliteDatabase

_MARKED = """
SELECT c.id FROM comment c JOIN near_duplicate d ON d.comment_id = c.id JOIN comment o ON o.id = d.other_id
WHERE c.article_id = ? AND o.author_id <> c.author_id
UNION
SELECT c.id FROM comment c JOIN near_duplicate d ON d.other_id = c.id JOIN comment o ON o.id = d.comment_id
WHERE c.article_id = ? AND o.author_id <> c.author_id
"""


def campaign_comments(db: SqliteDatabase, article_id: int) -> set[int]:
    """The article's comments that are near-duplicates of a comment by another handle: the
    campaigns' members as of the last analysis (a copy joined to its campaign only through copies
    by its own handle is not marked)."""
    return {int(row[0]) for row in db.execute_sql(_MARKED, (article_id, article_id))}
