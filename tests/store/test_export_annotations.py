"""The JSON export carries tags, notes and highlights without changing a version-1 field (the export
runs on SQLite for now); what it reads of the annotations is alike on both engines."""

from __future__ import annotations

import io
import json
from typing import Any

from peewee import Database

from desktop.exporting.json_format import write_json
from desktop.store import annotations as ann
from desktop.store import coders, summaries
from desktop.store.annotation_export import AnnotationExport, library_identity
from desktop.store.annotations import Target
from desktop.store.db import Library
from desktop.store.dialect import execute
from tests.exported import exported_articles
from tests.store.test_annotations import author_id, make_article

NEW_FIELDS = ("tags", "codings", "notes", "highlights", "coded_by")


def without_annotations(articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    result = []
    for article in articles:
        article = {k: v for k, v in article.items() if k not in NEW_FIELDS}
        article["comments"] = [{k: v for k, v in c.items() if k not in NEW_FIELDS} for c in article["comments"]]
        result.append(article)
    return result


def annotate(db: Database) -> dict[str, int]:
    paragraphs = ["Первый абзац статьи.", "Second paragraph mentions Biden."]
    article, comments = make_article(
        db, paragraphs, [(None, "anna", "Это пропаганда 🙂 чистая."), (0, "boris", "Reply")], title="Статья"
    )
    plain, _ = make_article(db, title="Untouched", comments=[(None, "vera", "nothing here")])
    parent, _ = ann.create_tag(db, "propaganda", "#ff0000")
    child, _ = ann.create_tag(db, "propaganda/dehumanisation", "#00ff00")
    ann.set_favorite(db, child, 1)
    ann.tag_articles(db, parent, [article])
    ann.tag_subthread(db, child, comments[0])
    ann.tag_comments(db, parent, comments[:1])
    ann.set_note(db, Target("article", article), "## Статья\nnote")
    ann.set_note(db, Target("comment", comments[1]), "reply note")
    ann.set_note(db, Target("tag", child), "what it means")
    ann.set_note(db, Target("author", author_id(db, "anna")), "prolific")
    start = len(paragraphs[0]) + 2 + paragraphs[1].index("Biden")
    ann.add_highlight(db, Target("article", article), start, start + 5, tag_id=parent, note="the name")
    ann.add_highlight(db, Target("comment", comments[0]), 4, 14, tag_id=child)
    ann.add_highlight(db, Target("comment", comments[0]), 17, 23)  # after the emoji
    return {"article": article, "plain": plain, "reply": comments[1], "root": comments[0]}


def test_version_1_fields_are_unchanged(library: Library) -> None:
    db = library.db
    ids = annotate(db)
    bare = without_annotations(exported_articles(library))
    for table in ("note_revision", "note", "highlight", "comment_tag", "article_tag"):
        db.execute_sql(f"DELETE FROM {table}")
    db.execute_sql("UPDATE tag SET parent_id = NULL")
    db.execute_sql("DELETE FROM tag")
    plain = exported_articles(library)
    assert without_annotations(plain) == bare
    for article in plain:  # the new fields are always there, empty when there is nothing
        assert all(article[f] == [] for f in NEW_FIELDS)
        assert all(c[f] == [] for c in article["comments"] for f in NEW_FIELDS)
    v1_keys = ["id", "title", "subtitle", "paragraphs", "source", "warnings", "comments"]
    assert [k for k in plain[0] if k in v1_keys] == v1_keys
    assert ids["article"] == plain[0]["id"]


def test_articles_and_comments_carry_their_annotations(library: Library) -> None:
    db = library.db
    ids = annotate(db)
    articles = {a["id"]: a for a in exported_articles(library)}
    article = articles[ids["article"]]
    assert article["tags"] == ["propaganda"]
    assert [n["text"] for n in article["notes"]] == ["## Статья\nnote"]
    assert set(article["notes"][0]) == {"text", "created_at", "updated_at", "revisions", "coder"}
    owner = coders.default_name()
    assert article["notes"][0]["coder"] == owner
    assert [(c["tag"], c["coder"]) for c in article["codings"]] == [("propaganda", owner)]
    assert "T" in article["notes"][0]["updated_at"]
    (highlight,) = article["highlights"]
    text = "\n\n".join(article["paragraphs"])  # the documented offsets convention
    assert text[highlight["start"] : highlight["end"]] == highlight["text"] == "Biden"
    assert highlight["tag"] == "propaganda" and [n["text"] for n in highlight["notes"]] == ["the name"]
    assert highlight["coder"] == owner

    root, reply = article["comments"]
    assert root["tags"] == ["propaganda", "propaganda/dehumanisation"] and reply["tags"] == [
        "propaganda/dehumanisation"
    ]
    assert [h["text"] for h in root["highlights"]] == ["пропаганда", "чистая"]
    for h in root["highlights"]:
        assert root["body"][h["start"] : h["end"]] == h["text"]  # code points: the emoji counts once
    assert [h["tag"] for h in root["highlights"]] == ["propaganda/dehumanisation", None]
    assert [n["text"] for n in reply["notes"]] == ["reply note"] and root["notes"] == []

    untouched = articles[ids["plain"]]
    assert untouched["tags"] == untouched["notes"] == untouched["highlights"] == []
    assert untouched["comments"][0]["tags"] == []


def test_write_json_adds_library_wide_tags_authors_and_detached(library: Library) -> None:
    db = library.db
    ids = annotate(db)
    db.execute_sql("DELETE FROM comment WHERE id = ?", (ids["reply"],))  # its note stays, detached
    summaries.refresh(db, [ids["article"]])
    out = io.StringIO()
    assert write_json(library, out) == 2
    document = json.loads(out.getvalue())
    assert document["format"] == "glossa" and document["version"] == 1
    assert list(document)[:3] == ["format", "version", "articles"]
    assert document["tags"] == [
        {"path": "propaganda", "color": "#ff0000", "favorite_slot": None, "notes": []},
        {"path": "propaganda/dehumanisation", "color": "#00ff00", "favorite_slot": 1,
         "notes": [document["tags"][1]["notes"][0]]},
    ]  # fmt: skip
    assert document["tags"][1]["notes"][0]["text"] == "what it means"
    # every commenter is listed (with aliases, for a lossless round trip); anna has a note
    assert [(a["handle"], a["notes"][0]["text"]) for a in document["authors"] if a["notes"]] == [("anna", "prolific")]
    detached = document["detached"]
    assert [(n["target_kind"], n["label"], n["text"]) for n in detached["notes"]] == [
        ("comment", "boris: Reply", "reply note")
    ]
    assert detached["highlights"] == []


def test_empty_library_exports_valid_json(library: Library) -> None:
    out = io.StringIO()
    assert write_json(library, out) == 0
    document = json.loads(out.getvalue())
    for key in ("exported_at", "scope", "pseudonymised"):  # the export's own metadata (issue 6)
        document.pop(key)
    assert document == {
        "format": "glossa",
        "version": 1,
        "articles": [],
        "coders": [coders.default_name()],
        "tags": [],
        "authors": [],
        "campaigns": [],
        "detached": {"notes": [], "highlights": []},
    }


def test_the_annotations_an_export_reads_are_alike_on_both_engines(engine_library: Library) -> None:
    """store/annotation_export.py on its own (the exports around it run on SQLite for now): the
    same fields, times written alike (ISO, no time zone), on either engine."""
    db = engine_library.db
    ids = annotate(db)
    owner = coders.login(db) or coders.default_name()
    bob = coders.coder_id(db, "Bob")
    ann.set_coded(db, ("article", ids["article"]), coder=bob)
    ann.set_coded(db, ("comment", ids["root"]))
    reader = AnnotationExport(db)
    comments: list[dict[str, Any]] = [{"id": ids["root"]}, {"id": ids["reply"]}]
    article = reader.annotate(ids["article"], comments)
    assert (article["tags"], article["coded_by"]) == (["propaganda"], ["Bob"])
    assert [(c["tag"], c["coder"]) for c in article["codings"]] == [("propaganda", owner)]
    assert all(len(c["created_at"]) == 19 and c["created_at"][10] == "T" for c in article["codings"])
    (note,) = article["notes"]
    assert (note["text"], note["coder"], note["created_at"][10], len(note["updated_at"])) == (
        "## Статья\nnote", owner, "T", 19)
    (highlight,) = article["highlights"]
    assert (highlight["text"], highlight["tag"], highlight["coder"], [n["text"] for n in highlight["notes"]]) == (
        "Biden", "propaganda", owner, ["the name"])
    root, reply = comments
    assert root["tags"] == ["propaganda", "propaganda/dehumanisation"] and root["coded_by"] == [owner]
    assert [(h["text"], h["start"], h["end"], h["tag"]) for h in root["highlights"]] == [
        ("пропаганда", 4, 14, "propaganda/dehumanisation"), ("чистая", 17, 23, None)]
    assert (reply["tags"], [n["text"] for n in reply["notes"]], reply["coded_by"]) == (
        ["propaganda/dehumanisation"], ["reply note"], [])  # the mark is on the subthread's first comment
    untouched: list[dict[str, Any]] = [{"id": 0}]
    assert reader.annotate(ids["plain"], untouched)["tags"] == [] and untouched[0]["highlights"] == []

    execute(db, "DELETE FROM comment WHERE id = ?", (ids["reply"],))  # its note stays, detached
    summaries.refresh(db, [ids["article"]])
    library = AnnotationExport(db).library()
    assert library["coders"] == [owner, "Bob"]
    assert [(t["path"], t["color"], t["favorite_slot"], [n["text"] for n in t["notes"]]) for t in library["tags"]] == [
        ("propaganda", "#ff0000", None, []), ("propaganda/dehumanisation", "#00ff00", 1, ["what it means"])]
    assert [(a["handle"], a["notes"][0]["text"]) for a in library["authors"]] == [("anna", "prolific")]
    assert [(n["target_kind"], n["label"], n["text"]) for n in library["detached"]["notes"]] == [
        ("comment", "boris: Reply", "reply note")]
    assert library["detached"]["highlights"] == []
    assert library_identity(db) == "2024-01-01 10:00:00 Статья"
