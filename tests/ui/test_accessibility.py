"""Accessibility: every control reachable with Tab (and none a trap), focus drawn where we paint
rows ourselves, a name for every view, edit and icon-only button, text a screen reader can read
from the rows of every list, fonts that follow the system's size, and the pixmaps we paint crisp
at 200 %."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextEdit,
    QWidget,
)

from desktop.store import search as search_store
from desktop.store.db import Library
from desktop.ui import hidpi
from desktop.ui.annotations_browser import AnnotationsBrowser
from desktop.ui.article_list_model import ArticleListModel
from desktop.ui.author_profile import AuthorCommentDelegate
from desktop.ui.hidpi import color_icon
from desktop.ui.main_window import MainWindow
from desktop.ui.note_editor import NoteHistoryDialog
from desktop.ui.preferences import PreferencesDialog
from desktop.ui.search_panel import SearchHelpDialog, SearchHitDelegate, SearchResultsModel
from desktop.ui.settings import Settings
from desktop.ui.shortcuts_dialog import ShortcutsDialog
from desktop.ui.tag_picker import TagPicker
from tests.ui.conftest import select_thread_article

ROOT = Path(__file__).resolve().parents[2]


def tab_through(start: QWidget, backwards: bool = False, presses: int = 80) -> list[QWidget]:
    """The widgets focus visits from `start`, pressing Tab (or Shift+Tab) until it comes back."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    visited: list[QWidget] = []
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    for _ in range(presses):
        current = QApplication.focusWidget()
        assert current is not None
        visited.append(current)
        from PySide6.QtTest import QTest

        QTest.keyClick(current, key)
        if QApplication.focusWidget() is start:
            return visited
    raise AssertionError(f"Tab never came back to {start.accessibleName()!r}: stuck in "
                         f"{[w.accessibleName() or type(w).__name__ for w in visited[-5:]]}")


# -- the keyboard ------------------------------------------------------------------------------


@pytest.mark.parametrize("backwards", [False, True], ids=["tab", "shift-tab"])
def test_tab_reaches_every_main_control_and_comes_back(window: MainWindow, backwards: bool) -> None:
    select_thread_article(window)
    window.notes_dock.show()
    visited = tab_through(window.filter_edit, backwards)
    wanted = {
        "sidebar": window.sidebar.tree,
        "tag match": window.sidebar.match_all,
        "tabs": window.middle_tabs.tabBar(),
        "filter": window.filter_edit,
        "articles": window.article_table,
        "article": window.reader.article_view,
        "comments": window.reader.comment_tree,
        "note": window.note_editor.editor,
        "in this article": window.annotations_panel.tree,
    }
    missing = [name for name, widget in wanted.items() if widget not in visited]
    assert not missing
    # Each once per round, no control holding Tab (a label's links take one press each, in a row).
    stretches = [widget for number, widget in enumerate(visited) if number == 0 or visited[number - 1] is not widget]
    assert len(stretches) == len(set(stretches))


def test_tab_order_follows_the_window_left_to_right(window: MainWindow) -> None:
    """From the list on: the article, its comments, the note, the panels, and round to the sidebar."""
    select_thread_article(window)
    visited = tab_through(window.filter_edit)
    order = [window.filter_edit, window.article_table, window.reader.article_view, window.reader.comment_tree,
             window.note_editor.editor, window.sidebar.tree]
    positions = [visited.index(widget) for widget in order]
    assert positions == sorted(positions)


def test_tab_reaches_the_search_controls(window: MainWindow) -> None:
    window.commands.search_action.trigger()
    panel = window.search_panel
    panel.set_query("signature")
    panel.wait_for_search()
    visited = tab_through(panel.search_box)
    assert {panel.help_button, panel.order_combo, panel.view} <= set(visited)


