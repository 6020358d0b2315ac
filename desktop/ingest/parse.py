"""Text to documents: the scraped-article format of FORMAT.md (Format A with comment threads,
Format B reposts, and the damage real dumps carry). Pure functions; never raises on text."""

from __future__ import annotations

import re
from datetime import datetime
from typing import NamedTuple

from .decode import decode
from .documents import ParsedComment, ParsedDocument

_HEADER = re.compile(r"^( +)(\d{1,5})\.[ \u00a0](.+?)\s*$")
_STATUSES = ("Offline", "Online")
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan", "января", "январь"),
            ("february", "feb", "февраля", "февраль"),
            ("march", "mar", "марта", "март"),
            ("april", "apr", "апреля", "апрель"),
            ("may", "мая", "май"),
            ("june", "jun", "июня", "июнь"),
            ("july", "jul", "июля", "июль"),
            ("august", "aug", "августа", "август"),
            ("september", "sep", "sept", "сентября", "сентябрь"),
            ("october", "oct", "октября", "октябрь"),
            ("november", "nov", "ноября", "ноябрь"),
            ("december", "dec", "декабря", "декабрь"),
        ],
        start=1,
    )
    for name in names
}
# "23 December 2022 19: 38" (the space after the colon is a translation artefact).
_TIMESTAMP = re.compile(
    r"(\d{1,2})\s+([^\W\d_]+)\.?,?\s+(\d{4})(?:\s*(?:,|at|в)?\s*(\d{1,2})\s*:\s*(\d{2}))?\s*$"
)
_PHOTO_CREDIT = re.compile(r"^\s*(?:[•·*\-]\s*)?(?:Photos? used|Used photos?)\s*:?\s*(.*?)\s*$", re.I)
_SIGN_IN = "Dear reader, to leave comments on the publication, you must sign in."
_SHARE_BAR = "Spread the love"
_FOOTER = "News from Telegram. Subscribe to our channel"
_HTML_DEBRIS = re.compile(r"<\s*/?\s*p\s*>\s*", re.I)
# Where a glued title may begin: lower case running into upper case, or the end of a sentence
# running into the next headline without a space.
_GLUE = re.compile(r"(?<=[a-zа-яё])(?=[A-ZА-ЯЁ])|(?<=\S[.!?…\"»”'’)\]])(?=[\"«“]?[A-ZА-ЯЁ])")
_TITLE_MAX = 300


def parse_bytes(data: bytes) -> list[ParsedDocument]:
    """Decode and parse one file. Raises UnreadableInput when the bytes hold no text."""
    decoded = decode(data)
    documents = parse_text(decoded.text)
    file_wide = [w for w in decoded.warnings if not w.startswith("truncated")]
    for document in documents:
        document.warnings[:0] = file_wide
    cut = [w for w in decoded.warnings if w.startswith("truncated")]
    if cut and documents:
        # A byte cap cuts the file's last document only.
        last = documents[-1]
        last.warnings.insert(0, cut[0])
        if last.comments:
            last.comments[-1].truncated = True
    return documents


def parse_text(text: str) -> list[ParsedDocument]:
    """Split text into documents and parse each one."""
    lines = text.split("\n")
    documents: list[ParsedDocument] = []
    position = 0
    while True:
        while position < len(lines) and not lines[position].strip():
            position += 1
        if position >= len(lines):
            break
        document, position = _DocumentParser(lines, position, len(documents)).run()
        if documents and _is_fragment(document):
            # A stray line after a document (a related-article teaser, say): report it, keep it raw.
            previous = documents[-1]
            previous.raw += "\n" + document.raw
            previous.warnings.append(f"junk dropped: trailing line {_quote(document.title)}")
            continue
        documents.append(document)
    if len(documents) > 1:
        for document in documents:
            document.warnings.append(f"split: document {document.index + 1} of {len(documents)} in this file")
    return documents


def _is_fragment(document: ParsedDocument) -> bool:
    return not document.paragraphs and not document.comments and "\n" not in document.raw.strip()


class _Header(NamedTuple):
    indent: int
    handle: str
    status: str
    display_name: str | None
    posted_at: datetime | None
    truncated: bool
    size: int  # lines taken: the header and its meta line


