"""An import on a server library that deadlocks with another coder's write (issue 22): the server
fails one of the two; when that is the import, the file is stored again from its savepoint and
every file comes in. The deadlock is a real one, made on purpose: the import holds article A and
wants B while the other coder holds B and wants A."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import psycopg
import pytest

from desktop.ingest.importer import Progress, import_paths
from desktop.store import batches
from desktop.store.db import Library
from desktop.store.dialect import execute
from tests.ingest.builders import article_a, comment


def _write(folder: Path, comments: int) -> None:
    folder.mkdir()
    for name in ("a", "b"):
        thread = [comment(1, f"{name}{n}", f"Comment {n} on {name}.") for n in range(comments)]
        (folder / f"{name}.txt").write_text(article_a(f"Article {name}", *thread), encoding="utf-8")


@pytest.mark.parametrize("retries", [0, batches.CONFLICT_RETRIES])
def test_an_import_that_loses_a_deadlock_stores_the_file_again(
    postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, retries: int
) -> None:
    _write(tmp_path / "first", 1)
    _write(tmp_path / "newer", 2)  # one comment more on each: both articles are merged, their rows updated
    library = Library.open(postgres_url)
    try:
        assert import_paths(library, [tmp_path / "first"], workers=0).total("articles_added") == 2
        ids = dict(execute(library.db, "SELECT title, id FROM article").fetchall())
        a, b = ids["Article a"], ids["Article b"]

        monkeypatch.setattr(batches, "BATCH_SECONDS", 60.0)  # both files in one transaction
        monkeypatch.setattr(batches, "CONFLICT_RETRIES", retries)
        conflicts: list[bool] = []
        real = batches.lost_a_conflict

        def spy(db: object, error: BaseException) -> bool:
            conflicts.append(real(db, error))  # type: ignore[arg-type]
            return conflicts[-1]

        monkeypatch.setattr(batches, "lost_a_conflict", spy)
        barrier = threading.Barrier(2, timeout=30)
        errors: list[BaseException] = []

        def other_coder() -> None:
            """Marks B read, then (once the import holds A and waits for B) A: the opposite order."""
            try:
                with psycopg.connect(postgres_url) as connection:
                    # The server's deadlock check runs after deadlock_timeout: the import's (1 s)
                    # comes first, so the import is the one failed, every time.
                    connection.execute("SET deadlock_timeout = '20s'")
                    connection.execute("UPDATE article SET is_read = 1 WHERE id = %s", (b,))
                    barrier.wait()
                    time.sleep(0.3)  # the import is waiting for B by now
                    connection.execute("UPDATE article SET is_read = 1 WHERE id = %s", (a,))
            except BaseException as error:  # seen by the test on its own thread
                errors.append(error)
                barrier.abort()

        def progress(step: Progress) -> None:
            if step.current.endswith("b.txt"):  # a.txt is stored: the import holds A
                barrier.wait()

        thread = threading.Thread(target=other_coder)
        thread.start()
        try:
            report = import_paths(library, [tmp_path / "newer"], progress=progress, workers=0)
        finally:
            thread.join(60)
        assert errors == []
        assert True in conflicts, "no deadlock happened: the test proves nothing"
        merged = {Path(f.path).name: f.articles_merged for f in report.files}
        read = dict(execute(library.db, "SELECT id, is_read FROM article").fetchall())
        assert read == {a: 1, b: 1}  # the other coder's write went through either way
        comments = execute(library.db, "SELECT COUNT(*) FROM comment").fetchone()[0]
        if retries:
            assert [f.path for f in report.skipped] == []
            assert merged == {"a.txt": 1, "b.txt": 1} and comments == 4
        else:  # without a retry the file that lost is reported, as before
            assert [Path(f.path).name for f in report.skipped] == ["b.txt"]
            assert "busy" in (report.skipped[0].skipped or "")
            assert merged == {"a.txt": 1, "b.txt": 0} and comments == 3
    finally:
        library.close()
