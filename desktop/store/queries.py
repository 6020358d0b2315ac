"""Read-only queries the CLI and the UI build on."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from peewee import SqliteDatabase

from .annotation_export import AnnotationExport
from .json_lists import stored_list


@dataclass
class Counts:
    articles: int
    comments: int
    authors: int


def counts(db: SqliteDatabase) -> Counts:
    row = db.execute_sql(
        "SELECT (SELECT COUNT(*) FROM article), (SELECT COUNT(*) FROM comment), (SELECT COUNT(*) FROM author)"
    ).fetchone()
    return Counts(*row)


def _iso(value: Any) -> str | None:
    """'2022-12-23 19:38:00' as stored -> ISO 8601 local time without zone."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value).replace(" ", "T", 1)


def export_articles(db: SqliteDatabase) -> Iterator[dict[str, Any]]:
    """Every article with its thread in document order, as the JSON export describes it."""
    articles = db.execute_sql(
        "SELECT id, title, subtitle, paragraphs, kind, source_file, source_position, source_url, source_id,"
        " photo_credit, published_at, imported_at, warnings FROM article ORDER BY id"
    ).fetchall()
    annotations = AnnotationExport(db)
    for row in articles:
        (article_id, title, subtitle, paragraphs, kind, source_file, position, url, source_id,
         credit, published, imported, warnings) = row
        comments = [
            {
                "id": c[0],
                "parent_id": c[1],
                "depth": c[2],
                "path": c[3],
                "author": c[4],
                "display_name": c[5],
                "status": c[6],
                "posted_at": _iso(c[7]),
                "body": c[8],
            }
            for c in db.execute_sql(
                "SELECT c.id, c.parent_id, c.depth, c.path, a.handle, c.display_name, c.status, c.posted_at,"
                " c.body FROM comment c JOIN author a ON a.id = c.author_id"
                " WHERE c.article_id = ? ORDER BY c.position",
                (article_id,),
            )
        ]
        yield {
            "id": article_id,
            "title": title,
            "subtitle": subtitle,
            "paragraphs": stored_list(paragraphs),
            "source": {
                "file": source_file,
                "position": position,
                "url": url,
                "id": source_id,
                "format": kind,
                "photo_credit": credit,
                "published_at": published,
                "imported_at": _iso(imported),
            },
            "warnings": stored_list(warnings),
            **annotations.annotate(article_id, comments),  # tags, notes, highlights; on comments too
            "comments": comments,
        }
