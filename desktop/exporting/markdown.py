"""The Markdown report: each article (title, subtitle, source, tags, its text with highlights
marked ==like this== and a footnote for each, its note), then its thread as a conversation in
nested lists (author, time, tags, body; a comment's note under it). Readable as plain text and
valid input for pandoc (`pandoc report.md -o report.docx`; a pandoc with the `mark` extension,
3.x, renders the marks with `-f markdown+mark`; Debian 12's 2.17 has none and keeps the `==`).

Scraped text and names are escaped, so nothing in them becomes Markdown: every character with a
meaning (`\\ * _ [ ] < > ...`) is backslash-escaped, and so is whatever would start a list, a
heading or a block at the start of a line. So is what pandoc's `smart` extension (on by default)
would rewrite: straight quotes (curled), `...` (an ellipsis), `--` and `---` (dashes), and the
space after an abbreviation pandoc knows ("Mr. X" would get a non-breaking space). Notes are the
user's own Markdown and go in as written, inside a block quote (or a footnote) so they cannot
break the outline; each line break in them stays a line break. Threads deeper than MAX_NESTING
show at that depth. No times of the export itself: the same library gives the same file."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING

from .records import JsonObject, TagRecord, nesting

if TYPE_CHECKING:
    from desktop.store.agreement import AgreementReport

MAX_NESTING = 8
_SPECIAL = re.compile(r"([\\`*_\[\]{}<>#|~=^$@&])")
_LINE_START_ALWAYS = re.compile(r"^[-+:%]")
_LINE_START_MARKER = re.compile(r"^(\d{1,9}[.)]|[a-zA-Z][.)]|[ivxlcdmIVXLCDM]+[.)]|\(\w+\))(?=\s|$)")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# What pandoc's smart typography rewrites: quotes, runs of dots and of hyphens, and the space
# after the abbreviations of its data file `abbreviations` (pandoc --print-default-data-file).
_SMART = re.compile(r"(['\"]|\.(?=\.)|-(?=-))")
_ABBREVIATIONS = (
    "aet aetat al Apr Aug bk Bros c Capt cf ch chap chs Co col Corp cp d Dec Dr e.g ed eds esp f fasc Feb ff fig "
    "fl fol fols Fr Gen Gov Hon i.e ill Inc incl Jan Jr Jul Jun Ltd M.A M.D Mar Mr Mrs Ms n n.b nn No Nov Oct p "
    "Ph.D pp Pres Prof pt q.v Rep Rev s.v s.vv saec sec Sen Sep Sept Sgt Sr St univ viz vol vs"
)
_ABBREVIATION = re.compile(rf"(?<![\w.])({'|'.join(re.escape(a) for a in _ABBREVIATIONS.split())})\.(?=\s|$)")
_FENCE = re.compile(r"\s*(```|~~~)")
# Placeholders for the marks and footnote references, put into the text before it is escaped.
_OPEN, _CLOSE, _REF, _REF_END = "\ue000", "\ue001", "\ue002", "\ue003"
_PLACEHOLDERS = str.maketrans({c: "\ufffd" for c in (_OPEN, _CLOSE, _REF, _REF_END)})


def escape(text: str) -> str:
    """Scraped text as literal Markdown: paragraphs (split at blank lines) kept, and line breaks
    within a paragraph too (as hard breaks, a backslash at the end of the line)."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    paragraphs = re.split(r"\n[ \t]*\n", text)
    return "\n\n".join(
        "\\\n".join(_escape_line(line) for line in p.split("\n") if line.strip()) for p in paragraphs if p.strip()
    )


def _escape_line(line: str) -> str:
    line = _ABBREVIATION.sub(r"\1\\.", _SMART.sub(r"\\\1", _SPECIAL.sub(r"\\\1", line.strip())))
    if _LINE_START_ALWAYS.match(line):  # "- a", "+ a", ": a", "---" would be a list, a div or a rule
        return "\\" + line
    match = _LINE_START_MARKER.match(line)
    if match:  # "1. a", "a) a", "(iv) a" would start a list: escape the marker's last character
        return line[: match.end() - 1] + "\\" + line[match.end() - 1 :]
    return line


def inline(text: str) -> str:
    """Text for one line (a heading, a name, a list item's first line)."""
    return _escape_line(" ".join(_CONTROL.sub("", text).split()))


def _indent(text: str, prefix: str) -> str:
    return "\n".join(prefix + line if line.strip() else "" for line in text.split("\n"))


