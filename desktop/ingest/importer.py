"""Import files, folders and JSON-lines dumps into a library, with a report.

Files are stored in batches (BatchWriter): one short transaction per batch, in which a file (or a
group of JSON-lines records) that fails takes back only itself, and a cancelled or crashed import
keeps every batch committed before it and never half an article. One bad file never stops the
others. JSON-lines dumps are read a line at a time.

The report's memory does not grow with the number of files: given a `ReportLog`, every file's
lines go to a report file as the import goes, and the `ImportReport` keeps the totals, every file
skipped or with problems, and only the first files and notes (KEEP_FILES, KEEP_NOTES)."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import pickle
import re
import stat
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from peewee import SqliteDatabase

from desktop.exporting.glossa_import import FORMAT_NAME, LongNumber, load_export, read_export, whole_number
from desktop.store.check import STOPPING_KINDS, explain_write_error, write_error_kind
from desktop.store.db import Library
from desktop.store.search import index_articles
from desktop.store.writer import WriteCache, store_document
from desktop.texts import QT_TRANSLATE_NOOP, message

from .decode import BINARY, HEAD_BYTES, looks_binary, normalise
from .documents import ParsedDocument, UnreadableInput
from .parse import parse_bytes, parse_text

TEXT_SUFFIXES = {".txt", ".text", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
_JSONL_BATCH = 200  # records stored under one savepoint: a group that fails is reported as one
# One write transaction holds about this much work: a note saved during an import waits at most
# about this long, and a crash loses at most this much (importing again adds it).
_BATCH_SECONDS = 0.5
# A savepoint holds at most this many files, or files of about this much text (BatchWriter): their
# parsed documents are kept until it is released, to be stored again when a later file of the group
# fails. Larger groups hold more memory and save little more.
_GROUP_FILES = 200
_GROUP_TEXT = 1_000_000  # characters
_SURROGATE = re.compile("[\ud800-\udfff]")
CANCELLED = QT_TRANSLATE_NOOP("Import", "cancelled")  # why a file was skipped: the import was cancelled in it
# With a report file, the report in memory keeps every file skipped or with problems, the first
# KEEP_FILES others and the first KEEP_NOTES notes (a note, two Texts, is about 1.7 KB in memory):
# the rest is only in the file.
KEEP_FILES = 1_000
KEEP_NOTES = 2_000
_SPILL_AT = 1_000  # notes a file still being read (a big dump) holds beyond those before they wait on disk
REPORTS_KEPT = 20  # report files kept in a library's reports folder, the newest
# The most read whole: a text file, a JSON array or a Glossa export, which take several times their
# size in memory while they are decoded and parsed. A JSON-lines dump is read a line at a time and
# may be any size; each of its lines may be this long.
MAX_FILE_BYTES = 500_000_000
# What a path that is not a regular file is: never opened, since reading a named pipe waits for a
# writer forever and a device like /dev/zero never ends. Links are followed.
_SPECIAL_FILES = (
    (stat.S_ISFIFO, QT_TRANSLATE_NOOP("Import", "a named pipe (FIFO)")),
    (stat.S_ISSOCK, QT_TRANSLATE_NOOP("Import", "a socket")),
    (stat.S_ISCHR, QT_TRANSLATE_NOOP("Import", "a character device")),
    (stat.S_ISBLK, QT_TRANSLATE_NOOP("Import", "a block device")),
)


@dataclass
class FileReport:
    path: str
    articles_added: int = 0
    articles_merged: int = 0
    articles_unchanged: int = 0
    comments_added: int = 0
    skipped: str | None = None  # why the whole file was skipped
    problems: list[str] = field(default_factory=list)  # records or lines that were skipped
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.skipped is None and not self.problems


_COUNTS = ("articles_added", "articles_merged", "articles_unchanged", "comments_added")


@dataclass
class ImportReport:
    """What an import did. `total()` and `file_count` cover every file; `files` holds every file
    skipped or with problems and, when the import wrote a report file (`log_path`), only the
    first KEEP_FILES others, with the first KEEP_NOTES notes: the rest is in that file, counted in
    `files_not_kept` and `notes_not_kept`. Without a report file nothing is left out."""

    files: list[FileReport] = field(default_factory=list)
    cancelled: bool = False
    # Files inside the given folders that were not read: neither text nor JSON-lines by their name.
    ignored: list[str] = field(default_factory=list)
    # Why the import ended early: a write failed in a way every next file would too (disk full).
    stopped: str | None = None
    log_path: Path | None = None  # the full report: every file, problem and note
    # Why there is no full report, or why it stops short: then nothing more was left out of memory.
    log_error: str | None = None
    files_not_kept: int = 0  # files imported whole whose lines are only in the full report
    notes_not_kept: int = 0  # notes only in the full report
    _totals: dict[str, int] = field(default_factory=dict, init=False, repr=False, compare=False)
    _reading: FileReport | None = field(default=None, init=False, repr=False, compare=False)  # counted as it goes

    def __post_init__(self) -> None:
        for file_report in self.files:
            self._count(file_report, 1)

    def total(self, name: str) -> int:
        """A count (`articles_added`, ...) over every file, the one being imported included."""
        return self._totals.get(name, 0) + (getattr(self._reading, name) if self._reading else 0)

    @property
    def file_count(self) -> int:
        """Files read (or named and missing), those not kept in `files` included."""
        return len(self.files) + self.files_not_kept

    @property
    def skipped(self) -> list[FileReport]:
        return [f for f in self.files if not f.ok]

    def _count(self, counts: FileReport | tuple[int, ...], sign: int) -> None:
        values = counts if isinstance(counts, tuple) else _counts(counts)
        for name, value in zip(_COUNTS, values, strict=True):
            self._totals[name] = self._totals.get(name, 0) + sign * value


def _counts(file_report: FileReport) -> tuple[int, ...]:
    return tuple(getattr(file_report, name) for name in _COUNTS)


@dataclass
class Progress:
    done: int
    total: int
    current: str
    articles: int
    comments: int


ProgressCallback = Callable[[Progress], None]


def collect_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[FileReport]]:
    """Expand folders recursively (sorted, hidden files skipped); report paths that do not exist."""
    files: list[Path] = []
    missing: list[FileReport] = []
    for item in _walk(paths, []):
        if isinstance(item, Path):
            files.append(item)
        else:
            missing.append(item)
    return files, missing


def _walk(paths: Iterable[str | Path], ignored: list[str] | None) -> Iterator[Path | FileReport]:
    """The files to read, in order (folders recursively, sorted, hidden files skipped), and a
    skipped FileReport for each path that does not exist or folder that cannot be listed. Files
    in the folders that are neither text nor JSON-lines by their name go to `ignored`. Lazy: the
    list of a big corpus's files is never held (90,000 paths are some 30 MB)."""
    for item in paths:
        path = Path(item)
        if path.is_dir():
            unreadable: list[FileReport] = []

            def on_error(error: OSError, unreadable: list[FileReport] = unreadable) -> None:
                # a folder os.walk cannot list is reported, not skipped
                unreadable.append(FileReport(str(error.filename), skipped=QT_TRANSLATE_NOOP(
                    "Import", "cannot read folder: {reason}").format(reason=error.strerror)))

            for root, dirs, names in os.walk(path, onerror=on_error):
                yield from unreadable
                unreadable.clear()
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if name.startswith("."):
                        continue
                    if _importable(Path(name)):
                        yield Path(root) / name
                    elif ignored is not None:
                        ignored.append(str(Path(root) / name))
            yield from unreadable
        elif path.exists():
            yield path  # named explicitly: read whatever its name (_read_into refuses a FIFO or device)
        else:
            yield FileReport(str(path), skipped=QT_TRANSLATE_NOOP("Import", "no such file or folder"))


