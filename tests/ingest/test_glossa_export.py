"""The Glossa JSON reader's checks (desktop/ingest/glossa_export.py): every value of an export
typed before the store sees it, and how far each mistake reaches."""

from __future__ import annotations

from typing import Any

from desktop.ingest import glossa_export as checked
from desktop.ingest.json_values import LongNumber


def export(**fields: Any) -> dict[str, Any]:
    return {"format": "glossa", "version": 1, "articles": [], **fields}


NOTE = {"text": "Newest.", "created_at": "2024-01-02T03:04:05", "updated_at": "not a time", "coder": "ann",
        "revisions": [{"text": "Newer.", "saved_at": "2024-01-01T00:00:00"}, {"text": "Oldest."}]}  # fmt: skip


def test_a_sound_export_is_typed_as_the_store_takes_it() -> None:
    result = checked.check(export(
        articles=[{"id": 7, "title": "T", "paragraphs": ["P."], "read": True,
                   "source": {"imported_at": "2023-05-06T07:08:09"}, "notes": [NOTE],
                   "codings": [{"tag": "a/b", "coder": "ann", "created_at": "2023-01-01T00:00:00"}],
                   "comments": [{"id": 3, "author": "x", "body": "hi", "posted_at": "2023-05-06T08:00:00"},
                                {"id": 2**64, "parent_id": 3, "author": "y", "body": "re", "read": True,
                                 "highlights": [{"id": 9, "start": 0, "end": 2, "text": "re", "tag": "a"}]}]}],
        tags=[{"path": "a", "color": 5, "favorite_slot": 3}], authors=[{"handle": "x", "aliases": ["X"]}],
        campaigns=[{"comment_id": 3, "label": "“hi”", "notes": [NOTE]}],
    ))  # fmt: skip
    assert result.unusable is None and result.detached_problem is None and result.campaigns_problem is None
    (article,) = result.articles
    assert isinstance(article, checked.Article)
    assert (article.id, article.key, article.read, article.starred, article.imported_at, article.updated_at) == (
        7, (int, 7), True, False, "2023-05-06 07:08:09", None)
    assert [c.handle for c in article.document.comments] == ["x", "y"]
    assert article.document.comments[1].parent == 0  # the nearest comment before it with that id
    assert [(c.exported_id, c.id, c.read) for c in article.comments] == [(3, 3, False), (2**64, None, True)]
    assert article.comments[1].annotations.highlights[0].tag == "a"
    assert article.annotations.codings == [("a/b", "ann", "2023-01-01 00:00:00")]
    (note,) = article.annotations.notes
    assert (note.text, note.created_at, note.updated_at, note.coder) == ("Newest.", "2024-01-02 03:04:05", None, "ann")
    assert [(r.text, r.saved_at) for r in note.revisions] == [("Oldest.", None), ("Newer.", "2024-01-01 00:00:00")]
    assert result.tags == [checked.Tag("a", None, 3, [])]
    assert result.authors == [checked.Author("x", ["X"], [])]
    assert [(c.comment_id, c.label, len(c.notes)) for c in result.campaigns] == [(3, "“hi”", 1)]


def test_an_article_the_file_gets_wrong_is_rejected_alone() -> None:
    result = checked.check(export(articles=[
        {"title": None},
        {"title": "Good"},
        {"title": "Backwards", "highlights": [{"start": 5, "end": 2, "text": "x"}]},
        {"title": "Deep", "comments": [{"author": "a", "body": "x", "depth": LongNumber("1" * 40)}]},
        {"title": "Anonymous", "comments": [{"author": " ", "body": "x"}]},
        "not an object",
    ]))  # fmt: skip
    assert isinstance(result.articles[1], checked.Article)
    rejected = [(a.number, a.title, a.problem) for a in result.articles if isinstance(a, checked.RejectedArticle)]
    assert rejected == [
        (1, "'None'", "title is not text"),
        (3, "'Backwards'", "a highlight from 5 to 2"),
        (4, "'Deep'", "depth is too large"),
        (5, "'Anonymous'", "comment 1 has no author"),
        (6, "'None'", "an article is not an object"),
    ]


def test_a_wrong_code_book_makes_the_export_unusable_and_a_wrong_detached_part_leaves_it_out() -> None:
    assert checked.check(export(tags="war")).unusable == "not a usable Glossa export: tags is not a list"
    assert checked.check(export(authors=[{"handle": ""}])).unusable == (
        "not a usable Glossa export: an author without a handle")
    result = checked.check(export(
        detached={"notes": [{"target_kind": "mood", "text": "x"}], "highlights": [{"target_kind": "article",
                  "start": 0, "end": 1, "text": "x"}]},
        campaigns=[{"comment_id": 1, "notes": [{"text": 3}]}],
    ))  # fmt: skip
    assert (result.unusable, result.detached_notes, result.detached_highlights) == (None, [], [])
    assert result.detached_problem == "a note on 'mood'"
    assert (result.campaigns, result.campaigns_problem) == ([], "a note's text is not text")
