"""The search panel: a search box that searches as you type, the syntax help, the order, and the
hits grouped by article with the matched words highlighted.

Typing never waits on the database: the search starts DEBOUNCE_MS after the last keystroke, as an
operation on a worker thread with its own connection (desktop/ui/operations.py). A new search
supersedes the one under way: its query is interrupted and its results dropped, so a slow search
for "pu" can never overwrite the hits for "putin".

Everything shown is scraped text and is painted as plain text: snippets are split into
(text, matched) pieces by `snippet_segments` and laid out with QTextLayout, never as HTML.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QElapsedTimer,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.store.db import Library
from desktop.store.query_language import HELP_ROWS
from desktop.store.search import (
    ArticleHits,
    Hit,
    SavedSearchInfo,
    SearchError,
    SearchResults,
    comment_matches,
    count,
    create_saved_search,
    search,
    snippet_segments,
)
from desktop.ui.comment_tree_model import commenter_label
from desktop.ui.i18n import PLURAL, QT_TRANSLATE_NOOP, format_datetime, format_number, translate, translated
from desktop.ui.operations import Runner, Task
from desktop.ui.safe_text import plain_tooltip
from desktop.ui.saved_searches import warn
from desktop.ui.session import Session
from desktop.ui.style import blend, card_fonts, row_colors

DEBOUNCE_MS = 250
RESULT_LIMIT = 200
BUSY_AFTER_MS = 300  # "Searching…" only for a search that takes noticeably long
ORDERS = (  # labels in English, translated when shown
    (QT_TRANSLATE_NOOP("SearchPanel", "Relevance"), "relevance"),
    (QT_TRANSLATE_NOOP("SearchPanel", "Newest"), "newest"),
    (QT_TRANSLATE_NOOP("SearchPanel", "Oldest"), "oldest"),
)
PLACEHOLDER = QT_TRANSLATE_NOOP("SearchPanel", "Search  (Ctrl+K)")

Index = QModelIndex | QPersistentModelIndex
HitRole = Qt.ItemDataRole.UserRole + 1  # the Hit of a hit row; None on an article row
GroupRole = Qt.ItemDataRole.UserRole + 2  # the ArticleHits of an article row; None on a hit row
IdsRole = Qt.ItemDataRole.UserRole + 3  # (article_id, comment_id or None) of any row


def _hits(number: int) -> str:
    return translate("SearchPanel", "%Ln hit(s)", None, PLURAL, number)


def _when(hit: Hit) -> str:
    return format_datetime(hit.posted_at)


def _who(hit: Hit) -> str:
    if hit.comment_id is None:
        return QCoreApplication.translate("SearchPanel", "In the article")
    if not hit.author:
        return QCoreApplication.translate("SearchPanel", "unknown commenter")
    return commenter_label(hit.display_name, hit.author)  # as the thread names them




def _plain_snippet(snippet: str) -> str:
    return "".join(text for text, _matched in snippet_segments(snippet))


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _from_utf16(text: str, offset: int) -> int:
    """The str index of a UTF-16 offset into `text` (Qt counts UTF-16 code units)."""
    return len(text.encode("utf-16-le")[: 2 * offset].decode("utf-16-le", "ignore"))




# --- the results model ----------------------------------------------------------------------


class SearchResultsModel(QAbstractItemModel):
    """Two levels: one row per article (in the order of its best hit), its hits below it. The
    model holds only the groups of one search (at most RESULT_LIMIT hits). An index's internal
    id says where it is: 0 for an article row, the article row + 1 for a hit row; no Python
    object is handed to Qt."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[ArticleHits] = []

    def set_groups(self, groups: list[ArticleHits]) -> None:
        self.beginResetModel()
        self._groups = list(groups)
        self.endResetModel()

    def clear(self) -> None:
        self.set_groups([])

    @property
    def groups(self) -> list[ArticleHits]:
        return self._groups

    def hit_count(self) -> int:
        return sum(len(group.hits) for group in self._groups)

    def group(self, index: Index) -> ArticleHits | None:
        if not index.isValid() or index.internalId() != 0 or not 0 <= index.row() < len(self._groups):
            return None
        return self._groups[index.row()]

    def hit(self, index: Index) -> Hit | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        group_row = index.internalId() - 1
        if not 0 <= group_row < len(self._groups):
            return None
        hits = self._groups[group_row].hits
        return hits[index.row()] if 0 <= index.row() < len(hits) else None

    def ids(self, index: Index) -> tuple[int, int | None] | None:
        """What a row opens: (article id, comment id or None for the article itself)."""
        hit = self.hit(index)
        if hit is not None:
            return hit.article_id, hit.comment_id
        group = self.group(index)
        return (group.article_id, None) if group is not None else None

    def first_hit_index(self) -> QModelIndex:
        if not self._groups or not self._groups[0].hits:
            return QModelIndex()
        return self.index(0, 0, self.index(0, 0))

    # -- Qt model interface ----------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0 or not 0 <= parent.row() < len(self._groups):
            return QModelIndex()
        if row >= len(self._groups[parent.row()].hits):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        group = self.group(parent)
        return len(group.hits) if group is not None and parent.column() == 0 else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    # No flags(): Qt's own (enabled, selectable) is what the rows need, without a Python call per
    # row each time the view lays out the hits.

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        group = self.group(index)
        hit = None if group is not None else self.hit(index)
        if group is None and hit is None:
            return None
        if role == GroupRole:
            return group
        if role == HitRole:
            return hit
        if role == IdsRole:
            return self.ids(index)
        if group is not None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return f"{group.title} ({_hits(len(group.hits))})"
            if role == Qt.ItemDataRole.ToolTipRole:
                return plain_tooltip(group.title)
            return None
        assert hit is not None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            when = _when(hit)
            return f"{_who(hit)}{' · ' + when if when else ''}: {_plain_snippet(hit.snippet)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(f"{hit.article_title}\n{_who(hit)}\n\n{_plain_snippet(hit.snippet)}")
        return None