def _importable(path: Path) -> bool:
    return path.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES


def reports_folder(library_path: str | Path) -> Path:
    """Where a library's import reports go: `library.glossa.reports/` beside it."""
    path = Path(library_path)
    return path.with_name(path.name + ".reports")


class ReportFormat:
    """The words of the full report, one file at a time: English, as `glossa import` prints them.
    The window passes a subclass that speaks the UI's language."""

    def header(self, started: datetime, library: Path, sources: Sequence[str]) -> str:
        lines = [f"Glossa import report, {started:%Y-%m-%d %H:%M:%S}", f"Library: {library}"]
        return "\n".join([*lines, *(f"Importing: {source}" for source in sources), ""])

    def file_line(self, report: FileReport) -> str:
        if report.skipped:
            return f"SKIPPED {report.path}: {report.skipped}"
        parts = [f"{report.articles_added} new"]
        if report.articles_merged:
            parts.append(f"{report.articles_merged} merged")
        if report.articles_unchanged:
            parts.append(f"{report.articles_unchanged} unchanged")
        status = "PARTLY " if report.problems else "ok     "  # problems: some records were skipped
        return f"{status} {report.path}: {', '.join(parts)}, {report.comments_added} comments"

    def problem_line(self, problem: str) -> str:
        return f"    problem: {problem}"

    def note_line(self, note: str) -> str:
        return f"    note: {note}"

    def footer(self, report: ImportReport) -> str:
        lines = [
            f"Imported {report.total('articles_added')} new articles and {report.total('comments_added')} comments"
            f" ({report.total('articles_merged')} articles merged with a newer scrape,"
            f" {report.total('articles_unchanged')} already in the library)"
            f" from {report.file_count} files; {len(report.skipped)} with problems."
        ]
        if report.ignored:
            # Not an error (a README beside the dumps), but nothing may vanish without a word.
            lines.append(f"Ignored {len(report.ignored)} files that are neither text nor JSON-lines by their name:")
            lines += [f"    {path}" for path in report.ignored]
        if report.cancelled:
            lines.append("Cancelled: the files listed above were imported; the rest were not.")
        if report.stopped:
            lines.append(f"Stopped: {report.stopped} Import again to add the files not imported.")
        return "\n".join(lines)


