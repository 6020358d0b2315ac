"""The library read for export: one record per article, in the documented JSON form (README.md,
"JSON export format"), with everything a lossless round trip needs. Every format is written from
these records, so a scope or the pseudonyms apply to all formats alike.

An article record: id, title, subtitle, paragraphs, source {file, position, url, id, format,
photo_credit, published_at, imported_at}, warnings, raw, updated_at, read, starred, tags, notes,
highlights, comments. A comment: id, parent_id, depth, path, author, display_name, status,
posted_at, body, truncated, read, tags, notes, highlights. A note: text, created_at, updated_at,
revisions [{text, saved_at, replaced_at, coder}, newest first]. A highlight: id, start, end, text, tag,
notes, created_at (offsets in code points into the article text, `"\\n\\n".join(paragraphs)`, or
into the comment body).

A reader for one coder (`coder`: an export made in blind coding) holds only that coder's tag
links, notes, highlights and coded marks, on articles and comments and library-wide alike."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from peewee import Database

from desktop.store import export_records as store
from desktop.store.annotation_export import AnnotationExport
from desktop.store.json_lists import stored_list

from .pseudonyms import IDENTITY, OffsetMap, Pseudonymiser
from .scope import ResolvedScope

JsonObject = dict[str, Any]
_CHUNK = 100  # articles read per round of queries


def iso(value: Any) -> str | None:
    """A stored time ('2022-12-23 19:38:00') as ISO 8601 local time without zone."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value).replace(" ", "T", 1)


def _note(body: str, created: Any, updated: Any, revisions: list[JsonObject]) -> JsonObject:
    return {"text": body, "created_at": iso(created), "updated_at": iso(updated), "revisions": revisions}


@dataclass(frozen=True)
class TagRecord:
    path: str
    name: str
    parent_path: str | None
    color: str
    favorite_slot: int | None
    note: JsonObject | None

    def as_json(self) -> JsonObject:
        return {
            "path": self.path,
            "color": self.color,
            "favorite_slot": self.favorite_slot,
            "notes": [self.note] if self.note else [],
        }


