"""Damaged libraries, each made from a sound one the way the damage arrives: a byte that is not
UTF-8 in a text, a JSON list edited by hand, an index entry with a flipped bit, table pages
overwritten, a file killed while it was being created. Shared by the tests of what each
command does with them (test_damaged_libraries.py)."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from desktop.ingest.importer import import_paths
from desktop.store import annotations
from desktop.store.db import Library
from tests.reliability.helpers import SEEDS


def sound_library(path: Path) -> Path:
    """The demo articles with a note and a tag: two articles, eight comments."""
    library = Library.open(path)
    import_paths(library, [SEEDS])
    annotations.set_note(library.db, ("article", 1), "a note")
    tag, _ = annotations.create_tag(library.db, "topic")
    annotations.tag_articles(library.db, tag, [1])
    library.close()
    return path


def _sql(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            connection.execute(statement)
    finally:
        connection.close()


def bad_utf8(path: Path) -> None:
    """Bytes that are not UTF-8 in an article's raw text, a title and a comment body."""
    _sql(path,
         "UPDATE article SET raw_text = CAST(X'41FF42' AS TEXT), title = title || CAST(X'C3' AS TEXT) WHERE id = 1",
         "UPDATE comment SET body = CAST(X'E2809F80FE' AS TEXT) WHERE id = 2")


def bad_lists(path: Path) -> None:
    """An article's warnings and paragraphs that are not JSON lists of texts."""
    _sql(path, """UPDATE article SET warnings = '["unterminated' WHERE id = 1""",
         """UPDATE article SET paragraphs = '{"not": "a list"}', warnings = '[1, 2]' WHERE id = 2""")


def _page_of(path: Path, index: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)).fetchone()[0])
    finally:
        connection.close()


def _flip(path: Path, offset: int, length: int = 1) -> None:
    data = bytearray(path.read_bytes())
    for at in range(offset, offset + length):
        data[at] ^= 0x01
    path.write_bytes(bytes(data))


def bad_index(path: Path) -> None:
    """A flipped byte inside an index entry: SQLite's quick_check sees nothing, integrity_check
    finds a row missing from the index."""
    _flip(path, _page_of(path, "comment_article_id") * 4096 - 5)


def bad_page(path: Path) -> None:
    """300 bytes of a table page overwritten: quick_check fails."""
    data = bytearray(path.read_bytes())
    data[2 * 4096 : 2 * 4096 + 300] = b"\xee" * 300
    path.write_bytes(bytes(data))


def bad_comments(path: Path) -> None:
    """The comment table's first page overwritten past its header: the library opens read-only,
    and reading the comments fails."""
    start = (_page_of(path, "comment") - 1) * 4096
    data = bytearray(path.read_bytes())
    data[start + 100 : start + 4096] = b"\xee" * 3996
    path.write_bytes(bytes(data))


def empty_file(path: Path) -> None:
    """A 0-byte file: what a crash right after creating the file leaves."""
    path.write_bytes(b"")


def never_finished(path: Path) -> None:
    """An SQLite file with schema version 0 and no tables: killed while Glossa created it."""
    path.unlink()
    _sql(path, "PRAGMA journal_mode = wal", "CREATE TABLE t (x)", "DROP TABLE t")


def not_a_library(path: Path) -> None:
    path.write_text("Title: not a library\n\nsome text\n", encoding="utf-8")


DAMAGES: dict[str, Callable[[Path], None]] = {
    "bad-utf8": bad_utf8,
    "bad-lists": bad_lists,
    "bad-index": bad_index,
    "bad-page": bad_page,
    "bad-comments": bad_comments,
    "empty-file": empty_file,
    "never-finished": never_finished,
    "not-a-library": not_a_library,
}


def damaged_copy(pristine: Path, folder: Path, damage: str) -> Path:
    """A copy of the sound library at `pristine` with the named damage, in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "library.glossa"
    shutil.copyfile(pristine, path)
    DAMAGES[damage](path)
    return path
