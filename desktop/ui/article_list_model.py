"""The article list: ids only, plus a lazily filled row cache, so 100,000 rows open at once.
Sorting and filtering are done in SQL (store.reading); the model is reset with the new ids."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from desktop.store import annotations as annotation_store
from desktop.store import list_columns, reading
from desktop.store.db import Library
from desktop.ui.hidpi import canvas
from desktop.ui.i18n import QT_TRANSLATE_NOOP, format_datetime, format_short_date
from desktop.ui.session import Session, session_of


def plain_tooltip(text: str) -> str:
    """safe_text's, loaded when a tooltip is first shown: not before the window's first paint."""
    from desktop.ui.safe_text import plain_tooltip as tooltip

    return tooltip(text)


Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column:
    """How a list column looks. Its key names its declaration in the store (list_columns.py:
    what it reads and how it sorts), and COLUMNS keeps the store's order (a saved header's)."""

    key: str
    label: str  # the header, in English: translated when shown
    tooltip: str  # the header's tooltip and the column's entry in the Columns menu
    text: Callable[[reading.ArticleRow], str]  # the cell
    hint: Callable[[reading.ArticleRow], str | None] | None = None  # the cell's tooltip
    align: Qt.AlignmentFlag | None = None  # None: the view's
    width: Literal["stretch", "mark", "count", "date", ""] = ""  # how the panel sizes it; "": Qt's default
    shown: bool = True  # on a first start; the Columns menu shows or hides it after
    tag_marks: bool = False  # the article's tag colours beside the text
    linked: Callable[[reading.ArticleRow], bool] | None = None  # when true, in the palette's link colour


def _count(field: str) -> Callable[[reading.ArticleRow], str]:
    """A figure, blank when zero: the eye finds the rows that have some."""
    def text(article: reading.ArticleRow) -> str:
        value = getattr(article, field)
        return str(value) if value else ""
    return text


def _date(field: str) -> Callable[[reading.ArticleRow], str]:
    """The date; the time is in the tooltip (_date_hint)."""
    def text(article: reading.ArticleRow) -> str:
        value = getattr(article, field)
        return format_short_date(value) if value else ""
    return text


def _date_hint(field: str) -> Callable[[reading.ArticleRow], str | None]:
    def hint(article: reading.ArticleRow) -> str | None:
        value = getattr(article, field)
        return format_datetime(value, full_month=True) if value else None
    return hint


COLUMNS: tuple[Column, ...] = (
    Column("starred", "★", QT_TRANSLATE_NOOP("ArticleListModel", "Starred"),
           lambda article: "★" if article.is_starred else "", align=Qt.AlignmentFlag.AlignCenter, width="mark",
           linked=lambda article: article.is_starred),
    Column("title", QT_TRANSLATE_NOOP("ArticleListModel", "Title"),
           QT_TRANSLATE_NOOP("ArticleListModel", "Article title"),
           lambda article: article.title, hint=lambda article: plain_tooltip(article.title), width="stretch",
           tag_marks=True),
    Column("comments", QT_TRANSLATE_NOOP("ArticleListModel", "Comments"),
           QT_TRANSLATE_NOOP("ArticleListModel", "Number of comments"),
           lambda article: str(article.comments), align=_RIGHT, width="count"),
    Column("unread", QT_TRANSLATE_NOOP("ArticleListModel", "Unread"),
           QT_TRANSLATE_NOOP("ArticleListModel", "Unread comments"),
           _count("unread"), align=_RIGHT, width="count", shown=False),
    Column("participants", QT_TRANSLATE_NOOP("ArticleListModel", "People"),
           QT_TRANSLATE_NOOP("ArticleListModel", "Distinct commenters"),
           _count("participants"), align=_RIGHT, width="count", shown=False),
    Column("first_comment", QT_TRANSLATE_NOOP("ArticleListModel", "First comment"),
           QT_TRANSLATE_NOOP("ArticleListModel", "Time of the first comment"),
           _date("first_comment"), hint=_date_hint("first_comment"), width="date", shown=False),
    Column("last_comment", QT_TRANSLATE_NOOP("ArticleListModel", "Last comment"),
           QT_TRANSLATE_NOOP("ArticleListModel", "Time of the latest comment"),
           _date("last_comment"), hint=_date_hint("last_comment"), width="date"),
    Column("imported", QT_TRANSLATE_NOOP("ArticleListModel", "Imported"),
           QT_TRANSLATE_NOOP("ArticleListModel", "When the article was imported"),
           _date("imported"), hint=_date_hint("imported"), width="date", shown=False),
    Column("source", QT_TRANSLATE_NOOP("ArticleListModel", "Source"),
           QT_TRANSLATE_NOOP("ArticleListModel", "Source file or URL"),
           lambda article: article.source.rsplit("/", 1)[-1], hint=lambda article: plain_tooltip(article.source),
           shown=False),
    Column("replies", QT_TRANSLATE_NOOP("ArticleListModel", "Replies"),
           QT_TRANSLATE_NOOP("ArticleListModel", "Comments that answer another comment"),
           _count("replies"), align=_RIGHT, shown=False),
    Column("max_depth", QT_TRANSLATE_NOOP("ArticleListModel", "Depth"),
           QT_TRANSLATE_NOOP("ArticleListModel", "Deepest level of the thread"),
           _count("max_depth"), align=_RIGHT, shown=False),
    Column("duration", QT_TRANSLATE_NOOP("ArticleListModel", "Lasted"),
           QT_TRANSLATE_NOOP("ArticleListModel", "From the first comment to the last"),
           lambda article: _duration(article.duration_minutes), align=_RIGHT, shown=False),
)
COLUMN_KEYS = tuple(column.key for column in COLUMNS)
TITLE = COLUMN_KEYS.index("title")  # the main column: it stretches, stays shown and holds the current row
ArticleIdRole = Qt.ItemDataRole.UserRole + 1
_BATCH = 200


class ArticleListModel(QAbstractTableModel):
    def __init__(self, session: Session | Library, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session_of(session, self)  # the store is read through it
        self.ids: list[int] = []
        self._cache: dict[int, reading.ArticleRow] = {}
        self.view = "all"
        self.sort_key = list_columns.DEFAULT_SORT
        self.descending = True
        self.title_filter = ""
        self.restrict_to: set[int] | None = None  # e.g. the articles carrying the selected tags
        self.tag_colors: dict[int, str] = {}
        self._marks: dict[int, list[int]] = {}
        self._mark_pixmaps: dict[tuple[str, ...], QPixmap] = {}
        # Until the first reload() a sort only records the order: the view's set-up (sorting
        # enabled, the header restored) would otherwise fetch every id twice before the window opens.
        self._loaded = False

    @property
    def library(self) -> Library:
        return self.session.library

    # -- loading ---------------------------------------------------------------------------

    def _query_ids(self) -> list[int]:
        ids = self.session.call(reading.article_ids, self.view, self.sort_key, self.descending, self.title_filter)
        if self.restrict_to is not None:
            ids = [i for i in ids if i in self.restrict_to]
        return ids

    def reload(self) -> None:
        """Fetch the ids for the current view, filter and sort; rows are fetched on demand."""
        self.beginResetModel()
        self._loaded = True
        self.ids = self._query_ids()
        self._cache.clear()
        self._marks.clear()
        self.endResetModel()

    def refresh_marks(self) -> None:
        """Tags changed: re-read the colour marks of the rows already shown."""
        self._marks.clear()
        self._mark_pixmaps.clear()
        if self.ids:
            self.dataChanged.emit(self.index(0, TITLE), self.index(len(self.ids) - 1, TITLE),
                                  [Qt.ItemDataRole.DecorationRole])

    def refresh_rows(self, article_ids: list[int]) -> None:
        """Re-read some rows after their state changed (read, starred, comments read)."""
        for article_id in article_ids:
            self._cache.pop(article_id, None)
            self._marks.pop(article_id, None)
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
            batch = [i for i in self.ids[max(0, row - _BATCH // 4) : row + _BATCH] if i not in self._cache]
            self._cache.update(self.session.call(reading.article_rows, batch))
            marks = self.session.call(annotation_store.article_tag_marks, batch, self.session.view_coder())
            self._marks.update({i: marks.get(i, []) for i in batch})
            cached = self._cache.get(article_id)
        return cached

    def marks(self, article_id: int) -> list[int]:
        if article_id not in self._marks:
            marks = self.session.call(annotation_store.article_tag_marks, [article_id], self.session.view_coder())
            self._marks[article_id] = marks.get(article_id, [])
        return self._marks[article_id]

    def _mark_pixmap(self, colors: tuple[str, ...]) -> QPixmap:
        pixmap = self._mark_pixmaps.get(colors)
        if pixmap is None:  # drawn at the screen's pixel ratio: crisp at 200 %
            size, gap = 8, 3
            shown = colors[:4]
            pixmap = canvas(max(1, len(shown) * (size + gap)), size + 2)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            for number, color in enumerate(shown):
                painter.setPen(QColor(color).darker(130))
                painter.setBrush(QColor(color))
                painter.drawEllipse(number * (size + gap), 1, size, size)
            painter.end()
            self._mark_pixmaps[colors] = pixmap
        return pixmap

    # -- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section].label)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(COLUMNS[section].tooltip)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        article = self.article(index.row())
        if article is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(article)
        if role == ArticleIdRole:
            return article.id
        if role == Qt.ItemDataRole.DecorationRole and column.tag_marks:
            colors = tuple(self.tag_colors[t] for t in self.marks(article.id) if t in self.tag_colors)
            return self._mark_pixmap(colors) if colors else None
        if role == Qt.ItemDataRole.FontRole and not article.is_read:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column.hint is not None:
            return column.hint(article)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align is not None:
            return int(column.align)
        if role == Qt.ItemDataRole.ForegroundRole and column.linked is not None and column.linked(article):
            return QApplication.palette().color(QPalette.ColorRole.Link)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.accessible_text(article)
        return None

    def accessible_text(self, article: reading.ArticleRow) -> str:
        """What a screen reader says for a row: its state, title, comments and when."""
        parts = []
        if not article.is_read:
            parts.append(self.tr("unread"))
        if article.is_starred:
            parts.append(self.tr("starred"))
        parts += [article.title, self.tr("%Ln comment(s)", "", article.comments)]
        if article.unread:
            parts.append(self.tr("%Ln unread", "comments", article.unread))
        if article.last_comment:
            parts.append(self.tr("last comment {time}").format(time=format_datetime(article.last_comment)))
        return ", ".join(parts)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.sort_key = COLUMN_KEYS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        if not self._loaded:
            return
        self.layoutAboutToBeChanged.emit()
        self.reload_keep_layout()
        self.layoutChanged.emit()

    def reload_keep_layout(self) -> None:
        """Re-sort inside a layout change so the selection and persistent indexes follow."""
        old_ids = list(self.ids)
        persistent = self.persistentIndexList()
        self.ids = self._query_ids()
        positions = {article_id: row for row, article_id in enumerate(self.ids)}
        new_indexes = []
        for index in persistent:
            moved = positions.get(old_ids[index.row()]) if index.row() < len(old_ids) else None
            new_indexes.append(self.index(moved, index.column()) if moved is not None else QModelIndex())
        self.changePersistentIndexList(persistent, new_indexes)


def _duration(minutes: int | None) -> str:
    if minutes is None:
        return ""
    if minutes < 60:
        return QCoreApplication.translate("ArticleListModel", "{minutes} min").format(minutes=minutes)
    if minutes < 48 * 60:
        return QCoreApplication.translate("ArticleListModel", "{hours} h {minutes} min").format(
            hours=minutes // 60, minutes=minutes % 60)
    return QCoreApplication.translate("ArticleListModel", "{days} d {hours} h").format(
        days=minutes // 1440, hours=minutes % 1440 // 60)
