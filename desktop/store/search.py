"""Full-text search: the FTS5 index, searching and counting with the query language, and saved
searches. No Qt: the search box calls `search()` and `count()` from a worker thread.

Engines
    Written once, over SQLite's FTS5. A server library searches a tsvector index instead, and
    what differs there (its index, the MATCH string as a tsquery, FROM ... WHERE, ranking with
    ts_rank, snippets) is in search_dialect.py; the same query finds the same hits on both.

The index
    `article_search` (title, subtitle, body) and `comment_search` (body) are FTS5 tables with
    external content: they hold only the index, keyed on article and comment ids, and read the
    text through the views `article_search_source` (paragraphs joined) and
    `comment_search_source` when a snippet is made. Tokenizer `unicode61 remove_diacritics 2`:
    case and accents are ignored, Cyrillic included (МИР = мир, café = cafe). `ё` goes into the
    index as `е` (`_indexed`), the query's words too, so either finds both; the source views keep
    the text as it is, and FTS5 marks the words it finds by their positions, so snippets show ё.
    The index is filled in bulk, one statement per step: the importer calls `index_articles()`
    after storing each batch, in the same transaction; `rebuild()` rebuilds everything
    (`glossa reindex`). Articles the batch added and did not touch again are indexed from the
    documents they were stored from (`Added`): the same text, cleaned and folded in Python (where
    `str.replace` copies nothing when there is nothing to replace) and inserted with executemany,
    at about the cost of indexing the bare columns; reading it back through the views and probing
    the index row by row took half as long again. The rest go through the views as SQL. There
    are no triggers: the library runs with trusted_schema off, under which SQLite refuses FTS5
    tables in triggers, and per-row triggers would slow imports threefold anyway.
    Removing a row from an external-content index needs the exact text that was indexed. Only
    one kind of text ever changes after import: a comment an older scrape had cut short, which a
    newer scrape completes. So the text indexed for cut-short comments is kept in
    `search_cut_short`, and `index_articles()` takes the old text out of the index before adding
    the new one. Which rows are indexed is read from FTS5's `*_docsize` tables (one row per
    indexed document). Code that deletes articles must call `unindex_articles()` first.

Snippets
    Matched words are wrapped in MATCH_START (\\x02) and MATCH_END (\\x03); a cut is marked with
    ELLIPSIS. The indexed text has those two control characters replaced by spaces, so every
    marker in a snippet is one of ours: `snippet_segments()` splits a snippet into
    (text, matched) pieces for the UI, `render_snippet()` marks matches with brackets.

Ranking
    bm25 costs about 1.4 us per matching row, so a word in half a million comments would take
    most of a second to rank. Search ranks a capped candidate set instead: the most recently
    imported `cap` matches (the earliest for order="oldest") that pass the filters. When more
    rows match, `SearchResults.capped` is True and ranking is over that most recent part. A query
    of filters alone (no words) is never capped: SQL sorts all its hits by time.

Dates
    Words with a date range (`sanctions after:2023-03 before:2023-04`) have each match's date
    checked, newest match first, until `cap` pass: for a broad word and an old month, that is
    most of the library's comments. So for a broad word and a range of comparatively few
    comments, search first finds the lowest and highest id of the comments in the range, and
    FTS5 reads only the matches between them (imports come mostly in date order, so a month is a
    narrow band of ids). Every match in the band is still checked as before and in the same
    order: the hits, their order and `capped` are those of the general plan. Articles, far fewer
    and with no index on their dates, keep the general plan.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

import peewee
from peewee import SqliteDatabase

from desktop.store import search_dialect
from desktop.store.chunks import chunked
from desktop.store.dialect import POSTGRES, execute, of
from desktop.store.times import stored_time
from desktop.texts import QT_TRANSLATE_NOOP

from .errors import StoreError
from .query_language import ARTICLE_TIME, CompiledQuery, Condition, compile_query

if TYPE_CHECKING:
    from desktop.ingest.documents import ParsedDocument

# An article added in the open write transaction, not indexed yet: its id, the document it was
# stored from, and the ids its comments were given, in the document's order.
Added = tuple[int, "ParsedDocument", Sequence[int]]

MATCH_START = "\x02"
MATCH_END = "\x03"
ELLIPSIS = "…"
TOKENIZER = "unicode61 remove_diacritics 2"
# 2-character prefixes are indexed: `pu*` would otherwise merge thousands of words' lists (140 ms
# over 1M comments against 13); it costs a fifth more index-building time and half more index.
PREFIX_INDEX = "2"
CANDIDATE_CAP = 10_000
# The date-first plan (see Dates above) finds the range with one seek per author into the
# (author, posted_at) index, each about as costly as checking one match's date: it runs when the
# word matches more comments than there are authors, and at least DATE_FIRST_MATCHES. A range of
# more than DATE_FIRST_RANGE comments is left to the general plan: bounding it reads every comment
# in it, and a wide range skips little. (1M comments, 49k authors: a month is bounded in ~21 ms;
# checking `sanctions` from the newest match back to that month took ~150 ms.)
DATE_FIRST_MATCHES = 10_000
DATE_FIRST_RANGE = 100_000
ORDERS = ("relevance", "newest", "oldest")
SNIPPET_TOKENS = 24
_PLAIN_SNIPPET_CHARS = 200

# bm25 weights of article title, subtitle and text (comments have one column).
_ARTICLE_WEIGHTS = "10.0, 4.0, 1.0"


def _clean(expression: str) -> str:
    """The text as indexed: our two snippet markers cannot occur in it."""
    return f"replace(replace({expression}, char(2), ' '), char(3), ' ')"


def _indexed(expression: str) -> str:
    """The text as it goes into the index: ё searched as е (search_dialect.py). Only the index
    gets it: snippets are made from the text itself, ё kept (FTS5 marks the words it finds by
    their position, and folding ё keeps every word where it was)."""
    return f"replace(replace({expression}, 'ё', 'е'), 'Ё', 'Е')"


_ARTICLE_INDEXED = f"id, {_indexed('title')}, {_indexed('subtitle')}, {_indexed('body')}"

# article.paragraphs is a JSON list written by the store (json_valid() may not be used in a view
# under trusted_schema off; json_each may).
_PARAGRAPHS = "(SELECT group_concat(value, char(10, 10)) FROM json_each(article.paragraphs))"

# Version 3 of the schema, part 1 (part 2 is the saved_search table, created from its model).
INDEX_SCHEMA = (
    f"CREATE VIEW article_search_source AS SELECT id, {_clean('title')} AS title,"
    f" {_clean('subtitle')} AS subtitle, {_clean(_PARAGRAPHS)} AS body FROM article",
    f"CREATE VIEW comment_search_source AS SELECT id, article_id, truncated, {_clean('body')} AS body FROM comment",
    "CREATE VIRTUAL TABLE article_search USING fts5(title, subtitle, body, content='article_search_source',"
    f" content_rowid='id', tokenize='{TOKENIZER}', prefix='{PREFIX_INDEX}')",
    "CREATE VIRTUAL TABLE comment_search USING fts5(body, content='comment_search_source',"
    f" content_rowid='id', tokenize='{TOKENIZER}', prefix='{PREFIX_INDEX}')",
    # The text indexed for comments that were cut short when indexed (see the module docstring).
    'CREATE TABLE "search_cut_short" ("comment_id" INTEGER NOT NULL PRIMARY KEY, "body" TEXT NOT NULL)',
)


class SearchError(StoreError):
    """A saved-search operation that cannot be done, with a message for the user."""


# --- the index --------------------------------------------------------------------------------


def create_index(db: SqliteDatabase) -> None:
    """Create the (empty) index tables. Called for a new library and by the v3 migration."""
    for statement in INDEX_SCHEMA:
        db.execute_sql(statement)


def index_articles(db: SqliteDatabase, article_ids: Iterable[int], added: Iterable[Added] = ()) -> None:
    """Bring these articles and their comments into the index: rows not indexed yet are added,
    completed cut-short comments re-indexed. Idempotent. Call inside the write transaction that
    stored them; one statement per step, never one per row. `added`: those of them the
    transaction added, with their documents (see the module docstring); one named more than
    once in `article_ids` (merged with a later document) is indexed from its rows."""
    if of(db) is POSTGRES:
        search_dialect.index_articles(db, article_ids)
        return
    article_ids = list(article_ids)
    touched = Counter(article_ids)
    fresh = [new for new in added if touched[new[0]] == 1]
    _index_added(db, fresh)
    done = {new[0] for new in fresh}
    for chunk, marks in chunked(sorted(set(article_ids) - done)):
        db.execute_sql(
            "INSERT INTO article_search (rowid, title, subtitle, body)"
            f" SELECT {_ARTICLE_INDEXED} FROM article_search_source s WHERE s.id IN ({marks})"
            " AND NOT EXISTS (SELECT 1 FROM article_search_docsize d WHERE d.id = s.id)",
            chunk,
        )
        changed = (
            "SELECT x.comment_id FROM search_cut_short x JOIN comment_search_source s ON s.id = x.comment_id"
            f" WHERE s.article_id IN ({marks}) AND (s.body IS NOT x.body OR s.truncated = 0)"
        )
        db.execute_sql(
            "INSERT INTO comment_search (comment_search, rowid, body)"
            f" SELECT 'delete', x.comment_id, {_indexed('x.body')} FROM search_cut_short x"
            " JOIN comment_search_source s ON s.id = x.comment_id"
            f" WHERE s.article_id IN ({marks}) AND s.body IS NOT x.body",
            chunk,
        )
        db.execute_sql(f"DELETE FROM search_cut_short WHERE comment_id IN ({changed})", chunk)
        db.execute_sql(
            f"INSERT INTO comment_search (rowid, body) SELECT id, {_indexed('body')} FROM comment_search_source s"
            f" WHERE s.article_id IN ({marks})"
            " AND NOT EXISTS (SELECT 1 FROM comment_search_docsize d WHERE d.id = s.id)",
            chunk,
        )
        db.execute_sql(
            "INSERT INTO search_cut_short (comment_id, body) SELECT id, body FROM comment_search_source s"
            f" WHERE s.article_id IN ({marks}) AND s.truncated = 1"
            " AND NOT EXISTS (SELECT 1 FROM search_cut_short x WHERE x.comment_id = s.id)",
            chunk,
        )


def _index_added(db: SqliteDatabase, added: list[Added]) -> None:
    """Index articles not indexed yet with their comments, from their documents: the text each
    source view gives, folded as `_indexed` folds it; cut-short comments' text kept as
    index_articles keeps it."""
    if not added:
        return
    articles: list[tuple[int, str | None, str | None, str | None]] = []
    comments: list[tuple[int, str]] = []
    cut_short: list[tuple[int, str]] = []
    for article_id, document, comment_ids in added:
        body = "\n\n".join(document.paragraphs) if document.paragraphs else None  # the view's group_concat
        articles.append((article_id, _folded(document.title), _folded(document.subtitle), _folded(body)))
        thread = document.comments
        if not thread:
            continue
        # Inline rather than a call per comment: this runs for every comment imported.
        cleaned = [comment.body.replace(MATCH_START, " ").replace(MATCH_END, " ") for comment in thread]
        comments.extend(zip(comment_ids, [text.replace("ё", "е").replace("Ё", "Е") for text in cleaned], strict=True))
        cut_short.extend((comment_ids[i], cleaned[i]) for i, comment in enumerate(thread) if comment.truncated)
    connection = db.connection()
    connection.executemany("INSERT INTO article_search (rowid, title, subtitle, body) VALUES (?, ?, ?, ?)", articles)
    connection.executemany("INSERT INTO comment_search (rowid, body) VALUES (?, ?)", comments)
    connection.executemany("INSERT OR IGNORE INTO search_cut_short (comment_id, body) VALUES (?, ?)", cut_short)


def _folded(text: str | None) -> str | None:
    """`_indexed(_clean(text))` in Python."""
    if text is None:
        return None
    return text.replace(MATCH_START, " ").replace(MATCH_END, " ").replace("ё", "е").replace("Ё", "Е")


def unindex_articles(db: SqliteDatabase, article_ids: Iterable[int]) -> None:
    """Take these articles and their comments out of the index. Call before deleting them,
    in the same transaction: the index needs their text to remove it."""
    if of(db) is POSTGRES:
        search_dialect.unindex_articles(db, article_ids)
        return
    for chunk, marks in chunked(sorted(set(article_ids))):
        db.execute_sql(
            "INSERT INTO article_search (article_search, rowid, title, subtitle, body)"
            f" SELECT 'delete', {_ARTICLE_INDEXED} FROM article_search_source s"
            f" WHERE s.id IN ({marks}) AND EXISTS (SELECT 1 FROM article_search_docsize d WHERE d.id = s.id)",
            chunk,
        )
        db.execute_sql(
            "INSERT INTO comment_search (comment_search, rowid, body)"
            f" SELECT 'delete', s.id, {_indexed('COALESCE(x.body, s.body)')} FROM comment_search_source s"
            " LEFT JOIN search_cut_short x ON x.comment_id = s.id"
            f" WHERE s.article_id IN ({marks}) AND EXISTS (SELECT 1 FROM comment_search_docsize d WHERE d.id = s.id)",
            chunk,
        )
        db.execute_sql(
            "DELETE FROM search_cut_short WHERE comment_id IN"
            f" (SELECT id FROM comment WHERE article_id IN ({marks}))",
            chunk,
        )


def rebuild(db: SqliteDatabase) -> tuple[int, int]:
    """Rebuild the whole index from the library's text. Returns (articles, comments) indexed."""
    if of(db) is POSTGRES:
        return search_dialect.rebuild(db)
    # Not FTS5's own 'rebuild': it scans the content with virtual tables disallowed, and the
    # article view reads the paragraphs with json_each (a virtual table). Lookups by id, which
    # snippets use, allow it. ('integrity-check' with rank 1 fails on the article index for the
    # same reason; tests compare the index with the text through fts5vocab instead.)
    with db.atomic():
        db.execute_sql("INSERT INTO article_search (article_search) VALUES ('delete-all')")
        db.execute_sql("INSERT INTO comment_search (comment_search) VALUES ('delete-all')")
        db.execute_sql(
            f"INSERT INTO article_search (rowid, title, subtitle, body) SELECT {_ARTICLE_INDEXED}"
            " FROM article_search_source"
        )
        db.execute_sql(
            f"INSERT INTO comment_search (rowid, body) SELECT id, {_indexed('body')} FROM comment_search_source")
        db.execute_sql("DELETE FROM search_cut_short")
        db.execute_sql(
            "INSERT INTO search_cut_short (comment_id, body) SELECT id, body FROM comment_search_source"
            " WHERE truncated = 1"
        )
        row = db.execute_sql(
            "SELECT (SELECT count(*) FROM article_search_docsize), (SELECT count(*) FROM comment_search_docsize)"
        ).fetchone()
    return int(row[0]), int(row[1])


