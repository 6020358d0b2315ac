"""A commenter's profile: who they are (handle, display names, first and last seen, comments and
articles), whom they talk to (top correspondents both ways, each a link to their profile), the
tags on their comments, a place for the note about them, and every comment they wrote across the
library, newest first, each with its article and the comment it answered.

The figures are aggregate SQL (desktop/store/authors.py) and cost milliseconds; the comments are
read a page at a time as the list is scrolled (Qt's canFetchMore/fetchMore), so an author with
thousands of comments opens at once. Everything shown is scraped text, shown as plain text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QElapsedTimer,
    QEvent,
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
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.store import authors as author_store
from desktop.store import campaign_marks
from desktop.store.authors import AuthorComment, AuthorProfileData, Correspondent
from desktop.store.db import Library
from desktop.ui.i18n import QT_TRANSLATE_NOOP, format_datetime, format_number
from desktop.ui.search_panel import draw_segments, plain_tooltip
from desktop.ui.session import Session, call_on
from desktop.ui.style import blend, card_fonts, row_colors

Index = QModelIndex | QPersistentModelIndex
CommentRole = Qt.ItemDataRole.UserRole + 1  # the AuthorComment of a row
PAGE = 200
WIDE_PROFILE = 640  # px from which the note sits beside the figures
NO_AUTHOR_TEXT = QT_TRANSLATE_NOOP("AuthorProfile", "Click a commenter's name to see their profile")


def _when(value: Any) -> str:
    return format_datetime(value, missing=QCoreApplication.translate("AuthorProfile", "time unknown"))


def _button_text(text: str) -> str:
    """Button text shown as typed: a lone & would otherwise become a keyboard mnemonic."""
    return text.replace("&", "&&")




def _context(comment: AuthorComment) -> str:
    if comment.parent_id is None:
        return QCoreApplication.translate("AuthorProfile", "Top-level comment")
    who = comment.parent_handle or QCoreApplication.translate("AuthorProfile", "someone")
    if comment.parent_first_line:
        text = QCoreApplication.translate("AuthorProfile", "In reply to {who}: {line}")
        return text.format(who=who, line=comment.parent_first_line)
    return QCoreApplication.translate("AuthorProfile", "In reply to {who}").format(who=who)


# --- the comments -----------------------------------------------------------------------------


class AuthorCommentsModel(QAbstractListModel):
    """An author's comments, newest first, fetched PAGE at a time as the view scrolls."""

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.author_id: int | None = None
        self.total = 0
        self._rows: list[AuthorComment] = []
        self._exhausted = True

    def set_library(self, library: Library) -> None:
        self.library = library
        self.set_author(None)

    def set_author(self, author_id: int | None, total: int = 0) -> None:
        """Show this author's comments (`total`: how many there are, from their profile); the
        first page is read at once, the rest as the view asks for it."""
        self.beginResetModel()
        self.author_id = author_id
        self.total = total if author_id is not None else 0
        self._rows = []
        self._exhausted = author_id is None or self.total <= 0
        if not self._exhausted:
            self._rows = self._page()
        self.endResetModel()

    def _page(self) -> list[AuthorComment]:
        assert self.author_id is not None
        page = call_on(self.library, author_store.author_comments, self.author_id, PAGE, len(self._rows))
        self._exhausted = len(page) < PAGE or len(self._rows) + len(page) >= self.total
        return page

    def comment(self, row: int) -> AuthorComment | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, comment_id: int) -> int:
        return next((row for row, comment in enumerate(self._rows) if comment.id == comment_id), -1)

    # -- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._exhausted or self.author_id is None:
            return
        page = self._page()
        if not page:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        comment = self.comment(index.row()) if index.isValid() and index.column() == 0 else None
        if comment is None:
            return None
        if role == CommentRole:
            return comment
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{comment.article_title} · {_when(comment.posted_at)}: {' '.join(comment.body.split())}"
        if role == Qt.ItemDataRole.ToolTipRole:
            body = comment.body + ("…" if comment.cut else "")
            return plain_tooltip(f"{comment.article_title}\n{_when(comment.posted_at)}\n{_context(comment)}\n\n{body}")
        return None


