"""Who coded what: coders, each coder's tag links, highlights and notes, "coded by me" marks, and
exact undo and redo of all of them; the current coder (a name on SQLite, the login on PostgreSQL)
and agreement read from the store. The store's tests run on both engines (`engine_library`); the
JSON and CSV exports, not ported to PostgreSQL yet, on SQLite."""

from __future__ import annotations

import csv
import json
import threading
from pathlib import Path

import pytest

from desktop.exporting.run import run_export
from desktop.ingest.importer import import_paths
from desktop.store import agreement, coders
from desktop.store import annotations as ann
from desktop.store.db import Library
from desktop.store.dialect import execute
from desktop.store.models import OWNER_ID
from tests.store.test_annotations import check_undo_redo, make_article, snapshot


def coder_rows(library: Library, table: str) -> list[tuple[int, ...]]:
    return [tuple(r) for r in execute(library.db, f"SELECT tag_id, comment_id, coder_id FROM {table} ORDER BY id")]


def owner_name(library: Library) -> str:
    """The owner's name: the login that made a server library, the system login for a file."""
    return coders.login(library.db) or coders.default_name()


def test_a_new_library_has_its_owner_as_coder_1(engine_library: Library, engine: str) -> None:
    owner = coders.CoderInfo(OWNER_ID, "postgres" if engine == "postgresql" else coders.default_name())
    assert coders.coders(engine_library.db) == [owner]
    # the owner's id was given by hand: the next coder still gets a new one
    assert coders.coder_id(engine_library.db, "Next") == OWNER_ID + 1


def test_on_sqlite_the_current_coder_is_the_name_given(library: Library) -> None:
    db = library.db
    assert coders.login(db) is None
    alice = coders.current_coder(db, "Alice")
    assert coders.coder_name(db, alice) == "Alice" and alice != OWNER_ID
    assert coders.current_coder(db, " Alice ") == alice
    assert coders.current_coder(db, "") == coders.current_coder(db, None) == OWNER_ID  # the system login


def test_on_postgresql_the_current_coder_is_the_login_whatever_the_name(postgres_url: str) -> None:
    """Issue 23: nothing to set or forget. The login that made the library is its owner; another
    login writing there becomes a coder of its own at its first write."""
    library = Library.open(postgres_url)
    try:
        assert coders.login(library.db) == "postgres"
        assert coders.current_coder(library.db, "Alice") == OWNER_ID
        assert coders.find_coder(library.db, "Alice") is None
        tag, _ = ann.create_tag(library.db, "frames")
        article, _ = make_article(library.db)
        # another login of the team (roles belong to the server: made once for the session)
        execute(library.db, "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'vera')"
                " THEN CREATE ROLE vera LOGIN; END IF; END $$")
        for kind in ("TABLES", "SEQUENCES"):
            execute(library.db, f"GRANT ALL ON ALL {kind} IN SCHEMA public TO vera")
    finally:
        library.close()
    library = Library.open(postgres_url.replace("//postgres@", "//vera@"))
    try:
        db = library.db
        vera = coders.current_coder(db, "Alice")
        assert vera != OWNER_ID and coders.coder_name(db, vera) == "vera"
        ann.tag_articles(db, tag, [article], coder=vera)
        assert execute(db, "SELECT coder_id FROM article_tag").fetchall() == [(vera,)]
    finally:
        library.close()


def test_coders_are_made_by_name_and_renamed_without_touching_their_work(engine_library: Library) -> None:
    library = engine_library
    alice = coders.coder_id(library.db, "  Alice   Smith ")
    assert coders.coder_id(library.db, "Alice Smith") == alice
    tag, _ = ann.create_tag(library.db, "frames")
    _, comments = make_article(library.db, comments=[(None, "a", "one")])
    ann.tag_comments(library.db, tag, comments, coder=alice)
    coders.rename_coder(library.db, alice, "Alice")
    assert coders.coder_name(library.db, alice) == "Alice"
    assert coder_rows(library, "comment_tag") == [(tag, comments[0], alice)]
    with pytest.raises(coders.CoderError):
        coders.rename_coder(library.db, alice, owner_name(library))
    for bad in ("", "   ", "a\x00b", "x" * 101):
        with pytest.raises(coders.CoderError):
            coders.coder_id(library.db, bad)


def test_two_coders_tag_the_same_comment_and_each_untags_only_their_own(engine_library: Library) -> None:
    library = engine_library
    db = library.db
    bob = coders.coder_id(db, "Bob")
    tag, _ = ann.create_tag(db, "frames")
    _, comments = make_article(db, comments=[(None, "a", "one"), (0, "b", "two")])
    ann.tag_comments(db, tag, comments)
    before = snapshot(db)
    change = ann.tag_subthread(db, tag, comments[0], coder=bob)
    assert sorted(coder_rows(library, "comment_tag")) == sorted(
        [(tag, c, OWNER_ID) for c in comments] + [(tag, c, bob) for c in comments])
    check_undo_redo(db, before, change)
    before = snapshot(db)
    change = ann.untag_comments(db, tag, comments[:1], coder=bob)
    assert (tag, comments[0], OWNER_ID) in coder_rows(library, "comment_tag")
    assert (tag, comments[0], bob) not in coder_rows(library, "comment_tag")
    check_undo_redo(db, before, change)
    with pytest.raises(ann.AnnotationError):
        ann.tag_comments(db, tag, comments, coder=999)


