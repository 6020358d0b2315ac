"""The JSON export is lossless: it goes back into an empty library as it was (ids included), and
into a library that has it already without adding anything twice."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from peewee import SqliteDatabase

from desktop.exporting.run import run_export
from desktop.exporting.scope import Scope
from desktop.ingest.formats.glossa_json import read_export
from desktop.ingest.importer import import_paths
from desktop.store import annotations as ann
from desktop.store.db import Library
from desktop.store.search import search
from tests.conftest import SEEDS
from tests.exporting.helpers import Rich
from tests.store.test_campaigns import CAMPAIGN, OTHER, add_article, edit


def exported(library: Library, path: Path, scope: Scope | None = None) -> dict[str, Any]:
    run_export(library, "json", path, scope)
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def without_time(document: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key != "exported_at"}


REVISIONS = "SELECT note_id, body, saved_at, replaced_at FROM note_revision"


def content(db: SqliteDatabase) -> dict[str, Any]:
    """Everything a library holds, with the ids the export does not carry (authors, tags, notes,
    revisions, links) replaced by what they stand for."""
    handles = dict(db.execute_sql("SELECT id, handle FROM author").fetchall())
    paths = {tag.id: tag.path for tag in ann.tag_tree(db)}

    def rows(sql: str) -> list[tuple[Any, ...]]:
        return sorted(tuple(r) for r in db.execute_sql(sql))

    notes = {}
    for row in db.execute_sql("SELECT id, target_kind, article_id, comment_id, highlight_id, author_id, tag_id,"
                              " (SELECT comment_id FROM campaign WHERE id = campaign_id),"
                              " target_label, body, created_at, updated_at FROM note"):  # fmt: skip
        note_id, kind, article, comment, highlight, author, tag, campaign, *rest = row
        target = article or comment or highlight or handles.get(author) or paths.get(tag) or campaign
        notes[note_id] = (kind, target, *rest)
    return {
        "article": rows("SELECT * FROM article"),
        "comment": sorted((*r[:6], handles[r[6]], *r[7:]) for r in db.execute_sql("SELECT * FROM comment")),
        "author": sorted(handles.values()),
        "author_alias": sorted((handles[a], n) for a, n in rows("SELECT author_id, display_name FROM author_alias")),
        "tag": sorted((t.path, t.color, t.favorite_slot) for t in ann.tag_tree(db)),
        "article_tag": sorted((paths[t], a) for t, a in db.execute_sql("SELECT tag_id, article_id FROM article_tag")),
        "comment_tag": sorted((paths[t], c) for t, c in db.execute_sql("SELECT tag_id, comment_id FROM comment_tag")),
        "highlight": sorted((*r[:8], paths.get(r[8]), r[9]) for r in rows(
            "SELECT id, target_kind, article_id, comment_id, start_offset, end_offset, text, target_label, tag_id,"
            " created_at FROM highlight"
        )),
        "note": sorted(notes.values(), key=repr),
        "note_revision": sorted(
            ((*notes[n][:2], *rest) for n, *rest in rows(REVISIONS)),
            key=repr,
        ),
    }


def test_the_rich_library_has_every_kind_of_annotation(library: Library, rich: Rich) -> None:
    db = library.db
    kinds = {r[0] for r in db.execute_sql("SELECT target_kind FROM note WHERE body <> ''")}
    assert kinds == {"article", "comment", "highlight", "author", "tag"}
    assert db.execute_sql("SELECT COUNT(DISTINCT note_id) FROM note_revision").fetchone()[0] >= 3
    assert {r[0] for r in db.execute_sql("SELECT target_kind FROM highlight")} == {"article", "comment"}
    assert db.execute_sql("SELECT COUNT(*) FROM note WHERE article_id IS NULL AND comment_id IS NULL"
                          " AND highlight_id IS NULL AND author_id IS NULL AND tag_id IS NULL").fetchone()[0] == 1
    assert max(t.depth for t in ann.tag_tree(db)) == 2


def test_an_empty_library_gets_everything_back_and_exports_the_same(
    library: Library, rich: Rich, tmp_path: Path, open_library: Any
) -> None:
    first = exported(library, tmp_path / "first.json")
    assert first["pseudonymised"] is False and first["scope"] == "whole library"
    copy = open_library("copy.glossa")
    report = import_paths(copy, [tmp_path / "first.json"])  # what `glossa import` and File > Import do
    (file_report,) = report.files
    assert file_report.ok, (file_report.skipped, file_report.problems)
    assert (file_report.articles_added, file_report.comments_added) == (3, 12)
    second = exported(copy, tmp_path / "second.json")
    assert without_time(second) == without_time(first)
    assert second["exported_at"] >= first["exported_at"]
    assert content(copy.db) == content(library.db)


def test_the_copy_is_a_working_library(library: Library, rich: Rich, tmp_path: Path, open_library: Any) -> None:
    exported(library, tmp_path / "export.json")
    copy = open_library("copy.glossa")
    import_paths(copy, [tmp_path / "export.json"])
    db = copy.db
    hits = search(db, "пропаганда")  # the search index was filled
    assert {hit.article_id for hit in hits.hits} == {rich.cyrillic}
    for info in ann.highlights_for_article(db, rich.cyrillic):
        assert not info.stale  # offsets still point at their text (code points: the emoji counts once)
    favorites = {slot: ann.tag_path(db, tag) for slot, tag in ann.favorites(db).items()}
    assert favorites == {1: "propaganda", 2: "propaganda/dehumanisation", 9: "irony/сарказм"}
    note = ann.get_note(db, ("comment", rich.comments["Smirnoff"]))
    assert note is not None and [r.body for r in ann.note_history(db, note.id)] == ["Caps lock = anger"]
    _, change = ann.create_tag(db, "new tag")  # the store goes on working on imported rows
    ann.undo(db, change)


def test_importing_an_export_into_its_own_library_changes_nothing(
    library: Library, rich: Rich, tmp_path: Path
) -> None:
    exported(library, tmp_path / "export.json")
    before = content(library.db)
    report = import_paths(library, [tmp_path / "export.json"])
    (file_report,) = report.files
    assert file_report.ok and file_report.articles_unchanged == 3 and file_report.comments_added == 0
    assert content(library.db) == before


def test_a_second_import_adds_no_duplicates(library: Library, rich: Rich, tmp_path: Path, open_library: Any) -> None:
    exported(library, tmp_path / "export.json")
    copy = open_library("copy.glossa")
    import_paths(copy, [tmp_path / "export.json"])
    once = content(copy.db)
    import_paths(copy, [tmp_path / "export.json"])
    assert content(copy.db) == once


def test_annotations_merge_onto_the_articles_a_library_already_has(
    library: Library, rich: Rich, tmp_path: Path, open_library: Any
) -> None:
    exported(library, tmp_path / "export.json")
    other = open_library("other.glossa")
    import_paths(other, [SEEDS])
    db = other.db
    mine, _ = ann.create_tag(db, "mine", "#111111")
    ann.set_favorite(db, mine, 1)  # the library's own key 1 stays its own
    seed_a = db.execute_sql("SELECT id FROM article WHERE title LIKE 'US administration%'").fetchone()[0]
    ann.set_note(db, ("article", seed_a), "My own note.")
    ann.tag_articles(db, mine, [seed_a])
    report = import_paths(other, [tmp_path / "export.json"])
    (file_report,) = report.files
    assert (file_report.articles_added, file_report.articles_unchanged) == (1, 2)
    assert any("key 1" in w for w in file_report.warnings)
    assert ann.favorites(db)[1] == mine
    assert {ann.tag_path(db, t) for t in ann.article_tag_ids(db, seed_a)} == {"mine", "propaganda"}
    note = ann.get_note(db, ("article", seed_a))
    assert note is not None and note.body.startswith("My own note.\n\n## Framing")
    assert [r.body for r in ann.note_history(db, note.id)] == ["My own note."]
    highlights = ann.highlights_for_article(db, seed_a)
    assert [(h.text, h.stale) for h in highlights] == [("Biden", False), ("cost of ink", False)]
    assert db.execute_sql("SELECT is_read FROM article WHERE id = ?", (seed_a,)).fetchone()[0] == 1


def test_a_scoped_export_round_trips_its_articles(
    library: Library, rich: Rich, tmp_path: Path, open_library: Any
) -> None:
    document = exported(library, tmp_path / "part.json", Scope.articles([rich.cyrillic]))
    assert [a["id"] for a in document["articles"]] == [rich.cyrillic]
    assert document["detached"] == {"notes": [], "highlights": []}  # only a whole-library export has them
    assert {a["handle"] for a in document["authors"]} == {"Анна_К", "boris", "vera"}
    assert len(document["tags"]) == 5  # the whole code book
    copy = open_library("copy.glossa")
    import_paths(copy, [tmp_path / "part.json"])
    again = exported(copy, tmp_path / "again.json")
    assert again.pop("scope") == "whole library" and document.pop("scope") == f"articles {rich.cyrillic}"
    assert without_time(again) == without_time(document)


def test_notes_on_campaigns_go_out_and_come_back(
    library: Library, rich: Rich, tmp_path: Path, open_library: Any
) -> None:
    from desktop.store import campaigns

    db = library.db
    ids = add_article(db, "Copied", [("ann", 0, CAMPAIGN), ("bob", 3, CAMPAIGN + "!"), ("cat", 5, OTHER),
                                     ("dan", 9, OTHER + ".")])
    db.execute_sql("UPDATE article SET source_file = 'copied.txt', raw_text = 'Copied' WHERE title = 'Copied'")
    campaigns.update(db)
    keys = campaigns.campaign_keys(db, [ids[0], ids[2]])
    ann.set_note(db, ("campaign", keys[ids[0]]), "One office")
    ann.set_note(db, ("campaign", keys[ids[0]]), "One office, *three* handles")
    ann.set_note(db, ("campaign", keys[ids[2]]), "Prices")
    edit(db, ids[3], CAMPAIGN + " again")  # dan's copy of the price text is gone: that campaign dissolves
    campaigns.update(db)
    first = exported(library, tmp_path / "first.json")
    (item,) = first["campaigns"]
    assert item["comment_id"] == ids[0] and item["label"].startswith("“The government is lying")
    assert [(n["text"], [r["text"] for r in n["revisions"]]) for n in item["notes"]] == [
        ("One office, *three* handles", ["One office"])]
    assert [(n["target_kind"], n["text"]) for n in first["detached"]["notes"] if n["target_kind"] == "campaign"] == [
        ("campaign", "Prices")]
    copy = open_library("copy.glossa")
    import_paths(copy, [tmp_path / "first.json"])
    assert without_time(exported(copy, tmp_path / "second.json")) == without_time(first)
    assert content(copy.db) == content(db)
    before = content(db)
    import_paths(library, [tmp_path / "first.json"])  # into its own library: nothing twice
    assert content(db) == before
    # A scoped export has the notes on its articles' campaigns only.
    assert exported(library, tmp_path / "part.json", Scope.articles([rich.cyrillic]))["campaigns"] == []
    for fmt in ("csv", "markdown", "qdpx"):  # CSV and Markdown list the note, REFI-QDA leaves it out
        run_export(library, fmt, tmp_path / f"export-{fmt}")
    markdown = next(tmp_path.glob("export-markdown*")).read_text(encoding="utf-8")
    assert "## Notes on campaigns" in markdown and "One office, *three* handles" in markdown
    table = (tmp_path / "export-csv" / "annotations.csv").read_text(encoding="utf-8")
    assert f"note,,campaign,{ids[0]},,,,,,\"One office, *three* handles\"" in table


def test_the_importer_knows_an_export_by_its_format_field() -> None:
    assert read_export(b'\xef\xbb\xbf {"format": "glossa", "version": 1, "articles": []}') is not None
    assert read_export(b'{"version": 1, "articles": [], "format": "glossa"}') is not None
    assert read_export(b'{"format": "glossa", "text": "a"}\n{"format": "glossa", "text": "b"}\n') is None
    assert read_export(b'{"text": "a JSON-lines record"}\n') is None
    assert read_export(b'[{"format": "glossa"}]') is None
    assert read_export(b'{"format": "glossa", "articles": [') is None


def test_a_damaged_article_is_reported_and_the_others_go_in(library: Library, tmp_path: Path) -> None:
    article = {"id": 1, "title": "Good", "subtitle": None, "paragraphs": ["Text."], "comments": [],
               "tags": [], "notes": [], "highlights": []}  # fmt: skip
    document = {"format": "glossa", "version": 1, "articles": [
        {**article, "title": None}, article, {**article, "id": 2, "title": "Bad comment", "comments": [{"id": 5}]},
    ]}  # fmt: skip
    path = tmp_path / "damaged.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    (file_report,) = import_paths(library, [path]).files
    assert file_report.articles_added == 1 and len(file_report.problems) == 2
    assert "title is not text" in file_report.problems[0]
    assert [r[0] for r in library.db.execute_sql("SELECT title FROM article")] == ["Good"]


def test_a_failed_article_takes_back_its_counts_warnings_and_tags(library: Library, tmp_path: Path) -> None:
    # The first article creates the tag "new" and then fails: its transaction is rolled back,
    # so the next article that uses "new" must create it again, not point at a tag that is gone.
    document = {"format": "glossa", "version": 1, "articles": [
        {"id": 1, "title": "Fails", "paragraphs": ["Text."], "tags": ["new"],
         "highlights": [{"start": 5, "end": 2, "text": "x"}]},
        {"id": 2, "title": "Goes in", "paragraphs": ["Text."], "tags": ["new"]},
    ]}  # fmt: skip
    path = tmp_path / "export.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    (file_report,) = import_paths(library, [path]).files
    assert (file_report.articles_added, len(file_report.problems)) == (1, 1), file_report.problems
    assert "article 1 ('Fails')" in str(file_report.problems[0])
    assert library.db.execute_sql(
        "SELECT a.title, t.name FROM article a JOIN article_tag x ON x.article_id = a.id JOIN tag t ON t.id = x.tag_id"
    ).fetchall() == [("Goes in", "new")]


def test_an_export_from_a_newer_glossa_is_refused(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "future.json"
    path.write_text('{"format": "glossa", "version": 99, "articles": []}', encoding="utf-8")
    (file_report,) = import_paths(library, [path]).files
    assert file_report.skipped and "version 99" in file_report.skipped
