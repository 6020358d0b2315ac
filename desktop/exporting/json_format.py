"""The JSON export: the documented format (README.md, "JSON export format"), streamed one article
at a time, lossless: importing it into an empty library (desktop/store/glossa_json.py)
gives back the library, ids included, and exporting that again gives the same file but for
`exported_at`."""

from __future__ import annotations

import json
from datetime import datetime
from typing import IO

from desktop.store import export_records
from desktop.store.db import Library
from desktop.store.glossa_json import FORMAT_NAME, FORMAT_VERSION

from .progress import CancelCheck, ProgressCallback, never, tracked
from .records import ExportReader
from .scope import Scope


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def write_records(
    reader: ExportReader, out: IO[str], progress: ProgressCallback | None = None, cancelled: CancelCheck = never
) -> int:
    """Write the reader's articles and library fields as one JSON document; returns the number of
    articles. `format` comes first: the importer recognises an export by it."""
    out.write(f'{{"format": "{FORMAT_NAME}", "version": {FORMAT_VERSION}, "articles": [')
    count = 0
    for article in tracked(reader.articles(), reader.total, progress, cancelled):
        out.write(",\n" if count else "\n")
        out.write(_dump(article))
        count += 1
    out.write("\n]" if count else "]")
    fields = {
        "coders": reader.coders(),
        "tags": [tag.as_json() for tag in reader.tags()],
        "authors": reader.authors(),
        "campaigns": reader.campaigns(),
        "detached": reader.detached(),
        "exported_at": datetime.now().replace(microsecond=0).isoformat(),
        "scope": reader.scope.description
        if reader.pseudonymiser is None
        else reader.pseudonymiser.text(reader.scope.description),
        "pseudonymised": reader.pseudonymiser is not None,
    }
    for key, value in fields.items():
        out.write(f", {_dump(key)}: {_dump(value)}")
    out.write("}\n")
    return count


def write_json(
    library: Library,
    out: IO[str],
    scope: Scope | None = None,
    pseudonymise: bool = False,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck = never,
    coder: int | None = None,
) -> int:
    """Stream the library (or a scope of it) as JSON; returns the number of articles. Reads
    inside one read transaction: a note saved meanwhile is in the export entirely or not at all.
    With a `coder`, only that coder's work (as an export made in blind coding)."""
    db = library.db
    with export_records.snapshot(db):
        resolved = (scope or Scope.whole_library()).resolve(db, coder)
        reader = ExportReader(db, resolved, pseudonymise, coder)
        return write_records(reader, out, progress, cancelled)
