"""Importing into a library on a PostgreSQL server: `glossa import` there, other windows told
what came in, and two imports at once (issue 22). The importer's own tests run on both engines
(tests/store/test_import.py); these are what only a server has."""

from __future__ import annotations

import contextlib
import threading
from datetime import datetime
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.ingest.importer import Progress, import_paths
from desktop.store import changes, summaries
from desktop.store.db import Library
from desktop.store.dialect import execute
from desktop.store.search import count
from tests.conftest import SEEDS
from tests.ingest.builders import article_a, comment
from tests.postgres import Server
from tests.reliability.helpers import make_inputs
from tests.store.test_import_parallel import ARTICLE_COLUMNS, corpus, report_lines


def _counts(url: str) -> tuple[int, int]:
    library = Library.open(url)
    try:
        row = execute(library.db, "SELECT (SELECT COUNT(*) FROM article), (SELECT COUNT(*) FROM comment)").fetchone()
        assert summaries.stale(library.db) == []
        return int(row[0]), int(row[1])
    finally:
        library.close()


def test_glossa_import_into_a_server_library_twice_adds_nothing(
    postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)  # the report must not land in a folder named after the URL here
    assert main(["--library", postgres_url, "import", str(SEEDS)]) == 0
    out = capsys.readouterr().out
    first = _counts(postgres_url)
    assert first[0] > 0 and first[1] > 0
    report = next(line for line in out.splitlines() if line.startswith("Full report: "))
    assert "server-reports" in report and not any(tmp_path.iterdir())
    assert main(["--library", postgres_url, "import", str(SEEDS)]) == 0
    assert _counts(postgres_url) == first


def test_an_import_is_announced_to_other_windows(postgres_url: str, tmp_path: Path) -> None:
    library = Library.open(postgres_url)
    listener = changes.Listener(library.db, process="another window")
    try:
        report = import_paths(library, [SEEDS])
        heard = listener.wait(2.0)
        articles = {row[0] for row in execute(library.db, "SELECT id FROM article").fetchall()}
        assert report.total("articles_added") == len(articles) > 0
        assert [(a.kind, a.articles) for a in heard] == [("library", frozenset(articles))]
        import_paths(library, [SEEDS])  # nothing new: nothing to announce
        assert listener.wait(0.5) == []
    finally:
        listener.close()
        library.close()


def test_two_imports_at_once_take_turns(postgres_url: str, tmp_path: Path) -> None:
    """Each numbers its comments from the largest id: on a server they take turns for it, or the
    second would reuse the first's ids."""
    folders = []
    for name in ("one", "two"):
        folder = tmp_path / name
        folder.mkdir()
        for n in range(150):
            # Handles of their own: one both wrote would make them wait for each other anyway.
            comments = (comment(1, f"{name}{n}", "A comment."), comment(1, f"{name}-b{n}", "Another."))
            text = article_a(f"{name} {n}", *comments)
            (folder / f"{n}.txt").write_text(text, encoding="utf-8")
        folders.append(folder)
    Library.open(postgres_url).close()  # the schema, made once
    errors: list[BaseException] = []
    skipped: list[object] = []

    def run(folder: Path) -> None:
        library = Library.open(postgres_url)
        try:
            report = import_paths(library, [folder], workers=0)
            skipped.extend((f.path, f.skipped) for f in report.skipped)
        except BaseException as error:  # seen by the test on its own thread
            errors.append(error)
        finally:
            library.close()

    threads = [threading.Thread(target=run, args=(folder,)) for folder in folders]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert errors == [] and skipped == []
    assert _counts(postgres_url) == (300, 600)
    library = Library.open(postgres_url)
    try:
        assert count(library.db, "another") == 300  # every comment indexed
        # A comment given its id by the server (none is, so far) would not take one of theirs.
        given = execute(library.db, "SELECT nextval(pg_get_serial_sequence('comment', 'id'))").fetchone()[0]
        assert given > execute(library.db, "SELECT MAX(id) FROM comment").fetchone()[0]
    finally:
        library.close()


def _rows(library: Library) -> dict[str, list[tuple[object, ...]]]:
    """What an import wrote, as text where the engines' types differ (a time is a timestamp on a server)."""
    def text(value: object) -> object:
        return value.strftime("%Y-%m-%d %H:%M:%S") if isinstance(value, datetime) else value

    queries = {
        "article": f"SELECT {ARTICLE_COLUMNS} FROM article ORDER BY id",
        "comment": "SELECT id, article_id, parent_id, position, depth, path, author_id, display_name, status,"
                   " posted_at, body, fingerprint, truncated, is_read FROM comment ORDER BY id",
        "author": "SELECT id, handle FROM author ORDER BY id",
        "author_alias": "SELECT author_id, display_name FROM author_alias ORDER BY author_id, display_name",
    }
    return {table: [tuple(text(v) for v in row) for row in execute(library.db, sql).fetchall()]
            for table, sql in queries.items()}


def test_a_server_library_gets_what_a_library_file_gets(postgres_url: str, tmp_path: Path) -> None:
    """Merges of newer scrapes, bad files, a dump, another encoding: the same rows and the same
    report on both engines, and importing again adds nothing on either."""
    folder = corpus(tmp_path / "in")
    found = []
    for location in (str(tmp_path / "file.glossa"), postgres_url):
        library = Library.open(location)
        try:
            first = import_paths(library, [folder], workers=0)
            again = import_paths(library, [folder], workers=0)
            assert again.total("articles_added") == again.total("comments_added") == 0
            assert count(library.db, "reply") == 40
            found.append((report_lines(first), _rows(library)))
        finally:
            library.close()
    (file_report, file_rows), (server_report, server_rows) = found
    assert first.total("articles_merged") >= 3 and first.skipped  # merges and bad files were in it
    assert server_report == file_report
    assert server_rows == file_rows


def test_a_lost_server_stops_the_import_with_the_reason(
    postgres_server: Server, postgres_url: str, tmp_path: Path
) -> None:
    """Every next file would fail the same way: the import stops, saying the server went away."""
    make_inputs(tmp_path / "inputs", 12)
    library = Library.open(postgres_url)
    database = postgres_url.rsplit("/", 1)[1]
    cut: list[int] = []

    def progress(step: Progress) -> None:
        if step.done == 3 and not cut:
            cut.append(step.done)
            postgres_server.admin(
                f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}'")

    try:
        report = import_paths(library, [tmp_path / "inputs"], progress=progress, workers=0)
    finally:
        with contextlib.suppress(Exception):
            library.close()
    assert cut and report.stopped is not None
    assert report.stopped.startswith("The connection to the library's server was lost")
    failed = [f for f in report.files if f.skipped and f.skipped.startswith("could not import")]
    # The open batch's files fail with it (their rows went with the session); the rest are not tried.
    assert failed and all("server was lost" in (f.skipped or "") for f in failed)
    assert any(f.skipped and f.skipped.startswith("not imported: the import stopped") for f in report.files)
    assert _counts(postgres_url)[0] == report.total("articles_added"), "the report counts what the server kept"
