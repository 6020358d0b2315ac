"""An import's report: what each file gave (FileReport), the totals (ImportReport), and the full
report file written as the import goes (ReportLog, ReportFormat).

The report's memory does not grow with the number of files: given a `ReportLog`, every file's
lines go to a report file as the import goes, and the `ImportReport` keeps the totals, every file
skipped or with problems, and only the first files and notes (KEEP_FILES, KEEP_NOTES)."""

from __future__ import annotations

import contextlib
import errno
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO

from desktop.store.batches import COUNTS as _COUNTS
from desktop.texts import QT_TRANSLATE_NOOP

CANCELLED = QT_TRANSLATE_NOOP("Import", "cancelled")  # why a file was skipped: the import was cancelled in it
# With a report file, the report in memory keeps every file skipped or with problems, the first
# KEEP_FILES others and the first KEEP_NOTES notes (a note, two Texts, is about 1.7 KB in memory):
# the rest is only in the file.
KEEP_FILES = 1_000
KEEP_NOTES = 2_000
_SPILL_AT = 1_000  # notes a file still being read (a big dump) holds beyond those before they wait on disk
REPORTS_KEPT = 20  # report files kept in a library's reports folder, the newest


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


@dataclass(eq=False)
class _Pending:
    """A file not final yet: what of it is counted in the totals, and its notes waiting on disk."""

    file: FileReport
    counted: tuple[int, ...] | None = None  # its counts, added to the totals when the next file began
    spill: _Spill | None = None


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
        self.pending: list[_Pending] = []  # files not final yet, in order; the last may be being read
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
        if previous is not None:  # always the last pending file
            entry = self.pending[-1]
            entry.counted = _counts(previous)
            self.report._count(entry.counted, 1)
        self.report._reading = file_report
        self.pending.append(_Pending(file_report))

    def checkpoint(self, idle: bool, reading: FileReport | None) -> None:
        """After a file, or a group of a dump's records. `idle`: no batch is open, so every file
        but the one being read is final."""
        if idle:
            self._settle([entry for entry in self.pending if entry.file is not reading])
        if self.pending and self.stream is not None and self.spilling:
            self._spill(self.pending[-1])  # only the file read last gains notes

    def finish(self) -> None:
        """Every file is final: their lines, then the totals."""
        self._settle(list(self.pending))
        self._write("")
        self._write(self.format.footer(self.report))
        self._flush()

    def close(self) -> None:
        for entry in self.pending:
            if entry.spill is not None:
                entry.spill.file.close()
                entry.spill = None
        if self.stream is not None:
            try:
                self.stream.close()
            except OSError as error:
                self._fail(error)

    def _settle(self, entries: list[_Pending]) -> None:
        if not entries:
            return
        settling = set(entries)
        self.pending = [entry for entry in self.pending if entry not in settling]  # at most the file being read
        for entry in entries:
            if entry.counted is not None:
                self.report._count(entry.counted, -1)
            elif entry.file is self.report._reading:
                self.report._reading = None
            self.report._count(entry.file, 1)
            self._lines(entry.file, entry.spill)
        self._flush()
        for entry in entries:
            self._keep(entry.file, entry.spill)

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

    def _spill(self, entry: _Pending) -> None:
        file_report, spill = entry.file, entry.spill
        keep = spill.keep if spill else min(self.notes_left, len(file_report.warnings))
        if len(file_report.warnings) - keep <= _SPILL_AT:
            return
        try:
            if spill is None:
                spill = entry.spill = _Spill(keep)
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




def not_read(reason: str) -> str:
    """Why a file after the one an import stopped at was not imported."""
    return QT_TRANSLATE_NOOP("Import", "not imported: the import stopped before this file: {reason}").format(
        reason=reason)
