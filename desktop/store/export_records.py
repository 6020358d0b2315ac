"""What the exports read of a library (desktop/exporting/records.py, scope.py, pseudonyms.py),
on either engine: which articles a scope covers, the articles and threads, the notes' history, the
commenters and their names, the notes on tags, commenters and campaigns, and what was detached.
The annotations on each article and comment are annotation_export.py's.

Rows come back as tuples in the order the exporters write them; times as the engine gives them
(text on SQLite, a datetime on PostgreSQL: records.iso reads both). Text sorts by code point on
both engines (dialect.binary), so an export of the same library is the same file on either."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from typing import Any

from peewee import Database

from .dialect import execute, of

Row = tuple[Any, ...]


def snapshot(db: Database) -> Any:
    """The transaction to read an export in: one state of the library throughout, so a note
    saved meanwhile is in it entirely or not at all."""
    return of(db).snapshot(db)


# -- scopes -------------------------------------------------------------------------------------


def all_article_ids(db: Database) -> list[int]:
    """Every article's id, ascending."""
    return [int(row[0]) for row in execute(db, "SELECT id FROM article ORDER BY id")]


def existing_article_ids(db: Database, ids: Iterable[int]) -> list[int]:
    """Those of `ids` that name an article, ascending."""
    dialect = of(db)
    return [int(row[0]) for row in execute(
        db, f"SELECT id FROM article WHERE id {dialect.in_ids} ORDER BY id", (dialect.ids(ids),))]  # fmt: skip


def tagged(db: Database, tag_ids: Collection[int]) -> tuple[set[int], frozenset[int]]:
    """The articles where any of the tags occurs (on the article, one of its comments, or a
    highlight in either), and the comments that carry one (tagged, or a highlight in them)."""
    dialect = of(db)
    ids, in_ids = dialect.ids(tag_ids), dialect.in_ids
    articles = {
        int(row[0])
        for row in execute(
            db,
            f"SELECT article_id FROM article_tag WHERE tag_id {in_ids}"
            f" UNION SELECT c.article_id FROM comment_tag ct JOIN comment c ON c.id = ct.comment_id"
            f" WHERE ct.tag_id {in_ids}"
            f" UNION SELECT article_id FROM highlight WHERE tag_id {in_ids} AND article_id IS NOT NULL"
            " AND (target_kind = 'article' OR comment_id IS NOT NULL)",
            (ids, ids, ids),
        )
    }
    comments = frozenset(
        int(row[0])
        for row in execute(
            db,
            f"SELECT comment_id FROM comment_tag WHERE tag_id {in_ids}"
            f" UNION SELECT comment_id FROM highlight WHERE tag_id {in_ids} AND comment_id IS NOT NULL",
            (ids, ids),
        )
    )
    return articles, comments


# -- articles and threads -------------------------------------------------------------------------


def comment_count(db: Database, article_ids: Iterable[int] | None = None) -> int:
    """The comments of the articles; of the whole library when `article_ids` is None."""
    if article_ids is None:
        return int(execute(db, "SELECT COUNT(*) FROM comment").fetchone()[0])
    dialect = of(db)
    return int(execute(
        db, f"SELECT COUNT(*) FROM comment WHERE article_id {dialect.in_ids}", (dialect.ids(article_ids),)
    ).fetchone()[0])  # fmt: skip


def thread_rows(db: Database, article_ids: Iterable[int]) -> list[Row]:
    """The comments of the articles, article by article in thread order: article_id, id,
    parent_id, depth, path, handle, display_name, status, posted_at, body, truncated, is_read."""
    dialect = of(db)
    return execute(
        db,
        "SELECT c.article_id, c.id, c.parent_id, c.depth, c.path, a.handle, c.display_name, c.status,"
        " c.posted_at, c.body, c.truncated, c.is_read FROM comment c JOIN author a ON a.id = c.author_id"
        f" WHERE c.article_id {dialect.in_ids} ORDER BY c.article_id, c.position",
        (dialect.ids(article_ids),),
    ).fetchall()


def article_rows(db: Database, article_ids: Iterable[int]) -> list[Row]:
    """The articles by id: id, title, subtitle, paragraphs, kind, source_file, source_position,
    source_url, source_id, photo_credit, published_at, imported_at, warnings, raw_text,
    updated_at, is_read, is_starred."""
    dialect = of(db)
    return execute(
        db,
        "SELECT id, title, subtitle, paragraphs, kind, source_file, source_position, source_url, source_id,"
        " photo_credit, published_at, imported_at, warnings, raw_text, updated_at, is_read, is_starred"
        f" FROM article WHERE id {dialect.in_ids} ORDER BY id",
        (dialect.ids(article_ids),),
    ).fetchall()


# -- notes ------------------------------------------------------------------------------------------