@dataclass
class ReportLog:
    """How an import's full report is written: a new file in `folder` (by default the library's
    `reports_folder`) named by the date and time (`import-2024-07-08_14-03-59.txt`): a header,
    then each file's lines, appended and flushed once the batch holding the file is committed (a
    crash keeps what was written), then the totals; the REPORTS_KEPT newest are kept. `echo` gets
    the same lines as they go (`glossa import` prints them)."""

    format: ReportFormat = field(default_factory=ReportFormat)
    echo: Callable[[FileReport, str], None] | None = None
    folder: Path | None = None


def import_paths(
    library: Library,
    paths: Iterable[str | Path],
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    log: ReportLog | None = None,
) -> ImportReport:
    """Import files and folders. Without a `log` the report keeps every file's lines in memory;
    with one it writes them to a report file and keeps only a bounded part (ImportReport)."""
    paths = list(paths)
    report = ImportReport()
    total = sum(isinstance(item, Path) for item in _walk(paths, None)) if progress else 0
    recorder = _Recorder(report, log, library.path, [str(p) for p in paths])

    def tell(done: int, current: str) -> None:
        if progress:
            progress(Progress(done, total, current, report.total("articles_added"), report.total("comments_added")))

    try:
        with library.bulk_writes():  # commits flushed lazily: see PRAGMAS in store/db.py
            writer = BatchWriter(library)
            try:
                done = 0
                for item in _walk(paths, report.ignored):
                    if isinstance(item, FileReport):  # missing, or a folder that cannot be listed
                        recorder.add(item)
                        continue
                    if report.stopped:  # the rest are not read, but every file is in the report
                        recorder.add(FileReport(str(item), skipped=_not_read(report.stopped)))
                        recorder.checkpoint(writer.idle, None)
                        continue
                    if cancelled():
                        report.cancelled = True
                        break
                    tell(done, str(item))
                    file_report = FileReport(str(item))
                    recorder.add(file_report)

                    def tick(done: int = done, path: str = str(item), file_report: FileReport = file_report) -> None:
                        tell(done, path)  # inside a big dump, after each group of records
                        recorder.checkpoint(writer.idle, file_report)

                    _import_file_safely(writer, item, file_report, cancelled, report, tick)
                    done += 1
                    recorder.checkpoint(writer.idle, None)
                    if file_report.skipped == CANCELLED:
                        report.cancelled = True
                        break
            finally:
                _commit_safely(writer, report)
        recorder.finish()
    finally:
        recorder.close()
    if not report.cancelled and not report.stopped:
        tell(total, "")
    return report


class _Spill:
    """Notes of a file still being read, past those the report keeps, waiting on disk until the
    file's lines are written: a JSON-lines dump of a million records would hold them all."""

    def __init__(self, keep: int) -> None:
        self.keep = keep  # the notes before these stay in memory
        self.count = 0
        self.file: IO[bytes] = tempfile.TemporaryFile(prefix="glossa-notes-")  # noqa: SIM115 (closed by _Recorder)

    def add(self, notes: list[str]) -> None:
        self.file.seek(0, os.SEEK_END)
        for note in notes:
            pickle.dump(note, self.file)  # keeps a Text's context and arguments for its translation
        self.file.flush()
        self.count += len(notes)

    def notes(self) -> Iterator[str]:
        self.file.seek(0)
        for _ in range(self.count):
            yield pickle.load(self.file)  # our own temporary file


