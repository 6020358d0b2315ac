"""Case 3: search, through `desktop.store.search.search()` against the bare FTS5 query of the same
shape on the same index: the top 200 comments (and, for plain text, the top 200 articles) with a
snippet, title and author each, ranked by bm25 (or newest first), FTS5 as the outer loop.

The queries are chosen by how many comments match, from half the corpus down to five (the
generator planted the words and counted them), plus a phrase, prefixes, Cyrillic, an exclusion
and the fields author:, depth:, after:/before:.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.common import ROOT
from benchmarks.generate_corpus import HANDFUL_WORD, Manifest

LIMIT = 200
_SNIPPET = "char(2), char(3), '…', 24"


@dataclass(frozen=True)
class Query:
    key: str  # the same at every corpus size
    label: str
    text: str  # what the user types
    match: str | None  # the anchor's FTS5 MATCH
    where: str = ""  # the anchor's extra condition on comment c / author au
    params: tuple[Any, ...] = ()
    articles: bool = True  # the anchor searches articles too (plain text queries)
    order: str = "relevance"


# What each query is, whatever the corpus size (the cost curve's labels).
GENERIC_LABELS = {
    "word-50%": "word in ~50% of comments",
    "word-5%": "word in ~5% of comments",
    "word-0.5%": "word in ~0.5% of comments",
    "word-0.05%": "word in ~0.05% of comments",
    "word-handful": "word in 5 comments",
    "and": "two words (AND)",
    "or": "either word (OR)",
    "not": "word without another (NOT)",
    "phrase": "phrase in ~1% of comments",
    "prefix-broad": "prefix, broad (sanc*)",
    "prefix-narrow": "prefix, narrow (quadco*)",
    "cyrillic": "Cyrillic, other case",
    "newest": "broad word, newest first",
    "author+word": "word + author:",
    "depth+word": "word + depth:>3",
    "dates+word": "broad word + one month",
    "author-only": "author: only (the most prolific author)",
}


def queries(manifest: Manifest) -> list[Query]:
    counts = manifest.word_counts
    author = manifest.prolific_author
    year = int(manifest.first_date[:4]) + 1
    return [
        Query("word-50%", f"word in {counts['sanctions']:,} comments (~50%)", "sanctions", "sanctions"),
        Query("word-5%", f"word in {counts['drone']:,} comments (~5%)", "drone", "drone"),
        Query("word-0.5%", f"word in {counts['referendum']:,} comments (~0.5%)", "referendum", "referendum"),
        Query("word-0.05%", f"word in {counts['quadcopter']:,} comments (~0.05%)", "quadcopter", "quadcopter"),
        Query("word-handful", f"word in {counts[HANDFUL_WORD]} comments", HANDFUL_WORD, HANDFUL_WORD),
        Query("and", "two words (AND)", "sanctions drone", "sanctions AND drone"),
        Query("or", "either word (OR)", "referendum OR quadcopter", "referendum OR quadcopter"),
        Query("not", "word without another (NOT)", "drone -sanctions", "drone NOT sanctions"),
        Query("phrase", f"phrase in {counts['white house']:,} comments", '"white house"', '"white house"'),
        Query("prefix-broad", "prefix, broad (sanc*)", "sanc*", "sanc*"),
        Query("prefix-narrow", "prefix, narrow (quadco*)", "quadco*", "quadco*"),
        Query("cyrillic", "Cyrillic, other case", "ПЕРЕГОВОРЫ", "переговоры"),
        Query("newest", "broad word, newest first", "sanctions", "sanctions", order="newest"),
        Query("author+word", "word + author:", f'drone author:"{author}"', "drone", "au.handle = ?", (author,), False),
        Query("depth+word", "word + depth:>3", "drone depth:>3", "drone", "c.depth > 3", (), False),
        Query("dates+word", "broad word + one month", f"sanctions after:{year}-03-01 before:{year}-04-01",
              "sanctions", "c.posted_at >= ? AND c.posted_at < ?", (f"{year}-03-01", f"{year}-04-01"), False),
        Query("author-only", f"author: only ({manifest.prolific_author_comments:,} comments)", f'author:"{author}"',
              None, "au.handle = ?", (author,), False),
    ]


def _anchor(connection: sqlite3.Connection, query: Query) -> int:
    rows = 0
    joins = "JOIN article a ON a.id = c.article_id JOIN author au ON au.id = c.author_id"
    where = f" AND {query.where}" if query.where else ""
    if query.match is not None:
        order = "rank" if query.order == "relevance" else "s.rowid DESC"
        sql = (
            f"SELECT c.id, a.title, au.handle, c.posted_at, c.depth, snippet(comment_search, 0, {_SNIPPET})"
            f" FROM comment_search s CROSS JOIN comment c ON c.id = s.rowid {joins.replace('JOIN', 'CROSS JOIN')}"
            f" WHERE comment_search MATCH ?{where} ORDER BY {order} LIMIT {LIMIT}"
        )
        rows += len(connection.execute(sql, (query.match, *query.params)).fetchall())
        if query.articles:
            sql = (
                f"SELECT a.id, a.title, a.published_at, snippet(article_search, -1, {_SNIPPET}) FROM article_search s"
                f" CROSS JOIN article a ON a.id = s.rowid WHERE article_search MATCH ? ORDER BY {order} LIMIT {LIMIT}"
            )
            rows += len(connection.execute(sql, (query.match,)).fetchall())
    else:
        sql = (
            f"SELECT c.id, a.title, au.handle, c.posted_at, c.depth, substr(c.body, 1, 400) FROM comment c {joins}"
            f" WHERE {query.where} ORDER BY c.id DESC LIMIT {LIMIT}"
        )
        rows += len(connection.execute(sql, query.params).fetchall())
    return rows


def _matches(connection: sqlite3.Connection, query: Query) -> int:
    """How many comments match (for the table)."""
    where = f" AND {query.where}" if query.where else ""
    joins = "CROSS JOIN comment c ON c.id = s.rowid CROSS JOIN author au ON au.id = c.author_id"
    if query.match is not None:
        sql = f"SELECT count(*) FROM comment_search s {joins} WHERE comment_search MATCH ?{where}"
        return int(connection.execute(sql, (query.match, *query.params)).fetchone()[0])
    sql = f"SELECT count(*) FROM comment c JOIN author au ON au.id = c.author_id WHERE {query.where}"
    return int(connection.execute(sql, query.params).fetchone()[0])


def search_available() -> bool:
    return (ROOT / "desktop" / "store" / "search.py").exists()


def run_search(library: str, manifest_path: str, runs: int) -> dict[str, Any]:
    """Every query: one warm-up each, then `runs` alternations of app and anchor (milliseconds)."""
    from desktop.store import search
    from desktop.store.db import Library

    manifest = Manifest.load(Path(manifest_path))
    opened = Library.open(library)
    connection = sqlite3.connect(library)
    connection.execute("PRAGMA cache_size = -32000")
    figures: list[dict[str, Any]] = []
    try:
        for query in queries(manifest):
            results = search.search(opened.db, query.text, order=query.order)
            if results.message:
                figures.append({"key": query.key, "label": query.label, "error": results.message})
                continue
            _anchor(connection, query)
            app: list[float] = []
            anchor: list[float] = []
            for _ in range(runs):
                started = time.perf_counter()
                results = search.search(opened.db, query.text, order=query.order)
                app.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                _anchor(connection, query)
                anchor.append((time.perf_counter() - started) * 1000)
            figures.append({
                "key": query.key, "label": query.label, "query": query.text, "app": app, "anchor": anchor,
                "hits": len(results.hits), "capped": results.capped, "matches": _matches(connection, query),
            })
    finally:
        connection.close()
        opened.close()
    return {"queries": figures}