def _note_text(note: str) -> str:
    """The user's note with each line break kept: two spaces end a line that another line of
    the same paragraph follows (a hard break in pandoc and CommonMark; where a block ends, or
    in a code block's fence, none is added)."""
    lines = note.strip().replace("\r\n", "\n").replace("\r", "\n").split("\n")
    fenced = False
    for index, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if not fenced and line.strip() and following.strip() and not _FENCE.match(following):
            lines[index] = line.rstrip() + "  "
    return "\n".join(lines)


def _quote(note: str) -> str:
    """The user's note as a block quote (its own Markdown kept)."""
    return "\n".join("> " + line if line.strip() else ">" for line in _note_text(note).split("\n"))


def _fresh(text: str, highlight: JsonObject) -> bool:
    start, end = highlight["start"], highlight["end"]
    return 0 <= start < end <= len(text) and text[start:end] == highlight["text"]


def _footnote(label: str, highlight: JsonObject, fresh: bool) -> str:
    parts = [f"*{inline(highlight['tag'])}*"] if highlight["tag"] else []
    parts.append(f"“{inline(highlight['text'])}”" + ("" if fresh else " (the text has changed since)"))
    head = f"[^{label}]: Highlight " + " — ".join(parts)
    if not highlight["notes"]:
        return head
    return head + "\n\n" + _indent(_note_text(highlight["notes"][0]["text"]), "    ")


def marked(text: str, highlights: Sequence[JsonObject], labels: dict[int, str]) -> str:
    """The text escaped, with each highlighted run between == marks (per line, never around
    spaces) and a footnote reference after each highlight. Highlights whose text no longer
    matches are not marked; their reference goes at the end."""
    text = text.translate(_PLACEHOLDERS)
    if not highlights:
        return escape(text)
    size = len(text)
    inside = bytearray(size)
    references: dict[int, list[str]] = {}
    for highlight in highlights:
        start, end = highlight["start"], highlight["end"]
        if not _fresh(text, highlight):
            references.setdefault(size, []).append(labels[highlight["id"]])
            continue
        inside[start:end] = b"\x01" * (end - start)
        while end > start and text[end - 1].isspace():
            end -= 1
        references.setdefault(end, []).append(labels[highlight["id"]])
    out: list[str] = []
    is_open = False
    pending = ""  # spaces inside a run: marked only if the run goes on after them

    def close() -> None:
        nonlocal is_open, pending
        if is_open:
            out.append(_CLOSE)
            is_open = False
        out.append(pending)
        pending = ""

    for index, char in enumerate(text):
        if index in references:
            close()
            out.extend(f"{_REF}{label}{_REF_END}" for label in references[index])
        if inside[index] and not char.isspace():
            if not is_open:
                out.append(pending)
                out.append(_OPEN)
                is_open = True
            else:
                out.append(pending)
            pending = ""
            out.append(char)
        elif inside[index] and char != "\n" and is_open:
            pending += char
        else:
            close()
            out.append(char)
    close()
    out.extend(f"{_REF}{label}{_REF_END}" for label in references.get(size, []))
    escaped = escape("".join(out))
    return escaped.replace(_OPEN, "==").replace(_CLOSE, "==").replace(_REF, "[^").replace(_REF_END, "]")


