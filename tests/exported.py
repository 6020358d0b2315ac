"""What the real JSON export writes of a library's articles, for tests that check stored data
through it (the export is the documented view of everything a library holds)."""

from __future__ import annotations

import io
import json
from typing import Any

from desktop.exporting.json_format import write_json
from desktop.store.db import Library


def exported_articles(library: Library) -> list[dict[str, Any]]:
    """Every article with its thread in document order, as `glossa export --format json` writes it."""
    out = io.StringIO()
    write_json(library, out)
    articles: list[dict[str, Any]] = json.loads(out.getvalue())["articles"]
    return articles