class ExportReader:
    """Reads the articles of a resolved scope as records. Call inside one read transaction for a
    consistent snapshot (run_export does)."""

    def __init__(self, db: Database, scope: ResolvedScope, pseudonymise: bool = False,
                 coder: int | None = None) -> None:  # fmt: skip
        self.db = db
        self.scope = scope
        self.coder = coder  # only this coder's work; None: every coder's
        self.pseudonymiser = Pseudonymiser.from_db(db) if pseudonymise else None
        self._annotations = AnnotationExport(db, coder)
        self._revisions = self._read_revisions()

    @property
    def total(self) -> int:
        return len(self.scope.article_ids)

    def coders(self) -> list[str]:
        """Every coder's name, the owner first (who coded what: schema version 7)."""
        return list(self._annotations.coders.values())

    def comment_count(self) -> int:
        return store.comment_count(self.db, None if self.scope.whole_library else self.scope.article_ids)

    # -- notes' history -------------------------------------------------------------------------

    def _read_revisions(self) -> dict[tuple[str, int], list[JsonObject]]:
        """(target kind, target id) -> earlier texts, newest first; ("detached", note id) for
        notes whose target is gone."""
        result: dict[tuple[str, int], list[JsonObject]] = defaultdict(list)
        names = self._annotations.coders  # only the export's coder in a blind export: the others' texts stay out
        for row in store.note_revisions(self.db):
            kind, article, comment, highlight, author, tag, campaign, note_id, body, saved, replaced, coder = row
            if coder not in names:
                continue
            target = {"article": article, "comment": comment, "highlight": highlight, "author": author,
                      "tag": tag, "campaign": campaign}.get(kind)  # fmt: skip
            key = (kind, target) if target is not None else ("detached", note_id)
            result[key].append({"text": body, "saved_at": iso(saved), "replaced_at": iso(replaced),
                                "coder": names[coder]})
        return result

    def _with_history(self, notes: list[JsonObject], kind: str, target_id: int) -> list[JsonObject]:
        for note in notes:
            note["revisions"] = self._revisions.get((kind, target_id), [])
        return notes

    # -- articles -------------------------------------------------------------------------------

    def articles(self) -> Iterator[JsonObject]:
        ids = self.scope.article_ids
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            threads: dict[int, list[JsonObject]] = defaultdict(list)
            for c in store.thread_rows(self.db, chunk):
                threads[c[0]].append({
                    "id": c[1], "parent_id": c[2], "depth": c[3], "path": c[4], "author": c[5],
                    "display_name": c[6], "status": c[7], "posted_at": iso(c[8]), "body": c[9],
                    "truncated": bool(c[10]), "read": bool(c[11]),
                })  # fmt: skip
            for row in store.article_rows(self.db, chunk):
                record = self._article(row, threads.get(row[0], []))
                yield pseudonymise_article(record, self.pseudonymiser) if self.pseudonymiser else record

    def _article(self, row: Sequence[Any], comments: list[JsonObject]) -> JsonObject:
        (article_id, title, subtitle, paragraphs, kind, source_file, position, url, source_id, credit, published,
         imported, warnings, raw, updated, is_read, is_starred) = row  # fmt: skip
        annotations = self._annotations.annotate(article_id, comments)
        for comment in comments:
            self._with_history(comment["notes"], "comment", comment["id"])
            for highlight in comment["highlights"]:
                self._with_history(highlight["notes"], "highlight", highlight["id"])
        self._with_history(annotations["notes"], "article", article_id)
        for highlight in annotations["highlights"]:
            self._with_history(highlight["notes"], "highlight", highlight["id"])
        return {
            "id": article_id,
            "title": title,
            "subtitle": subtitle,
            "paragraphs": stored_list(paragraphs),
            "source": {
                "file": source_file,
                "position": position,
                "url": url,
                "id": source_id,
                "format": kind,
                "photo_credit": credit,
                "published_at": published,
                "imported_at": iso(imported),
            },
            "warnings": stored_list(warnings),
            "raw": raw,
            "updated_at": iso(updated),
            "read": bool(is_read),
            "starred": bool(is_starred),
            **annotations,  # tags, notes, highlights
            "comments": comments,
        }

    # -- the library-wide fields ----------------------------------------------------------------

    def tags(self) -> list[TagRecord]:
        """Every tag (an export carries the whole code book), parents before children."""
        notes = {
            tag_id: _note(body, created, updated, self._revisions.get(("tag", tag_id), []))
            for tag_id, body, created, updated in store.tag_notes(self.db)
            if ("tag", tag_id) not in self._annotations.hidden_notes
        }
        paths = {tag.id: tag.path for tag in self._annotations.tags}
        p = self.pseudonymiser
        records = []
        for tag in self._annotations.tags:
            parent = paths.get(tag.parent_id) if tag.parent_id is not None else None
            note = notes.get(tag.id)
            if p is not None:
                note = _pseudonymise_note(note, p) if note else None
                records.append(TagRecord(p.path(tag.path), p.text(tag.name), p.path(parent) if parent else None,
                                         tag.color, tag.favorite_slot, note))  # fmt: skip
            else:
                records.append(TagRecord(tag.path, tag.name, parent, tag.color, tag.favorite_slot, note))
        return records

    def authors(self) -> list[JsonObject]:
        """The commenters of the exported articles (every author for the whole library) with every
        display name they were seen under and the note on them."""
        rows = store.authors(self.db, None if self.scope.whole_library else self.scope.article_ids)
        aliases = store.author_aliases(self.db)
        notes = {
            author_id: _note(body, created, updated, self._revisions.get(("author", author_id), []))
            for author_id, body, created, updated in store.author_notes(self.db)
            if ("author", author_id) not in self._annotations.hidden_notes
        }
        result: list[JsonObject] = []
        p = self.pseudonymiser
        for author_id, handle in rows:
            note = notes.get(author_id)
            if p is None:
                result.append({"handle": handle, "aliases": aliases.get(author_id, []),
                               "notes": [note] if note else []})  # fmt: skip
            else:
                pseudonym = p.handle(handle)
                result.append({"handle": pseudonym, "aliases": [pseudonym] if aliases.get(author_id) else [],
                               "notes": [_pseudonymise_note(note, p)] if note else []})  # fmt: skip
        if p is not None:
            result.sort(key=lambda a: int(a["handle"].rsplit(" ", 1)[-1]))
        return result

    def campaigns(self) -> list[JsonObject]:
        """The notes on campaigns (desktop/store/campaigns.py), each by its campaign's first
        comment: those of the exported articles' comments."""
        rows = store.campaign_notes(self.db)
        wanted = None if self.scope.whole_library else set(self.scope.article_ids)
        p = self.pseudonymiser
        result = []
        for comment_id, article_id, key, label, body, created, updated in rows:
            if (wanted is not None and article_id not in wanted) or ("campaign", key) in self._annotations.hidden_notes:
                continue
            note = _note(body, created, updated, self._revisions.get(("campaign", key), []))
            if p is not None:
                label, note = p.text(label), _pseudonymise_note(note, p)
            result.append({"comment_id": comment_id, "label": label, "notes": [note]})
        return result

    def detached(self) -> JsonObject:
        """Notes and highlights whose target was deleted: only in an export of the whole library."""
        if not self.scope.whole_library:
            return {"notes": [], "highlights": []}
        notes = [
            {"target_kind": kind, "label": label,
             **_note(body, created, updated, self._revisions.get(("detached", note_id), []))}
            for note_id, kind, label, body, created, updated in store.detached_notes(self.db)
            if note_id not in self._annotations.hidden_note_ids
        ]  # fmt: skip
        paths = {tag.id: tag.path for tag in self._annotations.tags}
        highlights = []
        for row in store.detached_highlights(self.db):
            kind, label, article_id, highlight_id, start, end, text, tag_id, created, note, noted, note_updated = row
            if highlight_id in self._annotations.hidden_highlights:
                continue
            if ("highlight", highlight_id) in self._annotations.hidden_notes:
                note = None
            highlights.append({
                "target_kind": kind, "label": label, "article_id": article_id,  # a deleted comment's article
                "id": highlight_id, "start": start, "end": end, "text": text,
                "tag": paths.get(tag_id) if tag_id is not None else None,
                "notes": [_note(note, noted, note_updated, self._revisions.get(("highlight", highlight_id), []))]
                if note else [],
                "created_at": iso(created),
            })  # fmt: skip
        p = self.pseudonymiser
        if p is not None:
            for item in [*notes, *highlights]:
                item["label"] = p.text(item["label"])
            notes = [_pseudonymise_note(note, p) for note in notes]
            for highlight in highlights:
                _pseudonymise_highlight(highlight, IDENTITY, None, p)
        return {"notes": notes, "highlights": highlights}