# --- painting -------------------------------------------------------------------------------


class SearchHitDelegate(QStyledItemDelegate):
    """Article rows: the title in bold and the number of hits. Hit rows: who and when, then the
    snippet on up to SNIPPET_LINES lines with the matched words in bold on a highlight."""

    PAD = 5
    GAP = 2
    SNIPPET_LINES = 2


    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Two heights (article rows, hit rows) and the fonts, for the view's font: the view asks
        # for every row's height each time it lays out up to RESULT_LIMIT hits after a key.
        self._font_key = ""
        self._fonts: tuple[QFont, QFont, QFont] = card_fonts(QFont())
        self._heights = (0, 0)

    def _update_fonts(self, font: QFont) -> tuple[QFont, QFont, QFont]:
        key = font.key()
        if key != self._font_key:
            self._font_key = key
            self._fonts = bold, meta, body = card_fonts(font)
            line = max(QFontMetrics(bold).height(), QFontMetrics(meta).height())
            body_line = QFontMetrics(body).lineSpacing()
            hit = self.PAD + line + self.GAP + self.SNIPPET_LINES * body_line + self.PAD
            self._heights = (line + 2 * self.PAD, hit)
        return self._fonts

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        self._update_fonts(option.font)
        # An article row's internal id is 0 (SearchResultsModel): no data() call per row.
        return QSize(200, self._heights[0] if index.internalId() == 0 else self._heights[1])

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        group: ArticleHits | None = index.data(GroupRole)
        hit: Hit | None = index.data(HitRole)
        if group is None and hit is None:
            super().paint(painter, option, index)
            return
        palette = option.palette
        selected, _base, highlight, text, dim = row_colors(option)
        rect: QRect = option.rect
        painter.save()
        if selected:
            painter.fillRect(rect, highlight)
        elif group is not None:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        bold, meta, body = self._update_fonts(option.font)
        x, width = rect.left() + self.PAD, rect.width() - 2 * self.PAD
        line = max(QFontMetrics(bold).height(), QFontMetrics(meta).height())
        top = rect.top() + self.PAD
        if group is not None:
            self._paint_group(painter, group, QRect(x, top, width, line), bold, meta, text, dim)
        else:
            assert hit is not None
            self._paint_hit(painter, hit, QRect(x, top, width, line), bold, meta, body, text, dim, selected, palette)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(text if selected else highlight)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.restore()

    def _paint_group(
        self, painter: QPainter, group: ArticleHits, rect: QRect, bold: QFont, meta: QFont, text: QColor, dim: QColor
    ) -> None:
        label = _hits(len(group.hits))
        painter.setFont(meta)
        label_width = QFontMetrics(meta).horizontalAdvance(label)
        painter.setPen(dim)
        align = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignRight), label)
        room = max(0, rect.width() - label_width - 10)
        title = QFontMetrics(bold).elidedText(group.title or self.tr("(untitled)"), Qt.TextElideMode.ElideRight, room)
        painter.setFont(bold)
        painter.setPen(text)
        painter.drawText(QRect(rect.left(), rect.top(), room, rect.height()), int(align), title)

    def _paint_hit(
        self,
        painter: QPainter,
        hit: Hit,
        rect: QRect,
        bold: QFont,
        meta: QFont,
        body: QFont,
        text: QColor,
        dim: QColor,
        selected: bool,
        palette: QPalette,
    ) -> None:
        align = int(Qt.AlignmentFlag.AlignVCenter)
        who = QFontMetrics(bold).elidedText(_who(hit), Qt.TextElideMode.ElideRight, rect.width() * 2 // 3)
        painter.setFont(bold)
        painter.setPen(text)
        painter.drawText(rect, align, who)
        details = [_when(hit)]
        if hit.depth > 1:
            details.append(self.tr("reply, depth {depth}").format(depth=hit.depth))
        meta_text = " · ".join(d for d in details if d)
        if meta_text:
            left = rect.left() + QFontMetrics(bold).horizontalAdvance(who) + 8
            room = max(0, rect.right() - left)
            painter.setFont(meta)
            painter.setPen(dim)
            elided = QFontMetrics(meta).elidedText(meta_text, Qt.TextElideMode.ElideRight, room)
            painter.drawText(QRect(left, rect.top(), room, rect.height()), align, elided)
        if selected:
            mark = blend(palette.color(QPalette.ColorRole.Highlight), text, 0.28)
        else:
            mark = blend(palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Highlight), 0.38)
        top = rect.bottom() + 1 + self.GAP
        painter.setPen(text)
        draw_snippet(painter, hit.snippet, body, QPointF(rect.left(), top), rect.width(), self.SNIPPET_LINES, mark)


