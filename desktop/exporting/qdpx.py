"""REFI-QDA project exchange (`.qdpx`), the format QualCoder, MAXQDA, ATLAS.ti and NVivo import:
a zip holding `project.qde` (QDA-XML, namespace urn:QDA-XML:project:1.0, valid against the
standard's Project.xsd) and `sources/<guid>.txt`.

- Users: "Glossa" (the sources' creator) and every coder: each Coding and highlight names its coder.
- CodeBook: every tag is a Code (name, colour, isCodable) nested as the tags are; a tag's note is
  the Code's Description. Then a group "Commenters" (not codable) with one Code per commenter
  that shares its GUID with the commenter's Case: QualCoder's importer turns the text coded with
  such a Code into that Case's text (refi.py, clean_up_case_codes_and_case_text).
- Variables: of sources (Date, Source file, URL, Comments), of cases (Display names), and with
  `comment_sources` of comment sources (Author, Time, Depth, Parent comment, Article).
- Cases: one per commenter (name: the handle or pseudonym; Description: the note on them;
  CodeRef: their Code; Display names).
- Sources: each article with its thread is one TextSource whose plain text (a UTF-8 file, `\\n`
  line ends) is the title, the subtitle, a blank line, the article text (paragraphs separated by
  a blank line), then "Comments (N):" and each comment as a header line `author (YYYY-MM-DD HH:MM):`
  (or `author:`), indented by four spaces per level of reply (at most MAX_INDENT levels), and
  its body as written (never indented, so a highlight across lines codes exactly its text),
  comments separated by blank lines. With `comment_sources` the article's TextSource ends with
  its text and each comment is a TextSource of its own (its body).
- PlainTextSelection: each highlight (Coding: its tag), the article block (title to the last
  paragraph) when the article has tags (a Coding per tag), and each comment (header line to
  the end of its body; a comment source: its whole body) coded with its tags and its commenter's
  Code. Positions count Unicode code points from 0, end exclusive, as in the standard's example
  (and Python string indices); the text holds only `\\n` line ends, so a tool that counts CR LF
  as two cannot disagree.
- Notes: each note is written where QualCoder reads a memo and as a Note: an article's as its
  TextSource's Description (and NoteRef), a highlight's or a comment's as its selection's
  Description (and NoteRef; a comment source's note as that source's Description), a
  commenter's as their Case's Description (and a Note named after them), a tag's as its Code's
  Description.

GUIDs are name-based (UUID 5) in a namespace drawn from the library's identity (see
store.annotation_export.library_identity): two exports of the same library give every item the
same GUID, another library's items get others. File names in the zip are GUIDs, never titles.

`read_qdpx()` parses a .qdpx back (codes, sources with their text, selections, notes, cases,
variables)."""

from __future__ import annotations

import re
import shutil
import tempfile
import uuid
import xml.etree.ElementTree as ElementTree
import zipfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import XMLGenerator
from xml.sax.xmlreader import AttributesImpl

from peewee import Database

from desktop import __version__
from desktop.store.annotation_export import library_identity

from .records import JsonObject, TagRecord, nesting

NAMESPACE = "urn:QDA-XML:project:1.0"
MAX_INDENT = 12
INDENT = "    "
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_GLOSSA = uuid.UUID("1d3f8c2e-5b0a-5e7e-9a43-6f0c2d9b7a10")  # Glossa's own namespace, fixed forever
# name -> typeOfVariable, in the order they are declared. Names are unique across sources and
# cases: QualCoder keeps them in one table.
VARIABLES = {
    "Date": "Date", "Source file": "Text", "URL": "Text", "Comments": "Integer", "Display names": "Text",
    "Author": "Text", "Time": "DateTime", "Depth": "Integer", "Parent comment": "Integer", "Article": "Integer",
}  # fmt: skip
_VALUE_ELEMENTS = {"Text": "TextValue", "Integer": "IntegerValue", "Date": "DateValue", "DateTime": "DateTimeValue"}


def library_namespace(db: Database) -> uuid.UUID:
    """The namespace of a library's GUIDs: the same in every export of it."""
    return uuid.uuid5(_GLOSSA, library_identity(db) or "a library without articles")


def _xml_text(value: str) -> str:
    """Text XML 1.0 can carry, one character for one (positions never move)."""
    return _NOT_XML.sub("\ufffd", value)


def _time(value: str | None) -> str | None:
    """A stored local time ("2022-12-23T19:38:00") is a valid xsd:dateTime as it is."""
    return value if value and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?", value) else None


