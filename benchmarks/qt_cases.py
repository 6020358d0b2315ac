"""Cases 4, 5 and 6: the window. Each function runs in a fresh worker process (offscreen Qt) and
measures until the widget has been painted: a paint event reached it and was processed.

The anchors are minimal custom Qt models over bare `sqlite3` (the start-up anchor too: a bare
PySide6 window with a QTableView, no peewee), doing the same work with nothing else: no annotations,
no delegates, no settings.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMainWindow, QTableView, QTreeView, QWidget

from benchmarks.common import max_rss_mb

WINDOW_SIZE = (1280, 800)  # the main window's default size
LIST_SIZE = (900, 800)
THREAD_SIZE = (640, 800)  # about the reading area of the main window
TIMEOUT = 60.0
# Sortable columns of the article list, in the app's order (desktop/ui/article_list_model.py).
LIST_COLUMNS = ("starred", "title", "comments", "unread", "participants", "first_comment", "last_comment",
                "imported", "source")
# Title filters and views: a common word, a rare one, the sidebar's views.
LIST_FILTERS = (("title", "russia"), ("title", "planted"), ("view", "unread"), ("view", "starred"))


def application() -> QApplication:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance()
    return app if isinstance(app, QApplication) else QApplication(sys.argv[:1])


class PaintSpy(QObject):
    """Counts the paint events a widget receives."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.paints = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False

    def wait(self, app: QApplication, after: int = 0) -> None:
        """Process events until a paint past `after` has been handled."""
        deadline = time.perf_counter() + TIMEOUT
        while self.paints <= after:
            app.processEvents()
            if time.perf_counter() > deadline:
                raise TimeoutError("the widget was never painted")


def timed_until_painted(app: QApplication, spy: PaintSpy, action: Callable[[], object]) -> float:
    """Milliseconds from the action to the end of the next paint."""
    app.processEvents()
    before = spy.paints
    started = time.perf_counter()
    action()
    spy.wait(app, before)
    return (time.perf_counter() - started) * 1000


def _connect(path: str) -> sqlite3.Connection:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA cache_size = -32000")
    return connection


# --- case 4: open a thread ---------------------------------------------------------------------


def thread_app(library: str, article_id: int) -> dict[str, Any]:
    """The main window on the library; select the article in the list as a click does, and time
    until the comment tree has been painted."""
    from PySide6.QtCore import QSettings

    from desktop.app import settle_start_up
    from desktop.store.db import Library
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import Settings

    app = application()
    settings_file = os.path.join(os.environ.get("XDG_CONFIG_HOME", "."), "bench-settings.ini")
    window = MainWindow(Library.open(library), Settings(QSettings(settings_file, QSettings.Format.IniFormat)))
    window.resize(*WINDOW_SIZE)
    tree = window.reader.comment_tree
    spy = PaintSpy(tree.viewport())
    window.show()
    settle_start_up()  # as `desktop.app.run` does once the window is shown
    spy.wait(app)
    if window.reader.article_id == article_id:  # already open: start from another article
        window.select_row(1 if window.article_model.row_of(article_id) == 0 else 0)
        spy.wait(app, spy.paints)
    _wait_for_background_work(app, window)
    elapsed = timed_until_painted(app, spy, lambda: window.select_article(article_id))
    shown = len(window.reader.comment_model.nodes)
    window.close()
    return {"ms": elapsed, "comments": shown}


def _wait_for_background_work(app: QApplication, window: QWidget) -> None:
    """Until what the window started on its worker threads (the sidebar's author and saved-search
    counts) is done and delivered: at 100k it ran on the second core and held the GIL through a
    timed open, which then measured the start-up's tail, not the thread (since 6 December)."""
    from desktop.ui.operations import Runner

    deadline = time.perf_counter() + TIMEOUT
    while any(runner.busy for runner in window.findChildren(Runner)):
        for runner in window.findChildren(Runner):
            runner.wait(int(TIMEOUT * 1000))
        app.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("the window's background work never finished")


class _Node:
    __slots__ = ("children", "number", "parent", "row", "text")

    def __init__(self, number: int, text: str, parent: _Node | None, row: int) -> None:
        self.number = number
        self.text = text
        self.parent = parent
        self.row = row
        self.children: list[_Node] = []


