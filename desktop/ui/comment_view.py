"""The comment tree: each comment painted as a card (who, when, text, replies) in its place in
the conversation; the path from the thread's root to the current comment is marked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from desktop.store.annotations import index_to_utf16
from desktop.ui.comment_tree_model import CommentRole, CommentTreeModel, Node, commenter_label
from desktop.ui.i18n import PLURAL, format_datetime, translate
from desktop.ui.safe_text import SafeTextBrowser
from desktop.ui.style import blend, card_fonts, row_colors

Index = QModelIndex | QPersistentModelIndex
_PAD = 8  # inner padding of a card
_GAP = 4  # space between the header, the body and the footer
_MAX_CHARS = 20_000  # beyond this the tree shows the start; the full text is in the tooltip/export
READ_AFTER_MS = 1200
# What opens a comment's text in place (with the view's edit triggers); Qt asks with AllEditTriggers
# when told to edit an index.
_OPENING_TRIGGERS = (QAbstractItemView.EditTrigger.DoubleClicked, QAbstractItemView.EditTrigger.EditKeyPressed)
_GOLDEN = 0.618033988749895  # hue steps that spread any number of coders round the wheel
Badge = tuple[str, QColor]  # another coder's initials on a chip, in their colour


def _luminance(color: QColor) -> float:
    """WCAG relative luminance."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def coder_color(coder_id: int) -> QColor:
    """A coder's own colour, the same in every window and theme: hues a golden angle apart, each
    as dark as white initials need to read on it (WCAG contrast 4.5 or more: yellows and greens
    come darker than blues); it is painted inside a chip, whose light fill stands out on a light
    or a dark background alike."""
    hue = (coder_id * _GOLDEN) % 1.0
    lightness = 0.42
    color = QColor.fromHslF(hue, 0.75, lightness)
    while _luminance(color) > 0.183 and lightness > 0.1:  # (1.0 + 0.05) / (0.183 + 0.05) = 4.5
        lightness -= 0.02
        color = QColor.fromHslF(hue, 0.75, lightness)
    return color




class CommentTextEditor(SafeTextBrowser):
    """A comment's text opened in place (F2, Enter or double-click) so part of it can be selected
    and highlighted. Read-only; plain text; loads nothing."""

    def __init__(self, node: Node, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.node = node
        self.extra_actions = actions
        self.setPlainText(node.comment.body)
        self.setAccessibleName(self.tr("Comment text"))
        # Laid over the card's body exactly (its frame just outside): the text wraps where the card
        # wrapped it, and the frame shows where the selectable text is on a selected card.
        self.setFrameShape(SafeTextBrowser.Shape.Box)
        self.setFrameShadow(SafeTextBrowser.Shadow.Plain)
        self.setLineWidth(1)
        self.document().setDocumentMargin(0)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A browser selects with the mouse only: the keyboard selects too (Home, Shift+End, Ctrl+Shift+Right).
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )

    def sizeHint(self) -> QSize:
        return QSize(0, 0)  # the tree sizes a row by its editor too: the card keeps the height it has

    def loadResource(self, type: int, name: Any) -> Any:
        return None

    def selection_offsets(self) -> tuple[int, int] | None:
        """The selected span as code-point offsets into the comment's body."""
        from desktop.store.annotations import utf16_to_index

        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        body = self.node.comment.body
        start = utf16_to_index(body, cursor.selectionStart())
        end = utf16_to_index(body, cursor.selectionEnd())
        return (start, end) if end > start else None

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        menu.addSeparator()
        for action in self.extra_actions:
            menu.addAction(action)
        menu.exec(event.globalPos())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.clearFocus()  # the delegate closes the editor on focus loss
            return
        super().keyPressEvent(event)