def _date(value: str | None) -> str | None:
    match = re.match(r"\d{4}-\d\d-\d\d", value or "")
    return match.group(0) if match else None


def _notes_text(notes: Iterable[JsonObject]) -> str | None:
    return "\n\n".join(note["text"] for note in notes) or None


# -- the plain text of a source ------------------------------------------------------------------


@dataclass
class _CommentPlace:
    start: int  # the header line, after its indentation
    body_start: int
    body_end: int

    def position(self, offset: int) -> int:
        return self.body_start + offset


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


def source_text(article: JsonObject, with_comments: bool = True) -> SourceLayout:
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
    comments = article["comments"] if with_comments else []
    if comments:
        add(f"\nComments ({len(comments)}):\n")
    for comment, level in zip(comments, nesting(comments, MAX_INDENT + 1), strict=True):
        when = (comment["posted_at"] or "").replace("T", " ")[:16]
        author = " ".join(comment["author"].split())
        add("\n" + INDENT * (level - 1))
        start = length
        add((f"{author} ({when}):" if when else f"{author}:") + "\n")
        body_start = length
        add(comment["body"].replace("\r", "\n"))
        layout.comments[comment["id"]] = _CommentPlace(start, body_start, length)
        add("\n")
    layout.text = "".join(parts)
    return layout


# -- writing -------------------------------------------------------------------------------------