class AuthorCommentDelegate(QStyledItemDelegate):
    """A comment as a card: its article and time, what it replies to, then its first lines."""

    PAD = 6
    GAP = 2
    BODY_LINES = 2


    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        bold, meta, body = card_fonts(option.font)
        height = (
            self.PAD
            + max(QFontMetrics(bold).height(), QFontMetrics(meta).height())
            + self.GAP
            + QFontMetrics(meta).height()
            + self.GAP
            + self.BODY_LINES * QFontMetrics(body).lineSpacing()
            + self.PAD
        )
        return QSize(240, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        comment: AuthorComment | None = index.data(CommentRole)
        if comment is None:
            super().paint(painter, option, index)
            return
        selected, base, highlight, text, dim = row_colors(option)
        rect: QRect = option.rect
        painter.save()
        if selected:
            painter.fillRect(rect, highlight)
        painter.setPen(blend(base, text, 0.12))
        painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())
        bold, meta, body = card_fonts(option.font)
        x, width = rect.left() + self.PAD, rect.width() - 2 * self.PAD
        y = rect.top() + self.PAD
        line = max(QFontMetrics(bold).height(), QFontMetrics(meta).height())
        align = int(Qt.AlignmentFlag.AlignVCenter)

        when = _when(comment.posted_at)
        painter.setFont(meta)
        painter.setPen(dim)
        when_width = QFontMetrics(meta).horizontalAdvance(when)
        painter.drawText(QRect(x, y, width, line), align | int(Qt.AlignmentFlag.AlignRight), when)
        room = max(0, width - when_width - 10)
        title = QFontMetrics(bold).elidedText(comment.article_title or self.tr("(untitled)"),
                                              Qt.TextElideMode.ElideRight, room)
        painter.setFont(bold)
        painter.setPen(text)
        painter.drawText(QRect(x, y, room, line), align, title)

        y += line + self.GAP
        meta_line = QFontMetrics(meta).height()
        context = QFontMetrics(meta).elidedText(_context(comment), Qt.TextElideMode.ElideRight, width)
        painter.setFont(meta)
        painter.setPen(dim)
        painter.drawText(QRect(x, y, width, meta_line), align, context)

        y += meta_line + self.GAP
        painter.setPen(text)
        body_text = comment.body + ("…" if comment.cut else "")
        if body_text.strip():
            draw_segments(painter, [(body_text, False)], body, QPointF(x, y), width, self.BODY_LINES)
        else:
            italic = QFont(body)
            italic.setItalic(True)
            painter.setFont(italic)
            painter.setPen(dim)
            painter.drawText(QRect(x, y, width, QFontMetrics(italic).height()), align, self.tr("(empty comment)"))
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(text if selected else highlight)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.restore()