class CommentDelegate(QStyledItemDelegate):
    def __init__(self, view: CommentTreeView) -> None:
        super().__init__(view)
        self.view = view
        self.path: set[int] = set()  # node numbers of the current comment's ancestors
        self._heights: dict[tuple[int, int], int] = {}
        self._font_key = ""
        self._fonts: tuple[QFont, QFont, QFont] = (QFont(), QFont(), QFont())
        self._line_height = 0
        self._meta_height = 0
        self._body_metrics = QFontMetrics(QFont())

    def clear_cache(self) -> None:
        self._heights.clear()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        node = self.view.tree_model().node(index)
        assert node is not None
        editor = CommentTextEditor(node, self.view.editor_actions, parent)
        editor.setFont(option.font)
        self.view.active_editor = editor
        editor.destroyed.connect(lambda: self.view.forget_editor(editor))  # a reset releases it too
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        pass  # the text is set when the editor is made, and never edited

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        pass

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        node = self.view.tree_model().node(index)
        if node is None:
            return
        self._update_fonts(option.font)
        editor.setGeometry(self._body_rect(option.rect, node).adjusted(-1, -1, 1, 1))  # header and footer in sight

    def _body_rect(self, card: QRect, node: Node) -> QRect:
        """Where a card's text is drawn: below its header, above its footer."""
        top = card.top() + _PAD + self._line_height + _GAP
        footer = _GAP + self._meta_height if node.children else 0
        return QRect(card.left() + _PAD, top, self._text_width(node), card.bottom() - _PAD - footer - top + 1)

    # -- geometry --------------------------------------------------------------------------

    def _update_fonts(self, font: QFont) -> None:
        """Fonts and metrics are made once per view font: a 20,000-comment thread asks often."""
        key = font.key()
        if key == self._font_key:
            return
        self._font_key = key
        name, meta, body = self._fonts = card_fonts(font)
        self._meta_height = QFontMetrics(meta).height()
        self._line_height = max(QFontMetrics(name).height(), self._meta_height)
        self._body_metrics = QFontMetrics(body)
        self._heights.clear()

    def _text_width(self, node: Node) -> int:
        indent = self.view.indentation() * (node.depth + 1)
        return max(120, self.view.card_width - indent - 2 * _PAD)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        node = self.view.tree_model().node(index)
        if node is None:
            return super().sizeHint(option, index)
        self._update_fonts(option.font)
        width = self._text_width(node)
        key = (node.number, width)
        height = self._heights.get(key)
        if height is None:
            text_height = self._body_metrics.boundingRect(
                QRect(0, 0, width, 1_000_000), int(Qt.TextFlag.TextWordWrap), _body_text(node)
            ).height()
            footer = _GAP + self._meta_height if node.children else 0
            height = _PAD + self._line_height + _GAP + text_height + footer + _PAD
            self._heights[key] = height
        return QSize(width, height)

    # -- painting --------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        node: Node | None = index.data(CommentRole)
        if node is None:
            super().paint(painter, option, index)
            return
        comment = node.comment
        palette = option.palette
        selected, base, highlight, text_color, dim = row_colors(option)
        on_path = node.number in self.path
        accent = palette.color(QPalette.ColorRole.Link)

        model = self.view.tree_model()
        painter.save()
        rect = option.rect
        matched = model.matches.get(comment.id)
        if selected:
            painter.fillRect(rect, highlight)
        elif on_path:
            painter.fillRect(rect, blend(base, highlight, 0.12))
            painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), highlight)
        match_color = (QColor(model.tags[matched].color) if matched in model.tags else highlight) if matched else None
        if match_color is not None and not selected and not on_path:
            painter.fillRect(rect, blend(base, match_color, 0.16))
        if match_color is not None:
            painter.fillRect(QRect(rect.right() - 4, rect.top(), 4, rect.height()), match_color)
        painter.setPen(blend(base, text_color, 0.12))
        painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())

        self._update_fonts(option.font)
        name_font, meta_font, body_font = (QFont(f) for f in self._fonts)
        x = rect.left() + _PAD
        y = rect.top() + _PAD
        width = rect.width() - 2 * _PAD
        line = self._line_height
        if not comment.is_read:  # unread: a dot before the name
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(text_color if selected else accent)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.drawEllipse(x, y + line // 2 - 4, 8, 8)
            x += 14
        name = commenter_label(comment.display_name, comment.handle)  # as the search results name them
        painter.setFont(name_font)
        painter.setPen(text_color)
        name_width = QFontMetrics(name_font).horizontalAdvance(name)
        painter.drawText(QRect(x, y, width, line), int(Qt.AlignmentFlag.AlignVCenter), name)
        chips = [self._chip(model, comment.id, tag) for tag in model.tags_of(comment.id)]
        chips_left = self._paint_chips(painter, chips, meta_font, rect.right() - _PAD, y, line)
        meta = _meta_text(node)
        if comment.id in model.campaign_ids:  # a near-duplicate of what another handle posted
            meta = QCoreApplication.translate("CommentDelegate", "in a campaign") + " · " + meta
        painter.setFont(meta_font)
        painter.setPen(dim)
        meta_x = x + name_width + 8
        room = max(0, chips_left - 8 - meta_x)
        elided = QFontMetrics(meta_font).elidedText(meta, Qt.TextElideMode.ElideRight, room)
        painter.drawText(QRect(meta_x, y, room, line), int(Qt.AlignmentFlag.AlignVCenter), elided)

        y += line + _GAP
        # The text wraps exactly as sizeHint measured it, even while the scroll bar is hidden.
        body_rect = QRect(rect.left() + _PAD, y, self._text_width(node), rect.bottom() - y)
        painter.setFont(body_font)
        spans = model.highlights.get(comment.id)
        marks = model.search_marks.get(comment.id)
        if comment.body and (spans or marks):
            painter.setPen(text_color)
            mark = blend(highlight, text_color, 0.28) if selected else blend(base, highlight, 0.38)
            self._paint_highlighted_body(painter, body_rect, body_font, node, spans or [], model, marks or [], mark)
        elif comment.body:
            painter.setPen(text_color)
            painter.drawText(body_rect, int(Qt.TextFlag.TextWordWrap), _body_text(node))
        else:
            painter.setPen(dim)
            body_font.setItalic(True)
            painter.setFont(body_font)
            painter.drawText(body_rect, int(Qt.TextFlag.TextWordWrap), _body_text(node))

        if node.children:
            footer = _footer_text(node, self.view.isExpanded(index))
            painter.setFont(meta_font)
            painter.setPen(text_color if selected else accent)
            footer_height = QFontMetrics(meta_font).height()
            painter.drawText(
                QRect(rect.left() + _PAD, rect.bottom() - _PAD - footer_height, width, footer_height),
                int(Qt.AlignmentFlag.AlignVCenter),
                footer,
            )
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(highlight if not selected else text_color)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.restore()


    @staticmethod
    def _chip(model: CommentTreeModel, comment_id: int, tag: Any) -> tuple[str, str, list[Badge]]:
        """A chip's label, colour and badges: a tag only other coders put on the comment shows
        each one's initials on a badge in their colour (All Coders), so each coder's chips are
        told apart by initials and colour; the coder's own chips have none."""
        badges = model.chip_badges.get((comment_id, tag.id))
        if not badges:
            return model.chip_label(comment_id, tag), tag.color, []
        return tag.name, tag.color, [(initials, coder_color(coder)) for initials, coder in badges]

    def _paint_chips(
        self, painter: QPainter, tags: list[tuple[str, str, list[Badge]]], font: QFont, right: int, y: int,
        line: int,
    ) -> int:
        """Tag chips (label, colour, badges) right-aligned on the header line; returns where they start."""
        if not tags:
            return right
        metrics = QFontMetrics(font)
        painter.setFont(font)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        x = right
        shown = tags[:3]
        more: list[tuple[str, str, list[Badge]]] = [(f"+{len(tags) - 3}", "#888888", [])] if len(tags) > 3 else []
        for label, color_name, badges in reversed([*shown, *more]):
            color = QColor(color_name)
            badge_widths = [metrics.horizontalAdvance(initials) + 8 for initials, _ in badges]
            text_width = metrics.horizontalAdvance(label)
            width = text_width + 12 + sum(w + 3 for w in badge_widths)
            x -= width
            chip = QRect(x, y + (line - metrics.height()) // 2 - 1, width, metrics.height() + 2)
            painter.setPen(color.darker(115))
            painter.setBrush(color.lighter(165) if color.lightness() < 200 else color)
            painter.drawRoundedRect(chip, 6, 6)
            painter.setPen(QColor("#1a1a1a"))
            text = QRect(chip.left() + 6, chip.top(), text_width, chip.height())
            painter.drawText(text, int(Qt.AlignmentFlag.AlignCenter), label)
            badge_x = text.right() + 4
            for (initials, coder), badge_width in zip(badges, badge_widths, strict=True):
                badge = QRect(badge_x, chip.top() + 2, badge_width, chip.height() - 4)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(coder)
                painter.drawRoundedRect(badge, 4, 4)
                painter.setPen(QColor("#ffffff"))
                painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), initials)
                badge_x += badge_width + 3
            x -= 4
        return x

    def _paint_highlighted_body(
        self, painter: QPainter, rect: QRect, font: QFont, node: Node, spans: list[Any], model: CommentTreeModel,
        marks: list[tuple[int, int]], mark: QColor,
    ) -> None:
        """Highlights in their tag's colour, a search's words on `mark`: the body laid out once
        with format ranges."""
        text = _body_text(node)
        ranges = []
        for start, end in marks:  # under the highlights: a highlighted word shows its highlight
            if end <= min(len(node.comment.body), _MAX_CHARS):
                fmt = QTextCharFormat()
                fmt.setBackground(mark)
                ranges.append(_format_range(text, start, end, fmt))
        for span in spans:
            if span.stale or span.end > len(node.comment.body):
                continue
            fmt = QTextCharFormat()
            tag = model.tags.get(span.tag_id) if span.tag_id is not None else None
            color = QColor(tag.color if tag else "#f5d76e")
            color.setAlpha(120)
            fmt.setBackground(color)
            ranges.append(_format_range(text, span.start, span.end, fmt))
        layout = _body_layout(text, font, rect.width(), ranges)
        layout.draw(painter, QPointF(rect.left(), rect.top()))

    def text_top(self, node: Node, offset: int) -> int:
        """How far below the top of its card the line holding `offset` of the body is drawn."""
        self._update_fonts(self.view.font())
        text = _body_text(node)
        layout = _body_layout(text, self._fonts[2], self._text_width(node))
        line = layout.lineForTextPosition(index_to_utf16(text, min(offset, len(text))))
        return _PAD + self._line_height + _GAP + (int(line.y()) if line.isValid() else 0)