# --- searching --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Hit:
    article_id: int
    article_title: str
    comment_id: int | None  # None: the article itself matched
    author: str | None  # the commenter's handle; None for an article
    posted_at: datetime | None  # comment time, or the article's published date when known
    depth: int  # 0 for an article, 1 for a top-level comment
    snippet: str  # matched words between MATCH_START and MATCH_END
    score: float | None = None  # bm25, lower is better; None when not ranked
    display_name: str | None = None  # the name the comment was signed with, when not its handle


@dataclass
class ArticleHits:
    article_id: int
    title: str
    hits: list[Hit] = field(default_factory=list)


@dataclass
class SearchResults:
    query: str
    hits: list[Hit] = field(default_factory=list)  # in the requested order
    groups: list[ArticleHits] = field(default_factory=list)  # the same hits by article, in order of first hit
    message: str | None = None  # why the query cannot run, for the line under the search box
    capped: bool = False  # more rows matched than were ranked (see the module docstring)


@dataclass
class _Candidate:
    kind: str  # "article" or "comment"
    id: int
    score: float | None
    time: str | None


def search(
    db: SqliteDatabase,
    query_text: str,
    limit: int = 200,
    order: str = "relevance",
    cap: int = CANDIDATE_CAP,
    coder: int | None = None,
) -> SearchResults:
    """Hits for what the user typed, at most `limit`, grouped by article. Never raises for
    anything in `query_text`: a query that cannot run comes back with `message` set. With
    `coder`, annotation filters (tag:, has:) see only that coder's work."""
    if order not in ORDERS:
        raise ValueError(f"order must be one of {ORDERS}, not {order!r}")
    limit = max(1, limit)
    cap = max(cap, limit)
    results = SearchResults(query_text)
    compiled = compile_query(query_text, coder)
    if compiled.error is not None:
        results.message = compiled.error.message
        return results
    if compiled.empty:
        return results
    try:
        candidates: list[_Candidate] = []
        ids = _comment_ids_in_range(db, compiled)
        # Without words SQL orders every hit by time: the first `limit` are exact.
        wanted = limit if compiled.match is None else cap + 1
        if of(db) is POSTGRES:
            by_kind = _server_candidates(db, compiled, order, wanted)
        else:
            by_kind = {kind: _candidates(db, compiled, kind, order, wanted, ids if kind == "comment" else None)
                       for kind in ("article", "comment")}
        for found in by_kind.values():
            if compiled.match is not None:
                results.capped = results.capped or len(found) > cap
                found = found[:cap]
            candidates.extend(found)
        chosen = _order(candidates, order, compiled.match is not None)[:limit]
        results.hits = _details(db, compiled, chosen)
    except peewee.OperationalError:
        if not _is_query_error(compiled):
            raise
        results.message = QT_TRANSLATE_NOOP("Search", "This search cannot be run; try fewer or simpler words.")
        results.hits = []
    results.groups = _group(results.hits)
    return results


