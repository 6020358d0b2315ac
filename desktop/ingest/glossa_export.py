"""A Glossa JSON export (desktop/exporting/json_format.py) as the store takes it back: every value
of the file checked and typed here, so desktop/store/glossa_json.py only writes.

What the file gets wrong is said in a Text the import report shows (translated in the window),
naming the value as the file spells it ("title", "source.url") or in a phrase marked for
translation. How far one mistake reaches is as the store reports it: a wrong top-level list, tag
or commenter makes the export unusable; a wrong article is reported and left out, the others go
in; a wrong detached note or campaign leaves out the detached notes and highlights, or the notes
on campaigns."""

from __future__ import annotations

import re
from collections.abc import Hashable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop.ingest.documents import DocumentKind, ParsedComment, ParsedDocument, Presence
from desktop.ingest.json_values import LongNumber
from desktop.texts import QT_TRANSLATE_NOOP, message

JsonObject = dict[str, Any]
TIME = "%Y-%m-%d %H:%M:%S"  # a time as the store keeps it
_SURROGATE = re.compile("[\ud800-\udfff]")
LARGEST = 2**63 - 1  # a library's integers are signed 64-bit (SQLite's, PostgreSQL's bigint)
NOTE_KINDS = ("article", "comment", "highlight", "author", "tag", "campaign")


class Invalid(ValueError):
    """A value of the file that is not what an export holds, raised with a Text."""


# -- what the store gets ------------------------------------------------------------------------


@dataclass
class Revision:
    text: str
    saved_at: str | None  # as the store keeps times; None: not given or not a time
    replaced_at: str | None
    coder: str | None = None  # who saved this text (exports since schema version 10); None: the note's coder


@dataclass
class Note:
    text: str
    created_at: str | None
    updated_at: str | None
    coder: str | None  # None: the owner (an export made before coders were recorded)
    revisions: list[Revision]  # oldest first, the order they are stored in


@dataclass
class Highlight:
    id: int | None  # the exported id, when a library could keep it
    start: int
    end: int
    text: str
    tag: str | None
    coder: str | None
    created_at: str | None
    notes: list[Note]


@dataclass
class DetachedHighlight(Highlight):
    kind: str = "article"  # "article" or "comment"
    label: str = ""
    article_key: Hashable = None  # the exported id of a deleted comment's article


@dataclass
class Annotations:
    """What is on an article or a comment."""

    codings: list[tuple[str | None, str | None, str | None]]  # tag path, coder, created_at
    coded_by: list[str | None]  # coders who marked it coded
    notes: list[Note]
    highlights: list[Highlight]


@dataclass
class Comment:
    exported_id: int | None  # any whole number: a campaign names its first comment by it
    id: int | None  # the exported id, when a library could keep it
    read: bool
    annotations: Annotations


@dataclass
class Article:
    key: Hashable  # the exported id as something to look up (a detached highlight names it)
    id: int | None
    document: ParsedDocument
    comments: list[Comment]  # one for each of document.comments
    source_file: str | None
    imported_at: str | None
    updated_at: str | None
    read: bool
    starred: bool
    annotations: Annotations


@dataclass
class RejectedArticle:
    """An article the file gets wrong: reported, left out."""

    number: int  # in the file, from 1
    title: str  # the start of its title, quoted, as the report shows it
    problem: str


@dataclass
class Tag:
    path: str
    color: str | None
    favorite_slot: int | None  # 1-9
    notes: list[Note]


@dataclass
class Author:
    handle: str
    aliases: list[str]
    notes: list[Note]


@dataclass
class DetachedNote:
    kind: str
    label: str
    note: Note


@dataclass
class Campaign:
    comment_id: int | None  # the exported id of its first comment
    label: str
    notes: list[Note]


@dataclass
class GlossaExport:
    """A checked export. `unusable` says why nothing of it can go in; `*_problem` why one part
    cannot (that part is then empty)."""

    version: Any
    pseudonymised: bool = False
    unusable: str | None = None
    coders: list[str] = field(default_factory=list)  # every coder's name, the owner first (version 7)
    tags: list[Tag] = field(default_factory=list)
    authors: list[Author] = field(default_factory=list)
    articles: list[Article | RejectedArticle] = field(default_factory=list)
    detached_notes: list[DetachedNote] = field(default_factory=list)
    detached_highlights: list[DetachedHighlight] = field(default_factory=list)
    detached_problem: str | None = None
    campaigns: list[Campaign] = field(default_factory=list)
    campaigns_problem: str | None = None


# -- checked values -----------------------------------------------------------------------------


