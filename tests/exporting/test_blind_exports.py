"""Exports made in blind coding (issue 23): with `ExportOptions(coder=...)` every format holds only
that coder's tag links, notes, highlights and coded marks, library-wide notes included, and no
agreement table (it shows the others' codes); without it, every coder's. Two coders, both engines."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from desktop.exporting.run import ExportOptions, run_export
from desktop.ingest.importer import import_paths
from desktop.store import annotations as ann
from desktop.store import coders
from desktop.store.db import Library
from tests.store.test_annotations import make_article


def _two_coders(library: Library) -> dict[str, int]:
    """Anna and Boris each tag, highlight and note; both mark the article coded."""
    db = library.db
    anna, boris = coders.coder_id(db, "Anna"), coders.coder_id(db, "Boris")
    anna_tag, _ = ann.create_tag(db, "annas")
    boris_tag, _ = ann.create_tag(db, "boriss")
    article, (first, second) = make_article(db, comments=[(None, "a", "First words."), (None, "b", "More words.")])
    ann.tag_comments(db, anna_tag, [first], coder=anna)
    ann.tag_comments(db, boris_tag, [first, second], coder=boris)
    ann.tag_articles(db, boris_tag, [article], coder=boris)
    ann.add_highlight(db, ("comment", second), 0, 4, tag_id=boris_tag, note="Boris's highlight note", coder=boris)
    ann.add_highlight(db, ("comment", first), 0, 5, tag_id=anna_tag, coder=anna)
    ann.set_note(db, ("comment", first), "Anna's comment note", coder=anna)
    ann.set_note(db, ("comment", second), "Boris's comment note", coder=boris)
    ann.set_note(db, ("tag", boris_tag), "Boris's code memo", coder=boris)
    ann.set_note(db, ("tag", anna_tag), "Anna's code memo", coder=anna)
    for coder in (anna, boris):
        ann.set_coded(db, ("article", article), coder=coder)
    return {"anna": anna, "boris": boris, "article": article}


def test_every_format_made_blind_holds_only_the_coders_work(engine_library: Library, tmp_path: Path) -> None:
    found = _two_coders(engine_library)
    blind = ExportOptions(coder=found["anna"])
    run_export(engine_library, "json", tmp_path / "all.json")
    everyone = (tmp_path / "all.json").read_text(encoding="utf-8")
    assert "Boris" in everyone and "boriss" in everyone  # the plain export: every coder's
    run_export(engine_library, "json", tmp_path / "anna.json", options=blind)
    data = json.loads((tmp_path / "anna.json").read_text(encoding="utf-8"))
    assert data["coders"] == ["Anna"]
    article = data["articles"][0]
    assert article["tags"] == [] and article["codings"] == [] and article["coded_by"] == ["Anna"]
    first, second = article["comments"]
    assert first["tags"] == ["annas"] and [n["text"] for n in first["notes"]] == ["Anna's comment note"]
    assert second["tags"] == [] and second["notes"] == [] and second["highlights"] == []
    tags = {t["path"]: t["notes"] for t in data["tags"]}
    assert tags["boriss"] == [] and tags["annas"][0]["text"] == "Anna's code memo"  # the code book stays whole
    text = (tmp_path / "anna.json").read_text(encoding="utf-8")
    assert "Boris" not in text

    result = run_export(engine_library, "csv", tmp_path / "anna.csv", options=blind)
    _comments, annotations_csv, agreement_csv = (p.read_text(encoding="utf-8") for p in result.paths)
    assert "Boris" not in annotations_csv and "Anna's comment note" in annotations_csv
    assert agreement_csv.count("\n") == 1  # the header only: agreement would show Boris's codes
    run_export(engine_library, "csv", tmp_path / "all.csv")
    assert (tmp_path / "all-agreement.csv").read_text(encoding="utf-8").count("\n") > 1

    run_export(engine_library, "markdown", tmp_path / "all.md")
    assert "Agreement" in (tmp_path / "all.md").read_text(encoding="utf-8")
    run_export(engine_library, "markdown", tmp_path / "anna.md", options=blind)
    report = (tmp_path / "anna.md").read_text(encoding="utf-8")
    assert "Boris" not in report and "Anna's comment note" in report
    assert "only the codings of Anna" in report and "Agreement" not in report

    run_export(engine_library, "qdpx", tmp_path / "anna.qdpx", options=blind)
    with zipfile.ZipFile(tmp_path / "anna.qdpx") as archive:
        project = archive.read("project.qde").decode("utf-8")
    assert 'name="Anna"' in project and "Boris" not in project


def test_a_blind_exports_tag_and_search_scopes_see_only_the_coders_tags(engine_library: Library) -> None:
    from desktop.exporting.scope import Scope

    found = _two_coders(engine_library)
    db = engine_library.db
    boris_tag, anna_tag = ann.find_tag(db, "boriss"), ann.find_tag(db, "annas")
    assert boris_tag is not None and anna_tag is not None
    assert Scope.tags([boris_tag]).resolve(db).article_ids == (found["article"],)
    assert Scope.tags([boris_tag]).resolve(db, found["anna"]).article_ids == ()  # nothing Anna tagged so
    mine = Scope.tags([anna_tag]).resolve(db, found["anna"])
    assert mine.article_ids == (found["article"],) and len(mine.matched_comments or ()) == 1
    assert Scope.search("tag:boriss").resolve(db, found["anna"]).article_ids == ()
    assert Scope.search("tag:boriss").resolve(db).article_ids == (found["article"],)


def test_each_revision_goes_out_and_comes_back_with_its_coder_and_a_blind_export_keeps_only_the_coders(
    library: Library, tmp_path: Path, open_library: Any
) -> None:
    found = _two_coders(library)
    db = library.db
    note = ("comment", json_comment_id(db))
    ann.set_note(db, note, "Boris over Anna", coder=found["boris"])  # Anna's text kept as hers
    ann.set_note(db, note, "Anna again", coder=found["anna"])  # Boris's kept as his
    run_export(library, "json", tmp_path / "all.json")
    revisions = _revisions(tmp_path / "all.json")
    assert [(r["text"], r["coder"]) for r in revisions] == [("Boris over Anna", "Boris"),
                                                            ("Anna's comment note", "Anna")]  # fmt: skip
    copy = open_library("copy.glossa")
    import_paths(copy, [tmp_path / "all.json"])
    copied = ann.get_note(copy.db, note)
    assert copied is not None
    assert [(r.body, r.coder) for r in ann.note_history(copy.db, copied.id)] == [
        ("Boris over Anna", "Boris"), ("Anna's comment note", "Anna")]
    run_export(library, "json", tmp_path / "anna.json", options=ExportOptions(coder=found["anna"]))
    assert [r["text"] for r in _revisions(tmp_path / "anna.json")] == ["Anna's comment note"]  # not Boris's text


def json_comment_id(db: Any) -> int:
    """The first comment, where Anna's note is."""
    return int(db.execute_sql("SELECT comment_id FROM note WHERE body = 'Anna''s comment note'").fetchone()[0])


