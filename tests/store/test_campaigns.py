"""The campaign finder kept in the library (desktop/store/campaigns.py), on a real temp library."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest
from peewee import SqliteDatabase

from desktop.ingest.documents import ParsedComment, ParsedDocument
from desktop.store import annotations as ann
from desktop.store import campaign_marks, campaigns, migrations, summaries
from desktop.store.db import Library
from desktop.store.writer import comment_fingerprints, store_document

START = datetime(2026, 3, 1, 10, 0)
CAMPAIGN = "The government is lying to you about the war, wake up people and share this before it is deleted"
OTHER = "Prices for gas and electricity in the northern region rose again this winter, residents say"


def add_article(db: SqliteDatabase, title: str, comments: list[tuple[str, int, str]]) -> list[int]:
    """(handle, minutes after START, body) as top-level comments; their ids in order."""
    parsed = [ParsedComment(h, h, "Offline", START + timedelta(minutes=m), body, 1, None, str(i))
              for i, (h, m, body) in enumerate(comments, start=1)]
    document = ParsedDocument(title, None, [f"{title} text."], parsed, raw="", index=0, kind="A")
    with db.atomic():
        article_id = store_document(db, document, None, START).article_id
    return [row[0] for row in db.execute_sql(
        "SELECT id FROM comment WHERE article_id = ? ORDER BY position", (article_id,))]


@pytest.fixture
def seeded(library: Library) -> tuple[list[int], list[int]]:
    first = add_article(library.db, "One", [
        ("ann", 0, CAMPAIGN), ("bob", 3, CAMPAIGN.upper().replace("LYING", "LYNG") + " 😡"),
        ("cat", 4, OTHER), ("dan", 5, "+1"),
    ])
    second = add_article(library.db, "Two", [
        ("cat", 0, "The govеrnment is lying to you about the war! Wake up, people, and share this before it's deleted"),
        ("dan", 200, "+1"), ("eve", 300, OTHER.replace("again", "")),
    ])
    return first, second


def test_first_analysis_finds_the_campaign_and_keeps_its_work(library: Library, seeded) -> None:  # type: ignore[no-untyped-def]
    first, second = seeded
    report = campaigns.update(library.db)
    assert report.full and report.sketched == 5  # "+1" is kept as sketched, but is not evidence
    found = campaigns.load(library.db)
    assert [c.comment_ids for c in found] == [[first[0], second[0], first[1]], [first[2], second[2]]]
    campaign = found[0]
    assert campaign.id == first[0] and campaign.authors == ["ann", "bob", "cat"]
    assert campaign.first == START and campaign.last == START + timedelta(minutes=3)
    assert campaign.burst  # three within 30 minutes
    assert not found[1].burst
    assert campaigns.kept_similarity(library.db) == 0.8
    assert library.db.execute_sql("SELECT COUNT(*) FROM comment_sketch").fetchone()[0] == 7
    # Nothing new: nothing sketched or compared again, the same result.
    again = campaigns.update(library.db)
    assert (again.sketched, again.compared, again.full) == (0, 0, False)
    assert [c.comment_ids for c in campaigns.load(library.db)] == [c.comment_ids for c in found]


def test_new_comments_are_compared_incrementally(library: Library, seeded) -> None:  # type: ignore[no-untyped-def]
    first, second = seeded
    campaigns.update(library.db)
    third = add_article(library.db, "Three", [("fay", 10, CAMPAIGN + " now"), ("gus", 20, "Unrelated text " * 5)])
    report = campaigns.update(library.db)
    assert not report.full and report.sketched == 2 and report.compared == 2
    assert campaigns.load(library.db)[0].comment_ids == [first[0], second[0], first[1], third[0]]


def test_min_handles_and_window(library: Library, seeded) -> None:  # type: ignore[no-untyped-def]
    campaigns.update(library.db)
    assert len(campaigns.load(library.db, min_handles=3)) == 1
    assert not campaigns.load(library.db, window=timedelta(minutes=2))[0].burst


def test_a_new_threshold_compares_everything_again(library: Library, seeded) -> None:  # type: ignore[no-untyped-def]
    campaigns.update(library.db)
    strict = campaigns.update(library.db, similarity=0.99)
    assert strict.full and strict.sketched == 0
    assert campaigns.load(library.db) == []  # the edited copies are below 0.99
    assert campaigns.kept_similarity(library.db) == 0.99
    with pytest.raises(ValueError):
        campaigns.update(library.db, similarity=0)


def edit(db: SqliteDatabase, comment_id: int, body: str) -> None:
    """A comment's text replaced as the importer replaces it (desktop/store/writer.py, a cut
    comment completed): with the fingerprint of the new text."""
    handle, posted = db.execute_sql(
        "SELECT a.handle, c.posted_at FROM comment c JOIN author a ON a.id = c.author_id WHERE c.id = ?", (comment_id,)
    ).fetchone()
    (key,) = comment_fingerprints([ParsedComment(handle, None, "Offline", None, body, 1, None, "1")], [posted])
    db.execute_sql("UPDATE comment SET body = ?, fingerprint = ? WHERE id = ?", (body, key, comment_id))


def test_a_changed_body_is_sketched_again_and_deleted_comments_leave(library: Library, seeded) -> None:  # type: ignore[no-untyped-def]
    first, second = seeded
    campaigns.update(library.db)
    edit(library.db, first[1], OTHER + " and more words here")
    report = campaigns.update(library.db)
    assert report.sketched == 1
    found = campaigns.load(library.db)
    assert [c.comment_ids for c in found] == [[first[1], first[2], second[2]], [first[0], second[0]]]
    library.db.execute_sql("DELETE FROM comment WHERE id = ?", (second[0],))
    summaries.refresh_all(library.db)
    assert [c.comment_ids for c in campaigns.load(library.db)] == [[first[1], first[2], second[2]]]


def test_an_edit_of_the_same_length_is_seen(library: Library, seeded) -> None:  # type: ignore[no-untyped-def]
    first, second = seeded
    campaigns.update(library.db)
    same_length = ("Nothing to do with the war: " + OTHER).ljust(len(CAMPAIGN), ".")[: len(CAMPAIGN)]
    body = library.db.execute_sql("SELECT body FROM comment WHERE id = ?", (first[0],)).fetchone()[0]
    assert len(same_length) == len(body) and same_length != body
    edit(library.db, first[0], same_length)
    report = campaigns.update(library.db)
    assert report.sketched == 1 and report.compared == 1
    assert [c.comment_ids for c in campaigns.load(library.db)] == [[second[0], first[1]], [first[2], second[2]]]


def note_on(db: SqliteDatabase, first_comment: int, text: str) -> int:
    key = campaigns.campaign_keys(db, [first_comment])[first_comment]
    ann.set_note(db, ("campaign", key), text)
    return key


def test_a_note_on_a_campaign_stays_while_its_first_comment_is_in_one(library: Library, seeded) -> None:  # type: ignore[no-untyped-def]
    first, second = seeded
    campaigns.update(library.db)
    assert set(campaigns.campaign_keys(library.db, [first[0], first[2], first[1]])) == {first[0], first[2]}
    big = note_on(library.db, first[0], "Copied from a Telegram channel")
    small = note_on(library.db, first[2], "Prices")
    assert ann.describe_target(library.db, ("campaign", big)).startswith("Campaign: “The government is lying")
    add_article(library.db, "Three", [("fay", 10, CAMPAIGN + " now")])
    campaigns.update(library.db)  # the campaign grew: the same row, the same note
    assert campaigns.campaign_keys(library.db, [first[0]]) == {first[0]: big}
    assert ann.get_note(library.db, ("campaign", big)).body == "Copied from a Telegram channel"  # type: ignore[union-attr]
    edit(library.db, second[2], CAMPAIGN)  # eve's copy of the price text is gone: that campaign dissolves
    campaigns.update(library.db)
    assert campaigns.campaign_keys(library.db, [first[2]]) == {}
    detached = [e for e in ann.browse_annotations(library.db) if e.detached]
    assert [(e.target_kind, e.text, e.label[:30]) for e in detached] == [("campaign", "Prices", f"“{OTHER[:29]}")]
    assert ann.describe_target(library.db, ("campaign", small)) == "campaign (dissolved)"
    assert ann.get_note(library.db, ("campaign", big)) is not None


def test_merged_campaigns_keep_the_first_ones_row(library: Library) -> None:
    edited = "The government is lying to you about the war, wake up friends and tell everyone before they delete it"
    older = add_article(library.db, "Zero", [("zed", 0, edited), ("yan", 1, edited + "!")])
    ids = add_article(library.db, "One", [("ann", 2, CAMPAIGN), ("bob", 3, CAMPAIGN + "!")])
    campaigns.update(library.db)
    zero = note_on(library.db, older[0], "the edited text")
    one = note_on(library.db, ids[0], "the text")
    campaigns.update(library.db, similarity=0.4)  # now one campaign, its first comment zed's
    assert [c.id for c in campaigns.load(library.db)] == [older[0]]
    assert campaigns.campaign_keys(library.db, [older[0], ids[0]]) == {older[0]: zero}
    assert ann.get_note(library.db, ("campaign", zero)).body == "the edited text"  # type: ignore[union-attr]
    assert [e.text for e in ann.browse_annotations(library.db) if e.detached] == ["the text"]
    assert ann.describe_target(library.db, ("campaign", one)) == "campaign (dissolved)"


def test_a_merged_campaign_keeps_the_note_of_the_one_that_had_it(library: Library) -> None:
    edited = "The government is lying to you about the war, wake up friends and tell everyone before they delete it"
    older = add_article(library.db, "Zero", [("zed", 0, edited), ("yan", 1, edited + "!")])
    ids = add_article(library.db, "One", [("ann", 2, CAMPAIGN), ("bob", 3, CAMPAIGN + "!")])
    campaigns.update(library.db)
    key = note_on(library.db, ids[0], "the text")  # the later campaign only
    campaigns.update(library.db, similarity=0.4)
    assert campaigns.campaign_keys(library.db, [older[0], ids[0]]) == {older[0]: key}
    assert ann.get_note(library.db, ("campaign", key)).body == "the text"  # type: ignore[union-attr]
    assert [e for e in ann.browse_annotations(library.db) if e.detached] == []


def test_a_campaign_row_moves_to_an_older_comment_that_joins(library: Library) -> None:
    edited = "The government is lying to you about the war, wake up friends and tell everyone before they delete it"
    older = add_article(library.db, "Zero", [("zed", 0, edited)])
    ids = add_article(library.db, "One", [("ann", 2, CAMPAIGN), ("bob", 3, CAMPAIGN + "!")])
    campaigns.update(library.db)
    key = note_on(library.db, ids[0], "the text")
    campaigns.update(library.db, similarity=0.4)
    assert campaigns.campaign_keys(library.db, [older[0], ids[0]]) == {older[0]: key}
    assert ann.get_note(library.db, ("campaign", key)).body == "the text"  # type: ignore[union-attr]


def test_a_note_on_a_campaign_is_undone_and_its_deleted_first_comment_detaches_it(library: Library, seeded) -> None:  # type: ignore[no-untyped-def]
    first, _ = seeded
    campaigns.update(library.db)
    key = campaigns.campaign_keys(library.db, [first[0]])[first[0]]
    change = ann.set_note(library.db, ("campaign", key), "a note")
    assert change.label == "Edit note on campaign"
    ann.undo(library.db, change)
    assert ann.get_note(library.db, ("campaign", key)) is None
    ann.redo(library.db, change)
    library.db.execute_sql("DELETE FROM comment WHERE id = ?", (first[0],))
    summaries.refresh_all(library.db)
    assert library.db.execute_sql("SELECT campaign_id, body FROM note").fetchall() == [(None, "a note")]


def test_cancel_keeps_what_was_sketched(library: Library, seeded) -> None:  # type: ignore[no-untyped-def]
    stages: list[str] = []

    def progress(stage: str, done: int, total: int) -> None:
        stages.append(stage)

    with pytest.raises(campaigns.Cancelled):
        campaigns.update(library.db, progress=progress, cancelled=lambda: "sketching" in stages[1:])
    assert library.db.execute_sql("SELECT COUNT(*) FROM comment_sketch").fetchone()[0] == 7
    assert campaigns.kept_similarity(library.db) is None
    assert campaigns.update(library.db).sketched == 0


def test_annotations_are_untouched(library: Library, seeded) -> None:  # type: ignore[no-untyped-def]
    first, _ = seeded
    tag, _ = ann.create_tag(library.db, "campaign", "#ff0000")
    ann.tag_comments(library.db, tag, [first[0]])
    campaigns.update(library.db)
    assert library.db.execute_sql("SELECT comment_id FROM comment_tag").fetchall() == [(first[0],)]


def test_co_posting_from_the_library(library: Library) -> None:
    for n in range(6):
        add_article(library.db, f"A{n}", [("x", 0, "first words"), ("y", 1, "second words"), ("z", 300, "late")])
    found = campaigns.co_posting(library.db)
    assert [(p.authors, p.articles, p.shared) for p in found] == [(("x", "y"), 6, 6)]


def test_the_thread_marks_comments_copied_across_handles(library: Library, seeded) -> None:  # type: ignore[no-untyped-def]
    first, _ = seeded
    assert campaign_marks.campaign_comments(library.db, 1) == set()  # before any analysis
    campaigns.update(library.db)
    article = library.db.execute_sql("SELECT article_id FROM comment WHERE id = ?", (first[0],)).fetchone()[0]
    assert campaign_marks.campaign_comments(library.db, article) == {first[0], first[1], first[2]}
    same_handle = add_article(library.db, "Three", [("zed", 0, CAMPAIGN[::-1]), ("zed", 5, CAMPAIGN[::-1] + "!")])
    campaigns.update(library.db)
    zed_article = library.db.execute_sql("SELECT article_id FROM comment WHERE id = ?", (same_handle[0],)).fetchone()
    assert campaign_marks.campaign_comments(library.db, zed_article[0]) == set()  # one handle repeating itself


def test_what_a_commenter_profile_shows(library: Library, seeded) -> None:  # type: ignore[no-untyped-def]
    ann = library.db.execute_sql("SELECT id FROM author WHERE handle = 'ann'").fetchone()[0]
    assert campaign_marks.copied_with(library.db, ann) == []  # before any analysis
    assert campaign_marks.posting_partners(library.db, "ann") == []
    campaigns.update(library.db)
    assert {handle for handle, _ in campaign_marks.copied_with(library.db, ann)} == {"bob", "cat"}
    for n in range(6):
        add_article(library.db, f"A{n}", [("x", 0, "first words"), ("y", 1, "second words"), ("z", 300, "late")])
    assert campaigns.kept_co_posting(library.db) == []  # kept as of the last analysis
    campaigns.update(library.db)
    assert campaigns.kept_co_posting(library.db) == campaigns.co_posting(library.db)
    assert campaign_marks.posting_partners(library.db, "x") == [("y", 6)]
    assert campaign_marks.posting_partners(library.db, "z") == []


V8_TABLES = ("band_chunk", "pending_sketch", "near_duplicate_group", "co_posting_article")


V10_COLUMNS = (("note", "saved_by_id"), ("note_revision", "coder_id"))


def test_a_v7_library_upgrades_with_its_annotations_and_its_analysis(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A library analysed by version 7 (the v8 tables are all version 8 adds) opens upgraded with
    its tags and notes, the note on a campaign still on it, and its kept analysis goes on: the
    next update is incremental and finds what a full analysis finds."""
    path = tmp_path / "old.glossa"
    library = Library.open(path)
    first = add_article(library.db, "One", [("ann", 0, CAMPAIGN), ("bob", 3, CAMPAIGN + "!"), ("cat", 4, OTHER)])
    tag, _ = ann.create_tag(library.db, "campaign", "#ff0000")
    ann.tag_comments(library.db, tag, [first[0]])
    campaigns.update(library.db)
    key = note_on(library.db, first[0], "Copied from a Telegram channel")
    kept = ("SELECT id, target_kind, campaign_id, body FROM note ORDER BY id",
            "SELECT tag_id, comment_id, coder_id FROM comment_tag ORDER BY id",
            "SELECT id, comment_id FROM campaign ORDER BY id",
            "SELECT comment_id, other_id, similarity FROM near_duplicate ORDER BY id")
    before = [library.db.execute_sql(sql).fetchall() for sql in kept]
    library.close()
    raw = sqlite3.connect(path)
    for table in V8_TABLES:
        raw.execute(f"DROP TABLE {table}")
    raw.execute("DELETE FROM analysis_setting WHERE key IN"
                " ('campaigns.bands', 'campaigns.groups', 'campaigns.co_posting_counts')")
    raw.execute("PRAGMA user_version = 7")
    raw.commit()
    # What version 10 adds: two columns, which DROP COLUMN refuses while a foreign key names them.
    raw.execute("PRAGMA writable_schema = ON")
    for table, column in V10_COLUMNS:
        raw.execute("UPDATE sqlite_master SET sql = replace(sql, ?, '') WHERE name = ?",
                    (f', FOREIGN KEY ("{column}") REFERENCES "coder" ("id")', table))
    raw.execute("PRAGMA writable_schema = OFF")
    raw.commit()
    raw.close()
    raw = sqlite3.connect(path)  # the schema as edited
    for table, column in V10_COLUMNS:
        raw.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    raw.commit()
    raw.close()

    library = Library.open(path)
    assert library.db.pragma("user_version") == migrations.SCHEMA_VERSION
    assert path.with_name(f"old.before-v{migrations.SCHEMA_VERSION}.glossa.bak").exists()
    assert [library.db.execute_sql(sql).fetchall() for sql in kept] == before
    third = add_article(library.db, "Three", [("fay", 10, CAMPAIGN + " now"), ("gus", 11, OTHER + " too")])
    report = campaigns.update(library.db)
    assert not report.full and report.compared == 2
    assert campaigns.load(library.db)[0].comment_ids == [first[0], first[1], third[0]]
    assert ann.get_note(library.db, ("campaign", key)).body == "Copied from a Telegram channel"  # type: ignore[union-attr]
    found = (campaigns.load(library.db), campaigns.kept_co_posting(library.db))
    library.close()
    fresh = Library.open(tmp_path / "fresh.glossa")
    add_article(fresh.db, "One", [("ann", 0, CAMPAIGN), ("bob", 3, CAMPAIGN + "!"), ("cat", 4, OTHER)])
    add_article(fresh.db, "Three", [("fay", 10, CAMPAIGN + " now"), ("gus", 11, OTHER + " too")])
    campaigns.update(fresh.db)
    assert (campaigns.load(fresh.db), campaigns.kept_co_posting(fresh.db)) == found
    fresh.close()


def test_an_update_cancelled_after_sketching_leaves_its_comments_to_compare(library: Library, seeded) -> None:  # type: ignore[no-untyped-def]
    first, second = seeded
    campaigns.update(library.db)
    third = add_article(library.db, "Three", [("fay", 10, CAMPAIGN + " now")])
    stages: list[str] = []

    def progress(stage: str, done: int, total: int) -> None:
        stages.append(stage)

    with pytest.raises(campaigns.Cancelled):
        campaigns.update(library.db, progress=progress, cancelled=lambda: "comparing" in stages)
    report = campaigns.update(library.db)  # nothing to sketch, the sketched comment still compared
    assert (report.sketched, report.compared, report.full) == (0, 1, False)
    assert campaigns.load(library.db)[0].comment_ids == [first[0], second[0], first[1], third[0]]
