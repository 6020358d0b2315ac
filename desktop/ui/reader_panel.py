"""The reading area: the article above its comment tree, with the navigation a reader uses
(next/previous/parent comment, next unread, Space to read on) and read state.

It follows the session: another library empties it, the list's query marks the comments it
selects, and read state written anywhere shows in the thread; it writes its comments' read state
through the session too."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any, TypeVar

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QSplitter, QVBoxLayout, QWidget

from desktop.store import annotations as annotation_store
from desktop.store import campaign_marks, coders, metrics, reading
from desktop.store.annotations import TagInfo
from desktop.store.db import Library
from desktop.ui.article_view import ArticleView
from desktop.ui.charts.metrics_bar import ThreadMetricsBar
from desktop.ui.comment_tree_model import CommentTreeModel, Node
from desktop.ui.comment_view import CommentTreeView
from desktop.ui.session import ListQuery, Session

LARGE_THREAD = 2000
# A thread of more comments than this paints its tree before its figures: their SQL grows with the
# thread (~3 ms for 500 comments, ~45 ms for 20,000), a small one's is under a millisecond.
FIGURES_AFTER_PAINT = 100


@contextmanager
def _collection_paused() -> Iterator[None]:
    """No garbage collection while a thread's rows and nodes are built: each collection walks
    the young objects, tens of thousands of them by then, and nothing built here is garbage
    (about 40 ms of opening a 5,000-comment thread went to collections)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


K = TypeVar("K")


def initials(name: str) -> str:
    """A coder's initials for a chip: the first letters of two words, or a one-word name's first two."""
    words = name.split()
    if len(words) >= 2:
        return (words[0][0] + words[-1][0]).upper()
    return name[:2].capitalize() or "?"


