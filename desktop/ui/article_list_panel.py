"""The article list panel: the title filter above the table of articles, its columns shown, sized
and offered as they are declared (article_list_model.COLUMNS), the sort and the header layout
kept in the settings. It follows the session: another library's articles, read state written
and annotations changed show in the list; the window decides what choosing an article opens."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QByteArray, QCoreApplication, QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QMenu, QStyle, QTableView, QVBoxLayout, QWidget

from desktop.store.db import Library
from desktop.store.list_columns import DEFAULT_SORT
from desktop.ui.article_list_model import COLUMN_KEYS, COLUMNS, TITLE, ArticleListModel
from desktop.ui.i18n import format_short_date
from desktop.ui.session import Session, session_of
from desktop.ui.settings import Settings

FILTER_DELAY_MS = 150  # typing a word filters once, not at every letter
_MARK_WIDTH = 28


class ArticleListPanel(QWidget):
    current_changed = Signal(object)  # the reading.ArticleRow now current, or None
    cleared = Signal()  # a row was asked for that the list does not have: no article to show

    def __init__(self, session: Session | Library, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session_of(session, self)
        self.settings = settings
        self.model = ArticleListModel(self.session, self)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._setup_ui()
        self._connect_signals()

    # -- building --------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        # These texts were the main window's: its catalogue context keeps their translations.
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(QCoreApplication.translate("MainWindow", "Filter titles  (Ctrl+F)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(QCoreApplication.translate("MainWindow", "Filter article titles"))
        self.table = QTableView(self)
        self.table.setAccessibleName(QCoreApplication.translate("MainWindow", "Articles"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.setSectionsMovable(True)
        self._size_columns(header)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table)

    def _size_columns(self, header: QHeaderView) -> None:
        """Each column as its declaration asks: the counts as wide as their widest (translated)
        header with the sort arrow beside it, the dates as their header or a date, whichever is
        wider; then hidden or shown as on a first start."""
        style = header.style()
        padding = (2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
                   + style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + 8)
        metrics = self.fontMetrics()
        label_widths = [metrics.horizontalAdvance(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
                        + padding for column in range(len(COLUMNS))]
        count_width = max(w for w, c in zip(label_widths, COLUMNS, strict=True) if c.width == "count")
        date_width = metrics.horizontalAdvance(format_short_date(date(2022, 12, 23))) + 24
        for number, column in enumerate(COLUMNS):
            if column.width == "stretch":
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch)
            elif column.width == "mark":
                header.resizeSection(number, _MARK_WIDTH)
            elif column.width == "count":
                header.resizeSection(number, count_width)
            elif column.width == "date":
                header.resizeSection(number, max(label_widths[number], date_width))
        self._column_widths = [header.sectionSize(column) for column in range(header.count())]
        for number, column in enumerate(COLUMNS):
            header.setSectionHidden(number, not column.shown)

    def _connect_signals(self) -> None:
        self.filter_edit.textChanged.connect(self._filter_timer.start)
        self._filter_timer.timeout.connect(self._on_filter_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        header = self.table.horizontalHeader()
        header.customContextMenuRequested.connect(self._on_header_menu)
        header.sortIndicatorChanged.connect(self._on_sort_changed)
        self.session.library_changed.connect(self._on_library_changed)
        self.session.reading_changed.connect(self._on_reading_changed)
        self.session.annotations_changed.connect(self._on_annotations_changed)

    # -- the library -----------------------------------------------------------------------

    def _on_library_changed(self, _library: Library) -> None:
        """The other library's articles as the session's query lists them; the window reloads
        the list when the rest is set (the tags' colours)."""
        self.model.view = self.session.list_query.view
        self.model.restrict_to = None

    def _on_reading_changed(self, article_ids: list[int]) -> None:
        self.model.refresh_rows(article_ids)

    def _on_annotations_changed(self, _articles: set[int] | None) -> None:
        self.model.refresh_marks()  # the tags' colours beside the titles

    def show_query(self, view: str, articles: Iterable[int] | None) -> None:
        """A view, restricted to `articles` (None: all of them); the current article stays
        current if it is still listed."""
        self.model.view = view
        self.model.restrict_to = set(articles) if articles is not None else None
        self.reload_keeping_current()

    def reload_keeping_current(self) -> None:
        """Query the list again; the current article stays current if it is still listed."""
        current = self.current_article_id()
        self.model.reload()
        if current is None or not self.select_article(current):
            self.select_row(0)

    # -- the current article and the selection ---------------------------------------------

    def current_article_id(self) -> int | None:
        row = self.table.currentIndex().row()
        return self.model.ids[row] if 0 <= row < len(self.model.ids) else None

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            self.cleared.emit()
            return
        index = self.model.index(row, TITLE)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def select_article(self, article_id: int) -> bool:
        row = self.model.row_of(article_id)
        if row < 0:
            return False
        self.select_row(row)
        return True

    def selected_article_ids(self) -> list[int]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return [self.model.ids[r] for r in sorted(rows) if r < len(self.model.ids)]

    def move_current(self, step: int) -> None:
        """The next (1) or previous (-1) article; from none, the first."""
        row = self.table.currentIndex().row()
        target = row + step if row >= 0 else 0
        if 0 <= target < self.model.rowCount():
            self.select_row(target)

    def select_next_unread(self) -> bool:
        """The next article below the current one with something unread, if any."""
        row = self.table.currentIndex().row()
        for candidate in range(row + 1, self.model.rowCount()):
            article = self.model.article(candidate)
            if article is not None and (article.unread or not article.is_read):
                self.select_row(candidate)
                return True
        return False

    def first_row_with_comments(self) -> int:
        """A first start opens a thread, not a blank pane: the first article that has comments."""
        return next((row for row in range(min(self.model.rowCount(), 200))  # a look near the top only
                     if (article := self.model.article(row)) is not None and article.comments), 0)

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(self.model.article(current.row()) if current.isValid() else None)

    # -- the title filter ------------------------------------------------------------------

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def clear_filter(self) -> None:
        self.filter_edit.clear()
        self._on_filter_changed()

    def _on_filter_changed(self) -> None:
        self.model.title_filter = self.filter_edit.text()
        self.reload_keeping_current()

    # -- columns, sort and the header's layout ---------------------------------------------

    def fill_columns_menu(self, menu: QMenu) -> None:
        """A check box for each column but the title, named by its tooltip."""
        menu.clear()
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            if column == TITLE:
                continue
            label = self.model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))

    def _on_header_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        self.fill_columns_menu(menu)
        menu.exec(self.table.horizontalHeader().mapToGlobal(position))

    def _on_sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        self.settings.sort_column = COLUMN_KEYS[column]
        self.settings.sort_descending = order == Qt.SortOrder.DescendingOrder
        current = self.current_article_id()
        if current is not None:
            self.table.scrollTo(self.model.index(max(0, self.model.row_of(current)), TITLE))

    def restore_state(self) -> None:
        """The saved header layout and sort, as far as they still fit the declared columns."""
        s = self.settings
        header = self.table.horizontalHeader()
        if not s.list_header.isEmpty():
            # A header saved before its columns were recorded knew today's (the last were added long before).
            known = set(s.list_header_columns) - {""} or set(COLUMN_KEYS)
            if known.issuperset(COLUMN_KEYS):
                header.restoreState(s.list_header)
            else:  # columns were added since: they are new at the end
                self._restore_older(s.list_header, sum(key in known for key in COLUMN_KEYS))
            self._clamp_columns()
        key = s.sort_column if s.sort_column in COLUMN_KEYS else DEFAULT_SORT
        order = Qt.SortOrder.DescendingOrder if s.sort_descending else Qt.SortOrder.AscendingOrder
        self.model.sort_key, self.model.descending = key, s.sort_descending
        header.blockSignals(True)
        header.setSortIndicator(COLUMN_KEYS.index(key), order)
        header.blockSignals(False)

    def _restore_older(self, state: QByteArray, known: int) -> None:
        """A header saved when only the first `known` columns existed: those as saved, the
        columns added since as declared (Qt would show them). Restored into a header of the old
        size and copied section by section: Qt's own restore into more sections than were saved
        keeps a wrong total width, and the state saved after it is refused at the next start."""
        old = QTableView()
        old.setModel(QStandardItemModel(0, known, old))
        saved = old.horizontalHeader()
        if not saved.restoreState(state):
            return
        header = self.table.horizontalHeader()
        for number in range(known):
            if not saved.isSectionHidden(number):
                header.resizeSection(number, saved.sectionSize(number))
            header.setSectionHidden(number, saved.isSectionHidden(number))
        for number in range(known, len(COLUMNS)):
            header.setSectionHidden(number, not COLUMNS[number].shown)
        for visual in range(known):
            number = saved.logicalIndex(visual)
            header.moveSection(header.visualIndex(number), visual)

    def save_state(self) -> None:
        self.settings.list_header = self.table.horizontalHeader().saveState()
        self.settings.list_header_columns = list(COLUMN_KEYS)

    def _clamp_columns(self) -> None:
        """A restored header keeps the title column stretching and no other column more than
        twice its default width: a wide one would leave the titles a few characters."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column, default in enumerate(self._column_widths):
            if column != TITLE and header.sectionSize(column) > 2 * default:
                header.resizeSection(column, default)