def count(db: SqliteDatabase, query_text: str, coder: int | None = None) -> int:
    """How many articles and comments match (no cap): for the live counts of saved searches.
    0 for a query that cannot run. `coder` as for search."""
    compiled = compile_query(query_text, coder)
    if not compiled.runnable:
        return 0
    total = 0
    try:
        ids = _comment_ids_in_range(db, compiled)
        for kind in ("article", "comment"):
            condition = compiled.article if kind == "article" else compiled.comment
            if condition.is_false:
                continue
            sql, params = _from_where(db, compiled, kind, condition, ids=ids if kind == "comment" else None)
            total += int(execute(db, f"SELECT count(*) {sql}", params).fetchone()[0])
    except peewee.OperationalError:
        if not _is_query_error(compiled):
            raise
        return 0
    return total


def _is_query_error(compiled: CompiledQuery) -> bool:
    """Whether FTS5 refuses the compiled MATCH strings themselves (tried on an empty table):
    not expected, every word being quoted, but a user's query must never raise, so it becomes
    the message under the box. Any other database error is raised as usual."""
    probe = sqlite3.connect(":memory:")
    try:
        probe.execute(f"CREATE VIRTUAL TABLE probe USING fts5(body, tokenize='{TOKENIZER}')")
        for match in (compiled.match, compiled.exclude):
            if match is not None:
                probe.execute("SELECT rowid FROM probe WHERE probe MATCH ?", (match,)).fetchall()
    except sqlite3.OperationalError:
        return True
    finally:
        probe.close()
    return False


