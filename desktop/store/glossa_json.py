"""Storing a Glossa JSON export (desktop/exporting/json_format.py) back into a library: the
importer's reader (desktop/ingest/formats/glossa_json.py) recognises and reads the file and
hands the export to `load_export`.

Into an empty library (no articles, authors, tags, notes or highlights) an export goes in as it
was: article, comment and highlight ids are kept, with read and starred state, times, note
histories, tags with colours and favourite keys, authors with every display name, and the
detached notes and highlights; exporting that library again gives the same JSON but for
`exported_at`. Ids that are missing, repeated, malformed or beyond SQLite's range (a whole number
from 1 to 2^63 - 1) are given afresh: an article's comments keep their ids only when every one of
them can, else they are all numbered afresh. A reply's `parent_id` names the nearest comment
before it with that id (comments come parents first), so a thread whose ids repeat keeps its shape.

Into a library that has something already, each article merges like a newer scrape
(desktop/store/writer.py: an article already there keeps its id and gains the comments it
lacked; read and starred stay set where either had them), and the annotations are added without
duplicates: a tag link or a highlight (same place, same tag) already there is not added again, a
tag or a favourite key the library has keeps its colour and owner, and a note whose target
already has a different note is added below it (the old text kept in its history).

Each article goes in with its annotations in one transaction; an article the file gets wrong is
reported and skipped, the others go in."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from peewee import IntegrityError, SqliteDatabase

from desktop.ingest.documents import DocumentKind, ParsedComment, ParsedDocument, Presence
from desktop.ingest.json_values import LongNumber
from desktop.store import annotations as ann
from desktop.store import coders, summaries
from desktop.store.batches import Tally
from desktop.store.db import Library
from desktop.store.search import index_articles
from desktop.store.writer import article_fingerprint, comment_fingerprints, store_document
from desktop.texts import QT_TRANSLATE_NOOP, message

FORMAT_NAME = "glossa"  # an export's top-level "format", first in the file
FORMAT_VERSION = 1  # the newest version written and read

JsonObject = dict[str, Any]
_TIME = "%Y-%m-%d %H:%M:%S"
_SURROGATE = re.compile("[\ud800-\udfff]")
_LARGEST = 2**63 - 1  # SQLite's integers are signed 64-bit


class _Invalid(ValueError):
    """Something in the file that is not what an export holds: raised with a Text, which the
    import report shows (translated in the window). `what` below names the value: a field of the
    file as it is spelt there ("title", "source.url"), or a phrase marked for translation."""


# -- checked values -----------------------------------------------------------------------------


def _text(value: Any, what: str, optional: bool = False) -> Any:
    if value is None and optional:
        return None
    if not isinstance(value, str) or isinstance(value, LongNumber):
        raise _Invalid(QT_TRANSLATE_NOOP("GlossaImport", "{what} is not text").format(what=what))
    return _SURROGATE.sub("\ufffd", value)


def _int(value: Any, what: str, optional: bool = False) -> Any:
    if value is None and optional:
        return None
    if isinstance(value, LongNumber) or (isinstance(value, int) and not -_LARGEST - 1 <= value <= _LARGEST):
        raise _Invalid(QT_TRANSLATE_NOOP("GlossaImport", "{what} is too large").format(what=what))
    if not isinstance(value, int) or isinstance(value, bool):
        raise _Invalid(QT_TRANSLATE_NOOP("GlossaImport", "{what} is not a whole number").format(what=what))
    return value


def _id(value: Any) -> int | None:
    """An exported id the library can keep: a whole number in SQLite's range, from 1."""
    return value if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= _LARGEST else None


def _key(value: Any) -> Hashable:
    """An exported id as something to look up, or None: null, a list or an object names nothing."""
    return (type(value), value) if isinstance(value, (int, str, float)) else None


