"""Every note and highlight in the library in one table (calibre's "Browse annotations"),
filtered by tag (with the tags below it), commenter and text, each with its source. Enter or a
double-click asks the window to open the source: the article, the comment, the highlight."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QIcon, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.store import annotations as annotation_store
from desktop.store import authors as author_store
from desktop.store.annotations import AnnotationEntry, TagInfo
from desktop.store.db import Library
from desktop.ui.hidpi import color_icon
from desktop.ui.i18n import PLURAL, QT_TRANSLATE_NOOP, format_datetime, format_timestamp, translate, translated
from desktop.ui.safe_text import markdown_as_text, plain_tooltip
from desktop.ui.session import call_on
from desktop.ui.shortcuts_dialog import close_on_escape

Index = QModelIndex | QPersistentModelIndex
FILTER_DELAY_MS = 250
COLUMNS = (  # in English, translated when shown
    QT_TRANSLATE_NOOP("AnnotationTableModel", "Kind"),
    QT_TRANSLATE_NOOP("AnnotationTableModel", "Text"),
    QT_TRANSLATE_NOOP("AnnotationTableModel", "Note"),
    QT_TRANSLATE_NOOP("AnnotationTableModel", "Tags"),
    QT_TRANSLATE_NOOP("AnnotationTableModel", "Source"),
    QT_TRANSLATE_NOOP("AnnotationTableModel", "Date"),
)
KIND, TEXT, NOTE, TAGS, SOURCE, DATE = range(len(COLUMNS))
_COLUMN_SHARES = {KIND: 0.14, TEXT: 0.33, NOTE: 0.15, TAGS: 0.12, SOURCE: 0.26}  # of the width left by the date
# What an annotation is on, one whole phrase per kind (other languages inflect the noun), in English:
# translated when shown (context AnnotationsBrowser).
_HIGHLIGHT_IN = {
    "article": QT_TRANSLATE_NOOP("AnnotationsBrowser", "Highlight in article"),
    "comment": QT_TRANSLATE_NOOP("AnnotationsBrowser", "Highlight in comment"),
}
_NOTE_ON = {
    "article": QT_TRANSLATE_NOOP("AnnotationsBrowser", "Note on article"),
    "comment": QT_TRANSLATE_NOOP("AnnotationsBrowser", "Note on comment"),
    "highlight": QT_TRANSLATE_NOOP("AnnotationsBrowser", "Note on highlight"),
    "author": QT_TRANSLATE_NOOP("AnnotationsBrowser", "Note on commenter"),
    "tag": QT_TRANSLATE_NOOP("AnnotationsBrowser", "Note on tag"),
    "campaign": QT_TRANSLATE_NOOP("AnnotationsBrowser", "Note on campaign"),
}
_DELETED = {
    "article": QT_TRANSLATE_NOOP("AnnotationsBrowser", "Deleted article: {label}"),
    "comment": QT_TRANSLATE_NOOP("AnnotationsBrowser", "Deleted comment: {label}"),
    "highlight": QT_TRANSLATE_NOOP("AnnotationsBrowser", "Deleted highlight: {label}"),
    "author": QT_TRANSLATE_NOOP("AnnotationsBrowser", "Deleted commenter: {label}"),
    "tag": QT_TRANSLATE_NOOP("AnnotationsBrowser", "Deleted tag: {label}"),
    "campaign": QT_TRANSLATE_NOOP("AnnotationsBrowser", "Dissolved campaign: {label}"),
}
_DETACHED = {
    "article": QT_TRANSLATE_NOOP("AnnotationsBrowser", "Detached: the article this was on has been deleted ({label})."),
    "comment": QT_TRANSLATE_NOOP("AnnotationsBrowser", "Detached: the comment this was on has been deleted ({label})."),
    "highlight": QT_TRANSLATE_NOOP(
        "AnnotationsBrowser", "Detached: the highlight this was on has been deleted ({label})."),
    "author": QT_TRANSLATE_NOOP(
        "AnnotationsBrowser", "Detached: the commenter this was on has been deleted ({label})."),
    "tag": QT_TRANSLATE_NOOP("AnnotationsBrowser", "Detached: the tag this was on has been deleted ({label})."),
    "campaign": QT_TRANSLATE_NOOP(
        "AnnotationsBrowser", "Detached: the campaign this was on is no longer found by the analysis ({label})."),
}
_NOT_IN_ARTICLE = {
    "author": QT_TRANSLATE_NOOP(
        "AnnotationsBrowser", "This note is on a commenter, not in an article: there is nothing to open."),
    "tag": QT_TRANSLATE_NOOP(
        "AnnotationsBrowser", "This note is on a tag, not in an article: there is nothing to open."),
    "campaign": QT_TRANSLATE_NOOP(
        "AnnotationsBrowser", "This note is on a campaign, not in an article: View > Campaigns shows it."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("AnnotationsBrowser", text)


def _phrase(phrases: dict[str, str], kind: str, fallback: str) -> str:
    return _tr(phrases[kind]) if kind in phrases else fallback


def _one_line(text: str | None, limit: int = 160) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _note_line(markdown: str | None, limit: int = 160) -> str:
    """A note in a table cell: its text without Markdown's markers, its lines apart by "↵"."""
    lines = [" ".join(line.split()) for line in markdown_as_text(markdown or "").splitlines()]
    return _one_line(" ↵ ".join(line for line in lines if line), limit)