_TABLES = {
    # kind: (FTS table, base table and alias, id column, time expression, join to the article
    # for conditions that use it)
    "article": ("article_search", "article a", "a.id", ARTICLE_TIME, ""),
    "comment": ("comment_search", "comment c", "c.id", "c.posted_at", " JOIN article a ON a.id = c.article_id"),
}


def _comment_ids_in_range(db: SqliteDatabase, compiled: CompiledQuery) -> tuple[int, int] | None:
    """The lowest and highest id of the comments in the query's date range, when the words match
    enough comments that looking only between them pays (see Dates in the module docstring);
    None for the general plan. An empty range gives (0, -1): no ids."""
    if compiled.match is None or compiled.comment.is_false or (compiled.after is None and compiled.before is None):
        return None
    if of(db) is POSTGRES:  # the plan is for SQLite's planner and FTS5; PostgreSQL plans its own
        return None
    authors = db.execute_sql("SELECT max(id) FROM author").fetchone()[0] or 0  # about how many
    needed = max(DATE_FIRST_MATCHES, authors)
    matches = db.execute_sql(
        "SELECT count(*) FROM (SELECT 1 FROM comment_search WHERE comment_search MATCH ? LIMIT ?)",
        [compiled.match, needed],
    ).fetchone()[0]
    if matches < needed:
        return None
    bounds = [(sql, day) for sql, day in (("c.posted_at >= ?", compiled.after), ("c.posted_at < ?", compiled.before))
              if day is not None]
    # Every comment has an author (a foreign key), so a seek per author into the (author,
    # posted_at) index, the only index with the time, finds every comment in the range.
    in_range, lowest, highest = db.execute_sql(
        "SELECT count(*), min(id), max(id) FROM (SELECT c.id FROM author au CROSS JOIN comment c"
        f" ON c.author_id = au.id WHERE {' AND '.join(sql for sql, _day in bounds)} LIMIT ?)",
        [*(day for _sql, day in bounds), DATE_FIRST_RANGE + 1],
    ).fetchone()
    if in_range > DATE_FIRST_RANGE:
        return None
    return (lowest, highest) if in_range else (0, -1)


