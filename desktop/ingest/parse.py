"""Text to documents: the scraped-article format of FORMAT.md (Format A with comment threads,
Format B reposts, and the damage real dumps carry). Pure functions; never raises on text.

Everything here is one pass over the lines with a few bounded look-arounds: no recursion on the
thread's depth and no regular expression that backtracks over a long line, so a 50 MB dump or a
line of a million characters costs time in proportion to its size."""

from __future__ import annotations

import re
from datetime import datetime
from typing import NamedTuple

from desktop.texts import QT_TRANSLATE_NOOP

from .decode import TRUNCATED_WARNING, decode
from .documents import DocumentKind, ParsedComment, ParsedDocument, Presence, child_path

# A comment header line. The rest is right-stripped in code: a lazy `(.+?)\s*$` is quadratic on
# long runs of spaces.
_HEADER = re.compile(r"^( +)(\d{1,5})\.[ \u00a0](.+)$")
# As plain text: an enum member costs a lookup each time a comment is unpickled (ingest/parallel.py).
_STATUSES = tuple(str(presence) for presence in Presence)
_CUT_MARKER = re.compile(r"^ +\d{1,5}\.?(?:[ \u00a0](.*))?$")
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
# Matched against the meta line's time with its whitespace collapsed to single spaces (no-break
# spaces included), so no pattern here has two neighbouring quantifiers over the same characters.
# "23 December 2022 19: 38": the space after the colon is a translation artefact.
_TIMESTAMP = re.compile(
    r"^(\d{1,2}) ([^\W\d_]+)\.?,? (\d{4})(?:(?:,| at| в)? (\d{1,2}) ?: ?(\d{2}))?(?![\w:])", re.I
)
_NUMERIC_TIMESTAMP = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4}),?(?: (\d{1,2}) ?: ?(\d{2}))?(?![\w:])")
# Times a page may print instead of a date ("yesterday, 19:38"): a meta line, time unknown.
_VAGUE_TIME = re.compile(r"(?:^|\s)\d{1,2} ?: ?\d{2}$|^(?:today|yesterday|сегодня|вчера)\b", re.I)
# "• Photos used: White House website"; without the bullet only with the colon, so that a
# paragraph beginning "Photos used in the report..." stays a paragraph.
_PHOTO_CREDIT = re.compile(
    r"^(?:[•·*\-] {0,3}(?:Photos? used|Used photos?)\b:?|(?:Photos? used|Used photos?) ?:)(.*)$", re.I
)
_SIGN_IN = "Dear reader, to leave comments on the publication, you must sign in."
_SIGN_IN_LINE = re.compile(r"^Dear reader, to leave comments on the publication, you must sign in\.?")
_SHARE_BAR = "Spread the love"
_FOOTER = "News from Telegram. Subscribe to our channel"
_HTML_DEBRIS = re.compile(r"<\s{0,3}/?\s{0,3}p\s{0,3}>\s*", re.I)
# Where a glued title may begin. Strong: a sentence's end running into the next headline without
# a space. Weak: lower case running into upper case, a number or an acronym into a capitalised word.
_GLUE_STRONG = re.compile(r"(?<=\S[.!?…\"»”'’)\]])(?=[\"«“]?[A-ZА-ЯЁ])|(?<=[^\d\s][.!?…\"»”'’)\]])(?=\d)")
_GLUE_WEAK = re.compile(
    r"(?<=[a-zа-яё])(?=[A-ZА-ЯЁ])|(?<=\d)(?=[A-ZА-ЯЁ][a-zа-яё])|(?<=[A-ZА-ЯЁ]{2})(?=[A-ZА-ЯЁ][a-zа-яё])"
)
_CONTINUED_INITIALISM = re.compile(r"[^\W\d_]\.")  # "U.|S." is no glued sentence end
_SENTENCE_INSIDE = re.compile(r"[.!?…] +[A-ZА-ЯЁ\"«“]")
_TITLE_MAX = 300


