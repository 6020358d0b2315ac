"""The sidebar: library views (All, Unread, Starred) and the tag hierarchy with counts, where
tags are also managed: create, rename, recolour, move, merge, favourite keys, delete. It follows
the session: another library, read state and annotations written anywhere show in its counts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QColorDialog,
    QHeaderView,
    QInputDialog,
    QMenu,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.store import annotations as annotation_store
from desktop.store import authors as author_store
from desktop.store import reading
from desktop.store import search as search_store
from desktop.store.annotations import TagInfo, TagInUse, TagUsage
from desktop.store.db import Library
from desktop.ui.annotation_controller import AnnotationController
from desktop.ui.hidpi import color_icon
from desktop.ui.i18n import PLURAL, QT_TRANSLATE_NOOP, format_number, translate, translated
from desktop.ui.operations import Runner
from desktop.ui.saved_searches import SavedSearchCounter, delete_saved_search_dialog, rename_saved_search_dialog
from desktop.ui.session import Session

VIEW_LABELS = {  # English here, translated when shown
    "all": QT_TRANSLATE_NOOP("Sidebar", "All articles"),
    "unread": QT_TRANSLATE_NOOP("Sidebar", "Unread"),
    "starred": QT_TRANSLATE_NOOP("Sidebar", "Starred"),
}
AUTHORS_SHOWN = 100  # the busiest commenters; every commenter is one search (author:) away
KindRole = Qt.ItemDataRole.UserRole + 1  # "view" or "tag"
ValueRole = Qt.ItemDataRole.UserRole + 2  # view name or tag id


def usage_text(usage: TagUsage) -> str:
    # The counts as plain names: lupdate skips a call whose count is `usage.articles`.
    articles, comments, highlights = usage.articles, usage.comments, usage.highlights
    notes, descendants = usage.notes, usage.descendants
    parts = []
    if articles:
        parts.append(translate("Sidebar", "%Ln article(s)", None, PLURAL, articles))
    if comments:
        parts.append(translate("Sidebar", "%Ln comment(s)", None, PLURAL, comments))
    if highlights:
        parts.append(translate("Sidebar", "%Ln highlight(s)", None, PLURAL, highlights))
    if notes:
        parts.append(translate("Sidebar", "%Ln note(s)", None, PLURAL, notes))
    if descendants:
        parts.append(translate("Sidebar", "%Ln sub-tag(s)", None, PLURAL, descendants))
    return ", ".join(parts)


class _RoomyRows(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return super().sizeHint(option, index) + QSize(4, 6)


class _SidebarTree(QTreeWidget):
    """A right click opens the context menu only: selecting a tag or view would filter the list.
    Its rows get room from a delegate, not a style sheet: a styled widget keeps the palette it
    was polished with when the theme changes."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setItemDelegate(_RoomyRows(self))
        self.setViewportMargins(2, 4, 2, 4)

    def selectionCommand(
        self, index: QModelIndex | QPersistentModelIndex, event: QEvent | None = None
    ) -> QItemSelectionModel.SelectionFlag:
        if isinstance(event, QMouseEvent) and event.button() == Qt.MouseButton.RightButton:
            return QItemSelectionModel.SelectionFlag.NoUpdate
        return super().selectionCommand(index, event)


