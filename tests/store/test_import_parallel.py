"""Imports that decode and parse in worker processes (desktop/ingest/parallel.py): the same library
and report as a serial import, cancel and a lost worker handled, no process left behind."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from desktop.ingest import importer, parallel
from desktop.ingest.importer import ImportReport, import_paths
from desktop.ingest.parallel import FileRead, Readers, read_text_file
from desktop.store.db import Library
from tests.ingest.builders import SEED_A, SEED_B, article_a, comment

TABLES = ("author", "author_alias", "comment")
ARTICLE_COLUMNS = ("id, title, subtitle, paragraphs, raw_text, kind, fingerprint, source_file, source_position,"
                   " source_url, warnings, comment_count, participant_count, reply_count, max_depth,"
                   " first_comment_at, last_comment_at")


@pytest.fixture
def patient_start(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers are waited for once started, so that they read some files however quick the
    importing process is on its own."""
    start = Readers._start

    def start_and_wait(self: Readers) -> None:
        start(self)
        deadline = time.monotonic() + 60
        while self.workers and not all(w.ready for w in self.workers) and time.monotonic() < deadline:
            self._collect(0.1)

    monkeypatch.setattr(Readers, "_start", start_and_wait)


def corpus(folder: Path, files: int = 40) -> Path:
    """Text files of threads (some the same page again, a newer scrape with one more reply),
    a binary file, an empty one, a JSON-lines dump, a file of two documents and one in cp1251."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(files):
        replies = [*comment(1, f"user{number % 7}", f"Comment {number} on the page.", number=1),
                   *comment(2, f"other{number % 5}", f"A reply {number}.", number=1)]
        if number % 10 == 9:  # a newer scrape of page number - 1, with one more reply
            replies += comment(1, "latecomer", "Late.", number=2)
        title = f"Page {number - 1 if number % 10 == 9 else number} about the talks"
        (folder / f"{number:03d}.txt").write_text(article_a(title, replies), encoding="utf-8")
    (folder / "050-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "051-empty.txt").write_bytes(b"")
    (folder / "052-both.txt").write_bytes(SEED_A + b"\n\n" + SEED_B)
    (folder / "053-cp1251.txt").write_bytes(article_a("Переговоры о мире", comment(1, "пенсионер", "Привет!"))
                                            .encode("cp1251"))
    records = [{"text": article_a(f"Dump page {n}", comment(1, "dumper", f"Dumped {n}.")), "url": f"https://x/{n}"}
               for n in range(3)]
    (folder / "054-dump.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\nnot json\n",
                                           encoding="utf-8")
    return folder


def library_rows(path: Path) -> dict[str, Any]:
    connection = sqlite3.connect(path)
    try:
        rows: dict[str, Any] = {t: connection.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}
        rows["article"] = connection.execute(f"SELECT {ARTICLE_COLUMNS} FROM article ORDER BY id").fetchall()
        rows["search"] = connection.execute(
            "SELECT rowid FROM comment_search WHERE comment_search MATCH 'reply' ORDER BY rowid").fetchall()
        return rows
    finally:
        connection.close()


def report_lines(report: ImportReport) -> list[tuple[Any, ...]]:
    return [(f.path, f.articles_added, f.articles_merged, f.articles_unchanged, f.comments_added, f.skipped,
             f.problems, f.warnings) for f in report.files]


def import_into(path: Path, sources: list[Path], workers: int) -> ImportReport:
    library = Library.open(path)
    try:
        return import_paths(library, sources, workers=workers)
    finally:
        library.close()


@pytest.mark.usefixtures("patient_start")
def test_a_parallel_import_gives_the_library_and_report_of_a_serial_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = corpus(tmp_path / "in")
    serial = import_into(tmp_path / "serial.glossa", [folder], workers=0)
    by_worker: list[Path] = []
    store_read = importer._store_read
    monkeypatch.setattr(importer, "_store_read", lambda *args: (by_worker.append(args[1]), store_read(*args))[1])
    in_parallel = import_into(tmp_path / "parallel.glossa", [folder], workers=1)
    assert len(by_worker) >= 5
    assert report_lines(in_parallel) == report_lines(serial)
    assert in_parallel.total("articles_merged") >= 3 and serial.skipped  # merges and bad files were in it
    assert library_rows(tmp_path / "parallel.glossa") == library_rows(tmp_path / "serial.glossa")
    # Imported again, in parallel: nothing new, as serially.
    again = import_into(tmp_path / "parallel.glossa", [folder], workers=1)
    assert again.total("articles_added") == again.total("comments_added") == 0
    assert library_rows(tmp_path / "parallel.glossa") == library_rows(tmp_path / "serial.glossa")
    assert multiprocessing.active_children() == []


@pytest.mark.usefixtures("patient_start")
def test_workers_read_files_and_the_order_is_kept(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "in")
    files = sorted(folder.iterdir())
    with Readers(workers=1, start_after=1) as readers:
        got = list(readers.ordered(files))
        by_worker = [item for item, read in got if read is not None and not read.deferred]
    assert [item for item, _read in got] == files
    assert by_worker, "no file was read by the worker"
    assert multiprocessing.active_children() == []


def test_a_file_read_in_a_worker_is_read_as_the_serial_path_reads_it(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "in")
    both = read_text_file(folder / "052-both.txt")
    assert len(both.documents) == 2
    assert all(document.prepared is not None for document in both.documents)
    assert read_text_file(folder / "050-binary.txt").skipped == "binary data, not text"
    assert read_text_file(folder / "051-empty.txt").skipped == "empty file"
    assert read_text_file(tmp_path / "missing.txt").skipped is not None
    export = tmp_path / "export.txt"
    export.write_text(json.dumps({"format": "glossa", "version": 1, "articles": []}), encoding="utf-8")
    assert read_text_file(export).deferred  # a Glossa export: stored by the importing process
    library_copy = tmp_path / "copy"
    Library.open(library_copy).close()
    assert read_text_file(library_copy).deferred  # a library file without a suffix, likewise


@pytest.mark.usefixtures("patient_start")
def test_a_lost_worker_leaves_its_files_to_the_importing_process(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "in")
    files = sorted(folder.iterdir())
    got: list[tuple[Path, FileRead | None]] = []
    with Readers(workers=1, start_after=1) as readers:
        for item, read in readers.ordered(files):
            if not got:
                for worker in readers.workers:
                    os.kill(worker.process.pid, signal.SIGKILL)
            got.append((item, read))
    assert [item for item, _read in got] == files  # every file, in order; the rest left to be read here
    assert multiprocessing.active_children() == []


@pytest.mark.usefixtures("patient_start")
def test_cancel_stops_the_workers_within_a_second(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "in", files=120)
    library = Library.open(tmp_path / "cancel.glossa")
    stop = threading.Event()
    seen: list[int] = []
    asked: list[float] = []

    def progress(step: Any) -> None:
        seen.append(step.done)
        if step.done >= 20 and not stop.is_set():
            stop.set()
            asked.append(time.monotonic())

    try:
        report = import_paths(library, [folder], progress=progress, cancelled=stop.is_set, workers=1)
        returned = time.monotonic()
    finally:
        library.close()
    assert report.cancelled
    assert 20 <= max(seen) < 120
    assert multiprocessing.active_children() == []  # the worker was ended and joined
    assert returned - asked[0] < 1.0, "a cancel must stop the import within a second"


def test_no_workers_for_a_few_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[int] = []
    monkeypatch.setattr(Readers, "_start", lambda self: started.append(1))
    folder = corpus(tmp_path / "in", files=parallel.START_AFTER - 12)  # with the odd files: fewer than START_AFTER
    report = import_into(tmp_path / "few.glossa", [folder], workers=1)
    assert report.total("articles_added") > 0
    assert started == []


def test_no_process_to_be_had_imports_in_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(_context: object) -> None:
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(parallel, "_Worker", refused)
    folder = corpus(tmp_path / "in")
    report = import_into(tmp_path / "alone.glossa", [folder], workers=1)
    assert report.total("articles_added") > 0 and not report.cancelled
    assert multiprocessing.active_children() == []