class _Xml:
    """XMLGenerator with indentation between elements (never inside text). A fragment (a part
    of the document written apart, spliced in later) starts inside the root, at depth 1."""

    def __init__(self, out: IO[bytes], fragment: bool = False) -> None:
        self.out = out
        self.gen = XMLGenerator(out, encoding="utf-8", short_empty_elements=True)
        if not fragment:
            self.gen.startDocument()
        self.stack: list[bool] = [True] if fragment else []  # per open element: has child elements

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
    """Writes one .qdpx: each article as it comes, then `finish` with the commenters. The
    sources go to a temporary file as they come; `finish` writes what the standard puts before
    them (code book, variables, cases), splices them in and adds the notes."""

    def __init__(self, out: IO[bytes], tags: Iterable[TagRecord], namespace: uuid.UUID,
                 comment_sources: bool = False) -> None:  # fmt: skip
        self.namespace = namespace
        self.comment_sources = comment_sources
        self.zip = zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED)
        self.sources = tempfile.SpooledTemporaryFile(max_size=32 * 1024 * 1024)  # noqa: SIM115  (closed by finish/abandon)
        self.xml = _Xml(self.sources, fragment=True)
        self.user = self.guid("user")  # Glossa itself: the sources' and the project's creator
        self.coders: dict[str, str] = {}  # coder name -> User GUID, for the codings they made
        self.notes: list[_Note] = []
        self.tags = list(tags)
        self.codes = {tag.path: self.guid(f"tag:{tag.path}") for tag in self.tags}
        self.commenters: set[str] = set()  # handles with a comment in the export
        self.variables_used: set[str] = set()
        self._sources_open = False

    def guid(self, key: str) -> str:
        return str(uuid.uuid5(self.namespace, key))

    def commenter(self, handle: str) -> str:
        """The GUID of a commenter's Case and of their Code."""
        return self.guid(f"commenter:{handle}")

    def _value(self, name: str, value: str | int | None) -> None:
        if value is None or value == "":
            return
        self.variables_used.add(name)
        self.xml.start("VariableValue", {})
        self.xml.element("VariableRef", {"targetGUID": self.guid(f"variable:{name}")})
        self.xml.element(_VALUE_ELEMENTS[VARIABLES[name]], {}, str(value))
        self.xml.end("VariableValue")

    def _note(self, key: str, name: str, note: JsonObject) -> str:
        guid = self.guid(f"note:{key}")
        self.notes.append(_Note(guid, name, note["text"], _time(note["created_at"]), _time(note["updated_at"])))
        return guid

    def coder(self, name: str | None) -> str:
        """The User GUID of a coder (Glossa's own when the export does not name one)."""
        if name is None:
            return self.user
        return self.coders.setdefault(name, self.guid(f"coder:{name}"))

    def _selection(self, key: str, start: int, end: int, text: str, codes: Iterable[tuple[str, str, str]],
                   notes: list[JsonObject], note_name: str, created: str | None,
                   creator: str | None = None) -> None:  # fmt: skip
        """One PlainTextSelection; codes are (coding key, code GUID, user GUID) triples."""
        self.xml.start("PlainTextSelection", {
            "guid": self.guid(f"selection:{key}"), "name": _short(text), "startPosition": start,
            "endPosition": end, "creatingUser": creator or self.user, "creationDateTime": _time(created),
        })  # fmt: skip
        description = _notes_text(notes)
        if description:
            self.xml.element("Description", {}, description)
        for coding, code, user in codes:
            self.xml.start("Coding", {"guid": self.guid(f"coding:{key}:{coding}"), "creatingUser": user})
            self.xml.element("CodeRef", {"targetGUID": code})
            self.xml.end("Coding")
        for note in notes:
            self.xml.element("NoteRef", {"targetGUID": self._note(key, note_name, note)})
        self.xml.end("PlainTextSelection")

    def _tag_codes(self, codings: Iterable[JsonObject]) -> list[tuple[str, str, str]]:
        """Each coder's application of a tag is a Coding of its own, by its coder."""
        return [(f"{c['tag']}@{c.get('coder')}", self.codes[c["tag"]], self.coder(c.get("coder")))
                for c in codings if c["tag"] in self.codes]

    def _open_source(self, key: str, name: str, text: str, created: str | None, notes: list[JsonObject]) -> None:
        if not self._sources_open:
            self.xml.start("Sources", {})
            self._sources_open = True
        guid = self.guid(key)
        self.zip.writestr(f"sources/{guid}.txt", text.encode("utf-8", "replace"))
        self.xml.start("TextSource", {"guid": guid, "name": _short(name, 120), "plainTextPath": f"internal://{guid}.txt",
                                      "creatingUser": self.user, "creationDateTime": _time(created)})  # fmt: skip
        description = _notes_text(notes)
        if description:
            self.xml.element("Description", {}, description)

    def article(self, article: JsonObject) -> None:
        layout = source_text(article, with_comments=not self.comment_sources)
        text = layout.text
        key = f"article:{article['id']}"
        source = article["source"]
        self._open_source(key, f"{article['id']}: {article['title']}", text, source["imported_at"], article["notes"])
        if article["codings"]:
            self._selection(key, 0, layout.article_end, text[: layout.article_end],
                            self._tag_codes(article["codings"]), [], "", None)  # fmt: skip
        self._highlights(article["highlights"], layout.article_length, layout.article_position, text)
        for comment in article["comments"]:
            self.commenters.add(comment["author"])
            if not self.comment_sources:
                place = layout.comments[comment["id"]]
                self._comment_selection(comment, place.start, place.body_end, text)
                self._highlights(comment["highlights"], len(comment["body"]), place.position, text)
        for note in article["notes"]:
            guid = self._note(key, _short(f"Note on {article['title']}", 120), note)
            self.xml.element("NoteRef", {"targetGUID": guid})
        self._value("Date", _date(source["published_at"]))
        source_file = source["file"]
        self._value("Source file", Path(source_file).name if source_file else None)  # its folder is nobody's business
        self._value("URL", source["url"])
        self._value("Comments", len(article["comments"]))
        self.xml.end("TextSource")
        if self.comment_sources:
            for comment in article["comments"]:
                self._comment_source(article, comment)

    def _comment_selection(self, comment: JsonObject, start: int, end: int, text: str,
                           notes: list[JsonObject] | None = None) -> None:  # fmt: skip
        codes = [*self._tag_codes(comment["codings"]),
                 ("/commenter", self.commenter(comment["author"]), self.user)]  # "/": no tag path
        self._selection(f"comment:{comment['id']}", start, end, text[start:end], codes,
                        comment["notes"] if notes is None else notes,
                        f"Note on a comment by {comment['author']}", comment["posted_at"])  # fmt: skip

    def _comment_source(self, article: JsonObject, comment: JsonObject) -> None:
        """A comment as a TextSource of its own: its body, its note as the source's memo."""
        body = comment["body"].replace("\r", "\n")
        key = f"comment:{comment['id']}"
        name = f"{article['id']}.{comment['id']}: {comment['author']}"
        self._open_source(key, name, body, comment["posted_at"], comment["notes"])
        if body:
            self._comment_selection(comment, 0, len(body), body, notes=[])
        self._highlights(comment["highlights"], len(body), lambda offset: offset, body)
        for note in comment["notes"]:
            self.xml.element("NoteRef", {"targetGUID": self._note(key, f"Note on a comment by {comment['author']}",
                                                                  note)})  # fmt: skip
        self._value("Author", comment["author"])
        self._value("Time", _time(comment["posted_at"]))
        self._value("Depth", comment["depth"])
        self._value("Parent comment", comment["parent_id"])
        self._value("Article", article["id"])
        self.xml.end("TextSource")

    def _highlights(self, highlights: list[JsonObject], length: int, position: Any, text: str) -> None:
        for h in highlights:
            if not 0 <= h["start"] < h["end"] <= length:
                continue  # cannot happen for a highlight the store accepted; never write a bad range
            start, end = position(h["start"]), position(h["end"])
            coding = [{"tag": h["tag"], "coder": h.get("coder")}] if h["tag"] else []
            self._selection(f"highlight:{h['id']}", start, end, text[start:end], self._tag_codes(coding),
                            h["notes"], _short(f"Note on “{h['text']}”"), h["created_at"],
                            self.coder(h.get("coder")))  # fmt: skip

    def finish(self, authors: Iterable[JsonObject]) -> None:
        if self._sources_open:
            self.xml.end("Sources")
        known = {author["handle"]: author for author in authors}
        cases = [author for handle, author in known.items() if handle in self.commenters]
        cases += [{"handle": h, "aliases": [], "notes": []} for h in sorted(self.commenters - known.keys())]
        for author in cases:
            for note in author["notes"]:
                self._note(f"author:{author['handle']}", f"Note on commenter {author['handle']}", note)
        if cases:
            self.variables_used.add("Display names")
        with tempfile.SpooledTemporaryFile(max_size=32 * 1024 * 1024) as frame:
            xml = _Xml(frame)
            now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            xml.start("Project", {
                "xmlns": NAMESPACE, "name": "Glossa export", "origin": f"Glossa {__version__}",
                "creatingUserGUID": self.user, "creationDateTime": now,
                "modifyingUserGUID": self.user, "modifiedDateTime": now,
            })  # fmt: skip
            xml.start("Users", {})
            xml.element("User", {"guid": self.user, "name": "Glossa"})
            for name, guid in self.coders.items():
                xml.element("User", {"guid": guid, "name": name})
            xml.end("Users")
            self._codebook(xml, cases)
            self._variables(xml)
            self._cases(xml, cases)
            splice = frame.tell()  # the sources go here: nothing of the frame is pending
            self._notes(xml, now)
            xml.end("Project")
            xml.finish()
            self.sources.seek(0)
            frame.seek(0)
            with self.zip.open("project.qde", "w") as out:
                out.write(frame.read(splice))
                shutil.copyfileobj(self.sources, out)
                shutil.copyfileobj(frame, out)
        self.zip.close()
        self.sources.close()

    def _codebook(self, xml: _Xml, cases: list[JsonObject]) -> None:
        if not self.tags and not cases:
            return
        names = _code_names(self.tags)
        children: dict[str | None, list[TagRecord]] = {}
        for tag in self.tags:
            children.setdefault(tag.parent_path if tag.parent_path in self.codes else None, []).append(tag)
        xml.start("CodeBook", {})
        xml.start("Codes", {})
        # Depth-first without recursion: (tag, opening) pairs; a closing entry ends a Code.
        stack: list[tuple[TagRecord, bool]] = [(tag, True) for tag in reversed(children.get(None, []))]
        while stack:
            tag, opening = stack.pop()
            if not opening:
                xml.end("Code")
                continue
            xml.start("Code", {"guid": self.codes[tag.path], "name": names[tag.path], "isCodable": "true",
                               "color": tag.color})
            if tag.note:
                xml.element("Description", {}, tag.note["text"])
            stack.append((tag, False))
            stack.extend((child, True) for child in reversed(children.get(tag.path, [])))
        if cases:
            # QualCoder keeps code names unique: a commenter named like a tag gets a suffix.
            taken = set(names.values())
            xml.start("Code", {"guid": self.guid("commenters"), "name": "Commenters", "isCodable": "false"})
            xml.element("Description", {}, "One code per commenter: the text of their comments (their case).")
            for author in cases:
                handle = author["handle"]
                xml.element("Code", {"guid": self.commenter(handle), "isCodable": "true",
                                     "name": f"{handle} (commenter)" if handle in taken else handle})  # fmt: skip
            xml.end("Code")
        xml.end("Codes")
        xml.end("CodeBook")

    def _variables(self, xml: _Xml) -> None:
        if not self.variables_used:
            return
        xml.start("Variables", {})
        for name, kind in VARIABLES.items():
            if name in self.variables_used:
                xml.element("Variable", {"guid": self.guid(f"variable:{name}"), "name": name, "typeOfVariable": kind})
        xml.end("Variables")

    def _cases(self, xml: _Xml, cases: list[JsonObject]) -> None:
        if not cases:
            return
        xml.start("Cases", {})
        for author in cases:
            guid = self.commenter(author["handle"])
            xml.start("Case", {"guid": guid, "name": author["handle"]})
            description = _notes_text(author["notes"])
            if description:
                xml.element("Description", {}, description)
            xml.element("CodeRef", {"targetGUID": guid})
            if author["aliases"]:
                xml.start("VariableValue", {})
                xml.element("VariableRef", {"targetGUID": self.guid("variable:Display names")})
                xml.element("TextValue", {}, "; ".join(author["aliases"]))
                xml.end("VariableValue")
            xml.end("Case")
        xml.end("Cases")

    def _notes(self, xml: _Xml, now: str) -> None:
        if not self.notes:
            return
        xml.start("Notes", {})
        for note in self.notes:
            # QualCoder needs a creation or modification time on every Note.
            xml.start("Note", {"guid": note.guid, "name": note.name, "creatingUser": self.user,
                               "creationDateTime": note.created or note.modified or now, "modifyingUser": self.user,
                               "modifiedDateTime": note.modified})  # fmt: skip
            xml.element("PlainTextContent", {}, note.text)
            xml.end("Note")
        xml.end("Notes")

    def abandon(self) -> None:
        self.zip.close()
        self.sources.close()


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
    description: str | None = None