def _layout(text: str, font: QFont, ranges: list[tuple[int, int]], mark: QColor, width: int) -> QTextLayout:
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    formats = []
    for start, end in ranges:
        if start >= min(end, len(text)):
            continue
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setBackground(mark)
        selection = QTextLayout.FormatRange()
        selection.start = _utf16(text[:start])
        selection.length = _utf16(text[start:end])
        selection.format = fmt
        formats.append(selection)
    layout.setFormats(formats)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout


def draw_snippet(
    painter: QPainter, snippet: str, font: QFont, origin: QPointF, width: int, max_lines: int, mark: QColor
) -> int:
    """Paint a search snippet as plain text on at most `max_lines` lines (cut with "…" when
    longer), its matched pieces bold on `mark`. Returns the number of lines drawn."""
    return draw_segments(painter, snippet_segments(snippet), font, origin, width, max_lines, mark)


def draw_segments(
    painter: QPainter,
    segments: list[tuple[str, bool]],
    font: QFont,
    origin: QPointF,
    width: int,
    max_lines: int,
    mark: QColor | None = None,
) -> int:
    """Paint (text, matched) pieces as plain text on at most `max_lines` lines, line breaks
    folded to spaces and the end cut with "…" when longer; matched pieces bold on `mark`."""
    text = ""
    ranges: list[tuple[int, int]] = []
    for piece, matched in segments:
        piece = " ".join(piece.splitlines()) if "\n" in piece or "\r" in piece else piece
        if matched:
            ranges.append((len(text), len(text) + len(piece)))
        text += piece
    if not text or width <= 0 or max_lines <= 0:
        return 0
    mark = mark if mark is not None else QColor(Qt.GlobalColor.transparent)
    layout = _layout(text, font, ranges, mark, width)
    if layout.lineCount() > max_lines:
        # Cut at the end of the last line shown, then back word by word until it fits with "…".
        last = layout.lineAt(max_lines - 1)
        end = _from_utf16(text, last.textStart() + last.textLength())
        while end > 0:
            layout = _layout(text[:end].rstrip() + "…", font, [(s, min(e, end)) for s, e in ranges], mark, width)
            if layout.lineCount() <= max_lines:
                break
            space = text.rfind(" ", 0, end - 1)
            end = space if space > 0 else end - 1
    layout.draw(painter, origin)
    return min(layout.lineCount(), max_lines)


# --- the help popup -------------------------------------------------------------------------