class _DocumentParser:
    """Parses one document starting at lines[start]. A glued line is split in place, so that
    the next document starts at the returned position."""

    def __init__(self, lines: list[str], start: int, index: int) -> None:
        self.lines = lines
        self.start = start
        self.index = index
        self.warnings: list[str] = []
        self.junk: list[str] = []
        self.kind = "plain"
        self.photo_credit: str | None = None
        self.subtitle: str | None = None
        self.blocks: list[list[str]] = []
        self.comments: list[ParsedComment] = []

    # -- the document as a whole -------------------------------------------------------------

    def run(self) -> tuple[ParsedDocument, int]:
        lines = self.lines
        position = self.start
        while position < len(lines) and self._junk_kind(lines[position].strip()) not in (None, "share"):
            # Junk left at the head of a document; text glued after it is the title.
            self._take_junk(lines[position].strip())
            self._split_prefix_junk(position)
            position = self._skip_blank(position + 1)
        title = _HTML_DEBRIS.sub("", lines[position]).strip() if position < len(lines) else ""
        position += 1
        if title == _SHARE_BAR:
            self.kind = "B"
            self.junk.append(_SHARE_BAR)
            title = ""
            position = self._read_subtitle(position)
        end = self._read_article(position)
        if not title:
            title = self.subtitle or (self.blocks[0][0][:200] if self.blocks else "")
            self.warnings.append("no title line; used " + ("the subtitle" if self.subtitle else "the first paragraph"))
        if self.junk:
            counts: dict[str, int] = {}
            for item in self.junk:
                counts[item] = counts.get(item, 0) + 1
            listed = ", ".join(_quote(k) + (f" x{v}" if v > 1 else "") for k, v in counts.items())
            self.warnings.append(f"junk dropped: {listed}")
        document = ParsedDocument(
            title=title,
            subtitle=self.subtitle,
            paragraphs=["\n".join(block) for block in self.blocks],
            comments=self.comments,
            raw="\n".join(lines[self.start : end]).rstrip("\n"),
            index=self.index,
            kind=self.kind,
            warnings=self.warnings,
            photo_credit=self.photo_credit,
        )
        return document, end

    def _read_subtitle(self, position: int) -> int:
        """Format B: the headline's second translation follows the share bar."""
        lines = self.lines
        position = self._skip_blank(position)
        if position < len(lines):
            candidate = _HTML_DEBRIS.sub("", lines[position]).strip()
            following = lines[position + 1] if position + 1 < len(lines) else ""
            if candidate and len(candidate) <= _TITLE_MAX and not following.strip() and not self._junk_kind(candidate):
                self.subtitle = candidate
                return position + 1
        return position

    def _read_article(self, position: int) -> int:
        """Paragraphs until the thread, the footer or the next document; returns the end."""
        lines = self.lines
        block: list[str] = []
        article_ended = False  # after the photo credit or the sign-in prompt

        def flush() -> None:
            if block:
                self.blocks.append(list(block))
                block.clear()

        while position < len(lines):
            line = lines[position]
            stripped = line.strip()
            if not stripped:
                flush()
                position += 1
                continue
            if line[0] == " " and self._comment_at(position):
                flush()
                self.kind = "A"
                return self._read_thread(position)
            junk = self._junk_kind(stripped)
            if junk == "share":
                flush()
                title_line = self._previous_content_line(position)
                if title_line is None:  # right after the title: Format B's share bar
                    self.kind = "B"
                    self.junk.append(_SHARE_BAR)
                    position = self._read_subtitle(position + 1)
                    continue
                # Deep inside, a share bar means the line before it was the next document's title.
                return self._title_before_share_bar(title_line)
            if junk:
                self._take_junk(stripped)
                self._split_prefix_junk(position)
                if junk == "footer":
                    flush()
                    self.kind = "B"
                    return position + 1
                if junk == "sign-in":
                    self.kind = "A"
                article_ended = True
                position += 1
                continue
            if article_ended and line[0] != " ":
                flush()
                return self._unglue_title(position)
            text = _HTML_DEBRIS.sub("", stripped)
            if text != stripped and self.kind == "plain":
                self.kind = "B"
            if text:
                block.append(text)
            position += 1
        flush()
        return position

    # -- the comment thread ------------------------------------------------------------------

    def _read_thread(self, position: int) -> int:
        lines = self.lines
        stack: list[int] = []  # indices into self.comments along the current path
        child_counts: dict[int | None, int] = {}
        body: list[str] = []
        body_indent = 0

        def close() -> None:
            if self.comments:
                while body and not body[-1]:
                    body.pop()
                start = 0
                while start < len(body) and not body[start]:
                    start += 1
                self.comments[-1].body = "\n".join(body[start:])
            body.clear()

        while position < len(lines):
            line = lines[position]
            if line and line[0] != " " and line.strip():
                junk = self._junk_kind(line.strip())
                if junk in ("credit", "sign-in", "footer"):
                    self._take_junk(line.strip())
                    self._split_prefix_junk(position)
                    if junk == "footer":
                        close()
                        return position + 1
                    position += 1
                    continue
                # After a thread, an unindented line starts the next document.
                close()
                return self._unglue_title(position)
            header = self._comment_at(position)
            if header is None:
                indent = len(line) - len(line.lstrip(" "))
                body.append(line[min(indent, body_indent) :].rstrip())
                position += 1
                continue
            close()
            self._add_comment(header, stack, child_counts, position)
            body_indent = header.indent + 2
            position += header.size
        close()
        return position

    def _add_comment(
        self, header: _Header, stack: list[int], child_counts: dict[int | None, int], position: int
    ) -> None:
        """Depth comes from indentation, the parent from a stack: printed numbers lie."""
        if header.indent % 2:
            self.warnings.append(f"odd indentation at line {position - self.start + 1}")
        depth = max(1, header.indent // 2)
        while stack and self.comments[stack[-1]].depth >= depth:
            stack.pop()
        parent = stack[-1] if stack else None
        real_depth = self.comments[parent].depth + 1 if parent is not None else 1
        if real_depth != depth:
            self.warnings.append(
                f"comment by {header.handle} indented for depth {depth}, placed at depth {real_depth}"
            )
        child_counts[parent] = child_counts.get(parent, 0) + 1
        number = str(child_counts[parent])
        path = f"{self.comments[parent].path}.{number}" if parent is not None else number
        comment = ParsedComment(
            header.handle, header.display_name, header.status, header.posted_at, "", real_depth, parent, path
        )
        comment.truncated = header.truncated
        if header.truncated:
            self.warnings.append(f"truncated: comment by {header.handle} cut inside its header")
        self.comments.append(comment)
        stack.append(len(self.comments) - 1)

    def _comment_at(self, position: int) -> _Header | None:
        """A header counts only when the next line is that handle's meta line."""
        lines = self.lines
        match = _HEADER.match(lines[position])
        if not match:
            return None
        header = _split_header(match.group(3))
        if header is None:
            return None
        handle, status = header
        indent = len(match.group(1))
        if self._nothing_after(position):
            return _Header(indent, handle, status, None, None, True, 1)  # cut right after it
        meta = lines[position + 1]
        meta_indent = len(meta) - len(meta.lstrip(" "))
        content = meta.strip()
        if meta_indent <= indent or not content.startswith(handle[: len(content)]):
            return None
        cut = self._nothing_after(position + 1)
        if len(content) < len(handle):
            return _Header(indent, handle, status, None, None, True, 2) if cut else None
        parsed = _parse_meta(content[len(handle) :])
        if parsed is not None:
            return _Header(indent, handle, status, parsed[0], parsed[1], False, 2)
        if cut and _could_be_cut_meta(content[len(handle) :]):
            return _Header(indent, handle, status, _cut_display(content[len(handle) :]), None, True, 2)
        return None

    # -- junk, glue and document boundaries ---------------------------------------------------

    @staticmethod
    def _junk_kind(stripped: str) -> str | None:
        if stripped.startswith(_SIGN_IN):
            return "sign-in"
        if stripped.startswith(_FOOTER):
            return "footer"
        if stripped == _SHARE_BAR:
            return "share"
        if _PHOTO_CREDIT.match(stripped):
            return "credit"
        return None

    def _take_junk(self, stripped: str) -> None:
        kind = self._junk_kind(stripped)
        if kind == "credit":
            match = _PHOTO_CREDIT.match(stripped)
            self.photo_credit = (match.group(1) if match else "") or self.photo_credit
            self.junk.append("Photos used")
        elif kind == "sign-in":
            self.junk.append(_SIGN_IN)
        elif kind == "footer":
            self.junk.append(_FOOTER)

    def _split_prefix_junk(self, position: int) -> None:
        """A junk line with text glued after it: that text is the next document's title."""
        line = self.lines[position].strip()
        for phrase in (_SIGN_IN, _FOOTER):
            if line.startswith(phrase) and len(line) > len(phrase):
                rest = line[len(phrase) :].lstrip(". ")
                if rest:
                    self.lines[position] = phrase
                    self.lines.insert(position + 1, rest)
                    self.warnings.append(f"split: next title {_quote(rest)} was glued to {_quote(phrase)}")
                return

    def _unglue_title(self, position: int) -> int:
        """The next document starts at lines[position]. If its real title looks glued onto the
        previous line (a file without a final newline, concatenated), move it back out.
        Returns where the next document starts."""
        first = self.lines[position].strip()
        if not (first == _SHARE_BAR or _looks_like_paragraph(first)):
            return position
        previous = self._previous_content_line(position)
        split = _glue_split(self.lines[previous]) if previous is not None else None
        if previous is None or split is None:
            return position
        head, title = split
        self.lines[previous] = head
        self.lines.insert(previous + 1, title)
        if self.comments and self.comments[-1].body.endswith(title):
            last = self.comments[-1]
            last.body = last.body[: -len(title)].rstrip()
        elif self.blocks and self.blocks[-1][-1].endswith(title):
            self.blocks[-1][-1] = self.blocks[-1][-1][: -len(title)].rstrip()
        if self.photo_credit and self.photo_credit.endswith(title):
            self.photo_credit = self.photo_credit[: -len(title)].rstrip()
        self.warnings.append(f"split: next title {_quote(title)} was glued to this document's last line")
        return previous + 1

    def _title_before_share_bar(self, title_line: int) -> int:
        """A share bar deep in the text: the line before it is the next document's title,
        alone or glued to this document's last paragraph."""
        line = self.lines[title_line].strip()
        block = self.blocks[-1] if self.blocks else []
        alone = not self.lines[title_line - 1].strip() and len(line) <= _TITLE_MAX
        split = None if alone else _glue_split(line)
        if split is None:
            if block:
                block.pop()
                if not block:
                    self.blocks.pop()
            return title_line
        head, title = split
        self.lines[title_line] = head
        self.lines.insert(title_line + 1, title)
        if block:
            block[-1] = head.strip()
        self.warnings.append(f"split: next title {_quote(title)} was glued to this document's last line")
        return title_line + 1

    def _previous_content_line(self, position: int) -> int | None:
        """The last non-blank line of this document before position, the title excluded."""
        for index in range(position - 1, self.start, -1):
            if self.lines[index].strip():
                return index
        return None

    def _skip_blank(self, position: int) -> int:
        while position < len(self.lines) and not self.lines[position].strip():
            position += 1
        return position

    def _nothing_after(self, position: int) -> bool:
        """True when only blank lines follow: the text was cut here."""
        return all(not self.lines[index].strip() for index in range(position + 1, len(self.lines)))


def _split_header(rest: str) -> tuple[str, str] | None:
    """`H status H` with the same handle twice; the handle itself may hold spaces or 'Online'."""
    for status in _STATUSES:
        separator = f" {status} "
        twice = len(rest) - len(separator)
        if twice > 0 and twice % 2 == 0:
            size = twice // 2
            if rest[size : size + len(separator)] == separator and rest[:size] == rest[size + len(separator) :]:
                return rest[:size], status
    return None


def _parse_meta(rest: str) -> tuple[str | None, datetime | None] | None:
    """What follows the handle on a meta line: ` (Display Name) 23 December 2022 19: 38`."""
    rest = rest.replace("\u00a0", " ")
    if rest and not rest[0].isspace():
        return None
    posted: datetime | None = None
    match = _TIMESTAMP.search(rest)
    if match and match.group(2).lower() in _MONTHS:
        posted = _to_datetime(match)
        rest = rest[: match.start()]
    rest = rest.strip()
    if not rest:
        return (None, posted)
    if rest.startswith("(") and rest.endswith(")"):
        return (rest[1:-1].strip() or None, posted)
    return None


def _to_datetime(match: re.Match[str]) -> datetime | None:
    day, month, year, hour, minute = match.groups()
    try:
        return datetime(int(year), _MONTHS[month.lower()], int(day), int(hour or 0), int(minute or 0))
    except ValueError:
        return None


def _could_be_cut_meta(rest: str) -> bool:
    return not rest or rest[0].isspace()


def _cut_display(rest: str) -> str | None:
    rest = rest.strip()
    if rest.startswith("(") and ")" in rest:
        return rest[1 : rest.index(")")].strip() or None
    return None


def _looks_like_paragraph(line: str) -> bool:
    return len(line) > 150 or line.endswith((".", "…", ":", ";"))


def _glue_split(line: str) -> tuple[str, str] | None:
    stripped = line.rstrip()
    for match in _GLUE.finditer(stripped):
        head, tail = stripped[: match.start()], stripped[match.start() :].strip()
        if head.strip() and len(tail) <= _TITLE_MAX and len(tail.split()) >= 3:
            return head, tail
    return None


def _quote(text: str, limit: int = 60) -> str:
    text = text.strip()
    return f"'{text[:limit]}…'" if len(text) > limit else f"'{text}'"