def parse_bytes(data: bytes) -> list[ParsedDocument]:
    """Decode and parse one file. Raises UnreadableInput when the bytes hold no text."""
    decoded = decode(data)
    documents = parse_text(decoded.text)
    file_wide = [w for w in decoded.warnings if w != TRUNCATED_WARNING]
    for document in documents:
        document.warnings[:0] = file_wide
    if TRUNCATED_WARNING in decoded.warnings and documents:
        # A byte cap cuts the file's last document only.
        last = documents[-1]
        last.warnings.insert(0, TRUNCATED_WARNING)
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
            previous.warnings.append(
                QT_TRANSLATE_NOOP("Parsing", "junk dropped: trailing line {line}").format(line=_quote(document.title)))
            continue
        documents.append(document)
    if len(documents) > 1:
        split = QT_TRANSLATE_NOOP("Parsing", "split: document {number} of {total} in this file")
        for document in documents:
            document.warnings.append(split.format(number=document.index + 1, total=len(documents)))
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
    note: str | None = None  # something odd about the meta line, for the warnings
    content_indent: int = 0  # the meta and body lines' indent: 2 * depth + 2


class _Meta(NamedTuple):
    display_name: str | None
    posted_at: datetime | None
    unread_time: str  # what stood where the time should be, when it could not be read


