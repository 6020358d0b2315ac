"""The import report of a big import (issue 10): its memory does not grow with the number of files
or notes, its totals cover every file, and the full report written beside the library holds every
file's line, problem and note, as the import goes."""

from __future__ import annotations

import errno
import json
import os
import re
from pathlib import Path
from typing import IO, Any

import pytest

from desktop.ingest import report as reporting
from desktop.ingest.formats import json_lines
from desktop.ingest.importer import FileReport, ImportReport, Progress, ReportLog, import_paths, reports_folder
from desktop.store import batches
from desktop.store.db import Library
from desktop.store.queries import counts
from tests.ingest.builders import article_a, comment

NOTE = "junk dropped: 'Photos used', 'Dear reader"  # each article_a() page has one note: its junk was dropped


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def corpus(folder: Path, files: int, empty_every: int = 0) -> list[Path]:
    """`files` one-page files with a comment and a note each; every `empty_every`th one empty."""
    paths = []
    for number in range(files):
        empty = empty_every and number % empty_every == empty_every - 1
        text = b"" if empty else article_a(f"Page {number}", comment(1, f"user{number % 7}"))
        paths.append(write(folder / f"part-{number // 100}" / f"{number:05}.txt", text))
    return paths


def log_lines(report: ImportReport) -> list[str]:
    assert report.log_path is not None and report.log_error is None
    return report.log_path.read_text(encoding="utf-8").splitlines()


def status_lines(lines: list[str]) -> list[str]:
    return [line for line in lines if re.match(r"(ok |PARTLY |SKIPPED )", line)]


@pytest.fixture
def small_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    """The limits scaled down, so a few hundred files are "many"."""
    monkeypatch.setattr(reporting, "KEEP_FILES", 20)
    monkeypatch.setattr(reporting, "KEEP_NOTES", 30)
    monkeypatch.setattr(reporting, "_SPILL_AT", 25)


def in_memory(report: ImportReport) -> tuple[int, int]:
    """What the report holds per file: file reports and notes."""
    return len(report.files), sum(len(f.warnings) + len(f.problems) for f in report.files)


@pytest.mark.usefixtures("small_limits")
def test_many_files_keep_the_report_flat_and_the_full_report_complete(library: Library, tmp_path: Path) -> None:
    corpus(tmp_path / "in", 300, empty_every=50)  # 6 empty files, the last ones well past KEEP_FILES
    report = import_paths(library, [tmp_path / "in"], log=ReportLog())
    # Every file counted, and the totals are the library's.
    assert report.file_count == 300
    assert report.total("articles_added") == counts(library.db).articles == 294
    assert report.total("comments_added") == counts(library.db).comments == 294
    # In memory: every skipped file, the first 20 others, the first 30 notes; the rest counted.
    skipped = [Path(f.path).name for f in report.skipped]
    assert skipped == [f"{n:05}.txt" for n in range(49, 300, 50)]
    assert all(f.skipped == "empty file" for f in report.skipped)
    assert [Path(f.path).name for f in report.files if f.ok] == [f"{n:05}.txt" for n in range(20)]
    assert report.files_not_kept == 300 - 20 - 6
    kept_notes = sum(len(f.warnings) for f in report.files)
    assert kept_notes == 20 and report.notes_not_kept == 294 - 20
    # The full report beside the library: every file's line and every note, in order, then the totals.
    assert report.log_path is not None and report.log_path.parent == reports_folder(library.path)
    assert re.fullmatch(r"import-\d{4}-\d\d-\d\d_\d\d-\d\d-\d\d\.txt", report.log_path.name)
    lines = log_lines(report)
    statuses = status_lines(lines)
    assert [line.split()[1].rstrip(":").rsplit("/", 1)[1] for line in statuses] == [f"{n:05}.txt" for n in range(300)]
    assert sum(line.startswith("SKIPPED") for line in statuses) == 6
    notes = [line for line in lines if line.startswith("    note: 'Page")]
    assert len(notes) == 294 and all(NOTE in line for line in notes)
    assert lines[-1].startswith("Imported 294 new articles and 294 comments")
    assert "from 300 files; 6 with problems" in lines[-1]


