"""Upgrades from every released schema version, with clean and with dirty data, and with a
failure injected half-way: the upgrade succeeds, or fails leaving the old file and its
pre-upgrade backup usable.

Version 1 is tests/data/library-v1.glossa, made by the v1 code. Version 2 is built from it by the
frozen version-2 step (migrations.STEPS[2] is the DDL exactly as version 2 shipped it) plus
annotation rows written as version 2 stored them, so no binary fixture can drift from the code;
versions 3 to 6 from the one before the same way."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from peewee import SqliteDatabase

from desktop.store import annotations, coders, migrations, reading, summaries
from desktop.store.backup import verify_backup
from desktop.store.check import check_file
from desktop.store.db import Library, LibraryError
from tests.exported import exported_articles
from tests.reliability.helpers import V1_FIXTURE

NOW = "2024-03-01 10:00:00"


def raw(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(str(path), isolation_level=None)
    connection.execute("PRAGMA foreign_keys = OFF")  # dirty data goes in as it is
    return connection


def rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


CORE = (
    "SELECT id, title, paragraphs, is_read, is_starred FROM article ORDER BY id",
    "SELECT id, article_id, parent_id, position, depth, path, author_id, body FROM comment ORDER BY id",
    "SELECT id, handle FROM author ORDER BY id",
)
ANNOTATIONS = (
    "SELECT id, parent_id, name, color FROM tag ORDER BY id",
    "SELECT tag_id, article_id FROM article_tag ORDER BY id",
    "SELECT tag_id, comment_id FROM comment_tag ORDER BY id",
    "SELECT id, target_kind, article_id, comment_id, tag_id, body FROM note ORDER BY id",
    "SELECT note_id, body FROM note_revision ORDER BY id",
    "SELECT id, target_kind, article_id, comment_id, start_offset, end_offset, text FROM highlight ORDER BY id",
)


def make_v1(path: Path) -> Path:
    shutil.copyfile(V1_FIXTURE, path)
    return path


def make_v2(path: Path) -> Path:
    """The v1 fixture upgraded by the frozen version-2 step, with version-2 annotation rows."""
    make_v1(path)
    connection = raw(path)
    try:
        connection.execute("BEGIN")
        for statement in migrations._V2_ANNOTATIONS:
            connection.execute(statement)
        connection.execute("PRAGMA user_version = 2")
        article, comment = connection.execute("SELECT article_id, id FROM comment ORDER BY id LIMIT 1").fetchone()
        connection.execute("INSERT INTO tag (id, parent_id, name, color, created_at) VALUES (1, NULL, 'frames', "
                           "'#aa0000', ?), (2, 1, 'war', '#00aa00', ?)", (NOW, NOW))
        connection.execute("INSERT INTO article_tag (tag_id, article_id, created_at) VALUES (2, ?, ?)", (article, NOW))
        connection.execute("INSERT INTO comment_tag (tag_id, comment_id, created_at) VALUES (1, ?, ?)", (comment, NOW))
        connection.execute(
            "INSERT INTO note (id, target_kind, article_id, target_label, body, created_at, updated_at)"
            " VALUES (1, 'article', ?, 'an article', 'the second text', ?, ?)", (article, NOW, NOW))
        connection.execute("INSERT INTO note_revision (note_id, body, saved_at, replaced_at)"
                           " VALUES (1, 'the first text', ?, ?)", (NOW, NOW))
        connection.execute(
            "INSERT INTO note (id, target_kind, tag_id, target_label, body, created_at, updated_at)"
            " VALUES (2, 'tag', 1, 'frames', 'what the code means', ?, ?)", (NOW, NOW))
        connection.execute(
            "INSERT INTO highlight (target_kind, comment_id, article_id, start_offset, end_offset, text, tag_id,"
            " created_at) VALUES ('comment', ?, ?, 0, 4, (SELECT substr(body, 1, 4) FROM comment WHERE id = ?), 1, ?)",
            (comment, article, comment, NOW))
        connection.execute("COMMIT")
    finally:
        connection.close()
    return path


def make_v3(path: Path) -> Path:
    """The v2 fixture upgraded by the version-3 step (the search index and saved searches), with
    a saved search."""
    make_v2(path)
    db = SqliteDatabase(str(path), pragmas={"foreign_keys": 0})
    try:
        with db.atomic():
            migrations.STEPS[3](db)
            db.execute_sql("INSERT INTO saved_search (name, query, created_at) VALUES ('war', 'war', ?)", (NOW,))
            db.pragma("user_version", 3)
    finally:
        db.close()
    return path


def _step_up(path: Path, version: int, then: str = "") -> Path:
    """The fixture of the version before, upgraded by `version`'s step (and `then`, SQL of that
    version's time), stamped `version`."""
    db = SqliteDatabase(str(path), pragmas={"foreign_keys": 0})
    try:
        with db.atomic():
            migrations.STEPS[version](db)
            if then:
                db.execute_sql(then, (NOW,))
            db.pragma("user_version", version)
    finally:
        db.close()
    return path