def _from_where(
    db: SqliteDatabase, compiled: CompiledQuery, kind: str, condition: Condition, need_rows: bool = False,
    ids: tuple[int, int] | None = None,
) -> tuple[str, list[Any]]:
    """FROM ... WHERE ... selecting the hits of one kind. With words, the FTS table is the outer
    loop (CROSS JOIN keeps SQLite from reordering), so `s.rowid` order comes from the index and
    the base rows are joined only when a filter or `need_rows` asks for them. `ids` (with words)
    limits the FTS5 scan to that id range, which FTS5 seeks to."""
    fts, table, id_column, _time, join = _TABLES[kind]
    if not condition.uses_article:
        join = ""
    if of(db) is POSTGRES:
        return search_dialect.from_where(compiled.match, compiled.exclude, kind, condition.sql, condition.params, join,
                                         need_rows)
    if compiled.match is None:
        sql = f"FROM {table}{join} WHERE ({condition.sql})"
        params: list[Any] = list(condition.params)
        if compiled.exclude is not None:
            sql += f" AND {id_column} NOT IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?)"
            params.append(compiled.exclude)
        return sql, params
    match = f"{fts} MATCH ?"
    params = [compiled.match]
    if ids is not None:
        match += " AND s.rowid BETWEEN ? AND ?"
        params += ids
    if condition.is_true and not need_rows:
        return f"FROM {fts} s WHERE {match}", params
    joins = f" CROSS JOIN {table} ON {id_column} = s.rowid{join.replace(' JOIN', ' CROSS JOIN')}"
    return f"FROM {fts} s{joins} WHERE {match} AND ({condition.sql})", [*params, *condition.params]


def _candidates(
    db: SqliteDatabase, compiled: CompiledQuery, kind: str, order: str, cap: int, ids: tuple[int, int] | None = None
) -> list[_Candidate]:
    """Up to `cap` hits of one kind, the most recently imported first (the earliest for
    "oldest"), with their bm25 score when ranking by relevance, else their time. Without words
    there is nothing to rank and no FTS order to follow: SQL sorts the hits by time itself, in
    the order `_order` gives, so the first `cap` are exactly the newest (or oldest). `ids`: see
    `_from_where`. SQLite's; a server's is _server_candidates."""
    condition = compiled.article if kind == "article" else compiled.comment
    if condition.is_false:
        return []
    fts, _table, id_column, time, _join = _TABLES[kind]
    direction = "ASC" if order == "oldest" else "DESC"
    ranked = order == "relevance" and compiled.match is not None
    sql, params = _from_where(db, compiled, kind, condition, need_rows=not ranked, ids=ids)
    key = id_column if compiled.match is None else "s.rowid"
    weights = f", {_ARTICLE_WEIGHTS}" if kind == "article" else ""
    score = f"bm25({fts}{weights})"
    columns = f"{key}, {score}, NULL" if ranked else f"{key}, NULL, {time}"
    order_by = f"{key} {direction}" if compiled.match is not None else (
        f"{time} IS NULL, {time} {direction}, {key} {direction}")
    rows = execute(db, f"SELECT {columns} {sql} ORDER BY {order_by} LIMIT ?", [*params, cap]).fetchall()
    return [_Candidate(kind, row[0], row[1], row[2]) for row in rows]


