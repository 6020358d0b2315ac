"""Coder views (issue 23): the reads the window shows take a coder, and then show only that
coder's tag links, highlights, notes, counts and `tag:`/`has:` hits, so a coder coding blind sees
none of the others' work; without one they show everyone's. On both engines (`engine_library`)."""

from __future__ import annotations

import pytest
from peewee import Database

from desktop.store import annotations as ann
from desktop.store import coders, search
from desktop.store.db import Library
from desktop.store.models import OWNER_ID
from tests.store.test_annotations import make_article


@pytest.fixture
def coded(engine_library: Library) -> dict[str, int]:
    """One article, two comments; the owner and Vera each tag, highlight and note their own."""
    db = engine_library.db
    vera = coders.coder_id(db, "Vera")
    mine, _ = ann.create_tag(db, "mine")
    theirs, _ = ann.create_tag(db, "theirs")
    shared, _ = ann.create_tag(db, "shared")
    article, (first, second) = make_article(db, comments=[(None, "anna", "First comment."),
                                                          (None, "boris", "Second comment.")])
    ann.tag_comments(db, mine, [first], coder=OWNER_ID)
    ann.tag_comments(db, theirs, [second], coder=vera)
    ann.tag_comments(db, shared, [first], coder=OWNER_ID)
    ann.tag_comments(db, shared, [first, second], coder=vera)
    ann.tag_articles(db, theirs, [article], coder=vera)
    ann.add_highlight(db, ("comment", second), 0, 6, tag_id=theirs, coder=vera)
    ann.add_highlight(db, ("comment", first), 0, 5, tag_id=mine, coder=OWNER_ID)
    ann.set_note(db, ("comment", second), "Vera's note", coder=vera)
    ann.set_note(db, ("comment", first), "my note", coder=OWNER_ID)
    return {"vera": vera, "mine": mine, "theirs": theirs, "shared": shared, "article": article,
            "first": first, "second": second}


def _hits(db: Database, query: str, coder: int | None) -> set[tuple[str, int]]:
    hits = search.search(db, query, coder=coder).hits
    return {("article", h.article_id) if h.comment_id is None else ("comment", h.comment_id) for h in hits}


def test_only_mine_hides_the_others_chips_highlights_and_notes(engine_library: Library, coded: dict[str, int]) -> None:
    db, c = engine_library.db, coded
    assert ann.comment_tag_ids(db, c["article"], OWNER_ID) == {c["first"]: [c["mine"], c["shared"]]}
    assert ann.article_tag_ids(db, c["article"], OWNER_ID) == []
    assert [h.tag_id for h in ann.highlights_for_article(db, c["article"], OWNER_ID)] == [c["mine"]]
    assert [n.body for n in ann.notes_for_article(db, c["article"], OWNER_ID)] == ["my note"]
    assert ann.article_tag_marks(db, [c["article"]], OWNER_ID) == {c["article"]: sorted([c["mine"], c["shared"]])}
    # revealing (every coder's) shows them again
    assert ann.comment_tag_ids(db, c["article"]) == {c["first"]: [c["mine"], c["shared"]],
                                                     c["second"]: [c["theirs"], c["shared"]]}
    assert ann.article_tag_ids(db, c["article"]) == [c["theirs"]]
    assert len(ann.highlights_for_article(db, c["article"])) == 2
    assert {n.body for n in ann.notes_for_article(db, c["article"])} == {"my note", "Vera's note"}


def test_a_chosen_coders_view_shows_only_theirs(engine_library: Library, coded: dict[str, int]) -> None:
    db, c = engine_library.db, coded
    vera = c["vera"]
    assert ann.comment_tag_ids(db, c["article"], vera) == {c["first"]: [c["shared"]],
                                                           c["second"]: [c["theirs"], c["shared"]]}
    assert ann.article_tag_ids(db, c["article"], vera) == [c["theirs"]]
    highlights = ann.highlights_for_article(db, c["article"], vera)
    assert [(h.tag_id, h.note) for h in highlights] == [(c["theirs"], None)]
    assert [n.body for n in ann.notes_for_article(db, c["article"], vera)] == ["Vera's note"]
    # a coder who has written nothing sees nothing
    nobody = coders.coder_id(db, "Nobody")
    assert ann.comment_tag_ids(db, c["article"], nobody) == {}
    assert ann.notes_for_article(db, c["article"], nobody) == []


