"""The open library on the Qt side: one object owns it and the article list's query, and says
when either changes.

The application opens a library through `set_library`; the panels subscribe to
`library_changed` themselves, so nobody fans a new library out by hand. `library_closing` comes
first, while the old library is still the open one: unsaved edits go into it then. A panel's
part of `library_changed` only resets the panel (it emits nothing, so the panels' order does not
matter); what joins them (the list's first article, the Note panel on it) is the main window's,
connected after them all.

The panels reach the store through the session (`call`: a store function on the open
library), never through a database handle of their own; work off the GUI thread goes through
`ui/operations.py`, which gives each operation its thread's connection.

What the article list shows (a view, the articles carrying some tags, a chart element's
articles) is a `ListQuery`, changed only by the session's commands (`show_view`,
`filter_by_tags`, `filter_by_chart`, `tags_changed`); `list_query_changed` brings it to the
panels that show it: the reader marks the comments it selects, the list lists its articles.

Read and starred state is written through the session's commands (`open_article`, `set_read`,
`set_starred`, and `set_comments_read`, by which the reader writes its comments' read state as
they are looked at); `reading_changed(article ids)` follows each.

Annotations are written through the session's annotation controller, `annotations` (it keeps
the undo stack, cleared when another library opens: its steps belong to the library they were
made in); `annotations_changed` names the articles each change, undo and redo touched (None:
possibly any, when a tag itself changed).

Whose annotations the panels show is the session's `coder_view` (issue 23): every coder's (the
default), only the window's coder's (blind coding: the others' chips, highlights, notes, counts and
`tag:` hits hidden until the coder reveals them by choosing All Coders) or one chosen coder's.
The panels pass `view_coder()` to the store's reads; changing the view emits `coder_view_changed`
and then `annotations_changed(None)`, so every panel re-reads what it shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any, Concatenate, ParamSpec, TypeVar

from PySide6.QtCore import QObject, Signal

from desktop.store import annotations as annotation_store
from desktop.store import coders, reading
from desktop.store.annotations import Change
from desktop.store.db import Library
from desktop.ui.annotation_controller import AnnotationController

P = ParamSpec("P")
R = TypeVar("R")


def call_on(library: Library, function: Callable[Concatenate[Any, P], R], *args: P.args, **kwargs: P.kwargs) -> R:
    """A store function (its database first) on `library`: `Session.call` on the open one; the
    Note panel names the library the text it saves was written in, which may have been closed."""
    return function(library.db, *args, **kwargs)


@dataclass(frozen=True)
class ListQuery:
    view: str = "all"  # reading.article_ids' view
    tag_ids: tuple[int, ...] = ()  # the selected tags: their articles listed, their comments marked
    tag_mode: str = "or"  # "and": articles carrying every selected tag
    articles: frozenset[int] | None = None  # only these (the tags' or a chart element's); None: all
    comments: frozenset[int] = frozenset()  # comments a chart element counts, marked in the thread


ALL_CODERS = "all"
ONLY_MINE = "mine"
ONE_CODER = "coder"
_NOBODY = 0  # no coder has this id: the view of a coder who has written nothing yet shows nothing


@dataclass(frozen=True)
class CoderView:
    kind: str = ALL_CODERS  # ALL_CODERS, ONLY_MINE (blind coding) or ONE_CODER
    coder: int | None = None  # ONE_CODER's id
    name: str = ""  # ONE_CODER's name, for the menu and the status bar


class Session(QObject):
    library_closing = Signal()  # the open library is about to be replaced
    library_changed = Signal(object)  # Library: the one now open
    list_query_changed = Signal(object)  # ListQuery
    reading_changed = Signal(object)  # list[int]: articles whose read or starred state was written
    annotations_changed = Signal(object)  # set[int] | None: articles whose annotations changed; None: any
    coder_view_changed = Signal(object)  # CoderView

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.list_query = ListQuery()
        self.annotations = AnnotationController(library, self)
        self.annotations.changed.connect(self._on_annotations_written)
        self.annotations.coder_changed.connect(self._on_coder_changed)
        self.coder_view = CoderView()
        self._my_id: int | None = None  # the window's coder's id, read when Only Mine needs it
        self._my_name = self.annotations.coder_name

    def call(self, function: Callable[Concatenate[Any, P], R], *args: P.args, **kwargs: P.kwargs) -> R:
        """A store function on the open library's database: the panels' one door to the store."""
        return call_on(self.library, function, *args, **kwargs)

    def set_library(self, library: Library) -> None:
        """Open `library` in every panel (also the one open already: the panels fill themselves
        from it as they do for a new one). It opens on All articles, as the sidebar shows it:
        filters of the old library's tags or charts mean nothing in the new one."""
        self.library_closing.emit()
        self.library = library
        self.annotations.set_library(library)  # after the closing notes went onto the old stack
        self.list_query = ListQuery()
        self._my_id = None
        if self.coder_view.kind == ONE_CODER:  # a coder of the old library; blind coding stays blind
            self.coder_view = CoderView()
            self.coder_view_changed.emit(self.coder_view)
        self.library_changed.emit(library)

    # -- whose annotations are shown -----------------------------------------------------------

    def set_coder_view(self, view: CoderView) -> None:
        """Show every coder's annotations, only the window's coder's, or one coder's; the panels re-read."""
        if view == self.coder_view:
            return
        self.coder_view = view
        self.coder_view_changed.emit(view)
        self.annotations_changed.emit(None)

    def view_coder(self) -> int | None:
        """The coder whose annotations the panels show (the store reads' `coder`); None: every coder's."""
        if self.coder_view.kind == ONE_CODER:
            return self.coder_view.coder
        if self.coder_view.kind == ONLY_MINE:
            return self.my_coder()
        return None

    def my_coder(self) -> int:
        """The window's coder's id; found, not made: looking must not write (a read-only library,
        a coder who has not written yet: _NOBODY, looked up again next time, since any first
        write, a note's too, makes the coder)."""
        if self._my_id is None:
            found = self.call(coders.find_current_coder, self.annotations.coder_name)
            if found is None:
                return _NOBODY
            self._my_id = found
        return self._my_id

    def _on_coder_changed(self, name: str) -> None:
        self._my_id = None
        if name != self._my_name and self.coder_view.kind != ONE_CODER:
            self.annotations_changed.emit(None)  # another coder's own work, or other chips with initials
        self._my_name = name

    # -- the article list's query ------------------------------------------------------------

    def show_view(self, view: str) -> None:
        """A view of the sidebar, without any filter."""
        self._set_query(ListQuery(view=view))

    def filter_by_tags(self, tag_ids: Iterable[int], mode: str) -> None:
        """Every article carrying the tags (on the article or any comment); their comments marked."""
        tags = tuple(tag_ids)
        articles = frozenset(self.call(annotation_store.articles_with_tags, list(tags), mode,
                                       coder=self.view_coder()))
        self._set_query(replace(self.list_query, view="all", tag_ids=tags, tag_mode=mode, articles=articles))

    def filter_by_chart(self, article_ids: Iterable[int], comment_ids: Iterable[int]) -> None:
        """The articles a clicked chart element counts; its comments marked."""
        self._set_query(ListQuery(view="all", articles=frozenset(article_ids), comments=frozenset(comment_ids)))

    def tags_changed(self, existing: Iterable[int]) -> None:
        """Tags were changed: a tag filter keeps the tags still there and their articles now."""
        query = self.list_query
        if not query.tag_ids:
            return
        present = set(existing)
        still = tuple(t for t in query.tag_ids if t in present)
        articles = (frozenset(self.call(annotation_store.articles_with_tags, list(still), query.tag_mode,
                                        coder=self.view_coder()))
                    if still else None)  # fmt: skip
        self._set_query(replace(query, tag_ids=still, articles=articles))

    # -- read and starred state ----------------------------------------------------------------

    def open_article(self, article_id: int) -> None:
        """Opening an article reads its text (its comments stay unread until looked at)."""
        if self.library.read_only:
            return  # a read-only library keeps its read state as it is
        self.call(reading.set_article_opened, article_id)
        self.reading_changed.emit([article_id])

    def set_read(self, article_ids: list[int], read: bool) -> None:
        """The articles and all their comments read, or unread."""
        self.call(reading.set_articles_read, article_ids, read)
        self.reading_changed.emit(list(article_ids))

    def set_starred(self, article_ids: list[int], starred: bool) -> None:
        self.call(reading.set_starred, article_ids, starred)
        self.reading_changed.emit(list(article_ids))

    def set_comments_read(self, article_id: int, comment_ids: list[int], read: bool) -> None:
        """Some comments of this article read, or unread."""
        if self.library.read_only:
            return  # a read-only library keeps its read state as it is
        self.call(reading.set_comments_read, comment_ids, read)
        self.reading_changed.emit([article_id])

    # -- annotations -----------------------------------------------------------------------------

    def _on_annotations_written(self, change: Change) -> None:
        self.annotations_changed.emit(self.call(annotation_store.articles_touched, change))

    def _set_query(self, query: ListQuery) -> None:
        self.list_query = query
        self.list_query_changed.emit(query)


def session_of(source: Session | Library, parent: QObject | None = None) -> Session:
    """The application's session; a bare library (a test, a benchmark) gets a session of its own."""
    return source if isinstance(source, Session) else Session(source, parent)