class SearchHelpDialog(QDialog):
    """The search language at a glance (desktop/store/query_language.HELP_ROWS). Not modal, so
    it can stay open beside the search box; the examples can be selected and copied."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Search syntax"))
        self.setAccessibleName(self.tr("Search syntax"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 10)
        intro = QLabel(self.tr("Type words to find articles and comments. Combine them with:"), self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(6)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.example_labels: list[QLabel] = []
        self.meaning_labels: list[QLabel] = []
        for row, (example, meaning) in enumerate(HELP_ROWS):
            left = QLabel(example, self)
            left.setFont(mono)
            right = QLabel(translated(meaning), self)
            right.setWordWrap(True)
            right.setMinimumWidth(340)
            for label in (left, right):
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(left, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(right, row, 1, Qt.AlignmentFlag.AlignTop)
            self.example_labels.append(left)
            self.meaning_labels.append(right)
        layout.addLayout(grid)
        footer = QLabel(
            self.tr("Words and fields combine: author:zenion negotiat* finds that commenter's comments with the word. "
                    "Anything else you type is searched as plain words."),
            self,
        )
        footer.setTextFormat(Qt.TextFormat.PlainText)
        footer.setWordWrap(True)
        footer.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(footer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


# --- the worker -----------------------------------------------------------------------------


def _search(task: Task[int | None], text: str, order: str, coder: int | None = None) -> int | None:
    """The hits (reported as they are found), then the number of all matches when more were
    found than are shown (None: all are shown). `coder`: the session's coder view."""
    results = search(task.db, text, limit=RESULT_LIMIT, order=order, coder=coder)
    task.report(results)
    more = results.capped or len(results.hits) >= RESULT_LIMIT
    if more and results.message is None and not task.cancelled():
        return count(task.db, text, coder)
    return None


# --- the panel ------------------------------------------------------------------------------


class _ResultsView(QTreeView):
    """Enter activates the current row (also on platforms where Enter does not emit
    `activated`); Escape returns to the search box.

    New hits are laid out scrolling by row, which measures only the rows on screen, and the view
    turns to smooth pixel scrolling, which measures every row (~20 us each through the Python
    delegate), right after it has painted them: two short pauses of the window instead of one."""

    escape_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._smooth_after_paint = False

    def show_new_rows(self) -> None:
        """Before the model is reset with new hits."""
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self._smooth_after_paint = True

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._smooth_after_paint:
            self._smooth_after_paint = False
            QTimer.singleShot(0, self, self._scroll_smoothly)  # posted while painting: after this frame

    def _scroll_smoothly(self) -> None:
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            return
        super().keyPressEvent(event)


