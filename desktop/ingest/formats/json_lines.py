"""A JSON-lines dump (`.jsonl`, `.ndjson`, `.json`): one record per line with a `text` field;
`url`, `id`, `title`, `date` used when present. A whole-file JSON array of such records is read
too. A dump is read a line at a time, so it may be any size; its records are stored GROUP at a
time, and when a group cannot be stored, one by one, so only the ones that fail are lost."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator

from desktop.ingest import walk
from desktop.ingest.decode import normalise
from desktop.ingest.documents import ParsedDocument
from desktop.ingest.json_values import LongNumber, loads
from desktop.ingest.parse import parse_text
from desktop.ingest.report import CANCELLED, FileReport
from desktop.ingest.walk import JSONL_SUFFIXES, Source
from desktop.store.batches import problem
from desktop.store.glossa_json import FORMAT_NAME
from desktop.texts import QT_TRANSLATE_NOOP

from .reader import Part

GROUP = 200  # records stored under one savepoint: a group that fails is reported as one
_SURROGATE = re.compile("[\ud800-\udfff]")


def sniff(source: Source) -> bool:
    return source.suffix in JSONL_SUFFIXES and (_streams(source) or source.starts_with(b"{["))


def _streams(source: Source) -> bool:
    """Whether the file's first line is a whole JSON object that is not a Glossa export: a
    JSON-lines dump, read line by line. Anything else (an array, an export, text) is read whole."""
    first = source.first_record()
    return isinstance(first, dict) and first.get("format") != FORMAT_NAME


def read(source: Source, report: FileReport, cancelled: Callable[[], bool]) -> Iterator[Part]:
    records = _lines(source, report) if _streams(source) else _records(source.data(), report)
    group: list[tuple[int, list[ParsedDocument]]] = []
    for line_number, record in records:
        if cancelled():
            report.skipped = CANCELLED
            break
        text = record.get("text")
        if not isinstance(text, str) or isinstance(text, LongNumber) or not text.strip():
            report.problems.append(problem(_on_line(line_number), QT_TRANSLATE_NOOP("Import", "no 'text' field")))
            continue
        documents = _parse_record(text, record)
        if not documents:
            report.problems.append(
                problem(_on_line(line_number), QT_TRANSLATE_NOOP("Import", "no text in its 'text' field")))
            continue
        group.append((line_number, documents))
        if len(group) >= GROUP:
            yield _part(group)
            group = []
    if group:
        yield _part(group)


def _part(group: list[tuple[int, list[ParsedDocument]]]) -> Part:
    what = QT_TRANSLATE_NOOP("Import", "records on lines {first}-{last}").format(first=group[0][0], last=group[-1][0])
    pieces = [(_on_line(line_number), documents) for line_number, documents in group]
    return Part([d for _, documents in group for d in documents], what, pieces)


def _records(data: bytes, report: FileReport) -> Iterator[tuple[int, dict]]:
    text = data.decode("utf-8-sig", errors="replace")
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            items = loads(stripped)
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


def _lines(source: Source, report: FileReport) -> Iterator[tuple[int, dict]]:
    """The records of a JSON-lines file, read a line at a time."""
    with source.stream() as stream:
        lines = (None if line is None else line.decode("utf-8", errors="replace")
                 for line in walk.bounded_lines(stream))
        yield from _line_records(lines, report)


def _line_records(lines: Iterable[str | None], report: FileReport) -> Iterator[tuple[int, dict]]:
    """The records of these lines; a line None was too long to read (walk.bounded_lines)."""
    for number, line in enumerate(lines, 1):
        if line is None:
            report.problems.append(QT_TRANSLATE_NOOP(
                "Import", "line {number}: longer than {limit} MB, not read").format(
                number=number, limit=walk.MAX_FILE_BYTES // 1_000_000))
            continue
        if number == 1:
            line = line.removeprefix("\ufeff")
        if not line.strip():
            continue
        try:
            record = loads(line)
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


def _on_line(number: int) -> str:
    return QT_TRANSLATE_NOOP("Import", "record on line {number}").format(number=number)
