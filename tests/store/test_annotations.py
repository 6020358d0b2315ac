"""Tags, highlights and notes at the store level, and the undo data of every operation: each test
runs on both engines a library can live on (SQLite and PostgreSQL, the `engine_library` fixture)."""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from typing import Any

import pytest
from peewee import Database

from desktop.store import annotations as ann
from desktop.store import summaries
from desktop.store.annotations import Target
from desktop.store.db import Library
from desktop.store.dialect import execute, execute_many, insert_id, of

TABLES = ("tag", "article_tag", "comment_tag", "highlight", "note", "note_revision")


def make_article(
    db: Database,
    paragraphs: Sequence[str] = ("First paragraph.", "Second one."),
    comments: Sequence[tuple[int | None, str, str]] = (),
    title: str = "A title",
) -> tuple[int, list[int]]:
    """An article and its comments: (parent index or None, author handle, body) each.
    Returns the article id and the comment ids in order."""
    article_id = insert_id(
        db, "INSERT INTO article (title, paragraphs, raw_text, kind, fingerprint, source_position, warnings,"
        " imported_at, updated_at, is_read, is_starred) VALUES (?, ?, '', 'A', ?, 0, '[]',"
        " '2024-01-01 10:00:00', '2024-01-01 10:00:00', 0, 0)",
        (title, json.dumps(list(paragraphs), ensure_ascii=False), title),
    )
    ids: list[int] = []
    for position, (parent, handle, body) in enumerate(comments):
        execute(db, of(db).insert("author", ["handle"], ignore=True), (handle,))
        author_id = execute(db, "SELECT id FROM author WHERE handle = ?", (handle,)).fetchone()[0]
        ids.append(insert_id(
            db, "INSERT INTO comment (article_id, parent_id, position, depth, path, author_id, status, posted_at,"
            " body, fingerprint, truncated, is_read) VALUES (?, ?, ?, 1, ?, ?, 'Offline', NULL, ?, ?, 0, 0)",
            (article_id, ids[parent] if parent is not None else None, position, str(position), author_id, body,
             f"f{position}"),
        ))  # fmt: skip
    summaries.refresh(db, [article_id])  # what the store's writer keeps with the comments
    return article_id, ids


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    return {t: [tuple(r) for r in execute(db, f"SELECT * FROM {t} ORDER BY id")] for t in TABLES}


def author_id(db: Database, handle: str) -> int:
    return int(execute(db, "SELECT id FROM author WHERE handle = ?", (handle,)).fetchone()[0])


def assert_references_hold(db: Database) -> None:
    """No row refers to one that is not there. PostgreSQL checks every reference when a statement
    or a transaction ends; SQLite is asked."""
    if of(db).name == "sqlite":
        assert not execute(db, "PRAGMA foreign_key_check").fetchall()


def check_undo_redo(db: Database, before: dict[str, Any], change: ann.Change) -> None:
    """Undo restores the exact rows (ids included), redo the exact state after."""
    after = snapshot(db)
    assert after != before
    ann.undo(db, change)
    assert snapshot(db) == before
    ann.redo(db, change)
    assert snapshot(db) == after
    assert_references_hold(db)


@pytest.fixture
def db(engine_library: Library) -> Database:
    return engine_library.db