@pytest.mark.usefixtures("small_limits")
def test_the_report_in_memory_does_not_grow_with_the_files(library: Library, tmp_path: Path) -> None:
    small = import_paths(library, [*corpus(tmp_path / "a", 60)], log=ReportLog())
    big = import_paths(library, [*corpus(tmp_path / "b", 240)], log=ReportLog())
    assert (small.file_count, big.file_count) == (60, 240)
    assert in_memory(small) == in_memory(big) == (20, 20)


def test_without_a_report_file_nothing_is_left_out(library: Library, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reporting, "KEEP_FILES", 2)
    monkeypatch.setattr(reporting, "KEEP_NOTES", 2)
    corpus(tmp_path / "in", 6)
    plain = import_paths(library, [tmp_path / "in"])  # no report file asked for
    assert plain.log_path is None and plain.log_error is None
    assert in_memory(plain) == (6, 6) and plain.files_not_kept == plain.notes_not_kept == 0
    blocked = write(tmp_path / "blocked", "a file where the reports folder would be")
    report = import_paths(library, [tmp_path / "in"], log=ReportLog(folder=blocked / "reports"))
    assert report.log_path is None and report.log_error  # why: "Not a directory"
    assert in_memory(report) == (6, 6) and report.file_count == 6


class FailingStream:
    """A report file whose disk fills up after `lines` lines."""

    def __init__(self, stream: IO[str], lines: int) -> None:
        self.stream, self.lines = stream, lines

    def write(self, text: str) -> int:
        if self.lines <= 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.lines -= 1
        return self.stream.write(text)

    def flush(self) -> None:
        self.stream.flush()

    def close(self) -> None:
        self.stream.close()