class ReaderPanel(QWidget):
    reached_end = Signal()  # Space at the end with nothing unread left here

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.article_id: int | None = None
        self.detail: reading.ArticleDetail | None = None
        self.tags: dict[int, TagInfo] = {}  # every tag of the library, kept by the window
        self.tag_filter: list[int] = []  # comments carrying these are marked
        self.comment_filter: set[int] = set()  # comments a chart element counts, also marked
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        self.article_view = ArticleView(self)
        self.thread_label = QLabel(self)
        self.thread_label.setTextFormat(Qt.TextFormat.PlainText)
        self.thread_label.setContentsMargins(10, 6, 10, 6)
        label_font = self.thread_label.font()
        label_font.setBold(True)
        self.thread_label.setFont(label_font)
        self.thread_label.setAccessibleName(self.tr("Thread summary"))
        self.comment_model = CommentTreeModel(self)
        self.comment_tree = CommentTreeView(self)
        self.comment_tree.setModel(self.comment_model)
        thread_box = QWidget(self)
        thread_layout = QVBoxLayout(thread_box)
        thread_layout.setContentsMargins(0, 0, 0, 0)
        thread_layout.setSpacing(0)
        thread_layout.addWidget(self.thread_label)
        self.metrics_bar = ThreadMetricsBar(self)
        thread_layout.addWidget(self.metrics_bar)
        thread_layout.addWidget(self.comment_tree)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.article_view)
        self.splitter.addWidget(thread_box)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._update_thread_label()

    def _connect_signals(self) -> None:
        self.comment_tree.comment_read.connect(self._on_comment_read)
        self.metrics_bar.comment_requested.connect(self._on_metrics_comment)
        self.session.library_changed.connect(self._on_library_changed)
        self.session.list_query_changed.connect(self._on_list_query_changed)
        self.session.reading_changed.connect(self.follow_reading)

    @property
    def library(self) -> Library:
        return self.session.library

    # -- showing an article ----------------------------------------------------------------

    def _on_library_changed(self, _library: Library) -> None:
        self.tag_filter, self.comment_filter = [], set()  # the other library's tags and chart elements
        self.show_article(None)

    def _on_list_query_changed(self, query: ListQuery) -> None:
        self.mark_filtered(query.tag_ids, query.comments)

    def mark_filtered(self, tag_ids: Iterable[int], comment_ids: Iterable[int]) -> None:
        """Mark the comments carrying these tags, and these comments (a chart element's)."""
        self.tag_filter = list(tag_ids)
        self.comment_filter = set(comment_ids)
        self.refresh_annotations()

    def show_article(self, article_id: int | None) -> None:
        self.article_id = article_id
        detail = self.session.call(reading.article_detail, article_id) if article_id is not None else None
        self.detail = detail
        if detail is None:
            self.article_id = None
            self.article_view.show_placeholder(self.tr("Select an article to read it."))
            self.metrics_bar.show_metrics(None)
            self.comment_model.set_comments([])
        else:
            with _collection_paused():
                comments = self.session.call(reading.thread, detail.id)
                large = len(comments) > LARGE_THREAD
                # Smooth pixel scrolling needs every card measured (about 0.1 ms each); scrolling by
                # comment measures only the visible ones. So the thread opens by comment, and one of
                # up to a couple of thousand comments turns smooth once it has been painted.
                self.comment_tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
                if not large:
                    self.comment_tree.after_next_paint(lambda: self._scroll_smoothly(detail.id))
                self.comment_model.set_comments(comments)
                self.refresh_annotations()
                self.comment_tree.expandAll()
            self.comment_tree.scrollToTop()
            if large or len(comments) > FIGURES_AFTER_PAINT:
                self.metrics_bar.show_metrics(None)
                self.comment_tree.after_next_paint(lambda: self._show_metrics(detail.id))
            else:
                self._show_metrics(detail.id)
        self._update_thread_label()

    def _scroll_smoothly(self, article_id: int) -> None:
        if article_id == self.article_id:
            self.comment_tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

    def _show_metrics(self, article_id: int) -> None:
        if article_id == self.article_id:  # not another article's by the time it runs
            self.metrics_bar.show_metrics(self.session.call(metrics.one_article_metrics, article_id))

    def refresh_annotations(self) -> None:
        """Re-read the current article's tags, highlights and filter matches; the tree keeps its
        expansion and selection."""
        if self.detail is None:
            return
        call = self.session.call
        article_id = self.detail.id
        coder = self.session.view_coder()
        chips = [self.tags[t] for t in call(annotation_store.article_tag_ids, article_id, coder) if t in self.tags]
        badges: dict[int, list[tuple[str, int]]] = {}
        if coder is None:  # every coder's: a chip only others put there names them, in their colours
            article_links = call(annotation_store.article_tag_coders, article_id)
            others = self._others(article_links)
            badges = self._badges(article_links)
            chips = [replace(tag, path=f"{tag.path} · {others[tag.id]}") if tag.id in others else tag for tag in chips]
        highlights = call(annotation_store.highlights_for_article, article_id, coder)
        own = [h for h in highlights if h.target is not None and h.target.kind == "article"]
        self.article_view.set_article(self.detail, chips, own, self.tags, badges)
        by_comment: dict[int, list[annotation_store.HighlightInfo]] = {}
        for highlight in highlights:
            if highlight.target is not None and highlight.target.kind == "comment":
                by_comment.setdefault(highlight.target.id, []).append(highlight)
        matches: dict[int, int] = {}
        for tag_id in self.tag_filter:
            if tag_id in self.tags:
                for comment_id in call(annotation_store.comments_with_tags, article_id, [tag_id], coder=coder):
                    matches.setdefault(comment_id, tag_id)
        for comment_id in self.comment_filter:
            matches.setdefault(comment_id, -1)  # -1: marked by a chart, not by a tag
        tag_ids = call(annotation_store.comment_tag_ids, article_id, coder)
        links = call(annotation_store.comment_tag_coders, article_id) if coder is None else {}
        self.comment_model.chip_coders = self._others(links)
        self.comment_model.chip_badges = self._badges(links)
        self.comment_model.campaign_ids = call(campaign_marks.campaign_comments, article_id)
        self.comment_model.set_annotations(tag_ids, self.tags, by_comment, matches)
        self.comment_tree.comment_delegate.clear_cache()

    def _others(self, links: dict[K, list[int]]) -> dict[K, str]:
        """Chip -> the initials of the other coders who put it there, for the chips of tags the
        window's coder did not apply (All Coders: each coder's chips told apart)."""
        if not links:
            return {}
        me = self.session.my_coder()
        names = {c.id: c.name for c in self.session.call(coders.coders)}
        return {key: " ".join(dict.fromkeys(initials(names.get(c, "?")) for c in ids))
                for key, ids in links.items() if me not in ids}

    def _badges(self, links: dict[K, list[int]]) -> dict[K, list[tuple[str, int]]]:
        """Chip -> (initials, coder id) of each other coder who alone put it there: the thread
        paints each on a badge in the coder's colour."""
        if not links:
            return {}
        me = self.session.my_coder()
        names = {c.id: c.name for c in self.session.call(coders.coders)}
        return {key: [(initials(names.get(c, "?")), c) for c in ids] for key, ids in links.items() if me not in ids}

    def _update_thread_label(self) -> None:
        model = self.comment_model
        if self.article_id is None:
            self.thread_label.setText("")
            return
        total = len(model.nodes)
        if not total:
            self.thread_label.setText(self.tr("No comments"))
            return
        people = len({node.comment.author_id for node in model.nodes})
        unread = model.unread_count()
        comments = self.tr("%Ln comment(s)", "", total)
        people_text = self.tr("from %Ln person(s)", "", people)
        read = self.tr("%Ln unread", "comments", unread) if unread else self.tr("all read")
        self.thread_label.setText(f"{comments} {people_text} · {read}")

    # -- read state ------------------------------------------------------------------------

    def _on_comment_read(self, comment_id: int) -> None:
        self.set_comments_read([comment_id], True)

    def _on_metrics_comment(self, comment_id: int) -> None:
        if self.select_comment(comment_id):
            self.comment_tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_comments_read(self, comment_ids: list[int], read: bool) -> None:
        """Written through the session; the thread shows it as it follows reading_changed."""
        if self.article_id is not None:
            self.session.set_comments_read(self.article_id, comment_ids, read)

    def follow_reading(self, article_ids: Iterable[int]) -> None:
        """Read state was written (a whole article marked read or unread): the thread shows what
        is stored."""
        if self.article_id is None or self.article_id not in set(article_ids):
            return
        stored = self.session.call(reading.read_comment_ids, self.article_id)
        ids = [node.comment.id for node in self.comment_model.nodes]
        self.comment_model.set_read([i for i in ids if i in stored], True)  # only the ones that differ repaint
        self.comment_model.set_read([i for i in ids if i not in stored], False)
        self._update_thread_label()

    def toggle_current_comment_read(self) -> bool:
        node = self.comment_tree.current_node()
        if node is None:
            return False
        self.set_comments_read([node.comment.id], not node.comment.is_read)
        return True

    # -- navigation ------------------------------------------------------------------------

    def _go(self, index: QModelIndex) -> bool:
        if not index.isValid():
            return False
        tree = self.comment_tree
        tree.setCurrentIndex(index)
        tree.doItemsLayout()
        tree.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def next_comment(self) -> bool:
        tree = self.comment_tree
        current = tree.currentIndex()
        return self._go(tree.indexBelow(current) if current.isValid() else self.comment_model.index(0, 0))

    def previous_comment(self) -> bool:
        current = self.comment_tree.currentIndex()
        return self._go(self.comment_tree.indexAbove(current)) if current.isValid() else False

    def parent_comment(self) -> bool:
        current = self.comment_tree.currentIndex()
        return self._go(current.parent()) if current.isValid() else False

    def next_unread_comment(self) -> bool:
        """The next unread comment in page order after the current one (from the top if none)."""
        nodes = self.comment_model.nodes
        current = self.comment_tree.current_node()
        start = current.number + 1 if current is not None else 0
        for node in nodes[start:]:
            if not node.comment.is_read:
                return self._select_node(node)
        return False

    def _select_node(self, node: Node) -> bool:
        if self.comment_tree.select_comment(node.comment.id):
            self.comment_tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return False

    def select_comment(self, comment_id: int) -> bool:
        return self.comment_tree.select_comment(comment_id)

    def show_search_matches(self, comment_id: int, spans: list[tuple[int, int]]) -> None:
        """Mark a search's words in a comment (only there: the marks of the last hit opened go)
        and bring the first in sight once the thread is painted and scrolls by pixel."""
        self.comment_model.search_marks = {comment_id: spans} if spans else {}
        self.comment_tree.viewport().update()
        if spans:
            self.comment_tree.after_next_paint(lambda: self.comment_tree.reveal(comment_id, spans[0][0]))

    def read_on(self) -> None:
        """Space: page through the article, then through a long comment, then on to the next
        unread comment; at the end of the thread, ask for the next article."""
        bar = self.article_view.verticalScrollBar()
        if self.comment_tree.currentIndex().isValid() is False and bar.value() < bar.maximum():
            bar.setValue(bar.value() + bar.pageStep())
            return
        tree = self.comment_tree
        current = tree.currentIndex()
        if current.isValid():
            rect = tree.visualRect(current)
            if rect.bottom() > tree.viewport().height():
                tree_bar = tree.verticalScrollBar()
                tree_bar.setValue(tree_bar.value() + tree.viewport().height() * 4 // 5)
                return
        if not self.next_unread_comment():
            self.reached_end.emit()

    def expand_all(self) -> None:
        self.comment_tree.expandAll()

    def collapse_all(self) -> None:
        self.comment_tree.collapseAll()

    def collapse_current(self) -> None:
        tree = self.comment_tree
        current = tree.currentIndex()
        if current.isValid():
            open_parent = tree.isExpanded(current) and self.comment_model.hasChildren(current)
            target = current if open_parent else current.parent()
            if target.isValid():
                tree.collapse(target)
                self._go(target)

    def expand_current(self) -> None:
        current = self.comment_tree.currentIndex()
        if current.isValid():
            self.comment_tree.expand(current)