def _server_candidates(
    db: SqliteDatabase, compiled: CompiledQuery, order: str, cap: int
) -> dict[str, list[_Candidate]]:
    """_candidates of both kinds on a server, in one statement: each statement costs a round
    trip and a plan there, most of a rare word's time. The same rows, each kind's own ORDER BY
    and LIMIT in its branch; the two kinds' times (text for articles, timestamp for comments) in
    columns of their own, as _candidates gives them."""
    branches: list[str] = []
    params: list[Any] = []
    direction = "ASC" if order == "oldest" else "DESC"
    ranked = order == "relevance" and compiled.match is not None
    for kind in ("article", "comment"):
        condition = compiled.article if kind == "article" else compiled.comment
        if condition.is_false:
            continue
        _fts, _table, id_column, time, _join = _TABLES[kind]
        sql, where = _from_where(db, compiled, kind, condition, need_rows=not ranked)
        key = id_column if compiled.match is None else "s.id"
        score = search_dialect.rank(kind) if ranked else "NULL::real"
        times = "NULL::text, NULL::timestamp" if ranked else (
            f"{time}, NULL::timestamp" if kind == "article" else f"NULL::text, {time}")
        order_by = f"{key} {direction}" if compiled.match is not None else (
            f"{time} IS NULL, {time} {direction}, {key} {direction}")
        # The limit written in, not bound: psycopg prepares a statement run five times, and the
        # server's plan for any LIMIT read the whole index table backwards by id, testing every
        # vector (`drone` at 100k: 35-135 ms, 10 ms with its own plan).
        branches.append(f"(SELECT '{kind}', {key}, {score}, {times} {sql} ORDER BY {order_by} LIMIT {int(cap)})")
        params += where
    found: dict[str, list[_Candidate]] = {"article": [], "comment": []}
    if branches:
        for kind, key, score, article_time, comment_time in execute(db, " UNION ALL ".join(branches), params):
            found[kind].append(_Candidate(kind, key, score, article_time if kind == "article" else comment_time))
    return found


def _order(candidates: list[_Candidate], order: str, ranked: bool) -> list[_Candidate]:
    """Relevance: bm25 (newer first among equals); newest and oldest: by time, undated last."""
    if order == "relevance" and ranked:
        return sorted(candidates, key=lambda c: (c.score if c.score is not None else 0.0, -c.id))
    newest = order != "oldest"
    dated = [c for c in candidates if c.time is not None]
    undated = [c for c in candidates if c.time is None]
    dated.sort(key=lambda c: (str(c.time), c.kind == "comment", c.id), reverse=newest)
    undated.sort(key=lambda c: c.id, reverse=newest)
    return dated + undated


# Snippets need the FTS5 cursor of the match. `rowid IN (...)` would be handed to FTS5 as one
# lookup per id, each re-running the whole query (100 hits of a broad prefix: 300 ms); instead
# FTS5 scans the id range once and `+` keeps the IN list a plain filter. Snippets (the costly
# part) are made only for the rows that pass it.
_AMONG = "s.rowid BETWEEN ? AND ? AND +s.rowid IN ({places})"


def _details(db: SqliteDatabase, compiled: CompiledQuery, chosen: list[_Candidate]) -> list[Hit]:
    """Titles, authors, times and snippets for the chosen candidates, in their order."""
    if of(db) is POSTGRES:
        return _server_details(db, compiled, chosen)
    found: dict[tuple[str, int], Hit] = {}
    scores = {(c.kind, c.id): c.score for c in chosen}
    article_ids = [c.id for c in chosen if c.kind == "article"]
    comment_ids = [c.id for c in chosen if c.kind == "comment"]
    marks = f"char(2), char(3), '{ELLIPSIS}', {SNIPPET_TOKENS}"
    for chunk, places in chunked(sorted(set(article_ids))):
        if compiled.match is not None:
            sql = (
                f"SELECT a.id, a.title, {ARTICLE_TIME}, snippet(article_search, -1, {marks})"
                " FROM article_search s CROSS JOIN article a ON a.id = s.rowid"
                f" WHERE article_search MATCH ? AND {_AMONG.format(places=places)}"
            )
            params: list[Any] = [compiled.match, chunk[0], chunk[-1], *chunk]
        else:
            sql = (
                f"SELECT a.id, a.title, {ARTICLE_TIME}, substr(COALESCE(v.subtitle || ' ', '') || v.body, 1, 400)"
                f" FROM article a JOIN article_search_source v ON v.id = a.id WHERE a.id IN ({places})"
            )
            params = list(chunk)
        for article_id, title, time, snippet in db.execute_sql(sql, params):
            found["article", article_id] = Hit(
                article_id, title, None, None, stored_time(time), 0,
                _snippet(snippet, compiled.match is not None), scores.get(("article", article_id)),
            )
    for chunk, places in chunked(sorted(set(comment_ids))):
        columns = "c.id, c.article_id, a.title, au.handle, c.posted_at, c.depth, c.display_name"
        joins = "JOIN article a ON a.id = c.article_id JOIN author au ON au.id = c.author_id"
        if compiled.match is not None:
            sql = (
                f"SELECT {columns}, snippet(comment_search, 0, {marks})"
                f" FROM comment_search s CROSS JOIN comment c ON c.id = s.rowid {joins}"
                f" WHERE comment_search MATCH ? AND {_AMONG.format(places=places)}"
            )
            params = [compiled.match, chunk[0], chunk[-1], *chunk]
        else:
            sql = (
                f"SELECT {columns}, substr(v.body, 1, 400) FROM comment c {joins}"
                f" JOIN comment_search_source v ON v.id = c.id WHERE c.id IN ({places})"
            )
            params = list(chunk)
        for comment_id, article_id, title, handle, posted, depth, name, snippet in db.execute_sql(sql, params):
            found["comment", comment_id] = Hit(
                article_id, title, comment_id, handle, stored_time(posted), depth,
                _snippet(snippet, compiled.match is not None), scores.get(("comment", comment_id)), name,
            )
    return [found[c.kind, c.id] for c in chosen if (c.kind, c.id) in found]


