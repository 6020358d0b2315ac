"""The reading path on both engines a library can live on (SQLite, PostgreSQL): the same rows,
the same assertions. And a library on a server: created on an empty database, stamped, found
again, refused when newer, its password never shown."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop.store import migrations, reading, server, summaries
from desktop.store.db import Library, LibraryError
from desktop.store.dialect import execute, of
from desktop.store.list_columns import COLUMN_KEYS
from desktop.store.models import Article, Author, Comment
from tests.postgres import Server


def _time(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2024, 1, day, hour, minute)


def _fill(library: Library) -> dict[str, int]:
    """Four articles, each column sorting them differently, ties included; their ids by name."""
    with library.atomic():
        alice, bob = Author.create(handle="alice"), Author.create(handle="bob")
        ids = {}
        for name, title, imported, url, file, starred in [
            ("A", "apple pie", _time(1, 10), "https://b.example/1", None, True),
            ("B", "Banana bread", _time(3, 10), None, "a.txt", False),
            ("C", "cherry tart", _time(2, 10), None, None, False),
            ("D", "Date loaf", _time(4, 10), "https://C.example/2", None, False),
        ]:
            ids[name] = Article.create(
                title=title, paragraphs='["First.", "Second."]', raw_text=title, fingerprint=name,
                imported_at=imported, updated_at=imported, source_url=url, source_file=file, is_starred=starred,
            ).id

        def comment(article: str, position: int, author: Author, posted: datetime, parent: Comment | None = None,
                    ) -> Comment:
            depth = 0 if parent is None else parent.depth + 1
            path = f"{position}" if parent is None else f"{parent.path}.1"
            return Comment.create(article=ids[article], parent=parent, position=position, depth=depth, path=path,
                                  author=author, display_name=author.handle.title(), posted_at=posted,
                                  body=f"{article}{position}", fingerprint=f"{article}{position}")

        first = comment("A", 0, alice, _time(2, 8))
        second = comment("A", 1, bob, _time(2, 8, 30), first)
        comment("A", 2, alice, _time(2, 10), second)
        comment("B", 0, bob, _time(5, 12))
        comment("D", 0, alice, _time(4, 9))
        comment("D", 1, alice, _time(4, 9, 5))
        summaries.refresh(library.db, ids.values())
    return ids


# Each list column sorted ascending; descending is the exact reverse (ties go by id, both ways).
ASCENDING = {
    "starred": "BCDA",
    "title": "ABCD",  # case-insensitive: "Banana" between "apple" and "cherry"
    "comments": "CBDA",
    "unread": "CBDA",
    "participants": "CBDA",
    "first_comment": "CADB",  # no comments: no time, first
    "last_comment": "CADB",
    "imported": "ACBD",
    "source": "CBAD",  # none first, then a.txt, https://b..., https://C...
    "replies": "BCDA",
    "max_depth": "BCDA",
    "duration": "CBDA",  # none, 0, 5 and 120 minutes
}


def test_every_column_sorts_alike_on_both_engines(engine_library: Library) -> None:
    ids = _fill(engine_library)
    names = {id_: name for name, id_ in ids.items()}
    assert set(ASCENDING) == set(COLUMN_KEYS)
    for key, order in ASCENDING.items():
        for descending in (False, True):
            got = "".join(names[i] for i in reading.article_ids(engine_library.db, "all", key, descending))
            assert got == (order[::-1] if descending else order), (key, descending)


def test_views_filters_rows_and_thread_alike_on_both_engines(engine_library: Library) -> None:
    db = engine_library.db
    ids = _fill(engine_library)
    names = {id_: name for name, id_ in ids.items()}

    def listed(view: str = "all", title_filter: str = "") -> str:
        return "".join(sorted(names[i] for i in reading.article_ids(db, view, "title", False, title_filter)))

    assert listed(title_filter="BREAD") == "B" and listed(title_filter="a") == "ABCD"
    assert listed(title_filter="50%") == "" and listed(title_filter="_") == ""  # LIKE's wildcards are text
    assert listed("starred") == "A" and listed("unread") == "ABCD"

    row = reading.article_rows(db, [ids["A"]])[ids["A"]]
    assert (row.title, row.comments, row.unread, row.participants, row.replies, row.max_depth) == (
        "apple pie", 3, 3, 2, 2, 2)
    assert (row.first_comment, row.last_comment, row.imported) == (_time(2, 8), _time(2, 10), _time(1, 10))
    assert (row.source, row.is_starred, row.is_read, row.duration_minutes) == ("https://b.example/1", True, False, 120)
    empty = reading.article_rows(db, [ids["C"]])[ids["C"]]
    assert (empty.source, empty.first_comment, empty.duration_minutes, empty.is_starred) == ("", None, None, False)

    detail = reading.article_detail(db, ids["A"])
    assert detail is not None and reading.article_detail(db, 10_000) is None
    assert (detail.title, detail.paragraphs, detail.imported_at, detail.is_starred) == (
        "apple pie", ["First.", "Second."], _time(1, 10), True)

    comments = reading.thread(db, ids["A"])
    assert [(c.handle, c.depth, c.path, c.body, c.posted_at, c.is_read) for c in comments] == [
        ("alice", 0, "0", "A0", _time(2, 8), False),
        ("bob", 1, "0.1", "A1", _time(2, 8, 30), False),
        ("alice", 2, "0.1.1", "A2", _time(2, 10), False),
    ]
    assert [c.parent_id for c in comments] == [None, comments[0].id, comments[1].id]

    reading.set_comments_read(db, [comments[1].id], True)
    assert reading.article_rows(db, [ids["A"]])[ids["A"]].unread == 2
    assert reading.read_comment_ids(db, ids["A"]) == {comments[1].id}
    reading.set_articles_read(db, [ids["B"]], True)
    reading.set_article_opened(db, ids["C"])
    reading.set_starred(db, [ids["A"], ids["D"]], False)
    reading.set_starred(db, [ids["C"]], True)
    assert listed("unread") == "AD" and listed("starred") == "C"
    assert reading.view_counts(db) == {"all": 4, "starred": 1, "unread": 2}
    reading.set_articles_read(db, [ids["A"]], False)
    assert reading.article_rows(db, [ids["A"]])[ids["A"]].unread == 3
    assert summaries.stale(db) == []
    execute(db, "UPDATE article SET comment_count = 7 WHERE id = ?", [ids["D"]])
    assert summaries.stale(db) == [ids["D"]]
    summaries.refresh(db, [ids["D"]])


def test_id_lists_and_quoted_marks_alike_on_both_engines(engine_library: Library) -> None:
    db, dialect = engine_library.db, of(engine_library.db)
    ids = _fill(engine_library)
    # A `?` or `%` inside quotes is text, not a placeholder, on either engine.
    sql = f"SELECT title FROM article WHERE id {dialect.in_ids} AND title NOT LIKE '%?' AND ? <> '?' ORDER BY id"
    rows = execute(db, sql, [dialect.ids([ids["D"], ids["B"], ids["D"]]), "%"]).fetchall()
    assert [row[0] for row in rows] == ["Banana bread", "Date loaf"]


def test_upserts_alike_on_both_engines(engine_library: Library) -> None:
    db, dialect = engine_library.db, of(engine_library.db)
    setting = dialect.insert("analysis_setting", ["key", "value"], replace_on=["key"])
    for value in ("0.8", "0.9"):
        execute(db, setting, ["threshold", value])
    assert execute(db, "SELECT key, value FROM analysis_setting").fetchall() == [("threshold", "0.9")]
    author = dialect.insert("author", ["handle"], ignore=True)
    for handle in ("ann", "ann", "bob"):
        execute(db, author, [handle])
    execute(db, dialect.insert("author", ["handle"], ignore=True, rows="SELECT handle || '2' FROM author"))
    assert [row[0] for row in execute(db, "SELECT handle FROM author ORDER BY id")] == ["ann", "bob", "ann2", "bob2"]


def test_a_server_library_is_created_on_an_empty_database_and_found_again(postgres_url: str) -> None:
    library = Library.open(postgres_url)
    try:
        assert library.url == postgres_url and reading.article_ids(library.db) == []
        assert reading.view_counts(library.db) == {"all": 0, "starred": 0, "unread": 0}
        assert server.schema_version(library.db) == migrations.SCHEMA_VERSION
        Author.create(handle="kept")
    finally:
        library.close()
    again = Library.open(postgres_url)  # stamped: opened as it is, not created again
    try:
        assert server.schema_version(again.db) == migrations.SCHEMA_VERSION
        assert [a.handle for a in Author.select()] == ["kept"]
        assert execute(again.db, f'SELECT count(*) FROM "{server.VERSION_TABLE}"').fetchone()[0] == 1
    finally:
        again.close()


def test_a_newer_server_library_is_refused_with_the_message_a_newer_file_gets(postgres_url: str) -> None:
    Library.open(postgres_url).close()
    newer = migrations.SCHEMA_VERSION + 1
    db = server.ServerDatabase(postgres_url)
    db.execute_sql(f'UPDATE "{server.VERSION_TABLE}" SET version = %s', (newer,))
    db.close()
    with pytest.raises(LibraryError) as refused:
        Library.open(postgres_url)
    assert str(refused.value) == (
        f"{postgres_url} was written by a newer Glossa (schema version {newer}; this Glossa knows up to "
        f"{migrations.SCHEMA_VERSION}). Open it with a newer Glossa; it has not been changed.")


def test_a_database_of_another_program_is_refused_untouched(postgres_server: Server, postgres_url: str) -> None:
    db = server.ServerDatabase(postgres_url)
    db.execute_sql("CREATE TABLE invoices (id integer)")
    db.close()
    with pytest.raises(LibraryError, match="not a usable Glossa library: the database holds another program's"):
        Library.open(postgres_url)
    db = server.ServerDatabase(postgres_url)
    assert db.get_tables() == ["invoices"]
    db.close()


def test_a_password_is_never_shown() -> None:
    url = "postgresql://ann:s3cret@127.0.0.1:1/team?sslmode=disable&password=s3cret"
    assert server.redacted(url) == "postgresql://ann:***@127.0.0.1:1/team?sslmode=disable&password=***"
    with pytest.raises(LibraryError) as refused:  # nothing listens on port 1
        Library.open(url)
    assert "s3cret" not in str(refused.value) and "postgresql://ann:***@127.0.0.1:1/team" in str(refused.value)


def test_the_schema_is_the_models_in_postgresql_spelling(postgres_server: Server, postgres_url: str) -> None:
    statements = "\n".join(server.schema_statements(server.ServerDatabase(postgres_url)))
    for sqlite_only in ("GLOB", "instr(", "VARCHAR(", "BOOLEAN"):
        assert sqlite_only not in statements
    # The nocase collation server.py makes; NULLs first in a sort index, as the list sorts them,
    # then the id, the list's second key.
    assert 'ON "article" ("title" COLLATE NOCASE NULLS FIRST, "id" NULLS FIRST)' in statements