class SearchPanel(QWidget):
    """`hit_activated(article_id, comment_id or None)` when a hit (or an article row) is clicked or
    Enter is pressed on it; `query_changed(text)` when a search for a new text starts;
    `saved_searches_changed()` after "Save search…" created one."""

    hit_activated = Signal(int, object)
    query_changed = Signal(str)
    saved_searches_changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session  # the open library; another one brings its hits for the current text
        self.results: SearchResults | None = None  # what the list shows
        self._runner = Runner(self, latest_only=True)  # a new search supersedes the one under way
        self._running_text: str | None = None  # text of the search under way, None when idle
        self._emitted_query: str | None = None
        self._total: int | None = None
        self._last_click = QElapsedTimer()
        self._last_click_ids: tuple[int, int | None] | None = None
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._busy = QTimer(self)
        self._busy.setSingleShot(True)
        self._busy.setInterval(BUSY_AFTER_MS)
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(self.tr(PLACEHOLDER))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(self.tr("Search"))
        self.search_box.setToolTip(
            self.tr('Words, "phrases", OR, -word, prefix*, author:, tag:, is:, has:, in:… (? for help)')
        )
        self.help_button = QToolButton(self)
        self.help_button.setText("?")
        self.help_button.setToolTip(self.tr("Search syntax"))
        self.help_button.setAccessibleName(self.tr("Search syntax"))
        self.order_combo = QComboBox(self)
        for label, order in ORDERS:
            self.order_combo.addItem(self.tr(label), order)
        self.order_combo.setToolTip(self.tr("Order of the hits"))
        self.order_combo.setAccessibleName(self.tr("Order of the hits"))
        row.addWidget(self.search_box, 1)
        row.addWidget(self.help_button)
        row.addWidget(self.order_combo)
        layout.addLayout(row)

        self.message_label = QLabel(self)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Search message"))
        self.message_label.hide()
        layout.addWidget(self.message_label)

        status = QHBoxLayout()
        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.count_label.setAccessibleName(self.tr("Number of hits"))
        self.save_button = QPushButton(self.tr("Save search…"), self)
        self.save_button.setToolTip(self.tr("Keep this search in the sidebar, with a live count"))
        self.save_button.setEnabled(False)
        status.addWidget(self.count_label, 1)
        status.addWidget(self.save_button)
        layout.addLayout(status)

        self.model = SearchResultsModel(self)
        self.view = _ResultsView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(SearchHitDelegate(self.view))
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(False)
        self.view.setIndentation(14)
        self.view.setRootIsDecorated(True)
        self.view.setExpandsOnDoubleClick(False)
        self.view.setAnimated(False)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAccessibleName(self.tr("Search results"))
        layout.addWidget(self.view, 1)
        self.help_dialog: SearchHelpDialog | None = None

    def _connect_signals(self) -> None:
        self.session.library_changed.connect(self._on_library_changed)
        self.session.coder_view_changed.connect(lambda _view: self._start_search(force=True))  # tag: hits follow it
        self.search_box.textChanged.connect(self._on_text_changed)
        self.search_box.returnPressed.connect(self._on_return_pressed)
        self.search_box.installEventFilter(self)
        self.help_button.clicked.connect(self.show_help)
        self.order_combo.currentIndexChanged.connect(self._on_order_changed)
        self.save_button.clicked.connect(self._on_save_clicked)
        self._debounce.timeout.connect(self._start_search)
        self._busy.timeout.connect(self._on_busy)
        self.view.clicked.connect(self._on_clicked)
        self.view.activated.connect(self._on_activated)
        self.view.escape_pressed.connect(self.focus_search)

    # -- public interface ------------------------------------------------------------------

    @property
    def library(self) -> Library:
        return self.session.library

    def _on_library_changed(self, _library: Library) -> None:
        """Another library is open: its hits for the current text."""
        self._update_save_button()
        self._start_search(force=True)

    def set_query(self, text: str) -> None:
        """Search for `text` at once (a saved search chosen in the sidebar)."""
        if self.search_box.text() != text:
            self.search_box.setText(text)
        self._start_search(force=True)

    def query(self) -> str:
        return self.search_box.text()

    def matches_in(self, comment_id: int) -> list[tuple[int, int]]:
        """Where the words the shown hits were found with are in a comment's text."""
        if self.results is None:
            return []
        return self.session.call(comment_matches, self.results.query, comment_id)

    def order(self) -> str:
        return str(self.order_combo.currentData())

    def set_order(self, order: str) -> None:
        index = self.order_combo.findData(order)
        if index >= 0:
            self.order_combo.setCurrentIndex(index)

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def is_searching(self) -> bool:
        return self._running_text is not None or self._debounce.isActive()

    def refresh(self) -> None:
        """Search again for the same text (the library changed: an import, new tags)."""
        self._start_search(force=True)

    def show_help(self) -> None:
        if self.help_dialog is None:
            self.help_dialog = SearchHelpDialog(self)
        self.help_dialog.show()
        self.help_dialog.activateWindow()

    def save_current_search(self, name: str) -> SavedSearchInfo | None:
        """Save the current text under `name`; a refused name is explained in a message box."""
        try:
            saved = self.session.call(create_saved_search, name, self.query().strip())
        except SearchError as error:
            warn(self, self.tr("Save search"), translated(error))
            return None
        self.saved_searches_changed.emit()
        return saved

    # -- searching -------------------------------------------------------------------------

    def _on_text_changed(self, _text: str) -> None:
        self._update_save_button()
        self._debounce.start()

    def _on_order_changed(self, _index: int) -> None:
        self._start_search(force=True)

    def _on_return_pressed(self) -> None:
        """Enter in the box: search now; when the hits for this text are shown, open the
        selected one (the first when none is)."""
        shown = self.results is not None and self.results.query == self.query() and not self.is_searching()
        if not shown:
            self._start_search()
            return
        index = self.view.currentIndex()
        if not index.isValid():
            index = self.model.first_hit_index()
        if index.isValid():
            self._emit_activated(index)

    def _start_search(self, force: bool = False) -> None:
        self._debounce.stop()
        text = self.query()
        order = self.order()
        if text != self._emitted_query:
            self._emitted_query = text
            self.query_changed.emit(text)
        if not force and self.results is not None and self._running_text is None and self.results.query == text:
            return  # the box changed and changed back
        self._total = None
        if not text.strip():
            self._runner.cancel()  # a search under way will never be wanted
            self._running_text = None
            self._busy.stop()
            self._show(SearchResults(text))
            return
        self._running_text = text
        self._busy.start()
        coder = self.session.view_coder()
        self._runner.read(lambda task: _search(task, text, order, coder), self._on_counted, library=self.library,
                          on_progress=self._on_search_finished, on_failure=self._on_search_failed)

    def wait_for_search(self, timeout_ms: int = 10_000) -> bool:
        """Block until the worker is idle (for closing and tests)."""
        return self._runner.wait(timeout_ms)

    def _on_busy(self) -> None:
        if self._running_text is not None:
            self.count_label.setText(self.tr("Searching…"))

    def _on_search_finished(self, results: SearchResults) -> None:
        self._running_text = None
        self._busy.stop()
        self._show(results)

    def _on_counted(self, total: int | None) -> None:
        if total is not None:
            self._total = total
            self._update_count()

    def _on_search_failed(self, error: Exception) -> None:
        """A locked or failing database: say so, keep the window alive."""
        message = QCoreApplication.translate("SearchPanel", "The search failed: {error}").format(error=error)
        self._running_text = None
        self._busy.stop()
        self._show(SearchResults(self.query(), message=message))

    def _show(self, results: SearchResults) -> None:
        self.results = results
        if self.view.isVisible():  # hidden, nothing would paint it: the view stays as it is
            self.view.show_new_rows()
        self.model.set_groups(results.groups)
        self.view.expandAll()
        first = self.model.first_hit_index()
        if first.isValid():  # current, for Enter and the arrow keys, but not selected: nothing is open yet
            self.view.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.view.scrollToTop()
        message = translated(results.message or "")  # a query's error is a Text from the store
        self.message_label.setText(message)
        self.message_label.setVisible(bool(message))
        self._update_count()
        self._update_save_button()

    def _update_count(self) -> None:
        results = self.results
        if results is None or results.message or not results.query.strip():
            self.count_label.setText("")
            self.count_label.setToolTip("")
            return
        hits, articles = len(results.hits), len(results.groups)
        in_articles = self.tr("in %Ln article(s)", "", articles)
        if hits == 0:
            text = self.tr("No hits")
        elif results.capped or hits >= RESULT_LIMIT:
            if self._total is not None and self._total > hits:
                shown = self.tr("Showing the first {shown} of %Ln hit(s)", "", self._total).format(
                    shown=format_number(hits))
            else:
                shown = self.tr("Showing the first %Ln hit(s)", "", hits)
            text = f"{shown}, {in_articles}"
        else:
            text = f"{_hits(hits)} {in_articles}"
        self.count_label.setText(text)
        self.count_label.setToolTip(
            self.tr("Ranked among the most recently imported matches; add words to narrow the search")
            if results.capped
            else ""
        )

    def _update_save_button(self) -> None:
        refused = self.results is not None and self.results.query == self.query() and bool(self.results.message)
        self.save_button.setEnabled(bool(self.query().strip()) and not refused and not self.library.read_only)

    # -- activation ------------------------------------------------------------------------

    def _emit_activated(self, index: QModelIndex) -> None:
        """Open a row. A double-click is a click and an activation (and single-click styles
        activate on the click too): the same row within the double-click interval opens once."""
        ids = self.model.ids(index)
        if ids is None:
            return
        recent = self._last_click.isValid() and self._last_click.elapsed() <= QApplication.doubleClickInterval()
        if recent and ids == self._last_click_ids:
            return
        self._last_click_ids = ids
        self._last_click.start()
        self.hit_activated.emit(ids[0], ids[1])

    def _on_clicked(self, index: QModelIndex) -> None:
        self._emit_activated(index)

    def _on_activated(self, index: QModelIndex) -> None:
        self._emit_activated(index)

    # -- keyboard --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_box and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.model.rowCount() > 0:
                if not self.view.currentIndex().isValid():
                    self.view.setCurrentIndex(self.model.first_hit_index())
                self.view.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _on_save_clicked(self) -> None:
        query = self.query().strip()
        if not query:
            return
        # The label is a constant: QInputDialog's label would read the query as markup.
        name, accepted = QInputDialog.getText(
            self, self.tr("Save search"), self.tr("Name for this search:"), QLineEdit.EchoMode.Normal,
            " ".join(query.split())[:80],
        )
        if accepted:
            self.save_current_search(name)