def _list(value: Any, what: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise _Invalid(QT_TRANSLATE_NOOP("GlossaImport", "{what} is not a list").format(what=what))
    return value


def _object(value: Any, what: str) -> JsonObject:
    if not isinstance(value, dict):
        raise _Invalid(QT_TRANSLATE_NOOP("GlossaImport", "{what} is not an object").format(what=what))
    return value


def _stored_time(value: Any, default: str) -> str:
    """An exported time ("2022-12-23T19:38:00") as the store keeps it."""
    if not isinstance(value, str):
        return default
    try:
        return datetime.fromisoformat(value).strftime(_TIME)
    except ValueError:
        return default


def _posted(value: Any) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(_text(value, "posted_at"))
    except ValueError:
        raise _Invalid(QT_TRANSLATE_NOOP("GlossaImport", "posted_at {value} is not a time").format(
            value=repr(value))) from None


# -- loading ------------------------------------------------------------------------------------


@dataclass
class _Loader:
    library: Library
    report: Tally
    source: str
    keep_ids: bool
    now: str = field(default_factory=lambda: datetime.now().strftime(_TIME))
    tags: dict[str, int] = field(default_factory=dict)
    comments: dict[int, int] = field(default_factory=dict)  # exported comment id -> the library's (campaigns)
    articles: dict[Hashable, int] = field(default_factory=dict)  # exported article id (_key) -> the library's
    coders: dict[str, int] = field(default_factory=dict)  # a coder's name -> the library's id

    def coder(self, name: Any) -> int:
        """Who made an annotation in the file, by name (schema version 7): the owner when the
        export does not say (one made before coders were recorded)."""
        if name is None:
            return coders.OWNER_ID
        name = _text(name, QT_TRANSLATE_NOOP("GlossaImport", "a coder"))
        if name not in self.coders:
            try:
                self.coders[name] = coders.coder_id(self.db, name)
            except coders.CoderError as error:
                raise _Invalid(QT_TRANSLATE_NOOP("GlossaImport", "a coder: {error}").format(error=str(error))) from None
        return self.coders[name]

    @property
    def db(self) -> SqliteDatabase:
        return self.library.db

    # notes ---------------------------------------------------------------------------------

    def note(self, kind: str, target_id: int, note: Any) -> None:
        """Put an exported note on a target: as it was when the target has none, below the
        target's own note otherwise (unless it says the same already)."""
        note = _object(note, QT_TRANSLATE_NOOP("GlossaImport", "a note"))
        text = _text(note.get("text"), QT_TRANSLATE_NOOP("GlossaImport", "a note's text"))
        if not text.strip():
            return
        column = f"{kind}_id"
        db = self.db
        row = db.execute_sql(f"SELECT id, body, updated_at FROM note WHERE {column} = ?", (target_id,)).fetchone()
        if row is None:
            label = ann._target_label(db, ann.Target(kind, target_id))  # the label the store gives its notes
            self._insert_note(kind, column, target_id, label, text, note)
            return
        note_id, body, saved = row
        if text.strip() in body:
            return  # already there
        joined = f"{body}\n\n{text}" if body.strip() else text
        if body:
            db.execute_sql(
                "INSERT INTO note_revision (note_id, body, saved_at, replaced_at) VALUES (?, ?, ?, ?)",
                (note_id, body, saved, self.now),
            )
        db.execute_sql("UPDATE note SET body = ?, updated_at = ? WHERE id = ?", (joined, self.now, note_id))

    def _insert_note(self, kind: str, column: str | None, target_id: int | None, label: str, text: str,
                     note: JsonObject) -> None:  # fmt: skip
        created = _stored_time(note.get("created_at"), self.now)
        columns = f"target_kind, {column}, " if column else "target_kind, "
        marks = "?, ?, " if column else "?, "
        values: tuple[Any, ...] = (kind, target_id) if column else (kind,)
        cursor = self.db.execute_sql(
            f"INSERT INTO note ({columns}target_label, body, created_at, updated_at, coder_id)"
            f" VALUES ({marks}?, ?, ?, ?, ?)",
            (*values, label, text, created, _stored_time(note.get("updated_at"), created),
             self.coder(note.get("coder"))),
        )
        note_id = cursor.lastrowid
        revisions = _list(note.get("revisions"), QT_TRANSLATE_NOOP("GlossaImport", "a note's revisions"))
        for revision in reversed(revisions):  # newest first in the file, oldest first by id here
            revision = _object(revision, QT_TRANSLATE_NOOP("GlossaImport", "a revision"))
            self.db.execute_sql(
                "INSERT INTO note_revision (note_id, body, saved_at, replaced_at) VALUES (?, ?, ?, ?)",
                (note_id, _text(revision.get("text"), QT_TRANSLATE_NOOP("GlossaImport", "a revision's text")),
                 _stored_time(revision.get("saved_at"), created), _stored_time(revision.get("replaced_at"), created)),
            )  # fmt: skip

    # tags and authors ----------------------------------------------------------------------

    def tag(self, path: Any) -> int | None:
        if path is None:
            return None
        path = _text(path, QT_TRANSLATE_NOOP("GlossaImport", "a tag"))
        if path in self.tags:
            return self.tags[path]
        try:
            tag_id = ann.find_tag(self.db, path)
            if tag_id is None:
                tag_id, _change = ann.create_tag(self.db, path)
        except ann.TagError as error:
            raise _Invalid(message(error)) from None
        self.tags[path] = tag_id
        return tag_id

    def load_tags(self, tags: list[Any]) -> None:
        for item in tags:
            item = _object(item, QT_TRANSLATE_NOOP("GlossaImport", "a tag"))
            path = _text(item.get("path"), QT_TRANSLATE_NOOP("GlossaImport", "a tag's path"))
            try:
                tag_id = ann.find_tag(self.db, path)
                if tag_id is None:
                    color = item.get("color")
                    try:
                        tag_id, _change = ann.create_tag(self.db, path, color if isinstance(color, str) else None)
                    except ann.TagError:
                        tag_id, _change = ann.create_tag(self.db, path)  # a colour Glossa cannot use
            except ann.TagError as error:
                self.report.problems.append(QT_TRANSLATE_NOOP("GlossaImport", "tag {tag}: {problem}").format(
                    tag=repr(path), problem=message(error)))
                continue
            self.tags[path] = tag_id
            slot = item.get("favorite_slot")
            if isinstance(slot, int) and 1 <= slot <= 9:
                holder = ann.favorites(self.db).get(slot)
                mine = self.db.execute_sql("SELECT favorite_slot FROM tag WHERE id = ?", (tag_id,)).fetchone()[0]
                if holder is None and mine is None:
                    ann.set_favorite(self.db, tag_id, slot)
                elif holder != tag_id:
                    kept = QT_TRANSLATE_NOOP("GlossaImport", "tag {tag}: key {key} stays with the tag that has it")
                    self.report.warnings.append(kept.format(tag=path, key=slot))
            for note in _list(item.get("notes"), QT_TRANSLATE_NOOP("GlossaImport", "a tag's notes")):
                self.note("tag", tag_id, note)

    def author_ids(self, handles: set[str]) -> dict[str, int]:
        connection = self.db.connection()
        connection.executemany("INSERT OR IGNORE INTO author (handle) VALUES (?)", [(h,) for h in sorted(handles)])
        ids = {}
        for handle in handles:
            ids[handle] = self.db.execute_sql("SELECT id FROM author WHERE handle = ?", (handle,)).fetchone()[0]
        return ids

    def load_authors(self, authors: list[Any]) -> None:
        for item in authors:
            item = _object(item, QT_TRANSLATE_NOOP("GlossaImport", "an author"))
            handle = _text(item.get("handle"), QT_TRANSLATE_NOOP("GlossaImport", "an author's handle"))
            if not handle.strip():
                raise _Invalid(QT_TRANSLATE_NOOP("GlossaImport", "an author without a handle"))
            author_id = self.author_ids({handle})[handle]
            for name in _list(item.get("aliases"), QT_TRANSLATE_NOOP("GlossaImport", "an author's aliases")):
                self.db.execute_sql(
                    "INSERT OR IGNORE INTO author_alias (author_id, display_name) VALUES (?, ?)",
                    (author_id, _text(name, QT_TRANSLATE_NOOP("GlossaImport", "a display name"))),
                )
            for note in _list(item.get("notes"), QT_TRANSLATE_NOOP("GlossaImport", "an author's notes")):
                self.note("author", author_id, note)

    # articles ------------------------------------------------------------------------------

    def article(self, record: Any) -> None:
        record = _object(record, QT_TRANSLATE_NOOP("GlossaImport", "an article"))
        document, comments = _document(record)
        source = _object(record.get("source") or {}, "source")
        source_file = _text(source.get("file"), "source.file", optional=True) or self.source
        imported = _stored_time(source.get("imported_at"), self.now)
        updated = _stored_time(record.get("updated_at"), imported)
        read, starred = bool(record.get("read")), bool(record.get("starred"))
        keys = comment_fingerprints(document.comments)
        if self.keep_ids:
            article_id = self._insert_article(record, document, source_file, imported, updated)
            comment_ids = self._insert_comments(article_id, document, comments, keys)
            self.report.articles_added += 1
            self.report.comments_added += len(comments)
        else:
            result = store_document(self.db, document, source_file, datetime.now().replace(microsecond=0))
            article_id = result.article_id
            if result.outcome == "added":
                self.db.execute_sql(
                    "UPDATE article SET imported_at = ?, updated_at = ? WHERE id = ?", (imported, updated, article_id)
                )
                self.report.articles_added += 1
            elif result.outcome == "merged":
                self.report.articles_merged += 1
            else:
                self.report.articles_unchanged += 1
            self.report.comments_added += result.comments_added
            comment_ids = result.comment_ids  # by fingerprint, or the copy a scrape had cut short
            self.db.execute_sql(
                "UPDATE article SET is_read = is_read OR ?, is_starred = is_starred OR ? WHERE id = ?",
                (read, starred, article_id),
            )
            read_comments = [target for c, target in zip(comments, comment_ids, strict=True) if c.get("read")]
            self.db.execute_sql(
                "UPDATE comment SET is_read = 1 WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(read_comments),),
            )
        summaries.refresh(self.db, [article_id])
        index_articles(self.db, [article_id])
        self._annotations("article", article_id, record, article_id)
        for comment, target in zip(comments, comment_ids, strict=True):
            self._annotations("comment", target, comment, article_id)
        key = _key(record.get("id"))
        if key is not None:
            self.articles[key] = article_id  # last: an article that fails is not here

    def rolled_back(self, counts: tuple[int, ...], warnings: int) -> None:
        """After an article that failed (its transaction rolled back): the report's counts and
        warnings as they were before it, and the tags it created no longer remembered."""
        report = self.report
        (report.articles_added, report.articles_merged, report.articles_unchanged, report.comments_added) = counts
        del report.warnings[warnings:]
        if self.tags:
            kept = {row[0] for row in self.db.execute_sql("SELECT id FROM tag").fetchall()}
            self.tags = {path: tag_id for path, tag_id in self.tags.items() if tag_id in kept}

    def _free_id(self, table: str, wanted: Any) -> int | None:
        wanted = _id(wanted)
        if wanted is None:
            return None
        taken = self.db.execute_sql(f"SELECT 1 FROM {table} WHERE id = ?", (wanted,)).fetchone()
        return None if taken else wanted

    def _insert_article(self, record: JsonObject, document: ParsedDocument, source_file: str | None,
                        imported: str, updated: str) -> int:  # fmt: skip
        cursor = self.db.execute_sql(
            "INSERT INTO article (id, title, subtitle, paragraphs, raw_text, kind, fingerprint, source_file,"
            " source_position, source_url, source_id, photo_credit, warnings, published_at, imported_at,"
            " updated_at, is_read, is_starred) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                self._free_id("article", record.get("id")), document.title, document.subtitle,
                json.dumps(document.paragraphs, ensure_ascii=False), document.raw, document.kind,
                article_fingerprint(document.title, document.paragraphs), source_file, document.index, document.url,
                document.source_id, document.photo_credit, json.dumps(document.warnings, ensure_ascii=False),
                document.published_at, imported, updated, int(bool(record.get("read"))),
                int(bool(record.get("starred"))),
            ),
        )  # fmt: skip
        return int(cursor.lastrowid)

    def _insert_comments(self, article_id: int, document: ParsedDocument, comments: list[JsonObject],
                         keys: list[str]) -> list[int]:  # fmt: skip
        """The comments with their exported ids when every one is valid, unrepeated and free; else
        numbered afresh. Returns each one's id."""
        wanted = [_id(c.get("id")) for c in comments]
        free = None not in wanted and len(set(wanted)) == len(wanted) and not self.db.execute_sql(
            "SELECT EXISTS (SELECT 1 FROM comment WHERE id IN (SELECT value FROM json_each(?)))", (json.dumps(wanted),)
        ).fetchone()[0]
        next_id = int(self.db.execute_sql("SELECT COALESCE(MAX(id), 0) + 1 FROM comment").fetchone()[0])
        ids: list[int] = []
        for exported in wanted:
            ids.append(exported if free and exported is not None else next_id)
            next_id = max(next_id, ids[-1]) + 1
        authors = self.author_ids({c.handle for c in document.comments})
        self.db.connection().executemany(
            "INSERT OR IGNORE INTO author_alias (author_id, display_name) VALUES (?, ?)",
            sorted({(authors[c.handle], c.display_name) for c in document.comments if c.display_name}),
        )
        rows = []
        for position, (parsed, comment) in enumerate(zip(document.comments, comments, strict=True)):
            rows.append((
                ids[position], article_id, ids[parsed.parent] if parsed.parent is not None else None, position,
                parsed.depth, parsed.path, authors[parsed.handle], parsed.display_name, parsed.status,
                parsed.posted_at.strftime(_TIME) if parsed.posted_at else None, parsed.body, keys[position],
                int(parsed.truncated), int(bool(comment.get("read"))),
            ))  # fmt: skip
        self.db.connection().executemany(
            "INSERT INTO comment (id, article_id, parent_id, position, depth, path, author_id, display_name,"
            " status, posted_at, body, fingerprint, truncated, is_read) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        return ids

    def _annotations(self, kind: str, target_id: int, item: JsonObject, article_id: int) -> None:
        db = self.db
        table = "article_tag" if kind == "article" else "comment_tag"
        if kind == "comment" and type(item.get("id")) is int:
            self.comments[item["id"]] = target_id  # a note on a campaign names its first comment
        codings = [_object(c, QT_TRANSLATE_NOOP("GlossaImport", "a coding"))
                   for c in _list(item.get("codings"), "codings")]
        applied = [(c.get("tag"), self.coder(c.get("coder")), _stored_time(c.get("created_at"), self.now))
                   for c in codings]  # who coded what; an export before version 7 has only `tags`, the owner's
        for path, coder, created in applied or [(path, coders.OWNER_ID, self.now) for path in
                                                 _list(item.get("tags"), "tags")]:
            db.execute_sql(
                f"INSERT OR IGNORE INTO {table} (tag_id, {kind}_id, created_at, coder_id) VALUES (?, ?, ?, ?)",
                (self.tag(path), target_id, created, coder),
            )
        for coder in _list(item.get("coded_by"), "coded_by"):  # "coded by me" marks, kept once
            db.execute_sql(f"INSERT OR IGNORE INTO coded (coder_id, {kind}_id, created_at) VALUES (?, ?, ?)",
                           (self.coder(coder), target_id, self.now))
        for note in _list(item.get("notes"), "notes"):
            self.note(kind, target_id, note)
        for highlight in _list(item.get("highlights"), "highlights"):
            highlight = _object(highlight, QT_TRANSLATE_NOOP("GlossaImport", "a highlight"))
            self.highlight(kind, target_id, article_id, highlight)

    def highlight(self, kind: str, target_id: int | None, article_id: int | None, item: JsonObject,
                  label: str | None = None) -> None:  # fmt: skip
        start = _int(item.get("start"), QT_TRANSLATE_NOOP("GlossaImport", "a highlight's start"))
        end = _int(item.get("end"), QT_TRANSLATE_NOOP("GlossaImport", "a highlight's end"))
        if not 0 <= start < end:
            raise _Invalid(QT_TRANSLATE_NOOP("GlossaImport", "a highlight from {start} to {end}").format(
                start=start, end=end))
        text = _text(item.get("text"), QT_TRANSLATE_NOOP("GlossaImport", "a highlight's text"))
        tag_id = self.tag(item.get("tag"))
        coder = self.coder(item.get("coder"))
        comment_id = target_id if kind == "comment" else None
        if target_id is not None:  # the same place with the same tag by the same coder is the same highlight
            existing = self.db.execute_sql(
                "SELECT id FROM highlight WHERE target_kind = ? AND article_id IS ? AND comment_id IS ?"
                " AND start_offset = ? AND end_offset = ? AND tag_id IS ? AND coder_id = ?",
                (kind, article_id, comment_id, start, end, tag_id, coder),
            ).fetchone()
        else:  # a detached one: the same label, place, text and tag
            existing = self.db.execute_sql(
                "SELECT id FROM highlight WHERE target_kind = ? AND target_label = ? AND start_offset = ?"
                " AND end_offset = ? AND text = ? AND tag_id IS ?"
                " AND (article_id IS NULL OR (target_kind = 'comment' AND comment_id IS NULL))",
                (kind, label, start, end, text, tag_id),
            ).fetchone()
        if existing is not None:
            highlight_id = existing[0]
        else:
            if label is None:
                label = ann._target_label(self.db, ann.Target(kind, target_id or 0))
            cursor = self.db.execute_sql(
                "INSERT INTO highlight (id, target_kind, article_id, comment_id, start_offset, end_offset, text,"
                " target_label, tag_id, created_at, coder_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (self._free_id("highlight", item.get("id")) if self.keep_ids else None, kind, article_id,
                 comment_id, start, end, text, label, tag_id, _stored_time(item.get("created_at"), self.now), coder),
            )  # fmt: skip
            highlight_id = int(cursor.lastrowid)
        for note in _list(item.get("notes"), QT_TRANSLATE_NOOP("GlossaImport", "a highlight's notes")):
            self.note("highlight", highlight_id, note)

    def load_detached(self, detached: JsonObject) -> None:
        """Notes and highlights whose target was deleted: they stay detached, with their label."""
        for note in _list(detached.get("notes"), QT_TRANSLATE_NOOP("GlossaImport", "detached notes")):
            note = _object(note, QT_TRANSLATE_NOOP("GlossaImport", "a detached note"))
            kind = _text(note.get("target_kind"), QT_TRANSLATE_NOOP("GlossaImport", "a note's target_kind"))
            if kind not in ("article", "comment", "highlight", "author", "tag", "campaign"):
                raise _Invalid(QT_TRANSLATE_NOOP("GlossaImport", "a note on {kind}").format(kind=repr(kind)))
            label = _text(note.get("label") or "", QT_TRANSLATE_NOOP("GlossaImport", "a note's label"))
            text = _text(note.get("text"), QT_TRANSLATE_NOOP("GlossaImport", "a note's text"))
            if not text.strip() or self.db.execute_sql(
                "SELECT 1 FROM note WHERE target_kind = ? AND target_label = ? AND body = ? AND article_id IS NULL"
                " AND comment_id IS NULL AND highlight_id IS NULL AND author_id IS NULL AND tag_id IS NULL",
                (kind, label, text),
            ).fetchone():
                continue
            self._insert_note(kind, None, None, label, text, note)
        highlights = _list(detached.get("highlights"), QT_TRANSLATE_NOOP("GlossaImport", "detached highlights"))
        for highlight in highlights:
            highlight = _object(highlight, QT_TRANSLATE_NOOP("GlossaImport", "a detached highlight"))
            kind = highlight.get("target_kind")
            if kind not in ("article", "comment"):
                raise _Invalid(QT_TRANSLATE_NOOP("GlossaImport", "a highlight on {kind}").format(kind=repr(kind)))
            # a highlight on a deleted comment still records its article, when that is here
            article_id = self.articles.get(_key(highlight.get("article_id"))) if kind == "comment" else None
            label = _text(highlight.get("label") or "", QT_TRANSLATE_NOOP("GlossaImport", "a highlight's label"))
            self.highlight(kind, None, article_id, highlight, label)

    def load_campaigns(self, campaigns: list[Any]) -> None:
        """Notes on campaigns, each named by the campaign's first comment: on that comment's
        campaign (its row made here if this library has not analysed it; the next analysis keeps
        it while the comment is in a campaign), or detached with its label when the comment is not
        in this library."""
        db = self.db
        for item in campaigns:
            item = _object(item, QT_TRANSLATE_NOOP("GlossaImport", "a campaign"))
            notes = [_object(n, QT_TRANSLATE_NOOP("GlossaImport", "a note"))
                     for n in _list(item.get("notes"), QT_TRANSLATE_NOOP("GlossaImport", "a campaign's notes"))]
            exported = item.get("comment_id")
            comment_id = self.comments.get(exported) if type(exported) is int else None
            if comment_id is not None:  # not an article that failed and was rolled back
                comment_id = db.execute_sql("SELECT MAX(id) FROM comment WHERE id = ?", (comment_id,)).fetchone()[0]
            if comment_id is not None:
                db.execute_sql("INSERT OR IGNORE INTO campaign (comment_id) VALUES (?)", (comment_id,))
                key = db.execute_sql("SELECT id FROM campaign WHERE comment_id = ?", (comment_id,)).fetchone()[0]
                for note in notes:
                    self.note("campaign", key, note)
                continue
            label = _text(item.get("label") or "", QT_TRANSLATE_NOOP("GlossaImport", "a note's label"))
            for note in notes:
                text = _text(note.get("text"), QT_TRANSLATE_NOOP("GlossaImport", "a note's text"))
                if text.strip() and not db.execute_sql(
                    "SELECT 1 FROM note WHERE target_kind = 'campaign' AND campaign_id IS NULL AND target_label = ?"
                    " AND body = ?", (label, text),
                ).fetchone():
                    self._insert_note("campaign", None, None, label, text, note)