class MarkdownWriter:
    """Writes the report one article at a time."""

    def __init__(self, out: IO[str], title: str, description: str) -> None:
        self.out = out
        self.out.write(f"# {inline(title)}\n\n*{inline(description)}*\n")
        self._tag_notes: list[TagRecord] = []

    def article(self, article: JsonObject, matched: frozenset[int] | None) -> None:
        write = self.out.write
        write(f"\n## {inline(article['title'])}\n\n")
        if article["subtitle"]:
            write(f"*{inline(article['subtitle'])}*\n\n")
        source = article["source"]
        facts = [f"Article {article['id']}"]
        where = source["url"] or (Path(source["file"]).name if source["file"] else None)
        if where:
            facts.append(f"source: {inline(where)}")
        if source["published_at"]:
            facts.append(f"published {inline(source['published_at'])}")
        if source["photo_credit"]:
            facts.append(f"photo: {inline(source['photo_credit'])}")
        facts.append(f"{len(article['comments'])} comments")
        write(" · ".join(facts) + "\n")
        if article["tags"]:
            write(f"\nTags: {', '.join(f'*{inline(t)}*' for t in article['tags'])}\n")
        if article["notes"]:
            write(f"\n> **Note**\n>\n{_quote(article['notes'][0]['text'])}\n")
        article_text = "\n\n".join(article["paragraphs"])
        labels: dict[int, str] = {}
        footnotes: list[str] = []
        for text, highlights in [(article_text, article["highlights"])] + [
            (c["body"], c["highlights"]) for c in article["comments"]
        ]:
            for h in highlights:
                labels[h["id"]] = f"h{h['id']}"
                footnotes.append(_footnote(labels[h["id"]], h, _fresh(text, h)))
        text = marked(article_text, article["highlights"], labels)
        if text:
            write(f"\n{text}\n")
        if article["comments"]:
            write(f"\n### Comments ({len(article['comments'])})\n")
            self._thread(article["comments"], matched, labels)
        if footnotes:
            write("\n" + "\n\n".join(footnotes) + "\n")

    def _thread(self, comments: Sequence[JsonObject], matched: frozenset[int] | None, labels: dict[int, str]) -> None:
        write = self.out.write
        for comment, level in zip(comments, nesting(comments, MAX_NESTING), strict=True):
            pad = "  " * (level - 1)
            head = [f"**{inline(comment['author'])}**"]
            if comment["display_name"] and comment["display_name"] != comment["author"]:
                head[0] += f" ({inline(comment['display_name'])})"
            if comment["posted_at"]:
                head.append(comment["posted_at"].replace("T", " ")[:16])
            if comment["tags"]:
                head.append("tags: " + ", ".join(f"*{inline(t)}*" for t in comment["tags"]))
            if matched is not None and comment["id"] in matched:
                head.append("**match**")
            write(f"\n{pad}- {' · '.join(head)}\n")
            body = marked(comment["body"], comment["highlights"], labels) or "*(empty)*"
            write("\n" + _indent(body, pad + "  ") + "\n")
            if comment["notes"]:
                note = "> **Note**\n>\n" + _quote(comment["notes"][0]["text"])
                write("\n" + _indent(note, pad + "  ") + "\n")

    def finish(self, tags: Iterable[TagRecord], authors: Iterable[JsonObject],
               campaigns: Iterable[JsonObject] = (), agreement: AgreementReport | None = None) -> None:
        """After the articles: how far the coders agree (when at least two marked work coded),
        then the notes on tags, on commenters and on campaigns."""
        write = self.out.write
        if agreement is not None:
            self._agreement(agreement)
        noted_tags = [tag for tag in tags if tag.note]
        if noted_tags:
            write("\n## Notes on tags\n")
            for tag in noted_tags:
                assert tag.note is not None
                write(f"\n### {inline(tag.path)}\n\n{_quote(tag.note['text'])}\n")
        noted_authors = [author for author in authors if author["notes"]]
        if noted_authors:
            write("\n## Notes on commenters\n")
            for author in noted_authors:
                write(f"\n### {inline(author['handle'])}\n\n{_quote(author['notes'][0]['text'])}\n")
        noted_campaigns = [campaign for campaign in campaigns if campaign["notes"]]
        if noted_campaigns:
            write("\n## Notes on campaigns\n")
            for campaign in noted_campaigns:
                write(f"\n### {inline(campaign['label'])}\n\n{_quote(campaign['notes'][0]['text'])}\n")

    def _agreement(self, found: AgreementReport) -> None:
        """A pipe table, one row a tag (the figures as `glossa agreement` gives them)."""
        write = self.out.write
        write("\n## Agreement\n\n")
        write(f"Coders: {', '.join(inline(name) for name in found.coders)} · comments all of them marked coded:"
              f" {len(found.units)}. Per tag (each alone, not with its subtags): the share of agreeing pairs of"
              " coders, Cohen's κ (two coders), Fleiss' κ, Krippendorff's α (nominal) with a bootstrap 95% interval,"
              " and the number of comments the coders differ on; – where a figure is undefined.\n\n")  # fmt: skip
        write("| Tag | Comments | Coders | Agreement | Cohen's κ | Fleiss' κ | Krippendorff's α | α 95% interval"
              " | Disagreements |\n|---|--:|--:|--:|--:|--:|--:|---|--:|\n")  # fmt: skip
        for tag in found.tags:
            interval = "–" if tag.alpha_ci is None else f"{_figure(tag.alpha_ci[0])} … {_figure(tag.alpha_ci[1])}"
            cells = [inline(tag.tag), str(tag.units), str(len(found.coders)), _figure(tag.percent),
                     _figure(tag.cohen_kappa), _figure(tag.fleiss_kappa), _figure(tag.krippendorff_alpha), interval,
                     str(len(tag.disagreements))]  # fmt: skip
            write(f"| {' | '.join(cells)} |\n")


def _figure(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"
