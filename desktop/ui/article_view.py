"""The article: title, subtitle, source and paragraphs. Scraped text is inserted as plain text
through a cursor, never parsed as HTML, and the browser loads nothing: not a file, not a URL."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QColor, QFont, QPalette, QTextBlockFormat, QTextCharFormat, QTextCursor

from desktop.store.annotations import HighlightInfo, TagInfo, index_to_utf16, paragraph_spans, utf16_to_index
from desktop.store.reading import ArticleDetail
from desktop.ui.comment_view import coder_color
from desktop.ui.i18n import format_date
from desktop.ui.safe_text import SafeTextBrowser


class ArticleView(SafeTextBrowser):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Article"))
        self.document().setDocumentMargin(16)
        self._paragraphs: list[str] = []
        self._positions: list[int] = []  # document position where each paragraph starts
        self._render: Callable[[], None] = lambda: None  # draws what is shown again, in the current palette
        self.show_placeholder(self.tr("Select an article to read it."))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # a theme switch: the text's colours were the old palette's
            self._render()

    def show_placeholder(self, text: str) -> None:
        self._render = partial(self.show_placeholder, text)
        self.clear()
        self._paragraphs, self._positions = [], []
        cursor = QTextCursor(self.document())
        fmt = QTextCharFormat()
        fmt.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
        cursor.insertText(text, fmt)

    def set_article(
        self,
        article: ArticleDetail,
        tags: list[TagInfo] | None = None,
        highlights: list[HighlightInfo] | None = None,
        all_tags: dict[int, TagInfo] | None = None,
        badges: dict[int, list[tuple[str, int]]] | None = None,
    ) -> None:
        """Show an article with its tag chips and its own highlights; keeps the scroll position
        when it is the same article re-shown after an annotation changed. `badges`: tag id -> the
        initials and id of each other coder who alone put it there, shown in the coder's colour
        at the end of its chip (whose path ends " · " and their initials)."""
        self._render = partial(self.set_article, article, tags, highlights, all_tags, badges)
        same = self._paragraphs == article.paragraphs and bool(self._positions)
        scroll = self.verticalScrollBar().value() if same else 0
        self.clear()
        self._paragraphs, self._positions = list(article.paragraphs), []
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()  # one layout of the whole text at the end, not one per insert
        base = QFont(self.font())
        palette = self.palette()
        dim = palette.color(QPalette.ColorRole.PlaceholderText)

        title = QTextCharFormat()
        title_font = QFont(base)
        title_font.setPointSizeF(base.pointSizeF() * 1.6)
        title_font.setBold(True)
        title.setFont(title_font)
        block = QTextBlockFormat()
        block.setBottomMargin(6)
        cursor.setBlockFormat(block)
        cursor.insertText(article.title, title)

        if article.subtitle:
            subtitle = QTextCharFormat()
            subtitle_font = QFont(base)
            subtitle_font.setPointSizeF(base.pointSizeF() * 1.15)
            subtitle_font.setItalic(True)
            subtitle.setFont(subtitle_font)
            cursor.insertBlock(block)
            cursor.insertText(article.subtitle, subtitle)

        if tags:
            chips = QTextBlockFormat()
            chips.setTopMargin(4)
            cursor.insertBlock(chips)
            chip_font = QFont(base)
            chip_font.setPointSizeF(base.pointSizeF() * 0.9)
            for tag in tags:
                chip = QTextCharFormat()
                chip.setFont(chip_font)
                color = QColor(tag.color)
                chip.setBackground(color.lighter(165) if color.lightness() < 200 else color)
                chip.setForeground(QColor("#1a1a1a"))
                chip.setToolTip(tag.path)
                coders = (badges or {}).get(tag.id)
                if not coders or " · " not in tag.path:
                    cursor.insertText(f"\u2009{tag.path}\u2009", chip)
                    cursor.insertText("  ", QTextCharFormat())
                    continue
                cursor.insertText(f"\u2009{tag.path.rsplit(' · ', 1)[0]} · ", chip)
                for number, (initials, coder) in enumerate(coders):
                    if number:
                        cursor.insertText(" ", chip)
                    badge = QTextCharFormat(chip)
                    badge.setBackground(coder_color(coder))
                    badge.setForeground(QColor("#ffffff"))
                    cursor.insertText(initials, badge)
                cursor.insertText("\u2009", chip)
                cursor.insertText("  ", QTextCharFormat())

        meta = QTextCharFormat()
        meta.setFont(base)
        meta.setForeground(dim)
        source_block = QTextBlockFormat()
        source_block.setBottomMargin(14)
        cursor.insertBlock(source_block)
        cursor.insertText(_source_line(article), meta)

        paragraph_block = QTextBlockFormat()
        paragraph_block.setBottomMargin(10)
        paragraph_block.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        text = QTextCharFormat()
        text.setFont(base)
        for paragraph in article.paragraphs:
            cursor.insertBlock(paragraph_block)
            self._positions.append(cursor.position())
            cursor.insertText(paragraph, text)
        if article.photo_credit:
            cursor.insertBlock(paragraph_block)
            cursor.insertText(self.tr("Photos: {credit}").format(credit=article.photo_credit), meta)
        cursor.endEditBlock()
        for highlight in highlights or []:
            self._paint_highlight(highlight, all_tags or {})
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.verticalScrollBar().setValue(scroll)

    # -- offsets: the article text of the store <-> positions in this document -------------

    def _position_of(self, offset: int) -> int:
        for (start, end), position, paragraph in zip(
            paragraph_spans(self._paragraphs), self._positions, self._paragraphs, strict=True
        ):
            if offset <= end:
                return position + index_to_utf16(paragraph, max(0, offset - start))
        return self._positions[-1] + index_to_utf16(self._paragraphs[-1], len(self._paragraphs[-1]))

    def _offset_of(self, position: int) -> int | None:
        spans = paragraph_spans(self._paragraphs)
        for (start, _end), first, paragraph in zip(spans, self._positions, self._paragraphs, strict=True):
            last = first + index_to_utf16(paragraph, len(paragraph))
            if first <= position <= last:
                return start + utf16_to_index(paragraph, position - first)
        return None

    def selection_offsets(self) -> tuple[int, int] | None:
        """The selected span as offsets into the article text, or None when the selection is
        empty or outside the paragraphs (the title, the source line)."""
        cursor = self.textCursor()
        if not cursor.hasSelection() or not self._positions:
            return None
        start = self._offset_of(cursor.selectionStart())
        end = self._offset_of(cursor.selectionEnd())
        if start is None or end is None or end <= start:
            return None
        return start, end

    def _paint_highlight(self, highlight: HighlightInfo, tags_by_id: dict[int, TagInfo]) -> None:
        if highlight.stale or highlight.target is None or highlight.target.kind != "article" or not self._positions:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._position_of(highlight.start))
        cursor.setPosition(self._position_of(highlight.end), QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        tag = tags_by_id.get(highlight.tag_id) if highlight.tag_id is not None else None
        color = QColor(tag.color if tag else "#f5d76e")
        color.setAlpha(120)
        fmt.setBackground(color)
        fmt.setToolTip(highlight.note or (tag.path if tag else self.tr("Highlight")))
        cursor.mergeCharFormat(fmt)

    def show_offset(self, offset: int) -> None:
        """Scroll to and select nothing but place the caret at an article-text offset."""
        if not self._positions:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._position_of(offset))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()


def _source_line(article: ArticleDetail) -> str:
    parts = []
    if article.source_url:
        parts.append(article.source_url)
    elif article.source_file:
        parts.append(article.source_file.replace("\\", "/").rsplit("/", 1)[-1])
    if article.published_at:  # as the page wrote it
        parts.append(QCoreApplication.translate("ArticleView", "published {date}").format(date=article.published_at))
    if article.imported_at:
        imported = format_date(article.imported_at)
        parts.append(QCoreApplication.translate("ArticleView", "imported {date}").format(date=imported))
    return " · ".join(parts)
