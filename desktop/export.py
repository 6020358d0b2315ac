"""Exports of a library. JSON is the documented, lossless-by-design format."""

from __future__ import annotations

import json
from typing import IO

from .store.annotation_export import AnnotationExport
from .store.db import Library
from .store.queries import export_articles

FORMAT_NAME = "glossa"
FORMAT_VERSION = 1


def write_json(library: Library, out: IO[str]) -> int:
    """Stream the library as JSON, one article at a time; returns the number of articles."""
    out.write(f'{{"format": "{FORMAT_NAME}", "version": {FORMAT_VERSION}, "articles": [')
    count = 0
    for article in export_articles(library.db):
        out.write(",\n" if count else "\n")
        out.write(json.dumps(article, ensure_ascii=False, indent=None))
        count += 1
    out.write("\n]" if count else "]")
    for key, value in AnnotationExport(library.db).library().items():  # tags, authors, detached
        out.write(f", {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
    out.write("}\n")
    return count
