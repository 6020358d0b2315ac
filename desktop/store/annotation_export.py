"""Annotations in the JSON export: `tags`, `notes` and `highlights` on articles and comments, and
the library-wide `tags`, `authors` (their notes) and `detached` (notes and highlights whose target
was deleted). Highlight offsets index the text they belong to: for an article its paragraphs
joined with a blank line ("\\n\\n"), for a comment its body; they count code points.

Who coded what (schema version 7): an article's and a comment's `codings` list each coder's tag
applications (tag path, coder name, time; `tags` stays the set of paths), and every note and
highlight names its `coder`; `coded_by` names the coders who marked the article, or the subthread
from the comment, coded; the top-level `coders` lists every coder's name, the owner first. The SQL
runs on both engines through dialect.py.

An export made in blind coding (`coder`, an id) holds only that coder's work: their tag links,
notes, highlights and coded marks; `coders` names only them, and `hidden_notes` and
`hidden_highlights` tell the exports which library-wide notes and highlights are the others'."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from peewee import Database

from .annotations import tag_tree
from .dialect import execute, of

JsonObject = dict[str, Any]


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value).replace(" ", "T", 1)


def _note(body: str, created: Any, updated: Any, coder: str | None = None) -> JsonObject:
    note = {"text": body, "created_at": _iso(created), "updated_at": _iso(updated)}
    return note if coder is None else {**note, "coder": coder}


class AnnotationExport:
    """Reads a library's annotations for the exports (exporting/records.py), one article at a time. Articles with no
    annotations cost no query."""

    def __init__(self, db: Database, coder: int | None = None) -> None:
        self.db = db
        self.coder = coder  # only this coder's work (an export made in blind coding); None: everyone's
        self.tags = tag_tree(db)
        self.paths = {tag.id: tag.path for tag in self.tags}
        self.coders: dict[int, str] = {
            int(i): name for i, name in execute(db, "SELECT id, name FROM coder ORDER BY id").fetchall()
            if coder is None or int(i) == coder}
        mine, by = self._by(""), self._by("ct.")
        self.annotated = {
            row[0]
            for row in execute(
                db, f"SELECT article_id FROM article_tag WHERE 1 = 1{mine}"
                f" UNION SELECT c.article_id FROM comment_tag ct JOIN comment c ON c.id = ct.comment_id WHERE 1 = 1{by}"
                f" UNION SELECT article_id FROM note WHERE article_id IS NOT NULL AND body <> ''{mine}"
                " UNION SELECT c.article_id FROM note n JOIN comment c ON c.id = n.comment_id WHERE n.body <> ''"
                f"{self._by('n.')}"
                f" UNION SELECT article_id FROM highlight WHERE article_id IS NOT NULL{mine}"
                f" UNION SELECT article_id FROM coded WHERE article_id IS NOT NULL{mine}"
                " UNION SELECT c.article_id FROM coded d JOIN comment c ON c.id = d.comment_id"
                f" WHERE 1 = 1{self._by('d.')}"
            )
        }
        self.hidden_notes: set[tuple[str, int]] = set()  # the others' notes: (target kind, target id)
        self.hidden_note_ids: set[int] = set()
        self.hidden_highlights: set[int] = set()
        if coder is not None:
            for note_id, kind, target in execute(
                db, "SELECT id, target_kind, COALESCE(article_id, comment_id, highlight_id, author_id, tag_id,"
                " campaign_id) FROM note WHERE coder_id <> ?", (coder,)):  # fmt: skip
                self.hidden_note_ids.add(int(note_id))
                if target is not None:
                    self.hidden_notes.add((str(kind), int(target)))
            self.hidden_highlights = {int(r[0]) for r in execute(
                db, "SELECT id FROM highlight WHERE coder_id <> ?", (coder,))}  # fmt: skip

    def _by(self, alias: str) -> str:
        """The condition keeping only the export's coder's rows (the id is an int: written into the SQL)."""
        return "" if self.coder is None else f" AND {alias}coder_id = {int(self.coder)}"

    def _path(self, tag_id: int | None) -> str | None:
        return self.paths.get(tag_id) if tag_id is not None else None

    def _highlight(self, row: tuple[Any, ...]) -> JsonObject:
        highlight_id, start, end, text, tag_id, created, note, note_created, note_updated, coder, note_coder = row
        return {
            "id": highlight_id,
            "start": start,
            "end": end,
            "text": text,
            "tag": self._path(tag_id),
            "notes": [_note(note, note_created, note_updated, self.coders.get(note_coder))] if note else [],
            "created_at": _iso(created),
            "coder": self.coders.get(coder),
        }

    def _coding(self, tag_id: int, coder: int, created: Any) -> JsonObject:
        return {"tag": self.paths[tag_id], "coder": self.coders.get(coder), "created_at": _iso(created)}

    def annotate(self, article_id: int, comments: list[JsonObject]) -> JsonObject:
        """Add `tags`, `notes` and `highlights` to each exported comment (matched on "id") and
        return the same three fields for the article."""
        empty: JsonObject = {"tags": [], "codings": [], "notes": [], "highlights": [], "coded_by": []}
        if article_id not in self.annotated:
            for comment in comments:
                comment.update({"tags": [], "codings": [], "notes": [], "highlights": [], "coded_by": []})
            return empty
        db = self.db
        tags: dict[int | None, list[str]] = defaultdict(list)
        codings: dict[int | None, list[JsonObject]] = defaultdict(list)
        coded: dict[int | None, list[str]] = defaultdict(list)  # who marked it (or the thread from it) coded
        for comment_id, coder in execute(
            db, f"SELECT NULL, coder_id FROM coded WHERE article_id = ?{self._by('')}"
            " UNION ALL SELECT d.comment_id, d.coder_id FROM coded d JOIN comment c ON c.id = d.comment_id"
            f" WHERE c.article_id = ?{self._by('d.')} ORDER BY 2", (article_id, article_id)
        ):
            coded[comment_id].append(self.coders[coder])
        notes: dict[int | None, list[JsonObject]] = defaultdict(list)
        highlights: dict[int | None, list[JsonObject]] = defaultdict(list)
        for tag_id, coder, created in execute(
            db, f"SELECT tag_id, coder_id, created_at FROM article_tag WHERE article_id = ?{self._by('')} ORDER BY id",
            (article_id,)
        ):
            codings[None].append(self._coding(tag_id, coder, created))
        for comment_id, tag_id, coder, created in execute(
            db, "SELECT ct.comment_id, ct.tag_id, ct.coder_id, ct.created_at FROM comment_tag ct"
            f" JOIN comment c ON c.id = ct.comment_id WHERE c.article_id = ?{self._by('ct.')} ORDER BY ct.id",
            (article_id,),
        ):
            codings[comment_id].append(self._coding(tag_id, coder, created))
        for key, found in codings.items():
            tags[key] = sorted({coding["tag"] for coding in found})
        for body, created, updated, coder in execute(
            db, "SELECT body, created_at, updated_at, coder_id FROM note WHERE article_id = ? AND body <> ''"
            f"{self._by('')}",
            (article_id,),
        ):
            notes[None].append(_note(body, created, updated, self.coders.get(coder)))
        for comment_id, body, created, updated, coder in execute(
            db, "SELECT n.comment_id, n.body, n.created_at, n.updated_at, n.coder_id FROM note n"
            f" JOIN comment c ON c.id = n.comment_id WHERE c.article_id = ? AND n.body <> ''{self._by('n.')}",
            (article_id,),
        ):
            notes[comment_id].append(_note(body, created, updated, self.coders.get(coder)))
        for row in execute(
            db, "SELECT h.target_kind, h.comment_id, h.id, h.start_offset, h.end_offset, h.text, h.tag_id,"
            " h.created_at, n.body, n.created_at, n.updated_at, h.coder_id, n.coder_id FROM highlight h"
            f" LEFT JOIN note n ON n.highlight_id = h.id AND n.body <> ''{self._by('n.')}"
            f" WHERE h.article_id = ? AND (h.target_kind = 'article' OR h.comment_id IS NOT NULL){self._by('h.')}"
            " ORDER BY h.start_offset, h.end_offset, h.id",
            (article_id,),
        ):
            owner = None if row[0] == "article" else row[1]
            highlights[owner].append(self._highlight(row[2:]))
        for comment in comments:
            key = comment["id"]
            comment.update({"tags": tags[key], "codings": codings[key], "notes": notes[key],
                            "highlights": highlights[key], "coded_by": coded[key]})
        return {"tags": tags[None], "codings": codings[None], "notes": notes[None], "highlights": highlights[None],
                "coded_by": coded[None]}

    def library(self) -> JsonObject:
        """The top-level fields: every tag (path, colour, favourite key, notes), the notes on
        authors, and the detached notes and highlights."""
        db = self.db
        tag_notes = {
            tag_id: _note(body, created, updated)
            for tag_id, body, created, updated in execute(
                db, "SELECT tag_id, body, created_at, updated_at FROM note WHERE tag_id IS NOT NULL AND body <> ''"
            )
        }
        tags = [
            {
                "path": tag.path,
                "color": tag.color,
                "favorite_slot": tag.favorite_slot,
                "notes": [tag_notes[tag.id]] if tag.id in tag_notes else [],
            }
            for tag in self.tags
        ]
        authors = [
            {"handle": handle, "notes": [_note(body, created, updated)]}
            for handle, body, created, updated in execute(
                db, "SELECT a.handle, n.body, n.created_at, n.updated_at FROM note n"
                f" JOIN author a ON a.id = n.author_id WHERE n.body <> '' ORDER BY {of(db).binary('a.handle')}"
            )
        ]
        detached_notes = [
            {"target_kind": kind, "label": label, **_note(body, created, updated)}
            for kind, label, body, created, updated in execute(
                db, "SELECT target_kind, target_label, body, created_at, updated_at FROM note WHERE body <> ''"
                " AND article_id IS NULL AND comment_id IS NULL AND highlight_id IS NULL AND author_id IS NULL"
                " AND tag_id IS NULL AND campaign_id IS NULL ORDER BY id"
            )
        ]
        detached_highlights = [
            {"target_kind": row[0], "label": row[1], **self._highlight(row[2:])}
            for row in execute(
                db, "SELECT h.target_kind, h.target_label, h.id, h.start_offset, h.end_offset, h.text, h.tag_id,"
                " h.created_at, n.body, n.created_at, n.updated_at, h.coder_id, n.coder_id FROM highlight h"
                " LEFT JOIN note n ON n.highlight_id = h.id AND n.body <> ''"
                " WHERE h.article_id IS NULL OR (h.target_kind = 'comment' AND h.comment_id IS NULL) ORDER BY h.id"
            )
        ]
        return {
            "coders": list(self.coders.values()),
            "tags": tags,
            "authors": authors,
            "detached": {"notes": detached_notes, "highlights": detached_highlights},
        }


def library_identity(db: Database) -> str | None:
    """What tells this library from any other, unchanged for its whole life: when its first
    article was imported and that article's fingerprint. Articles are never deleted and a merge
    keeps the row, so this holds across edits, copies, backups and restores; None for a library
    with no article yet."""
    row = execute(db, "SELECT imported_at, fingerprint FROM article ORDER BY id LIMIT 1").fetchone()
    return None if row is None else f"{row[0]} {row[1]}"