def _server_details(db: SqliteDatabase, compiled: CompiledQuery, chosen: list[_Candidate]) -> list[Hit]:
    """_details on a server: the same hits, their snippets made from the text by
    search_dialect.snippet."""
    found: dict[tuple[str, int], Hit] = {}
    scores = {(c.kind, c.id): c.score for c in chosen}
    searched = search_dialect.phrases(compiled.match)

    def snippet(*columns: str | None) -> str:
        texts = [_cleaned(column) for column in columns]
        if compiled.match is None:
            return _snippet(" ".join(text for text in texts if text)[:400], marked=False)
        return _snippet(search_dialect.snippet(
            texts, searched, MATCH_START, MATCH_END, ELLIPSIS, SNIPPET_TOKENS), marked=True)

    article_ids = sorted({c.id for c in chosen if c.kind == "article"})
    comment_ids = sorted({c.id for c in chosen if c.kind == "comment"})
    # Both kinds in one statement (a round trip and a plan each), each time in a column of its own.
    branches: list[str] = []
    params: list[Any] = []
    if article_ids:
        branches.append(
            f"SELECT 'article', a.id, a.id, a.title, NULL, {ARTICLE_TIME}, NULL::timestamp, 0, NULL, a.subtitle,"
            f" {search_dialect.ARTICLE_BODY} FROM article a WHERE a.id = ANY(?)")
        params.append(article_ids)
    if comment_ids:
        branches.append(
            "SELECT 'comment', c.id, c.article_id, a.title, au.handle, NULL, c.posted_at, c.depth, c.display_name,"
            " c.body, NULL FROM comment c JOIN article a ON a.id = c.article_id JOIN author au ON au.id = c.author_id"
            " WHERE c.id = ANY(?)")
        params.append(comment_ids)
    rows = execute(db, " UNION ALL ".join(branches), params) if branches else []
    for kind, row_id, article_id, title, handle, article_time, posted, depth, name, text, body in rows:
        if kind == "article":
            texts = (title, text, body) if compiled.match is not None else (text, body)
            found["article", row_id] = Hit(row_id, title, None, None, stored_time(article_time), 0, snippet(*texts),
                                           scores.get(("article", row_id)))
        else:
            found["comment", row_id] = Hit(article_id, title, row_id, handle, stored_time(posted), depth,
                                           snippet(text), scores.get(("comment", row_id)), name)
    return [found[c.kind, c.id] for c in chosen if (c.kind, c.id) in found]


def _cleaned(text: str | None) -> str:
    """The text as the index reads it (SQLite's source views): no marker characters."""
    return (text or "").replace(MATCH_START, " ").replace(MATCH_END, " ")


def comment_matches(db: SqliteDatabase, query_text: str, comment_id: int) -> list[tuple[int, int]]:
    """Where the words of a search match a comment: (start, end) code-point offsets into its body,
    in order. None for a search without words, or one that cannot run."""
    compiled = compile_query(query_text)
    if compiled.error is not None or compiled.match is None:
        return []
    if of(db) is POSTGRES:
        row = execute(db, "SELECT c.body FROM comment_search s JOIN comment c ON c.id = s.id"
                      " WHERE s.vector @@ ?::tsquery AND s.id = ?",
                      [search_dialect.tsquery(compiled.match), comment_id]).fetchone()
        return search_dialect.spans(_cleaned(row[0]), search_dialect.phrases(compiled.match)) if row else []
    sql = ("SELECT highlight(comment_search, 0, char(2), char(3)) FROM comment_search"
           " WHERE comment_search MATCH ? AND rowid = ?")
    try:
        row = db.execute_sql(sql, (compiled.match, comment_id)).fetchone()
    except peewee.OperationalError:
        if not _is_query_error(compiled):
            raise
        return []
    return _marked_spans(row[0]) if row and row[0] else []