def make_v4(path: Path) -> Path:
    """The v3 fixture upgraded by the version-4 step (thread figures and sort indexes)."""
    return _step_up(make_v3(path), 4)


def make_v5(path: Path) -> Path:
    """The v4 fixture upgraded by the version-5 step (the unread and author-time indexes)."""
    return _step_up(make_v4(path), 5)


def make_v6(path: Path) -> Path:
    """The v5 fixture upgraded by the version-6 step (campaign tables, the note table rebuilt),
    with a second coding of its comment as version 6 stored it."""
    return _step_up(make_v5(path), 6, "INSERT INTO comment_tag (tag_id, comment_id, created_at)"
                                      " SELECT 2, comment_id, ? FROM comment_tag WHERE tag_id = 1")


def make_v7(path: Path) -> Path:
    """The v6 fixture upgraded by the version-7 step (coders)."""
    return _step_up(make_v6(path), 7)


def make_v8(path: Path) -> Path:
    """The v7 fixture upgraded by the version-8 step (the campaign finder's counts)."""
    return _step_up(make_v7(path), 8)


def make_v9(path: Path) -> Path:
    """The v8 fixture upgraded by the version-9 step (the search index with ё as е), with a
    second coder's note that has an earlier text, as version 9 stored them (no saver)."""
    return _step_up(make_v8(path), 9, "INSERT INTO coder (name, created_at) VALUES ('second', ?)")


MAKERS = {1: make_v1, 2: make_v2, 3: make_v3, 4: make_v4, 5: make_v5, 6: make_v6, 7: make_v7, 8: make_v8,
          9: make_v9}  # fmt: skip


def test_every_released_version_has_a_fixture() -> None:
    assert sorted(MAKERS) == list(range(1, migrations.SCHEMA_VERSION))


def add_dirt(path: Path) -> dict[str, list[int]]:
    """Odd rows a real library can hold (old bugs, hand edits, a crashed tool): a comment whose
    parent is gone, two comments each other's parent, comments of a deleted article, a 3,000-deep
    reply chain, an empty title, control characters."""
    connection = raw(path)
    try:
        connection.execute("BEGIN")
        article, author = connection.execute("SELECT article_id, author_id FROM comment LIMIT 1").fetchone()
        next_id = connection.execute("SELECT MAX(id) + 1 FROM comment").fetchone()[0]

        def add(comment_id: int, parent: int | None, on_article: int = article, body: str = "dirty") -> int:
            connection.execute(
                "INSERT INTO comment (id, article_id, parent_id, position, depth, path, author_id, status, body,"
                " fingerprint, truncated, is_read) VALUES (?, ?, ?, ?, 1, ?, ?, 'Offline', ?, ?, 0, 0)",
                (comment_id, on_article, parent, 10_000 + comment_id, str(comment_id), author, body, f"d{comment_id}"),
            )
            return comment_id

        orphan = add(next_id, 999_999)
        cycle = [add(next_id + 1, next_id + 2), add(next_id + 2, next_id + 1)]
        lost = [add(next_id + 3, None, on_article=888_888), add(next_id + 4, next_id + 3, on_article=888_888)]
        chain_start = next_id + 5
        for offset in range(3000):
            add(chain_start + offset, chain_start + offset - 1 if offset else None, body=f"level {offset}")
        add(chain_start + 3000, None, body="nul\x00 and\x07 bell and \x1b escape")
        connection.execute("UPDATE article SET title = '' WHERE id = (SELECT MAX(id) FROM article)")
        connection.execute("COMMIT")
    finally:
        connection.close()
    return {"orphan": [orphan], "cycle": cycle, "lost": lost}


def snapshot(path: Path, version: int) -> list[list[tuple[Any, ...]]]:
    return [rows(path, sql) for sql in CORE + (ANNOTATIONS if version >= 2 else ())]