@dataclass
class Source:
    guid: str
    name: str | None
    text: str
    selections: list[Selection]
    notes: list[str]
    description: str | None = None
    variables: dict[str, str] = field(default_factory=dict)  # variable name -> value


@dataclass
class Case:
    guid: str
    name: str | None
    description: str | None
    codes: list[str]
    variables: dict[str, str]


def _code_names(tags: list[TagRecord]) -> dict[str, str]:
    """Each tag's code name: its own name, or, where tags under other parents share it, the name
    with its parent's path ("x (a)", "x (b)"): QualCoder wants code names unique in the whole
    code book, and refuses the second "x"."""
    counts = Counter(tag.name for tag in tags)
    return {tag.path: tag.name if counts[tag.name] == 1 or not tag.parent_path else f"{tag.name} ({tag.parent_path})"
            for tag in tags}


@dataclass
class QdpxProject:
    name: str
    users: dict[str, str | None]
    codes: dict[str, Code]  # in document order
    sources: list[Source]
    notes: dict[str, str]  # guid -> text
    note_names: dict[str, str | None]
    project_xml: bytes
    variables: dict[str, tuple[str, str]] = field(default_factory=dict)  # guid -> (name, typeOfVariable)
    cases: list[Case] = field(default_factory=list)

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


def _description(element: ElementTree.Element) -> str | None:
    description = element.find(_tag("Description"))
    return description.text or "" if description is not None else None