# -- pseudonyms ---------------------------------------------------------------------------------


def _pseudonymise_note(note: JsonObject, p: Pseudonymiser) -> JsonObject:
    return {
        **note,
        "text": p.text(note["text"]),
        "revisions": [{**r, "text": p.text(r["text"])} for r in note.get("revisions", [])],
    }


def _pseudonymise_highlight(highlight: JsonObject, offsets: OffsetMap, new_text: str | None, p: Pseudonymiser) -> None:
    """Carry a highlight over to the pseudonymised text of its target (new_text; None when the
    target is gone). A highlight whose text no longer matches its target keeps its own text,
    pseudonymised on its own."""
    start, end = offsets.position(highlight["start"]), offsets.position(highlight["end"], end=True)
    if new_text is not None and highlight.get("_fresh"):
        highlight["text"] = new_text[start:end]
    else:
        highlight["text"] = p.text(highlight["text"])
    highlight.pop("_fresh", None)
    highlight["start"], highlight["end"] = start, end
    if highlight.get("tag"):
        highlight["tag"] = p.path(highlight["tag"])
    highlight["notes"] = [_pseudonymise_note(n, p) for n in highlight["notes"]]


def _pseudonymise_annotations(item: JsonObject, text: str, p: Pseudonymiser) -> str:
    """Tags, notes and highlights of an article or comment whose text (article text or body) is
    `text`; returns the pseudonymised text."""
    new_text, offsets = p.text_map(text)
    for highlight in item["highlights"]:
        highlight["_fresh"] = text[highlight["start"] : highlight["end"]] == highlight["text"]
        _pseudonymise_highlight(highlight, offsets, new_text, p)
    item["tags"] = sorted(p.path(t) for t in item["tags"])
    item["codings"] = [{**coding, "tag": p.path(coding["tag"])} for coding in item["codings"]]
    item["notes"] = [_pseudonymise_note(n, p) for n in item["notes"]]
    return new_text


def pseudonymise_article(record: JsonObject, p: Pseudonymiser) -> JsonObject:
    """The record with every handle and display name replaced (in place; returned)."""
    paragraphs = record["paragraphs"]
    _pseudonymise_annotations(record, "\n\n".join(paragraphs), p)
    record["paragraphs"] = [p.text(paragraph) for paragraph in paragraphs]
    record["title"] = p.text(record["title"])
    record["subtitle"] = p.optional(record["subtitle"])
    record["raw"] = p.text(record["raw"])
    record["warnings"] = [p.text(w) for w in record["warnings"]]
    source = record["source"]
    for key in ("file", "url", "id", "photo_credit", "published_at"):
        source[key] = p.optional(source[key])
    for comment in record["comments"]:
        comment["body"] = _pseudonymise_annotations(comment, comment["body"], p)
        pseudonym = p.handle(comment["author"])
        comment["author"] = pseudonym
        comment["display_name"] = pseudonym if comment["display_name"] else None
    return record


# -- helpers for the writers ---------------------------------------------------------------------


def nesting(comments: Sequence[JsonObject], limit: int) -> list[int]:
    """How deep to show each comment (1 = top level), from the parent links: a reply one level
    below its parent, never deeper than `limit`; a comment whose parent is not before it in the
    thread shows at the top. Linear, no recursion (threads can be 100,000 deep)."""
    levels: dict[Any, int] = {}
    result = []
    for comment in comments:
        parent = comment.get("parent_id")
        level = levels[parent] + 1 if parent is not None and parent in levels else 1
        levels[comment["id"]] = level
        result.append(min(level, limit))
    return result