@pytest.mark.usefixtures("small_limits")
def test_a_report_file_that_fails_halfway_leaves_the_rest_in_memory(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = reporting._Recorder._open

    def failing_open(self: Any, *args: Any) -> None:
        real_open(self, *args)
        self.stream = FailingStream(self.stream, lines=150)

    monkeypatch.setattr(reporting._Recorder, "_open", failing_open)
    monkeypatch.setattr(batches, "BATCH_SECONDS", 0.0)  # a batch per file: files settle one by one
    corpus(tmp_path / "in", 200)
    report = import_paths(library, [tmp_path / "in"], log=ReportLog())
    assert report.log_error == "No space left on device" and report.log_path is not None
    written = {line.split()[1].rstrip(":") for line in status_lines(report.log_path.read_text("utf-8").splitlines())}
    remembered = {f.path for f in report.files}
    assert written and len(written) < 200
    assert written | remembered == {str(p) for p in sorted((tmp_path / "in").rglob("*.txt"))}, "a file went missing"
    notes_written = report.log_path.read_text("utf-8").count("    note: ")
    assert notes_written + sum(len(f.warnings) for f in report.files) + report.notes_not_kept >= 200
    assert report.total("articles_added") == 200


def dump(path: Path, records: int) -> Path:
    lines = [json.dumps({"text": article_a(f"Record {n}"), "id": n}) for n in range(records)]
    lines.insert(5, "not json")
    return write(path, "\n".join(lines) + "\n")


@pytest.mark.usefixtures("small_limits")
def test_a_big_dump_keeps_few_notes_in_memory_while_it_is_read(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A JSON-lines dump is one file with a note per record: the notes past those kept wait on
    disk while it is read, and all of them are in the full report, in order."""
    most = 0
    real = reporting._Recorder.checkpoint

    def checkpoint(self: Any, idle: bool, reading: FileReport | None) -> None:
        nonlocal most
        real(self, idle, reading)
        most = max([most, *(len(entry.file.warnings) for entry in self.pending)])

    monkeypatch.setattr(reporting._Recorder, "checkpoint", checkpoint)
    monkeypatch.setattr(json_lines, "GROUP", 20)
    report = import_paths(library, [dump(tmp_path / "d.jsonl", 1_000)], log=ReportLog())
    assert most <= 30 + 25 + 20  # kept, waiting to go to disk, and one group of records
    (file_report,) = report.files
    assert file_report.articles_added == 1_000 and file_report.problems == ["line 6: not valid JSON"]
    assert len(file_report.warnings) == 30 and report.notes_not_kept == 970
    lines = log_lines(report)
    notes = [line for line in lines if line.startswith("    note: ")]
    assert [re.search(r"'Record (\d+)'", line)[1] for line in notes] == [str(n) for n in range(1_000)]  # type: ignore[index]
    assert lines.index("    problem: line 6: not valid JSON") < lines.index(notes[0])


@pytest.mark.usefixtures("small_limits")
def test_the_full_report_is_written_as_the_import_goes(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each file's line is on the disk once its batch is committed: a crash keeps it."""
    monkeypatch.setattr(batches, "BATCH_SECONDS", 0.0)  # a batch per file
    corpus(tmp_path / "in", 40)
    on_disk: list[int] = []

    def progress(progress: Progress) -> None:
        folder = reports_folder(library.path)
        (log,) = folder.iterdir() if folder.exists() else [None]
        on_disk.append(len(status_lines(log.read_text("utf-8").splitlines())) if log else -1)

    report = import_paths(library, [tmp_path / "in"], progress=progress, log=ReportLog())
    assert on_disk == list(range(41))  # before file n, the n files before it; at the end all 40
    assert report.file_count == 40


def test_echo_gets_every_line_and_the_newest_reports_are_kept(library: Library, tmp_path: Path) -> None:
    folder = reports_folder(library.path)
    for number in range(reporting.REPORTS_KEPT + 3):
        write(folder / f"import-2020-01-01_00-00-{number:02}.txt", "an old report")
    write(folder / "notes.txt", "not a report: kept")
    echoed: list[str] = []
    corpus(tmp_path / "in", 3)
    report = import_paths(library, [tmp_path / "in", tmp_path / "missing.txt"],
                          log=ReportLog(echo=lambda _file, line: echoed.append(line)))
    lines = log_lines(report)
    assert echoed == lines[lines.index("") + 1 : lines.index("", lines.index("") + 1)]
    assert len(echoed) == 3 * 2 + 1  # a line and a note per file; the missing path
    reports = sorted(p.name for p in folder.glob("import-*.txt"))
    assert len(reports) == reporting.REPORTS_KEPT and report.log_path is not None
    assert report.log_path.name in reports and "import-2020-01-01_00-00-00.txt" not in reports
    assert (folder / "notes.txt").exists()


def test_when_the_disk_fills_every_file_is_in_the_full_report(library: Library, tmp_path: Path) -> None:
    """The files after the one the import stopped at are listed too, as not imported and why."""
    paths = corpus(tmp_path / "in", 300)
    import_paths(library, paths[:10])  # the first ten are in the library already: they need no room
    library.db.execute_sql(f"PRAGMA max_page_count = {library.db.pragma('page_count')}")  # a full disk
    report = import_paths(library, [tmp_path / "in"], log=ReportLog())
    assert report.stopped is not None and report.stopped.startswith("The disk is full")
    statuses = status_lines(log_lines(report))
    assert len(statuses) == report.file_count == 300
    assert {line.split()[1].rstrip(":") for line in statuses} == {str(p) for p in paths}
    not_read = [line for line in statuses if line.endswith(f": not imported: the import stopped before this file: "
                                                           f"{report.stopped}")]  # fmt: skip
    assert 0 < len(not_read) < 290
    assert f"Stopped: {report.stopped} Import again to add the files not imported." in log_lines(report)


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_no_report_folder_is_made_in_a_read_only_folder_even_by_root(library: Library, tmp_path: Path) -> None:
    """Root may write anywhere, but a folder without write bits was made read-only on purpose:
    the import says there is no full report, and why, instead of writing into it."""
    corpus(tmp_path / "in", 3)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        report = import_paths(library, [tmp_path / "in"], log=ReportLog(folder=locked / "reports"))
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o755)
    assert report.log_path is None
    assert report.log_error == f"the folder {locked} is read-only"
    assert report.file_count == 3 and report.total("articles_added") == 3