def _whole_text(entry: AnnotationEntry) -> str:
    """What was annotated: a highlight's words as scraped, a note readable."""
    return entry.text if entry.kind == "highlight" else markdown_as_text(entry.text)


def kind_text(entry: AnnotationEntry) -> str:
    kind = entry.target_kind
    if entry.kind == "highlight":
        return _phrase(_HIGHLIGHT_IN, kind, f"Highlight in {kind}")
    return _phrase(_NOTE_ON, kind, f"Note on {kind}")


def source_text(entry: AnnotationEntry) -> str:
    """Where the annotation comes from: the article and the comment's author, the commenter or
    the tag a note is on, or what a detached one was on."""
    if entry.detached:
        label = _one_line(entry.label, 100)
        return _phrase(_DELETED, entry.target_kind, f"Deleted {entry.target_kind}: {{label}}").format(label=label)
    if entry.target_kind == "author":
        text = QCoreApplication.translate("AnnotationsBrowser", "Commenter {handle}")
        return text.format(handle=entry.author_handle or entry.label)
    if entry.target_kind == "tag":
        return QCoreApplication.translate("AnnotationsBrowser", "Tag {tag}").format(tag=entry.label)
    if entry.target_kind == "campaign":
        text = QCoreApplication.translate("AnnotationsBrowser", "Campaign {text}")
        return text.format(text=_one_line(entry.label, 100))
    title = _one_line(entry.article_title or "", 100)
    if entry.comment_id is not None and entry.author_handle:
        if title:
            text = QCoreApplication.translate("AnnotationsBrowser", "{title} — comment by {handle}")
            return text.format(title=title, handle=entry.author_handle)
        text = QCoreApplication.translate("AnnotationsBrowser", "Comment by {handle}")
        return text.format(handle=entry.author_handle)
    return title or _one_line(entry.label, 100)


