"""A coder's copy of a library (a `.glossa` file) merged with `import` (formats/glossa_library.py):
who coded what is kept, agreement then sees both coders, and merging the copy again changes no
row. The library merged into is on either engine (`engine_library`); the copy is a file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from desktop.ingest.formats import glossa_library, reader_for
from desktop.ingest.importer import import_paths
from desktop.ingest.report import FileReport
from desktop.ingest.walk import Source
from desktop.store import agreement, coders
from desktop.store import annotations as ann
from desktop.store.copy import copy_library
from desktop.store.db import Library
from desktop.store.dialect import execute
from desktop.store.models import OWNER_ID
from tests.conftest import SEEDS

ANNOTATIONS = ("coder", "tag", "article_tag", "comment_tag", "highlight", "note", "note_revision", "coded")


def rows(library: Library) -> dict[str, list[tuple[Any, ...]]]:
    """Every annotation row, as it is stored."""
    return {t: [tuple(r) for r in execute(library.db, f"SELECT * FROM {t} ORDER BY id")] for t in ANNOTATIONS}


def by_names(library: Library, coder: str) -> list[tuple[Any, ...]]:
    """What one coder did, by tag paths, targets and texts rather than the library's ids."""
    db = library.db
    who = coders.find_coder(db, coder)
    paths = {t.id: t.path for t in ann.tag_tree(db)}
    found: list[tuple[Any, ...]] = []
    for table in ("article_tag", "comment_tag"):
        found += [(table, paths[t], target) for t, target in execute(
            db, f"SELECT tag_id, {table.split('_')[0]}_id FROM {table} WHERE coder_id = ?", (who,))]
    found += [("highlight", paths.get(t), c, s, e) for t, c, s, e in execute(
        db, "SELECT tag_id, comment_id, start_offset, end_offset FROM highlight WHERE coder_id = ?", (who,))]
    found += [("note", c, h is not None, body) for c, h, body in execute(
        db, "SELECT comment_id, highlight_id, body FROM note WHERE coder_id = ?", (who,))]
    found += [("coded", a, c) for a, c in execute(
        db, "SELECT article_id, comment_id FROM coded WHERE coder_id = ?", (who,))]
    return sorted(found, key=repr)


def merge(library: Library, path: Path) -> FileReport:
    """What `glossa import` does with a library file, on either engine: read by its reader, stored
    by the Glossa JSON import's path, through the importer's loop."""
    assert reader_for(Source.open(path)) is glossa_library
    (report,) = import_paths(library, [path]).files
    return report


@pytest.fixture
def two_copies(engine_library: Library, tmp_path: Path) -> tuple[Library, Path, list[int], int]:
    """The demo corpus in the library and in Bob's copy of it, coded apart: the owner in the
    library, Bob in his copy. Returns the library, the copy's path, the first article's comments
    and that article."""
    library = engine_library
    base = Library.open(tmp_path / "base.glossa")
    import_paths(base, [SEEDS])
    copy_path = tmp_path / "bob.glossa"
    copy = Library.open(copy_path)
    try:
        copy_library(base.db, library.db)
        copy_library(base.db, copy.db)
        base.close()
        db = copy.db
        article = execute(db, "SELECT MIN(id) FROM article").fetchone()[0]
        comments = [r[0] for r in execute(db, "SELECT id FROM comment WHERE article_id = ? ORDER BY id", (article,))]
        bob = coders.coder_id(db, "Bob")
        frames, _ = ann.create_tag(db, "frames")
        irony, _ = ann.create_tag(db, "style/irony")  # a tag only Bob's copy has
        ann.tag_comments(db, frames, comments[:1], coder=bob)
        ann.tag_comments(db, irony, comments[2:3], coder=bob)
        ann.tag_articles(db, irony, [article], coder=bob)
        ann.add_highlight(db, ("comment", comments[0]), 0, 4, frames, note="Bob's reason", coder=bob)
        ann.set_note(db, ("comment", comments[3]), "Bob's note", coder=bob)
        ann.set_coded(db, ("article", article), coder=bob)
        bob_did = by_names(copy, "Bob")
    finally:
        copy.close()
    db = library.db
    frames, _ = ann.create_tag(db, "frames")
    ann.tag_comments(db, frames, comments[:2])
    ann.add_highlight(db, ("comment", comments[0]), 0, 4, frames, note="the owner's reason")
    ann.set_coded(db, ("article", article))
    assert by_names(library, "Bob") == []
    library.bob_did = bob_did  # type: ignore[attr-defined]  # what the test expects after the merge
    return library, copy_path, comments, article


def test_a_coders_library_copy_merges_keeping_who_coded_what_and_twice_adds_nothing(
    two_copies: tuple[Library, Path, list[int], int]
) -> None:
    library, copy_path, comments, _article = two_copies
    owner = coders.coder_name(library.db, OWNER_ID)
    mine = by_names(library, owner)
    report = merge(library, copy_path)
    assert report.ok, (report.skipped, report.problems)
    assert (report.articles_added, report.comments_added) == (0, 0)
    assert by_names(library, "Bob") == library.bob_did  # type: ignore[attr-defined]
    assert by_names(library, owner) == mine
    found = agreement.report(library.db, ["frames", "style/irony"], [owner, "Bob"])
    frames, irony = found.tags
    assert (frames.units, frames.disagreements) == (len(comments), [comments[1]])
    assert irony.disagreements == [comments[2]]
    merged = rows(library)
    again = merge(library, copy_path)
    assert again.ok and again.comments_added == 0
    assert rows(library) == merged


def test_glossa_import_merges_a_library_file_and_refuses_another_programs_database(
    seeded_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    copy_path = tmp_path / "colleague.glossa"
    source, copy = Library.open(seeded_path), Library.open(copy_path)
    try:
        copy_library(source.db, copy.db)
        tag, _ = ann.create_tag(copy.db, "claims")
        first = execute(copy.db, "SELECT MIN(id) FROM comment").fetchone()[0]
        ann.tag_comments(copy.db, tag, [first], coder=coders.coder_id(copy.db, "Ann"))
    finally:
        source.close(), copy.close()
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    older = tmp_path / "older.glossa"
    Library.open(older).close()
    with sqlite3.connect(older) as connection:
        connection.execute("PRAGMA user_version = 6")
    connection.close()
    assert main(["--library", str(seeded_path), "import", str(copy_path), str(other), str(older)]) == 1
    out = capsys.readouterr().out
    assert "other.sqlite: an SQLite database of another program" in out
    assert "older.glossa: a library of an older Glossa: open it once with this Glossa" in out
    library = Library.open(seeded_path)
    try:
        assert [c.name for c in coders.coders(library.db)][-1] == "Ann"
        assert execute(library.db, "SELECT COUNT(*) FROM comment_tag").fetchone()[0] == 1
    finally:
        library.close()


def test_a_glossa_export_brings_its_coders_by_name_even_those_who_coded_nothing(
    library: Library, tmp_path: Path
) -> None:
    path = tmp_path / "team.json"
    path.write_text('{"format": "glossa", "version": 1, "articles": [], "coders": ["Ann", "Idle"]}', encoding="utf-8")
    for _ in range(2):
        (report,) = import_paths(library, [path]).files
        assert report.ok, (report.skipped, report.problems)
        assert [c.name for c in coders.coders(library.db)][1:] == ["Ann", "Idle"]