def test_articles_highlights_and_notes_record_their_coder(engine_library: Library) -> None:
    library = engine_library
    db = library.db
    bob = coders.coder_id(db, "Bob")
    tag, _ = ann.create_tag(db, "frames")
    article, comments = make_article(db, comments=[(None, "a", "a comment")])
    ann.tag_articles(db, tag, [article], coder=bob)
    ann.tag_articles(db, tag, [article])
    assert sorted(r[0] for r in execute(db, "SELECT coder_id FROM article_tag")) == [OWNER_ID, bob]
    before = snapshot(db)
    highlight, change = ann.add_highlight(db, ("comment", comments[0]), 0, 1, tag, note="why", coder=bob)
    assert execute(db, "SELECT coder_id FROM highlight WHERE id = ?", (highlight,)).fetchone()[0] == bob
    assert execute(db, "SELECT coder_id FROM note WHERE highlight_id = ?", (highlight,)).fetchone()[0] == bob
    check_undo_redo(db, before, change)
    ann.set_note(db, ("article", article), "first by Bob", coder=bob)
    ann.set_note(db, ("article", article), "then edited by the owner")
    assert execute(db, "SELECT coder_id FROM note WHERE article_id = ?", (article,)).fetchone()[0] == bob


def test_coded_marks_on_articles_and_subthreads(engine_library: Library) -> None:
    library = engine_library
    db = library.db
    bob = coders.coder_id(db, "Bob")
    article, comments = make_article(db, comments=[(None, "a", "one"), (0, "b", "two"), (None, "c", "three")])
    other, other_comments = make_article(db, comments=[(None, "a", "x")])
    change = ann.set_coded(db, ("comment", comments[0]), coder=bob)
    assert ann.is_coded(db, ("comment", comments[0]), coder=bob)
    assert not ann.is_coded(db, ("comment", comments[0]))
    assert ann.coded_comments(db, bob) == set(comments[:2])
    assert ann.articles_touched(db, change) == {article}
    ann.undo(db, change)
    assert ann.coded_comments(db, bob) == set()
    ann.redo(db, change)
    ann.set_coded(db, ("article", other), coder=bob)
    assert ann.coded_comments(db, bob) == set(comments[:2]) | set(other_comments)
    assert ann.set_coded(db, ("article", other), coder=bob).empty  # already marked
    ann.set_coded(db, ("article", other), False, coder=bob)
    assert ann.coded_comments(db, bob) == set(comments[:2])
    with pytest.raises(ann.AnnotationError):
        ann.set_coded(db, ("tag", 1), coder=bob)


def codings(library: Library) -> list[tuple[object, ...]]:
    """Who coded what, by names and places rather than ids."""
    db = library.db
    names = {c.id: c.name for c in coders.coders(db)}
    paths = {t.id: t.path for t in ann.tag_tree(db)}
    links = [(table, paths[t], target, names[c], created) for table in ("article_tag", "comment_tag")
             for t, target, c, created in execute(
                 db, f"SELECT tag_id, {table.split('_')[0]}_id, coder_id, created_at FROM {table}")]
    spans = [("highlight", paths.get(t), s, e, names[c]) for t, s, e, c in execute(
        db, "SELECT tag_id, start_offset, end_offset, coder_id FROM highlight")]
    notes = [("note", body, names[c]) for body, c in execute(db, "SELECT body, coder_id FROM note")]
    marks = [("coded", article, comment, names[c])
             for article, comment, c in execute(db, "SELECT article_id, comment_id, coder_id FROM coded")]
    return sorted(links + spans + notes + marks, key=repr)  # type: ignore[operator]


def test_the_json_export_and_import_keep_who_coded_what_and_a_second_import_adds_nothing(
    library: Library, tmp_path: Path
) -> None:
    db = library.db
    bob = coders.coder_id(db, "Bob")
    tag, _ = ann.create_tag(db, "frames")
    article, comments = make_article(db, comments=[(None, "a", "one two"), (0, "b", "three")])
    ann.tag_comments(db, tag, comments)
    ann.tag_comments(db, tag, comments[:1], coder=bob)
    ann.tag_articles(db, tag, [article], coder=bob)
    ann.add_highlight(db, ("comment", comments[0]), 0, 3, tag, note="Bob's reason", coder=bob)
    ann.add_highlight(db, ("comment", comments[0]), 0, 3, tag)
    ann.set_note(db, ("comment", comments[1]), "the owner's note")
    ann.set_coded(db, ("article", article), coder=bob)
    ann.set_coded(db, ("comment", comments[1]))
    run_export(library, "json", tmp_path / "bob.json")
    document = json.loads((tmp_path / "bob.json").read_text(encoding="utf-8"))
    assert document["coders"] == [coders.default_name(), "Bob"]
    expected = codings(library)
    copy = Library.open(tmp_path / "copy.glossa")
    try:
        for _ in range(2):
            (report,) = import_paths(copy, [tmp_path / "bob.json"]).files
            assert report.ok, (report.skipped, report.problems)
            assert codings(copy) == expected
    finally:
        copy.close()


