"""REFI-QDA project exchange (`.qdpx`), the format QualCoder, MAXQDA, ATLAS.ti and NVivo import:
a zip holding `project.qde` (QDA-XML, namespace urn:QDA-XML:project:1.0, valid against the
standard's Project.xsd) and `sources/<guid>.txt`.

- Users: one, "Glossa".
- CodeBook: every tag is a Code (name, colour, isCodable) nested as the tags are; a tag's note is
  the Code's Description.
- Sources: each article with its thread is one TextSource whose plain text (a UTF-8 file, `\\n`
  line ends) is the title, the subtitle, a blank line, the article text (paragraphs separated by
  a blank line), then "Comments (N):" and each comment as a header line `author (YYYY-MM-DD HH:MM):`
  (or `author:`) and its body, the whole comment indented by four spaces per level of reply
  (at most MAX_INDENT levels), comments separated by blank lines.
- PlainTextSelection: each highlight (Coding: its tag), the article block (title to the last
  paragraph) when the article has tags (a Coding per tag), and each comment (header line to
  the end of its body) that has tags or a note. Positions count Unicode code points from 0,
  end exclusive, as in the standard's example (and Python string indices); the text holds only
  `\\n` line ends, so a tool that counts CR LF as two cannot disagree.
- Notes: the notes on articles (NoteRef from the TextSource), comments and highlights (NoteRef
  from their selection), and on commenters (unreferenced, named after the commenter).

GUIDs are name-based (UUID 5) from a namespace drawn afresh for each export: stable within one
export, never reused by another. File names in the zip are GUIDs, never titles.

`read_qdpx()` parses a .qdpx back (codes, sources with their text, selections, notes)."""

from __future__ import annotations

import bisect
import re
import shutil
import tempfile
import uuid
import xml.etree.ElementTree as ElementTree
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import XMLGenerator
from xml.sax.xmlreader import AttributesImpl

from desktop import __version__

from .records import JsonObject, TagRecord, nesting

NAMESPACE = "urn:QDA-XML:project:1.0"
MAX_INDENT = 12
INDENT = "    "
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(value: str) -> str:
    """Text XML 1.0 can carry, one character for one (positions never move)."""
    return _NOT_XML.sub("\ufffd", value)


def _time(value: str | None) -> str | None:
    """A stored local time ("2022-12-23T19:38:00") is a valid xsd:dateTime as it is."""
    return value if value and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?", value) else None


# -- the plain text of a source ------------------------------------------------------------------


@dataclass
class _CommentPlace:
    start: int  # the header line, after the indentation
    body_end: int
    line_starts: list[int]  # where each line of the body starts in the body
    line_places: list[int]  # and in the source text (after its indentation)

    def position(self, offset: int) -> int:
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return self.line_places[line] + offset - self.line_starts[line]


@dataclass
class SourceLayout:
    """An article's source text and where its parts are in it."""

    text: str
    article_start: int  # where the article text ("\n\n".join(paragraphs)) starts
    article_length: int
    comments: dict[int, _CommentPlace] = field(default_factory=dict)

    @property
    def article_end(self) -> int:
        return self.article_start + self.article_length

    def article_position(self, offset: int) -> int:
        return self.article_start + offset

    def comment_position(self, comment_id: int, offset: int) -> int:
        return self.comments[comment_id].position(offset)


def source_text(article: JsonObject) -> SourceLayout:
    parts: list[str] = []
    length = 0

    def add(text: str) -> None:
        nonlocal length
        parts.append(text)
        length += len(text)

    add(" ".join(article["title"].split()) + "\n")
    if article["subtitle"]:
        add(" ".join(article["subtitle"].split()) + "\n")
    add("\n")
    body = "\n\n".join(article["paragraphs"]).replace("\r", "\n")
    layout = SourceLayout("", length, len(body))
    add(body + "\n")
    comments = article["comments"]
    if comments:
        add(f"\nComments ({len(comments)}):\n")
    for comment, level in zip(comments, nesting(comments, MAX_INDENT + 1), strict=True):
        indent = INDENT * (level - 1)
        when = (comment["posted_at"] or "").replace("T", " ")[:16]
        author = " ".join(comment["author"].split())
        header = f"{author} ({when}):" if when else f"{author}:"
        add("\n" + indent)
        start = length
        add(header + "\n")
        starts, places = [], []
        offset = 0
        for number, line in enumerate(comment["body"].replace("\r", "\n").split("\n")):
            if number:
                add("\n")
            add(indent if line else "")  # blank lines stay blank
            starts.append(offset)
            places.append(length)
            add(line)
            offset += len(line) + 1
        layout.comments[comment["id"]] = _CommentPlace(start, length, starts, places)
        add("\n")
    layout.text = "".join(parts)
    return layout