class MinimalTreeModel(QAbstractItemModel):
    """Nodes that know their row and parent; Qt holds node numbers."""

    def __init__(self, rows: list[tuple[int, int | None, str]]) -> None:
        super().__init__()
        self.nodes: list[_Node] = []
        self.roots: list[_Node] = []
        by_id: dict[int, _Node] = {}
        for comment_id, parent_id, text in rows:
            parent = by_id.get(parent_id) if parent_id is not None else None
            siblings = parent.children if parent is not None else self.roots
            node = _Node(len(self.nodes), text, parent, len(siblings))
            siblings.append(node)
            self.nodes.append(node)
            by_id[comment_id] = node

    def _node(self, index: QModelIndex | Any) -> _Node | None:
        return self.nodes[index.internalId()] if index.isValid() else None

    def index(self, row: int, column: int, parent: Any = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        siblings = node.children if node is not None else self.roots
        if column != 0 or not 0 <= row < len(siblings):
            return QModelIndex()
        return self.createIndex(row, 0, siblings[row].number)

    def parent(self, index: Any = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node = self._node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent.number)

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        if parent.column() > 0:
            return 0
        node = self._node(parent)
        return len(node.children) if node is not None else len(self.roots)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        return node.text if node is not None and role == Qt.ItemDataRole.DisplayRole else None


def thread_anchor(library: str, article_id: int) -> dict[str, Any]:
    """Query, minimal tree model, QTreeView expanded: every comment shown with its author, time and
    word-wrapped text, as the app's cards show them, through Qt's default delegate."""
    app = application()
    connection = _connect(library)
    view = QTreeView()
    view.setHeaderHidden(True)
    view.setWordWrap(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.resize(*THREAD_SIZE)
    spy = PaintSpy(view.viewport())
    view.show()
    spy.wait(app)
    holder: list[MinimalTreeModel] = []

    def open_thread() -> None:
        rows = connection.execute(
            "SELECT c.id, c.parent_id, COALESCE(c.display_name, au.handle) || ' · ' || COALESCE(c.posted_at, '')"
            " || char(10) || c.body FROM comment c JOIN author au ON au.id = c.author_id"
            " WHERE c.article_id = ? ORDER BY c.position",
            (article_id,),
        ).fetchall()
        model = MinimalTreeModel(rows)
        holder.append(model)
        view.setModel(model)
        view.expandAll()

    elapsed = timed_until_painted(app, spy, open_thread)
    return {"ms": elapsed, "comments": len(holder[0].nodes)}


# --- case 3, second part: typing in the search box ---------------------------------------------

# Typed a key every TYPING_KEY_MS, with a pause after each word long enough for a search to start.
TYPED_WORDS = ("sanctions", " drone", " -referendum")
TYPING_KEY_MS = 120
TYPING_PAUSE_MS = 400


class _Heartbeat(QObject):
    """A 2 ms timer on the GUI thread: the longest gap between its ticks is how long the window
    could not react."""

    INTERVAL_MS = 2

    def __init__(self) -> None:
        super().__init__()
        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, (now - self._last) * 1000 - self.INTERVAL_MS)
        self._last = now


def typing_app(library: str) -> dict[str, Any]:
    """The app's search panel: type words key by key while searches run on its worker; the
    longest the GUI thread was blocked, and the time from the last key to the hits shown."""
    from PySide6.QtTest import QTest

    from desktop.store.db import Library
    from desktop.ui.search_panel import SearchPanel
    from desktop.ui.session import Session

    app = application()
    panel = SearchPanel(Session(Library.open(library)))
    panel.resize(*THREAD_SIZE)
    spy = PaintSpy(panel.view.viewport())
    panel.show()
    spy.wait(app)
    panel.search_box.setFocus()
    heartbeat = _Heartbeat()
    heartbeat.start()
    for number, word in enumerate(TYPED_WORDS):
        if number:
            QTest.qWait(TYPING_PAUSE_MS)
        for char in word:
            QTest.qWait(TYPING_KEY_MS)
            QTest.keyClicks(panel.search_box, char)
    typed_at = time.perf_counter()
    deadline = typed_at + TIMEOUT
    while panel.is_searching() or panel.results is None or panel.results.query != panel.query():
        QTest.qWait(1)
        if time.perf_counter() > deadline:
            raise TimeoutError("the search never finished")
    shown = (time.perf_counter() - typed_at) * 1000  # the debounce included
    panel.wait_for_search()
    return {"longest_block_ms": heartbeat.longest, "shown_ms": shown, "hits": panel.model.hit_count()}


# --- case 5: the article list -----------------------------------------------------------------


def _list_table() -> QTableView:
    """A table set up as the main window sets up its article list."""
    table = QTableView()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSortingEnabled(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.resize(*LIST_SIZE)
    return table


def _list_run(
    app: QApplication,
    table: QTableView,
    open_model: Callable[[], QAbstractItemModel],
    filter_by: Callable[[str, str], None],
) -> dict[str, Any]:
    spy = PaintSpy(table.viewport())
    table.show()
    spy.wait(app)
    before = max_rss_mb()
    figures: dict[str, float] = {}
    figures["open"] = timed_until_painted(app, spy, lambda: table.setModel(open_model()))
    memory = max_rss_mb() - before
    for column, key in enumerate(LIST_COLUMNS):
        sort = partial(table.sortByColumn, column, Qt.SortOrder.AscendingOrder)
        figures[f"sort:{key}"] = timed_until_painted(app, spy, sort)
    table.sortByColumn(LIST_COLUMNS.index("imported"), Qt.SortOrder.DescendingOrder)
    for kind, value in LIST_FILTERS:
        figures[f"filter:{kind}={value}"] = timed_until_painted(app, spy, partial(filter_by, kind, value))
        filter_by(kind, "" if kind == "title" else "all")
    model = table.model()
    return {"ms": figures, "memory_mb": memory, "rows": model.rowCount() if model is not None else 0}


def list_app(library: str) -> dict[str, Any]:
    """The app's ArticleListModel in a table: open, sort by every column, filter."""
    from desktop.store.db import Library
    from desktop.ui.article_list_model import ArticleListModel

    app = application()
    opened = Library.open(library)
    table = _list_table()
    holder: list[ArticleListModel] = []

    def open_model() -> ArticleListModel:
        model = ArticleListModel(opened)
        model.reload()
        holder.append(model)
        return model

    def filter_by(kind: str, value: str) -> None:  # as the main window's filter box and sidebar do
        model = holder[0]
        if kind == "title":
            model.title_filter = value
        else:
            model.view = value
        model.reload()

    return _list_run(app, table, open_model, filter_by)


class MinimalListModel(QAbstractTableModel):
    """Ids only, plus a row cache filled a screenful at a time with one query."""

    HEADERS = ("★", "Title", "Comments", "Unread", "People", "First comment", "Last comment", "Imported", "Source")

    def __init__(self, connection: sqlite3.Connection, ids: list[int]) -> None:
        super().__init__()
        self.connection = connection
        self.ids = ids
        self.rows: dict[int, tuple[Any, ...]] = {}

    def reset(self, ids: list[int]) -> None:
        self.beginResetModel()
        self.ids = ids
        self.endResetModel()

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        article_id = self.ids[index.row()]
        row = self.rows.get(article_id)
        if row is None:
            self._fetch(index.row())
            row = self.rows[article_id]
        return row[index.column()]

    def _fetch(self, row: int) -> None:
        chunk = self.ids[row : row + 100]
        marks = ",".join("?" * len(chunk))
        for values in self.connection.execute(
            "SELECT a.id, CASE WHEN a.is_starred THEN '★' ELSE '' END, a.title, COUNT(c.id), SUM(c.is_read = 0),"
            " COUNT(DISTINCT c.author_id), MIN(c.posted_at), MAX(c.posted_at), a.imported_at,"
            f" COALESCE(a.source_url, a.source_file) FROM article a LEFT JOIN comment c ON c.article_id = a.id"
            f" WHERE a.id IN ({marks}) GROUP BY a.id",
            chunk,
        ):
            self.rows[values[0]] = tuple("" if v is None else str(v) for v in values[1:])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        direction = "DESC" if order == Qt.SortOrder.DescendingOrder else "ASC"
        self.layoutAboutToBeChanged.emit()
        self.ids = [row[0] for row in self.connection.execute(_anchor_order(LIST_COLUMNS[column], direction))]
        self.layoutChanged.emit()


# The anchor's sort: one query per column that computes only that column.
_AGGREGATES = {
    "comments": "COUNT(*)",
    "unread": "SUM(is_read = 0)",
    "participants": "COUNT(DISTINCT author_id)",
    "first_comment": "MIN(posted_at)",
    "last_comment": "MAX(posted_at)",
}
_PLAIN = {
    "starred": "a.is_starred",
    "title": "a.title COLLATE NOCASE",
    "imported": "a.imported_at",
    "source": "COALESCE(a.source_url, a.source_file) COLLATE NOCASE",
}


def _anchor_order(key: str, direction: str, where: str = "") -> str:
    if key in _AGGREGATES:
        return (
            f"SELECT a.id FROM article a LEFT JOIN (SELECT article_id, {_AGGREGATES[key]} AS v FROM comment"
            f" GROUP BY article_id) s ON s.article_id = a.id {where} ORDER BY s.v {direction}, a.id {direction}"
        )
    return f"SELECT a.id FROM article a {where} ORDER BY {_PLAIN[key]} {direction}, a.id {direction}"


def list_anchor(library: str) -> dict[str, Any]:
    app = application()
    connection = _connect(library)
    table = _list_table()
    holder: list[MinimalListModel] = []

    def open_model() -> MinimalListModel:
        ids = [row[0] for row in connection.execute(_anchor_order("imported", "DESC"))]
        model = MinimalListModel(connection, ids)
        holder.append(model)
        return model

    def filter_by(kind: str, value: str) -> None:
        where, params = "", []
        if kind == "title" and value:
            where, params = "WHERE a.title LIKE ?", [f"%{value}%"]
        elif value == "unread":
            where = ("WHERE a.is_read = 0 OR EXISTS"
                     " (SELECT 1 FROM comment c WHERE c.article_id = a.id AND c.is_read = 0)")
        elif value == "starred":
            where = "WHERE a.is_starred = 1"
        holder[0].reset([row[0] for row in connection.execute(_anchor_order("imported", "DESC", where), params)])

    return _list_run(app, table, open_model, filter_by)


# --- case 6: start-up -------------------------------------------------------------------------


class _FirstPaint(QObject):
    """Quits the application once a main window has been painted; keeps the time it happened.
    A window that builds its panels after its first paint (Glossa's `when_built`) is waited for
    too: `complete_at` is when it has painted again with every panel built."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.painted_at: float | None = None
        self.complete_at: float | None = None
        self._built = False
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            (self.painted_at is None or (self._built and self.complete_at is None))
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and isinstance(watched.window(), QMainWindow)
        ):
            if self.painted_at is None:
                self.painted_at = 0.0
                QTimer.singleShot(0, self._done)  # after the whole window's paint has been processed
            else:
                self.complete_at = 0.0
                QTimer.singleShot(0, self._complete)
        return False

    def _done(self) -> None:
        self.painted_at = time.time()
        window = next((w for w in self.app.topLevelWidgets() if hasattr(w, "when_built")), None)
        if window is None or window.built:
            self.complete_at = self.painted_at
            self.app.quit()
        else:
            window.when_built(self._on_built)

    def _on_built(self) -> None:
        self._built = True

    def _complete(self) -> None:
        self.complete_at = time.time()
        self.app.quit()


def startup_app(library: str) -> dict[str, Any]:
    """`glossa --library PATH`, the real start-up path, quitting after the first paint. The time
    is the wall clock at that moment: the runner subtracts the time it started this process."""
    app = application()
    spy = _FirstPaint(app)
    from desktop.cli import main

    code = main(["--library", library])
    return {"painted_at": spy.painted_at, "complete_at": spy.complete_at, "exit_code": code}


def startup_anchor(library: str) -> dict[str, Any]:
    """A bare PySide6 window with a QTableView over the same SQLite file (the standard library's
    sqlite3, no peewee), showing the article list."""
    app = application()
    spy = _FirstPaint(app)
    connection = _connect(library)
    ids = [row[0] for row in connection.execute(_anchor_order("imported", "DESC"))]
    window = QMainWindow()
    table = QTableView(window)
    table.setModel(MinimalListModel(connection, ids))
    window.setCentralWidget(table)
    window.resize(*WINDOW_SIZE)
    window.show()
    app.exec()
    connection.close()
    return {"painted_at": spy.painted_at, "exit_code": 0}