def test_the_csv_export_names_the_coder_of_every_annotation(library: Library, tmp_path: Path) -> None:
    db = library.db
    bob = coders.coder_id(db, "Bob")
    tag, _ = ann.create_tag(db, "frames")
    _, comments = make_article(db, comments=[(None, "a", "one two")])
    ann.tag_comments(db, tag, comments)
    ann.tag_comments(db, tag, comments, coder=bob)
    ann.add_highlight(db, ("comment", comments[0]), 0, 3, tag, note="why", coder=bob)
    run_export(library, "csv", tmp_path / "out.csv")
    with (tmp_path / "out-annotations.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert sorted((r["kind"], r["coder"]) for r in rows) == sorted(
        [("tag", coders.default_name()), ("tag", "Bob"), ("highlight", "Bob")])


def test_a_tag_two_coders_applied_shows_and_counts_once(engine_library: Library) -> None:
    library = engine_library
    db = library.db
    bob = coders.coder_id(db, "Bob")
    tag, _ = ann.create_tag(db, "frames")
    article, comments = make_article(db, comments=[(None, "a", "one")])
    for coder in (OWNER_ID, bob):
        ann.tag_comments(db, tag, comments, coder=coder)
        ann.tag_articles(db, tag, [article], coder=coder)
    assert ann.comment_tag_ids(db, article) == {comments[0]: [tag]}
    assert ann.article_tag_ids(db, article) == [tag]
    usage = ann.tag_counts(db)[tag]
    assert (usage.articles, usage.comments) == (1, 1)
    ann.untag_comments(db, tag, comments, coder=bob)
    assert ann.comment_tag_ids(db, article, coder=bob) == {}
    assert ann.comment_tag_ids(db, article, coder=OWNER_ID) == {comments[0]: [tag]}


def test_agreement_over_the_comments_both_coders_marked_coded(engine_library: Library) -> None:
    """store/agreement.py reads the units, codes and spans through the store on either engine."""
    db = engine_library.db
    bob = coders.coder_id(db, "Bob")
    frames, _ = ann.create_tag(db, "frames")
    article, comments = make_article(db, comments=[(None, "a", "one two"), (0, "b", "three"), (None, "c", "four")])
    _, elsewhere = make_article(db, comments=[(None, "a", "not coded by Bob")], title="Other")
    for coder in (OWNER_ID, bob):
        ann.set_coded(db, ("article", article), coder=coder)
    ann.set_coded(db, ("comment", elsewhere[0]))  # the owner's only: not a unit
    ann.tag_comments(db, frames, comments[:2])
    ann.tag_comments(db, frames, comments[:1], coder=bob)
    ann.add_highlight(db, ("comment", comments[0]), 0, 3, frames)
    ann.add_highlight(db, ("comment", comments[0]), 0, 7, frames, coder=bob)
    found = agreement.report(db, coder_names=[owner_name(engine_library), "Bob"], spans=True)
    assert found.units == comments
    (tag,) = found.tags
    assert (tag.tag, tag.units, tag.disagreements) == ("frames", 3, [comments[1]])
    assert tag.percent == pytest.approx(2 / 3)
    (disagreement,) = found.disagreements
    assert disagreement.codes == {owner_name(engine_library): True, "Bob": False}
    assert disagreement.article_id == article
    (span,) = found.spans
    assert (span.coded_characters, span.total_characters) == (7, len("one two") + len("three") + len("four"))
    assert span.coded_only == pytest.approx(3 / 7)


def test_coders_creating_one_tag_at_once_all_get_it(postgres_url: str) -> None:
    """glossa tag add finds or creates its tag in one step: a tag another coder created between
    the look and the create is found, not an error (5 connections at once on a server)."""
    Library.open(postgres_url).close()
    start = threading.Barrier(5)
    found: list[int] = []
    errors: list[BaseException] = []

    def coder() -> None:
        library = Library.open(postgres_url)
        try:
            start.wait()
            found.append(ann.find_or_create_tag(library.db, "team/claims/new"))
        except BaseException as error:  # reported by the assertion below
            errors.append(error)
        finally:
            library.close()

    threads = [threading.Thread(target=coder) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and len(found) == 5 and len(set(found)) == 1
    library = Library.open(postgres_url)
    try:
        assert execute(library.db, "SELECT COUNT(*) FROM tag").fetchone()[0] == 3
    finally:
        library.close()