def _body_layout(
    text: str, font: QFont, width: int, formats: list[QTextLayout.FormatRange] | None = None
) -> QTextLayout:
    """A comment's text wrapped to `width`, as the card draws it (formats go in first: setting
    them clears a layout)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.setFormats(formats or [])
    layout.beginLayout()
    height = 0.0
    while True:
        text_line = layout.createLine()
        if not text_line.isValid():
            break
        text_line.setLineWidth(width)
        text_line.setPosition(QPointF(0, height))
        height += text_line.height()
    layout.endLayout()
    return layout


def _format_range(text: str, start: int, end: int, fmt: QTextCharFormat) -> QTextLayout.FormatRange:
    """`fmt` over code points start:end of `text` (Qt counts UTF-16 units)."""
    selection = QTextLayout.FormatRange()
    selection.start = index_to_utf16(text, start)
    selection.length = index_to_utf16(text, end) - selection.start
    selection.format = fmt
    return selection


def _body_text(node: Node) -> str:
    body = node.comment.body
    if not body:
        return QCoreApplication.translate("CommentDelegate", "(empty comment)")
    if len(body) > _MAX_CHARS:
        more = translate("CommentDelegate", "[%Ln more character(s)]", None, PLURAL, len(body) - _MAX_CHARS)
        return f"{body[:_MAX_CHARS]}… {more}"
    return body


def _meta_text(node: Node) -> str:
    comment = node.comment
    parts = []
    unknown = QCoreApplication.translate("CommentDelegate", "time unknown")
    parts.append(format_datetime(comment.posted_at, missing=unknown))
    parts.append(f"#{comment.path}")
    if comment.truncated:
        parts.append(QCoreApplication.translate("CommentDelegate", "cut short in the scrape"))
    return " · ".join(p for p in parts if p)


def _footer_text(node: Node, expanded: bool) -> str:
    direct, subtree = len(node.children), node.subtree  # plain names: lupdate skips `node.subtree` there
    replies = translate("CommentDelegate", "%Ln replies", None, PLURAL, direct)
    if expanded:
        if subtree > direct:
            return f"▾ {replies} · " + translate("CommentDelegate", "%Ln in this subthread", None, PLURAL, subtree)
        return f"▾ {replies}"
    hidden = translate("CommentDelegate", "%Ln hidden comment(s)", None, PLURAL, subtree)
    return f"▸ {hidden} ({replies})"


class CommentTreeView(QTreeView):
    """Emits comment_opened when a comment becomes current, comment_read when it has been
    current long enough to count as read."""

    comment_opened = Signal(int)
    comment_read = Signal(int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.editor_actions: list[QAction] = []  # offered in the comment text's context menu
        self.active_editor: CommentTextEditor | None = None
        self._after_paint: list[Callable[[], None]] = []
        self._read_timer = QTimer(self)
        self._read_timer.setSingleShot(True)
        self._read_timer.setInterval(READ_AFTER_MS)
        self._setup_ui()
        self._connect_signals()

    def _setup_ui(self) -> None:
        self.comment_delegate = CommentDelegate(self)
        self.setItemDelegate(self.comment_delegate)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setIndentation(22)
        self.setAnimated(False)
        self.setExpandsOnDoubleClick(False)  # double-click opens the text for selecting
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setAccessibleName(self.tr("Comments"))
        self.card_width = self._stable_card_width()  # the width cards are laid out for

    def _connect_signals(self) -> None:
        self._read_timer.timeout.connect(self._on_read_timer)

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self._on_model_reset)
            self.selectionModel().currentChanged.connect(self._on_current_changed)

    def after_next_paint(self, callback: Callable[[], None]) -> None:
        """Run `callback` once the tree has been painted: for work the first sight of a thread can
        do without. At once when the tree is hidden, as nothing would paint it."""
        if not self.isVisible():
            callback()
            return
        self._after_paint.append(callback)
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        callbacks, self._after_paint = self._after_paint, []
        for callback in callbacks:
            QTimer.singleShot(0, self, callback)  # posted while painting: runs after this frame

    def tree_model(self) -> CommentTreeModel:
        model = self.model()
        assert isinstance(model, CommentTreeModel)
        return model

    def current_node(self) -> Node | None:
        return self.tree_model().node(self.currentIndex())

    def selected_comment_ids(self) -> list[int]:
        model = self.tree_model()
        nodes = [model.node(index) for index in self.selectionModel().selectedIndexes()]
        ids = [node.comment.id for node in nodes if node is not None]
        current = self.current_node()
        return ids or ([current.comment.id] if current else [])

    def open_text(self) -> CommentTextEditor | None:
        """Open the current comment's text for selecting (F2)."""
        if self.currentIndex().isValid():
            self.edit(self.currentIndex())
        return self.active_editor

    # A comment's text opens in place as a persistent editor that this view opens and closes
    # itself: Qt's own editing would need the model to call every comment editable, through a
    # Python flags() that Qt asks for two or three times a row on every layout (see the model).

    def edit(  # type: ignore[override]
        self,
        index: Index,
        trigger: QAbstractItemView.EditTrigger = QAbstractItemView.EditTrigger.AllEditTriggers,
        event: QEvent | None = None,
    ) -> bool:
        opens = trigger == QAbstractItemView.EditTrigger.AllEditTriggers or (
            trigger in _OPENING_TRIGGERS and bool(self.editTriggers() & trigger)
        )
        if not opens or not index.isValid():
            # A typed key, say: Qt's way, which opens nothing here. Qt may pass no event.
            return bool(super().edit(index, trigger, event))  # type: ignore[arg-type]
        self._close_text()
        self.openPersistentEditor(index)
        editor = self.active_editor
        if editor is not None:
            editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return editor is not None

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """The delegate asks on Escape, Enter or focus loss: Qt leaves a persistent editor open."""
        super().closeEditor(editor, hint)  # the focus back to the tree when the text had it
        if editor is self.active_editor:
            self._close_text()

    def forget_editor(self, editor: CommentTextEditor) -> None:
        if self.active_editor is editor:
            self.active_editor = None

    def _close_text(self) -> None:
        editor, self.active_editor = self.active_editor, None  # first: closing it takes its focus
        if editor is not None:
            self.closePersistentEditor(self.tree_model().index_of_node(editor.node))

    def select_comment(self, comment_id: int) -> bool:
        """Make a comment current, expanding its ancestors so it is seen in its thread."""
        index = self.tree_model().index_of(comment_id)
        if not index.isValid():
            return False
        parent = index.parent()
        while parent.isValid():
            self.expand(parent)
            parent = parent.parent()
        self.setCurrentIndex(index)
        self.doItemsLayout()  # row heights first, or the scroll lands short of tall comments
        self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def reveal(self, comment_id: int, offset: int) -> None:
        """Scroll so that the line holding `offset` of a comment's text is in sight, a third of
        the way down: in a long comment, a search's first match. (Scrolling by comment, as a big
        thread does, can only bring the comment's top in sight.)"""
        index = self.tree_model().index_of(comment_id)
        node = self.tree_model().node(index)
        if node is None:
            return
        if self.verticalScrollMode() != QAbstractItemView.ScrollMode.ScrollPerPixel:
            self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
            return
        self.doItemsLayout()
        top = self.visualRect(index).top() + self.comment_delegate.text_top(node, offset)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + top - self.viewport().height() // 3)

    def _on_model_reset(self) -> None:
        self.comment_delegate.clear_cache()
        self.active_editor = None  # Qt has released every editor, ours too

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node = self.tree_model().node(current)
        if self.active_editor is not None and self.active_editor.node is not node:
            self._close_text()  # the text open for selecting belongs to the comment left
        path: set[int] = set()
        ancestor = node.parent if node else None
        while ancestor is not None:
            path.add(ancestor.number)
            ancestor = ancestor.parent
        self.comment_delegate.path = path
        self.viewport().update()
        self._read_timer.stop()
        if node is not None:
            self.comment_opened.emit(node.comment.id)
            if not node.comment.is_read:
                self._read_timer.start()

    def _on_read_timer(self) -> None:
        node = self.current_node()
        if node is not None and not node.comment.is_read:
            self.comment_read.emit(node.comment.id)

    def _stable_card_width(self) -> int:
        """The viewport's width as if the vertical scroll bar were showing (the horizontal one
        never does). Cards wrap their text to it, so the bar coming or going, as it does when a
        long thread follows a short one, changes no card's height and needs no second layout."""
        width = self.maximumViewportSize().width()  # with an always-on bar, already without it
        overlaid = self.style().styleHint(QStyle.StyleHint.SH_ScrollBar_Transient, None, self)
        if self.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded and not overlaid:
            width -= self.verticalScrollBar().sizeHint().width()
        return width

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = self._stable_card_width()
        if width != self.card_width:
            self.card_width = width
            self.comment_delegate.clear_cache()
            self.scheduleDelayedItemsLayout()
