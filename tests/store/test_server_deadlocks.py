"""Writes on a server library that deadlock with another coder's (issue 22): the server fails one
of the two; when that is an import, the file is stored again from its savepoint and every file
comes in; when it is a note saved, it is saved once more. The deadlocks are real ones, made on
purpose: each side holds what the other wants next (the other's deadlock_timeout is long, so the
server's check fails our side every time)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import psycopg
import pytest

from desktop.ingest.importer import Progress, import_paths
from desktop.store import annotations, batches, dialect, reading
from desktop.store.db import Library
from desktop.store.dialect import execute, lost_a_conflict
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


@pytest.mark.parametrize("retry", [False, True])
def test_a_note_save_that_loses_a_deadlock_is_saved_once_more(
    postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, retry: bool
) -> None:
    _write(tmp_path / "first", 1)
    library = Library.open(postgres_url)
    try:
        db = library.db
        import_paths(library, [tmp_path / "first"], workers=0)
        comment_id = execute(db, "SELECT MIN(id) FROM comment").fetchone()[0]
        annotations.set_note(db, ("comment", comment_id), "first text")
        note = execute(db, "SELECT id FROM note").fetchone()[0]
        conflicts: list[bool] = []

        def spy(db: object, error: BaseException) -> bool:
            conflicts.append(lost_a_conflict(db, error))  # type: ignore[arg-type]
            return conflicts[-1] and retry  # without the retry: the save fails, as before

        monkeypatch.setattr(dialect, "lost_a_conflict", spy)
        barrier = threading.Barrier(2, timeout=30)
        errors: list[BaseException] = []

        def other_coder() -> None:
            """Holds the note's row, then (once the save holds its turn and waits for the row)
            wants the save's turn on that note."""
            try:
                with psycopg.connect(postgres_url) as connection:
                    connection.execute("SET deadlock_timeout = '20s'")
                    connection.execute("SELECT id FROM note WHERE id = %s FOR UPDATE", (note,))
                    barrier.wait()
                    time.sleep(0.5)  # the save has taken its turn and waits for the row by now
                    connection.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (f"note comment_id {comment_id}",))
            except BaseException as error:  # seen by the test on its own thread
                errors.append(error)
                barrier.abort()

        thread = threading.Thread(target=other_coder)
        thread.start()
        barrier.wait()
        try:
            if retry:
                annotations.set_note(db, ("comment", comment_id), "second text")
            else:
                with pytest.raises(Exception, match="deadlock"):
                    annotations.set_note(db, ("comment", comment_id), "second text")
        finally:
            thread.join(60)
        assert errors == []
        assert conflicts == [True], "no deadlock happened: the test proves nothing"
        saved = execute(db, "SELECT body FROM note WHERE id = ?", (note,)).fetchone()[0]
        assert saved == ("second text" if retry else "first text")
    finally:
        library.close()


@pytest.mark.parametrize("retry", [False, True])
def test_read_marks_that_lose_a_deadlock_are_written_once_more(
    postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, retry: bool
) -> None:
    """Marking A and B read (A locked first) while another writer holds B and then wants A: the
    server fails the marks; done once more, they are written."""
    _write(tmp_path / "first", 1)
    library = Library.open(postgres_url)
    try:
        db = library.db
        import_paths(library, [tmp_path / "first"], workers=0)
        a, b = sorted(row[0] for row in execute(db, "SELECT id FROM article").fetchall())
        conflicts: list[bool] = []

        def spy(db: object, error: BaseException) -> bool:
            conflicts.append(lost_a_conflict(db, error))  # type: ignore[arg-type]
            return conflicts[-1] and retry

        monkeypatch.setattr(dialect, "lost_a_conflict", spy)
        barrier = threading.Barrier(2, timeout=30)
        errors: list[BaseException] = []

        def other_writer() -> None:
            try:
                with psycopg.connect(postgres_url) as connection:
                    connection.execute("SET deadlock_timeout = '20s'")
                    connection.execute("UPDATE article SET is_starred = 1 WHERE id = %s", (b,))
                    barrier.wait()
                    time.sleep(0.5)  # the marks hold A and wait for B by now
                    connection.execute("UPDATE article SET is_starred = 1 WHERE id = %s", (a,))
            except BaseException as error:  # seen by the test on its own thread
                errors.append(error)
                barrier.abort()

        thread = threading.Thread(target=other_writer)
        thread.start()
        barrier.wait()
        try:
            if retry:
                reading.set_articles_read(db, iter([a, b]), True)  # a generator: the second run sees it too
            else:
                with pytest.raises(Exception, match="deadlock"):
                    reading.set_articles_read(db, iter([a, b]), True)
        finally:
            thread.join(60)
        assert errors == []
        assert conflicts == [True], "no deadlock happened: the test proves nothing"
        marks = dict(execute(db, "SELECT id, is_read + 2 * is_starred FROM article").fetchall())
        assert marks == ({a: 3, b: 3} if retry else {a: 2, b: 2})
    finally:
        library.close()


def test_storing_the_group_again_after_a_deadlock_is_retried_too(
    postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The files before the one that lost are stored again after the rollback; when that loses a
    deadlock too (made here, the server's own error class), it is tried again, not the batch lost."""
    _write(tmp_path / "first", 1)
    real = batches._store
    calls: list[str] = []

    def store(db: object, documents: list[object], source: str, *rest: object) -> list[int]:
        calls.append(Path(source).name)
        if len(calls) in (2, 3):  # b.txt's first store, then a.txt's store again
            raise psycopg.errors.DeadlockDetected("deadlock detected")
        return real(db, documents, source, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(batches, "_store", store)
    monkeypatch.setattr(batches, "BATCH_SECONDS", 60.0)
    library = Library.open(postgres_url)
    try:
        report = import_paths(library, [tmp_path / "first"], workers=0)
        assert calls == ["a.txt", "b.txt", "a.txt", "a.txt", "b.txt"]
        assert report.skipped == [] and report.total("articles_added") == 2
        assert execute(library.db, "SELECT COUNT(*) FROM article").fetchone()[0] == 2
    finally:
        library.close()
