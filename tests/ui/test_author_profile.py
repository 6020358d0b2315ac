"""The commenter profile: its figures, links to other commenters, and the comments list (paged)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QToolButton

from desktop.ingest.importer import import_paths
from desktop.store import authors
from desktop.store.db import Library
from desktop.ui import author_profile as profile_module
from desktop.ui.author_profile import AuthorCommentsModel, AuthorProfile, CommentRole
from desktop.ui.session import Session
from tests.store.test_authors import ALPHA, BETA, page


@pytest.fixture
def people(library: Library, tmp_path: Path) -> Library:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "alpha.txt").write_text(page("Alpha article", ALPHA), encoding="utf-8")
    (folder / "beta.txt").write_text(page("Beta article", BETA), encoding="utf-8")
    import_paths(library, [folder])
    return library


@pytest.fixture
def profile(qtbot, people: Library) -> AuthorProfile:
    widget = AuthorProfile(Session(people))
    qtbot.addWidget(widget)
    widget.resize(480, 700)
    widget.show()
    return widget


def author_id(library: Library, handle: str) -> int:
    found = authors.find_author(library.db, handle)
    assert found is not None
    return found


def button_named(buttons: list[QToolButton], handle: str) -> QToolButton:
    return next(b for b in buttons if b.accessibleName() == handle)


def test_the_profile_shows_every_figure(profile: AuthorProfile, people: Library) -> None:
    profile.show_author(author_id(people, "alice"))
    assert profile.handle_label.text() == "alice"
    assert profile.aliases_label.text() == "Display names: Alice, Ally"
    assert profile.facts_label.text() == (
        "5 comments in 2 articles · first seen 1 Jan 2023, 10:00 · last seen 3 Feb 2023, 12:00"
    )
    assert [b.text() for b in profile.replies_to_buttons] == ["bob  ·  2 replies", "carol  ·  1 reply"]
    assert [b.accessibleName() for b in profile.replied_by_buttons] == ["carol", "bob", "dave"]
    assert profile.tags_label.text() == "None yet"
    assert profile.comments_title.text() == "Comments, newest first (5)"
    assert profile.comments_model.rowCount() == 5
    first = profile.comments_model.comment(0)
    assert first is not None and first.body.startswith("a5")
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in profile.findChildren(QLabel))
    profile.grab()


def test_clicking_someone_they_reply_to_shows_that_author(qtbot, profile: AuthorProfile, people: Library) -> None:
    alice, bob = author_id(people, "alice"), author_id(people, "bob")
    profile.show_author(alice)
    assert not profile.back_button.isEnabled()
    with qtbot.waitSignal(profile.author_activated) as activated:
        qtbot.mouseClick(button_named(profile.replies_to_buttons, "bob"), Qt.MouseButton.LeftButton)
    assert activated.args == [bob]
    assert profile.author_id == bob
    assert profile.handle_label.text() == "bob"
    assert profile.comments_model.rowCount() == 2
    assert [b.accessibleName() for b in profile.replied_by_buttons] == ["alice"]
    assert profile.back_button.isEnabled()
    qtbot.mouseClick(profile.back_button, Qt.MouseButton.LeftButton)
    assert profile.author_id == alice
    assert profile.handle_label.text() == "alice"
    assert not profile.back_button.isEnabled()


def test_clicking_someone_who_replies_to_them(qtbot, profile: AuthorProfile, people: Library) -> None:
    profile.show_author(author_id(people, "alice"))
    with qtbot.waitSignal(profile.author_activated) as activated:
        qtbot.mouseClick(button_named(profile.replied_by_buttons, "dave"), Qt.MouseButton.LeftButton)
    assert activated.args == [author_id(people, "dave")]
    assert profile.handle_label.text() == "dave"
    assert [b.accessibleName() for b in profile.replied_by_buttons] == []


def test_clicking_a_comment_emits_its_article_and_id(qtbot, profile: AuthorProfile, people: Library) -> None:
    profile.show_author(author_id(people, "alice"))
    view = profile.comments_view
    index = profile.comments_model.index(1, 0)
    comment = index.data(CommentRole)
    assert comment.body.startswith("a4")
    view.scrollTo(index)
    with qtbot.waitSignal(profile.comment_activated) as activated:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert activated.args == [comment.article_id, comment.id]
    assert comment.id == people.db.execute_sql("SELECT id FROM comment WHERE body LIKE 'a4 %'").fetchone()[0]


def test_enter_on_a_comment_emits_it_and_a_double_click_emits_once(qtbot, profile: AuthorProfile, people) -> None:
    profile.show_author(author_id(people, "alice"))
    view = profile.comments_view
    received: list[tuple[int, int]] = []
    profile.comment_activated.connect(lambda a, c: received.append((a, c)))
    index = profile.comments_model.index(2, 0)
    view.scrollTo(index)
    position = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=position)  # a double-click starts as a click
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=position)
    comment = index.data(CommentRole)
    assert received == [(comment.article_id, comment.id)]
    view.setCurrentIndex(profile.comments_model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    first = profile.comments_model.comment(0)
    assert first is not None
    assert received[-1] == (first.article_id, first.id)


def test_the_comments_model_passes_the_model_tester(qtmodeltester, people: Library, monkeypatch) -> None:
    monkeypatch.setattr(profile_module, "PAGE", 2)
    qtmodeltester.check(AuthorCommentsModel(people))  # no author
    model = AuthorCommentsModel(people)
    model.set_author(author_id(people, "alice"), 5)
    assert model.rowCount() == 2  # the first page only
    assert model.canFetchMore(QModelIndex())
    # The tester fetches the other pages itself. (Attached before a reset that leaves pages to
    # fetch, it would call fetchMore from its modelReset handler, which it then counts as rows
    # inserted during the reset.)
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert [model.comment(r).body[:2] for r in range(model.rowCount())] == ["a5", "a4", "a3", "a2", "a1"]
    model.set_author(author_id(people, "bob"), 2)  # one page: nothing left to fetch after the reset
    assert [model.comment(r).body[:2] for r in range(model.rowCount())] == ["b2", "b1"]
    qtmodeltester.check(model)


def test_thousands_of_comments_load_as_the_list_scrolls(qtbot, library: Library, tmp_path: Path) -> None:
    thread = [
        (1, "prolific", "P", f"{1 + i // 24} March 2023 {i % 24:02d}: {i % 60:02d}", f"comment number {i}")
        for i in range(450)
    ]
    source = tmp_path / "many.txt"
    source.write_text(page("Busy article", thread), encoding="utf-8")
    import_paths(library, [source])
    widget = AuthorProfile(Session(library))
    qtbot.addWidget(widget)
    widget.resize(480, 600)
    widget.show()
    widget.show_author(author_id(library, "prolific"))
    model = widget.comments_model
    assert model.rowCount() == profile_module.PAGE < 450
    assert widget.comments_title.text() == "Comments, newest first (450)"

    def scrolled_to_the_end() -> bool:
        widget.comments_view.scrollToBottom()  # the view fetches the next page when it gets near the end
        return model.rowCount() == 450

    qtbot.waitUntil(scrolled_to_the_end, timeout=5_000)
    assert not model.canFetchMore(QModelIndex())
    last = model.comment(449)
    assert last is not None and last.body == "comment number 0"


def test_an_unknown_author(profile: AuthorProfile) -> None:
    profile.show_author(99_999)
    assert profile.handle_label.text() == "This commenter is no longer in the library"
    assert profile.comments_model.rowCount() == 0
    assert profile.replies_to_buttons == []


def test_a_handle_with_an_ampersand_and_markup_shows_as_typed(qtbot, library: Library, tmp_path: Path) -> None:
    thread = [
        (1, "A&B", "<b>Bold</b>", "1 March 2023 10: 00", "first"),
        (2, "c", "C", "1 March 2023 10: 05", "answer"),
    ]
    source = tmp_path / "odd.txt"
    source.write_text(page("Odd", thread), encoding="utf-8")
    import_paths(library, [source])
    widget = AuthorProfile(Session(library))
    qtbot.addWidget(widget)
    widget.show_author(author_id(library, "c"))
    (button,) = widget.replies_to_buttons
    assert button.text() == "A&&B  ·  1 reply"  # && is shown as one &, not a shortcut
    assert button.toolTip() == "<qt>Show the profile of A&amp;B</qt>"
    widget.show_author(author_id(library, "A&B"))
    assert widget.handle_label.text() == "A&B"
    assert widget.aliases_label.text() == "Display names: <b>Bold</b>"
    widget.show_author(author_id(library, "c"))
    tooltip = widget.comments_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "In reply to A&amp;B: first" in tooltip


def test_the_note_area_takes_a_widget(qtbot, profile: AuthorProfile, people: Library) -> None:
    label = QLabel("note editor")
    profile.note_area.addWidget(label)
    profile.show_author(author_id(people, "alice"))
    assert label.parent() is profile.details


def test_another_library_forgets_the_author(profile: AuthorProfile, people: Library, tmp_path: Path) -> None:
    profile.show_author(author_id(people, "alice"))
    other = Library.open(tmp_path / "other.glossa")
    try:
        profile.session.set_library(other)
        assert profile.library is other and profile.comments_model.library is other
        assert profile.author_id is None
        assert profile.comments_model.rowCount() == 0
        assert profile.handle_label.text() == profile_module.NO_AUTHOR_TEXT
    finally:
        other.close()