class _Recorder:
    """Builds an import's report as files finish: counts them, writes their lines to the report
    file and to `echo`, and keeps in memory what ImportReport says. A file is final once no batch
    holding it is open (until then BatchWriter may still mark it skipped). Nothing leaves memory
    before it is written and flushed; once the report file fails, everything stays in memory."""

    def __init__(self, report: ImportReport, log: ReportLog | None, library: Path, sources: list[str]) -> None:
        self.report = report
        self.format = log.format if log else ReportFormat()
        self.echo = log.echo if log else None
        self.stream: IO[str] | None = None
        self.files_left, self.notes_left = KEEP_FILES, KEEP_NOTES
        self.pending: list[FileReport] = []  # files not final yet, in order; the last may be being read
        self.counted: dict[int, tuple[int, ...]] = {}  # by id(): pending files read, counted in the totals
        self.spills: dict[int, _Spill] = {}  # by id() of a pending file
        self.spilling = True
        if log is not None:
            self._open(log.folder or reports_folder(library), library, sources)

    def _open(self, folder: Path, library: Path, sources: list[str]) -> None:
        started = datetime.now()
        stem = f"import-{started:%Y-%m-%d_%H-%M-%S}"
        try:
            _check_writable(folder)
            folder.mkdir(parents=True, exist_ok=True)
            for number in range(1, 100):
                path = folder / (f"{stem}.txt" if number == 1 else f"{stem}-{number}.txt")
                with contextlib.suppress(FileExistsError):  # utf-8 whatever the locale; names not in utf-8 escaped
                    self.stream = path.open("x", encoding="utf-8", errors="backslashreplace")
                    break
            else:
                raise FileExistsError(errno.EEXIST, "too many reports in one second", str(folder / stem))
        except OSError as error:
            self._fail(error)
            return
        self.report.log_path = path
        self._write(self.format.header(started, library, sources))
        self._flush()
        _prune(folder, path)

    def add(self, file_report: FileReport) -> None:
        """A file begins (or is reported missing). The one before it, read, counts in the totals
        as it is now, corrected when it is settled (its batch may still be lost)."""
        previous = self.report._reading
        if previous is not None:
            self.counted[id(previous)] = _counts(previous)
            self.report._count(self.counted[id(previous)], 1)
        self.report._reading = file_report
        self.pending.append(file_report)

    def checkpoint(self, idle: bool, reading: FileReport | None) -> None:
        """After a file, or a group of a dump's records. `idle`: no batch is open, so every file
        but the one being read is final."""
        if idle:
            self._settle([f for f in self.pending if f is not reading])
        if self.pending and self.stream is not None and self.spilling:
            self._spill(self.pending[-1])  # only the file read last gains notes

    def finish(self) -> None:
        """Every file is final: their lines, then the totals."""
        self._settle(list(self.pending))
        self._write("")
        self._write(self.format.footer(self.report))
        self._flush()

    def close(self) -> None:
        for spill in self.spills.values():
            spill.file.close()
        self.spills.clear()
        if self.stream is not None:
            try:
                self.stream.close()
            except OSError as error:
                self._fail(error)

    def _settle(self, files: list[FileReport]) -> None:
        if not files:
            return
        settled = []
        settling = {id(f) for f in files}
        self.pending = [f for f in self.pending if id(f) not in settling]  # at most the file being read is left
        for file_report in files:
            if id(file_report) in self.counted:
                self.report._count(self.counted.pop(id(file_report)), -1)
            elif file_report is self.report._reading:
                self.report._reading = None
            self.report._count(file_report, 1)
            spill = self.spills.pop(id(file_report), None)
            self._lines(file_report, spill)
            settled.append((file_report, spill))
        self._flush()
        for file_report, spill in settled:
            self._keep(file_report, spill)

    def _lines(self, file_report: FileReport, spill: _Spill | None) -> None:
        self._line(file_report, self.format.file_line(file_report))
        for problem in file_report.problems:
            self._line(file_report, self.format.problem_line(problem))
        notes: Iterable[str] = file_report.warnings
        if spill is not None:
            notes = _chain(file_report.warnings[: spill.keep], spill.notes(), file_report.warnings[spill.keep :])
        for note in notes:
            self._line(file_report, self.format.note_line(note))

    def _line(self, file_report: FileReport, line: str) -> None:
        self._write(line)
        if self.echo is not None:
            self.echo(file_report, line)

    def _keep(self, file_report: FileReport, spill: _Spill | None) -> None:
        """What of a finished file stays in memory: all of it unless its lines are in the file."""
        if spill is not None:
            if self.stream is None:  # not written after all: back into memory
                file_report.warnings[spill.keep : spill.keep] = list(spill.notes())
            spill.file.close()
        if self.stream is None:
            self.report.files.append(file_report)
            return
        notes = len(file_report.warnings) + (spill.count if spill else 0)
        if file_report.ok and self.files_left <= 0:
            self.report.files_not_kept += 1
            self.report.notes_not_kept += notes
            return
        if file_report.ok:
            self.files_left -= 1
        keep = min(self.notes_left, spill.keep if spill else len(file_report.warnings))  # the first ones
        del file_report.warnings[keep:]
        self.notes_left -= keep
        self.report.notes_not_kept += notes - keep
        self.report.files.append(file_report)

    def _spill(self, file_report: FileReport) -> None:
        spill = self.spills.get(id(file_report))
        keep = spill.keep if spill else min(self.notes_left, len(file_report.warnings))
        if len(file_report.warnings) - keep <= _SPILL_AT:
            return
        try:
            if spill is None:
                spill = self.spills[id(file_report)] = _Spill(keep)
            spill.add(file_report.warnings[keep:])
        except OSError:
            self.spilling = False  # no room for temporary files: the notes wait in memory
            return
        del file_report.warnings[keep:]

    def _write(self, text: str) -> None:
        if self.stream is not None:
            try:
                self.stream.write(text + "\n")
            except OSError as error:
                self._fail(error)

    def _flush(self) -> None:
        if self.stream is not None:
            try:
                self.stream.flush()
            except OSError as error:
                self._fail(error)

    def _fail(self, error: OSError) -> None:
        """The report file cannot be written (any more): from now on the report keeps everything."""
        if self.report.log_error is None:
            self.report.log_error = error.strerror or str(error)
        if self.stream is not None:
            with contextlib.suppress(OSError):
                self.stream.close()
            self.stream = None