@pytest.mark.parametrize("dirty", [False, True], ids=["clean", "dirty"])
@pytest.mark.parametrize("version", sorted(MAKERS))
def test_upgrade_keeps_everything(tmp_path: Path, version: int, dirty: bool) -> None:
    path = MAKERS[version](tmp_path / "old.glossa")
    dirt = add_dirt(path) if dirty else {}
    before = snapshot(path, version)
    library = Library.open(path)
    try:
        assert library.db.pragma("user_version") == migrations.SCHEMA_VERSION
        assert summaries.stale(library.db) == []  # the list's figures agree with the comments
        # Everything the UI and the export walk works on the upgraded data, dirt included.
        for article_id in [row[0] for row in library.db.execute_sql("SELECT id FROM article")]:
            reading.thread(library.db, article_id)
        for comment_id in [row[0] for row in library.db.execute_sql("SELECT id FROM comment")][:50]:
            annotations.subthread_ids(library.db, comment_id)
        exported = exported_articles(library)
        assert len(exported) == len(before[0])
    finally:
        library.close()
    assert snapshot(path, version) == before  # every row of every table the old version had
    backup = path.with_name(f"old.before-v{migrations.SCHEMA_VERSION}.glossa.bak")
    assert verify_backup(backup).schema_version == version
    assert snapshot(backup, version) == before
    report = check_file(path)
    if dirty:
        assert report.orphan_comments == dirt["orphan"]
        assert sorted(report.comments_without_article) == dirt["lost"]
        assert [sorted(cycle) for cycle in report.cycles] == [dirt["cycle"]]
        assert not report.ok
    else:
        assert report.ok, report.lines()
    library = Library.open(path)  # and the upgraded library takes new work
    try:
        annotations.set_note(library.db, ("article", before[0][0][0]), "written after the upgrade")
    finally:
        library.close()


