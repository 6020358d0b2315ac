"""Read-only queries the CLI and the UI build on."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import SqliteDatabase


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