@pytest.mark.parametrize("make", ["preferences", "tag picker", "annotations browser"])
def test_dialogs_cycle_through_their_controls(qtbot, seeded: Library, settings: Settings, make: str) -> None:
    if make == "preferences":
        dialog: QWidget = PreferencesDialog(settings)
        wanted: list[QWidget] = [dialog.theme, dialog.font_size, dialog.library, dialog.browse, dialog.backups,
                                 dialog.language]
        start: QWidget = dialog.theme
    elif make == "tag picker":
        dialog = TagPicker(seeded, "Tag with…")  # no tags yet: OK is off, Cancel is on
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        wanted, start = [dialog.filter_edit, cancel], dialog.filter_edit
    else:
        dialog = AnnotationsBrowser(seeded)
        wanted = [dialog.tag_combo, dialog.author_edit, dialog.text_edit, dialog.detached_check, dialog.table,
                  dialog.detail]
        start = dialog.tag_combo
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    visited = tab_through(start)
    assert all(widget in visited for widget in wanted), [f"{type(w).__name__} {w.accessibleName()}" for w in visited]


def _focus_changes_the_painting(delegate: QStyledItemDelegate, view: QAbstractItemView, index) -> bool:
    images = []
    for focused in (False, True):
        option = QStyleOptionViewItem()
        option.rect = QRect(0, 0, 420, delegate.sizeHint(option, index).height() or 60)
        option.font = view.font()
        option.palette = view.palette()
        option.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Active
        if focused:
            option.state |= QStyle.StateFlag.State_HasFocus
        image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        delegate.paint(painter, option, index)
        painter.end()
        images.append(image)
    return images[0] != images[1]


def test_the_rows_we_paint_show_keyboard_focus(window: MainWindow, seeded: Library) -> None:
    select_thread_article(window)
    tree = window.reader.comment_tree
    assert _focus_changes_the_painting(tree.comment_delegate, tree, tree.model().index(0, 0))

    results = SearchResultsModel()
    results.set_groups(search_store.search(seeded.db, "signature").groups)
    view = window.search_panel.view
    delegate = SearchHitDelegate(view)
    assert _focus_changes_the_painting(delegate, view, results.index(0, 0))
    assert _focus_changes_the_painting(delegate, view, results.first_hit_index())

    window.show_author(tree.current_node().comment.author_id if tree.current_node() else
                       tree.tree_model().nodes[0].comment.author_id)
    comments = window.profile.comments_view
    assert _focus_changes_the_painting(AuthorCommentDelegate(comments), comments, comments.model().index(0, 0))


# -- names for the screen reader ---------------------------------------------------------------


def _unnamed(top: QWidget) -> list[str]:
    """Views, edits and buttons without a readable text in `top` (Qt's own parts of them aside:
    a view's header, a line edit's clear button, a table's corner)."""
    found = []
    for widget in top.findChildren(QWidget):
        if widget.window() is not top or isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
            continue
        if isinstance(widget, QAbstractButton):
            internal = isinstance(widget.parent(), (QLineEdit, QAbstractItemView, QMenuBar))
            if not internal and not any(c.isalpha() for c in widget.text()) and not widget.accessibleName():
                found.append(f"button {widget.text()!r} in {type(widget.parent()).__name__}")
        elif isinstance(widget, (QAbstractItemView, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox)):
            header = type(widget).__name__ == "QHeaderView"
            if not header and not widget.accessibleName():
                found.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    return found


def test_every_view_edit_and_icon_button_has_a_name(qtbot, window: MainWindow, seeded: Library,
                                                     settings: Settings) -> None:
    select_thread_article(window)
    window.show_author(window.reader.comment_model.nodes[0].comment.author_id)
    tops: list[QWidget] = [window, AnnotationsBrowser(seeded), PreferencesDialog(settings), TagPicker(seeded, "Tag"),
                           SearchHelpDialog(), ShortcutsDialog(window.commands.all_actions()),
                           NoteHistoryDialog([], "a note")]
    for top in tops[1:]:
        qtbot.addWidget(top)
    problems = {type(top).__name__: _unnamed(top) for top in tops}
    assert not {name: found for name, found in problems.items() if found}