def _revisions(path: Path) -> list[dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    notes = [n for a in data["articles"] for c in a["comments"] for n in c["notes"] if n["text"] == "Anna again"]
    return notes[0]["revisions"]


def test_glossa_export_only_mine_holds_only_the_coders_work(
    library: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`glossa --coder Anna export --only-mine`: the command line's blind export, to stdout or a file,
    found without writing a coder (a coder who never coded gets nobody's codings)."""
    _two_coders(library)
    library.close()
    base = ["--library", str(library.path)]
    assert main([*base, "--coder", "Anna", "export", "--only-mine"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["coders"] == ["Anna"] and "Boris" not in json.dumps(data)
    assert main([*base, "--coder", "Anna", "export", "--only-mine", "--format", "markdown",
                 "-o", str(tmp_path / "anna.md")]) == 0  # fmt: skip
    assert "Boris" not in (tmp_path / "anna.md").read_text(encoding="utf-8")
    assert main([*base, "--coder", "Carla", "export", "--only-mine"]) == 0
    nobody = json.loads(capsys.readouterr().out)
    assert nobody["coders"] == [] and all(not a["codings"] for a in nobody["articles"])
    reopened = Library.open(library.path)
    try:
        assert coders.find_coder(reopened.db, "Carla") is None
    finally:
        reopened.close()
