"""Import files, folders and JSON-lines dumps into a library, with a report.

Files are stored in batches (BatchWriter): one short transaction per batch, a savepoint per file
(or per group of JSON-lines records), so a file that fails takes back only itself, and a cancelled
or crashed import keeps every batch committed before it and never half an article. One bad file
never stops the others. JSON-lines dumps are read a line at a time."""

from __future__ import annotations

import contextlib
import json
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from peewee import SqliteDatabase

from desktop.exporting.glossa_import import FORMAT_NAME, load_export, read_export
from desktop.store.check import STOPPING_KINDS, explain_write_error, write_error_kind
from desktop.store.db import Library
from desktop.store.search import index_articles
from desktop.store.writer import WriteCache, store_document
from desktop.texts import QT_TRANSLATE_NOOP, message

from .decode import normalise
from .documents import ParsedDocument, UnreadableInput
from .parse import parse_bytes, parse_text

TEXT_SUFFIXES = {".txt", ".text", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
_JSONL_BATCH = 200  # records stored under one savepoint: a group that fails is reported as one
# One write transaction holds about this much work: a note saved during an import waits at most
# about this long, and a crash loses at most this much (importing again adds it).
_BATCH_SECONDS = 0.5
_SURROGATE = re.compile("[\ud800-\udfff]")
CANCELLED = QT_TRANSLATE_NOOP("Import", "cancelled")  # why a file was skipped: the import was cancelled in it


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
    files: list[FileReport] = field(default_factory=list)
    cancelled: bool = False
    # Files inside the given folders that were not read: neither text nor JSON-lines by their name.
    ignored: list[str] = field(default_factory=list)
    # Why the import ended early: a write failed in a way every next file would too (disk full).
    stopped: str | None = None

    def total(self, name: str) -> int:
        return sum(getattr(f, name) for f in self.files)

    @property
    def skipped(self) -> list[FileReport]:
        return [f for f in self.files if not f.ok]


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
    files, missing, _ignored = _collect(paths)
    return files, missing


def _collect(paths: Iterable[str | Path]) -> tuple[list[Path], list[FileReport], list[str]]:
    files: list[Path] = []
    missing: list[FileReport] = []
    ignored: list[str] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():

            def unreadable(error: OSError) -> None:  # a folder os.walk cannot list is reported, not skipped
                missing.append(FileReport(str(error.filename), skipped=QT_TRANSLATE_NOOP(
                    "Import", "cannot read folder: {reason}").format(reason=error.strerror)))

            for root, dirs, names in os.walk(path, onerror=unreadable):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if name.startswith("."):
                        continue
                    if _importable(Path(name)):
                        files.append(Path(root) / name)
                    else:
                        ignored.append(str(Path(root) / name))
        elif path.is_file():
            files.append(path)  # named explicitly: read whatever its name
        else:
            missing.append(FileReport(str(path), skipped=QT_TRANSLATE_NOOP("Import", "no such file or folder")))
    return files, missing, ignored


def _importable(path: Path) -> bool:
    return path.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES


def import_paths(
    library: Library,
    paths: Iterable[str | Path],
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> ImportReport:
    files, missing, ignored = _collect(paths)
    report = ImportReport(files=list(missing), ignored=ignored)

    def tell(done: int, current: str) -> None:
        if progress:
            progress(Progress(done, len(files), current, report.total("articles_added"),
                              report.total("comments_added")))

    with library.bulk_writes():  # commits flushed lazily: see PRAGMAS in store/db.py
        writer = BatchWriter(library)
        try:
            for done, path in enumerate(files):
                if cancelled():
                    report.cancelled = True
                    break
                tell(done, str(path))
                file_report = FileReport(str(path))
                report.files.append(file_report)
                _import_file_safely(writer, path, file_report, cancelled, report, partial(tell, done, str(path)))
                if file_report.skipped == CANCELLED:
                    report.cancelled = True
                    break
                if report.stopped:
                    break
        finally:
            _commit_safely(writer, report)
    if not report.cancelled and not report.stopped:
        tell(len(files), "")
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
    if path.suffix.lower() in JSONL_SUFFIXES and _starts_with_a_record(path):
        _import_jsonl(writer, _lines(path, report), str(path), report, cancelled, tick)  # streamed: dumps are big
        return
    try:
        data = path.read_bytes()
    except OSError as error:
        report.skipped = QT_TRANSLATE_NOOP(
            "Import", "cannot read: {reason}").format(reason=error.strerror or str(error))
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


def _starts_with_a_record(path: Path) -> bool:
    """Whether the file's first line is a whole JSON object that is not a Glossa export: a
    JSON-lines dump, read line by line. Anything else (an array, an export, text) is read whole."""
    try:
        with path.open("rb") as stream:
            for line in stream:
                if line.strip(b"\xef\xbb\xbf \t\r\n"):
                    record = json.loads(line.decode("utf-8-sig", errors="replace"))
                    return isinstance(record, dict) and record.get("format") != FORMAT_NAME
    except (OSError, ValueError, RecursionError):
        pass  # unreadable or not one record per line: the whole-file path reports why
    return False


def _lines(path: Path, report: FileReport) -> Iterator[tuple[int, dict]]:
    """The records of a JSON-lines file, read a line at a time."""
    with path.open("rb") as stream:
        lines = (line.decode("utf-8", errors="replace") for line in stream)
        yield from _line_records(lines, report)


class BatchWriter:
    """Stores parsed documents a batch at a time: one transaction per about `_BATCH_SECONDS` of
    work, each `store()` under a savepoint of its own, so a failing file takes back only itself,
    and the search index filled once per batch. Per-file commits and index passes cost two thirds
    of an import's time. A crash loses at most the batch being written; importing the same files
    again adds exactly what is missing."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self._db = library.db
        self._transaction: Any = None
        self._started = 0.0
        self._articles: list[int] = []
        self._pending: list[tuple[FileReport, FileReport, str | None]] = []  # (report, its part, what)
        self._cache = WriteCache()

    def store(self, documents: list[ParsedDocument], source: str, report: FileReport, what: str | None = None) -> None:
        """Store a file's documents (or, named by `what`, some records of a file) and count them
        in `report`. Raises what storing raised, with none of these documents kept."""
        if self._transaction is None:
            self._transaction = self._db.transaction()
            self._transaction.__enter__()
            self._started = time.monotonic()
            self._cache.next_comment_id = None  # other connections may have written since
        part = FileReport(source)
        try:
            with self._db.savepoint():
                articles = _store(self._db, documents, source, part, self._cache)
        except Exception as error:
            self._cache = WriteCache()  # what was written under the savepoint is gone
            if not self._db.connection().in_transaction:  # SQLite took the whole batch back (disk full)
                self._lost(error)
            raise
        _count(report, part, 1)
        report.warnings.extend(part.warnings)
        self._pending.append((report, part, what))
        self._articles.extend(articles)
        if time.monotonic() - self._started >= _BATCH_SECONDS:
            self.commit()

    def commit(self) -> None:
        """Index the batch and commit it. When that fails, the batch's files are marked as not
        imported, and the error is raised."""
        if self._transaction is None:
            return
        try:
            index_articles(self._db, self._articles)
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
        self._articles.clear()

    def _lost(self, error: Exception) -> None:
        """The batch's transaction is gone: un-count what it held and say why."""
        transaction, self._transaction = self._transaction, None
        if transaction is not None:
            with contextlib.suppress(Exception):  # pops peewee's state; SQLite may have rolled back already
                transaction.__exit__(type(error), error, error.__traceback__)
        self._cache = WriteCache()
        reason = _could_not_import(explain_write_error(error))
        for report, part, what in self._pending:
            _count(report, part, -1)
            if what is None:
                report.skipped = reason
            else:
                report.problems.append(_problem(what, reason))
        self._pending.clear()
        self._articles.clear()


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
        if not isinstance(text, str) or not text.strip():
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
            items = json.loads(stripped)
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


def _line_records(lines: Iterable[str], report: FileReport) -> Iterator[tuple[int, dict]]:
    for number, line in enumerate(lines, 1):
        if number == 1:
            line = line.removeprefix("\ufeff")
        if not line.strip():
            continue
        try:
            record = json.loads(line)
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