# -- writing -------------------------------------------------------------------------------------


class _Xml:
    """XMLGenerator with indentation between elements (never inside text)."""

    def __init__(self, out: IO[bytes]) -> None:
        self.gen = XMLGenerator(out, encoding="utf-8", short_empty_elements=True)
        self.gen.startDocument()
        self.stack: list[bool] = []  # per open element: has child elements

    def start(self, name: str, attributes: dict[str, Any]) -> None:
        if self.stack:
            self.stack[-1] = True
            self.gen.ignorableWhitespace("\n" + "  " * len(self.stack))
        values = {k: _xml_text(str(v)) for k, v in attributes.items() if v is not None}
        self.gen.startElement(name, AttributesImpl(values))
        self.stack.append(False)

    def end(self, name: str) -> None:
        if self.stack.pop():
            self.gen.ignorableWhitespace("\n" + "  " * len(self.stack))
        self.gen.endElement(name)

    def element(self, name: str, attributes: dict[str, Any], text: str | None = None) -> None:
        self.start(name, attributes)
        if text is not None:
            self.gen.characters(_xml_text(text))
        self.end(name)

    def finish(self) -> None:
        self.gen.ignorableWhitespace("\n")
        self.gen.endDocument()


@dataclass
class _Note:
    guid: str
    name: str
    text: str
    created: str | None
    modified: str | None


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class QdpxWriter:
    """Writes one .qdpx: the code book first, then each article as it comes, then `finish`."""

    def __init__(self, out: IO[bytes], tags: Iterable[TagRecord], namespace: uuid.UUID | None = None) -> None:
        self.namespace = namespace or uuid.uuid4()
        self.zip = zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED)
        self.qde = tempfile.SpooledTemporaryFile(max_size=32 * 1024 * 1024)  # noqa: SIM115  (closed by finish/abandon)
        self.xml = _Xml(self.qde)
        self.user = self.guid("user")
        self.notes: list[_Note] = []
        self.tags = list(tags)
        self.codes = {tag.path: self.guid(f"tag:{tag.path}") for tag in self.tags}
        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.xml.start("Project", {
            "xmlns": NAMESPACE, "name": "Glossa export", "origin": f"Glossa {__version__}",
            "creatingUserGUID": self.user, "creationDateTime": now,
            "modifyingUserGUID": self.user, "modifiedDateTime": now,
        })  # fmt: skip
        self.xml.start("Users", {})
        self.xml.element("User", {"guid": self.user, "name": "Glossa"})
        self.xml.end("Users")
        self._codebook()
        self._sources_open = False

    def guid(self, key: str) -> str:
        return str(uuid.uuid5(self.namespace, key))

    def _codebook(self) -> None:
        if not self.tags:
            return
        children: dict[str | None, list[TagRecord]] = {}
        for tag in self.tags:
            children.setdefault(tag.parent_path if tag.parent_path in self.codes else None, []).append(tag)
        self.xml.start("CodeBook", {})
        self.xml.start("Codes", {})
        # Depth-first without recursion: (tag, opening) pairs; a closing entry ends a Code.
        stack: list[tuple[TagRecord, bool]] = [(tag, True) for tag in reversed(children.get(None, []))]
        while stack:
            tag, opening = stack.pop()
            if not opening:
                self.xml.end("Code")
                continue
            self.xml.start("Code", {"guid": self.codes[tag.path], "name": tag.name, "isCodable": "true",
                                    "color": tag.color})  # fmt: skip
            if tag.note:
                self.xml.element("Description", {}, tag.note["text"])
            stack.append((tag, False))
            stack.extend((child, True) for child in reversed(children.get(tag.path, [])))
        self.xml.end("Codes")
        self.xml.end("CodeBook")

    def _note(self, key: str, name: str, note: JsonObject) -> str:
        guid = self.guid(f"note:{key}")
        self.notes.append(_Note(guid, name, note["text"], _time(note["created_at"]), _time(note["updated_at"])))
        return guid

    def _selection(self, key: str, start: int, end: int, text: str, tags: Iterable[str],
                   notes: Iterable[str], created: str | None) -> None:  # fmt: skip
        guid = self.guid(f"selection:{key}")
        self.xml.start("PlainTextSelection", {
            "guid": guid, "name": _short(text), "startPosition": start, "endPosition": end,
            "creatingUser": self.user, "creationDateTime": _time(created),
        })  # fmt: skip
        for path in tags:
            if path in self.codes:
                self.xml.start("Coding", {"guid": self.guid(f"coding:{key}:{path}"), "creatingUser": self.user})
                self.xml.element("CodeRef", {"targetGUID": self.codes[path]})
                self.xml.end("Coding")
        for note in notes:
            self.xml.element("NoteRef", {"targetGUID": note})
        self.xml.end("PlainTextSelection")

    def article(self, article: JsonObject) -> None:
        if not self._sources_open:
            self.xml.start("Sources", {})
            self._sources_open = True
        layout = source_text(article)
        text = layout.text
        source = self.guid(f"article:{article['id']}")
        self.zip.writestr(f"sources/{source}.txt", text.encode("utf-8", "replace"))
        self.xml.start("TextSource", {
            "guid": source, "name": _short(f"{article['id']}: {article['title']}", 120),
            "plainTextPath": f"internal://{source}.txt", "creatingUser": self.user,
            "creationDateTime": _time(article["source"]["imported_at"]),
        })  # fmt: skip
        source_file = article["source"]["file"]
        where = article["source"]["url"] or (Path(source_file).name if source_file else None)
        if where:  # a file's name only: its folder is nobody else's business
            self.xml.element("Description", {}, f"Glossa article {article['id']}, from {where}")
        if article["tags"]:
            self._selection(f"article:{article['id']}", 0, layout.article_end, text[: layout.article_end],
                            article["tags"], [], None)  # fmt: skip
        self._highlights(article["highlights"], layout.article_length, layout.article_position, text)
        for comment in article["comments"]:
            place = layout.comments[comment["id"]]
            notes = [self._note(f"comment:{comment['id']}", f"Note on a comment by {comment['author']}", n)
                     for n in comment["notes"]]  # fmt: skip
            if comment["tags"] or notes:
                self._selection(f"comment:{comment['id']}", place.start, place.body_end,
                                text[place.start : place.body_end], comment["tags"], notes, None)  # fmt: skip
            self._highlights(comment["highlights"], len(comment["body"]), place.position, text)
        for note in article["notes"]:
            guid = self._note(f"article:{article['id']}", _short(f"Note on {article['title']}", 120), note)
            self.xml.element("NoteRef", {"targetGUID": guid})
        self.xml.end("TextSource")

    def _highlights(self, highlights: list[JsonObject], length: int, position: Any, text: str) -> None:
        for h in highlights:
            if not 0 <= h["start"] < h["end"] <= length:
                continue  # cannot happen for a highlight the store accepted; never write a bad range
            start, end = position(h["start"]), position(h["end"])
            notes = [self._note(f"highlight:{h['id']}", _short(f"Note on “{h['text']}”"), n) for n in h["notes"]]
            self._selection(f"highlight:{h['id']}", start, end, text[start:end], [h["tag"]] if h["tag"] else [],
                            notes, h["created_at"])  # fmt: skip

    def finish(self, authors: Iterable[JsonObject]) -> None:
        if self._sources_open:
            self.xml.end("Sources")
        for author in authors:
            for note in author["notes"]:
                self._note(f"author:{author['handle']}", f"Note on commenter {author['handle']}", note)
        if self.notes:
            self.xml.start("Notes", {})
            for note in self.notes:
                self.xml.start("Note", {"guid": note.guid, "name": note.name, "creatingUser": self.user,
                                        "creationDateTime": note.created, "modifyingUser": self.user,
                                        "modifiedDateTime": note.modified})  # fmt: skip
                self.xml.element("PlainTextContent", {}, note.text)
                self.xml.end("Note")
            self.xml.end("Notes")
        self.xml.end("Project")
        self.xml.finish()
        self.qde.seek(0)
        with self.zip.open("project.qde", "w") as out:
            shutil.copyfileobj(self.qde, out)
        self.zip.close()
        self.qde.close()

    def abandon(self) -> None:
        self.zip.close()
        self.qde.close()


