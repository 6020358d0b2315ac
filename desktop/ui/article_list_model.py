"""The article list: ids only, plus a lazily filled row cache, so 100,000 rows open at once.
Sorting and filtering are done in SQL (store.reading); the model is reset with the new ids."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from desktop.store import reading
from desktop.store.db import Library

Index = QModelIndex | QPersistentModelIndex
# (sort key, header, tooltip)
COLUMNS = [
    ("starred", "★", "Starred"),
    ("title", "Title", "Article title"),
    ("comments", "Comments", "Number of comments"),
    ("unread", "Unread", "Unread comments"),
    ("participants", "People", "Distinct commenters"),
    ("first_comment", "First comment", "Time of the first comment"),
    ("last_comment", "Last comment", "Time of the latest comment"),
    ("imported", "Imported", "When the article was imported"),
    ("source", "Source", "Source file or URL"),
]
COLUMN_KEYS = [key for key, _, _ in COLUMNS]
ArticleIdRole = Qt.ItemDataRole.UserRole + 1
_BATCH = 200


class ArticleListModel(QAbstractTableModel):
    def __init__(self, library: Library, parent: Any = None) -> None:
        super().__init__(parent)
        self.library = library
        self.ids: list[int] = []
        self._cache: dict[int, reading.ArticleRow] = {}
        self.view = "all"
        self.sort_key = "imported"
        self.descending = True
        self.title_filter = ""

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Fetch the ids for the current view, filter and sort; rows are fetched on demand."""
        self.beginResetModel()
        self.ids = reading.article_ids(
            self.library.db, self.view, self.sort_key, self.descending, self.title_filter
        )
        self._cache.clear()
        self.endResetModel()

    def set_library(self, library: Library) -> None:
        self.library = library
        self.reload()

    def refresh_rows(self, article_ids: list[int]) -> None:
        """Re-read some rows after their state changed (read, starred, comments read)."""
        for article_id in article_ids:
            self._cache.pop(article_id, None)
        for article_id in article_ids:
            if article_id in self.ids:
                row = self.ids.index(article_id)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def row_of(self, article_id: int) -> int:
        try:
            return self.ids.index(article_id)
        except ValueError:
            return -1

    def article(self, row: int) -> reading.ArticleRow | None:
        if not 0 <= row < len(self.ids):
            return None
        article_id = self.ids[row]
        cached = self._cache.get(article_id)
        if cached is None:
            batch = self.ids[max(0, row - _BATCH // 4) : row + _BATCH]
            self._cache.update(reading.article_rows(self.library.db, [i for i in batch if i not in self._cache]))
            cached = self._cache.get(article_id)
        return cached

    # -- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][1]
        if role == Qt.ItemDataRole.ToolTipRole:
            return COLUMNS[section][2]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        article = self.article(index.row())
        if article is None:
            return None
        key = COLUMN_KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(article, key)
        if role == ArticleIdRole:
            return article.id
        if role == Qt.ItemDataRole.FontRole and not article.is_read:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and key in ("title", "source"):
            return article.title if key == "title" else article.source
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("comments", "unread", "participants", "starred"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if key != "starred" else int(
                Qt.AlignmentFlag.AlignCenter
            )
        if role == Qt.ItemDataRole.ForegroundRole and key == "starred" and article.is_starred:
            return QApplication.palette().color(QPalette.ColorRole.Link)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = ("unread, " if not article.is_read else "") + ("starred, " if article.is_starred else "")
            return f"{state}{article.title}, {article.comments} comments"
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.sort_key = COLUMN_KEYS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        self.reload_keep_layout()
        self.layoutChanged.emit()

    def reload_keep_layout(self) -> None:
        """Re-sort inside a layout change so the selection and persistent indexes follow."""
        old_ids = list(self.ids)
        persistent = self.persistentIndexList()
        self.ids = reading.article_ids(
            self.library.db, self.view, self.sort_key, self.descending, self.title_filter
        )
        positions = {article_id: row for row, article_id in enumerate(self.ids)}
        new_indexes = []
        for index in persistent:
            moved = positions.get(old_ids[index.row()]) if index.row() < len(old_ids) else None
            new_indexes.append(self.index(moved, index.column()) if moved is not None else QModelIndex())
        self.changePersistentIndexList(persistent, new_indexes)


def _display(article: reading.ArticleRow, key: str) -> str:
    if key == "starred":
        return "★" if article.is_starred else ""
    if key == "title":
        return article.title
    if key in ("comments", "unread", "participants"):
        value = getattr(article, key)
        return str(value) if value or key == "comments" else ""
    if key in ("first_comment", "last_comment", "imported"):
        value = getattr(article, key)
        return value.strftime("%Y-%m-%d %H:%M") if value else ""
    if key == "source":
        return article.source.rsplit("/", 1)[-1]
    return ""