def test_counts_and_tag_filters_follow_the_coder(engine_library: Library, coded: dict[str, int]) -> None:
    db, c = engine_library.db, coded
    mine = ann.tag_counts(db, OWNER_ID)
    assert (mine[c["theirs"]].articles, mine[c["theirs"]].comments, mine[c["theirs"]].highlights) == (0, 0, 0)
    assert (mine[c["shared"]].comments, mine[c["mine"]].comments, mine[c["mine"]].highlights) == (1, 1, 1)
    every = ann.tag_counts(db)
    assert (every[c["theirs"]].articles, every[c["theirs"]].comments, every[c["theirs"]].highlights) == (1, 1, 1)
    assert every[c["shared"]].comments == 2
    assert ann.articles_with_tags(db, [c["theirs"]], coder=OWNER_ID) == []
    assert ann.articles_with_tags(db, [c["theirs"]]) == [c["article"]]
    assert ann.articles_with_tags(db, [c["theirs"]], coder=c["vera"]) == [c["article"]]
    assert ann.comments_with_tags(db, c["article"], [c["shared"]], coder=OWNER_ID) == [c["first"]]
    assert ann.comments_with_tags(db, c["article"], [c["shared"]]) == [c["first"], c["second"]]


def test_search_tag_and_has_follow_the_coder(engine_library: Library, coded: dict[str, int]) -> None:
    db, c = engine_library.db, coded
    assert _hits(db, "tag:theirs", OWNER_ID) == set()
    assert _hits(db, "tag:theirs", None) == {("article", c["article"]), ("comment", c["second"])}
    assert _hits(db, "tag:theirs", c["vera"]) == {("article", c["article"]), ("comment", c["second"])}
    assert _hits(db, "tag:shared", OWNER_ID) == {("comment", c["first"])}
    assert _hits(db, "has:note", OWNER_ID) == {("comment", c["first"])}
    assert _hits(db, "has:highlight", c["vera"]) == {("comment", c["second"])}
    assert _hits(db, "has:tag -tag:shared", OWNER_ID) == set()
    assert _hits(db, "has:tag -tag:shared", c["vera"]) == {("article", c["article"])}
    assert search.count(db, "tag:theirs", OWNER_ID) == 0
    assert search.count(db, "tag:theirs") == 2


def test_the_annotations_browser_reads_follow_the_coder(engine_library: Library, coded: dict[str, int]) -> None:
    db, c = engine_library.db, coded
    mine = ann.browse_annotations(db, coder=OWNER_ID)
    assert {(e.kind, e.text if e.kind == "note" else e.tag_ids) for e in mine} == {
        ("note", "my note"), ("highlight", (c["mine"],))}
    assert ann.browse_annotations(db, [c["theirs"]], coder=OWNER_ID) == []
    # Vera's note is on a comment she tagged "theirs"; the owner's tags do not carry it for her
    assert [e.text for e in ann.browse_annotations(db, [c["theirs"]], coder=c["vera"]) if e.kind == "note"] == [
        "Vera's note"]
    assert [e.text for e in ann.browse_annotations(db, [c["mine"]], coder=c["vera"])] == []
    assert len(ann.browse_annotations(db)) == 4


def test_who_put_each_chip_there(engine_library: Library, coded: dict[str, int]) -> None:
    db, c = engine_library.db, coded
    assert ann.article_tag_coders(db, c["article"]) == {c["theirs"]: [c["vera"]]}
    assert ann.comment_tag_coders(db, c["article"]) == {
        (c["first"], c["mine"]): [OWNER_ID], (c["second"], c["theirs"]): [c["vera"]],
        (c["first"], c["shared"]): [OWNER_ID, c["vera"]], (c["second"], c["shared"]): [c["vera"]]}
