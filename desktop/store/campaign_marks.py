"""Which comments of an article the thread marks as part of a campaign (desktop/store/campaigns.py
keeps the near-duplicate pairs). Apart from campaigns.py so that opening a thread does not load
numpy: start-up time is measured."""

from __future__ import annotations

import json

from peewee import Database

from .dialect import execute

CO_POSTING_KEY = "campaigns.co_posting"  # analysis_setting: the last analysis's pairs, as JSON

_MARKED = """
SELECT c.id FROM comment c JOIN near_duplicate d ON d.comment_id = c.id JOIN comment o ON o.id = d.other_id
WHERE c.article_id = ? AND o.author_id <> c.author_id
UNION
SELECT c.id FROM comment c JOIN near_duplicate d ON d.other_id = c.id JOIN comment o ON o.id = d.comment_id
WHERE c.article_id = ? AND o.author_id <> c.author_id
"""


def campaign_comments(db: Database, article_id: int) -> set[int]:
    """The article's comments that are near-duplicates of a comment by another handle: the
    campaigns' members as of the last analysis (a copy joined to its campaign only through copies
    by its own handle is not marked)."""
    return {int(row[0]) for row in execute(db, _MARKED, (article_id, article_id))}


_COPIED_WITH = """
SELECT a.handle, COUNT(*) FROM (
    SELECT d.other_id AS other FROM comment c JOIN near_duplicate d ON d.comment_id = c.id WHERE c.author_id = ?
    UNION ALL
    SELECT d.comment_id FROM comment c JOIN near_duplicate d ON d.other_id = c.id WHERE c.author_id = ?
) pairs JOIN comment o ON o.id = pairs.other JOIN author a ON a.id = o.author_id
WHERE o.author_id <> ? GROUP BY a.handle ORDER BY COUNT(*) DESC, a.handle LIMIT ?
"""


def copied_with(db: Database, author_id: int, limit: int = 8) -> list[tuple[str, int]]:
    """Other handles that posted near-duplicates of this author's comments, with the number of
    near-duplicate pairs, most first (the commenter profile)."""
    return [(str(h), int(n)) for h, n in execute(db, _COPIED_WITH, (author_id, author_id, author_id, limit))]


def posting_partners(db: Database, handle: str, limit: int = 8) -> list[tuple[str, int]]:
    """Handles this one comments together with more often than chance (the last analysis's
    co-posting pairs), with the number of articles, most first."""
    row = execute(db, "SELECT value FROM analysis_setting WHERE key = ?", (CO_POSTING_KEY,)).fetchone()
    found = [(b if a == handle else a, int(k)) for a, b, k, *_ in json.loads(row[0]) if handle in (a, b)] if row else []
    return sorted(found, key=lambda pair: (-pair[1], pair[0]))[:limit]