def _check_writable(folder: Path) -> None:
    """Raise PermissionError unless `folder`, or the nearest folder above it that exists, may be
    written: by os.access and by its permission bits, since root may write anywhere, but a folder
    without any write bit was made read-only on purpose."""
    existing = folder
    while not existing.exists() and existing.parent != existing:
        existing = existing.parent
    if not (os.access(existing, os.W_OK) and existing.stat().st_mode & 0o222):
        raise PermissionError(errno.EACCES, f"the folder {existing} is read-only", str(folder))


def _chain(*parts: Iterable[str]) -> Iterator[str]:
    for part in parts:
        yield from part


def _prune(folder: Path, current: Path) -> None:
    """Keep the REPORTS_KEPT newest import reports (the current one among them)."""
    with contextlib.suppress(OSError):
        reports = sorted(
            (p for p in folder.glob("import-*.txt") if p != current), key=lambda p: (p.stat().st_mtime, p.name)
        )
        for old in reports[: max(len(reports) - (REPORTS_KEPT - 1), 0)]:
            old.unlink()


def _import_file_safely(
    writer: BatchWriter,
    path: Path,
    file_report: FileReport,
    cancelled: Callable[[], bool],
    report: ImportReport,
    tick: Callable[[], None],
) -> None:
    """One file's import; whatever goes wrong with it is reported and the next file goes on.
    What it stored was rolled back, so nothing of it is half in the library. A full disk (or a
    read-only or failing one) stops the import with the reason: every next file would fail too."""
    try:
        _read_into(writer, path, file_report, cancelled, tick)
    except Exception as error:  # a bug or a database error must not end a run of thousands of files
        reason = explain_write_error(error)  # the real cause, not peewee's failed rollback
        file_report.skipped = _could_not_import(reason)
        if write_error_kind(error) in STOPPING_KINDS:
            report.stopped = reason


def _commit_safely(writer: BatchWriter, report: ImportReport) -> None:
    try:
        writer.commit()
    except Exception as error:  # the batch's files are marked by the writer
        if write_error_kind(error) in STOPPING_KINDS:
            report.stopped = explain_write_error(error)


def import_file(library: Library, path: Path, cancelled: Callable[[], bool] = lambda: False) -> FileReport:
    """One file on its own, committed when this returns. Raises what storing it raised."""
    file_report = FileReport(str(path))
    writer = BatchWriter(library)
    try:
        _read_into(writer, path, file_report, cancelled, lambda: None)
    finally:
        writer.commit()
    return file_report


def _read_into(
    writer: BatchWriter, path: Path, report: FileReport, cancelled: Callable[[], bool], tick: Callable[[], None]
) -> None:
    try:
        data = _read(path)
    except _NotRegular as error:
        report.skipped = QT_TRANSLATE_NOOP("Import", "not a regular file: {kind}").format(kind=message(error))
        return
    except UnreadableInput as error:
        report.skipped = message(error)
        return
    except OSError as error:
        report.skipped = QT_TRANSLATE_NOOP(
            "Import", "cannot read: {reason}").format(reason=error.strerror or str(error))
        return
    if data is None:
        _import_jsonl(writer, _lines(path, report), str(path), report, cancelled, tick)  # dumps are big
        return
    # A Glossa JSON export (top-level "format": "glossa") goes back in whole: desktop/exporting/glossa_import.py.
    export = read_export(data) if _looks_like_json(data) else None
    if export is not None:
        writer.commit()  # the export loader runs its own transactions
        load_export(writer.library, export, str(path), report, cancelled)
        return
    if path.suffix.lower() in JSONL_SUFFIXES and _looks_like_json(data):
        _import_jsonl(writer, _records(data, report), str(path), report, cancelled, tick)
        return
    try:
        documents = parse_bytes(data)
    except UnreadableInput as error:
        report.skipped = message(error)
        return
    writer.store(documents, str(path), report)