@pytest.mark.parametrize("version", sorted(MAKERS))
def test_failed_upgrade_leaves_the_old_file_and_its_backup_usable(
    tmp_path: Path, version: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = MAKERS[version](tmp_path / "old.glossa")
    add_dirt(path)
    before = snapshot(path, version)
    last = migrations.STEPS[migrations.SCHEMA_VERSION]

    def fails_half_way(db: Any) -> None:
        last(db)  # the step's tables and index are made, then the disk fails
        raise sqlite3.OperationalError("disk I/O error (injected)")

    monkeypatch.setitem(migrations.STEPS, migrations.SCHEMA_VERSION, fails_half_way)
    with pytest.raises(LibraryError, match="injected"):
        Library.open(path)
    assert rows(path, "PRAGMA user_version") == [(version,)]
    assert snapshot(path, version) == before
    assert check_file(path).schema_version == version
    assert rows(path, "PRAGMA integrity_check") == [("ok",)]
    backup = path.with_name(f"old.before-v{migrations.SCHEMA_VERSION}.glossa.bak")
    assert verify_backup(backup).schema_version == version
    assert snapshot(backup, version) == before
    monkeypatch.undo()
    Library.open(path).close()  # with the disk fixed, the upgrade goes through
    assert rows(path, "PRAGMA user_version") == [(migrations.SCHEMA_VERSION,)]


@pytest.mark.parametrize("version", sorted(MAKERS))
def test_paragraphs_that_are_not_json(tmp_path: Path, version: int) -> None:
    """An article whose paragraphs column is not the JSON list the store writes (a hand edit, an
    old tool). The search index reads paragraphs through json_each, which refuses it: the
    upgrade keeps the text as a one-paragraph list, and everything else as it was."""
    path = MAKERS[version](tmp_path / "old.glossa")
    connection = raw(path)
    connection.execute("UPDATE article SET paragraphs = 'not json [' WHERE id = (SELECT MIN(id) FROM article)")
    connection.close()
    before = snapshot(path, version)
    library = Library.open(path)
    try:
        first = int(library.db.execute_sql("SELECT MIN(id) FROM article").fetchone()[0])
        detail = reading.article_detail(library.db, first)
        assert detail is not None and detail.paragraphs == ["not json ["]
    finally:
        library.close()
    assert snapshot(path, version)[: len(CORE)][1:] == before[: len(CORE)][1:]


def test_the_v6_note_rebuild_keeps_every_note_and_revision_as_it_was(tmp_path: Path) -> None:
    """Version 6 rebuilds the note table (a note can be on a campaign): every note and revision
    stays as it was, ids included, even ones a tool left pointing at nothing, and foreign keys are
    enforced again afterwards."""
    path = MAKERS[5](tmp_path / "old.glossa")
    connection = raw(path)
    try:
        connection.execute("INSERT INTO note (id, target_kind, article_id, target_label, body, created_at, updated_at)"
                           " VALUES (900, 'article', 888888, 'gone', 'points at nothing', ?, ?)", (NOW, NOW))
        connection.execute("INSERT INTO note_revision (note_id, body, saved_at, replaced_at)"
                           " VALUES (900, 'older', ?, ?)", (NOW, NOW))
        connection.execute("INSERT INTO note_revision (note_id, body, saved_at, replaced_at)"
                           " VALUES (777777, 'of no note', ?, ?)", (NOW, NOW))
    finally:
        connection.close()
    columns = "id, target_kind, article_id, comment_id, highlight_id, author_id, tag_id, target_label, body"
    notes = f"SELECT {columns} FROM note ORDER BY id"
    revisions = "SELECT id, note_id, body, saved_at, replaced_at FROM note_revision ORDER BY id"  # as v5 had them
    before = rows(path, notes), rows(path, revisions)
    assert len(before[0]) >= 3 and len(before[1]) >= 3
    library = Library.open(path)
    try:
        assert library.db.pragma("foreign_keys") == 1
        assert rows(path, "SELECT campaign_id FROM note WHERE campaign_id IS NOT NULL") == []
    finally:
        library.close()
    assert (rows(path, notes), rows(path, revisions)) == before


@pytest.mark.parametrize("version", [5, 6])
def test_upgrade_to_v7_gives_every_annotation_to_the_owner(tmp_path: Path, version: int) -> None:
    """Version 7 records who coded what: every tag link, highlight and note made before belongs to
    the library's owner, coder 1, named as the system login; none is lost, and the owner and a
    second coder can then both put the same tag on the same comment."""
    path = MAKERS[version](tmp_path / "old.glossa")
    before = snapshot(path, version)
    Library.open(path).close()
    assert snapshot(path, version) == before
    assert rows(path, "SELECT id, name FROM coder") == [(1, coders.default_name())]
    for table in ("article_tag", "comment_tag", "highlight", "note"):
        found = rows(path, f"SELECT coder_id, count(*) FROM {table} GROUP BY coder_id")
        assert found and found == [(1, found[0][1])], table
    library = Library.open(path)
    try:
        comment, tag = library.db.execute_sql("SELECT comment_id, tag_id FROM comment_tag LIMIT 1").fetchone()
        other = coders.coder_id(library.db, "second coder")
        annotations.tag_comments(library.db, tag, [comment], coder=other)
        assert sorted(r[0] for r in library.db.execute_sql(
            "SELECT coder_id FROM comment_tag WHERE comment_id = ? AND tag_id = ?", (comment, tag))) == [1, other]
    finally:
        library.close()


def test_upgrade_to_v10_names_the_saver_of_every_note_text(tmp_path: Path) -> None:
    """Version 10: a note and each earlier text name the coder who saved it; the texts saved
    before are counted as the note's coder's. Then a save by another coder keeps the text it
    replaces as its saver's."""
    path = make_v9(tmp_path / "old.glossa")
    connection = raw(path)
    try:
        second = connection.execute("SELECT id FROM coder WHERE name = 'second'").fetchone()[0]
        note = connection.execute("SELECT id FROM note WHERE article_id IS NOT NULL LIMIT 1").fetchone()[0]
        connection.execute("UPDATE note SET coder_id = ? WHERE id = ?", (second, note))
        connection.execute("INSERT INTO note_revision (note_id, body, saved_at, replaced_at) VALUES (?, 'older', ?, ?)",
                           (note, NOW, NOW))  # fmt: skip
        connection.commit()
    finally:
        connection.close()
    Library.open(path).close()
    assert rows(path, f"SELECT DISTINCT coder_id FROM note_revision WHERE note_id = {note}") == [(second,)]
    assert rows(path, f"SELECT saved_by_id FROM note WHERE id = {note}") == [(second,)]
    assert rows(path, "SELECT count(*) FROM note WHERE saved_by_id <> coder_id") == [(0,)]
    library = Library.open(path)
    try:
        target = annotations.note_by_id(library.db, note).target  # type: ignore[union-attr]
        annotations.set_note(library.db, target, "the owner's text", coder=1)
        history = annotations.note_history(library.db, note)
        assert "older" in [r.body for r in history] and {r.coder for r in history} == {"second"}
    finally:
        library.close()
