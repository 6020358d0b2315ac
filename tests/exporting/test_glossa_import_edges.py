"""A Glossa JSON export made by hand or by a hostile tool: a reply chain tens of thousands deep
merged into a library that has its article, ids beyond SQLite's range, ids repeated or missing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.ingest.documents import PATH_LEVELS
from desktop.ingest.importer import FileReport, import_paths
from desktop.store import writer
from desktop.store.db import Library


def export(*articles: dict[str, Any]) -> dict[str, Any]:
    return {"format": "glossa", "version": 1, "articles": list(articles)}


def article(title: str, comments: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
    return {"id": 1, "title": title, "paragraphs": [f"{title}: the text."], "comments": comments, **fields}


def chain(count: int, body: str) -> list[dict[str, Any]]:
    """A reply chain: each comment answers the one before it."""
    return [{"id": n, "parent_id": n - 1 if n > 1 else None, "depth": n, "author": "replier", "body": f"{body} {n}"}
            for n in range(1, count + 1)]  # fmt: skip


def imported(library: Library, path: Path, document: dict[str, Any] | str) -> FileReport:
    path.write_text(document if isinstance(document, str) else json.dumps(document), encoding="utf-8")
    (file_report,) = import_paths(library, [path]).files
    return file_report


def test_a_long_reply_chain_merges_in_linear_time(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The library has the article with another scrape's chain by the same author; the export's
    chain of 20,000 goes in, then again. Two parts were quadratic: every new comment compared with
    every old one by its author (as a cut-short copy), and paths that grow with the depth."""
    size = 20_000
    comparisons = 0
    cut_copy = writer._cut_copy

    def counted(*args: Any) -> bool:
        nonlocal comparisons
        comparisons += 1
        return cut_copy(*args)

    monkeypatch.setattr(writer, "_cut_copy", counted)
    assert imported(library, tmp_path / "old.json", export(article("Chain", chain(size, "old")))).articles_added == 1
    new = export(article("Chain", chain(size, "new")))
    first = imported(library, tmp_path / "new.json", new)
    assert (first.articles_merged, first.comments_added, first.problems) == (1, size, [])
    again = imported(library, tmp_path / "new.json", new)
    assert (again.articles_unchanged, again.comments_added, again.problems) == (1, 0, [])
    assert comparisons <= writer._CANDIDATES * 2 * size * 2  # at most so many per comment, whatever the size
    longest, deepest = library.db.execute_sql("SELECT MAX(length(path)), MAX(depth) FROM comment").fetchone()
    assert deepest == size and longest == len("…") + len(".".join(["1"] * PATH_LEVELS))
    assert library.db.execute_sql("SELECT COUNT(*) FROM comment").fetchone()[0] == 2 * size


def test_a_cut_short_copy_is_still_found_among_many_comments_of_its_author(library: Library, tmp_path: Path) -> None:
    """The grouping that makes the merge linear still finds the copy a scrape cut short."""
    comments = [{"id": n, "author": "same", "body": f"comment number {n} in full", "posted_at": "2022-12-23T19:38:00"}
                for n in range(1, 400)]  # fmt: skip
    cut = [dict(c) for c in comments]
    cut[-1] |= {"body": "comment number 399 in", "truncated": True}
    imported(library, tmp_path / "cut.json", export(article("Cut", cut)))
    report = imported(library, tmp_path / "whole.json", export(article("Cut", comments)))
    assert (report.articles_merged, report.comments_added) == (1, 0)
    assert library.db.execute_sql("SELECT body, truncated FROM comment WHERE id = 399").fetchone() == (
        "comment number 399 in full", 0)


HUGE = "1" + "0" * 5000  # a number Python will not read (over 4,300 digits)


def test_ids_and_numbers_beyond_sqlites_range_get_clear_messages(library: Library, tmp_path: Path) -> None:
    comments = [{"id": 2**64, "author": "a", "body": "big id"}, {"id": 2**70, "parent_id": 2**64, "author": "b",
                "body": "reply", "highlights": [{"id": 10**30, "start": 0, "end": 3, "text": "rep"}]}]  # fmt: skip
    document = json.dumps(export(
        article("Huge ids", comments, id=2**63),
        article("Deep", [{"id": 1, "author": "a", "body": "x", "depth": 2**64}], id=2),
        article("Far highlight", [], id=3, highlights=[{"start": 0, "end": 10**40, "text": "x"}]),
        article("Long number", [], id=4, source={"position": 7}),
    )).replace('"position": 7', f'"position": {HUGE}').replace('"id": 4', f'"id": {HUGE}')
    report = imported(library, tmp_path / "huge.json", document)
    assert report.articles_added == 1 and report.comments_added == 2
    assert report.problems == [
        "article 2 ('Deep'): depth is too large",
        "article 3 ('Far highlight'): a highlight's end is too large",
        "article 4 ('Long number'): source.position is too large",
    ]
    rows = library.db.execute_sql("SELECT id, parent_id, body FROM comment ORDER BY id").fetchall()
    assert [(r[2], r[1] == rows[0][0]) for r in rows] == [("big id", False), ("reply", True)]  # ids afresh
    assert library.db.execute_sql("SELECT text, comment_id FROM highlight").fetchall() == [("rep", rows[1][0])]


def test_a_json_lines_record_with_a_huge_id_goes_in(library: Library, tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text(f'{{"id": {HUGE}, "text": "A title\\n\\nA paragraph."}}\n', encoding="utf-8")
    (report,) = import_paths(library, [dump]).files
    assert (report.articles_added, report.problems, report.skipped) == (1, [], None)
    assert library.db.execute_sql("SELECT source_id FROM article").fetchone() == (HUGE,)


@pytest.mark.parametrize("library_has_articles", [False, True])
def test_repeated_and_missing_ids_are_given_afresh(
    library: Library, tmp_path: Path, library_has_articles: bool
) -> None:
    """Five articles all with id 1, each with seven comments whose ids repeat (a reply's parent is
    the nearest comment before it with that id) or are missing: everything goes in, in shape."""
    if library_has_articles:
        imported(library, tmp_path / "other.json", export(article("Already here", [])))
    articles = []
    for number in range(5):
        comments = [{"id": 1, "author": f"u{n}", "body": f"{number}.{n}", "parent_id": 1 if n % 2 else None}
                    for n in range(6)]  # fmt: skip
        comments.append({"author": "no id", "body": f"{number}.6", "parent_id": 1, "tags": ["found"]})
        articles.append(article(f"Article {number}", comments))
    report = imported(library, tmp_path / "repeated.json", export(*articles))
    assert (report.articles_added, report.comments_added, report.problems) == (5, 35, [])
    parents = dict(library.db.execute_sql(
        "SELECT c.body, p.body FROM comment c LEFT JOIN comment p ON p.id = c.parent_id").fetchall())
    assert [parents[f"3.{n}"] for n in range(7)] == [None, "3.0", None, "3.2", None, "3.4", "3.5"]
    tagged = library.db.execute_sql(
        "SELECT c.body FROM comment_tag x JOIN comment c ON c.id = x.comment_id ORDER BY c.body").fetchall()
    assert [row[0] for row in tagged] == [f"{number}.6" for number in range(5)]