@pytest.fixture
def thread(db: Database) -> tuple[int, list[int]]:
    """0: root by anna; 1: reply to 0 by boris; 2: reply to 1 by anna; 3: another root by vera."""
    return make_article(
        db,
        ("Президент заявил о переговорах.", "Second paragraph with a name: Biden."),
        [(None, "anna", "Это пропаганда, чистая."), (0, "boris", "No it is not."), (1, "anna", "It is."),
         (None, "vera", "Unrelated 🙂 comment")],
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------- tags


def test_create_tag_makes_missing_ancestors(db: Database) -> None:
    tag_id, change = ann.create_tag(db, "propaganda/dehumanisation", "#AA00ff")
    assert ann.tag_path(db, tag_id) == "propaganda/dehumanisation"
    tree = ann.tag_tree(db)
    assert [(t.path, t.depth) for t in tree] == [("propaganda", 0), ("propaganda/dehumanisation", 1)]
    assert tree[1].color == "#aa00ff"
    assert tree[0].color in ann.PALETTE
    assert change.label == "Create tag propaganda/dehumanisation" and not change.empty
    other, _ = ann.create_tag(db, " propaganda / whataboutism ")
    assert ann.tag_path(db, other) == "propaganda/whataboutism"
    assert ann.find_tag(db, "propaganda/whataboutism") == other
    assert ann.find_tag(db, "propaganda/nothing") is None
    assert len(ann.tag_tree(db)) == 3  # the parent was reused


def test_create_tag_refuses_duplicates_and_bad_input(db: Database) -> None:
    ann.create_tag(db, "a/b")
    with pytest.raises(ann.TagError, match="already exists"):
        ann.create_tag(db, "a/b")
    for path in ("", "a//b", "/a", "a/", "   ", "bad\x00name"):
        with pytest.raises(ann.TagError):
            ann.create_tag(db, path)
    for color in ("red", "#12345", "#1234567", "#gggggg"):
        with pytest.raises(ann.TagError, match="colour"):
            ann.create_tag(db, "c", color)
    assert [t.path for t in ann.tag_tree(db)] == ["a", "a/b"]


def test_root_names_are_unique_in_the_database_too(db: Database) -> None:
    ann.create_tag(db, "root")
    with pytest.raises(Exception, match=r"(?i)unique"):
        execute(db, "INSERT INTO tag (parent_id, name, color, created_at)"
                " VALUES (NULL, 'root', '#000000', '2024-01-01 10:00:00')")


def test_create_undo_redo_keeps_ids(db: Database) -> None:
    before = snapshot(db)
    tag_id, change = ann.create_tag(db, "x/y/z")
    check_undo_redo(db, before, change)
    assert ann.tag_path(db, tag_id) == "x/y/z"


def test_rename_recolor(db: Database) -> None:
    tag_id, _ = ann.create_tag(db, "a/b", "#000000")
    ann.create_tag(db, "a/c")
    before = snapshot(db)
    change = ann.rename_tag(db, tag_id, "Бэ")
    assert ann.tag_path(db, tag_id) == "a/Бэ"
    check_undo_redo(db, before, change)
    with pytest.raises(ann.TagError, match="already a tag a/c"):
        ann.rename_tag(db, tag_id, "c")
    with pytest.raises(ann.TagError, match="'/'"):
        ann.rename_tag(db, tag_id, "d/e")
    assert ann.rename_tag(db, tag_id, "Бэ").empty
    before = snapshot(db)
    change = ann.recolor_tag(db, tag_id, "#ABCDEF")
    assert {t.id: t.color for t in ann.tag_tree(db)}[tag_id] == "#abcdef"
    check_undo_redo(db, before, change)


def test_move_refuses_cycles_and_clashes(db: Database) -> None:
    a, _ = ann.create_tag(db, "a")
    b, _ = ann.create_tag(db, "a/b")
    c, _ = ann.create_tag(db, "a/b/c")
    x, _ = ann.create_tag(db, "x")
    ann.create_tag(db, "x/b")
    with pytest.raises(ann.TagError, match="below itself"):
        ann.move_tag(db, a, c)
    with pytest.raises(ann.TagError, match="below itself"):
        ann.move_tag(db, b, b)
    with pytest.raises(ann.TagError, match="merge"):
        ann.move_tag(db, b, x)
    before = snapshot(db)
    change = ann.move_tag(db, c, None)
    assert ann.tag_path(db, c) == "c"
    check_undo_redo(db, before, change)
    before = snapshot(db)
    change = ann.move_tag(db, a, x)
    assert ann.tag_path(db, b) == "x/a/b"
    check_undo_redo(db, before, change)


def test_favorites_move_between_tags_and_undo_swaps_back(db: Database) -> None:
    a, _ = ann.create_tag(db, "a")
    b, _ = ann.create_tag(db, "b")
    ann.set_favorite(db, a, 1)
    before = snapshot(db)
    change = ann.set_favorite(db, b, 1)
    assert ann.favorites(db) == {1: b}
    check_undo_redo(db, before, change)
    ann.undo(db, change)
    assert ann.favorites(db) == {1: a}
    ann.set_favorite(db, a, None)
    assert ann.favorites(db) == {}
    for slot in (0, 10, -1):
        with pytest.raises(ann.TagError):
            ann.set_favorite(db, a, slot)


def test_tagging_articles_and_comments(db: Database, thread: tuple[int, list[int]]) -> None:
    article, comments = thread
    tag, _ = ann.create_tag(db, "t")
    before = snapshot(db)
    change = ann.tag_articles(db, tag, [article, 999_999])  # a missing id is ignored
    assert ann.article_tag_ids(db, article) == [tag]
    check_undo_redo(db, before, change)
    assert ann.tag_articles(db, tag, [article]).empty  # already tagged: nothing to undo
    before = snapshot(db)
    change = ann.tag_comments(db, tag, comments[:2])
    assert ann.comment_tag_ids(db, article) == {comments[0]: [tag], comments[1]: [tag]}
    assert change.label == "Tag 2 comments with t"
    check_undo_redo(db, before, change)
    before = snapshot(db)
    change = ann.untag_comments(db, tag, [comments[0]])
    assert ann.comment_tag_ids(db, article) == {comments[1]: [tag]}
    check_undo_redo(db, before, change)
    change = ann.untag_articles(db, tag, [article])
    assert ann.article_tag_ids(db, article) == []
    with pytest.raises(ann.TagError):
        ann.tag_comments(db, 12345, comments)


def test_subthread_tagging_is_one_step(db: Database, thread: tuple[int, list[int]]) -> None:
    article, comments = thread
    tag, _ = ann.create_tag(db, "t")
    assert ann.subthread_ids(db, comments[0]) == comments[:3]
    before = snapshot(db)
    change = ann.tag_subthread(db, tag, comments[0])
    assert sorted(ann.comment_tag_ids(db, article)) == comments[:3]
    check_undo_redo(db, before, change)
    change = ann.untag_subthread(db, tag, comments[1])
    assert sorted(ann.comment_tag_ids(db, article)) == [comments[0]]
    with pytest.raises(ann.AnnotationError):
        ann.subthread_ids(db, 987654)


def test_subthread_of_a_very_deep_tree_and_a_cycle(db: Database) -> None:
    depth = 100_000
    article, (root,) = make_article(db, comments=[(None, "a", "root")])
    execute(db, of(db).insert("author", ["handle"], ignore=True), ("deep",))
    author = author_id(db, "deep")
    rows = [
        (root + i, article, root + i - 1, i, i, "p", author, "Offline", f"c{i}", f"k{i}", 0, 0)
        for i in range(1, depth)
    ]
    with db.atomic():
        execute_many(
            db, "INSERT INTO comment (id, article_id, parent_id, position, depth, path, author_id, status, body,"
            " fingerprint, truncated, is_read) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        summaries.refresh(db, [article])
    tag, _ = ann.create_tag(db, "deep")
    started = time.perf_counter()
    change = ann.tag_subthread(db, tag, root)
    assert time.perf_counter() - started < 20
    assert execute(db, "SELECT COUNT(*) FROM comment_tag").fetchone()[0] == depth
    ann.undo(db, change)
    assert execute(db, "SELECT COUNT(*) FROM comment_tag").fetchone()[0] == 0
    # a cycle: the root's parent is a comment below it
    execute(db, "UPDATE comment SET parent_id = ? WHERE id = ?", (root + 10, root))
    assert len(ann.subthread_ids(db, root + 5)) == depth
    summaries.refresh(db, [article])


def test_usage_and_counts(db: Database, thread: tuple[int, list[int]]) -> None:
    article, comments = thread
    parent, _ = ann.create_tag(db, "p")
    child, _ = ann.create_tag(db, "p/c")
    ann.tag_articles(db, parent, [article])
    ann.tag_comments(db, child, comments[:2])
    ann.tag_comments(db, parent, comments[:1])
    ann.add_highlight(db, Target("comment", comments[0]), 0, 3, tag_id=child)
    ann.set_note(db, Target("tag", child), "what it means")
    usage = ann.tag_usage(db, parent)
    assert usage == ann.TagUsage(articles=1, comments=2, highlights=1, notes=1, descendants=1)
    assert ann.tag_usage(db, parent, descendants=False) == ann.TagUsage(articles=1, comments=1, descendants=1)
    counts = ann.tag_counts(db)
    assert counts[child] == ann.TagUsage(comments=2, highlights=1, notes=1)
    assert counts[parent].descendants == 1
    assert not ann.tag_usage(db, ann.create_tag(db, "unused")[0]).in_use


# ---------------------------------------------------------------------------------------------- merge


def test_merge_moves_everything_and_undoes_exactly(db: Database, thread: tuple[int, list[int]]) -> None:
    article, comments = thread
    other_article, _ = make_article(db, title="Other")
    source, _ = ann.create_tag(db, "src")
    target, _ = ann.create_tag(db, "dst")
    same_name, _ = ann.create_tag(db, "src/kid")  # dst has a kid too: merged into it
    twin, _ = ann.create_tag(db, "dst/kid")
    grandchild, _ = ann.create_tag(db, "src/kid/grand")
    only_in_source, _ = ann.create_tag(db, "src/solo")
    ann.tag_articles(db, source, [article, other_article])
    ann.tag_articles(db, target, [article])  # a duplicate after the merge
    ann.tag_comments(db, source, comments)
    ann.tag_comments(db, same_name, comments[:1])
    ann.tag_comments(db, twin, comments[:2])
    highlight, _ = ann.add_highlight(db, Target("article", article), 0, 9, tag_id=source)
    ann.set_note(db, Target("tag", source), "source note")
    ann.set_note(db, Target("tag", target), "target note")
    ann.set_note(db, Target("tag", same_name), "kid note")
    ann.set_favorite(db, source, 3)
    before = snapshot(db)

    change = ann.merge_tags(db, source, target)

    assert change.label == "Merge tag src into dst"
    assert [t.path for t in ann.tag_tree(db)] == ["dst", "dst/kid", "dst/kid/grand", "dst/solo"]
    assert ann.tag_path(db, grandchild) == "dst/kid/grand" and ann.tag_path(db, only_in_source) == "dst/solo"
    assert sorted(ann.articles_with_tags(db, [target], descendants=False)) == [article, other_article]
    links = execute(db, "SELECT tag_id, article_id FROM article_tag ORDER BY 2").fetchall()
    assert links == [(target, article), (target, other_article)]  # no duplicate
    assert set(ann.comment_tag_ids(db, article)) == set(comments)
    assert set(ann.comment_tag_ids(db, article)[comments[0]]) == {twin, target}
    assert set(ann.comment_tag_ids(db, article)[comments[2]]) == {target}
    assert execute(db, "SELECT tag_id FROM highlight WHERE id = ?", (highlight,)).fetchone()[0] == target
    note = ann.get_note(db, Target("tag", target))
    assert note is not None and note.body == "target note\n\nsource note"
    assert [r.body for r in ann.note_history(db, note.id)] == ["target note"]
    kid_note = ann.get_note(db, Target("tag", twin))
    assert kid_note is not None and kid_note.body == "kid note"
    assert ann.favorites(db) == {3: target}
    assert_references_hold(db)
    check_undo_redo(db, before, change)


def test_merge_refusals(db: Database) -> None:
    a, _ = ann.create_tag(db, "a")
    b, _ = ann.create_tag(db, "a/b")
    with pytest.raises(ann.TagError):
        ann.merge_tags(db, a, a)
    with pytest.raises(ann.TagError):
        ann.merge_tags(db, a, b)
    ann.create_tag(db, "a/b/b")  # after the merge it is a/b, where its parent was
    ann.create_tag(db, "a/b/x")
    before = snapshot(db)
    change = ann.merge_tags(db, b, a)  # a child into its parent is fine
    assert [t.path for t in ann.tag_tree(db)] == ["a", "a/b", "a/x"]
    assert ann.find_tag(db, "a/b") != b
    check_undo_redo(db, before, change)


# ---------------------------------------------------------------------------------------------- delete


def test_delete_asks_first_then_removes_the_subtree(db: Database, thread: tuple[int, list[int]]) -> None:
    article, comments = thread
    tag, _ = ann.create_tag(db, "bad")
    child, _ = ann.create_tag(db, "bad/worse")
    keep, _ = ann.create_tag(db, "keep")
    ann.tag_articles(db, tag, [article])
    ann.tag_comments(db, child, comments)
    ann.tag_comments(db, keep, comments[:1])
    bare, _ = ann.add_highlight(db, Target("comment", comments[0]), 0, 3, tag_id=child)
    noted, _ = ann.add_highlight(db, Target("article", article), 0, 9, tag_id=tag, note="why")
    ann.set_note(db, Target("tag", child), "definition of worse")
    ann.set_favorite(db, child, 2)
    before = snapshot(db)

    with pytest.raises(ann.TagInUse) as refused:
        ann.delete_tag(db, tag)
    assert refused.value.usage == ann.TagUsage(articles=1, comments=4, highlights=2, notes=1, descendants=1)
    assert snapshot(db) == before

    change = ann.delete_tag(db, tag, force=True)
    assert [t.path for t in ann.tag_tree(db)] == ["keep"]
    assert ann.comment_tag_ids(db, article) == {comments[0]: [keep]}
    assert ann.article_tag_ids(db, article) == []
    remaining = {h.id: h.tag_id for h in ann.highlights_for_article(db, article)}
    assert remaining == {noted: None}  # the bare one went with its tag; the one with a note stays
    detached = [e for e in ann.browse_annotations(db) if e.kind == "note" and e.detached]
    assert [(e.target_kind, e.label, e.text) for e in detached] == [("tag", "bad/worse", "definition of worse")]
    assert ann.favorites(db) == {}
    check_undo_redo(db, before, change)
    ann.undo(db, change)
    assert {h.id for h in ann.highlights_for_article(db, article)} == {bare, noted}


def test_delete_unused_tag_needs_no_force(db: Database) -> None:
    before = snapshot(db)
    tag, _ = ann.create_tag(db, "lonely")
    middle = snapshot(db)
    change = ann.delete_tag(db, tag)
    assert ann.tag_tree(db) == [] and snapshot(db) == before
    ann.undo(db, change)
    assert snapshot(db) == middle


def test_undo_refuses_when_the_rows_moved_on(db: Database, thread: tuple[int, list[int]]) -> None:
    article, _ = thread
    tag, create = ann.create_tag(db, "t")
    ann.tag_articles(db, tag, [article])  # not undone first
    state = snapshot(db)
    with pytest.raises(ann.UndoError, match="depend"):
        ann.undo(db, create)
    assert snapshot(db) == state
    rename = ann.rename_tag(db, tag, "u")
    ann.rename_tag(db, tag, "v")
    with pytest.raises(ann.UndoError, match="changed since"):
        ann.undo(db, rename)
    with pytest.raises(ann.UndoError):
        ann.redo(db, create)  # the tag is there already
    assert ann.tag_path(db, tag) == "v"


def test_undo_that_would_refer_to_a_deleted_article_is_refused(db: Database) -> None:
    """The rows go back with their references checked at the end (deferred on both engines): one
    that refers to an article deleted since fails there, and nothing is written."""
    article, _ = make_article(db, title="Doomed")
    tag, _ = ann.create_tag(db, "t")
    ann.tag_articles(db, tag, [article])
    untag = ann.untag_articles(db, tag, [article])
    with db.atomic():
        execute(db, "DELETE FROM article WHERE id = ?", (article,))
    state = snapshot(db)
    with pytest.raises(ann.UndoError, match="no longer"):
        ann.undo(db, untag)
    assert snapshot(db) == state
    assert_references_hold(db)
    ann.tag_articles(db, tag, [make_article(db, title="Kept")[0]])  # the library goes on as before
    assert len(snapshot(db)["article_tag"]) == 1


# ---------------------------------------------------------------------------------------------- highlights


def test_article_highlight_offsets(db: Database, thread: tuple[int, list[int]]) -> None:
    article, _ = thread
    paragraphs = ["Президент заявил о переговорах.", "Second paragraph with a name: Biden."]
    text = ann.article_text(paragraphs)
    spans = ann.paragraph_spans(paragraphs)
    assert [text[a:b] for a, b in spans] == paragraphs
    start = spans[1][0] + paragraphs[1].index("Biden")
    highlight, change = ann.add_highlight(db, Target("article", article), start, start + 5)
    cyrillic, _ = ann.add_highlight(db, ("article", article), 10, 16)  # a plain tuple works too
    found = {h.id: h for h in ann.highlights_for_article(db, article)}
    assert found[highlight].text == "Biden" and found[highlight].start == start
    assert found[cyrillic].text == "заявил" == text[10:16]
    assert not found[highlight].stale
    assert change.label == "Highlight “Biden”"


def test_comment_highlight_offsets_cyrillic_and_emoji(db: Database, thread: tuple[int, list[int]]) -> None:
    article, comments = thread
    body = "Это пропаганда, чистая."
    highlight, _ = ann.add_highlight(db, Target("comment", comments[0]), 4, 14, note="типичный приём")
    (info,) = [h for h in ann.highlights_for_article(db, article) if h.id == highlight]
    assert info.text == body[4:14] == "пропаганда"
    assert info.target == Target("comment", comments[0]) and info.note == "типичный приём"
    emoji_body = "Unrelated 🙂 comment"
    start = emoji_body.index("comment")
    ann.add_highlight(db, Target("comment", comments[3]), start, start + 7)
    qt_start = ann.index_to_utf16(emoji_body, start)
    assert qt_start == start + 1  # the emoji is two UTF-16 units
    assert ann.utf16_to_index(emoji_body, qt_start) == start
    assert ann.utf16_to_index(emoji_body, 10_000) == len(emoji_body)


def test_highlight_offsets_are_validated(db: Database, thread: tuple[int, list[int]]) -> None:
    article, comments = thread
    length = len("Это пропаганда, чистая.")
    for start, end in ((-1, 3), (3, 3), (5, 2), (0, length + 1)):
        with pytest.raises(ann.AnnotationError):
            ann.add_highlight(db, Target("comment", comments[0]), start, end)
    ann.add_highlight(db, Target("comment", comments[0]), 0, length)
    for bad in (Target("author", 1), Target("comment", 999), Target("article", 999)):
        with pytest.raises(ann.AnnotationError):
            ann.add_highlight(db, bad, 0, 1)
    with pytest.raises(ann.TagError):
        ann.add_highlight(db, Target("article", article), 0, 1, tag_id=4242)


def test_highlights_listed_in_reading_order_and_stale_detected(
    db: Database, thread: tuple[int, list[int]]
) -> None:
    article, comments = thread
    on_reply, _ = ann.add_highlight(db, Target("comment", comments[1]), 0, 2)
    on_root, _ = ann.add_highlight(db, Target("comment", comments[0]), 0, 3)
    on_article, _ = ann.add_highlight(db, Target("article", article), 5, 8)
    assert [h.id for h in ann.highlights_for_article(db, article)] == [on_article, on_root, on_reply]
    execute(db, "UPDATE comment SET body = 'Yes it is.' WHERE id = ?", (comments[1],))
    stale = {h.id: h.stale for h in ann.highlights_for_article(db, article)}
    assert stale == {on_article: False, on_root: False, on_reply: True}


def test_highlight_tag_remove_and_undo(db: Database, thread: tuple[int, list[int]]) -> None:
    article, comments = thread
    tag, _ = ann.create_tag(db, "t")
    before = snapshot(db)
    highlight, change = ann.add_highlight(db, Target("comment", comments[0]), 0, 3, tag_id=tag, note="n")
    check_undo_redo(db, before, change)
    before = snapshot(db)
    change = ann.set_highlight_tag(db, highlight, None)
    check_undo_redo(db, before, change)
    before = snapshot(db)
    change = ann.remove_highlight(db, highlight)
    assert ann.highlights_for_article(db, article) == []
    (note,) = [e for e in ann.browse_annotations(db) if e.kind == "note"]
    assert note.detached and note.label == "“Это”" and note.text == "n"
    check_undo_redo(db, before, change)


# ---------------------------------------------------------------------------------------------- notes


def test_notes_keep_revisions_and_empty_deletes(db: Database, thread: tuple[int, list[int]]) -> None:
    article, _ = thread
    target = Target("article", article)
    assert ann.get_note(db, target) is None
    before = snapshot(db)
    change = ann.set_note(db, target, "# First\n\nдумаю")
    check_undo_redo(db, before, change)
    note = ann.get_note(db, target)
    assert note is not None and note.body == "# First\n\nдумаю" and note.label == "A title"
    assert ann.set_note(db, target, "# First\n\nдумаю").empty
    before = snapshot(db)
    change = ann.set_note(db, target, "second")
    check_undo_redo(db, before, change)
    before = snapshot(db)
    change = ann.set_note(db, target, "  \n")
    assert ann.get_note(db, target) is None
    assert [r.body for r in ann.note_history(db, note.id)] == ["second", "# First\n\nдумаю"]
    check_undo_redo(db, before, change)
    ann.set_note(db, target, "back")
    again = ann.get_note(db, target)
    assert again is not None and again.id == note.id  # the same row, its history continues
    assert [r.body for r in ann.note_history(db, note.id)] == ["second", "# First\n\nдумаю"]


def test_a_checkpoint_save_replaces_the_text_without_a_revision(
    db: Database, thread: tuple[int, list[int]]
) -> None:
    article, _ = thread
    target = Target("article", article)
    ann.set_note(db, target, "first")
    ann.set_note(db, target, "first and")  # the editor's first save of a burst keeps "first"
    before = snapshot(db)
    change = ann.set_note(db, target, "first and more", keep_revision=False)
    check_undo_redo(db, before, change)
    note = ann.get_note(db, target)
    assert note is not None and note.body == "first and more"
    assert [r.body for r in ann.note_history(db, note.id)] == ["first"]
    ann.edit_note(db, note.id, "first and more!", keep_revision=False)
    assert [r.body for r in ann.note_history(db, note.id)] == ["first"]


def test_notes_on_every_kind_of_target(db: Database, thread: tuple[int, list[int]]) -> None:
    article, comments = thread
    tag, _ = ann.create_tag(db, "t")
    highlight, _ = ann.add_highlight(db, Target("article", article), 0, 3)
    targets = [
        Target("article", article),
        Target("comment", comments[0]),
        Target("highlight", highlight),
        Target("author", author_id(db, "anna")),
        Target("tag", tag),
    ]
    for number, target in enumerate(targets):
        ann.set_note(db, target, f"note {number}")
    for number, target in enumerate(targets):
        note = ann.get_note(db, target)
        assert note is not None and note.body == f"note {number}" and note.target == target
    assert ann.get_note(db, Target("comment", comments[1])) is None
    assert [n.body for n in ann.notes_for_article(db, article)] == ["note 0", "note 1", "note 2"]
    for bad in (Target("comment", 999), Target("planet", 1)):
        with pytest.raises(ann.AnnotationError):
            ann.set_note(db, bad, "x")


def test_revision_history_is_capped(db: Database, thread: tuple[int, list[int]]) -> None:
    article, _ = thread
    target = Target("article", article)
    for number in range(ann.MAX_REVISIONS + 60):
        ann.set_note(db, target, f"text {number}")
    note = ann.get_note(db, target)
    assert note is not None
    history = ann.note_history(db, note.id)
    assert ann.KEEP_RECENT_REVISIONS <= len(history) <= ann.MAX_REVISIONS
    newest = ann.MAX_REVISIONS + 58
    assert [r.body for r in history[: ann.KEEP_RECENT_REVISIONS]] == [
        f"text {n}" for n in range(newest, newest - ann.KEEP_RECENT_REVISIONS, -1)
    ]
    # beyond the recent ones, revisions thin out to the last one of each day
    ann.set_note(db, Target("tag", ann.create_tag(db, "t")[0]), "first")
    (other,) = [n for n in ann.browse_annotations(db) if n.target_kind == "tag"]
    old = []
    for number in range(10):  # two a day for five days, long ago
        old.append(insert_id(
            db, "INSERT INTO note_revision (note_id, body, saved_at, replaced_at) VALUES (?, ?, ?, ?)",
            (other.id, f"old {number}", "2020-01-01 00:00:00", f"2020-01-{1 + number // 2:02d} 12:00:00"),
        ))
    for number in range(ann.KEEP_RECENT_REVISIONS):
        ann.edit_note(db, other.id, f"new {number}")
    kept = [r.body for r in ann.note_history(db, other.id)]
    assert len(kept) == ann.KEEP_RECENT_REVISIONS + 5
    assert kept[-5:] == ["old 9", "old 7", "old 5", "old 3", "old 1"]


def test_deleting_an_article_keeps_its_notes_and_highlights(db: Database) -> None:
    """Issue 8: nothing cascades notes away. The note stays, detached, and a new article that
    gets the same id later does not adopt it."""
    article, comments = make_article(db, comments=[(None, "anna", "body text")], title="Doomed")
    tag, _ = ann.create_tag(db, "t")
    ann.tag_articles(db, tag, [article])
    ann.tag_comments(db, tag, comments)
    ann.set_note(db, Target("article", article), "article note")
    ann.set_note(db, Target("comment", comments[0]), "comment note")
    highlight, _ = ann.add_highlight(db, Target("comment", comments[0]), 0, 4, tag_id=tag, note="highlight note")
    with db.atomic():
        execute(db, "DELETE FROM article WHERE id = ?", (article,))
    assert execute(db, "SELECT COUNT(*) FROM article_tag").fetchone()[0] == 0
    assert execute(db, "SELECT COUNT(*) FROM comment_tag").fetchone()[0] == 0
    entries = {(e.kind, e.label, e.text) for e in ann.browse_annotations(db)}
    assert entries == {
        ("note", "Doomed", "article note"),
        ("note", "anna: body text", "comment note"),
        ("highlight", "anna: body text", "body"),
        ("note", "“body”", "highlight note"),
    }
    assert all(e.detached for e in ann.browse_annotations(db) if e.kind == "note" and e.target_kind != "highlight")
    reused, _ = make_article(db, title="Newcomer")
    assert reused == article or of(db).name == "postgresql"  # SQLite hands the id out again ...
    assert ann.get_note(db, Target("article", reused)) is None  # ... and the old note is not adopted
    assert ann.highlights_for_article(db, reused) == []
    assert highlight in {e.id for e in ann.browse_annotations(db) if e.kind == "highlight"}
    assert_references_hold(db)


def test_detached_note_can_be_edited_and_emptied(db: Database) -> None:
    article, _ = make_article(db)
    ann.set_note(db, Target("article", article), "keep me")
    execute(db, "DELETE FROM article WHERE id = ?", (article,))
    (entry,) = ann.browse_annotations(db)
    before = snapshot(db)
    change = ann.edit_note(db, entry.id, "")
    assert ann.browse_annotations(db) == []
    check_undo_redo(db, before, change)
    info = ann.note_by_id(db, entry.id)
    assert info is not None and info.target is None and info.body == ""


# ---------------------------------------------------------------------------------------------- filters


def test_article_filter_and_or_with_descendants(db: Database) -> None:
    a1, c1 = make_article(db, comments=[(None, "x", "one")], title="1")
    a2, c2 = make_article(db, comments=[(None, "x", "two")], title="2")
    a3, _ = make_article(db, title="3")
    a4, _ = make_article(db, title="4")
    parent, _ = ann.create_tag(db, "p")
    child, _ = ann.create_tag(db, "p/c")
    other, _ = ann.create_tag(db, "o")
    ann.tag_articles(db, parent, [a1])  # on the article
    ann.tag_comments(db, child, c2)  # on a comment, with a child tag
    ann.add_highlight(db, Target("article", a3), 0, 5, tag_id=child)  # through a highlight
    ann.tag_comments(db, other, c1)
    ann.tag_articles(db, other, [a4])
    assert ann.articles_with_tags(db, [parent], "or") == [a1, a2, a3]
    assert ann.articles_with_tags(db, [parent], descendants=False) == [a1]
    assert ann.articles_with_tags(db, [child]) == [a2, a3]
    assert ann.articles_with_tags(db, [parent, other], "and") == [a1]
    assert ann.articles_with_tags(db, [parent, other], "or") == [a1, a2, a3, a4]
    assert ann.articles_with_tags(db, [child, other], "and") == []
    assert ann.articles_with_tags(db, []) == []
    assert ann.comments_with_tags(db, a2, [parent]) == c2
    assert ann.comments_with_tags(db, a1, [parent, other], "and") == []
    assert ann.comments_with_tags(db, a1, [parent, other], "or") == c1
    assert ann.article_tag_marks(db, [a1, a2, a3, a4]) == {
        a1: sorted([parent, other]), a2: [child], a3: [child], a4: [other]
    }  # fmt: skip
    with pytest.raises(ann.AnnotationError):
        ann.articles_with_tags(db, [parent], "xor")


def test_annotations_browser_filters(db: Database, thread: tuple[int, list[int]]) -> None:
    article, comments = thread
    parent, _ = ann.create_tag(db, "p")
    child, _ = ann.create_tag(db, "p/c")
    ann.add_highlight(db, Target("comment", comments[0]), 4, 14, tag_id=child)  # anna
    ann.add_highlight(db, Target("comment", comments[1]), 0, 2, note="Boris says NO")  # boris
    ann.set_note(db, Target("article", article), "Статья о ПЕРЕГОВОРАХ")
    ann.tag_articles(db, parent, [article])
    ann.set_note(db, Target("author", author_id(db, "anna")), "anna writes a lot")
    everything = ann.browse_annotations(db)
    assert sorted((e.kind, e.text) for e in everything) == sorted([
        ("highlight", "пропаганда"), ("highlight", "No"), ("note", "Boris says NO"),
        ("note", "Статья о ПЕРЕГОВОРАХ"), ("note", "anna writes a lot"),
    ])  # fmt: skip
    by_tag = ann.browse_annotations(db, tag_ids=[parent])
    assert sorted(e.text for e in by_tag) == ["Статья о ПЕРЕГОВОРАХ", "пропаганда"]
    assert [e.text for e in ann.browse_annotations(db, tag_ids=[parent], descendants=False)] == [
        "Статья о ПЕРЕГОВОРАХ"
    ]
    anna = author_id(db, "anna")
    assert sorted(e.text for e in ann.browse_annotations(db, author_id=anna)) == ["anna writes a lot", "пропаганда"]
    assert [e.text for e in ann.browse_annotations(db, text="переговорах")] == ["Статья о ПЕРЕГОВОРАХ"]
    by_text = ann.browse_annotations(db, text="boris says")
    assert sorted((e.kind, e.text) for e in by_text) == [("highlight", "No"), ("note", "Boris says NO")]
    (source,) = [e for e in everything if e.text == "пропаганда"]
    assert source.article_id == article and source.article_title == "A title"
    assert source.comment_id == comments[0] and source.author_handle == "anna" and source.tag_ids == (child,)


# ---------------------------------------------------------------------------- what a change touched


def test_articles_touched_by_a_change(db: Database, thread: tuple[int, list[int]]) -> None:
    article, comments = thread
    other, (other_comment,) = make_article(db, comments=[(None, "zed", "elsewhere")], title="Other")
    tag_id, created = ann.create_tag(db, "sarcasm")
    assert ann.articles_touched(db, created) is None  # a new tag shows in every tag list
    assert ann.articles_touched(db, ann.tag_comments(db, tag_id, [comments[1], other_comment])) == {article, other}
    assert ann.articles_touched(db, ann.tag_articles(db, tag_id, [other])) == {other}
    highlight_id, highlighted = ann.add_highlight(db, ("comment", comments[0]), 0, 3)
    assert ann.articles_touched(db, highlighted) == {article}
    assert ann.articles_touched(db, ann.set_note(db, ("highlight", highlight_id), "why")) == {article}
    assert ann.articles_touched(db, ann.set_note(db, ("comment", other_comment), "a note")) == {other}
    assert ann.articles_touched(db, ann.set_note(db, ("author", author_id(db, "anna")), "who")) is None
    assert ann.articles_touched(db, ann.rename_tag(db, tag_id, "irony")) is None
