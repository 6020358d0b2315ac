"""The Markdown report: a snapshot on the seeds, escaping of scraped text, highlights and notes."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QTextDocument

from desktop.exporting.markdown import MAX_NESTING, escape, marked
from desktop.exporting.run import ExportOptions, run_export
from desktop.exporting.scope import Scope
from desktop.ingest.importer import import_paths
from desktop.store import annotations as ann
from desktop.store.annotations import Target
from desktop.store.db import Library
from tests.conftest import DATA, SEEDS
from tests.exporting.helpers import Rich
from tests.ingest.builders import comment

SNAPSHOT = DATA / "export" / "seeds-report.md"
# Backslash escapes of CommonMark and pandoc: any ASCII punctuation.
_UNESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def annotate_seeds(library: Library) -> None:
    """A few annotations with fixed text, so the report shows every kind of mark."""
    db = library.db
    import_paths(library, [SEEDS])
    article = db.execute_sql("SELECT id FROM article WHERE title LIKE 'US administration%'").fetchone()[0]
    comments = dict(db.execute_sql(
        "SELECT a.handle, c.id FROM comment c JOIN author a ON a.id = c.author_id").fetchall())  # fmt: skip
    tag, _ = ann.create_tag(db, "diplomacy", "#4363d8")
    child, _ = ann.create_tag(db, "diplomacy/conditions", "#3cb44b")
    ann.tag_articles(db, tag, [article])
    ann.tag_subthread(db, child, comments["In passing"])
    text = ann.article_text(ann_paragraphs(library, article))
    start = text.index("if the White House sees Russia's readiness")
    ann.add_highlight(db, Target("article", article), start, start + 42, child, "The condition, *again*.")
    body = db.execute_sql("SELECT body FROM comment WHERE id = ?", (comments["Smirnoff"],)).fetchone()[0]
    start = body.index("All negotiations")
    ann.add_highlight(db, Target("comment", comments["Smirnoff"]), start, body.index("The times"))
    ann.set_note(db, Target("article", article), "Kirby's words, reported by the Russian side.\n\n- check the source")
    ann.set_note(db, Target("comment", comments["Vdars"]), "Sarcasm.")
    ann.set_note(db, Target("tag", child), "What each side asks before talking.")


def ann_paragraphs(library: Library, article: int) -> list[str]:
    import json

    return list(json.loads(library.db.execute_sql("SELECT paragraphs FROM article WHERE id = ?",
                                                  (article,)).fetchone()[0]))  # fmt: skip


def test_seeds_report_matches_the_snapshot(library: Library, tmp_path: Path) -> None:
    annotate_seeds(library)
    run_export(library, "markdown", tmp_path / "report.md")
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    if os.environ.get("GLOSSA_UPDATE_SNAPSHOTS"):
        SNAPSHOT.parent.mkdir(exist_ok=True)
        SNAPSHOT.write_text(report, encoding="utf-8")
    assert report == SNAPSHOT.read_text(encoding="utf-8")
    run_export(library, "markdown", tmp_path / "again.md")  # stable: no times of the export itself
    assert (tmp_path / "again.md").read_text(encoding="utf-8") == report


def test_the_report_marks_highlights_and_puts_notes_under_their_targets(library: Library, rich: Rich,
                                                                        tmp_path: Path) -> None:  # fmt: skip
    run_export(library, "markdown", tmp_path / "report.md")
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert f"==Biden==[^h{rich.highlights['biden']}]" in report
    assert f"==пропагандой==[^h{rich.highlights['пропаганда']}]" in report
    assert f"[^h{rich.highlights['biden']}]: Highlight *propaganda* — “Biden”\n\n    the name, again" in report
    assert "> ## Framing" in report  # the note's own Markdown, quoted under the article
    smirnoff = report.index("- **Smirnoff**")
    note = report.index("  > Caps lock = anger?")
    assert smirnoff < note < report.index("- **soloist2424**")
    assert "\n    - **Анна\\_К** (Анна) · 2022-12-24 10:07 · tags: *irony/сарказм*\n" in report  # a reply's reply
    assert "## Notes on tags" in report and "## Notes on commenters" in report
    for line in report.splitlines():  # nothing scraped opens a block on its own
        assert not re.match(r"\s*(\d+[.)]|[+:])\s", line), line


HOSTILE = [
    "1. not a list", "- not a list", "+ not a list", "# not a heading", "> not a quote", "---", "***",
    "<b>not bold</b> <img src=x>", "[not](a link) ![nor](an image)", "*not* _emphasis_ `code`",
    "==not marked== ~~not struck~~ ^not sup^ ~not sub~", "$not math$ @not_a_citation [@cite]",
    "| not | a table |", ": not a definition", "a) not a list", "(iv) not a list", "\\not tex", "&amp; &lt;",
    "{#not .attributes}", "    four spaces", "%not a title", "2022. A year", "<!-- not a comment -->",
]  # fmt: skip


@pytest.mark.parametrize("hostile", HOSTILE)
def test_scraped_text_is_escaped(hostile: str) -> None:
    escaped = escape(hostile)
    assert _UNESCAPE.sub(r"\1", escaped) == hostile.strip()
    assert not re.match(r"[-+*#>|:%]|\d+[.)]|[a-z][.)]|\(\w+\)\s", escaped)
    for special in "*_`[]<>=~^$@|{}&":
        assert not re.search(rf"(?<!\\){re.escape(special)}", escaped), special


def test_a_commonmark_reader_gets_the_text_back(qapp: Any) -> None:
    """Qt's Markdown reader (md4c, CommonMark) reads the escaped text as the text itself."""
    for hostile in HOSTILE:
        document = QTextDocument()
        document.setMarkdown(escape(hostile), QTextDocument.MarkdownFeature.MarkdownDialectCommonMark)
        assert document.toPlainText() == hostile.strip()
    document = QTextDocument()
    document.setMarkdown(escape("line one\nline two\n\nnext paragraph"))
    assert document.toPlainText() == "line one\nline two\nnext paragraph"


