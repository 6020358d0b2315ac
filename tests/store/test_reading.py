"""The article list's queries: every view, filter and sort gives what a plain reading of the rows
gives, and reads indexes, never every article row with its text."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from desktop.ingest.importer import import_paths
from desktop.store import reading
from desktop.store.db import Library
from tests.conftest import SEEDS


@pytest.fixture
def many(library: Library, tmp_path: Path) -> Library:
    """Thirty articles with varied titles and states (read, with unread comments, starred)."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for number in range(30):
        title = f"{'Russia' if number % 3 == 0 else 'Europe'} news {number:02d}_%"
        comments = "".join(
            f"  {c + 1}. user{c} Offline user{c}\n    user{c} (User) {1 + number % 28} March 2023 1{c}:00\n    Text.\n"
            for c in range(number % 4)
        )
        (folder / f"{number:02d}.txt").write_text(f"{title}\n\nParagraph {number}.\n{comments}", encoding="utf-8")
    import_paths(library, [folder, SEEDS])
    db = library.db
    ids = [row[0] for row in db.execute_sql("SELECT id FROM article ORDER BY id")]
    reading.set_articles_read(db, ids[::4], True)
    db.execute_sql(f"UPDATE article SET is_read = 1 WHERE id IN ({','.join(map(str, ids[1::5]))})")  # opened only
    db.execute_sql(f"UPDATE article SET is_starred = 1 WHERE id IN ({','.join(map(str, ids[::7]))})")
    return library


def expected(db, view: str, sort: str, descending: bool, title_filter: str) -> list[int]:
    rows = db.execute_sql(
        "SELECT id, title, is_read, unread_count, is_starred,"
        f" {reading.SORT_KEYS[sort].replace('a.', '')} FROM article"
    ).fetchall()
    keep = [
        r for r in rows
        if (view != "unread" or r[2] == 0 or r[3] > 0)
        and (view != "starred" or r[4] == 1)
        and title_filter.casefold() in r[1].casefold()
    ]

    def key(row: tuple) -> tuple:  # type: ignore[type-arg]
        value = row[5]
        return (value is not None, value.casefold() if isinstance(value, str) else value, row[0])

    return [r[0] for r in sorted(keep, key=key, reverse=descending)]


@pytest.mark.parametrize("view", reading.VIEWS)
@pytest.mark.parametrize("title_filter", ["", "russia", "_%", "nothing like it"])
def test_views_filters_and_sorts_match_the_rows(many: Library, view: str, title_filter: str) -> None:
    for sort, descending in itertools.product(reading.SORT_KEYS, (False, True)):
        got = reading.article_ids(many.db, view, sort, descending, title_filter)
        assert got == expected(many.db, view, sort, descending, title_filter), (sort, descending)
    counts = reading.view_counts(many.db)
    assert counts[view] == len(reading.article_ids(many.db, view))


def _plan(db, sql: str, params: list[object]) -> list[str]:
    return [row[3] for row in db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params)]


def test_the_unread_view_and_the_title_filter_read_indexes_only(many: Library, monkeypatch) -> None:
    queries: list[tuple[str, list[object]]] = []
    real = many.db.execute_sql

    def recorded(sql: str, params=None, *args, **kwargs):  # type: ignore[no-untyped-def]
        queries.append((sql, list(params or [])))
        return real(sql, params, *args, **kwargs)

    monkeypatch.setattr(many.db, "execute_sql", recorded)
    for sort in reading.SORT_KEYS:
        reading.article_ids(many.db, "unread", sort, True, "russia")
    reading.view_counts(many.db)
    monkeypatch.undo()
    for sql, params in queries:
        plan = _plan(many.db, sql, params)
        # SCAN with no index would read every article row, its raw text included.
        assert all(step.startswith(("SCAN a USING", "SCAN article USING", "SEARCH", "LIST", "SCALAR", "USE TEMP"))
                   for step in plan), (sql, plan)
        if "unread_count > 0" in sql:
            assert any("article_unread" in step for step in plan), (sql, plan)


def test_a_thread_reads_bytes_that_are_not_utf8_leniently(library: Library) -> None:
    """The thread is read with sqlite3's own decoding; a body that is not UTF-8 reads as U+FFFD
    as everywhere else, and the connection reads leniently again afterwards."""
    import_paths(library, [SEEDS])
    db = library.db
    article_id, comment_id = db.execute_sql("SELECT article_id, MIN(id) FROM comment").fetchone()
    before = [c.body for c in reading.thread(db, article_id)]
    db.execute_sql("UPDATE comment SET body = CAST(X'E2809F80FE' AS TEXT) WHERE id = ?", (comment_id,))
    bodies = {c.id: c.body for c in reading.thread(db, article_id)}
    assert bodies[comment_id] == "\u201f\ufffd\ufffd"
    assert sorted(bodies.values()) == sorted(["\u201f\ufffd\ufffd", *before[1:]])
    assert db.execute_sql("SELECT body FROM comment WHERE id = ?", (comment_id,)).fetchone()[0] == "\u201f\ufffd\ufffd"
