"""A Glossa JSON export (desktop/exporting/json_format.py): one JSON object whose "format" is
"glossa". Read whole and every value checked (desktop/ingest/glossa_export.py), it goes back in
with its annotations: desktop/store/glossa_json.py."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from desktop.ingest import glossa_export
from desktop.ingest.json_values import whole_number
from desktop.ingest.report import FileReport
from desktop.ingest.walk import Source
from desktop.store.glossa_json import FORMAT_NAME

from .reader import Export


def sniff(source: Source) -> bool:
    if not source.starts_with(b"{"):
        return False
    first = source.first_record()
    if isinstance(first, dict) and first.get("format") != FORMAT_NAME:
        return False  # a JSON-lines dump, which may be too big to read whole
    source.found = read_export(source.data())
    return source.found is not None


def read(source: Source, report: FileReport, cancelled: Callable[[], bool]) -> Iterator[Export]:
    export = source.found if isinstance(source.found, dict) else read_export(source.data())
    if export is not None:
        yield Export(glossa_export.check(export))


def read_export(data: bytes) -> dict[str, Any] | None:
    """The export in these bytes, or None when they are not one JSON object whose "format" is
    "glossa" (a JSON-lines file's first record is not enough)."""
    text = data.decode("utf-8-sig", errors="replace").lstrip()
    if not text.startswith("{"):
        return None
    try:
        value, end = json.JSONDecoder(parse_int=whole_number).raw_decode(text)
    except (json.JSONDecodeError, RecursionError):
        return None
    if not isinstance(value, dict) or value.get("format") != FORMAT_NAME or text[end:].strip():
        return None
    return value