class Sidebar(QWidget):
    view_selected = Signal(str)
    tags_selected = Signal(list, str)  # tag ids (empty: no tag filter), "and" or "or"
    tag_note_requested = Signal(int)
    saved_search_selected = Signal(str)  # its query
    author_selected = Signal(int)

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.controller: AnnotationController = session.annotations  # tags are changed through it
        self._tags: dict[int, TagInfo] = {}
        self.author_order = "comments"
        self.counter = SavedSearchCounter(session.library, self)
        self.counter.view_coder = session.view_coder  # blind coding: `tag:` counts only the coder's own
        self.background = Runner(self, latest_only=True)
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        self.tree = _SidebarTree(self)
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(2)  # name | count and favourite key, right-aligned
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setAccessibleName(self.tr("Views and tags"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.setIndentation(14)
        self.library_section = self._section(self.tr("Library"))
        self.view_items: dict[str, QTreeWidgetItem] = {}
        for view, label in VIEW_LABELS.items():
            item = QTreeWidgetItem(self.library_section, [self.tr(label)])
            item.setData(0, KindRole, "view")
            item.setData(0, ValueRole, view)
            self.view_items[view] = item
        self.tag_section = self._section(self.tr("Tags"))
        self.saved_section = self._section(self.tr("Saved searches"))
        self.author_section = self._section(self.tr("Commenters"))
        self.author_section.setToolTip(
            0, self.tr("The %n most active commenters; right-click to sort by name", "", AUTHORS_SHOWN)
        )
        self.match_all = QCheckBox(self.tr("Match all selected tags"), self)
        self.match_all.setToolTip(
            self.tr("Off: articles with any of the selected tags. On: articles with all of them.")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.tree)
        layout.addWidget(self.match_all)
        self.tree.setCurrentItem(self.view_items["all"])

    def _section(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [title.upper()])
        font = item.font(0)
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        item.setFont(0, font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setExpanded(True)
        return item

    def _connect_signals(self) -> None:
        self.tree.itemSelectionChanged.connect(self._on_selection_changed)
        self.tree.itemClicked.connect(self._on_item_clicked)
        self.counter.counts_ready.connect(self._on_saved_counts)
        self.tree.customContextMenuRequested.connect(self._on_context_menu)
        self.match_all.toggled.connect(self._on_selection_changed)
        self.session.library_changed.connect(self._on_library_changed)
        self.session.reading_changed.connect(self._on_reading_changed)
        self.session.annotations_changed.connect(self._on_annotations_changed)

    # -- contents --------------------------------------------------------------------------

    @property
    def library(self) -> Library:
        return self.session.library

    def _on_library_changed(self, library: Library) -> None:
        """The other library's views, tags and commenters, All articles chosen as the session
        has it; quietly: the window opens the list's article when every panel has the library."""
        self.counter.set_library(library)
        self.tree.blockSignals(True)
        self.tree.setCurrentItem(self.view_items["all"])
        self.tree.blockSignals(False)
        self.refresh()
        self.refresh_authors()

    def _on_reading_changed(self, _article_ids: list[int]) -> None:
        self.refresh()  # the views' counts

    def _on_annotations_changed(self, _articles: set[int] | None) -> None:
        self.refresh()  # the tags and their counts

    def wait(self) -> None:
        """Before the library closes: saved-search counts finish, the commenter count (a second
        or more over a million comments) is cancelled."""
        self.counter.wait()
        self.background.cancel()
        self.background.wait()

    def refresh(self) -> None:
        """Re-read counts and tags, keeping the selection."""
        counts = self.session.call(reading.view_counts)
        for view, item in self.view_items.items():
            item.setText(0, self.tr(VIEW_LABELS[view]))
            item.setText(1, format_number(counts.get(view, 0)))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        selected = set(self.selected_tag_ids())
        self.tree.blockSignals(True)
        self.tag_section.takeChildren()
        self._tags = {tag.id: tag for tag in self.session.call(annotation_store.tag_tree)}
        usage = self.session.call(annotation_store.tag_counts, self.session.view_coder())
        items: dict[int, QTreeWidgetItem] = {}
        for tag in self._tags.values():  # parents come before children
            parent = items.get(tag.parent_id) if tag.parent_id is not None else None
            item = QTreeWidgetItem(parent or self.tag_section)
            used = usage.get(tag.id, TagUsage())
            total = used.articles + used.comments + used.highlights
            key = f"  [{tag.favorite_slot}]" if tag.favorite_slot else ""
            item.setText(0, tag.name)
            item.setText(1, f"{format_number(total)}{key}" if total else key.strip())
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            unused = self.tr("not used yet")
            tip = f"{tag.path}\n{usage_text(used) or unused}"
            if tag.favorite_slot:
                tip += "\n" + self.tr("Key {key} puts it on the selection").format(key=tag.favorite_slot)
            item.setToolTip(0, tip)
            item.setToolTip(1, tip)
            item.setIcon(0, color_icon(tag.color))
            item.setData(0, KindRole, "tag")
            item.setData(0, ValueRole, tag.id)
            item.setExpanded(True)
            item.setSelected(tag.id in selected)
            items[tag.id] = item
        if not self._tags:
            hint = QTreeWidgetItem(self.tag_section, [self.tr("Right-click to add a tag")])
            hint.setToolTip(0, hint.text(0))  # whole, where the sidebar is too narrow for it
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
        self.tree.blockSignals(False)
        self.refresh_saved_searches()

    # -- saved searches and commenters -----------------------------------------------------

    def refresh_saved_searches(self) -> None:
        self.saved_section.takeChildren()
        saved = self.session.call(search_store.list_saved_searches)
        for entry in saved:
            item = QTreeWidgetItem(self.saved_section, [entry.name, "…"])
            item.setToolTip(0, entry.query)
            item.setData(0, KindRole, "saved")
            item.setData(0, ValueRole, entry.id)
            item.setData(1, ValueRole, entry.query)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if not saved:
            hint = QTreeWidgetItem(self.saved_section, [self.tr("Save a search from the Search tab")])
            hint.setToolTip(0, hint.text(0))
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
        else:
            self.counter.refresh()  # live counts, off the GUI thread

    def _on_saved_counts(self, counts: dict[int, int]) -> None:
        for index in range(self.saved_section.childCount()):
            item = self.saved_section.child(index)
            if item is not None and item.data(0, KindRole) == "saved":
                count = counts.get(item.data(0, ValueRole))
                item.setText(1, format_number(count) if count is not None else "")

    def refresh_authors(self) -> None:
        """The busiest commenters, counted off the GUI thread (a million comments take a second)."""
        order = self.author_order
        self.background.read(
            lambda task: author_store.authors_list(task.db, order=order, limit=AUTHORS_SHOWN),
            self._show_authors, library=self.library,
        )

    def _show_authors(self, rows: list[author_store.AuthorRow]) -> None:
        self.tree.blockSignals(True)
        self.author_section.takeChildren()
        for row in rows:
            item = QTreeWidgetItem(self.author_section, [row.handle, format_number(row.comments)])
            names = ", ".join(row.display_names) if row.display_names else self.tr("no display name")
            comments = self.tr("%Ln comment(s)", "", row.comments)
            where = self.tr("in %Ln article(s)", "", row.articles)
            item.setToolTip(0, f"{row.handle} ({names}): {comments} {where}")
            item.setData(0, KindRole, "author")
            item.setData(0, ValueRole, row.id)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.author_section.setExpanded(bool(rows) and self.author_section.isExpanded())
        self.tree.blockSignals(False)

    def _on_item_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        kind = item.data(0, KindRole)
        if kind == "view" and len(self.tree.selectedItems()) == 1:
            self.view_selected.emit(item.data(0, ValueRole))  # a click on the shown view clears filters
        elif kind == "saved":
            self.saved_search_selected.emit(item.data(1, ValueRole))
        elif kind == "author":
            self.author_selected.emit(item.data(0, ValueRole))

    def tag(self, tag_id: int) -> TagInfo | None:
        return self._tags.get(tag_id)

    def tags(self) -> dict[int, TagInfo]:
        return self._tags

    def selected_tag_ids(self) -> list[int]:
        return [item.data(0, ValueRole) for item in self.tree.selectedItems() if item.data(0, KindRole) == "tag"]

    def select_view(self, view: str) -> None:
        """Show a view; selecting the one already shown applies it again (it clears filters)."""
        item = self.view_items[view]
        if self.tree.currentItem() is item and item.isSelected() and len(self.tree.selectedItems()) == 1:
            self.view_selected.emit(view)
        else:
            self.tree.setCurrentItem(item)

    def select_tag(self, tag_id: int) -> None:
        for item in self._tag_items():
            if item.data(0, ValueRole) == tag_id:
                self.tree.setCurrentItem(item)
                return

    def _tag_items(self) -> list[QTreeWidgetItem]:
        found = []
        stack = [self.tag_section]
        while stack:
            item = stack.pop()
            for index in range(item.childCount()):
                child = item.child(index)
                if child is not None:
                    found.append(child)
                    stack.append(child)
        return found

    # -- selection -------------------------------------------------------------------------

    def _on_selection_changed(self) -> None:
        tag_ids = self.selected_tag_ids()
        if tag_ids:
            self.tags_selected.emit(tag_ids, "and" if self.match_all.isChecked() else "or")
            if len(tag_ids) == 1:
                self.tag_note_requested.emit(tag_ids[0])
            return
        views = [item.data(0, ValueRole) for item in self.tree.selectedItems() if item.data(0, KindRole) == "view"]
        if views:
            self.tags_selected.emit([], "or")
            self.view_selected.emit(views[0])

    # -- tag management --------------------------------------------------------------------

    def _on_context_menu(self, position: QPoint) -> None:
        item = self.tree.itemAt(position)
        kind = item.data(0, KindRole) if item is not None else None
        if item is not None and (kind in ("saved", "author") or item in (self.saved_section, self.author_section)):
            self._other_menu(item, kind, position)
            return
        tag_id = item.data(0, ValueRole) if item is not None and kind == "tag" else None
        menu = QMenu(self)
        menu.addAction(self.tr("New Tag…"), lambda: self.new_tag(None))
        if tag_id is not None:
            menu.addAction(self.tr("New Sub-tag…"), lambda: self.new_tag(tag_id))
            menu.addSeparator()
            menu.addAction(self.tr("Rename…"), lambda: self.rename_tag(tag_id))
            menu.addAction(self.tr("Colour…"), lambda: self.recolor_tag(tag_id))
            menu.addAction(self.tr("Move Under…"), lambda: self.move_tag(tag_id))
            if self._tags[tag_id].parent_id is not None:
                menu.addAction(self.tr("Move to Top Level"), lambda: self._run(annotation_store.move_tag, tag_id, None))
            menu.addAction(self.tr("Merge Into…"), lambda: self.merge_tag(tag_id))
            favourite = menu.addMenu(self.tr("Favourite Key"))
            current = self._tags[tag_id].favorite_slot
            for slot in range(1, 10):
                action = favourite.addAction(str(slot))
                action.triggered.connect(self._favorite_setter(tag_id, slot))
                action.setCheckable(True)
                action.setChecked(current == slot)
            favourite.addAction(
                self.tr("None", "no favourite key"),
                lambda: self.controller.run(annotation_store.set_favorite, tag_id, None),
            )
            menu.addSeparator()
            menu.addAction(self.tr("Delete…"), lambda: self.delete_tag(tag_id))
        menu.exec(self.tree.viewport().mapToGlobal(position))

    def _other_menu(self, item: QTreeWidgetItem, kind: str | None, position: QPoint) -> None:
        menu = QMenu(self)
        if kind == "saved":
            saved_id = item.data(0, ValueRole)
            menu.addAction(self.tr("Rename…"),
                           lambda: self._after(rename_saved_search_dialog(self, self.library, saved_id)))
            menu.addAction(self.tr("Delete…"),
                           lambda: self._after(delete_saved_search_dialog(self, self.library, saved_id)))
        else:
            by_name = menu.addAction(self.tr("Sort Commenters by Name"))
            by_name.setCheckable(True)
            by_name.setChecked(self.author_order == "name")
            by_name.toggled.connect(self._on_author_order_toggled)
        menu.exec(self.tree.viewport().mapToGlobal(position))

    def _after(self, changed: bool) -> None:
        if changed:
            self.refresh_saved_searches()

    def _on_author_order_toggled(self, by_name: bool) -> None:
        self.author_order = "name" if by_name else "comments"
        self.refresh_authors()

    def _favorite_setter(self, tag_id: int, slot: int) -> Any:
        return lambda: self._run(annotation_store.set_favorite, tag_id, slot)

    def _run(self, operation: Any, *args: Any) -> None:
        self.controller.run(operation, *args)

    def new_tag(self, parent_id: int | None) -> int | None:
        prefix = f"{self._tags[parent_id].path}/" if parent_id is not None else ""
        path, ok = QInputDialog.getText(
            self, self.tr("New tag"), self.tr("Tag name (use / for a hierarchy, e.g. propaganda/fear):"), text=prefix
        )
        if not ok or not path.strip("/ "):
            return None
        result = self.controller.run(annotation_store.create_tag, path.strip())
        return result[0] if result else None

    def rename_tag(self, tag_id: int) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Rename tag"), self.tr("New name:"), text=self._tags[tag_id].name)
        if ok and name.strip() and name.strip() != self._tags[tag_id].name:
            self.controller.run(annotation_store.rename_tag, tag_id, name.strip())

    def recolor_tag(self, tag_id: int) -> None:
        title = self.tr("Colour of {tag}").format(tag=self._tags[tag_id].path)
        color = QColorDialog.getColor(QColor(self._tags[tag_id].color), self, title)
        if color.isValid():
            self.controller.run(annotation_store.recolor_tag, tag_id, color.name())

    def _pick_other_tag(self, tag_id: int, title: str) -> int | None:
        from desktop.ui.tag_picker import TagPicker

        choice = TagPicker.choose(self.library, self, title, allow_create=False)
        if choice is None or choice[0] is None or choice[0] == tag_id:
            return None
        return choice[0]

    def move_tag(self, tag_id: int) -> None:
        target = self._pick_other_tag(tag_id, self.tr("Move {tag} under…").format(tag=self._tags[tag_id].path))
        if target is not None:
            self.controller.run(annotation_store.move_tag, tag_id, target)

    def merge_tag(self, tag_id: int) -> None:
        source = self._tags[tag_id].path
        target = self._pick_other_tag(tag_id, self.tr("Merge {tag} into…").format(tag=source))
        if target is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Merge tags"),
            self.tr("Merge “{source}” into “{target}”? Everything tagged {source} gets the other tag, "
                    "and {source} is removed. Edit > Undo reverses it.").format(
                source=source, target=self._tags[target].path),
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Ok:
            self.controller.run(annotation_store.merge_tags, tag_id, target)

    def delete_tag(self, tag_id: int) -> None:
        path = self._tags[tag_id].path
        try:
            change = self.session.call(annotation_store.delete_tag, tag_id)
        except TagInUse as error:
            answer = QMessageBox.warning(
                self, self.tr("Delete tag"),
                self.tr("“{tag}” is in use: {usage}. Delete it and remove it from all of them? "
                        "Notes on the tag are kept. Edit > Undo reverses it.").format(
                    tag=path, usage=usage_text(error.usage)),
                QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard,
                QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Discard:
                self.controller.run(annotation_store.delete_tag, tag_id, True)
            return
        except annotation_store.AnnotationError as error:
            self.controller.failed.emit(translated(error))
            return
        self.controller.push_applied(change)