def _document(record: JsonObject) -> tuple[ParsedDocument, list[JsonObject]]:
    """The article as the parser would have given it, and its exported comments (checked)."""
    source = _object(record.get("source") or {}, "source")
    comments = [_object(c, QT_TRANSLATE_NOOP("GlossaImport", "a comment"))
                for c in _list(record.get("comments"), "comments")]
    index: dict[Hashable, int] = {}  # an exported id (_key) -> the last comment so far that has it
    parsed: list[ParsedComment] = []
    for number, comment in enumerate(comments):
        parent = comment.get("parent_id")
        author = _text(comment.get("author"), QT_TRANSLATE_NOOP("GlossaImport", "a comment's author"))
        if not author.strip():
            raise _Invalid(QT_TRANSLATE_NOOP("GlossaImport", "comment {number} has no author").format(
                number=number + 1))
        parsed.append(ParsedComment(
            handle=author,
            display_name=_text(comment.get("display_name"), "display_name", optional=True),
            status=_text(comment.get("status") or Presence.OFFLINE, "status"),
            posted_at=_posted(comment.get("posted_at")),
            body=_text(comment.get("body"), QT_TRANSLATE_NOOP("GlossaImport", "a comment's body")),
            depth=_int(comment.get("depth", 1), "depth"),
            parent=index.get(_key(parent)) if parent is not None else None,  # a parent after it: top level
            path=_text(str(comment.get("path", number + 1)), "path"),
            truncated=bool(comment.get("truncated")),
        ))  # fmt: skip
        key = _key(comment.get("id"))
        if key is not None:
            index[key] = number
    paragraphs = [_text(p, QT_TRANSLATE_NOOP("GlossaImport", "a paragraph"))
                  for p in _list(record.get("paragraphs"), "paragraphs")]
    title = _text(record.get("title"), "title")
    document = ParsedDocument(
        title=title,
        subtitle=_text(record.get("subtitle"), "subtitle", optional=True),
        paragraphs=paragraphs,
        comments=parsed,
        raw=_text(record.get("raw"), "raw", optional=True) or "\n\n".join([title, *paragraphs]),
        index=_int(source.get("position", 0), "source.position"),
        kind=_text(source.get("format") or DocumentKind.PLAIN, "source.format"),
        warnings=[_text(w, QT_TRANSLATE_NOOP("GlossaImport", "a warning"))
                  for w in _list(record.get("warnings"), "warnings")],
        photo_credit=_text(source.get("photo_credit"), "source.photo_credit", optional=True),
        url=_text(source.get("url"), "source.url", optional=True),
        source_id=_text(source.get("id"), "source.id", optional=True),
        published_at=_text(source.get("published_at"), "source.published_at", optional=True),
    )
    return document, comments


