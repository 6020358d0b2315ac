"""The full check (`glossa check`) and the comment-tree walks it shares with the app: orphans,
cycles, comments without their article, 100,000-deep threads, all without recursion."""

from __future__ import annotations

import ast
import sqlite3
import time
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.ingest.importer import import_paths
from desktop.store import annotations, reading
from desktop.store.backup import backup_now
from desktop.store.check import check, check_file, find_cycles, quick_check
from desktop.store.db import Library
from desktop.texts import Text
from desktop.ui.comment_tree_model import build_forest
from tests.exported import exported_articles
from tests.reliability.helpers import ROOT, SEEDS


@pytest.fixture
def path(tmp_path: Path) -> Path:
    library_path = tmp_path / "library.glossa"
    library = Library.open(library_path)
    import_paths(library, [SEEDS])
    annotations.set_note(library.db, ("article", 1), "a note")
    library.close()
    return library_path


def insert_comments(path: Path, rows: list[tuple[int, int, int | None]]) -> None:
    """(id, article id, parent id) rows written past the foreign keys, as dirty data arrives."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys = OFF")
        author = connection.execute("SELECT id FROM author LIMIT 1").fetchone()[0]
        connection.execute("BEGIN")
        connection.executemany(
            "INSERT INTO comment (id, article_id, parent_id, position, depth, path, author_id, status, body,"
            " fingerprint, truncated, is_read) VALUES (?, ?, ?, ?, 1, '1', ?, 'Offline', 'text', ?, 0, 0)",
            [(cid, article, parent, 1000 + cid, author, f"x{cid}") for cid, article, parent in rows],
        )
        connection.execute("COMMIT")
    finally:
        connection.close()


def test_a_sound_library_checks_clean(path: Path) -> None:
    report = check_file(path)
    assert report.ok, report.lines()
    assert (report.articles, report.comments, report.notes) == (2, 8, 1)
    assert report.lines()[-1] == "No problems found."
    library = Library.open(path)
    try:
        assert quick_check(library.db) == []
        assert check(library.db).ok
    finally:
        library.close()


def test_tree_problems_are_found_with_their_ids(path: Path) -> None:
    insert_comments(path, [
        (500, 1, 999),  # parent missing
        (501, 1, 502), (502, 1, 503), (503, 1, 501),  # a cycle of three
        (504, 1, 504),  # its own parent
        (505, 77, None), (506, 77, 505),  # an article that is gone
        (507, 2, 1),  # parent in the other article
    ])
    report = check_file(path)
    assert not report.ok
    assert report.orphan_comments == [500]
    assert report.cycles == [[501, 502, 503], [504]]
    assert report.comments_without_article == [505, 506]
    assert report.parent_in_other_article == [507]
    text = "\n".join(report.lines())
    assert "comments whose parent comment is missing: 500" in text
    assert "a cycle: 501, 502, 503" in text
    assert "foreign_key_check" in text and "PROBLEM" in text


def test_cycles_and_depth_100000_without_recursion() -> None:
    depth = 100_000
    parents: dict[int, int | None] = {n: n - 1 if n else None for n in range(depth)}
    parents.update({depth + n: depth + (n + 1) % 50_000 for n in range(50_000)})  # one long cycle
    start = time.perf_counter()
    cycles = find_cycles(parents)
    assert time.perf_counter() - start < 90  # linear (~1 s): a quadratic walk would take hours
    assert len(cycles) == 1 and len(cycles[0]) == 50_000 and cycles[0][0] == depth


def test_a_100000_deep_thread_reads_exports_and_checks(path: Path) -> None:
    depth = 100_000
    insert_comments(path, [(1000 + n, 1, 1000 + n - 1 if n else None) for n in range(depth)])
    library = Library.open(path)
    try:
        start = time.perf_counter()
        thread = reading.thread(library.db, 1)
        assert len(thread) == depth + 8  # and the article's own 8 comments
        assert len(annotations.subthread_ids(library.db, 1000)) == depth
        annotations.tag_subthread(library.db, annotations.create_tag(library.db, "deep")[0], 1000)
        assert len(exported_articles(library)) == 2
        _roots, nodes = build_forest(thread)  # what the comment tree view is built from
        assert len(nodes) == depth + 8 and max(node.depth for node in nodes) == depth - 1
        report = check(library.db)
        assert report.ok, report.lines()
        assert time.perf_counter() - start < 180  # ~15 s on a quiet machine: a quadratic step takes hours
    finally:
        library.close()


# The only functions in desktop/ allowed to call themselves: the search query parser, whose
# nesting is capped (query_language.MAX_NESTING). Nothing walks a comment tree recursively.
RECURSION_ALLOWED = {("query_language.py", name) for name in ("_and", "_fts", "_conditions", "parse")}


def test_no_function_in_the_app_calls_itself() -> None:
    found = set()
    for source in (ROOT / "desktop").rglob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for call in ast.walk(node):
                if not isinstance(call, ast.Call):
                    continue
                function = call.func
                # f(...) or self.f(...) / cls.f(...): the function itself (super().f() is not)
                direct = isinstance(function, ast.Name) and function.id == node.name
                method = (isinstance(function, ast.Attribute) and function.attr == node.name
                          and isinstance(function.value, ast.Name) and function.value.id in ("self", "cls"))
                if direct or method:
                    found.add((source.name, node.name))
    assert found <= RECURSION_ALLOWED, found - RECURSION_ALLOWED


# --- glossa check ------------------------------------------------------------------------------


def test_cli_check_exit_codes(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--library", str(path), "check"]) == 0
    assert "No problems found." in capsys.readouterr().out
    backup_now(path)
    insert_comments(path, [(600, 1, 601), (601, 1, 600)])
    assert main(["--library", str(path), "check"]) == 1
    out = capsys.readouterr().out
    assert "cycle: 600, 601" in out and "Newest good backup:" in out
    assert main(["--library", str(path.with_name("none.glossa")), "check"]) == 2
    assert "no library" in capsys.readouterr().err


def test_cli_check_of_a_damaged_file_changes_nothing(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = bytearray(path.read_bytes())
    data[2 * 4096 : 2 * 4096 + 300] = b"\xee" * 300
    path.write_bytes(bytes(data))
    assert main(["--library", str(path), "check"]) == 1
    out = capsys.readouterr().out
    assert "PROBLEM  integrity_check" in out and "No good backup" in out
    assert path.read_bytes() == bytes(data)
    assert sorted(p.name for p in path.parent.iterdir()) == ["library.glossa"]


def test_an_unreadable_library_is_reported_in_english_and_marked_for_translation() -> None:
    """quick_check's own words are the window's reason for a damaged library (translated there)."""
    connection = sqlite3.connect(":memory:")
    connection.close()
    (problem,) = quick_check(connection)
    assert problem == "SQLite cannot read the library: Cannot operate on a closed database."
    assert isinstance(problem, Text) and problem.context == "Library"