# -- reading -------------------------------------------------------------------------------------


@dataclass
class Code:
    guid: str
    name: str
    color: str | None
    description: str | None
    parent: str | None


@dataclass
class Selection:
    guid: str
    name: str | None
    start: int
    end: int
    codes: list[str]
    notes: list[str]


@dataclass
class Source:
    guid: str
    name: str | None
    text: str
    selections: list[Selection]
    notes: list[str]


@dataclass
class QdpxProject:
    name: str
    users: dict[str, str | None]
    codes: dict[str, Code]  # in document order
    sources: list[Source]
    notes: dict[str, str]  # guid -> text
    note_names: dict[str, str | None]
    project_xml: bytes

    def code_path(self, guid: str) -> str:
        names = []
        seen: set[str] = set()
        current: str | None = guid
        while current is not None and current in self.codes and current not in seen:
            seen.add(current)
            names.append(self.codes[current].name)
            current = self.codes[current].parent
        return "/".join(reversed(names))


def _tag(name: str) -> str:
    return f"{{{NAMESPACE}}}{name}"


def read_qdpx(path: Path | IO[bytes]) -> QdpxProject:
    """Parse a .qdpx: its code book, sources (text from `internal://` files or PlainTextContent),
    selections and notes. Raises ValueError for what is not a REFI-QDA project."""
    with zipfile.ZipFile(path) as archive:
        names = {name.lower(): name for name in archive.namelist()}
        qde = next((n for n in archive.namelist() if n.lower().endswith(".qde") and "/" not in n), None)
        if qde is None:
            raise ValueError("no project.qde in the archive")
        xml = archive.read(qde)
        root = ElementTree.fromstring(xml)
        if root.tag != _tag("Project"):
            raise ValueError(f"not a REFI-QDA project: {root.tag}")
        codes: dict[str, Code] = {}
        book = root.find(_tag("CodeBook"))
        if book is not None:
            codes_element = book.find(_tag("Codes"))
            top = list(codes_element) if codes_element is not None else []
            stack: list[tuple[ElementTree.Element, str | None]] = [(code, None) for code in reversed(top)]
            while stack:
                element, parent = stack.pop()
                description = element.find(_tag("Description"))
                guid = element.attrib["guid"]
                codes[guid] = Code(guid, element.attrib["name"], element.get("color"),
                                   description.text if description is not None else None, parent)  # fmt: skip
                stack.extend((child, guid) for child in reversed(element.findall(_tag("Code"))))
        sources = []
        for element in root.iterfind(f"{_tag('Sources')}/{_tag('TextSource')}"):
            content = element.find(_tag("PlainTextContent"))
            if content is not None:
                text = content.text or ""
            else:
                member = element.attrib["plainTextPath"].removeprefix("internal://")
                text = archive.read(names[f"sources/{member}".lower()]).decode("utf-8")
            selections = [
                Selection(
                    s.attrib["guid"], s.get("name"), int(s.attrib["startPosition"]), int(s.attrib["endPosition"]),
                    [c.attrib["targetGUID"] for c in s.iterfind(f"{_tag('Coding')}/{_tag('CodeRef')}")],
                    [n.attrib["targetGUID"] for n in s.iterfind(_tag("NoteRef"))],
                )
                for s in element.iterfind(_tag("PlainTextSelection"))
            ]  # fmt: skip
            refs = [n.attrib["targetGUID"] for n in element.iterfind(_tag("NoteRef"))]
            sources.append(Source(element.attrib["guid"], element.get("name"), text, selections, refs))
        notes: dict[str, str] = {}
        note_names: dict[str, str | None] = {}
        for element in root.iterfind(f"{_tag('Notes')}/{_tag('Note')}"):
            content = element.find(_tag("PlainTextContent"))
            notes[element.attrib["guid"]] = content.text or "" if content is not None else ""
            note_names[element.attrib["guid"]] = element.get("name")
        users = {u.attrib["guid"]: u.get("name") for u in root.iterfind(f"{_tag('Users')}/{_tag('User')}")}
        return QdpxProject(root.attrib["name"], users, codes, sources, notes, note_names, xml)
