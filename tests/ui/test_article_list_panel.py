"""The article list panel on its own: choosing a row says which article, a row it does not have
says there is none, the title filter keeps the current article when it can, the sort and the
header layout are kept in the settings (the window's v2 header key) and come back."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QMenu, QTableView

from desktop.store.db import Library
from desktop.ui.article_list_model import COLUMN_KEYS, COLUMNS, TITLE
from desktop.ui.article_list_panel import ArticleListPanel
from desktop.ui.settings import Settings


def make_panel(qtbot, library: Library, settings: Settings) -> ArticleListPanel:
    panel = ArticleListPanel(library, settings)
    qtbot.addWidget(panel)
    panel.restore_state()
    panel.model.reload()
    panel.resize(900, 400)
    return panel


def test_choosing_a_row_says_which_article(qtbot, seeded: Library, settings: Settings) -> None:
    panel = make_panel(qtbot, seeded, settings)
    assert panel.model.rowCount() == 2
    with qtbot.waitSignal(panel.current_changed) as chosen:
        panel.select_row(1)
    assert chosen.args[0].id == panel.model.ids[1] == panel.current_article_id()
    with qtbot.waitSignal(panel.current_changed) as chosen:
        panel.move_current(-1)
    assert chosen.args[0].id == panel.model.ids[0]
    with qtbot.waitSignal(panel.cleared):
        panel.select_row(5)
    assert panel.select_article(panel.model.ids[1]) and panel.current_article_id() == panel.model.ids[1]
    assert not panel.select_article(10**6)
    assert panel.selected_article_ids() == [panel.model.ids[1]]


def test_the_filter_keeps_the_current_article_or_says_there_is_none(qtbot, seeded: Library,
                                                                    settings: Settings) -> None:
    panel = make_panel(qtbot, seeded, settings)
    kremlin = next(i for i in panel.model.ids if "Kremlin" in panel.model.article(panel.model.row_of(i)).title)
    panel.select_article(kremlin)
    qtbot.keyClicks(panel.filter_edit, "kreml")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.current_article_id() == kremlin
    with qtbot.waitSignal(panel.cleared):
        qtbot.keyClicks(panel.filter_edit, "xyz")
    assert panel.model.rowCount() == 0 and panel.current_article_id() is None
    with qtbot.waitSignal(panel.current_changed):
        panel.clear_filter()
    assert panel.model.rowCount() == 2


def test_sort_and_header_are_kept_in_the_settings(qtbot, seeded: Library, tmp_path) -> None:
    store = QSettings(str(tmp_path / "list.ini"), QSettings.Format.IniFormat)
    first = make_panel(qtbot, seeded, Settings(store))
    header = first.table.horizontalHeader()
    header.setSortIndicator(COLUMN_KEYS.index("comments"), Qt.SortOrder.AscendingOrder)
    unread = COLUMN_KEYS.index("unread")
    header.setSectionHidden(unread, False)
    header.moveSection(header.visualIndex(unread), 0)
    first.save_state()
    assert store.value("articleList/sortColumn") == "comments" and not store.contains("articleList/header")
    assert not Settings(store).list_header.isEmpty()  # articleList/v2/header

    again = make_panel(qtbot, seeded, Settings(store))
    header = again.table.horizontalHeader()
    assert header.sortIndicatorSection() == COLUMN_KEYS.index("comments")
    assert (again.model.sort_key, again.model.descending) == ("comments", False)
    assert not header.isSectionHidden(unread) and header.visualIndex(unread) == 0
    counts = [again.model.article(row).comments for row in range(again.model.rowCount())]
    assert counts == sorted(counts)


def test_a_saved_sort_column_that_no_longer_exists_falls_back(qtbot, seeded: Library, tmp_path) -> None:
    store = QSettings(str(tmp_path / "old.ini"), QSettings.Format.IniFormat)
    store.setValue("articleList/sortColumn", "votes")
    panel = make_panel(qtbot, seeded, Settings(store))
    assert panel.model.sort_key == "imported"
    assert panel.table.horizontalHeader().sortIndicatorSection() == COLUMN_KEYS.index("imported")


def test_the_columns_menu_shows_and_hides_columns(qtbot, seeded: Library, settings: Settings) -> None:
    panel = make_panel(qtbot, seeded, settings)
    menu = QMenu()
    panel.fill_columns_menu(menu)
    actions = menu.actions()
    assert len(actions) == len(COLUMNS) - 1  # the title always stays
    header = panel.table.horizontalHeader()
    source = COLUMN_KEYS.index("source")
    action = actions[source if source < TITLE else source - 1]
    assert action.text() == "Source file or URL" and not action.isChecked()
    action.setChecked(True)
    assert not header.isSectionHidden(source)


def test_a_column_added_since_the_header_was_saved_is_shown_as_declared(qtbot, seeded: Library,
                                                                        tmp_path) -> None:
    """A header saved before the last two columns existed (both hidden at first): they come
    hidden, while the columns it knew keep their saved state and place; once saved, the user's
    choice holds at the next start."""
    older = QTableView()  # the list as it was: all but the last two columns, one hidden by the user
    older.setModel(QStandardItemModel(2, len(COLUMNS) - 2, older))
    unread, source = COLUMN_KEYS.index("unread"), COLUMN_KEYS.index("source")
    older.horizontalHeader().setSectionHidden(source, True)
    older.horizontalHeader().moveSection(unread, 0)
    store = QSettings(str(tmp_path / "older.ini"), QSettings.Format.IniFormat)
    Settings(store).list_header = older.horizontalHeader().saveState()
    Settings(store).list_header_columns = list(COLUMN_KEYS[:-2])
    assert [COLUMNS[n].shown for n in (-2, -1)] == [False, False]

    panel = make_panel(qtbot, seeded, Settings(store))
    header = panel.table.horizontalHeader()
    assert [header.isSectionHidden(n) for n in (unread, source, len(COLUMNS) - 2, len(COLUMNS) - 1)] == [
        False, True, True, True]
    assert header.visualIndex(unread) == 0
    header.setSectionHidden(len(COLUMNS) - 1, False)
    panel.save_state()
    again = make_panel(qtbot, seeded, Settings(store))  # Qt's restore of fewer sections broke this one
    header = again.table.horizontalHeader()
    assert not header.isSectionHidden(len(COLUMNS) - 1) and header.isSectionHidden(source)
    assert header.visualIndex(unread) == 0