class AnnotationTableModel(QAbstractTableModel):
    """Browse results: the entries in a Python list, sorted in Python, every cell plain text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[AnnotationEntry] = []
        self._tags: dict[int, TagInfo] = {}
        self._icons: dict[str, QIcon] = {}
        self._sort_column = DATE
        self._sort_order = Qt.SortOrder.DescendingOrder

    def set_entries(self, entries: list[AnnotationEntry], tags: dict[int, TagInfo]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._tags = dict(tags)
        self._sort_entries()
        self.endResetModel()

    def entry(self, row: int) -> AnnotationEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, kind: str, entry_id: int) -> int:
        for row, entry in enumerate(self._entries):
            if entry.kind == kind and entry.id == entry_id:
                return row
        return -1

    def count(self, kind: str) -> int:
        return sum(1 for entry in self._entries if entry.kind == kind)

    def tags_text(self, entry: AnnotationEntry) -> str:
        return ", ".join(self._tags[t].path for t in entry.tag_ids if t in self._tags)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def _text(self, entry: AnnotationEntry, column: int) -> str:
        if column == KIND:
            return kind_text(entry)
        if column == TEXT:
            return _one_line(f"“{entry.text}”") if entry.kind == "highlight" else _note_line(entry.text)
        if column == NOTE:
            return _note_line(entry.note)
        if column == TAGS:
            return self.tags_text(entry)
        if column == SOURCE:
            return source_text(entry)
        if column == DATE:
            return format_timestamp(entry.updated_at)
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entry(index.row())
        if entry is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (TEXT, NOTE):  # with its line breaks
            return plain_tooltip(_whole_text(entry) if index.column() == TEXT else markdown_as_text(entry.note or ""))
        if role == Qt.ItemDataRole.DecorationRole and index.column() == TAGS:
            tag = next((self._tags[t] for t in entry.tag_ids if t in self._tags), None)
            if tag is not None:
                if tag.color not in self._icons:
                    self._icons[tag.color] = color_icon(tag.color)
                return self._icons[tag.color]
        if role == Qt.ItemDataRole.ForegroundRole and entry.detached:
            return QPalette().color(QPalette.ColorRole.PlaceholderText)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(COLUMNS):
            return self.tr(COLUMNS[section])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        keys = [(self._entries[i.row()].kind, self._entries[i.row()].id, i.column()) for i in persistent]
        self._sort_column, self._sort_order = column, order
        self._sort_entries()
        rows = {(entry.kind, entry.id): row for row, entry in enumerate(self._entries)}
        self.changePersistentIndexList(
            persistent, [self.index(rows[(kind, entry_id)], column_) for kind, entry_id, column_ in keys]
        )
        self.layoutChanged.emit()

    def _sort_entries(self) -> None:
        column = self._sort_column

        def key(entry: AnnotationEntry) -> tuple[Any, ...]:
            if column == DATE:
                return (entry.updated_at, entry.kind, entry.id)
            return (self._text(entry, column).casefold(), entry.updated_at, entry.kind, entry.id)

        self._entries.sort(key=key, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)


class AnnotationsBrowser(QWidget):
    # article id, comment id or None, highlight id or None
    open_requested = Signal(int, object, object)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.view_coder: Any = lambda: None  # whose work is listed: the window's coder view (Session.view_coder)
        self._stale = True  # re-read on the next show: a hidden browser queries nothing
        self._tags: dict[int, TagInfo] = {}
        self._setup_ui()
        self._connect_signals()
        self.refresh()

    def _setup_ui(self) -> None:
        self.tag_combo = QComboBox(self)
        self.tag_combo.setAccessibleName(self.tr("Tag"))
        self.tag_combo.setMaxVisibleItems(20)
        self.tag_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.tag_combo.setMinimumContentsLength(16)
        self.author_edit = QLineEdit(self)
        self.author_edit.setAccessibleName(self.tr("Commenter"))
        self.author_edit.setPlaceholderText(self.tr("Any commenter"))
        self.author_edit.setClearButtonEnabled(True)
        self.author_model = QStringListModel(self)
        self.completer = QCompleter(self.author_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setModelSorting(QCompleter.ModelSorting.CaseInsensitivelySortedModel)
        self.author_edit.setCompleter(self.completer)
        self.text_edit = QLineEdit(self)
        self.text_edit.setAccessibleName(self.tr("Text"))
        self.text_edit.setPlaceholderText(self.tr("Search notes and highlights"))
        self.text_edit.setClearButtonEnabled(True)
        self.detached_check = QCheckBox(self.tr("Show &detached"), self)
        self.detached_check.setChecked(True)
        self.detached_check.setToolTip(self.tr("Notes and highlights whose article, comment or tag was deleted"))
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)

        filters = QHBoxLayout()
        filters.setSpacing(6)
        for text, widget, stretch in (
            (self.tr("&Tag:"), self.tag_combo, 2),
            (self.tr("&Commenter:"), self.author_edit, 2),
            (self.tr("Te&xt:"), self.text_edit, 3),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, stretch)
            filters.addSpacing(6)
        filters.addWidget(self.detached_check)

        self.model = AnnotationTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Notes and highlights"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSortIndicator(DATE, Qt.SortOrder.DescendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._date_width = self.fontMetrics().horizontalAdvance(format_datetime(datetime(2024, 12, 31, 23, 59))) + 28
        header.resizeSection(DATE, self._date_width)
        header.setStretchLastSection(True)  # the date takes what rounding leaves
        self.table.setSortingEnabled(True)
        self._columns_fitted_by_user = False
        self._fitting = False

        self.detail = QPlainTextEdit(self)
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(self.tr("The selected annotation"))
        self.detail.setPlaceholderText(self.tr("Select a row to read the whole note or highlight."))
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status.setAccessibleName(self.tr("Status"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 6)
        layout.setSpacing(6)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)
        close_on_escape(self)

    def _connect_signals(self) -> None:
        self.tag_combo.currentIndexChanged.connect(self._on_filters_changed)
        self.author_edit.textChanged.connect(self._filter_timer.start)
        self.author_edit.returnPressed.connect(self._on_filters_changed)
        self.completer.activated.connect(self._on_author_completed)
        self.text_edit.textChanged.connect(self._filter_timer.start)
        self.text_edit.returnPressed.connect(self._on_filters_changed)
        self.detached_check.toggled.connect(self._on_filters_changed)
        self._filter_timer.timeout.connect(self._on_filters_changed)
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.model.modelReset.connect(self._on_current_changed)
        self.table.horizontalHeader().sectionResized.connect(self._on_section_resized)
        self.table.viewport().installEventFilter(self)

    # -- column widths: shared out by the window's width until the user sets one ------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        if self._columns_fitted_by_user:
            return
        header = self.table.horizontalHeader()
        available = self.table.viewport().width() - self._date_width - 2
        kinds = [_tr(text) for text in (*_HIGHLIGHT_IN.values(), *_NOTE_ON.values())]
        widest_kind = max(self.fontMetrics().horizontalAdvance(text) for text in kinds) + 16
        kind = max(int(available * _COLUMN_SHARES[KIND]), widest_kind)
        rest = max(0, available - kind)
        others = sum(share for column, share in _COLUMN_SHARES.items() if column != KIND)
        self._fitting = True
        header.resizeSection(KIND, kind)
        for column, share in _COLUMN_SHARES.items():
            if column != KIND:
                header.resizeSection(column, max(40, int(rest * share / others)))
        self._fitting = False

    def _on_section_resized(self) -> None:
        if not self._fitting:
            self._columns_fitted_by_user = True

    # -- library and refresh ---------------------------------------------------------------

    def set_library(self, library: Library) -> None:
        self.library = library
        self.tag_combo.blockSignals(True)
        self.tag_combo.setCurrentIndex(0)
        self.tag_combo.blockSignals(False)
        self.author_edit.blockSignals(True)
        self.author_edit.clear()
        self.author_edit.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Re-read tags, commenters and annotations, keeping the filters and the current row.
        A hidden browser only remembers to do it when it is next shown."""
        self._stale = True
        if not self.isVisible():
            return
        self._stale = False
        self._fill_tags()
        self.author_model.setStringList(call_on(self.library, author_store.author_handles))
        self._query()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _fill_tags(self) -> None:
        current = self.tag_combo.currentData()
        self._tags = {tag.id: tag for tag in call_on(self.library, annotation_store.tag_tree)}
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("Any tag"), None)
        for tag in self._tags.values():
            self.tag_combo.addItem(color_icon(tag.color), tag.path, tag.id)
        index = self.tag_combo.findData(current) if current is not None else 0
        self.tag_combo.setCurrentIndex(max(0, index))
        self.tag_combo.blockSignals(False)

    # -- filtering -------------------------------------------------------------------------

    def _on_author_completed(self, handle: str) -> None:
        self.author_edit.setText(handle)
        self._on_filters_changed()

    def _on_filters_changed(self) -> None:
        self._filter_timer.stop()
        if self.isVisible():
            self._query()
        else:
            self._stale = True

    def _query(self) -> None:
        current = self._current_entry()
        tag_id = self.tag_combo.currentData()
        handle = self.author_edit.text().strip()
        author_id = call_on(self.library, author_store.find_author, handle) if handle else None
        text = self.text_edit.text().strip() or None
        if handle and author_id is None:
            self.model.set_entries([], self._tags)
            self.status.setText(self.tr("No commenter “{handle}”.").format(handle=handle))
            return
        try:
            entries = call_on(
                self.library, annotation_store.browse_annotations, [tag_id] if tag_id is not None else None, author_id,
                text, coder=self.view_coder(),
            )
        except annotation_store.AnnotationError as error:
            self.model.set_entries([], self._tags)
            self.status.setText(translated(error))
            return
        if not self.detached_check.isChecked():
            entries = [entry for entry in entries if not entry.detached]
        self.model.set_entries(entries, self._tags)
        if current is not None:
            row = self.model.row_of(current.kind, current.id)
            if row >= 0:
                self.table.selectRow(row)
        self.status.setText(self._count_text())

    def _count_text(self) -> str:
        notes = self.model.count("note")
        highlights = self.model.rowCount() - notes
        counts = ", ".join((translate("AnnotationsBrowser", "%Ln note(s)", None, PLURAL, notes),
                            translate("AnnotationsBrowser", "%Ln highlight(s)", None, PLURAL, highlights)))
        return f"{counts}  ·  " + self.tr("Enter or double-click opens the source")

    # -- the current row -------------------------------------------------------------------

    def _current_entry(self) -> AnnotationEntry | None:
        index = self.table.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def _on_current_changed(self) -> None:
        entry = self._current_entry()
        if entry is None:
            self.detail.clear()
            return
        parts = [f"{kind_text(entry)} · {source_text(entry)}"]
        tags = self.model.tags_text(entry)
        if tags:
            parts.append(self.tr("Tags: {tags}").format(tags=tags))
        parts.append("")
        parts.append(_whole_text(entry))
        if entry.note:
            parts += ["", self.tr("Note:"), markdown_as_text(entry.note)]
        self.detail.setPlainText("\n".join(parts))

    def _on_activated(self, index: QModelIndex) -> None:
        entry = self.model.entry(index.row()) if index.isValid() else None
        if entry is None:
            return
        kind = entry.target_kind
        if entry.detached:
            fallback = f"Detached: the {kind} this was on has been deleted ({{label}})."
            self.status.setText(_phrase(_DETACHED, kind, fallback).format(label=_one_line(entry.label, 80)))
            return
        if entry.article_id is None:
            fallback = f"This note is on a {kind}, not in an article: there is nothing to open."
            self.status.setText(_phrase(_NOT_IN_ARTICLE, kind, fallback))
            return
        highlight_id = entry.id if entry.kind == "highlight" else None
        if entry.kind == "note" and entry.target is not None and entry.target.kind == "highlight":
            highlight_id = entry.target.id
        self.open_requested.emit(entry.article_id, entry.comment_id, highlight_id)