def text(value: Any, what: str, optional: bool = False) -> Any:
    if value is None and optional:
        return None
    if not isinstance(value, str) or isinstance(value, LongNumber):
        raise Invalid(QT_TRANSLATE_NOOP("GlossaImport", "{what} is not text").format(what=what))
    return _SURROGATE.sub("\ufffd", value)


def whole(value: Any, what: str) -> int:
    if isinstance(value, LongNumber) or (isinstance(value, int) and not -LARGEST - 1 <= value <= LARGEST):
        raise Invalid(QT_TRANSLATE_NOOP("GlossaImport", "{what} is too large").format(what=what))
    if not isinstance(value, int) or isinstance(value, bool):
        raise Invalid(QT_TRANSLATE_NOOP("GlossaImport", "{what} is not a whole number").format(what=what))
    return value


def keepable_id(value: Any) -> int | None:
    """An exported id a library can keep: a whole number in its range, from 1."""
    return value if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= LARGEST else None


def key(value: Any) -> Hashable:
    """An exported id as something to look up, or None: null, a list or an object names nothing."""
    return (type(value), value) if isinstance(value, (int, str, float)) else None


def items(value: Any, what: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise Invalid(QT_TRANSLATE_NOOP("GlossaImport", "{what} is not a list").format(what=what))
    return value


def obj(value: Any, what: str) -> JsonObject:
    if not isinstance(value, dict):
        raise Invalid(QT_TRANSLATE_NOOP("GlossaImport", "{what} is not an object").format(what=what))
    return value


def stored_time(value: Any) -> str | None:
    """An exported time ("2022-12-23T19:38:00") as the store keeps it; None when there is none."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value).strftime(TIME)
    except ValueError:
        return None


def _posted(value: Any) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(text(value, "posted_at"))
    except ValueError:
        raise Invalid(QT_TRANSLATE_NOOP("GlossaImport", "posted_at {value} is not a time").format(
            value=repr(value))) from None


def _coder(value: Any) -> str | None:
    return None if value is None else text(value, QT_TRANSLATE_NOOP("GlossaImport", "a coder"))


def _tag(value: Any) -> str | None:
    return None if value is None else text(value, QT_TRANSLATE_NOOP("GlossaImport", "a tag"))


# -- the parts of an export ---------------------------------------------------------------------


def note(value: Any, what: str = QT_TRANSLATE_NOOP("GlossaImport", "a note")) -> Note:
    value = obj(value, what)
    body = text(value.get("text"), QT_TRANSLATE_NOOP("GlossaImport", "a note's text"))
    revisions = []
    for revision in reversed(items(value.get("revisions"), QT_TRANSLATE_NOOP("GlossaImport", "a note's revisions"))):
        revision = obj(revision, QT_TRANSLATE_NOOP("GlossaImport", "a revision"))  # newest first in the file
        revisions.append(Revision(text(revision.get("text"), QT_TRANSLATE_NOOP("GlossaImport", "a revision's text")),
                                  stored_time(revision.get("saved_at")), stored_time(revision.get("replaced_at")),
                                  _coder(revision.get("coder"))))
    return Note(body, stored_time(value.get("created_at")), stored_time(value.get("updated_at")),
                _coder(value.get("coder")), revisions)  # fmt: skip


def _notes(value: Any, what: str) -> list[Note]:
    return [note(n) for n in items(value, what)]


def highlight(value: Any, what: str = QT_TRANSLATE_NOOP("GlossaImport", "a highlight")) -> Highlight:
    value = obj(value, what)
    start = whole(value.get("start"), QT_TRANSLATE_NOOP("GlossaImport", "a highlight's start"))
    end = whole(value.get("end"), QT_TRANSLATE_NOOP("GlossaImport", "a highlight's end"))
    if not 0 <= start < end:
        raise Invalid(QT_TRANSLATE_NOOP("GlossaImport", "a highlight from {start} to {end}").format(
            start=start, end=end))
    return Highlight(
        keepable_id(value.get("id")), start, end,
        text(value.get("text"), QT_TRANSLATE_NOOP("GlossaImport", "a highlight's text")), _tag(value.get("tag")),
        _coder(value.get("coder")), stored_time(value.get("created_at")),
        _notes(value.get("notes"), QT_TRANSLATE_NOOP("GlossaImport", "a highlight's notes")),
    )  # fmt: skip


def annotations_of(value: JsonObject) -> Annotations:
    codings = [obj(c, QT_TRANSLATE_NOOP("GlossaImport", "a coding")) for c in items(value.get("codings"), "codings")]
    applied = [(_tag(c.get("tag")), _coder(c.get("coder")), stored_time(c.get("created_at"))) for c in codings]
    if not applied:  # an export before version 7 has only `tags`, the owner's
        applied = [(_tag(path), None, None) for path in items(value.get("tags"), "tags")]
    return Annotations(
        applied,
        [_coder(c) for c in items(value.get("coded_by"), "coded_by")],
        _notes(value.get("notes"), "notes"),
        [highlight(h) for h in items(value.get("highlights"), "highlights")],
    )


def _document(record: JsonObject) -> tuple[ParsedDocument, list[JsonObject]]:
    """The article as the parser would have given it, and its exported comments. A reply's
    `parent_id` names the nearest comment before it with that id (comments come parents first),
    so a thread whose ids repeat keeps its shape."""
    source = obj(record.get("source") or {}, "source")
    comments = [obj(c, QT_TRANSLATE_NOOP("GlossaImport", "a comment"))
                for c in items(record.get("comments"), "comments")]  # fmt: skip
    index: dict[Hashable, int] = {}  # an exported id (key) -> the last comment so far that has it
    parsed: list[ParsedComment] = []
    for number, comment in enumerate(comments):
        parent = comment.get("parent_id")
        author = text(comment.get("author"), QT_TRANSLATE_NOOP("GlossaImport", "a comment's author"))
        if not author.strip():
            raise Invalid(QT_TRANSLATE_NOOP("GlossaImport", "comment {number} has no author").format(
                number=number + 1))
        parsed.append(ParsedComment(
            handle=author,
            display_name=text(comment.get("display_name"), "display_name", optional=True),
            status=text(comment.get("status") or Presence.OFFLINE, "status"),
            posted_at=_posted(comment.get("posted_at")),
            body=text(comment.get("body"), QT_TRANSLATE_NOOP("GlossaImport", "a comment's body")),
            depth=whole(comment.get("depth", 1), "depth"),
            parent=index.get(key(parent)) if parent is not None else None,  # a parent after it: top level
            path=text(str(comment.get("path", number + 1)), "path"),
            truncated=bool(comment.get("truncated")),
        ))  # fmt: skip
        found = key(comment.get("id"))
        if found is not None:
            index[found] = number
    paragraphs = [text(p, QT_TRANSLATE_NOOP("GlossaImport", "a paragraph"))
                  for p in items(record.get("paragraphs"), "paragraphs")]  # fmt: skip
    title = text(record.get("title"), "title")
    document = ParsedDocument(
        title=title,
        subtitle=text(record.get("subtitle"), "subtitle", optional=True),
        paragraphs=paragraphs,
        comments=parsed,
        raw=text(record.get("raw"), "raw", optional=True) or "\n\n".join([title, *paragraphs]),
        index=whole(source.get("position", 0), "source.position"),
        kind=text(source.get("format") or DocumentKind.PLAIN, "source.format"),
        warnings=[text(w, QT_TRANSLATE_NOOP("GlossaImport", "a warning"))
                  for w in items(record.get("warnings"), "warnings")],
        photo_credit=text(source.get("photo_credit"), "source.photo_credit", optional=True),
        url=text(source.get("url"), "source.url", optional=True),
        source_id=text(source.get("id"), "source.id", optional=True),
        published_at=text(source.get("published_at"), "source.published_at", optional=True),
    )
    return document, comments


def article(record: Any) -> Article:
    record = obj(record, QT_TRANSLATE_NOOP("GlossaImport", "an article"))
    document, comments = _document(record)
    source = obj(record.get("source") or {}, "source")
    source_file = text(source.get("file"), "source.file", optional=True)
    on_article = annotations_of(record)
    checked = [
        Comment(c.get("id") if type(c.get("id")) is int else None, keepable_id(c.get("id")), bool(c.get("read")),
                annotations_of(c))
        for c in comments
    ]  # fmt: skip
    return Article(key(record.get("id")), keepable_id(record.get("id")), document, checked, source_file,
                   stored_time(source.get("imported_at")), stored_time(record.get("updated_at")),
                   bool(record.get("read")), bool(record.get("starred")), on_article)  # fmt: skip


def tag(item: Any) -> Tag:
    item = obj(item, QT_TRANSLATE_NOOP("GlossaImport", "a tag"))
    path = text(item.get("path"), QT_TRANSLATE_NOOP("GlossaImport", "a tag's path"))
    color, slot = item.get("color"), item.get("favorite_slot")
    return Tag(path, color if isinstance(color, str) else None,
               slot if isinstance(slot, int) and 1 <= slot <= 9 else None,
               _notes(item.get("notes"), QT_TRANSLATE_NOOP("GlossaImport", "a tag's notes")))  # fmt: skip


def author(item: Any) -> Author:
    item = obj(item, QT_TRANSLATE_NOOP("GlossaImport", "an author"))
    handle = text(item.get("handle"), QT_TRANSLATE_NOOP("GlossaImport", "an author's handle"))
    if not handle.strip():
        raise Invalid(QT_TRANSLATE_NOOP("GlossaImport", "an author without a handle"))
    aliases = [text(name, QT_TRANSLATE_NOOP("GlossaImport", "a display name"))
               for name in items(item.get("aliases"), QT_TRANSLATE_NOOP("GlossaImport", "an author's aliases"))]
    return Author(handle, aliases, _notes(item.get("notes"), QT_TRANSLATE_NOOP("GlossaImport", "an author's notes")))


def detached_note(item: Any) -> DetachedNote:
    item = obj(item, QT_TRANSLATE_NOOP("GlossaImport", "a detached note"))
    kind = text(item.get("target_kind"), QT_TRANSLATE_NOOP("GlossaImport", "a note's target_kind"))
    if kind not in NOTE_KINDS:
        raise Invalid(QT_TRANSLATE_NOOP("GlossaImport", "a note on {kind}").format(kind=repr(kind)))
    label = text(item.get("label") or "", QT_TRANSLATE_NOOP("GlossaImport", "a note's label"))
    return DetachedNote(kind, label, note(item))


def detached_highlight(item: Any) -> DetachedHighlight:
    item = obj(item, QT_TRANSLATE_NOOP("GlossaImport", "a detached highlight"))
    kind = item.get("target_kind")
    if kind not in ("article", "comment"):
        raise Invalid(QT_TRANSLATE_NOOP("GlossaImport", "a highlight on {kind}").format(kind=repr(kind)))
    label = text(item.get("label") or "", QT_TRANSLATE_NOOP("GlossaImport", "a highlight's label"))
    checked = highlight(item)
    return DetachedHighlight(**vars(checked), kind=kind, label=label,
                             article_key=key(item.get("article_id")) if kind == "comment" else None)  # fmt: skip


def campaign(item: Any) -> Campaign:
    item = obj(item, QT_TRANSLATE_NOOP("GlossaImport", "a campaign"))
    notes = [note(n) for n in items(item.get("notes"), QT_TRANSLATE_NOOP("GlossaImport", "a campaign's notes"))]
    exported = item.get("comment_id")
    label = text(item.get("label") or "", QT_TRANSLATE_NOOP("GlossaImport", "a note's label"))
    return Campaign(exported if type(exported) is int else None, label, notes)


def unusable(problem: str) -> str:
    return QT_TRANSLATE_NOOP("GlossaImport", "not a usable Glossa export: {problem}").format(problem=problem)


def check(export: JsonObject) -> GlossaExport:
    """The export read by the Glossa JSON reader, every value checked (see the module docstring)."""
    result = GlossaExport(export.get("version"), export.get("pseudonymised") is True)
    try:
        articles = items(export.get("articles"), "articles")
        tags = items(export.get("tags"), "tags")
        authors = items(export.get("authors"), "authors")
        detached = obj(export.get("detached") or {}, "detached")
        campaigns = items(export.get("campaigns") or [], "campaigns")
        result.coders = [text(name, QT_TRANSLATE_NOOP("GlossaImport", "a coder"))
                         for name in items(export.get("coders"), "coders")]  # fmt: skip
        result.tags = [tag(item) for item in tags]
        result.authors = [author(item) for item in authors]
    except Invalid as error:
        result.unusable = unusable(message(error))
        result.coders, result.tags, result.authors = [], [], []
        return result
    for number, record in enumerate(articles, 1):
        try:
            result.articles.append(article(record))
        except Invalid as error:
            title = record.get("title") if isinstance(record, dict) else None
            result.articles.append(RejectedArticle(number, repr(str(title)[:50]), message(error)))
    try:
        result.detached_notes = [detached_note(n) for n in
                                 items(detached.get("notes"), QT_TRANSLATE_NOOP("GlossaImport", "detached notes"))]
        result.detached_highlights = [detached_highlight(h) for h in items(
            detached.get("highlights"), QT_TRANSLATE_NOOP("GlossaImport", "detached highlights"))]
    except Invalid as error:
        result.detached_notes, result.detached_highlights = [], []
        result.detached_problem = message(error)
    try:
        result.campaigns = [campaign(item) for item in campaigns]
    except Invalid as error:
        result.campaigns_problem = message(error)
    return result

