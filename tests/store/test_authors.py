"""Commenter profiles: every figure on a small library whose answers are known by construction, on
both engines a library can live on (`engine_library`). The threads are written as importing their
pages stores them (checked against the importer on SQLite, whose writer is not ported yet)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from desktop.ingest.importer import import_paths
from desktop.store import annotations, authors, summaries
from desktop.store.authors import Correspondent
from desktop.store.db import Library
from desktop.store.dialect import execute, insert_id, of

# (depth, handle, display name, time as printed, body). Each comment replies to the nearest
# comment above it that is one level shallower.
Comment = tuple[int, str, str, str, str]

ALPHA: list[Comment] = [
    (1, "alice", "Alice", "1 January 2023 10: 00", "a1 Alice opens the thread"),
    (2, "bob", "Bob", "1 January 2023 10: 05", "b1 Bob answers Alice\nwith a second line"),
    (3, "alice", "Ally", "1 January 2023 10: 10", "a2 Alice answers Bob"),
    (4, "carol", "Carol", "1 January 2023 10: 12", "c1 Carol answers Alice"),
    (2, "carol", "Carol", "1 January 2023 10: 20", "c2 Carol answers Alice too"),
    (1, "bob", "Robert", "1 January 2023 11: 00", "b2 Bob starts a thread\n\nmore"),
    (2, "alice", "Alice", "1 January 2023 11: 30", "a3 Alice answers Bob again"),
    (3, "alice", "Alice", "1 January 2023 11: 31", "a4 Alice continues herself"),
    (3, "dave", "Dave", "1 January 2023 11: 40", "d1 Dave answers Alice"),
]
BETA: list[Comment] = [
    (1, "carol", "Carol", "2 February 2023 09: 00", "c3 Carol starts"),
    (2, "alice", "Alice", "3 February 2023 12: 00", "a5 Alice answers Carol"),
    (3, "carol", "Carol", "3 February 2023 12: 30", "c4 Carol answers Alice"),
    (1, "dave", "Dave", "1 February 2023 08: 00", "d2 Dave alone"),
]


def page(title: str, comments: list[Comment]) -> str:
    lines = [title, "", f"The text of {title}.", ""]
    counters: dict[int, int] = {}
    for depth, handle, display, when, body in comments:
        counters[depth] = counters.get(depth, 0) + 1
        for deeper in [d for d in counters if d > depth]:
            del counters[deeper]
        indent = "  " * depth
        lines.append(f"{indent}{counters[depth]}. {handle} Offline {handle}")
        lines.append(f"{indent}  {handle} ({display}) {when}")
        lines.extend(f"{indent}  {line}" if line else "" for line in body.split("\n"))
    return "\n".join(lines) + "\n"


def store_page(library: Library, title: str, comments: list[Comment]) -> None:
    """What importing page(title, comments) stores: the article, each commenter by handle with
    their display names, and the comments in order, each answering the nearest comment above it
    that is one level shallower."""
    db, dialect = library.db, of(library.db)
    with db.atomic():
        article = insert_id(
            db, "INSERT INTO article (title, paragraphs, raw_text, kind, fingerprint, source_position, warnings,"
            " imported_at, updated_at, is_read, is_starred) VALUES (?, ?, ?, 'A', ?, 0, '[]',"
            " '2024-01-01 10:00:00', '2024-01-01 10:00:00', 0, 0)",
            (title, f'["The text of {title}."]', f"The text of {title}.", title),
        )
        above: dict[int, int] = {}  # depth -> the last comment at that depth
        for position, (depth, handle, display, when, body) in enumerate(comments):
            execute(db, dialect.insert("author", ["handle"], ignore=True), (handle,))
            author = execute(db, "SELECT id FROM author WHERE handle = ?", (handle,)).fetchone()[0]
            execute(db, dialect.insert("author_alias", ["author_id", "display_name"], ignore=True), (author, display))
            posted = datetime.strptime(when, "%d %B %Y %H: %M")
            above[depth] = insert_id(
                db, "INSERT INTO comment (article_id, parent_id, position, depth, path, author_id, display_name,"
                " status, posted_at, body, fingerprint, truncated, is_read)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, 'Offline', ?, ?, ?, 0, 0)",
                (article, above.get(depth - 1), position, depth, str(position), author, display, str(posted), body,
                 f"{title}{position}"),
            )  # fmt: skip
            above = {d: i for d, i in above.items() if d <= depth}
        summaries.refresh(db, [article])


@pytest.fixture
def people(engine_library: Library) -> Library:
    store_page(engine_library, "Alpha article", ALPHA)
    store_page(engine_library, "Beta article", BETA)
    return engine_library


def comment_id(library: Library, marker: str) -> int:
    """A comment by the marker its body starts with ("a1", "b2", ...)."""
    row = execute(library.db, "SELECT id FROM comment WHERE body LIKE ?", (marker + " %",)).fetchone()
    assert row is not None, marker
    return int(row[0])


def author_id(library: Library, handle: str) -> int:
    found = authors.find_author(library.db, handle)
    assert found is not None
    return found


def test_the_fixture_threads_as_intended(people: Library) -> None:
    """The figures below rely on who answers whom: check the threads first."""
    parents = dict(
        execute(
            people.db, "SELECT substr(c.body, 1, 2), substr(p.body, 1, 2) FROM comment c"
            " LEFT JOIN comment p ON p.id = c.parent_id"
        ).fetchall()
    )
    assert parents == {
        "a1": None, "b1": "a1", "a2": "b1", "c1": "a2", "c2": "a1", "b2": None, "a3": "b2", "a4": "a3",
        "d1": "a3", "c3": None, "a5": "c3", "c4": "a5", "d2": None,
    }


def test_profile_figures(people: Library) -> None:
    alice = author_id(people, "alice")
    profile = authors.author_profile(people.db, alice)
    assert profile is not None
    assert profile.id == alice
    assert profile.handle == "alice"
    assert profile.display_names == ["Alice", "Ally"]
    assert profile.comments == 5
    assert profile.articles == 2
    assert profile.first_seen == datetime(2023, 1, 1, 10, 0)
    assert profile.last_seen == datetime(2023, 2, 3, 12, 0)
    # a2 -> b1, a3 -> b2, a5 -> c3; a4 answers alice herself and does not count.
    assert profile.replies_to == [
        Correspondent(author_id(people, "bob"), "bob", 2),
        Correspondent(author_id(people, "carol"), "carol", 1),
    ]
    # b1 -> a1, c1 -> a2, c2 -> a1, d1 -> a3, c4 -> a5: carol 3, then bob and dave by handle.
    assert profile.replied_by == [
        Correspondent(author_id(people, "carol"), "carol", 3),
        Correspondent(author_id(people, "bob"), "bob", 1),
        Correspondent(author_id(people, "dave"), "dave", 1),
    ]
    assert profile.tags == []


def test_profile_of_someone_nobody_answers(people: Library) -> None:
    dave = authors.author_profile(people.db, author_id(people, "dave"))
    assert dave is not None
    assert (dave.comments, dave.articles, dave.display_names) == (2, 2, ["Dave"])
    assert dave.first_seen == datetime(2023, 1, 1, 11, 40)
    assert dave.last_seen == datetime(2023, 2, 1, 8, 0)
    assert [c.handle for c in dave.replies_to] == ["alice"]
    assert dave.replied_by == []


def test_top_correspondents_are_capped(people: Library) -> None:
    profile = authors.author_profile(people.db, author_id(people, "alice"), top=1)
    assert profile is not None
    assert [c.handle for c in profile.replied_by] == ["carol"]
    assert [c.handle for c in profile.replies_to] == ["bob"]


def test_tags_on_the_authors_comments(people: Library) -> None:
    db = people.db
    irony, _ = annotations.create_tag(db, "tone/irony", "#aa3300")
    claim, _ = annotations.create_tag(db, "claim")
    annotations.tag_comments(db, irony, [comment_id(people, "a1"), comment_id(people, "a3")])
    annotations.tag_comments(db, claim, [comment_id(people, "a5"), comment_id(people, "b1")])  # b1 is bob's
    profile = authors.author_profile(db, author_id(people, "alice"))
    assert profile is not None
    assert [(t.tag_id, t.path, t.color, t.comments) for t in profile.tags] == [
        (irony, "tone/irony", "#aa3300", 2),
        (claim, "claim", profile.tags[1].color, 1),
    ]
    bob = authors.author_profile(db, author_id(people, "bob"))
    assert bob is not None
    assert [(t.path, t.comments) for t in bob.tags] == [("claim", 1)]


def test_unknown_author(people: Library) -> None:
    assert authors.author_profile(people.db, 10_000) is None
    assert authors.author_comments(people.db, 10_000) == []


def test_author_comments_newest_first_with_context(people: Library) -> None:
    alice = author_id(people, "alice")
    comments = authors.author_comments(people.db, alice, limit=100)
    assert [c.body.split()[0] for c in comments] == ["a5", "a4", "a3", "a2", "a1"]
    a5, a4, a3, a2, a1 = comments
    assert (a5.article_title, a5.parent_handle, a5.parent_first_line) == ("Beta article", "carol", "c3 Carol starts")
    assert a5.article_id != a1.article_id
    assert a5.posted_at == datetime(2023, 2, 3, 12, 0)
    assert (a4.parent_handle, a4.parent_first_line, a4.depth) == ("alice", "a3 Alice answers Bob again", 3)
    assert (a3.parent_id, a3.parent_handle, a3.depth) == (comment_id(people, "b2"), "bob", 2)
    assert (a2.parent_handle, a2.parent_first_line) == ("bob", "b1 Bob answers Alice")  # the first line only
    assert a2.display_name == "Ally"
    assert (a1.parent_id, a1.parent_handle, a1.parent_first_line) == (None, None, None)
    assert a1.id == comment_id(people, "a1")
    assert not a1.cut


def test_author_comments_by_pages(people: Library) -> None:
    alice = author_id(people, "alice")
    everything = [c.id for c in authors.author_comments(people.db, alice, limit=100)]
    pages = [authors.author_comments(people.db, alice, limit=2, offset=offset) for offset in (0, 2, 4, 6)]
    assert [c.id for chunk in pages for c in chunk] == everything
    assert [len(chunk) for chunk in pages] == [2, 2, 1, 0]


def test_authors_list(people: Library) -> None:
    rows = authors.authors_list(people.db)
    assert [(r.handle, r.comments, r.articles) for r in rows] == [
        ("alice", 5, 2), ("carol", 4, 2), ("bob", 2, 1), ("dave", 2, 2),
    ]
    alice = rows[0]
    assert alice.display_names == ["Alice", "Ally"]
    assert alice.last_seen == datetime(2023, 2, 3, 12, 0)
    bob = rows[2]
    assert bob.display_names == ["Bob", "Robert"]
    assert [r.handle for r in authors.authors_list(people.db, order="name")] == ["alice", "bob", "carol", "dave"]
    assert [r.handle for r in authors.authors_list(people.db, limit=2)] == ["alice", "carol"]
    with pytest.raises(ValueError):
        authors.authors_list(people.db, order="karma")


def test_find_author(people: Library) -> None:
    assert authors.find_author(people.db, "alice") == author_id(people, "alice")
    assert authors.find_author(people.db, "nobody") is None


def test_hostile_display_names_come_back_as_text(engine_library: Library) -> None:
    library = engine_library
    names = ['Q "quoted" [1]', "<b>bold</b>", "back\\slash"]
    thread = [(1, "odd", name, f"1 March 2023 1{i}: 00", f"x{i} text") for i, name in enumerate(names)]
    store_page(library, "Odd names", thread)
    (row,) = authors.authors_list(library.db)
    assert row.display_names == sorted(names)
    profile = authors.author_profile(library.db, row.id)
    assert profile is not None
    assert profile.display_names == names  # the earliest first


def _stored(library: Library) -> list[tuple[object, ...]]:
    return [tuple(str(v) for v in row) for row in execute(
        library.db, "SELECT a.title, c.depth, au.handle, c.display_name, c.posted_at, c.body, p.body"
        " FROM comment c JOIN article a ON a.id = c.article_id JOIN author au ON au.id = c.author_id"
        " LEFT JOIN comment p ON p.id = c.parent_id ORDER BY a.title, c.position")]


def test_importing_the_pages_stores_what_the_fixture_writes(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "alpha.txt").write_text(page("Alpha article", ALPHA), encoding="utf-8")
    (folder / "beta.txt").write_text(page("Beta article", BETA), encoding="utf-8")
    import_paths(library, [folder])
    written = Library.open(tmp_path / "written.glossa")
    try:
        store_page(written, "Alpha article", ALPHA)
        store_page(written, "Beta article", BETA)
        assert _stored(library) == _stored(written)
        aliases = "SELECT au.handle, al.display_name FROM author_alias al JOIN author au ON au.id = al.author_id"
        assert sorted(execute(library.db, aliases).fetchall()) == sorted(execute(written.db, aliases).fetchall())
    finally:
        written.close()


def test_handles_alike_but_for_case_sort_in_code_point_order(engine_library: Library) -> None:
    thread = [(1, handle, handle, f"1 March 2023 1{i}: 00", f"x{i} text")
              for i, handle in enumerate(["bob", "Bob", "alice", "BOB"])]
    store_page(engine_library, "Cases", thread)
    assert authors.author_handles(engine_library.db) == ["alice", "BOB", "Bob", "bob"]
    assert [r.handle for r in authors.authors_list(engine_library.db, order="name")] == ["alice", "BOB", "Bob", "bob"]
    assert authors.find_author(engine_library.db, "ALICE") == authors.find_author(engine_library.db, "alice")
    assert authors.find_author(engine_library.db, "bOb") is None  # three match ignoring case: none is meant
