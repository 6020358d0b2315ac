"""CSV for spreadsheets, pandas and R: `comments.csv` (one row per comment), `annotations.csv`
(one row per tag link, note and highlight) and `agreement.csv` (one row per tag: how far the coders
agree, exporting/agreement_tables.py; only its header when fewer than two coders marked work
coded), written all or none. UTF-8 (with a byte-order mark for Excel when asked),
RFC 4180 quoting (cells with commas, quotes or line breaks are quoted; lines end with CRLF).

A text cell that a spreadsheet would read as a formula (starting with = + - @, a tab or a carriage
return) gets an apostrophe in front, and so does one that starts with an apostrophe: to get the
text back, drop one leading apostrophe from any cell that has one (`undefuse`)."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from .records import JsonObject, TagRecord

COMMENT_COLUMNS = (
    "article_id", "article_title", "comment_id", "parent_id", "depth", "path", "author", "display_name",
    "posted_at", "text", "tags", "note", "matched",
)  # fmt: skip
ANNOTATION_COLUMNS = (
    "kind", "id", "target_kind", "target_id", "article_id", "tag", "highlighted_text", "start", "end", "note",
    "coder",
)  # fmt: skip
TAG_SEPARATOR = "; "
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")


def defuse(value: Any) -> Any:
    """A cell as written: text that a spreadsheet would take for a formula is prefixed with '."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def undefuse(cell: str) -> str:
    """The text of a cell as read back."""
    return cell[1:] if cell.startswith("'") else cell


CSV_NAMES = ("comments", "annotations", "agreement")


def csv_paths(path: Path) -> tuple[Path, ...]:
    """Where the files go: `x.csv` -> x-comments.csv, x-annotations.csv and x-agreement.csv
    beside it; any other path is a folder (made if missing) holding comments.csv, annotations.csv
    and agreement.csv."""
    if path.suffix.lower() == ".csv":
        return tuple(path.with_name(f"{path.stem}-{name}.csv") for name in CSV_NAMES)
    return tuple(path / f"{name}.csv" for name in CSV_NAMES)


def _note_text(item: JsonObject) -> str | None:
    return item["notes"][0]["text"] if item["notes"] else None


def comment_rows(article: JsonObject, matched: frozenset[int] | None) -> Iterator[list[Any]]:
    for c in article["comments"]:
        yield [
            article["id"], article["title"], c["id"], c["parent_id"], c["depth"], c["path"], c["author"],
            c["display_name"], c["posted_at"], c["body"], TAG_SEPARATOR.join(c["tags"]), _note_text(c),
            "" if matched is None else int(c["id"] in matched),
        ]  # fmt: skip


def _annotations_of(kind: str, item: JsonObject, article_id: int) -> Iterator[list[Any]]:
    for coding in item["codings"]:  # each coder's application of a tag is a row of its own
        yield ["tag", None, kind, item["id"], article_id, coding["tag"], None, None, None, None, coding["coder"]]
    note = _note_text(item)
    if note is not None:
        yield ["note", None, kind, item["id"], article_id, None, None, None, None, note, item["notes"][0].get("coder")]
    for h in item["highlights"]:
        yield ["highlight", h["id"], kind, item["id"], article_id, h["tag"], h["text"], h["start"], h["end"],
               _note_text(h), h.get("coder")]  # fmt: skip


def annotation_rows(article: JsonObject) -> Iterator[list[Any]]:
    yield from _annotations_of("article", article, article["id"])
    for comment in article["comments"]:
        yield from _annotations_of("comment", comment, article["id"])


def library_annotation_rows(
    tags: Iterable[TagRecord], authors: Iterable[JsonObject], campaigns: Iterable[JsonObject] = ()
) -> Iterator[list[Any]]:
    """Notes on tags (target_id: the tag path), on commenters (target_id: the handle) and on
    campaigns (target_id: the campaign's first comment)."""
    for tag in tags:
        if tag.note:
            yield ["note", None, "tag", tag.path, None, tag.path, None, None, None, tag.note["text"], None]
    for author in authors:
        for note in author["notes"]:
            yield ["note", None, "author", author["handle"], None, None, None, None, None, note["text"], None]
    for campaign in campaigns:
        for note in campaign["notes"]:
            yield ["note", None, "campaign", campaign["comment_id"], None, None, None, None, None, note["text"], None]


class CsvWriter:
    """One CSV file being written."""

    def __init__(self, out: IO[str], columns: Iterable[str]) -> None:
        self._writer = csv.writer(out)  # the excel dialect: QUOTE_MINIMAL, CRLF
        self._writer.writerow(list(columns))

    def rows(self, rows: Iterable[list[Any]]) -> None:
        self._writer.writerows([defuse(value) for value in row] for row in rows)
