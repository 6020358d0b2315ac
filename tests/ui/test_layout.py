"""Issue 18: the window at laptop sizes. Titles readable (item 2), the commenter's profile with
room of its own (item 4), a first start that shows a thread (item 12), a window no wider than
the screen (item 7)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QHeaderView, QStyle

from desktop.store.db import Library
from desktop.ui.article_list_model import COLUMN_KEYS
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings
from tests.ui.conftest import select_thread_article

SIZES = [(1280, 800), (1024, 700)]
TITLE = COLUMN_KEYS.index("title")
DOTS = 60  # tag dots and the cell's padding before a title's text


def open_window(qtbot, library: Library, settings: Settings, size: tuple[int, int]) -> MainWindow:
    window = MainWindow(library, settings)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    assert (window.width(), window.height()) == size
    return window


def visible_title_chars(window: MainWindow) -> int:
    """How many characters of the longest title the Title column shows."""
    title = max((window.article_model.article(r).title for r in range(window.article_model.rowCount())), key=len)
    room = window.article_table.horizontalHeader().sectionSize(TITLE) - DOTS
    metrics = window.article_table.fontMetrics()
    return max((n for n in range(len(title) + 1) if metrics.horizontalAdvance(title[:n]) <= room), default=0)


@pytest.mark.parametrize("size", SIZES, ids=["1280x800", "1024x700"])
def test_the_title_column_shows_forty_characters(qtbot, seeded: Library, settings: Settings,
                                                 size: tuple[int, int]) -> None:
    window = open_window(qtbot, seeded, settings, size)
    assert visible_title_chars(window) >= 40
    header = window.article_table.horizontalHeader()
    for key in ("comments", "last_comment"):  # the numbers stay compact
        assert header.sectionSize(COLUMN_KEYS.index(key)) < header.sectionSize(TITLE) // 2


@pytest.mark.parametrize("size", SIZES, ids=["1280x800", "1024x700"])
def test_titles_keep_their_room_after_a_profile_and_a_restart(qtbot, seeded: Library, tmp_path,
                                                              size: tuple[int, int]) -> None:
    settings = Settings(QSettings(str(tmp_path / "restart.ini"), QSettings.Format.IniFormat))
    window = open_window(qtbot, seeded, settings, size)
    select_thread_article(window)
    window.show_author(window.reader.comment_model.nodes[0].comment.author_id)
    window.profile.close_button.click()
    assert visible_title_chars(window) >= 40
    window.save_state()
    window.close()
    again = open_window(qtbot, seeded, settings, size)
    assert visible_title_chars(again) >= 40


def test_the_old_layouts_saved_widths_are_not_restored(qtbot, seeded: Library, tmp_path) -> None:
    """The three-column layout saved its (broken) widths under keys the new one does not read."""
    store = QSettings(str(tmp_path / "old.ini"), QSettings.Format.IniFormat)
    first = open_window(qtbot, seeded, Settings(store), (1280, 800))
    first.main_splitter.setSizes([1000, 280])
    header = first.article_table.horizontalHeader()
    header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(TITLE, 20)
    for old, state in (("articleList/header", header.saveState()), ("window/state", first.saveState()),
                       ("window/mainSplitter", first.main_splitter.saveState())):
        store.setValue(old, state)
    window = open_window(qtbot, seeded, Settings(store), (1280, 800))
    assert visible_title_chars(window) >= 40


def test_a_column_saved_too_wide_is_given_its_width_back(qtbot, seeded: Library, tmp_path) -> None:
    settings = Settings(QSettings(str(tmp_path / "wide.ini"), QSettings.Format.IniFormat))
    first = open_window(qtbot, seeded, settings, (1280, 800))
    first.article_table.horizontalHeader().resizeSection(COLUMN_KEYS.index("comments"), 700)
    first.save_state()
    window = open_window(qtbot, seeded, settings, (1280, 800))
    assert visible_title_chars(window) >= 40


def test_the_profile_takes_the_readers_place_and_gives_it_back(qtbot, seeded: Library, settings: Settings) -> None:
    window = open_window(qtbot, seeded, settings, (1280, 800))
    select_thread_article(window)
    tree = window.reader.comment_tree
    thread_width = tree.viewport().width()
    node = window.reader.comment_model.nodes[0]
    window.show_author(node.comment.author_id)
    profile = window.profile
    assert profile.isVisible() and not window.reader.isVisible()
    assert profile.width() >= window.width() // 2
    qtbot.waitUntil(lambda: profile.comments_model.rowCount() > 0)
    view = profile.comments_view
    row = view.sizeHintForRow(0)
    assert view.viewport().height() >= 2 * row  # whole rows, not a sliver of one
    details = profile.details.parentWidget().parentWidget()  # the scroll area around the figures and the note
    qtbot.waitUntil(lambda: not details.verticalScrollBar().isVisible())  # the note editor whole, its buttons too
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.reader.isVisible() and not profile.isVisible()
    assert tree.viewport().width() == thread_width  # the thread was never squeezed


def test_a_comment_chosen_in_the_profile_opens_in_the_thread(qtbot, seeded: Library, settings: Settings) -> None:
    window = open_window(qtbot, seeded, settings, (1280, 800))
    select_thread_article(window)
    node = next(n for n in window.reader.comment_model.nodes if n.comment.handle == "zenion")
    window.show_author(node.comment.author_id)
    qtbot.waitUntil(lambda: window.profile.comments_model.rowCount() == 1)
    view = window.profile.comments_view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(0, 0)).center())
    assert window.reader.isVisible()
    assert window.reader.comment_tree.current_node().comment.id == node.comment.id


def test_a_first_start_opens_an_article_with_its_thread(qtbot, seeded: Library, settings: Settings) -> None:
    first_row = seeded_first_article_comments(qtbot, seeded, settings)
    assert first_row == 0  # the newest article, first in the list, has no comments
    window = open_window(qtbot, seeded, settings, (1280, 800))
    assert window.reader.comment_model.nodes
    target = window.note_editor.target()
    assert target is not None and tuple(target) == ("article", window.current_article_id())


def seeded_first_article_comments(qtbot, seeded: Library, settings: Settings) -> int:
    probe = Settings(QSettings())  # nothing of `settings` is touched
    window = MainWindow(seeded, settings)
    qtbot.addWidget(window)
    article = window.article_model.article(0)
    assert article is not None
    del probe
    return article.comments


def test_a_later_start_shows_the_last_article_and_its_note(qtbot, seeded: Library, settings: Settings) -> None:
    window = open_window(qtbot, seeded, settings, (1280, 800))
    window.select_row(0)
    last = window.current_article_id()
    window.save_state()
    window.close()
    again = open_window(qtbot, seeded, settings, (1280, 800))
    assert again.current_article_id() == last
    target = again.note_editor.target()
    assert target is not None and tuple(target) == ("article", last)


def test_the_article_read_last_is_remembered_without_a_clean_exit(qtbot, seeded: Library,
                                                                 settings: Settings) -> None:
    """Written a moment after it opens (not as it opens, which delayed the thread's first paint),
    so a crash later still reopens it."""
    window = open_window(qtbot, seeded, settings, (1280, 800))
    window.select_row(1)
    opened = window.current_article_id()
    qtbot.waitUntil(lambda: settings.last_article(seeded.location) == opened, timeout=5000)


def test_the_window_is_never_wider_than_the_screen(qtbot, seeded: Library, settings: Settings) -> None:
    window = open_window(qtbot, seeded, settings, (1280, 800))
    available = window.screen().availableGeometry().width()
    long = "A placeholder far too long for any box " * 20
    window.filter_edit.setPlaceholderText(long)
    window.search_panel.search_box.setPlaceholderText(long)
    window.reader.thread_label.setText(long)
    window.statusBar().showMessage(long)
    window.resize(min(available, 1280), 800)
    QApplication.processEvents()
    assert window.width() <= available
    assert window.minimumSizeHint().width() <= available


def test_russian_column_headers_are_not_clipped(qtbot, russian, seeded: Library, settings: Settings) -> None:
    """"Комментари", "Непрочитан…": each header fits its text and the sort arrow, whichever column sorts."""
    window = open_window(qtbot, seeded, settings, (1280, 800))
    header = window.article_table.horizontalHeader()
    style, metrics = header.style(), header.fontMetrics()
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for column, key in enumerate(COLUMN_KEYS):
        if key in ("title", "starred", "source"):
            continue
        header.setSectionHidden(column, False)  # as the header's menu shows it
        label = str(window.article_model.headerData(column, Qt.Orientation.Horizontal))
        assert metrics.horizontalAdvance(label) + arrow + 2 * margin <= header.sectionSize(column), label


@pytest.mark.parametrize(("size", "tags"), [
    ((1280, 800), ["stance/distrust of the West", "rhetoric/irony"]),
    ((1024, 700), ["stance/distrust of the West"]),
], ids=["1280x800", "1024x700"])
def test_every_comment_header_shows_its_time_and_path(qtbot, seeded: Library, settings: Settings,
                                                      size: tuple[int, int], tags: list[str]) -> None:
    """The header line of a card (name (handle), time · #path, tag chips) is not elided at laptop
    sizes, before or after a commenter's profile was open."""
    from desktop.store import annotations as annotation_store
    from desktop.store import reading
    from desktop.ui.comment_tree_model import commenter_label
    from desktop.ui.comment_view import _PAD, _meta_text
    from desktop.ui.style import card_fonts

    article_id = next(i for i in reading.article_ids(seeded.db) if reading.thread(seeded.db, i))
    comment_ids = [c.id for c in reading.thread(seeded.db, article_id)]
    for path in tags:
        tag_id, _ = annotation_store.create_tag(seeded.db, path, "#e0a85d")
        annotation_store.tag_comments(seeded.db, tag_id, comment_ids)
    window = open_window(qtbot, seeded, settings, size)
    select_thread_article(window)
    tree, model = window.reader.comment_tree, window.reader.comment_model
    window.show_author(model.nodes[0].comment.author_id)
    window.show_reader()
    name_font, meta_font, _body = card_fonts(tree.font())
    chips = sum(QFontMetrics(meta_font).horizontalAdvance(path.rsplit("/", 1)[-1]) + 12 + 4 for path in tags)
    for node in model.nodes:
        assert len(model.tags_of(node.comment.id)) == len(tags)
        rect = tree.visualRect(model.index_of(node.comment.id))
        needed = (2 * _PAD + 14 + QFontMetrics(name_font).horizontalAdvance(
            commenter_label(node.comment.display_name, node.comment.handle))
            + 8 + QFontMetrics(meta_font).horizontalAdvance(_meta_text(node)) + 8 + chips)
        assert needed <= rect.width(), _meta_text(node)


def test_the_search_tab_gets_room_for_its_hits(qtbot, seeded: Library, settings: Settings) -> None:
    window = open_window(qtbot, seeded, settings, (1024, 700))
    top, bottom = window.reading_splitter.sizes()
    assert top < (top + bottom) * 40 // 100  # the list is the smaller part while reading
    window.commands.search_action.trigger()
    top, bottom = window.reading_splitter.sizes()
    assert top >= (top + bottom) * 40 // 100
    assert window.search_panel.search_box.width() >= 300  # not squeezed to a few characters
