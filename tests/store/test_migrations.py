"""Schema upgrades: a library made by schema v1 (tests/data/library-v1.glossa) opens, is backed up,
upgraded and keeps everything; a fresh library is made at the latest version; a newer one is refused."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from desktop.store import annotations as ann
from desktop.store import migrations
from desktop.store.annotations import Target
from desktop.store.db import Library, LibraryError
from desktop.store.models import MODELS

FIXTURE = Path(__file__).resolve().parent.parent / "data" / "library-v1.glossa"
CORE = {
    "article": "SELECT id, title, subtitle, paragraphs, raw_text, kind, fingerprint, source_file, source_position,"
    " source_url, source_id, photo_credit, warnings, published_at, imported_at, updated_at, is_read, is_starred"
    " FROM article ORDER BY id",
    "comment": "SELECT * FROM comment ORDER BY id",
    "author": "SELECT * FROM author ORDER BY id",
    "author_alias": "SELECT * FROM author_alias ORDER BY id",
}


def read(path: Path, sql: str) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def core_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    return {table: read(path, sql) for table, sql in CORE.items()}


def schema(path: Path) -> dict[str, Any]:
    """Tables with their columns, foreign keys and indexes, as SQLite reports them."""
    result: dict[str, Any] = {}
    tables = [r[0] for r in read(path, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    for table in tables:
        indexes = {}
        for index in read(path, f'PRAGMA index_list("{table}")'):
            name, unique = index[1], index[2]
            found = read(path, f"SELECT sql FROM sqlite_master WHERE name = '{name}'")
            sql = found[0][0] if found else None
            columns = read(path, f'PRAGMA index_xinfo("{name}")')
            indexes[name] = (unique, columns, " ".join((sql or "").replace("IF NOT EXISTS ", "").split()))
        result[table] = {
            "columns": read(path, f'PRAGMA table_xinfo("{table}")'),
            "foreign_keys": sorted(r[2:] for r in read(path, f'PRAGMA foreign_key_list("{table}")')),
            "indexes": indexes,
        }
    return result


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    target = tmp_path / "old.glossa"
    shutil.copyfile(FIXTURE, target)
    return target


def test_the_fixture_is_a_v1_library() -> None:
    assert read(FIXTURE, "PRAGMA user_version") == [(1,)]
    assert "tag" not in {r[0] for r in read(FIXTURE, "SELECT name FROM sqlite_master")}


def test_v1_library_is_backed_up_upgraded_and_keeps_everything(v1_copy: Path) -> None:
    fixture_hash = hashlib.sha256(FIXTURE.read_bytes()).hexdigest()
    original = core_rows(v1_copy)
    assert original["article"] and original["comment"] and original["author_alias"]
    flags = read(v1_copy, "SELECT id, is_read, is_starred FROM article ORDER BY id")
    assert any(r[1] for r in flags) and any(r[2] for r in flags)  # the fixture exercises both flags

    library = Library.open(v1_copy)
    try:
        assert library.db.pragma("user_version") == migrations.SCHEMA_VERSION
        assert core_rows(v1_copy) == original
        assert read(v1_copy, "SELECT id, is_read, is_starred FROM article ORDER BY id") == flags
        # the new tables work on the old data
        article = original["article"][0][0]
        comment = original["comment"][0][0]
        tag, _ = ann.create_tag(library.db, "migrated/works", "#123456")
        ann.tag_articles(library.db, tag, [article])
        ann.tag_subthread(library.db, tag, comment)
        ann.set_note(library.db, Target("article", article), "a note on an old article")
        assert ann.articles_with_tags(library.db, [tag]) == [article]
        assert not library.db.execute_sql("PRAGMA foreign_key_check").fetchall()
        assert library.db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        library.close()

    backup = v1_copy.with_name(f"old.before-v{migrations.SCHEMA_VERSION}.glossa.bak")
    assert backup.exists()
    assert read(backup, "PRAGMA user_version") == [(1,)]
    assert core_rows(backup) == original
    assert hashlib.sha256(FIXTURE.read_bytes()).hexdigest() == fixture_hash  # the fixture is never touched

    backup.unlink()
    reopened = Library.open(v1_copy)  # already current: no second upgrade, no backup
    reopened.close()
    assert not backup.exists()
    assert read(v1_copy, "SELECT body FROM note") == [("a note on an old article",)]


def test_upgraded_schema_equals_a_new_library(v1_copy: Path, tmp_path: Path) -> None:
    """The frozen DDL of each step must build what the models build: a difference would make
    upgraded libraries behave differently from new ones."""
    Library.open(v1_copy).close()
    fresh = tmp_path / "fresh.glossa"
    Library.open(fresh).close()
    assert schema(v1_copy) == schema(fresh)


def test_new_library_is_created_at_the_latest_version(tmp_path: Path) -> None:
    path = tmp_path / "new.glossa"
    library = Library.open(path)
    try:
        assert library.db.pragma("user_version") == migrations.SCHEMA_VERSION
        tables = set(library.db.get_tables())
        assert {m._meta.table_name for m in MODELS} <= tables
    finally:
        library.close()
    assert not list(tmp_path.glob("*.bak"))


def test_every_version_has_a_step() -> None:
    assert sorted(migrations.STEPS) == list(range(2, migrations.SCHEMA_VERSION + 1))


def test_newer_library_is_refused_untouched(v1_copy: Path) -> None:
    connection = sqlite3.connect(v1_copy)
    connection.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 5}")
    connection.commit()
    connection.close()
    original = core_rows(v1_copy)
    with pytest.raises(LibraryError, match="newer Glossa"):
        Library.open(v1_copy)
    assert read(v1_copy, "PRAGMA user_version") == [(migrations.SCHEMA_VERSION + 5,)]
    assert core_rows(v1_copy) == original
    assert "tag" not in {r[0] for r in read(v1_copy, "SELECT name FROM sqlite_master")}
    assert not list(v1_copy.parent.glob("*.bak"))


def test_newer_library_is_refused_byte_for_byte(v1_copy: Path) -> None:
    connection = sqlite3.connect(v1_copy)
    connection.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 5}")
    connection.commit()
    connection.close()
    before = v1_copy.read_bytes()
    with pytest.raises(LibraryError):
        Library.open(v1_copy)
    assert v1_copy.read_bytes() == before


def test_failed_upgrade_leaves_the_old_library_usable(v1_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = core_rows(v1_copy)

    real_step = migrations.STEPS[2]

    def broken(db: Any) -> None:
        real_step(db)  # the tables are made, then the disk fails
        raise sqlite3.OperationalError("disk I/O error (injected)")

    monkeypatch.setitem(migrations.STEPS, 2, broken)
    with pytest.raises(LibraryError, match="injected"):
        Library.open(v1_copy)
    assert read(v1_copy, "PRAGMA user_version") == [(1,)]
    assert "tag" not in {r[0] for r in read(v1_copy, "SELECT name FROM sqlite_master")}
    assert core_rows(v1_copy) == original
    monkeypatch.undo()
    library = Library.open(v1_copy)  # the next attempt succeeds
    library.close()
    assert read(v1_copy, "PRAGMA user_version") == [(migrations.SCHEMA_VERSION,)]
