"""Storing a Glossa JSON export (desktop/exporting/json_format.py) back into a library, on either
engine: the importer's reader (desktop/ingest/formats/glossa_json.py) recognises the file and
checks every value of it (desktop/ingest/glossa_export.py); `load_export` writes what it gives.

Into an empty library (no articles, authors, tags, notes or highlights) an export goes in as it
was: article, comment and highlight ids are kept, with read and starred state, times, note
histories, tags with colours and favourite keys, authors with every display name, and the
detached notes and highlights; exporting that library again gives the same JSON but for
`exported_at`. Ids that are missing, repeated, malformed or beyond a library's range (a whole
number from 1 to 2^63 - 1) are given afresh: an article's comments keep their ids only when every
one of them can, else they are all numbered afresh.

Into a library that has something already, each article merges like a newer scrape
(desktop/store/writer.py: an article already there keeps its id and gains the comments it
lacked; read and starred stay set where either had them), and the annotations are added without
duplicates: a tag link or a highlight (same place, same tag) already there is not added again, a
tag or a favourite key the library has keeps its colour and owner, and a note whose target
already has a different note is added below it (the old text kept in its history).

Each article goes in with its annotations in one transaction; an article the file gets wrong, or
that the library refuses (a tag path or coder name it cannot take), is reported and skipped, the
others go in."""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from peewee import Database, IntegrityError

from desktop.ingest import glossa_export as checked
from desktop.ingest.documents import ParsedDocument
from desktop.store import annotations as ann
from desktop.store import changes, coders, summaries
from desktop.store.batches import Tally
from desktop.store.db import Library
from desktop.store.dialect import execute, execute_many, insert_id, of
from desktop.store.search import index_articles
from desktop.store.writer import article_fingerprint, comment_fingerprints, store_document, take_import_turn
from desktop.texts import QT_TRANSLATE_NOOP, message

FORMAT_NAME = "glossa"  # an export's top-level "format", first in the file
FORMAT_VERSION = 1  # the newest version written and read

_TIME = checked.TIME


class _Refused(ValueError):
    """What the library cannot take from a checked export (a tag path, a coder's name): raised
    with a Text."""


def _is(column: str, value: Any) -> tuple[str, list[Any]]:
    """`column` equal to value, NULL to NULL: a NULL parameter has no type on PostgreSQL."""
    return (f"{column} IS NULL", []) if value is None else (f"{column} = ?", [value])