class _DocumentParser:
    """Parses one document starting at lines[start]. A glued line is split in place, so that
    the next document starts at the returned position."""

    def __init__(self, lines: list[str], start: int, index: int) -> None:
        self.lines = lines
        self.start = start
        self.index = index
        self.warnings: list[str] = []
        self.junk: list[str] = []
        self.kind = DocumentKind.PLAIN
        self.photo_credit: str | None = None
        self.title = ""
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
        self.title = title
        position += 1
        if title == _SHARE_BAR:
            self.kind = DocumentKind.REPOST
            self.junk.append(_SHARE_BAR)
            title = ""
            position = self._read_subtitle(position)
        end = self._read_article(position)
        if self.kind is DocumentKind.THREAD:
            self._drop_teasers()
        if not title:
            title = self.subtitle or (self.blocks[0][0][:200] if self.blocks else "")
            self.warnings.append(QT_TRANSLATE_NOOP("Parsing", "no title line; used the subtitle") if self.subtitle
                                 else QT_TRANSLATE_NOOP("Parsing", "no title line; used the first paragraph"))
        if self.junk:
            counts: dict[str, int] = {}
            for item in self.junk:
                counts[item] = counts.get(item, 0) + 1
            listed = ", ".join(_quote(k) + (f" x{v}" if v > 1 else "") for k, v in counts.items())
            self.warnings.append(_junk_dropped(listed))
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
            if (
                candidate
                and len(candidate) <= _TITLE_MAX
                and not following.strip()
                and not self._junk_kind(candidate)
                and _could_be_subtitle(candidate, self.title)
            ):
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
            if line[0] == " " and self._comment_at(position, in_thread=False):
                flush()
                self.kind = DocumentKind.THREAD
                return self._read_thread(position)
            junk = self._junk_kind(stripped)
            if junk == "share":
                flush()
                title_line = self._previous_content_line(position)
                if title_line is None:  # right after the title: Format B's share bar
                    self.kind = DocumentKind.REPOST
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
                    self.kind = DocumentKind.REPOST
                    return position + 1
                self.kind = DocumentKind.THREAD  # the photo credit and the sign-in prompt are Format A's
                article_ended = True
                position += 1
                continue
            if article_ended and line[0] != " ":
                flush()
                if self._leads_into_thread(position):
                    # A byline or a counter between the credit and the comments, not a new title.
                    self.warnings.append(_junk_dropped(_quote(stripped)))
                    position += 1
                    continue
                return self._unglue_title(position)
            text = _HTML_DEBRIS.sub("", stripped)
            if text != stripped and self.kind is DocumentKind.PLAIN:
                self.kind = DocumentKind.REPOST
            if text:
                block.append(text)
            position += 1
        flush()
        return position

    def _leads_into_thread(self, position: int) -> bool:
        """After the article's end, short lines before the sign-in prompt or the first comment
        belong to this page (a byline, "Our news channels"); a new document shows a paragraph
        (a long line), a share bar, or (after this page's prompt) a title, a blank line and text."""
        seen_sign_in = _SIGN_IN in self.junk
        content_lines = 1  # the line at `position`
        after_blank = False
        for index in range(position + 1, min(position + 12, len(self.lines))):
            line = self.lines[index]
            stripped = line.strip()
            if not stripped:
                after_blank = True
                continue
            junk = self._junk_kind(stripped)
            if line[0] == " " and self._comment_at(index):
                return True
            if junk == "sign-in":
                # This page's prompt came already: a second one belongs to the next page.
                return not seen_sign_in
            if junk in ("share", "credit") or len(stripped) > 200 or (seen_sign_in and after_blank):
                # A page of its own: its own photo credit, share bar or paragraph; or, after this
                # page's prompt, which comes right before its comments, a title, a blank line and text.
                return False
            content_lines += 1
            if content_lines > 3:
                return False  # paragraphs, not a byline
        return False

    def _drop_teasers(self) -> None:
        """Format A pages embed links to related articles: a headline (no closing punctuation)
        and a one-sentence lead, each a paragraph of one line, between the article's paragraphs."""
        kept: list[list[str]] = []
        index = 0
        blocks = self.blocks
        while index < len(blocks):
            pair = blocks[index : index + 2]
            if kept and len(pair) == 2 and _is_teaser(pair[0], pair[1]):
                self.warnings.append(QT_TRANSLATE_NOOP("Parsing", "junk dropped: related-article teaser {line}").format(
                    line=_quote(pair[0][0])))
                index += 2
                continue
            kept.append(blocks[index])
            index += 1
        self.blocks = kept

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
            rest = line.lstrip(" ")
            if not rest[:1].isdigit():
                # Most lines: neither a header nor the start of one (both begin with a number).
                body.append(line[min(len(line) - len(rest), body_indent) :].rstrip())
                position += 1
                continue
            header = self._comment_at(position)
            if header is None:
                indent = len(line) - len(line.lstrip(" "))
                if self._cut_marker(line, indent, body_indent, position):
                    # The comment before it is whole: the next one had begun.
                    self.warnings.append(QT_TRANSLATE_NOOP(
                        "Parsing", "truncated: the text ends inside a comment header {line}").format(line=_quote(line)))
                else:
                    body.append(line[min(indent, body_indent) :].rstrip())
                position += 1
                continue
            close()
            self._add_comment(header, stack, child_counts, position)
            body_indent = header.content_indent
            position += header.size
        close()
        return position

    def _cut_marker(self, line: str, indent: int, body_indent: int, position: int) -> bool:
        """The text's last line is the start of a header cut before the handle was whole ("  7",
        "  7. k7"): a header's place (left of the body) and a number, at the very end."""
        match = _CUT_MARKER.match(line)
        if not match or not self._nothing_after(position):
            return False
        return indent < body_indent or (indent == body_indent and not match.group(1))

    def _add_comment(
        self, header: _Header, stack: list[int], child_counts: dict[int | None, int], position: int
    ) -> None:
        """Depth comes from indentation, the parent from a stack: printed numbers lie."""
        if header.content_indent % 2:
            self.warnings.append(QT_TRANSLATE_NOOP("Parsing", "odd indentation at line {number}").format(
                number=position - self.start + 1))
        depth = max(1, header.content_indent // 2 - 1)
        while stack and self.comments[stack[-1]].depth >= depth:
            stack.pop()
        parent = stack[-1] if stack else None
        real_depth = self.comments[parent].depth + 1 if parent is not None else 1
        if real_depth != depth:
            self.warnings.append(QT_TRANSLATE_NOOP(
                "Parsing", "comment by {handle} indented for depth {depth}, placed at depth {placed}").format(
                handle=header.handle, depth=depth, placed=real_depth))
        child_counts[parent] = child_counts.get(parent, 0) + 1
        number = child_counts[parent]
        path = child_path(self.comments[parent].path, number) if parent is not None else str(number)
        comment = ParsedComment(
            header.handle, header.display_name, header.status, header.posted_at, "", real_depth, parent, path
        )
        comment.truncated = header.truncated
        if header.truncated:
            self.warnings.append(QT_TRANSLATE_NOOP("Parsing", "truncated: comment by {handle} cut inside its header")
                                 .format(handle=header.handle))
        if header.note:
            self.warnings.append(QT_TRANSLATE_NOOP("Parsing", "comment by {handle}: {problem}").format(
                handle=header.handle, problem=header.note))
        self.comments.append(comment)
        stack.append(len(self.comments) - 1)

    def _comment_at(self, position: int, in_thread: bool = True) -> _Header | None:
        """A header counts only when the next line is that handle's meta line. On the text's last
        line a header cut short counts too, inside a thread (in an article it is a list item)."""
        lines = self.lines
        match = _HEADER.match(lines[position])
        if not match:
            return None
        indent = len(match.group(1))
        rest = match.group(3).replace("\u00a0", " ").rstrip()  # &nbsp; between handle and status
        candidates = _split_header(rest)
        if self._nothing_after(position):  # the text was cut on or right after this line
            if not candidates and in_thread:
                partial = _cut_header(rest)
                candidates = [partial] if partial else []
            if candidates:
                handle, status = candidates[0]
                return _Header(indent, handle, status, None, None, True, 1, content_indent=indent + 2)
            return None
        meta = lines[position + 1]
        meta_indent = len(meta) - len(meta.lstrip(" "))
        if meta_indent <= indent:
            return None
        content = meta.replace("\u00a0", " ").strip()
        cut = self._nothing_after(position + 1)
        for handle, status in candidates:
            header = _meta_header(indent, handle, status, content, cut)
            if header is not None:
                # The content indent, not the header's, gives the depth: a right-aligned "10."
                # moves the header one column left.
                return header._replace(content_indent=meta_indent)
        return None

    # -- junk, glue and document boundaries ---------------------------------------------------

    @staticmethod
    def _junk_kind(stripped: str) -> str | None:
        if _SIGN_IN_LINE.match(stripped):
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
            self.photo_credit = (match.group(1).strip() if match else "") or self.photo_credit
            self.junk.append("Photos used")
        elif kind == "sign-in":
            self.junk.append(_SIGN_IN)
        elif kind == "footer":
            self.junk.append(_FOOTER)

    def _split_prefix_junk(self, position: int) -> None:
        """A junk line with text glued after it: that text is the next document's title."""
        line = self.lines[position].strip()
        sign_in = _SIGN_IN_LINE.match(line)
        phrase = sign_in.group(0) if sign_in else _FOOTER if line.startswith(_FOOTER) else None
        if phrase is None or len(line) == len(phrase):
            return
        rest = line[len(phrase) :].lstrip(". ")
        if rest:
            self.lines[position] = phrase
            self.lines.insert(position + 1, rest)
            self.warnings.append(QT_TRANSLATE_NOOP("Parsing", "split: next title {title} was glued to {line}").format(
                title=_quote(rest), line=_quote(phrase)))

    def _unglue_title(self, position: int) -> int:
        """The next document starts at lines[position]. If its real title looks glued onto the
        previous line (a file without a final newline, concatenated), move it back out.
        Returns where the next document starts."""
        first = self.lines[position].strip()
        if not (first == _SHARE_BAR or _looks_like_paragraph(first)):
            return position
        previous = self._previous_content_line(position)
        # A glued title was followed by its own line end: a blank line separates it from here.
        if previous is None or position - previous < 2:
            return position
        split = _glue_split(self.lines[previous])
        if split is None:
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
        self.warnings.append(_glued_title(title))
        return previous + 1

    def _title_before_share_bar(self, title_line: int) -> int:
        """A share bar deep in the text: the line before it is the next document's title, on a line
        of its own or glued to this document's last paragraph (then it follows a blank line, as
        every paragraph does; a short one may be a title of its own, so it is split only at a
        sentence's end)."""
        line = self.lines[title_line].strip()
        block = self.blocks[-1] if self.blocks else []
        after_blank = not self.lines[title_line - 1].strip()
        split = _glue_split(line, strict=len(line) <= 200) if after_blank else None
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
            block[-1] = _HTML_DEBRIS.sub("", head).strip()
        self.warnings.append(_glued_title(title))
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
        return self._skip_blank(position + 1) >= len(self.lines)


def _split_header(rest: str) -> list[tuple[str, str]]:
    """`H status H` with the same handle twice; the handle itself may hold spaces or 'Online'.
    Every reading is returned: the meta line decides between them."""
    readings: list[tuple[str, str]] = []
    for status in _STATUSES:
        separator = f" {status} "
        twice = len(rest) - len(separator)
        if twice > 0 and twice % 2 == 0:
            size = twice // 2
            if rest[size : size + len(separator)] == separator and rest[:size] == rest[size + len(separator) :]:
                readings.append((rest[:size], status))
    return readings


def _cut_header(rest: str) -> tuple[str, str] | None:
    """A header line the text ends in the middle of: `H Offline H` cut after the status word
    (`Vdars Offline Vd`) or inside it (`Vdars Offl`, four letters at least: `Turn it On` is not one)."""
    for status in _STATUSES:
        separator = f" {status}"
        at = rest.find(separator)
        while at > 0:
            handle, after = rest[:at], rest[at + len(separator) :]
            if not after or (after[0] == " " and handle.startswith(after[1:])):
                return handle, status
            at = rest.find(separator, at + 1)
        head, _, word = rest.rpartition(" ")
        if head and 4 <= len(word) < len(status) and status.startswith(word):
            return head, status
    return None


def _meta_header(indent: int, handle: str, status: str, content: str, cut: bool) -> _Header | None:
    """The header, if `content` (the stripped next line) is this handle's meta line. `cut` says
    the text ends on that line, which may then be incomplete."""
    if not content.startswith(handle):
        if cut and handle.startswith(content):  # cut inside the handle
            return _Header(indent, handle, status, None, None, True, 2)
        return None
    tail = content[len(handle) :]
    meta = _parse_meta(tail)
    if meta is None:
        if cut and (not tail or tail[0].isspace() or tail[0] == "("):
            return _Header(indent, handle, status, _cut_display(tail), None, True, 2)
        return None
    if cut and (meta.posted_at is None or ":" not in tail):
        # The text ends on the meta line, before or inside the time: keep what is certain.
        return _Header(indent, handle, status, meta.display_name, None, True, 2)
    note = (QT_TRANSLATE_NOOP("Parsing", "time not understood: {time}").format(time=_quote(meta.unread_time, 40))
            if meta.unread_time else None)
    return _Header(indent, handle, status, meta.display_name, meta.posted_at, False, 2, note)


def _parse_meta(tail: str) -> _Meta | None:
    """What follows the handle on a meta line: ` (Display Name) 23 December 2022 19: 38`.
    None when it is not a meta line: neither a display name nor a time follows the handle."""
    if tail and not (tail[0].isspace() or tail[0] == "("):
        return None  # the handle was only the start of a longer word
    text = " ".join(tail.split())  # also turns no-break spaces into plain ones
    display: str | None = None
    has_display = text.startswith("(")
    if has_display:
        close = _closing_parenthesis(text)
        if close is None:
            return None
        display = text[1:close].strip() or None
        text = text[close + 1 :].strip()
    if not text:
        return _Meta(display, None, "")
    posted = _parse_time(text)
    if posted is not None:
        return _Meta(display, posted, "")
    if has_display or _VAGUE_TIME.search(text):
        return _Meta(display, None, text)
    return None


def _closing_parenthesis(text: str) -> int | None:
    first = text.find(")")
    if first > 0 and "(" not in text[1:first]:
        return first  # the usual display name, with no parentheses inside
    depth = 0
    for index, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
    return None


def _parse_time(text: str) -> datetime | None:
    """The time at the start of `text`; what may follow it ("| edited") is ignored."""
    match = _TIMESTAMP.match(text)
    if match:
        day, month_name, year, hour, minute = match.groups()
        month = _MONTHS.get(month_name.lower())
    else:
        match = _NUMERIC_TIMESTAMP.match(text)
        if not match:
            return None
        day, month_text, year, hour, minute = match.groups()
        month = int(month_text)
    if month is None or text[match.end() :].strip()[:1].isdigit():
        return None  # a clock the pattern could not take ("22: 5", cut short) is no time to guess
    try:
        return datetime(int(year), month, int(day), int(hour or 0), int(minute or 0))
    except ValueError:
        return None


def _cut_display(tail: str) -> str | None:
    tail = tail.strip()
    if tail.startswith("(") and ")" in tail:
        return tail[1 : tail.index(")")].strip() or None
    return None


def _could_be_subtitle(candidate: str, title: str) -> bool:
    """A second translation of the headline: no sentence, or one sharing most words with the
    title (compared by their first five letters: "outlined" and "outlines" are one word)."""
    if not candidate.endswith((".", "!", "?", "…")) or not title:
        return True
    stems = {word[:5] for word in re.findall(r"\w{3,}", title.casefold())}
    words = [word[:5] for word in re.findall(r"\w{3,}", candidate.casefold())]
    return bool(words) and sum(word in stems for word in words) >= len(words) / 2


def _is_teaser(headline: list[str], lead: list[str]) -> bool:
    if len(headline) != 1 or len(lead) != 1:
        return False
    head, text = headline[0], lead[0]
    return (
        3 <= len(head.split()) <= 25
        and len(head) <= 150
        and head[0].isupper()
        and not head.endswith((".", "!", "?", ":", ";", ",", "…"))
        and len(text) <= 250
        and text[0].isupper()
        and text.endswith(".")
        and not _SENTENCE_INSIDE.search(text)
    )


def _looks_like_paragraph(line: str) -> bool:
    return len(line) > 150 or line.endswith((".", "…", ":", ";"))


def _glue_split(line: str, strict: bool = False) -> tuple[str, str] | None:
    """Where the next document's title starts in a line it was glued to, if anywhere: the last
    plausible boundary (the title is one short line; the text before it is free-form and may
    hold typos), preferring boundaries that are not inside a brand name like YouTube or iPhone.
    `strict` takes only a sentence's end running into a capital, for a line that may be a title."""
    stripped = line.rstrip()
    window = max(0, len(stripped) - _TITLE_MAX - 1)  # a title is at most _TITLE_MAX long
    best: int | None = None
    fallback: int | None = None
    for pattern, strong in ((_GLUE_STRONG, True), (_GLUE_WEAK, False)):
        for match in pattern.finditer(stripped, window):
            at = match.start()
            if len(stripped[at:].split()) < 3 or (strong and _CONTINUED_INITIALISM.match(stripped, at)):
                continue
            # Only the few characters before the boundary matter: never copy a long line's head.
            if _brand_like(stripped[max(0, at - 40) : at], strong):
                fallback = at if fallback is None else max(fallback, at)
            elif strong or not strict:
                best = at if best is None else max(best, at)
    chosen = best if best is not None or strict else fallback
    if chosen is None:
        return None
    at = chosen
    if stripped[at - 1] == '"' and stripped.count('"', 0, at - 1) % 2 == 0:
        at -= 1  # that straight quote opens the title: no quotation before it is left open
    return stripped[:at], stripped[at:].strip()


def _brand_like(before: str, strong: bool) -> bool:
    """A boundary inside one word that is probably spelt that way: iPhone, McCain, O'Brien,
    YouTube, TikTok, JPMorgan: the piece of the word before the capital is short."""
    words = before.split()
    if not words or len(words[-1]) <= 2:
        return True
    if strong:
        return False
    start = len(before)
    while start and before[start - 1].islower():
        start -= 1
    lower = len(before) - start
    while start and before[start - 1].isupper() and (lower == 0 or start == len(before) - lower):
        start -= 1  # one capital before lower case ("You"), or a run of capitals ("NATO")
    piece = before[start:]
    if not piece:
        return False  # a digit before the capital: "2022The"
    if lower == 0:
        return len(piece) <= 2  # "JP|Morgan", but "NATO|The" is a glue
    return len(piece) <= 2 or (piece[0].isupper() and len(piece) <= 5)


def _quote(text: str, limit: int = 60) -> str:
    text = text.strip()
    return f"'{text[:limit]}…'" if len(text) > limit else f"'{text}'"


def _junk_dropped(junk: str) -> str:
    return QT_TRANSLATE_NOOP("Parsing", "junk dropped: {junk}").format(junk=junk)


def _glued_title(title: str) -> str:
    return QT_TRANSLATE_NOOP("Parsing", "split: next title {title} was glued to this document's last line").format(
        title=_quote(title))
