"""Import files, folders and JSON-lines dumps into a library, with a report.

Each file (or batch of JSON-lines records) is committed in its own short transaction, so a
cancelled or crashed import keeps everything committed before it and never half an article.
One bad file never stops the others."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desktop.exporting.glossa_import import load_export, read_export
from desktop.store.check import STOPPING_KINDS, explain_write_error, write_error_kind
from desktop.store.db import Library
from desktop.store.search import index_articles
from desktop.store.writer import store_document

from .decode import normalise
from .documents import ParsedDocument, UnreadableInput
from .parse import parse_bytes, parse_text

TEXT_SUFFIXES = {".txt", ".text", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
_JSONL_BATCH = 200
_SURROGATE = re.compile("[\ud800-\udfff]")


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
                missing.append(FileReport(str(error.filename), skipped=f"cannot read folder: {error.strerror}"))

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
            missing.append(FileReport(str(path), skipped="no such file or folder"))
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
    with library.bulk_writes():  # commits flushed lazily: see PRAGMAS in store/db.py
        for done, path in enumerate(files):
            if cancelled():
                report.cancelled = True
                break
            if progress:
                progress(Progress(done, len(files), str(path), report.total("articles_added"),
                                  report.total("comments_added")))
            _import_file_safely(library, path, cancelled, report)
            if report.files[-1].skipped == "cancelled":
                report.cancelled = True
                break
            if report.stopped:
                break
    if progress and not report.cancelled and not report.stopped:
        progress(Progress(len(files), len(files), "", report.total("articles_added"),
                          report.total("comments_added")))
    return report


def _import_file_safely(library: Library, path: Path, cancelled: Callable[[], bool], report: ImportReport) -> None:
    """One file's import; whatever goes wrong with it is reported and the next file goes on.
    Its transaction was rolled back, so nothing of it is half in the library. A full disk (or a
    read-only or failing one) stops the import with the reason: every next file would fail too."""
    try:
        report.files.append(import_file(library, path, cancelled))
    except Exception as error:  # a bug or a database error must not end a run of thousands of files
        reason = explain_write_error(error)  # the real cause, not peewee's failed rollback
        report.files.append(FileReport(str(path), skipped=f"could not import: {reason}"))
        if write_error_kind(error) in STOPPING_KINDS:
            report.stopped = reason


def import_file(library: Library, path: Path, cancelled: Callable[[], bool] = lambda: False) -> FileReport:
    file_report = FileReport(str(path))
    try:
        data = path.read_bytes()
    except OSError as error:
        file_report.skipped = f"cannot read: {error.strerror or error}"
        return file_report
    # A Glossa JSON export (top-level "format": "glossa") goes back in whole: desktop/exporting/glossa_import.py.
    export = read_export(data) if _looks_like_json(data) else None
    if export is not None:
        load_export(library, export, str(path), file_report, cancelled)
        return file_report
    if path.suffix.lower() in JSONL_SUFFIXES and _looks_like_json(data):
        _import_jsonl(library, data, str(path), file_report, cancelled)
        return file_report
    try:
        documents = parse_bytes(data)
    except UnreadableInput as error:
        file_report.skipped = str(error)
        return file_report
    _store(library, documents, str(path), file_report)
    return file_report


def _looks_like_json(data: bytes) -> bool:
    return data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[")


def _store(library: Library, documents: list[ParsedDocument], source: str, report: FileReport) -> None:
    now = datetime.now().replace(microsecond=0)
    with library.atomic():
        stored = []
        for document in documents:
            result = store_document(library.db, document, source, now)
            stored.append(result.article_id)
            if result.outcome == "added":
                report.articles_added += 1
            elif result.outcome == "merged":
                report.articles_merged += 1
            else:
                report.articles_unchanged += 1
            report.comments_added += result.comments_added
            report.warnings.extend(f"{document.title[:50]!r}: {w}" for w in document.warnings)
        index_articles(library.db, stored)  # the search index, in bulk, in the same transaction


def _import_jsonl(
    library: Library, data: bytes, source: str, report: FileReport, cancelled: Callable[[], bool]
) -> None:
    """One record per line with a `text` field; `url`, `id`, `title`, `date` used when present.
    A whole-file JSON array of such records is accepted too."""
    batch: list[ParsedDocument] = []
    for line_number, record in _records(data, report):
        if cancelled():
            report.skipped = "cancelled"
            break
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            report.problems.append(f"record on line {line_number}: no 'text' field")
            continue
        documents = _parse_record(text, record)
        if not documents:
            report.problems.append(f"record on line {line_number}: no text in its 'text' field")
            continue
        batch.extend(documents)
        if len(batch) >= _JSONL_BATCH:
            _store(library, batch, source, report)
            batch = []
    if batch:
        _store(library, batch, source, report)


def _records(data: bytes, report: FileReport) -> Iterator[tuple[int, dict]]:
    text = data.decode("utf-8-sig", errors="replace")
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            items = json.loads(stripped)
        except (json.JSONDecodeError, RecursionError) as error:
            report.skipped = f"not valid JSON: {error}"
            return
        for number, item in enumerate(items if isinstance(items, list) else [], 1):
            if isinstance(item, dict):
                yield number, item
            else:
                report.problems.append(f"item {number}: not a JSON object")
        return
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, RecursionError):
            report.problems.append(f"line {number}: not valid JSON")
            continue
        if not isinstance(record, dict):
            report.problems.append(f"line {number}: not a JSON object")
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
