"""A Glossa library file (a `.glossa` SQLite database): a coder's copy of a library, merged in.

`glossa import colleague.glossa` (and File > Import) read the copy read-only through the store's
export reads (desktop/store/export_records.py, annotation_export.py), in one snapshot, into the
shape of a Glossa JSON export, and hand it to the same path that export takes
(desktop/ingest/glossa_export.py, desktop/store/glossa_json.py): articles and comments matched as
the importer matches them, tags by path, coders by name, highlights and notes kept with their
coder, and a second merge of the same copy adds nothing. The whole copy is held in memory while
it goes in, as a Glossa JSON export of it would be."""

from __future__ import annotations

import contextlib
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from peewee import Database

from desktop.ingest import glossa_export
from desktop.ingest.documents import UnreadableInput
from desktop.ingest.report import FileReport
from desktop.ingest.walk import SQLITE_HEADER, Source
from desktop.store import export_records as records
from desktop.store.annotation_export import AnnotationExport
from desktop.store.db import open_read_only
from desktop.store.errors import StoreError
from desktop.store.glossa_json import FORMAT_NAME, FORMAT_VERSION
from desktop.store.json_lists import stored_list
from desktop.store.migrations import SCHEMA_VERSION
from desktop.store.models import database
from desktop.texts import QT_TRANSLATE_NOOP, message

from .reader import Export

JsonObject = dict[str, Any]
_CHUNK = 100  # articles read per round of queries


def sniff(source: Source) -> bool:
    return source.head.startswith(SQLITE_HEADER)


def read(source: Source, report: FileReport, cancelled: Callable[[], bool]) -> Iterator[Export]:
    yield Export(glossa_export.check(read_library(source.path)))


def read_library(path: Path) -> JsonObject:
    """The library file at `path` as a Glossa JSON export holds it (ids, times, coders and all).
    Raises UnreadableInput when it is not a library this Glossa can read."""
    version = _schema_version(path)
    if version == 0:
        raise UnreadableInput(QT_TRANSLATE_NOOP(
            "Import", "an SQLite database of another program, not a Glossa library"))
    if version is not None and version < SCHEMA_VERSION:
        raise UnreadableInput(QT_TRANSLATE_NOOP(
            "Import", "a library of an older Glossa: open it once with this Glossa, which upgrades it, then merge it"))
    previous = database.obj
    try:
        copy = open_read_only(path, QT_TRANSLATE_NOOP("Import", "a library copy being merged"))
    except StoreError as error:  # a newer Glossa's, a damaged one
        raise UnreadableInput(QT_TRANSLATE_NOOP("Import", "not a library this Glossa can merge: {reason}").format(
            reason=message(error))) from None
    finally:
        database.initialize(previous)  # the library being imported into stays the models' own
    try:
        with records.snapshot(copy.db):
            return _export(copy.db)
    finally:
        copy.close()


def _schema_version(path: Path) -> int | None:
    """The file's schema version (SQLite's user_version, read without writing); None when it
    cannot be read, which opening it then explains."""
    try:
        with contextlib.closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
            return int(connection.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.Error:
        return None


def _iso(value: Any) -> str | None:
    return None if value is None else str(value).replace(" ", "T", 1)


def _export(db: Database) -> JsonObject:
    annotations = AnnotationExport(db)
    library = annotations.library()
    revisions: dict[tuple[str, int], list[JsonObject]] = defaultdict(list)
    for kind, article, comment, highlight, author, tag, campaign, _note, body, saved, replaced, coder in (
            records.note_revisions(db)):  # fmt: skip
        target = {"article": article, "comment": comment, "highlight": highlight, "author": author, "tag": tag,
                  "campaign": campaign}.get(kind)  # fmt: skip
        if target is not None:
            revisions[(kind, target)].append({"text": body, "saved_at": _iso(saved), "replaced_at": _iso(replaced),
                                              "coder": annotations.coders.get(coder)})  # fmt: skip

    def history(notes: list[JsonObject], kind: str, target: int) -> None:
        for note in notes:
            note["revisions"] = revisions.get((kind, target), [])

    articles = []
    ids = records.all_article_ids(db)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        threads: dict[int, list[JsonObject]] = defaultdict(list)
        for c in records.thread_rows(db, chunk):
            threads[c[0]].append({
                "id": c[1], "parent_id": c[2], "depth": c[3], "path": c[4], "author": c[5], "display_name": c[6],
                "status": c[7], "posted_at": _iso(c[8]), "body": c[9], "truncated": bool(c[10]), "read": bool(c[11]),
            })  # fmt: skip
        for (article_id, title, subtitle, paragraphs, kind, source_file, position, url, source_id, credit, published,
             imported, warnings, raw, updated, is_read, is_starred) in records.article_rows(db, chunk):  # fmt: skip
            comments = threads.get(article_id, [])
            on_article = annotations.annotate(article_id, comments)
            history(on_article["notes"], "article", article_id)
            for item in [on_article, *comments]:
                for highlight in item["highlights"]:
                    history(highlight["notes"], "highlight", highlight["id"])
            for comment in comments:
                history(comment["notes"], "comment", comment["id"])
            articles.append({
                "id": article_id, "title": title, "subtitle": subtitle, "paragraphs": stored_list(paragraphs),
                "source": {"file": source_file, "position": position, "url": url, "id": source_id, "format": kind,
                           "photo_credit": credit, "published_at": published, "imported_at": _iso(imported)},
                "warnings": stored_list(warnings), "raw": raw, "updated_at": _iso(updated), "read": bool(is_read),
                "starred": bool(is_starred), **on_article, "comments": comments,
            })  # fmt: skip
    aliases = records.author_aliases(db)
    author_notes = {author_id: {"text": body, "created_at": _iso(created), "updated_at": _iso(updated),
                                "revisions": revisions.get(("author", author_id), [])}
                    for author_id, body, created, updated in records.author_notes(db)}  # fmt: skip
    authors = [{"handle": handle, "aliases": aliases.get(author_id, []),
                "notes": [author_notes[author_id]] if author_id in author_notes else []}
               for author_id, handle in records.authors(db)]  # fmt: skip
    tag_ids = {tag.path: tag.id for tag in annotations.tags}
    for tag in library["tags"]:
        history(tag["notes"], "tag", tag_ids[tag["path"]])
    campaigns = [{"comment_id": comment, "label": label,
                  "notes": [{"text": body, "created_at": _iso(created), "updated_at": _iso(updated),
                             "revisions": revisions.get(("campaign", key), [])}]}
                 for comment, _article, key, label, body, created, updated in records.campaign_notes(db)]  # fmt: skip
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION, "articles": articles, "coders": library["coders"],
            "tags": library["tags"], "authors": authors, "campaigns": campaigns, "detached": library["detached"]}