class _CommentList(QListView):
    """Enter opens the current comment (also where Enter does not emit `activated`)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


# --- the profile ------------------------------------------------------------------------------


class AuthorProfile(QWidget):
    """`show_author(id)` fills it. `author_activated(id)` when another commenter is chosen in it
    (the profile then shows them; Back returns); `comment_activated(article_id, comment_id)`
    when one of their comments is clicked or Enter is pressed on it. `note_area` is an empty
    layout where the window puts the note editor for ("author", id). It reads the session's
    library and empties itself when another opens."""

    comment_activated = Signal(int, int)
    author_activated = Signal(int)
    closed = Signal()  # Close or Escape: the window shows the reader again

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.author_id: int | None = None
        self.profile: AuthorProfileData | None = None
        self._history: list[int] = []
        self._last_click = QElapsedTimer()
        self._last_click_id: int | None = None
        self._user_sized = False  # the user moved the splitter: keep their sizes
        self._setup_ui()
        self._connect_signals()
        self._show_nothing(self.tr(NO_AUTHOR_TEXT))

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(4)

        top = QHBoxLayout()
        self.back_button = QToolButton(self)
        self.back_button.setText("←")
        self.back_button.setToolTip(self.tr("Back to the previous profile"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.setAutoRaise(True)
        self.handle_label = self._label(selectable=True)
        handle_font = self.handle_label.font()
        handle_font.setBold(True)
        handle_font.setPointSizeF(max(handle_font.pointSizeF(), 9.0) * 1.35)
        self.handle_label.setFont(handle_font)
        self.handle_label.setAccessibleName(self.tr("Handle"))
        self.close_button = QToolButton(self)
        self.close_button.setText(self.tr("Back to the Article"))
        self.close_button.setToolTip(self.tr("Close the profile and show the article again (Esc)"))
        self.close_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        top.addWidget(self.back_button)
        top.addWidget(self.handle_label, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.aliases_label = self._label(selectable=True, wrap=True)
        self.aliases_label.setAccessibleName(self.tr("Display names"))
        self.facts_label = self._label(selectable=True, wrap=True)
        self.facts_label.setAccessibleName(self.tr("Activity"))
        self.facts_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.aliases_label)
        layout.addWidget(self.facts_label)

        details = QWidget(self)
        # The figures, and the note beside them when there is the width (below it when narrow).
        self.details_row = QBoxLayout(QBoxLayout.Direction.LeftToRight, details)
        self.details_row.setContentsMargins(0, 4, 0, 4)
        self.details_row.setSpacing(16)
        details_layout = QVBoxLayout()
        details_layout.setSpacing(6)
        self.details_row.addLayout(details_layout, 1)
        people = QGridLayout()
        people.setHorizontalSpacing(16)
        people.setVerticalSpacing(0)
        self.replies_to_title = self._heading(self.tr("Replies most to"), details)
        self.replied_by_title = self._heading(self.tr("Replied to most by"), details)
        self.replies_to_box = QVBoxLayout()
        self.replied_by_box = QVBoxLayout()
        for box in (self.replies_to_box, self.replied_by_box):
            box.setSpacing(0)
            box.setContentsMargins(0, 0, 0, 0)
        people.addWidget(self.replies_to_title, 0, 0)
        people.addWidget(self.replied_by_title, 0, 1)
        people.addLayout(self.replies_to_box, 1, 0, Qt.AlignmentFlag.AlignTop)
        people.addLayout(self.replied_by_box, 1, 1, Qt.AlignmentFlag.AlignTop)
        people.setColumnStretch(0, 1)
        people.setColumnStretch(1, 1)
        details_layout.addLayout(people)
        self.replies_to_buttons: list[QToolButton] = []
        self.replied_by_buttons: list[QToolButton] = []
        details_layout.addWidget(self._heading(self.tr("Tags on their comments"), details))
        self.tags_label = self._label(selectable=True, wrap=True, parent=details)
        self.tags_label.setAccessibleName(self.tr("Tags on their comments"))
        details_layout.addWidget(self.tags_label)
        details_layout.addWidget(self._heading(self.tr("Campaigns"), details))
        self.campaigns_label = self._label(selectable=True, wrap=True, parent=details)
        self.campaigns_label.setAccessibleName(self.tr("Campaigns"))
        details_layout.addWidget(self.campaigns_label)
        details_layout.addStretch(1)
        self.note_area = QVBoxLayout()  # the window adds the note editor here
        self.note_area.setContentsMargins(0, 4, 0, 0)
        self.details_row.addLayout(self.note_area, 1)
        scroll = QScrollArea(self)
        scroll.setWidget(details)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details = details

        comments = QWidget(self)
        comments_layout = QVBoxLayout(comments)
        comments_layout.setContentsMargins(0, 4, 0, 0)
        comments_layout.setSpacing(2)
        self.comments_title = self._heading(self.tr("Comments, newest first"), comments)
        comments_layout.addWidget(self.comments_title)
        self.comments_model = AuthorCommentsModel(self.library, self)
        self.comments_view = _CommentList(comments)
        self.comments_view.setModel(self.comments_model)
        self.comments_view.setItemDelegate(AuthorCommentDelegate(self.comments_view))
        self.comments_view.setUniformItemSizes(True)
        self.comments_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.comments_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.comments_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.comments_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comments_view.setAccessibleName(self.tr("Their comments"))
        comments_layout.addWidget(self.comments_view, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(comments)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)

    def _label(self, selectable: bool = False, wrap: bool = False, parent: QWidget | None = None) -> QLabel:
        label = QLabel(parent or self)
        label.setTextFormat(Qt.TextFormat.PlainText)  # handles, names and titles are scraped text
        label.setWordWrap(wrap)
        if selectable:
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _heading(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setTextFormat(Qt.TextFormat.PlainText)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _connect_signals(self) -> None:
        self.details.installEventFilter(self)  # its content changed size (a note editor added): refit
        self.splitter.splitterMoved.connect(self._on_splitter_moved)
        self.back_button.clicked.connect(self.back)
        self.close_button.clicked.connect(self.closed)
        self.comments_view.clicked.connect(self._on_comment_clicked)
        self.comments_view.activated.connect(self._on_comment_clicked)
        self.session.library_changed.connect(self._on_library_changed)

    @property
    def library(self) -> Library:
        return self.session.library

    # -- public interface ------------------------------------------------------------------

    def _on_library_changed(self, library: Library) -> None:
        self._history.clear()
        self.comments_model.set_library(library)
        self.author_id = None
        self.profile = None
        self._show_nothing(self.tr(NO_AUTHOR_TEXT))

    def show_author(self, author_id: int) -> None:
        if self.author_id is not None and self.author_id != author_id:
            self._history.append(self.author_id)
        self._load(author_id)

    def back(self) -> None:
        if self._history:
            self._load(self._history.pop())

    def refresh(self) -> None:
        """Read the shown author again (an import or new tags changed the figures)."""
        if self.author_id is not None:
            self._load(self.author_id)

    # -- filling ---------------------------------------------------------------------------

    def _load(self, author_id: int) -> None:
        self.author_id = author_id
        profile = self.session.call(author_store.author_profile, author_id)
        self.profile = profile
        if profile is None:
            self._show_nothing(self.tr("This commenter is no longer in the library"))
            return
        self.handle_label.setText(profile.handle)
        self.setWindowTitle(self.tr("Commenter: {handle}").format(handle=profile.handle))
        others = [name for name in profile.display_names if name != profile.handle]
        self.aliases_label.setText(
            self.tr("Display names: {names}").format(names=", ".join(others)) if others
            else self.tr("No display name other than the handle")
        )
        comments = self.tr("%Ln comment(s)", "", profile.comments)
        articles = self.tr("in %Ln article(s)", "", profile.articles)
        facts = [f"{comments} {articles}"]
        if profile.first_seen is not None:
            facts.append(self.tr("first seen {time}").format(time=_when(profile.first_seen)))
        if profile.last_seen is not None and profile.last_seen != profile.first_seen:
            facts.append(self.tr("last seen {time}").format(time=_when(profile.last_seen)))
        self.facts_label.setText(" · ".join(facts))
        self.replies_to_buttons = self._fill_people(self.replies_to_box, profile.replies_to, True)
        self.replied_by_buttons = self._fill_people(self.replied_by_box, profile.replied_by, True)
        self.tags_label.setText(
            " · ".join(f"{tag.path} ({format_number(tag.comments)})" for tag in profile.tags) if profile.tags
            else self.tr("None yet")
        )
        self.campaigns_label.setText(self._campaigns_text(author_id, profile.handle))
        self.details.setEnabled(True)
        self.comments_title.setText(
            self.tr("Comments, newest first ({count})").format(count=format_number(profile.comments))
        )
        self.comments_model.set_author(author_id, profile.comments)
        if self.comments_model.rowCount():
            self.comments_view.scrollToTop()
        self.back_button.setEnabled(bool(self._history))
        QTimer.singleShot(0, self, self._fit_details)  # after the new figures are laid out

    def _campaigns_text(self, author_id: int, handle: str) -> str:
        """Who posted near-duplicates of their comments, and who comments with them more often
        than chance, as of the last campaign analysis (View > Campaigns)."""
        copied = self.session.call(campaign_marks.copied_with, author_id)
        together = self.session.call(campaign_marks.posting_partners, handle)
        lines = []
        if copied:
            lines.append(self.tr("Near-duplicates of their comments by: {handles}").format(
                handles=", ".join(f"{h} ({format_number(n)})" for h, n in copied)))
        if together:
            lines.append(self.tr("Comments within minutes of: {handles}").format(
                handles=", ".join(self.tr("{handle} ({articles} articles)").format(
                    handle=h, articles=format_number(n)) for h, n in together)))
        return "\n".join(lines) or self.tr("None found (View > Campaigns analyses the library)")

    def _show_nothing(self, message: str) -> None:
        self.handle_label.setText(message)
        self.setWindowTitle(self.tr("Commenter"))
        for label in (self.aliases_label, self.facts_label, self.tags_label, self.campaigns_label):
            label.setText("")
        self.replies_to_buttons = self._fill_people(self.replies_to_box, [], False)
        self.replied_by_buttons = self._fill_people(self.replied_by_box, [], False)
        self.details.setEnabled(False)
        self.comments_title.setText(self.tr("Comments, newest first"))
        self.comments_model.set_author(None)
        self.back_button.setEnabled(bool(self._history))

    def _fill_people(self, box: QVBoxLayout, people: list[Correspondent], say_nobody: bool) -> list[QToolButton]:
        while box.count():
            item = box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        buttons: list[QToolButton] = []
        if not people:
            if say_nobody:
                nobody = self._label(parent=self.details)
                nobody.setText(self.tr("Nobody"))
                nobody.setIndent(4)
                nobody.setContentsMargins(0, 3, 0, 3)  # level with the buttons beside it
                nobody.setForegroundRole(QPalette.ColorRole.PlaceholderText)
                box.addWidget(nobody)
            return buttons
        for person in people:
            button = QToolButton(self.details)
            button.setAutoRaise(True)
            replies = self.tr("%Ln replies", "", person.replies)
            button.setText(_button_text(f"{person.handle}  ·  {replies}"))
            button.setToolTip(plain_tooltip(self.tr("Show the profile of {handle}").format(handle=person.handle)))
            button.setAccessibleName(person.handle)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.setProperty("author_id", person.author_id)
            button.clicked.connect(lambda _checked=False, author=person.author_id: self._on_person_clicked(author))
            box.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            buttons.append(button)
        return buttons

    def _fit_details(self) -> None:
        """Give the figures (and the note) the height they need, leaving the comments at least
        half, or two whole rows when that is more room for the figures."""
        total = self.splitter.height()
        if self._user_sized or total <= 0:
            return
        wanted = self.details.sizeHint().height() + 4
        option = QStyleOptionViewItem()
        option.font = self.comments_view.font()
        row = self.comments_view.itemDelegate().sizeHint(option, QModelIndex()).height()  # rows share a height
        comments = self.comments_title.sizeHint().height() + 2 * row + 12
        top = max(80, min(wanted, max(total // 2, total - comments)))
        self.splitter.setSizes([top, max(1, total - top)])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = self.width() >= WIDE_PROFILE
        self.details_row.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        self._fit_details()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self._fit_details)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.closed.emit()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.details and event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self, self._fit_details)
        return super().eventFilter(watched, event)

    def _on_splitter_moved(self, _position: int, _index: int) -> None:
        self._user_sized = True

    # -- activation ------------------------------------------------------------------------

    def _on_person_clicked(self, author_id: int) -> None:
        self.show_author(author_id)
        self.author_activated.emit(author_id)

    def _on_comment_clicked(self, index: QModelIndex) -> None:
        """A click, Enter, or a double-click (which is a click and an activation): the same
        comment within the double-click interval is opened once."""
        comment = self.comments_model.comment(index.row()) if index.isValid() else None
        if comment is None:
            return
        recent = self._last_click.isValid() and self._last_click.elapsed() <= QApplication.doubleClickInterval()
        if recent and comment.id == self._last_click_id:
            return
        self._last_click_id = comment.id
        self._last_click.start()
        self.comment_activated.emit(comment.article_id, comment.id)
