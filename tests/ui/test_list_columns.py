"""The list's look (desktop/ui/article_list_model.COLUMNS) is keyed by the store's declaration
(desktop/store/list_columns.py): the same keys in the same order, each sorted by the store's SQL,
and the window shows, sizes and offers each column as its declaration says, with no list of
column keys of its own."""

from __future__ import annotations

import ast
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.store import list_columns, reading
from desktop.ui.article_list_model import COLUMN_KEYS, COLUMNS, ArticleListModel

ROOT = Path(__file__).resolve().parents[2]


def test_the_ui_columns_are_the_stores_in_its_order() -> None:
    assert COLUMN_KEYS == list_columns.COLUMN_KEYS


def test_each_column_shows_any_row() -> None:
    empty = reading.ArticleRow(1, "t", 0, 0, 0, None, None, None, "", False, False)
    full = reading.ArticleRow(2, "<b>t</b>", 3, 2, 2, datetime(2023, 1, 5, 10), datetime(2023, 1, 6, 11),
                              datetime(2023, 2, 1), "https://x/y/page.txt", True, True, 1, 2)
    for column in COLUMNS:
        for row in (empty, full):
            assert isinstance(column.text(row), str), column.key
            assert column.hint is None or column.hint(row) is None or isinstance(column.hint(row), str)
    shown = {column.key: column.text(full) for column in COLUMNS}
    assert shown["source"] == "page.txt" and shown["comments"] == "3" and shown["duration"] == "25 h 0 min"
    assert {column.key: column.text(empty) for column in COLUMNS}["unread"] == ""


def test_each_column_sorts_by_the_stores_sql(seeded) -> None:
    model = ArticleListModel(seeded)
    model.reload()
    assert model.columnCount() == len(list_columns.LIST_COLUMNS)
    for number, column in enumerate(list_columns.LIST_COLUMNS):
        model.sort(number, Qt.SortOrder.DescendingOrder)
        assert model.sort_key == column.key
        assert model.ids == reading.article_ids(seeded.db, "all", column.key, True)


def test_the_window_shows_sizes_and_offers_each_column_as_declared(window) -> None:
    header = window.article_table.horizontalHeader()
    assert [not header.isSectionHidden(n) for n in range(header.count())] == [c.shown for c in COLUMNS]
    stretch = [n for n, c in enumerate(COLUMNS) if c.width == "stretch"]
    assert [header.sectionResizeMode(n) == header.ResizeMode.Stretch for n in range(header.count())] == [
        n in stretch for n in range(header.count())]
    for number in range(header.count()):
        header.setSectionHidden(number, False)
    counts = {header.sectionSize(n) for n, c in enumerate(COLUMNS) if c.width == "count"}
    assert len(counts) == 1 and min(counts) > 30  # the counts line up, whichever are shown
    assert header.sectionSize(COLUMN_KEYS.index("starred")) == 28
    window.commands.columns_menu.aboutToShow.emit()
    menu = window.commands.columns_menu
    offered = [action.text() for action in menu.actions()]
    assert offered == [window.article_model.headerData(n, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
                       for n in range(len(COLUMNS)) if n not in stretch]


def test_no_other_module_keeps_a_list_of_column_keys() -> None:
    """The five places a column was declared in, agreeing through string keys, are one."""
    keys = set(list_columns.COLUMN_KEYS)
    for module in ("desktop/ui/main_window.py", "desktop/ui/article_list_panel.py"):
        tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
        named = [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and node.value in keys]
        assert named == [], (module, named)
