"""Choosing a tag by typing: a filter over every tag path, Up/Down to move, Enter to choose,
Esc to cancel. A path that does not exist yet is offered as a new tag. The picker only
chooses: it never writes to the library (the caller creates the tag through its undo stack)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QIcon, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from desktop.store import annotations as annotation_store
from desktop.store.annotations import AnnotationError, TagInfo
from desktop.store.db import Library
from desktop.ui.hidpi import color_icon, painted_icon
from desktop.ui.i18n import translated
from desktop.ui.session import call_on

Index = QModelIndex | QPersistentModelIndex
TagIdRole = Qt.ItemDataRole.UserRole + 1  # the tag's id; None on the "Create tag" row
NewPathRole = Qt.ItemDataRole.UserRole + 2  # the path to create on the "Create tag" row
_SLASH = re.compile(r"\s*/\s*")


def normalize_query(text: str) -> str:
    """What the filter matches: spaces around "/" and at the ends dropped, case folded."""
    return _SLASH.sub("/", " ".join(text.split())).casefold()


def _plus_icon(size: int = 12) -> QIcon:
    """The mark of the "Create tag" row, the size of a tag's swatch, in the text colour."""
    pen = QPen(QPalette().color(QPalette.ColorRole.Text), 2)
    middle = size // 2

    def paint(painter: QPainter) -> None:
        painter.setPen(pen)
        painter.drawLine(middle, 2, middle, size - 2)
        painter.drawLine(2, middle, size - 2, middle)

    return painted_icon(size, size, paint)


class TagListModel(QAbstractListModel):
    """Tag paths matching a filter, with their colours; first, when the filter is a path no tag
    has and creating is allowed, a row offering to create it."""

    def __init__(self, tags: list[TagInfo] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tags: list[TagInfo] = list(tags or [])
        self._rows: list[TagInfo] = list(self._tags)
        self._create: str | None = None  # the path offered on row 0
        self._icons: dict[str, QIcon] = {}
        self._plus: QIcon | None = None
        self._query = ""
        self._allow_create = False

    def set_tags(self, tags: list[TagInfo]) -> None:
        self._tags = list(tags)
        self.set_filter(self._query, self._allow_create)

    def set_filter(self, text: str, allow_create: bool) -> None:
        self.beginResetModel()
        self._query, self._allow_create = text, allow_create
        needle = normalize_query(text)
        self._rows = [tag for tag in self._tags if needle in tag.path.casefold()]
        self._create = self._new_path(text) if allow_create else None
        self.endResetModel()

    def _new_path(self, text: str) -> str | None:
        if not text.strip():
            return None
        try:
            path = "/".join(annotation_store.split_path(text))
        except AnnotationError:
            return None
        folded = path.casefold()  # "Irony" when "irony" exists is the same tag, not a new one
        if any(tag.path.casefold() == folded for tag in self._tags):
            return None
        return path

    @property
    def create_path(self) -> str | None:
        return self._create

    def first_tag_row(self) -> int:
        """The row of the first matching tag, or -1."""
        if not self._rows:
            return -1
        return 1 if self._create is not None else 0

    def tag_at(self, row: int) -> TagInfo | None:
        offset = 1 if self._create is not None else 0
        return self._rows[row - offset] if 0 <= row - offset < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._rows) + (1 if self._create is not None else 0)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        if self._create is not None and index.row() == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.tr("Create tag “{path}”").format(path=self._create)
            if role == NewPathRole:
                return self._create
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.DecorationRole:
                if self._plus is None:
                    self._plus = _plus_icon()
                return self._plus
            return None
        tag = self.tag_at(index.row())
        if tag is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return tag.path
        if role == Qt.ItemDataRole.DecorationRole:
            if tag.color not in self._icons:
                self._icons[tag.color] = color_icon(tag.color)
            return self._icons[tag.color]
        if role == TagIdRole:
            return tag.id
        return None


class TagPicker(QDialog):
    def __init__(self, library: Library, title: str, parent: QWidget | None = None, allow_create: bool = True) -> None:
        super().__init__(parent)
        self.library = library
        self.allow_create = allow_create
        self._title = title
        self._chosen: tuple[int | None, str | None] = (None, None)
        self.model = TagListModel(call_on(library, annotation_store.tag_tree), self)
        self._setup_ui()
        self._connect_signals()
        self._on_filter_changed("")

    @staticmethod
    def choose(
        library: Library, parent: QWidget | None, title: str, allow_create: bool = True
    ) -> tuple[int | None, str | None] | None:
        """Ask for a tag: (tag id, None), (None, path to create), or None when cancelled."""
        picker = TagPicker(library, title, parent, allow_create)
        try:
            if picker.exec() == QDialog.DialogCode.Accepted:
                return picker.chosen()
            return None
        finally:
            picker.deleteLater()

    def _setup_ui(self) -> None:
        self.setWindowTitle(self._title)
        self.resize(440, 380)
        prompt = QLabel(self._title, self)
        prompt.setTextFormat(Qt.TextFormat.PlainText)
        prompt.setWordWrap(True)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Tag"))
        self.filter_edit.setPlaceholderText(
            self.tr("Type to find a tag, or a new name (a/b for b under a)") if self.allow_create
            else self.tr("Type to find a tag")
        )
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Tags"))
        self.view.setUniformItemSizes(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.hint = QLabel(self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.filter_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _connect_signals(self) -> None:
        self.filter_edit.textChanged.connect(self._on_filter_changed)
        self.filter_edit.installEventFilter(self)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.view.doubleClicked.connect(self._on_accept)
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)

    def chosen(self) -> tuple[int | None, str | None]:
        """(tag id, None) for an existing tag, (None, path) for a new one, (None, None) before a choice."""
        return self._chosen

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def _on_filter_changed(self, text: str) -> None:
        self.model.set_filter(text, self.allow_create)
        row = self.model.first_tag_row()  # an existing tag first: Enter after a prefix picks it
        if row < 0 and self.model.rowCount() > 0:
            row = 0
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._on_current_changed()
        hint = self._hint_for(text)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    def _hint_for(self, text: str) -> str:
        if self.model.rowCount() > 0:
            return ""
        if not text.strip():
            if self.allow_create:
                return self.tr("There are no tags yet. Type a name to create one.")
            return self.tr("There are no tags yet.")
        if self.allow_create:
            try:
                annotation_store.split_path(text)
            except AnnotationError as error:
                return self.tr("Not a tag name: {reason}").format(reason=translated(error))
        return self.tr("No tag matches.")

    def _on_current_changed(self) -> None:
        row = self.current_row()
        creating = self.model.create_path is not None and row == 0
        self.ok_button.setText(self.tr("Create") if creating else self.tr("OK"))
        self.ok_button.setEnabled(row >= 0)

    def _on_accept(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        if self.model.create_path is not None and row == 0:
            self._chosen = (None, self.model.create_path)
        else:
            tag = self.model.tag_at(row)
            if tag is None:
                return
            self._chosen = (tag.id, None)
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up, Down, Page Up and Page Down in the filter move in the list."""
        if (
            watched is self.filter_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
        ):
            QApplication.sendEvent(self.view, event)
            return True
        return super().eventFilter(watched, event)
