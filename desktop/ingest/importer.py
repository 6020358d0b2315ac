"""Import files, folders and JSON-lines dumps into a library, with a report.

Each file (or batch of JSON-lines records) is committed in its own short transaction, so a
cancelled or crashed import keeps everything committed before it and never half an article.
One bad file never stops the others."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desktop.store.db import Library
from desktop.store.writer import store_document

from .documents import ParsedDocument, UnreadableInput
from .parse import parse_bytes, parse_text

TEXT_SUFFIXES = {".txt", ".text", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
_JSONL_BATCH = 200


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
    files: list[Path] = []
    missing: list[FileReport] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                files.extend(
                    Path(root) / n for n in sorted(names) if not n.startswith(".") and _importable(Path(n))
                )
        elif path.is_file():
            files.append(path)
        else:
            missing.append(FileReport(str(path), skipped="no such file or folder"))
    return files, missing


def _importable(path: Path) -> bool:
    return path.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES


def import_paths(
    library: Library,
    paths: Iterable[str | Path],
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> ImportReport:
    files, missing = collect_files(paths)
    report = ImportReport(files=list(missing))
    for done, path in enumerate(files):
        if cancelled():
            report.cancelled = True
            break
        if progress:
            progress(Progress(done, len(files), str(path), report.total("articles_added"),
                              report.total("comments_added")))
        report.files.append(import_file(library, path, cancelled))
        if report.files[-1].skipped == "cancelled":
            report.cancelled = True
            break
    if progress and not report.cancelled:
        progress(Progress(len(files), len(files), "", report.total("articles_added"),
                          report.total("comments_added")))
    return report


def import_file(library: Library, path: Path, cancelled: Callable[[], bool] = lambda: False) -> FileReport:
    file_report = FileReport(str(path))
    try:
        data = path.read_bytes()
    except OSError as error:
        file_report.skipped = f"cannot read: {error.strerror or error}"
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
        for document in documents:
            result = store_document(library.db, document, source, now)
            if result.outcome == "added":
                report.articles_added += 1
            elif result.outcome == "merged":
                report.articles_merged += 1
            else:
                report.articles_unchanged += 1
            report.comments_added += result.comments_added
            report.warnings.extend(f"{document.title[:50]!r}: {w}" for w in document.warnings)


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
        documents = parse_text(text.replace("\r\n", "\n").replace("\r", "\n"))
        if documents:  # several documents in one record: the record's url and id are the first's
            _apply_record_fields(documents[0], record)
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


def _apply_record_fields(document: ParsedDocument, record: dict) -> None:
    for attribute, key in (("url", "url"), ("source_id", "id"), ("published_at", "date")):
        value = record.get(key)
        if value is not None and not isinstance(value, (dict, list)):
            setattr(document, attribute, str(value))
    title = record.get("title")
    if isinstance(title, str) and title.strip() and not document.title:
        document.title = title.strip()
