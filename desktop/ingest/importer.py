"""Import files, folders and JSON-lines dumps into a library, with a report: the import loop.

`walk` lists the files, `formats` reads each (the first reader whose sniff says yes), the
store's BatchWriter stores what it reads a batch at a time, and `report` says what happened.
One bad file never stops the others; a full disk stops the import with the reason."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from desktop.store.batches import BatchWriter, could_not_import, problem
from desktop.store.check import STOPPING_KINDS, explain_write_error, write_error_kind
from desktop.store.db import Library
from desktop.store.glossa_json import load_export
from desktop.texts import QT_TRANSLATE_NOOP, message

from .documents import UnreadableInput
from .formats import reader_for
from .formats.reader import Export, Part
from .parallel import FileRead, Readers
from .report import (
    CANCELLED,
    KEEP_FILES,
    KEEP_NOTES,
    REPORTS_KEPT,
    FileReport,
    ImportReport,
    ReportFormat,
    ReportLog,
    _Recorder,
    not_read,
    reports_folder,
)
from .walk import NotRegular, Source, collect_files, walk

__all__ = [
    "CANCELLED", "KEEP_FILES", "KEEP_NOTES", "REPORTS_KEPT", "FileReport", "ImportReport", "Progress",
    "ProgressCallback", "ReportFormat", "ReportLog", "collect_files", "import_file", "import_paths", "reports_folder",
]


@dataclass
class Progress:
    done: int
    total: int
    current: str
    articles: int
    comments: int


ProgressCallback = Callable[[Progress], None]


def import_paths(
    library: Library,
    paths: Iterable[str | Path],
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    log: ReportLog | None = None,
    workers: int | None = None,
) -> ImportReport:
    """Import files and folders. Without a `log` the report keeps every file's lines in memory;
    with one it writes them to a report file and keeps only a bounded part (ImportReport).
    Text files are decoded and parsed in up to `workers` processes beside this one (default: a
    core each but this one's; 0: none), an import of more than a few files only (parallel.py):
    what is stored, and in which order, is the same."""
    paths = list(paths)
    report = ImportReport()
    total = sum(isinstance(item, Path) for item in walk(paths, None)) if progress else 0
    recorder = _Recorder(report, log, library.path, [str(p) for p in paths])

    def tell(done: int, current: str) -> None:
        if progress:
            progress(Progress(done, total, current, report.total("articles_added"), report.total("comments_added")))

    try:
        with library.bulk_writes(), Readers(workers) as readers:  # bulk_writes: commits flushed lazily (store/db.py)
            writer = BatchWriter(library)
            try:
                done = 0
                for item, read in readers.ordered(walk(paths, report.ignored), cancelled):
                    if isinstance(item, FileReport):  # missing, or a folder that cannot be listed
                        recorder.add(item)
                        continue
                    if report.stopped:  # the rest are not read, but every file is in the report
                        readers.stop()
                        recorder.add(FileReport(str(item), skipped=not_read(report.stopped)))
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

                    if read is not None and not read.deferred:  # read by a worker process
                        store = partial(_store_read, writer, item, read, file_report)
                        _store_safely(store, file_report, report)
                    else:
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
    _store_safely(partial(_read_into, writer, path, file_report, cancelled, tick), file_report, report)


def _store_safely(store: Callable[[], None], file_report: FileReport, report: ImportReport) -> None:
    try:
        store()
    except Exception as error:  # a bug or a database error must not end a run of thousands of files
        reason = explain_write_error(error)  # the real cause, not peewee's failed rollback
        file_report.skipped = could_not_import(reason)
        if write_error_kind(error) in STOPPING_KINDS:
            report.stopped = reason


def _store_read(writer: BatchWriter, path: Path, read: FileRead, report: FileReport) -> None:
    """Store what a worker process read of a file, as _read_into stores what it reads."""
    if read.error is not None:
        raise read.error
    if read.skipped is not None:
        report.skipped = read.skipped
    else:
        _store(writer, Part(read.documents), str(path), report)


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
    for part in _parts(path, report, cancelled):
        if isinstance(part, Export):
            writer.commit()  # the export loader runs its own transactions
            load_export(writer.library, part.data, str(path), report, cancelled)
            continue
        _store(writer, part, str(path), report)
        if part.what is not None:
            tick()  # inside a big dump, after each group of records


def _parts(path: Path, report: FileReport, cancelled: Callable[[], bool]) -> Iterator[Part | Export]:
    """The file's parts as the first reader that knows it reads them; a file that cannot be read
    is reported as skipped (what storing its parts raises does not pass through here)."""
    try:
        source = Source.open(path)
        yield from reader_for(source).read(source, report, cancelled)
    except NotRegular as error:
        report.skipped = QT_TRANSLATE_NOOP("Import", "not a regular file: {kind}").format(kind=message(error))
    except UnreadableInput as error:
        report.skipped = message(error)
    except OSError as error:
        report.skipped = QT_TRANSLATE_NOOP(
            "Import", "cannot read: {reason}").format(reason=error.strerror or str(error))


def _store(writer: BatchWriter, part: Part, source: str, report: FileReport) -> None:
    """Store a part; when it cannot be, its pieces one by one (a failing one is reported)."""
    try:
        writer.store(part.documents, source, report, part.what)
    except Exception as error:
        if not part.pieces or write_error_kind(error) in STOPPING_KINDS:
            raise
        for what, documents in part.pieces:
            try:
                writer.store(documents, source, report, what)
            except Exception as error:
                if write_error_kind(error) in STOPPING_KINDS:
                    raise
                report.problems.append(problem(what, could_not_import(explain_write_error(error))))
