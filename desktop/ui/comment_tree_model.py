"""A thread as a tree: nodes know their row and parent, so parent() is a lookup, never a search.
The model owns every node and hands Qt plain integer ids, so no index outlives its data."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.store.annotations import HighlightInfo, TagInfo
from desktop.store.reading import CommentRow
from desktop.ui.i18n import format_datetime
from desktop.ui.safe_text import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
CommentRole = Qt.ItemDataRole.UserRole + 1
CommentIdRole = Qt.ItemDataRole.UserRole + 2


# Shared by every comment without replies, most of a big thread: one list less to allocate and
# for the garbage collector to scan per comment.
_NO_CHILDREN: tuple[Node, ...] = ()


class Node:
    __slots__ = ("children", "comment", "depth", "number", "parent", "row", "subtree")

    def __init__(self, number: int, comment: CommentRow, parent: Node | None, row: int) -> None:
        self.number = number  # position in document order: the internal id Qt holds
        self.comment = comment
        self.parent = parent
        self.row = row
        self.depth: int = parent.depth + 1 if parent is not None else 0  # levels below the root
        self.children: list[Node] | tuple[Node, ...] = _NO_CHILDREN  # a list from the first reply on
        self.subtree = 0  # comments below this one, at any depth


def build_forest(comments: list[CommentRow]) -> tuple[list[Node], list[Node]]:
    """Roots and all nodes in document order. A comment whose parent is missing, or comes later
    in the page (a cycle in damaged data), becomes a root: no tree walk can loop."""
    roots, nodes, _by_id = _build_forest(comments)
    return roots, nodes


def _build_forest(comments: list[CommentRow]) -> tuple[list[Node], list[Node], dict[int, Node]]:
    """build_forest, with the nodes by comment id it builds on the way."""
    nodes: list[Node] = []
    by_id: dict[int, Node] = {}
    roots: list[Node] = []
    for number, comment in enumerate(comments):
        parent = by_id.get(comment.parent_id) if comment.parent_id is not None else None
        if parent is None:
            siblings = roots
        elif isinstance(parent.children, list):
            siblings = parent.children
        else:
            siblings = parent.children = []
        node = Node(number, comment, parent, len(siblings))
        siblings.append(node)
        nodes.append(node)
        by_id[comment.id] = node
    for node in reversed(nodes):  # children come after parents: one backward pass sums subtrees
        if node.parent is not None:
            node.parent.subtree += node.subtree + 1
    return roots, nodes, by_id


def commenter_label(display_name: str | None, handle: str) -> str:
    """A commenter as the thread and the search results show one: "Display Name (handle)", or
    the handle alone when there is no other name (display names are not unique; handles are)."""
    return f"{display_name} ({handle})" if display_name and display_name != handle else handle


class CommentTreeModel(QAbstractItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.roots: list[Node] = []
        self.nodes: list[Node] = []
        self._by_id: dict[int, Node] = {}
        # Annotations shown on the cards; set by the reader, painted by the delegate.
        self.tag_ids: dict[int, list[int]] = {}  # comment id -> tags
        self.tags: dict[int, TagInfo] = {}  # every tag, for names and colours
        self.highlights: dict[int, list[HighlightInfo]] = {}  # comment id -> highlights
        self.matches: dict[int, int] = {}  # comment id -> the filter tag it matched
        self.search_marks: dict[int, list[tuple[int, int]]] = {}  # comment id -> a search's words in it
        self.campaign_ids: set[int] = set()  # comments in a campaign (desktop/store/campaign_marks.py)
        self.chip_coders: dict[tuple[int, int], str] = {}  # (comment, tag) -> other coders' initials on its chip
        # (comment, tag) -> (initials, coder id) of each other coder on its chip: painted in their colour
        self.chip_badges: dict[tuple[int, int], list[tuple[str, int]]] = {}

    def set_comments(self, comments: list[CommentRow]) -> None:
        self.beginResetModel()
        self.roots, self.nodes, self._by_id = _build_forest(comments)
        self.tag_ids, self.highlights, self.matches, self.search_marks = {}, {}, {}, {}
        self.endResetModel()

    def set_annotations(
        self,
        tag_ids: dict[int, list[int]],
        tags: dict[int, TagInfo],
        highlights: dict[int, list[HighlightInfo]],
        matches: dict[int, int],
    ) -> None:
        """New tags, highlights or filter matches: repaint the cards, keep the tree as it is."""
        self.tag_ids, self.tags, self.highlights, self.matches = tag_ids, tags, highlights, matches
        if self.roots:
            self.layoutChanged.emit()  # heights may change with highlights: relayout, same indexes

    def tags_of(self, comment_id: int) -> list[TagInfo]:
        return [self.tags[t] for t in self.tag_ids.get(comment_id, []) if t in self.tags]

    def chip_label(self, comment_id: int, tag: TagInfo) -> str:
        """A chip's text: the tag's name, and the initials of the other coders when only they applied it."""
        others = self.chip_coders.get((comment_id, tag.id))
        return f"{tag.name} · {others}" if others else tag.name

    def node(self, index: Index) -> Node | None:
        if not index.isValid():
            return None
        number = index.internalId()
        return self.nodes[number] if 0 <= number < len(self.nodes) else None

    def index_of(self, comment_id: int) -> QModelIndex:
        node = self._by_id.get(comment_id)
        return self.createIndex(node.row, 0, node.number) if node else QModelIndex()

    def index_of_node(self, node: Node) -> QModelIndex:
        return self.createIndex(node.row, 0, node.number)

    def set_read(self, comment_ids: list[int], read: bool) -> None:
        for comment_id in comment_ids:
            node = self._by_id.get(comment_id)
            if node is not None and node.comment.is_read != read:
                node.comment.is_read = read
                index = self.index_of_node(node)
                self.dataChanged.emit(index, index)

    def unread_count(self) -> int:
        return sum(1 for node in self.nodes if not node.comment.is_read)

    # -- Qt model interface ----------------------------------------------------------------
    # Qt calls these for every row while it expands and lays out the tree (40,000 calls for a
    # 20,000-comment thread), so they read the node straight from the internal id, with no helper
    # call; an index Qt hands back is always one this model made (qtmodeltester checks). There is
    # no flags(): Qt's own (enabled, selectable) fits, where a Python one, asked for two or three
    # times a row, cost a fifth of opening a big thread. The view opens a comment's text itself
    # (CommentTreeView.edit), so no item has to be "editable".

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        siblings = self.nodes[parent.internalId()].children if parent.isValid() else self.roots
        if column == 0 and 0 <= row < len(siblings):
            return self.createIndex(row, 0, siblings[row].number)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        parent = self.nodes[index.internalId()].parent if index.isValid() else None
        return self.createIndex(parent.row, 0, parent.number) if parent is not None else QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.roots)
        return len(self.nodes[parent.internalId()].children) if parent.column() == 0 else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return bool(self.nodes[parent.internalId()].children if parent.isValid() else self.roots)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        comment = node.comment
        if role == CommentRole:
            return node
        if role == CommentIdRole:
            return comment.id
        if role == Qt.ItemDataRole.DisplayRole:
            return comment.body
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            accessible = role == Qt.ItemDataRole.AccessibleTextRole
            parts = [self.tr("unread")] if not comment.is_read and accessible else []
            parts.append(commenter_label(comment.display_name, comment.handle))
            parts.append(format_datetime(comment.posted_at, full_month=True, missing=self.tr("time unknown")))
            if node.children:
                parts.append(self.tr("%Ln replies", "", len(node.children)))
            tags = self.tags_of(comment.id)
            if tags:
                parts.append(self.tr("tagged {tags}").format(tags=", ".join(tag.path for tag in tags)))
            text = comment.body if accessible else comment.body[:300]
            line = f"{', '.join(parts)}: {text}"
            # Qt reads a tooltip that looks like markup as HTML: scraped text goes in escaped.
            return line if accessible else plain_tooltip(line)
        return None