def _is_empty(db: SqliteDatabase) -> bool:
    return not db.execute_sql(
        "SELECT EXISTS (SELECT 1 FROM article) OR EXISTS (SELECT 1 FROM author) OR EXISTS (SELECT 1 FROM tag)"
        " OR EXISTS (SELECT 1 FROM note) OR EXISTS (SELECT 1 FROM highlight)"
    ).fetchone()[0]


def load_export(
    library: Library,
    export: JsonObject,
    source: str,
    report: Tally,
    cancelled: Callable[[], bool] = lambda: False,
) -> None:
    """Import an export read by read_export into the library, filling the file's report."""
    version = export.get("version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        report.skipped = QT_TRANSLATE_NOOP(
            "GlossaImport", "a Glossa export of version {version}; this Glossa reads version {readable}").format(
            version=repr(version), readable=FORMAT_VERSION)
        return
    try:
        articles = _list(export.get("articles"), "articles")
        tags = _list(export.get("tags"), "tags")
        authors = _list(export.get("authors"), "authors")
        detached = _object(export.get("detached") or {}, "detached")
        campaigns = _list(export.get("campaigns") or [], "campaigns")
    except _Invalid as error:
        report.skipped = _unusable(error)
        return
    loader = _Loader(library, report, source, keep_ids=_is_empty(library.db))
    if export.get("pseudonymised") is True and not loader.keep_ids:
        report.warnings.append(QT_TRANSLATE_NOOP(
            "GlossaImport", "a pseudonymised export: its commenters are “Commenter N”, not this library's names"))
    try:
        with library.atomic():  # the code book and the commenters first: articles refer to them
            loader.load_tags(tags)
            loader.load_authors(authors)
    except _Invalid as error:
        report.skipped = _unusable(error)
        return
    for number, record in enumerate(articles, 1):
        if cancelled():
            report.skipped = QT_TRANSLATE_NOOP("Import", "cancelled")
            return
        counts = (report.articles_added, report.articles_merged, report.articles_unchanged, report.comments_added)
        warnings = len(report.warnings)
        try:
            with library.atomic():
                loader.article(record)
        except (_Invalid, IntegrityError) as error:
            loader.rolled_back(counts, warnings)
            title = record.get("title") if isinstance(record, dict) else None
            report.problems.append(QT_TRANSLATE_NOOP("GlossaImport", "article {number} ({title}): {problem}").format(
                number=number, title=repr(str(title)[:50]), problem=message(error)))
    try:
        with library.atomic():
            loader.load_detached(detached)
    except (_Invalid, IntegrityError) as error:
        report.problems.append(QT_TRANSLATE_NOOP("GlossaImport", "detached notes and highlights: {problem}").format(
            problem=message(error)))
    try:
        with library.atomic():
            loader.load_campaigns(campaigns)
    except (_Invalid, IntegrityError) as error:
        report.problems.append(QT_TRANSLATE_NOOP("GlossaImport", "notes on campaigns: {problem}").format(
            problem=message(error)))


def _unusable(error: Exception) -> str:
    return QT_TRANSLATE_NOOP("GlossaImport", "not a usable Glossa export: {problem}").format(problem=message(error))