def test_rows_read_out_by_a_screen_reader(window: MainWindow, seeded: Library) -> None:
    role = Qt.ItemDataRole.AccessibleTextRole
    model = window.article_model
    row = next(r for r in range(model.rowCount()) if model.article(r).comments)
    article = model.article(row)
    spoken = model.index(row, 0).data(role)
    assert article.title in spoken and f"{article.comments} comments" in spoken

    select_thread_article(window)
    comments = window.reader.comment_model
    first = comments.index(0, 0)
    node = comments.node(first)
    spoken = first.data(role)
    assert node.comment.handle in spoken and node.comment.body in spoken and "unread" in spoken

    results = SearchResultsModel()
    results.set_groups(search_store.search(seeded.db, "signature").groups)
    assert "hit" in results.index(0, 0).data(role)
    assert results.first_hit_index().data(role)

    window.show_author(node.comment.author_id)
    profile = window.profile.comments_model
    assert node.comment.body.split()[0] in profile.index(0, 0).data(role)


# -- sizes -------------------------------------------------------------------------------------


def test_no_widget_has_a_font_in_pixels(window: MainWindow) -> None:
    fixed = [type(w).__name__ for w in window.findChildren(QWidget) if w.font().pixelSize() != -1]
    assert not fixed


def test_comment_cards_grow_with_the_font(window: MainWindow) -> None:
    select_thread_article(window)
    tree = window.reader.comment_tree
    index = tree.model().index(0, 0)
    heights = []
    for points in (9, 18):
        option = QStyleOptionViewItem()
        option.font = QFont(tree.font())
        option.font.setPointSize(points)
        heights.append(tree.comment_delegate.sizeHint(option, index).height())
    assert heights[1] > heights[0] * 1.5


def test_painted_pixmaps_follow_the_screen_pixel_ratio(monkeypatch, seeded: Library) -> None:
    icon = color_icon("#e05d5d")
    assert QSize(24, 24) in icon.availableSizes()  # drawn at 2x, not scaled up from 1x
    assert icon.pixmap(QSize(12, 12), 2.0).size() == QSize(24, 24)

    monkeypatch.setattr(hidpi, "device_pixel_ratio", lambda: 3.0)
    model = ArticleListModel(seeded)
    mark = model._mark_pixmap(("#e05d5d", "#5d8de0"))
    assert mark.devicePixelRatio() == 3.0
    assert mark.width() == 3 * round(mark.deviceIndependentSize().width())
    assert QSize(36, 36) in color_icon("#5d8de0").availableSizes()


def test_the_window_renders_at_200_percent(tmp_path: Path) -> None:
    """QT_SCALE_FACTOR=2 as a high-DPI screen: the window and our pixmaps at twice the pixels."""
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from PySide6.QtCore import QSettings, QSize
        from PySide6.QtWidgets import QApplication
        app = QApplication(sys.argv)
        from desktop.ingest.importer import import_paths
        from desktop.store.db import Library
        from desktop.ui.main_window import MainWindow
        from desktop.ui.settings import Settings
        from desktop.ui.hidpi import color_icon
        library = Library.open({str(tmp_path / "hidpi.glossa")!r})
        import_paths(library, [{str(ROOT / "resources" / "demo")!r}])
        window = MainWindow(library, Settings(QSettings({str(tmp_path / "s.ini")!r}, QSettings.Format.IniFormat)))
        window.resize(900, 600)
        window.show()
        app.processEvents()
        shot = window.grab()
        icon = color_icon("#e05d5d").pixmap(QSize(12, 12), window.devicePixelRatio())
        print(window.devicePixelRatio(), shot.devicePixelRatio(), shot.width(), icon.devicePixelRatio())
        window.close()
        library.close()
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2",
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    window_ratio, shot_ratio, width, icon_ratio = result.stdout.split()
    assert float(window_ratio) == float(shot_ratio) == float(icon_ratio) == 2.0
    assert int(width) == 1800