@dataclass
class _Loader:
    library: Library
    report: Tally
    source: str
    keep_ids: bool
    now: str = field(default_factory=lambda: datetime.now().strftime(_TIME))
    tags: dict[str, int] = field(default_factory=dict)
    comments: dict[int, int] = field(default_factory=dict)  # exported comment id -> the library's (campaigns)
    articles: dict[Hashable, int] = field(default_factory=dict)  # exported article id -> the library's
    coders: dict[str, int] = field(default_factory=dict)  # a coder's name -> the library's id
    stored: set[int] = field(default_factory=set)  # the library's articles written, to announce

    @property
    def db(self) -> Database:
        return self.library.db

    def coder(self, name: str | None) -> int:
        """Who made an annotation in the file, by name (schema version 7): the owner when the
        export does not say (one made before coders were recorded)."""
        if name is None:
            return coders.OWNER_ID
        if name not in self.coders:
            try:
                self.coders[name] = coders.coder_id(self.db, name)
            except coders.CoderError as error:
                raise _Refused(QT_TRANSLATE_NOOP("GlossaImport", "a coder: {error}").format(error=str(error))) from None
        return self.coders[name]

    def _insert(self, table: str, columns: Sequence[str], values: Sequence[Any]) -> int:
        """One row; an `id` of None is left to the library to give. The new row's id."""
        pairs = [(c, v) for c, v in zip(columns, values, strict=True) if not (c == "id" and v is None)]
        names = [c for c, _v in pairs]
        return insert_id(self.db, of(self.db).insert(table, names), [v for _c, v in pairs])

    def _ids_given(self, *tables: str) -> None:
        """After rows were given their ids by hand: the next id a table gives follows them."""
        for table in tables:
            statement = of(self.db).follow_ids(table)
            if statement is not None:
                execute(self.db, statement)

    # notes ---------------------------------------------------------------------------------

    def note(self, kind: str, target_id: int, note: checked.Note) -> None:
        """Put an exported note on a target: as it was when the target has none, below the
        target's own note otherwise (unless it says the same already)."""
        if not note.text.strip():
            return
        column = f"{kind}_id"
        db = self.db
        row = execute(db, f"SELECT id, body, updated_at, saved_by_id FROM note WHERE {column} = ?",
                      (target_id,)).fetchone()  # fmt: skip
        if row is None:
            label = ann._target_label(db, ann.Target(kind, target_id))  # the label the store gives its notes
            self._insert_note(kind, column, target_id, label, note)
            return
        note_id, body, saved, saver = row
        if note.text.strip() in body:
            return  # already there
        joined = f"{body}\n\n{note.text}" if body.strip() else note.text
        if body:  # the text kept is its saver's (version 10)
            execute(db, "INSERT INTO note_revision (note_id, body, saved_at, replaced_at, coder_id)"
                    " VALUES (?, ?, ?, ?, ?)", (note_id, body, saved, self.now, saver))  # fmt: skip
        execute(db, "UPDATE note SET body = ?, updated_at = ? WHERE id = ?", (joined, self.now, note_id))

    def _insert_note(self, kind: str, column: str | None, target_id: int | None, label: str,
                     note: checked.Note) -> None:  # fmt: skip
        created = note.created_at or self.now
        columns = ["target_kind", *([column] if column else []), "target_label", "body", "created_at", "updated_at",
                   "coder_id", "saved_by_id"]  # fmt: skip
        coder = self.coder(note.coder)  # the note's saver: its coder (an export names no saver of the text now)
        values = [kind, *([target_id] if column else []), label, note.text, created, note.updated_at or created,
                  coder, coder]  # fmt: skip
        note_id = self._insert("note", columns, values)
        execute_many(
            self.db,
            "INSERT INTO note_revision (note_id, body, saved_at, replaced_at, coder_id) VALUES (?, ?, ?, ?, ?)",
            [(note_id, r.text, r.saved_at or created, r.replaced_at or created,
              self.coder(r.coder) if r.coder else coder) for r in note.revisions],
        )

    # tags and authors ----------------------------------------------------------------------

    def tag(self, path: str | None) -> int | None:
        if path is None:
            return None
        if path in self.tags:
            return self.tags[path]
        try:
            tag_id = ann.find_tag(self.db, path)
            if tag_id is None:
                tag_id, _change = ann.create_tag(self.db, path)
        except ann.TagError as error:
            raise _Refused(message(error)) from None
        self.tags[path] = tag_id
        return tag_id

    def load_tags(self, tags: list[checked.Tag]) -> None:
        for item in tags:
            path = item.path
            try:
                tag_id = ann.find_tag(self.db, path)
                if tag_id is None:
                    try:
                        tag_id, _change = ann.create_tag(self.db, path, item.color)
                    except ann.TagError:
                        tag_id, _change = ann.create_tag(self.db, path)  # a colour Glossa cannot use
            except ann.TagError as error:
                self.report.problems.append(QT_TRANSLATE_NOOP("GlossaImport", "tag {tag}: {problem}").format(
                    tag=repr(path), problem=message(error)))
                continue
            self.tags[path] = tag_id
            slot = item.favorite_slot
            if slot is not None:
                holder = ann.favorites(self.db).get(slot)
                mine = execute(self.db, "SELECT favorite_slot FROM tag WHERE id = ?", (tag_id,)).fetchone()[0]
                if holder is None and mine is None:
                    ann.set_favorite(self.db, tag_id, slot)
                elif holder != tag_id:
                    kept = QT_TRANSLATE_NOOP("GlossaImport", "tag {tag}: key {key} stays with the tag that has it")
                    self.report.warnings.append(kept.format(tag=path, key=slot))
            for note in item.notes:
                self.note("tag", tag_id, note)

    def author_ids(self, handles: set[str]) -> dict[str, int]:
        execute_many(self.db, of(self.db).insert("author", ["handle"], ignore=True), [(h,) for h in sorted(handles)])
        return {
            handle: execute(self.db, "SELECT id FROM author WHERE handle = ?", (handle,)).fetchone()[0]
            for handle in handles
        }

    def aliases(self, pairs: set[tuple[int, str]]) -> None:
        """Display names authors were seen under (author id, name)."""
        statement = of(self.db).insert("author_alias", ["author_id", "display_name"], ignore=True)
        execute_many(self.db, statement, sorted(pairs))

    def load_authors(self, authors: list[checked.Author]) -> None:
        for item in authors:
            author_id = self.author_ids({item.handle})[item.handle]
            self.aliases({(author_id, name) for name in item.aliases})
            for note in item.notes:
                self.note("author", author_id, note)

    # articles ------------------------------------------------------------------------------

    def article(self, item: checked.Article) -> None:
        document, comments = item.document, item.comments
        source_file = item.source_file or self.source
        imported = item.imported_at or self.now
        updated = item.updated_at or imported
        keys = comment_fingerprints(document.comments)
        db = self.db
        if self.keep_ids:
            article_id = self._insert_article(item, source_file, imported, updated)
            comment_ids = self._insert_comments(article_id, document, comments, keys)
            self._ids_given("article", "comment")
            self.report.articles_added += 1
            self.report.comments_added += len(comments)
        else:
            result = store_document(self.library.db, document, source_file, datetime.now().replace(microsecond=0))
            article_id = result.article_id
            if result.outcome == "added":
                execute(db, "UPDATE article SET imported_at = ?, updated_at = ? WHERE id = ?",
                        (imported, updated, article_id))  # fmt: skip
                self.report.articles_added += 1
            elif result.outcome == "merged":
                self.report.articles_merged += 1
            else:
                self.report.articles_unchanged += 1
            self.report.comments_added += result.comments_added
            comment_ids = result.comment_ids  # by fingerprint, or the copy a scrape had cut short
            for flag, wanted in (("is_read", item.read), ("is_starred", item.starred)):
                if wanted:  # set where either had it
                    execute(db, f"UPDATE article SET {flag} = 1 WHERE id = ?", (article_id,))
            read = [target for c, target in zip(comments, comment_ids, strict=True) if c.read]
            dialect = of(db)
            execute(db, f"UPDATE comment SET is_read = 1 WHERE id {dialect.in_ids}", (dialect.ids(read),))
        summaries.refresh(db, [article_id])
        index_articles(self.library.db, [article_id])
        self._annotations("article", article_id, item.annotations, article_id)
        for comment, target in zip(comments, comment_ids, strict=True):
            if comment.exported_id is not None:
                self.comments[comment.exported_id] = target  # a note on a campaign names its first comment
            self._annotations("comment", target, comment.annotations, article_id)
        self._ids_given("highlight")
        if item.key is not None:
            self.articles[item.key] = article_id  # last: an article that fails is not here
        self.stored.add(article_id)

    def rolled_back(self, counts: tuple[int, ...], warnings: int) -> None:
        """After an article that failed (its transaction rolled back): the report's counts and
        warnings as they were before it, and the tags it created no longer remembered."""
        report = self.report
        (report.articles_added, report.articles_merged, report.articles_unchanged, report.comments_added) = counts
        del report.warnings[warnings:]
        if self.tags:
            kept = {row[0] for row in execute(self.db, "SELECT id FROM tag").fetchall()}
            self.tags = {path: tag_id for path, tag_id in self.tags.items() if tag_id in kept}

    def _free_id(self, table: str, wanted: int | None) -> int | None:
        if wanted is None:
            return None
        taken = execute(self.db, f"SELECT 1 FROM {table} WHERE id = ?", (wanted,)).fetchone()
        return None if taken else wanted

    def _insert_article(self, item: checked.Article, source_file: str | None, imported: str, updated: str) -> int:
        document = item.document
        return self._insert(
            "article",
            ["id", "title", "subtitle", "paragraphs", "raw_text", "kind", "fingerprint", "source_file",
             "source_position", "source_url", "source_id", "photo_credit", "warnings", "published_at", "imported_at",
             "updated_at", "is_read", "is_starred"],
            [self._free_id("article", item.id), document.title, document.subtitle,
             json.dumps(document.paragraphs, ensure_ascii=False), document.raw, document.kind,
             article_fingerprint(document.title, document.paragraphs), source_file, document.index, document.url,
             document.source_id, document.photo_credit, json.dumps(document.warnings, ensure_ascii=False),
             document.published_at, imported, updated, int(item.read), int(item.starred)],
        )  # fmt: skip

    def _insert_comments(self, article_id: int, document: ParsedDocument, comments: list[checked.Comment],
                         keys: list[str]) -> list[int]:  # fmt: skip
        """The comments with their exported ids when every one is valid, unrepeated and free; else
        numbered afresh. Returns each one's id."""
        db = self.db
        dialect = of(db)
        wanted = [c.id for c in comments]
        given = [i for i in wanted if i is not None]
        free = len(given) == len(wanted) and len(set(given)) == len(given) and not execute(
            db, f"SELECT EXISTS (SELECT 1 FROM comment WHERE id {dialect.in_ids})", (dialect.ids(given),)
        ).fetchone()[0]  # fmt: skip
        next_id = int(execute(db, "SELECT COALESCE(MAX(id), 0) + 1 FROM comment").fetchone()[0])
        ids: list[int] = []
        for exported in wanted:
            ids.append(exported if free and exported is not None else next_id)
            next_id = max(next_id, ids[-1]) + 1
        authors = self.author_ids({c.handle for c in document.comments})
        self.aliases({(authors[c.handle], c.display_name) for c in document.comments if c.display_name})
        rows = []
        for position, (parsed, comment) in enumerate(zip(document.comments, comments, strict=True)):
            rows.append((
                ids[position], article_id, ids[parsed.parent] if parsed.parent is not None else None, position,
                parsed.depth, parsed.path, authors[parsed.handle], parsed.display_name, parsed.status,
                parsed.posted_at.strftime(_TIME) if parsed.posted_at else None, parsed.body, keys[position],
                int(parsed.truncated), int(comment.read),
            ))  # fmt: skip
        execute_many(
            db,
            "INSERT INTO comment (id, article_id, parent_id, position, depth, path, author_id, display_name,"
            " status, posted_at, body, fingerprint, truncated, is_read) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        return ids

    def _annotations(self, kind: str, target_id: int, item: checked.Annotations, article_id: int) -> None:
        db = self.db
        dialect = of(db)
        links = dialect.insert("article_tag" if kind == "article" else "comment_tag",
                               ["tag_id", f"{kind}_id", "created_at", "coder_id"], ignore=True)  # fmt: skip
        for path, coder, created in item.codings:
            tag_id = self.tag(path)
            coder_id = self.coder(coder)
            if tag_id is not None:  # a coding without a tag links nothing
                execute(db, links, (tag_id, target_id, created or self.now, coder_id))
        marks = dialect.insert("coded", ["coder_id", f"{kind}_id", "created_at"], ignore=True)
        for coder in item.coded_by:  # "coded by me" marks, kept once
            execute(db, marks, (self.coder(coder), target_id, self.now))
        for note in item.notes:
            self.note(kind, target_id, note)
        for highlight in item.highlights:
            self.highlight(kind, target_id, article_id, highlight)

    def highlight(self, kind: str, target_id: int | None, article_id: int | None, item: checked.Highlight,
                  label: str | None = None) -> None:  # fmt: skip
        tag_id = self.tag(item.tag)
        coder = self.coder(item.coder)
        comment_id = target_id if kind == "comment" else None
        conditions, params = ["target_kind = ?", "start_offset = ?", "end_offset = ?"], [kind, item.start, item.end]
        if target_id is not None:  # the same place with the same tag by the same coder is the same highlight
            nullable = [("article_id", article_id), ("comment_id", comment_id), ("tag_id", tag_id)]
            conditions.append("coder_id = ?")
            params.append(coder)
        else:  # a detached one: the same label, place, text and tag
            nullable = [("tag_id", tag_id)]
            conditions += ["target_label = ?", "text = ?",
                           "(article_id IS NULL OR (target_kind = 'comment' AND comment_id IS NULL))"]  # fmt: skip
            params += [label, item.text]
        for column, value in nullable:
            condition, param = _is(column, value)
            conditions.append(condition)
            params += param
        existing = execute(self.db, f"SELECT id FROM highlight WHERE {' AND '.join(conditions)}", params).fetchone()
        if existing is not None:
            highlight_id = existing[0]
        else:
            if label is None:
                label = ann._target_label(self.db, ann.Target(kind, target_id or 0))
            highlight_id = self._insert(
                "highlight",
                ["id", "target_kind", "article_id", "comment_id", "start_offset", "end_offset", "text", "target_label",
                 "tag_id", "created_at", "coder_id"],
                [self._free_id("highlight", item.id) if self.keep_ids else None, kind, article_id, comment_id,
                 item.start, item.end, item.text, label, tag_id, item.created_at or self.now, coder],
            )  # fmt: skip
        for note in item.notes:
            self.note("highlight", highlight_id, note)

    def load_detached(self, notes: list[checked.DetachedNote], highlights: list[checked.DetachedHighlight]) -> None:
        """Notes and highlights whose target was deleted: they stay detached, with their label."""
        for detached in notes:
            kind, label, note = detached.kind, detached.label, detached.note
            if not note.text.strip() or execute(
                self.db,
                "SELECT 1 FROM note WHERE target_kind = ? AND target_label = ? AND body = ? AND article_id IS NULL"
                " AND comment_id IS NULL AND highlight_id IS NULL AND author_id IS NULL AND tag_id IS NULL",
                (kind, label, note.text),
            ).fetchone():
                continue
            self._insert_note(kind, None, None, label, note)
        for highlight in highlights:
            # a highlight on a deleted comment still records its article, when that is here
            article_id = self.articles.get(highlight.article_key) if highlight.article_key is not None else None
            self.highlight(highlight.kind, None, article_id, highlight, highlight.label)
        self._ids_given("highlight")

    def load_campaigns(self, campaigns: list[checked.Campaign]) -> None:
        """Notes on campaigns, each named by the campaign's first comment: on that comment's
        campaign (its row made here if this library has not analysed it; the next analysis keeps
        it while the comment is in a campaign), or detached with its label when the comment is not
        in this library."""
        db = self.db
        for item in campaigns:
            comment_id = self.comments.get(item.comment_id) if item.comment_id is not None else None
            if comment_id is not None:  # not an article that failed and was rolled back
                comment_id = execute(db, "SELECT MAX(id) FROM comment WHERE id = ?", (comment_id,)).fetchone()[0]
            if comment_id is not None:
                execute(db, of(db).insert("campaign", ["comment_id"], ignore=True), (comment_id,))
                key = execute(db, "SELECT id FROM campaign WHERE comment_id = ?", (comment_id,)).fetchone()[0]
                for note in item.notes:
                    self.note("campaign", key, note)
                continue
            for note in item.notes:
                if note.text.strip() and not execute(
                    db,
                    "SELECT 1 FROM note WHERE target_kind = 'campaign' AND campaign_id IS NULL AND target_label = ?"
                    " AND body = ?",
                    (item.label, note.text),
                ).fetchone():
                    self._insert_note("campaign", None, None, item.label, note)


def _is_empty(db: Database) -> bool:
    return not execute(
        db,
        "SELECT EXISTS (SELECT 1 FROM article) OR EXISTS (SELECT 1 FROM author) OR EXISTS (SELECT 1 FROM tag)"
        " OR EXISTS (SELECT 1 FROM note) OR EXISTS (SELECT 1 FROM highlight)",
    ).fetchone()[0]


def _article_problem(number: int, title: str, problem: str) -> str:
    return QT_TRANSLATE_NOOP("GlossaImport", "article {number} ({title}): {problem}").format(
        number=number, title=title, problem=problem)


def load_export(
    library: Library,
    export: checked.GlossaExport,
    source: str,
    report: Tally,
    cancelled: Callable[[], bool] = lambda: False,
) -> None:
    """Import an export the Glossa JSON reader checked into the library, filling the file's report."""
    version = export.version
    if not isinstance(version, int) or version > FORMAT_VERSION:
        report.skipped = QT_TRANSLATE_NOOP(
            "GlossaImport", "a Glossa export of version {version}; this Glossa reads version {readable}").format(
            version=repr(version), readable=FORMAT_VERSION)
        return
    if export.unusable is not None:
        report.skipped = export.unusable
        return
    loader = _Loader(library, report, source, keep_ids=_is_empty(library.db))
    if export.pseudonymised and not loader.keep_ids:
        report.warnings.append(QT_TRANSLATE_NOOP(
            "GlossaImport", "a pseudonymised export: its commenters are “Commenter N”, not this library's names"))
    try:
        with library.atomic():  # the coders, the code book and the commenters first: articles refer to them
            take_import_turn(library.db)  # commenters and comment ids as the importer writes them
            for name in export.coders:  # by name: a coder who has coded nothing yet comes along too
                loader.coder(name)
            loader.load_tags(export.tags)
            loader.load_authors(export.authors)
    except _Refused as error:
        report.skipped = checked.unusable(message(error))
        return
    for number, item in enumerate(export.articles, 1):
        if cancelled():
            report.skipped = QT_TRANSLATE_NOOP("Import", "cancelled")
            _announce(library.db, loader.stored)
            return
        if isinstance(item, checked.RejectedArticle):
            report.problems.append(_article_problem(item.number, item.title, item.problem))
            continue
        counts = (report.articles_added, report.articles_merged, report.articles_unchanged, report.comments_added)
        warnings = len(report.warnings)
        try:
            with library.atomic():
                take_import_turn(library.db)
                loader.article(item)
        except (_Refused, IntegrityError) as error:
            loader.rolled_back(counts, warnings)
            report.problems.append(_article_problem(number, repr(item.document.title[:50]), message(error)))
    _announce(library.db, loader.stored)
    if export.detached_problem is not None:
        report.problems.append(_detached_problem(export.detached_problem))
    else:
        try:
            with library.atomic():
                loader.load_detached(export.detached_notes, export.detached_highlights)
        except (_Refused, IntegrityError) as error:
            report.problems.append(_detached_problem(message(error)))
    if export.campaigns_problem is not None:
        report.problems.append(_campaigns_problem(export.campaigns_problem))
        return
    try:
        with library.atomic():
            loader.load_campaigns(export.campaigns)
    except (_Refused, IntegrityError) as error:
        report.problems.append(_campaigns_problem(message(error)))


def _announce(db: Database, articles: set[int]) -> None:
    """Other windows on a server read these articles again: the list, and their annotations."""
    if articles:
        changes.announce(db, "library", articles)
        changes.announce(db, "annotations", articles)


def _detached_problem(problem: str) -> str:
    return QT_TRANSLATE_NOOP("GlossaImport", "detached notes and highlights: {problem}").format(problem=problem)


def _campaigns_problem(problem: str) -> str:
    return QT_TRANSLATE_NOOP("GlossaImport", "notes on campaigns: {problem}").format(problem=problem)