def _values(element: ElementTree.Element, variables: dict[str, tuple[str, str]]) -> dict[str, str]:
    values = {}
    for value in element.iterfind(_tag("VariableValue")):
        ref = value.find(_tag("VariableRef"))
        if ref is None:
            continue
        content = next((child.text for child in value if child is not ref), None)
        values[variables.get(ref.attrib["targetGUID"], (ref.attrib["targetGUID"], ""))[0]] = content or ""
    return values


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
        variables = {v.attrib["guid"]: (v.attrib["name"], v.attrib["typeOfVariable"])
                     for v in root.iterfind(f"{_tag('Variables')}/{_tag('Variable')}")}  # fmt: skip
        cases = [Case(c.attrib["guid"], c.get("name"), _description(c),
                      [r.attrib["targetGUID"] for r in c.iterfind(_tag("CodeRef"))], _values(c, variables))
                 for c in root.iterfind(f"{_tag('Cases')}/{_tag('Case')}")]  # fmt: skip
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
                    _description(s),
                )
                for s in element.iterfind(_tag("PlainTextSelection"))
            ]  # fmt: skip
            refs = [n.attrib["targetGUID"] for n in element.iterfind(_tag("NoteRef"))]
            sources.append(Source(element.attrib["guid"], element.get("name"), text, selections, refs,
                                  _description(element), _values(element, variables)))  # fmt: skip
        notes: dict[str, str] = {}
        note_names: dict[str, str | None] = {}
        for element in root.iterfind(f"{_tag('Notes')}/{_tag('Note')}"):
            content = element.find(_tag("PlainTextContent"))
            notes[element.attrib["guid"]] = content.text or "" if content is not None else ""
            note_names[element.attrib["guid"]] = element.get("name")
        users = {u.attrib["guid"]: u.get("name") for u in root.iterfind(f"{_tag('Users')}/{_tag('User')}")}
        return QdpxProject(root.attrib["name"], users, codes, sources, notes, note_names, xml, variables, cases)