def _looks_like_json(data: bytes) -> bool:
    return data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[")


def _starts_with_a_record(stream: IO[bytes]) -> bool:
    """Whether the file's first line is a whole JSON object that is not a Glossa export: a
    JSON-lines dump, read line by line. Anything else (an array, an export, text) is read whole."""
    try:
        for line in _bounded_lines(stream):
            if line is None:
                return False  # longer than any record: read whole, it is refused as too large
            if line.strip(b"\xef\xbb\xbf \t\r\n"):
                record = _json(line.decode("utf-8-sig", errors="replace"))
                return isinstance(record, dict) and record.get("format") != FORMAT_NAME
    except (ValueError, RecursionError):
        pass  # not one record per line: the whole-file path reports why
    return False


def _lines(path: Path, report: FileReport) -> Iterator[tuple[int, dict]]:
    """The records of a JSON-lines file, read a line at a time."""
    with _open(path) as stream:
        lines = (None if line is None else line.decode("utf-8", errors="replace") for line in _bounded_lines(stream))
        yield from _line_records(lines, report)


def _bounded_lines(stream: IO[bytes]) -> Iterator[bytes | None]:
    """A stream's lines, None for one longer than MAX_FILE_BYTES, which is passed over without
    being kept (a file of zeros is one endless line)."""
    while line := stream.readline(MAX_FILE_BYTES + 1):
        if len(line) <= MAX_FILE_BYTES or line.endswith(b"\n"):
            yield line
            continue
        while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
            pass
        yield None


class _NotRegular(Exception):
    """A path that is not a regular file (its kind a Text): it is not read."""


def _open(path: Path) -> IO[bytes]:
    """A regular file opened for reading. Raises _NotRegular, without opening it, for a FIFO, a
    socket or a device; O_NONBLOCK keeps a file swapped for a FIFO since then from blocking."""
    mode = path.stat().st_mode
    if not stat.S_ISREG(mode):
        raise _NotRegular(_file_kind(mode))
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    stream = os.fdopen(descriptor, "rb")
    mode = os.fstat(descriptor).st_mode
    if not stat.S_ISREG(mode):
        stream.close()
        raise _NotRegular(_file_kind(mode))
    return stream


def _file_kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return QT_TRANSLATE_NOOP("Import", "a folder")
    return next((kind for test, kind in _SPECIAL_FILES if test(mode)), QT_TRANSLATE_NOOP("Import", "a special file"))


def _read(path: Path) -> bytes | None:
    """A file's bytes, or None for a JSON-lines dump, which is read a line at a time. Raises
    UnreadableInput for a binary file, judged from its first bytes (a huge one is not read), and
    for one over MAX_FILE_BYTES; _NotRegular for a FIFO or device, which is not even opened."""
    with _open(path) as stream:
        if looks_binary(stream.read(HEAD_BYTES)):
            raise UnreadableInput(BINARY)
        stream.seek(0)
        if path.suffix.lower() in JSONL_SUFFIXES and _starts_with_a_record(stream):
            return None
        stream.seek(0)
        data = stream.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            size = max(os.fstat(stream.fileno()).st_size, len(data))
            raise UnreadableInput(QT_TRANSLATE_NOOP(
                "Import", "too large to read whole: {size} MB, and the most Glossa reads whole is {limit} MB"
                " (a JSON-lines dump, one record per line, may be any size)").format(
                size=size // 1_000_000, limit=MAX_FILE_BYTES // 1_000_000))
    return data


def _json(text: str) -> Any:
    """JSON whose numbers too long for any id (Python reads at most 4,300 digits) stay LongNumbers."""
    return json.loads(text, parse_int=whole_number)


@dataclass
class _Stored:
    """One `store()` of the open batch: whose report it counts in, and what it stored."""

    report: FileReport
    part: FileReport  # its own counts, added to `report`
    what: str | None  # names some records of a file, or None for a whole file
    articles: list[int]


class BatchWriter:
    """Stores parsed documents a batch at a time: one transaction per about `_BATCH_SECONDS` of
    work, the search index filled once per batch. Per-file commits and index passes cost two
    thirds of an import's time. A crash loses at most the batch being written; importing the same
    files again adds exactly what is missing.

    A failing `store()` takes back only itself. A savepoint per file would give that, but SQLite
    copies every page a savepoint changes to a journal of its own: up to a third of the database
    stage's time. So a savepoint holds a group of files (`_GROUP_FILES`, `_GROUP_TEXT`): when
    one of them fails, the group is rolled back and the files before it are stored again."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self._db = library.db
        self._transaction: Any = None
        self._savepoint: Any = None
        self._started = 0.0
        self._pending: list[_Stored] = []  # every store() of the open batch
        self._group: list[tuple[_Stored, list[ParsedDocument]]] = []  # those under the open savepoint
        self._group_text = 0
        self._cache = WriteCache()

    @property
    def idle(self) -> bool:
        """No batch is open: every file stored so far is committed or was marked as lost."""
        return self._transaction is None

    def store(self, documents: list[ParsedDocument], source: str, report: FileReport, what: str | None = None) -> None:
        """Store a file's documents (or, named by `what`, some records of a file) and count them
        in `report`. Raises what storing raised, with none of these documents kept."""
        if self._transaction is None:
            self._transaction = self._db.transaction()
            self._transaction.__enter__()
            self._started = time.monotonic()
            self._cache.next_comment_id = None  # other connections may have written since
        if self._savepoint is None:
            self._savepoint = self._db.savepoint()
            self._savepoint.__enter__()
        stored = _Stored(report, FileReport(source), what, [])
        try:
            stored.articles = _store(self._db, documents, source, stored.part, self._cache)
        except Exception as error:
            self._take_back(error)
            raise
        _count(report, stored.part, 1)
        report.warnings.extend(stored.part.warnings)
        self._pending.append(stored)
        self._group.append((stored, documents))  # kept while they may have to be stored again
        self._group_text += sum(len(document.raw) for document in documents)
        if len(self._group) >= _GROUP_FILES or self._group_text >= _GROUP_TEXT:
            self._release()
        if time.monotonic() - self._started >= _BATCH_SECONDS:
            self.commit()

    def commit(self) -> None:
        """Index the batch and commit it. When that fails, the batch's files are marked as not
        imported, and the error is raised."""
        if self._transaction is None:
            return
        try:
            self._release()
            index_articles(self._db, [article for stored in self._pending for article in stored.articles])
        except Exception as error:
            self._lost(error)
            raise
        transaction, self._transaction = self._transaction, None
        try:
            transaction.__exit__(None, None, None)  # commits; on failure peewee rolls back and raises
        except Exception as error:
            self._lost(error)
            raise
        self._pending.clear()

    def _release(self) -> None:
        """Keep the group: its files can no longer fail but with the whole batch."""
        if self._savepoint is not None:
            savepoint, self._savepoint = self._savepoint, None
            savepoint.commit(begin=False)
        self._group.clear()
        self._group_text = 0

    def _take_back(self, error: Exception) -> None:
        """A store() failed: roll its group back and store the files before it again. When
        SQLite took the whole batch back (disk full), or storing again fails, the batch is lost."""
        self._cache = WriteCache()  # what was written under the savepoint is gone
        if not self._db.connection().in_transaction:
            self._lost(error)
            return
        try:
            self._savepoint.rollback(begin=False)  # the savepoint stays open
            for stored, documents in self._group:
                part = FileReport(stored.part.path)
                stored.articles = _store(self._db, documents, part.path, part, self._cache)
                _count(stored.report, stored.part, -1)  # counted again, though the same library gives the same
                _count(stored.report, part, 1)
                stored.part = part
        except Exception as again:
            self._lost(again)

    def _lost(self, error: Exception) -> None:
        """The batch's transaction is gone: un-count what it held and say why."""
        transaction, self._transaction = self._transaction, None
        self._savepoint = None
        self._group.clear()
        self._group_text = 0
        if transaction is not None:
            with contextlib.suppress(Exception):  # pops peewee's state; SQLite may have rolled back already
                transaction.__exit__(type(error), error, error.__traceback__)
        self._cache = WriteCache()
        reason = _could_not_import(explain_write_error(error))
        for stored in self._pending:
            _count(stored.report, stored.part, -1)
            if stored.what is None:
                stored.report.skipped = reason
            else:
                stored.report.problems.append(_problem(stored.what, reason))
        self._pending.clear()


def _count(report: FileReport, part: FileReport, sign: int) -> None:
    for name in ("articles_added", "articles_merged", "articles_unchanged", "comments_added"):
        setattr(report, name, getattr(report, name) + sign * getattr(part, name))


def _store(
    db: SqliteDatabase, documents: list[ParsedDocument], source: str, report: FileReport, cache: WriteCache
) -> list[int]:
    """Store documents, counting them in `report`; returns their article ids."""
    now = datetime.now().replace(microsecond=0)
    stored = []
    for document in documents:
        result = store_document(db, document, source, now, cache)
        stored.append(result.article_id)
        if result.outcome == "added":
            report.articles_added += 1
        elif result.outcome == "merged":
            report.articles_merged += 1
        else:
            report.articles_unchanged += 1
        report.comments_added += result.comments_added
        report.warnings.extend(_about(document.title, w) for w in document.warnings)
    return stored


def _import_jsonl(
    writer: BatchWriter,
    records: Iterable[tuple[int, dict]],
    source: str,
    report: FileReport,
    cancelled: Callable[[], bool],
    tick: Callable[[], None],
) -> None:
    """One record per line with a `text` field; `url`, `id`, `title`, `date` used when present.
    A whole-file JSON array of such records is accepted too. Records are stored `_JSONL_BATCH` at
    a time; when a group cannot be stored, its records are stored one by one, so only the ones
    that fail are reported and lost."""
    group: list[tuple[int, list[ParsedDocument]]] = []

    def flush() -> None:
        try:
            writer.store([d for _, documents in group for d in documents], source, report,
                         QT_TRANSLATE_NOOP("Import", "records on lines {first}-{last}").format(
                             first=group[0][0], last=group[-1][0]))
        except Exception as error:
            if write_error_kind(error) in STOPPING_KINDS:
                raise
            for line_number, documents in group:
                _store_record(writer, documents, source, report, _on_line(line_number))
        group.clear()
        tick()

    for line_number, record in records:
        if cancelled():
            report.skipped = CANCELLED
            break
        text = record.get("text")
        if not isinstance(text, str) or isinstance(text, LongNumber) or not text.strip():
            report.problems.append(_problem(_on_line(line_number), QT_TRANSLATE_NOOP("Import", "no 'text' field")))
            continue
        documents = _parse_record(text, record)
        if not documents:
            report.problems.append(
                _problem(_on_line(line_number), QT_TRANSLATE_NOOP("Import", "no text in its 'text' field")))
            continue
        group.append((line_number, documents))
        if len(group) >= _JSONL_BATCH:
            flush()
    if group:
        flush()


def _store_record(writer: BatchWriter, documents: list[ParsedDocument], source: str, report: FileReport,
                  what: str) -> None:
    try:
        writer.store(documents, source, report, what)
    except Exception as error:
        if write_error_kind(error) in STOPPING_KINDS:
            raise
        report.problems.append(_problem(what, _could_not_import(explain_write_error(error))))


def _records(data: bytes, report: FileReport) -> Iterator[tuple[int, dict]]:
    text = data.decode("utf-8-sig", errors="replace")
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            items = _json(stripped)
        except (json.JSONDecodeError, RecursionError) as error:
            report.skipped = QT_TRANSLATE_NOOP("Import", "not valid JSON: {error}").format(error=str(error))
            return
        for number, item in enumerate(items if isinstance(items, list) else [], 1):
            if isinstance(item, dict):
                yield number, item
            else:
                report.problems.append(QT_TRANSLATE_NOOP(
                    "Import", "item {number}: not a JSON object").format(number=number))
        return
    yield from _line_records(text.split("\n"), report)


def _line_records(lines: Iterable[str | None], report: FileReport) -> Iterator[tuple[int, dict]]:
    """The records of these lines; a line None was too long to read (_bounded_lines)."""
    for number, line in enumerate(lines, 1):
        if line is None:
            report.problems.append(QT_TRANSLATE_NOOP(
                "Import", "line {number}: longer than {limit} MB, not read").format(
                number=number, limit=MAX_FILE_BYTES // 1_000_000))
            continue
        if number == 1:
            line = line.removeprefix("\ufeff")
        if not line.strip():
            continue
        try:
            record = _json(line)
        except (json.JSONDecodeError, RecursionError):
            report.problems.append(QT_TRANSLATE_NOOP("Import", "line {number}: not valid JSON").format(number=number))
            continue
        if not isinstance(record, dict):
            report.problems.append(QT_TRANSLATE_NOOP(
                "Import", "line {number}: not a JSON object").format(number=number))
            continue
        yield number, record


def _parse_record(text: str, record: dict) -> list[ParsedDocument]:
    """A record's text, with its title line put back when the dump kept the title apart. Several
    documents in one record: the record's url, id and date are the first's."""
    text, warnings = normalise(_no_surrogates(text))
    title = record.get("title")
    title = " ".join(_clean(title).split()) if isinstance(title, str) else ""
    first_line = " ".join(next((line for line in text.split("\n") if line.strip()), "").split())
    # A page title often carries the site's name ("... - TopCor"): either holding the other is a match.
    if title and title.casefold() not in first_line.casefold() and first_line.casefold() not in title.casefold():
        text = f"{title}\n\n{text}"
    documents = parse_text(text)
    if documents:
        _apply_record_fields(documents[0], record)
    for document in documents:
        document.warnings[:0] = warnings
    return documents


def _apply_record_fields(document: ParsedDocument, record: dict) -> None:
    for attribute, key in (("url", "url"), ("source_id", "id"), ("published_at", "date")):
        value = record.get(key)
        if value is not None and not isinstance(value, (dict, list)) and _clean(str(value)).strip():
            setattr(document, attribute, _clean(str(value)).strip())


def _no_surrogates(text: str) -> str:
    """JSON can spell lone surrogates (\\ud800), which SQLite cannot store: U+FFFD instead."""
    return _SURROGATE.sub("\ufffd", text)


def _clean(text: str) -> str:
    """A record's field as stored text: no control characters, no lone surrogates."""
    return normalise(_no_surrogates(text))[0]


# -- the report's words (Texts: the import report translates them, the CLI prints them as they are) --


def _not_read(reason: str) -> str:
    """Why a file after the one an import stopped at was not imported."""
    return QT_TRANSLATE_NOOP("Import", "not imported: the import stopped before this file: {reason}").format(
        reason=reason)


def _could_not_import(reason: str) -> str:
    return QT_TRANSLATE_NOOP("Import", "could not import: {reason}").format(reason=reason)


def _on_line(number: int) -> str:
    return QT_TRANSLATE_NOOP("Import", "record on line {number}").format(number=number)


def _problem(what: str, problem: str) -> str:
    """What went wrong with part of a file: "record on line 3: no 'text' field"."""
    return QT_TRANSLATE_NOOP("Import", "{what}: {problem}").format(what=what, problem=problem)


def _about(title: str, warning: str) -> str:
    """A parser's warning about one document, named by the start of its title."""
    return QT_TRANSLATE_NOOP("Import", "{title}: {warning}").format(title=repr(title[:50]), warning=warning)
