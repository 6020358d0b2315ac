"""What the exports read (desktop/store/export_records.py) on both engines a library can live on:
the same library, written with the peewee models, reads back alike on SQLite and PostgreSQL.
The exports' own output is checked file by file in tests/exporting (on SQLite, filled by the
importer)."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from desktop.exporting.pseudonyms import Pseudonymiser
from desktop.exporting.run import ExportOptions, run_export
from desktop.exporting.scope import Scope
from desktop.ingest.formats import glossa_json
from desktop.ingest.formats.reader import Export
from desktop.ingest.report import FileReport
from desktop.ingest.walk import Source
from desktop.store import export_records as store
from desktop.store import summaries
from desktop.store.db import Library
from desktop.store.glossa_json import load_export
from desktop.store.models import (
    OWNER_ID,
    Article,
    ArticleTag,
    Author,
    AuthorAlias,
    CampaignAnchor,
    Coder,
    Comment,
    CommentTag,
    Highlight,
    Note,
    NoteRevision,
    Tag,
)
from desktop.store.search import index_articles
from desktop.store.times import stored_time

T = datetime(2024, 5, 1, 12, 30)


def _times(rows: list[tuple], *columns: int) -> list[tuple]:
    """Rows with the time columns read as datetimes (text on SQLite, datetime on PostgreSQL)."""
    return [tuple(stored_time(v) if i in columns else v for i, v in enumerate(row)) for row in rows]


def _fill(library: Library) -> dict[str, int]:
    """Three articles (one without comments), commenters whose handles sort differently by code
    point and by case, tags in a tree, notes with history on every kind of target, and a detached
    note and highlight."""
    ids: dict[str, int] = {}
    with library.atomic():
        # The owner is named after the system user in a file and after the login on a server.
        Coder.update(name="owner").where(Coder.id == OWNER_ID).execute()
        authors = {handle: Author.create(handle=handle) for handle in ("bob", "Émile", "Zed", "alice")}
        AuthorAlias.create(author=authors["bob"], display_name="Bobby")
        AuthorAlias.create(author=authors["bob"], display_name="Bob")
        for handle in ("alice", "Zed", "Émile"):
            AuthorAlias.create(author=authors[handle], display_name=handle.title())
        for name in ("A", "B", "C"):
            ids[name] = Article.create(
                title=f"Article {name}", paragraphs=f'["{name} text."]', raw_text=f"Article {name}", fingerprint=name,
                imported_at=T, updated_at=T, is_starred=name == "B", source_url=f"https://x.example/{name}",
                source_file=f"{name}.txt",
            ).id
        for key, article, position, handle, parent in [
            ("a0", "A", 0, "bob", None), ("a1", "A", 1, "alice", "a0"), ("a2", "A", 2, "Zed", None),
            ("b0", "B", 0, "Émile", None),
        ]:  # fmt: skip
            ids[key] = Comment.create(
                article=ids[article], parent=ids[parent] if parent else None, position=position,
                depth=1 if parent is None else 2, path=str(position), author=authors[handle],
                display_name=handle.title(), posted_at=T, body=f"{handle} says {key}", fingerprint=key,
            ).id
        summaries.refresh(library.db, [ids["A"], ids["B"], ids["C"]])
        index_articles(library.db, [ids["A"], ids["B"], ids["C"]])
        ids["topic"] = Tag.create(name="topic", created_at=T).id
        ids["topic/sub"] = Tag.create(name="sub", parent=ids["topic"], created_at=T).id
        ids["other"] = Tag.create(name="other", created_at=T).id
        CommentTag.create(tag=ids["topic/sub"], comment=ids["a1"], created_at=T)
        ArticleTag.create(tag=ids["other"], article=ids["C"], created_at=T)
        ids["h"] = Highlight.create(target_kind="comment", article=ids["B"], comment=ids["b0"], start_offset=0,
                                    end_offset=5, text="Émile", tag=ids["topic"], created_at=T).id
        ids["gone"] = Highlight.create(target_kind="article", start_offset=0, end_offset=3, text="Old",
                                       target_label="a deleted article", created_at=T).id
        campaign = CampaignAnchor.create(comment=ids["a2"]).id
        for kind, target, label, body in [  # labels as the store gives them
            ("tag", ids["topic"], "topic", "What counts as a topic."),
            ("author", authors["bob"].id, "bob", "Posts daily."),
            ("campaign", campaign, "“Zed says a2”", "A copy-paste wave."),
            ("highlight", ids["gone"], "“Old”", "Kept."),
            ("article", None, "a deleted article", "On a deleted article."),
            ("comment", ids["a0"], "bob: bob says a0", ""),
        ]:  # fmt: skip
            note = Note.create(target_kind=kind, **({f"{kind}_id": target} if target else {}), body=body,
                               target_label=label, created_at=T, updated_at=T)  # fmt: skip
            ids[f"note {kind}"] = note.id
        NoteRevision.create(note=ids["note tag"], body="first", saved_at=T, replaced_at=T)
        NoteRevision.create(note=ids["note tag"], body="second", saved_at=T, replaced_at=T)
        NoteRevision.create(note=ids["note comment"], body="of an emptied note", saved_at=T, replaced_at=T)
    ids.update({f"@{handle}": author.id for handle, author in authors.items()})
    return ids


def test_scopes_read_alike_on_both_engines(engine_library: Library) -> None:
    db = engine_library.db
    ids = _fill(engine_library)
    a, b, c = ids["A"], ids["B"], ids["C"]
    assert store.all_article_ids(db) == [a, b, c]
    assert store.existing_article_ids(db, [c, 999_999, a, a]) == [a, c]
    articles, comments = store.tagged(db, {ids["topic"], ids["topic/sub"]})
    assert (articles, comments) == ({a, b}, frozenset({ids["a1"], ids["b0"]}))
    assert store.tagged(db, {ids["other"]}) == ({c}, frozenset())
    resolved = Scope.tags([ids["topic"]]).resolve(db)  # the tag below it counts
    assert (resolved.article_ids, resolved.matched_comments) == ((a, b), frozenset({ids["a1"], ids["b0"]}))
    assert Scope.articles([c, a]).resolve(db).article_ids == (a, c)
    assert Scope.whole_library().resolve(db).article_ids == (a, b, c)
    found = Scope.search("alice OR émile").resolve(db)
    assert (found.article_ids, found.matched_comments) == ((a, b), frozenset({ids["a1"], ids["b0"]}))


def test_articles_threads_and_notes_read_alike_on_both_engines(engine_library: Library) -> None:
    db = engine_library.db
    ids = _fill(engine_library)
    a, b, c = ids["A"], ids["B"], ids["C"]
    with store.snapshot(db):
        assert (store.comment_count(db), store.comment_count(db, [a, c]), store.comment_count(db, [])) == (4, 3, 0)
        threads = store.thread_rows(db, [b, a])
        articles = store.article_rows(db, [c, a, b])
    assert [(row[0], row[1], row[2], row[5], row[9], bool(row[10]), bool(row[11])) for row in threads] == [
        (a, ids["a0"], None, "bob", "bob says a0", False, False),
        (a, ids["a1"], ids["a0"], "alice", "alice says a1", False, False),
        (a, ids["a2"], None, "Zed", "Zed says a2", False, False),
        (b, ids["b0"], None, "Émile", "Émile says b0", False, False),
    ]
    assert _times(threads, 8)[0][8] == T
    assert [(row[0], row[1], row[7], stored_time(row[11]), bool(row[16])) for row in articles] == [
        (a, "Article A", "https://x.example/A", T, False), (b, "Article B", "https://x.example/B", T, True),
        (c, "Article C", "https://x.example/C", T, False)]  # fmt: skip
    revisions = store.note_revisions(db)  # newest first; none of the emptied note
    assert [(row[0], row[5], row[8]) for row in revisions] == [("tag", ids["topic"], "second"),
                                                             ("tag", ids["topic"], "first")]  # fmt: skip
    assert _times(store.tag_notes(db), 2, 3) == [(ids["topic"], "What counts as a topic.", T, T)]
    assert _times(store.author_notes(db), 2, 3) == [(ids["@bob"], "Posts daily.", T, T)]
    campaigns = _times(store.campaign_notes(db), 5, 6)
    assert [row[:2] + row[3:] for row in campaigns] == [(ids["a2"], a, "“Zed says a2”", "A copy-paste wave.", T, T)]
    assert _times(store.detached_notes(db), 4, 5) == [
        (ids["note article"], "article", "a deleted article", "On a deleted article.", T, T)]
    assert _times(store.detached_highlights(db), 8, 10, 11) == [
        ("article", "a deleted article", None, ids["gone"], 0, 3, "Old", None, T, "Kept.", T, T)]


def test_commenters_sort_by_code_point_on_both_engines(engine_library: Library) -> None:
    db = engine_library.db
    ids = _fill(engine_library)
    assert [handle for _id, handle in store.authors(db)] == ["Zed", "alice", "bob", "Émile"]
    assert [handle for _id, handle in store.authors(db, [ids["B"], ids["C"]])] == ["Émile"]
    assert store.author_aliases(db) == {ids["@alice"]: ["Alice"], ids["@bob"]: ["Bob", "Bobby"], ids["@Zed"]: ["Zed"],
                                        ids["@Émile"]: ["Émile"]}
    names = {author_id: (handle, sorted(aliases)) for author_id, handle, aliases in store.author_names(db)}
    assert names[ids["@bob"]] == ("bob", ["Bob", "Bob", "Bobby"])  # its alias, then its comments' name
    assert names[ids["@Émile"]] == ("Émile", ["Émile", "Émile"])
    pseudonyms = Pseudonymiser.from_db(db)
    assert pseudonyms.text("Bobby met Émile") == f"Commenter {ids['@bob']} met Commenter {ids['@Émile']}"


def test_every_export_of_the_same_library_is_the_same_on_both_engines(tmp_path: Path, postgres_url: str) -> None:
    """The library filled alike in a file and on a server: each format writes the same bytes
    (but the JSON's exported_at), pseudonymised or not."""
    written: dict[str, dict[str, bytes]] = {}
    for engine, location in (("sqlite", str(tmp_path / "test.glossa")), ("postgresql", postgres_url)):
        library = Library.open(location)
        try:
            _fill(library)
            files: dict[str, bytes] = {}
            for fmt, name in (("json", "out.json"), ("csv", "out.csv"), ("markdown", "out.md")):
                for pseudonymise in (False, True):
                    folder = tmp_path / engine / str(pseudonymise)
                    folder.mkdir(parents=True, exist_ok=True)
                    result = run_export(library, fmt, folder / name, options=ExportOptions(pseudonymise=pseudonymise))
                    for path in result.paths:
                        files[f"{pseudonymise}/{path.name}"] = re.sub(
                            rb'"exported_at": "[^"]*"', b"", path.read_bytes())
        finally:
            library.close()
        written[engine] = files
    assert len(written["sqlite"]) == 10  # JSON, three CSV files and Markdown, each plain and pseudonymised
    for name, data in written["sqlite"].items():
        assert written["postgresql"][name] == data, name


def test_an_export_goes_back_into_an_empty_library_whole_on_both_engines(engine_library: Library,
                                                                          tmp_path: Path) -> None:
    """A Glossa JSON export of a file library imported into an empty library on either engine
    (ids, times, notes with their history, detached ones, campaigns): exported again, the same."""
    with engine_library.atomic():  # the owner's name, as in the file (see _fill)
        Coder.update(name="owner").where(Coder.id == OWNER_ID).execute()
    source = Library.open(tmp_path / "source.glossa")  # the models are bound to it from here
    try:
        _fill(source)
        run_export(source, "json", tmp_path / "first.json")
    finally:
        source.close()
    # The reader and the store, as the importer runs them (its batch writer is SQLite's for now).
    path = tmp_path / "first.json"
    report = FileReport(str(path))
    (part,) = glossa_json.read(Source.open(path), report, lambda: False)
    assert isinstance(part, Export)
    load_export(engine_library, part.data, str(path), report)
    assert (report.articles_added, report.comments_added, report.problems, report.skipped) == (3, 4, [], None)
    run_export(engine_library, "json", tmp_path / "second.json")
    first, second = ((tmp_path / name).read_text(encoding="utf-8") for name in ("first.json", "second.json"))
    assert re.sub(r'"exported_at": "[^"]*"', "", second) == re.sub(r'"exported_at": "[^"]*"', "", first)