def test_lines_and_paragraphs_of_a_body_are_kept() -> None:
    assert escape("one\ntwo\n\n\nthree\r\nfour") == "one\\\ntwo\n\nthree\\\nfour"


def test_marks_never_touch_spaces_and_cross_no_paragraph() -> None:
    text = "Alpha beta.\n\nGamma delta"
    highlight = {"id": 1, "start": 6, "end": 18, "text": text[6:18], "tag": None, "notes": []}
    assert marked(text, [highlight], {1: "h1"}) == "Alpha ==beta.==\n\n==Gamma==[^h1] delta"
    stale = {**highlight, "text": "something else"}
    assert marked(text, [stale], {1: "h1"}) == "Alpha beta.\n\nGamma delta[^h1]"


def test_deep_threads_stop_indenting(library: Library, tmp_path: Path) -> None:
    lines = ["A deep thread", "", "Body paragraph.", "  • Photos used: test"]
    for depth in range(1, MAX_NESTING + 5):
        lines += comment(depth, f"user{depth}", f"Comment at depth {depth}", time="1 January 2023 10: 00")
    page = tmp_path / "deep.txt"
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    import_paths(library, [page])
    run_export(library, "markdown", tmp_path / "report.md")
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    indents = [len(line) - len(line.lstrip()) for line in report.splitlines() if line.lstrip().startswith("- **")]
    assert max(indents) == 2 * (MAX_NESTING - 1)
    assert "Comment at depth 12" in report


def test_a_pseudonymised_report_names_no_commenter(library: Library, tmp_path: Path) -> None:
    annotate_seeds(library)
    run_export(library, "markdown", tmp_path / "report.md", Scope.whole_library(), ExportOptions(pseudonymise=True))
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "**Commenter " in report and "Smirnoff" not in report and "Galina" not in report


SMART = [
    'He said "yes" and it\'s done', "Wait... what?", "a -- b --- c", "Mr. Smith met Dr. Who, e.g. today",
    '=HYPERLINK("x")', "St. Petersburg, p. 5, Ph.D. thesis", "'single' quotes", "....if so...?",
]  # fmt: skip