def _marked_spans(marked: str) -> list[tuple[int, int]]:
    """The spans between our markers, as offsets into the text without them (the indexed text
    has each marker character replaced by one space: offsets are the body's)."""
    spans: list[tuple[int, int]] = []
    offset, start = 0, -1
    for character in marked:
        if character == MATCH_START:
            start = offset
        elif character == MATCH_END:
            if 0 <= start < offset:
                spans.append((start, offset))
            start = -1
        else:
            offset += 1
    return spans


def _snippet(text: str | None, marked: bool) -> str:
    """One line: whitespace runs collapsed. Unmarked text (no words searched) is cut at a word."""
    line = " ".join((text or "").split())
    if marked or len(line) <= _PLAIN_SNIPPET_CHARS:
        return line
    cut = line[:_PLAIN_SNIPPET_CHARS].rsplit(" ", 1)[0] or line[:_PLAIN_SNIPPET_CHARS]
    return cut + ELLIPSIS


def _group(hits: list[Hit]) -> list[ArticleHits]:
    groups: dict[int, ArticleHits] = {}
    for hit in hits:
        group = groups.get(hit.article_id)
        if group is None:
            group = groups[hit.article_id] = ArticleHits(hit.article_id, hit.article_title)
        group.hits.append(hit)
    return list(groups.values())


def snippet_segments(snippet: str) -> list[tuple[str, bool]]:
    """A snippet as (text, matched) pieces, markers removed; empty pieces left out."""
    segments: list[tuple[str, bool]] = []
    for index, part in enumerate(snippet.split(MATCH_START)):
        if index == 0:
            if part:
                segments.append((part.replace(MATCH_END, ""), False))
            continue
        matched, _, rest = part.partition(MATCH_END)
        if matched:
            segments.append((matched, True))
        if rest:
            segments.append((rest, False))
    return segments


def render_snippet(snippet: str, start: str = "[", end: str = "]") -> str:
    """A snippet as plain text with matches between `start` and `end`."""
    return "".join(f"{start}{text}{end}" if matched else text for text, matched in snippet_segments(snippet))


# --- saved searches ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SavedSearchInfo:
    id: int
    name: str
    query: str
    created_at: datetime | None


MAX_NAME_CHARS = 200


def _valid_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise SearchError(QT_TRANSLATE_NOOP("SavedSearches", "A saved search needs a name."))
    if len(name) > MAX_NAME_CHARS:
        raise SearchError(QT_TRANSLATE_NOOP(
            "SavedSearches", "A saved search name can have at most {limit} characters.").format(limit=MAX_NAME_CHARS))
    return name


def _already_named(name: str) -> str:
    return QT_TRANSLATE_NOOP("SavedSearches", "There is already a saved search named {name}.").format(name=repr(name))


def list_saved_searches(db: SqliteDatabase) -> list[SavedSearchInfo]:
    rows = execute(db, "SELECT id, name, query, created_at FROM saved_search ORDER BY name COLLATE NOCASE, id")
    return [SavedSearchInfo(row[0], row[1], row[2], stored_time(row[3])) for row in rows]


def saved_search_counts(
    db: SqliteDatabase, saved: Sequence[SavedSearchInfo], coder: int | None = None
) -> dict[int, int]:
    """Saved-search id -> number of hits now (`count`, `coder` as for search): the sidebar's live counts."""
    return {s.id: count(db, s.query, coder) for s in saved}


def create_saved_search(db: SqliteDatabase, name: str, query: str, now: datetime | None = None) -> SavedSearchInfo:
    name = _valid_name(name)
    created = (now or datetime.now()).replace(microsecond=0)
    try:
        with db.atomic():
            cursor = execute(
                db, "INSERT INTO saved_search (name, query, created_at) VALUES (?, ?, ?) RETURNING id",
                (name, query, created.strftime("%Y-%m-%d %H:%M:%S")),
            )
            saved_id = int(cursor.fetchone()[0])
    except peewee.IntegrityError as error:
        raise SearchError(_already_named(name)) from error
    return SavedSearchInfo(saved_id, name, query, created)


def rename_saved_search(db: SqliteDatabase, saved_id: int, name: str) -> None:
    name = _valid_name(name)
    try:
        with db.atomic():
            cursor = execute(db, "UPDATE saved_search SET name = ? WHERE id = ?", (name, saved_id))
    except peewee.IntegrityError as error:
        raise SearchError(_already_named(name)) from error
    if cursor.rowcount == 0:
        raise SearchError(QT_TRANSLATE_NOOP("SavedSearches", "That saved search no longer exists."))


def delete_saved_search(db: SqliteDatabase, saved_id: int) -> None:
    with db.atomic():
        execute(db, "DELETE FROM saved_search WHERE id = ?", (saved_id,))
