"""A server library made by an older Glossa is upgraded when opened, in one transaction: the
tables and indexes added since, deferrable references, the owner coder, the search index; its
annotations kept. The first server libraries were version 7: one is made by taking a current
one back to what version 7 had."""

from __future__ import annotations

import re

import pytest

from desktop.store import annotations as ann
from desktop.store import coders, migrations, search, server
from desktop.store.db import Library, LibraryError
from desktop.store.dialect import execute
from desktop.store.search_dialect import SCHEMA as SEARCH_SCHEMA
from tests.postgres import Server
from tests.store.test_annotations import make_article

_ADDED_SINCE_V7 = [re.search(r'CREATE TABLE "(\w+)"', sql)[1] for sql in migrations._V8_CAMPAIGNS  # type: ignore[index]
                   if sql.startswith("CREATE TABLE")]
_SEARCH_TABLES = [re.search(r'CREATE TABLE IF NOT EXISTS "(\w+)"', sql)[1] for sql in SEARCH_SCHEMA  # type: ignore[index]
                  if "CREATE TABLE" in sql]


def _as_version_7(url: str) -> None:
    """What a version 7 server library had: no campaign counts, no search index, references
    that cannot wait, the version stamped 7; one tag on a comment."""
    library = Library.open(url)
    try:
        db = library.db
        _article, comments = make_article(db, comments=[(None, "anna", "расчётов нет")])
        tag, _ = ann.create_tag(db, "claims")
        ann.tag_comments(db, tag, comments)
        ann.set_note(db, ("comment", comments[0]), "first text")
        ann.set_note(db, ("comment", comments[0]), "second text")
        with db.atomic():
            for table in [*_ADDED_SINCE_V7, *_SEARCH_TABLES]:
                execute(db, f'DROP TABLE "{table}"')
            execute(db, 'ALTER TABLE "note" DROP COLUMN "saved_by_id"')  # version 10's columns
            execute(db, 'ALTER TABLE "note_revision" DROP COLUMN "coder_id"')
            for table, name in execute(db, "SELECT conrelid::regclass::text, conname FROM pg_constraint"
                                           " WHERE contype = 'f' AND condeferrable").fetchall():
                execute(db, f'ALTER TABLE {table} ALTER CONSTRAINT "{name}" NOT DEFERRABLE')
            execute(db, f'UPDATE "{server.VERSION_TABLE}" SET version = 7')
    finally:
        library.close()


def test_a_version_7_server_library_is_upgraded_with_its_annotations(postgres_url: str) -> None:
    _as_version_7(postgres_url)
    library = Library.open(postgres_url)
    try:
        db = library.db
        assert server.schema_version(db) == migrations.SCHEMA_VERSION
        assert set(_ADDED_SINCE_V7 + _SEARCH_TABLES) <= set(db.get_tables())
        assert not execute(db, "SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND NOT condeferrable"
                           ).fetchone()[0]
        assert [hit.comment_id for hit in search.search(db, "расчетов").hits] == [1]  # ё found as е: indexed
        assert [hit.comment_id for hit in search.search(db, "tag:claims").hits] == [1]
        assert ann.comment_tag_ids(db, 1) == {1: [1]}
        note = ann.get_note(db, ("comment", 1))
        assert note is not None and [r.coder for r in ann.note_history(db, note.id)] == [coders.coder_name(db, 1)]
    finally:
        library.close()


def test_only_the_owner_may_upgrade_and_a_coder_is_told_so(postgres_server: Server, postgres_url: str) -> None:
    _as_version_7(postgres_url)
    database = postgres_url.rsplit("/", 1)[1]
    role = f"coder{database.rsplit('_', 1)[1]}"
    postgres_server.admin(f'CREATE ROLE "{role}" LOGIN')
    postgres_server.run_sql(database, f'GRANT USAGE ON SCHEMA public TO "{role}"; GRANT SELECT, INSERT, UPDATE,'
                                      f' DELETE ON ALL TABLES IN SCHEMA public TO "{role}"')
    with pytest.raises(LibraryError, match="its owner must open it once with this Glossa"):
        Library.open(postgres_url.replace("postgres@", f"{role}@"))
    library = Library.open(postgres_url)  # the owner's open upgrades it; nothing was half done before
    try:
        assert server.schema_version(library.db) == migrations.SCHEMA_VERSION
    finally:
        library.close()