def pandoc() -> str:
    """Debian's pandoc (2.17 in Debian 12): CI installs it (.ci/run) and must not skip."""
    path = shutil.which("pandoc")
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail("pandoc is not installed: .ci/run installs it for CI")
        pytest.skip("pandoc is not installed (apt-get install pandoc); CI runs this test")
    return path


def pandoc_text(markdown: str) -> tuple[str, set[str]]:
    """The text pandoc reads from markdown with its default options (as `pandoc report.md -o
    report.docx` does), and the kinds of inline elements it made."""
    result = subprocess.run([pandoc(), "-f", "markdown", "-t", "json"], input=markdown.encode("utf-8"),
                            capture_output=True, check=True)  # fmt: skip
    kinds: set[str] = set()
    out: list[str] = []
    footnotes: list[str] = []  # after the text, not inside the paragraph that refers to them

    def walk(node: Any, out: list[str]) -> None:
        if isinstance(node, list):
            for child in node:
                walk(child, out)
        elif isinstance(node, dict) and "t" in node:
            kind = node["t"]
            kinds.add(kind)
            text = {"Str": node.get("c"), "Space": " ", "SoftBreak": " ", "LineBreak": "\n"}.get(kind)
            if text is not None:
                out.append(text)
            elif kind == "Note":
                walk(node["c"], footnotes)
            elif kind == "Quoted":  # what pandoc makes of curly quotes (and, unescaped, of straight ones)
                single = node["c"][0]["t"] == "SingleQuote"
                out.append("‘" if single else "“")
                walk(node["c"][1], out)
                out.append("’" if single else "”")
            else:
                walk(node.get("c"), out)
                if kind in ("Para", "Plain", "Header"):
                    out.append("\n\n")

    walk(json.loads(result.stdout)["blocks"], out)
    return "".join(out + footnotes), kinds


def test_pandoc_reads_escaped_scraped_text_verbatim() -> None:
    """pandoc's smart typography (on by default) would curl quotes, make ellipses and dashes and
    put a non-breaking space after "Mr."; the escaped text comes through as it was."""
    texts = SMART + [h for h in HOSTILE if h != "    four spaces"]
    text, kinds = pandoc_text("\n\n".join(escape(t) for t in texts))
    assert text.strip().split("\n\n") == [t.strip() for t in texts]
    assert kinds <= {"Para", "Str", "Space"}


def test_pandoc_reads_the_report_verbatim_and_keeps_a_notes_line_breaks(library: Library, rich: Rich,
                                                                        tmp_path: Path) -> None:  # fmt: skip
    db = library.db
    ann.set_note(db, Target("highlight", rich.highlights["reply"]), "first line\nsecond line")
    ann.set_note(db, Target("comment", rich.comments["boris"]), "a note on a comment\nover two lines")
    run_export(library, "markdown", tmp_path / "report.md")
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    text, _kinds = pandoc_text(report)
    text = text.replace("==", "")  # Debian's pandoc has no `mark` extension: the marks stay as written
    for (body,) in db.execute_sql("SELECT body FROM comment"):
        for line in body.split("\n"):
            assert " ".join(line.split()) in text, line
    for (paragraphs,) in db.execute_sql("SELECT paragraphs FROM article"):
        for paragraph in json.loads(paragraphs):
            assert " ".join(paragraph.split()) in text
    assert "first line\nsecond line" in text and "a note on a comment\nover two lines" in text


def test_a_notes_line_breaks_are_hard_breaks_in_the_report(library: Library, rich: Rich, tmp_path: Path) -> None:
    db = library.db
    ann.set_note(db, Target("highlight", rich.highlights["reply"]), "first line\nsecond line\n\n```\ncode\nmore\n```")
    run_export(library, "markdown", tmp_path / "report.md")
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "    first line  \n    second line\n\n    ```\n    code\n    more\n    ```" in report
    for note, shown in (("first line  \nsecond line", "first line\nsecond line"),
                        ("first line\nsecond line", "first line second line")):  # fmt: skip
        document = QTextDocument()  # a CommonMark reader keeps the break too, and only so
        document.setMarkdown(note, QTextDocument.MarkdownFeature.MarkdownDialectCommonMark)
        assert document.toPlainText() == shown
