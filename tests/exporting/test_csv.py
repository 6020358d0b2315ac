"""CSV read back with the csv module equals the library; formulas are defused; Excel gets its BOM."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from desktop.exporting.csv_format import ANNOTATION_COLUMNS, COMMENT_COLUMNS, csv_paths, defuse, undefuse
from desktop.exporting.run import ExportOptions, run_export
from desktop.exporting.scope import Scope
from desktop.store import annotations as ann
from desktop.store import reading
from desktop.store.db import Library
from tests.exporting.helpers import Rich


def read(path: Path, encoding: str = "utf-8") -> list[dict[str, str]]:
    with path.open(encoding=encoding, newline="") as handle:
        rows = list(csv.reader(handle))
    header, *body = rows
    return [{column: undefuse(cell) for column, cell in zip(header, row, strict=True)} for row in body]


def text(value: object) -> str:
    return "" if value is None else str(value)


def test_comments_csv_equals_the_library(library: Library, rich: Rich, tmp_path: Path) -> None:
    db = library.db
    result = run_export(library, "csv", tmp_path / "out")
    assert result.paths == tuple(tmp_path / "out" / f"{name}.csv" for name in ("comments", "annotations", "agreement"))
    with result.paths[0].open(encoding="utf-8", newline="") as handle:
        assert next(csv.reader(handle)) == list(COMMENT_COLUMNS)
    rows = read(result.paths[0])
    expected = []
    for article_id in (rich.seed_a, rich.seed_b, rich.cyrillic):
        detail = reading.article_detail(db, article_id)
        assert detail is not None
        tags = ann.comment_tag_ids(db, article_id)
        for c in reading.thread(db, article_id):
            note = ann.get_note(db, ("comment", c.id))
            expected.append({
                "article_id": str(article_id), "article_title": detail.title, "comment_id": str(c.id),
                "parent_id": text(c.parent_id), "depth": str(c.depth), "path": c.path, "author": c.handle,
                "display_name": text(c.display_name), "posted_at": c.posted_at.isoformat() if c.posted_at else "",
                "text": c.body, "tags": "; ".join(sorted(ann.tag_path(db, t) for t in tags.get(c.id, []))),
                "note": note.body if note else "", "matched": "",
            })  # fmt: skip
    assert rows == expected
    assert any("\n" in row["text"] for row in rows)  # line breaks inside cells survive
    assert any(row["text"].startswith("-1 for this") for row in rows)


def test_annotations_csv_equals_the_library(library: Library, rich: Rich, tmp_path: Path) -> None:
    db = library.db
    result = run_export(library, "csv", tmp_path / "export.csv")
    assert result.paths[:2] == (tmp_path / "export-comments.csv", tmp_path / "export-annotations.csv")
    rows = read(result.paths[1])
    assert list(rows[0]) == list(ANNOTATION_COLUMNS)
    tag_links = {(r["target_kind"], int(r["target_id"]), r["tag"]) for r in rows if r["kind"] == "tag"}
    expected_links = set()
    for kind in ("article", "comment"):
        for tag_id, target in db.execute_sql(f"SELECT tag_id, {kind}_id FROM {kind}_tag"):
            expected_links.add((kind, target, ann.tag_path(db, tag_id)))
    assert tag_links == expected_links
    highlights = {
        int(r["id"]): (r["target_kind"], int(r["target_id"]), int(r["article_id"]), r["tag"], r["highlighted_text"],
                       int(r["start"]), int(r["end"]), r["note"])
        for r in rows if r["kind"] == "highlight"
    }  # fmt: skip
    expected_highlights = {}
    for article_id in (rich.seed_a, rich.seed_b, rich.cyrillic):
        for h in ann.highlights_for_article(db, article_id):
            assert h.target is not None
            expected_highlights[h.id] = (h.target.kind, h.target.id, article_id,
                                         ann.tag_path(db, h.tag_id) if h.tag_id else "", h.text, h.start, h.end,
                                         h.note or "")  # fmt: skip
    assert highlights == expected_highlights and len(highlights) == 7
    notes = {(r["target_kind"], r["target_id"], r["note"]) for r in rows if r["kind"] == "note"}
    expected_notes = set()
    for entry in ann.browse_annotations(db):
        if entry.kind != "note" or entry.target is None or entry.target.kind == "highlight":
            continue  # a highlight's note is in its highlight's row
        target = {"author": entry.author_handle, "tag": entry.label}.get(entry.target.kind, str(entry.target.id))
        expected_notes.add((entry.target.kind, target, entry.text))
    assert notes == expected_notes and len(notes) == 6


def test_formulas_are_defused_and_read_back(library: Library, rich: Rich, tmp_path: Path) -> None:
    run_export(library, "csv", tmp_path / "out")
    raw = (tmp_path / "out" / "comments.csv").read_text(encoding="utf-8")
    with (tmp_path / "out" / "comments.csv").open(encoding="utf-8", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert "'-1 for this" in raw
    boris = next(c for c in cells if "SUM(A1)" in c)
    assert "\n=SUM(A1)" in boris  # only the start of a cell is a formula
    for value in ("=1+1", "+1", "-1", "@SUM(1)", "\tx", "\rx", "'quoted", "plain", "a=b"):
        assert undefuse(defuse(value)) == value
    assert defuse(None) == "" and defuse(3) == 3


def test_excel_gets_a_byte_order_mark_and_crlf(library: Library, rich: Rich, tmp_path: Path) -> None:
    plain = run_export(library, "csv", tmp_path / "plain")
    excel = run_export(library, "csv", tmp_path / "excel", options=ExportOptions(excel=True))
    for path in excel.paths:
        data = path.read_bytes()
        assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    for path in plain.paths:
        assert not path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert read(excel.paths[0], "utf-8-sig") == read(plain.paths[0])


def test_a_search_scope_marks_the_matching_comments(library: Library, rich: Rich, tmp_path: Path) -> None:
    result = run_export(library, "csv", tmp_path / "out", Scope.search("signature"))
    rows = read(result.paths[0])
    assert {r["article_id"] for r in rows} == {str(rich.seed_a)}
    matched = {r["author"] for r in rows if r["matched"] == "1"}
    assert matched == {"In passing", "Vdars"}
    assert {r["matched"] for r in rows} == {"0", "1"}


@pytest.mark.parametrize(
    ("name", "files"),
    [("out.csv", ("out-comments.csv", "out-annotations.csv", "out-agreement.csv")),
     ("folder", ("folder/comments.csv", "folder/annotations.csv", "folder/agreement.csv"))],
)  # fmt: skip
def test_file_names_come_from_the_path(tmp_path: Path, name: str, files: tuple[str, ...]) -> None:
    assert csv_paths(tmp_path / name) == tuple(tmp_path / f for f in files)