def note_revisions(db: Database) -> list[Row]:
    """The earlier texts of every note that has a text, newest first: the note's target_kind,
    article_id, comment_id, highlight_id, author_id, tag_id, campaign_id, id, then the revision's
    body, saved_at, replaced_at and coder_id (who saved that text: schema version 10)."""
    return execute(
        db,
        "SELECT n.target_kind, n.article_id, n.comment_id, n.highlight_id, n.author_id, n.tag_id, n.campaign_id,"
        " n.id, r.body, r.saved_at, r.replaced_at, r.coder_id FROM note_revision r JOIN note n ON n.id = r.note_id"
        " WHERE n.body <> '' ORDER BY r.id DESC",
    ).fetchall()


def tag_notes(db: Database) -> list[Row]:
    """tag_id, body, created_at, updated_at of every note on a tag that has a text."""
    return execute(
        db, "SELECT tag_id, body, created_at, updated_at FROM note WHERE tag_id IS NOT NULL AND body <> ''"
    ).fetchall()


def author_notes(db: Database) -> list[Row]:
    """author_id, body, created_at, updated_at of every note on a commenter that has a text."""
    return execute(
        db, "SELECT author_id, body, created_at, updated_at FROM note WHERE author_id IS NOT NULL AND body <> ''"
    ).fetchall()


def campaign_notes(db: Database) -> list[Row]:
    """The notes on campaigns that have a text, by the campaign's first comment: comment_id, its
    article_id, the campaign's id, target_label, body, created_at, updated_at."""
    return execute(
        db,
        "SELECT k.comment_id, c.article_id, k.id, n.target_label, n.body, n.created_at, n.updated_at"
        " FROM note n JOIN campaign k ON k.id = n.campaign_id JOIN comment c ON c.id = k.comment_id"
        " WHERE n.body <> '' ORDER BY k.comment_id",
    ).fetchall()


def detached_notes(db: Database) -> list[Row]:
    """The notes with a text whose target was deleted: id, target_kind, target_label, body,
    created_at, updated_at."""
    return execute(
        db,
        "SELECT id, target_kind, target_label, body, created_at, updated_at FROM note WHERE body <> ''"
        " AND article_id IS NULL AND comment_id IS NULL AND highlight_id IS NULL AND author_id IS NULL"
        " AND tag_id IS NULL AND campaign_id IS NULL ORDER BY id",
    ).fetchall()


def detached_highlights(db: Database) -> list[Row]:
    """The highlights whose article or comment was deleted, with the note on each (NULLs when
    none): target_kind, target_label, article_id, id, start_offset, end_offset, text, tag_id,
    created_at, the note's body, created_at, updated_at."""
    return execute(
        db,
        "SELECT h.target_kind, h.target_label, h.article_id, h.id, h.start_offset, h.end_offset, h.text,"
        " h.tag_id, h.created_at, n.body, n.created_at, n.updated_at FROM highlight h"
        " LEFT JOIN note n ON n.highlight_id = h.id AND n.body <> ''"
        " WHERE h.article_id IS NULL OR (h.target_kind = 'comment' AND h.comment_id IS NULL) ORDER BY h.id",
    ).fetchall()


# -- commenters --------------------------------------------------------------------------------------


def authors(db: Database, article_ids: Iterable[int] | None = None) -> list[tuple[int, str]]:
    """(id, handle) of the commenters of the articles (every author when `article_ids` is None),
    by handle."""
    dialect = of(db)
    order = f"ORDER BY {dialect.binary('handle')}"
    if article_ids is None:
        return execute(db, f"SELECT id, handle FROM author {order}").fetchall()
    return execute(
        db,
        f"SELECT id, handle FROM author WHERE id IN (SELECT author_id FROM comment WHERE article_id {dialect.in_ids})"
        f" {order}",
        (dialect.ids(article_ids),),
    ).fetchall()


def author_aliases(db: Database) -> dict[int, list[str]]:
    """Every display name each author was seen under (author_alias), by name."""
    aliases: dict[int, list[str]] = defaultdict(list)
    for author_id, name in execute(
        db, f"SELECT author_id, display_name FROM author_alias ORDER BY {of(db).binary('display_name')}"
    ):
        aliases[author_id].append(name)
    return aliases


def author_names(db: Database) -> list[tuple[int, str, list[str]]]:
    """Every author with every name they go by: (id, handle, display names), the aliases first
    (in the order they were met), then the display names on their comments."""
    names: dict[int, list[str]] = defaultdict(list)
    for author_id, name in execute(db, "SELECT author_id, display_name FROM author_alias ORDER BY id"):
        names[author_id].append(name)
    for author_id, name in execute(
        db, "SELECT DISTINCT author_id, display_name FROM comment WHERE display_name IS NOT NULL"
    ):
        names[author_id].append(name)
    return [(int(author_id), handle, names.get(author_id, []))
            for author_id, handle in execute(db, "SELECT id, handle FROM author")]  # fmt: skip
