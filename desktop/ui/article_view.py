"""The article: title, subtitle, source and paragraphs. Scraped text is inserted as plain text
through a cursor, never parsed as HTML, and the browser loads nothing: not a file, not a URL."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont, QPalette, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser

from desktop.store.reading import ArticleDetail


class ArticleView(QTextBrowser):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setSearchPaths([])
        self.setReadOnly(True)
        self.setAccessibleName("Article")
        self.document().setDocumentMargin(16)
        self.show_placeholder("Select an article to read it.")

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        return None  # never fetch images or files named by scraped text

    def show_placeholder(self, text: str) -> None:
        self.clear()
        cursor = QTextCursor(self.document())
        fmt = QTextCharFormat()
        fmt.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
        cursor.insertText(text, fmt)

    def set_article(self, article: ArticleDetail) -> None:
        self.clear()
        cursor = QTextCursor(self.document())
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
            cursor.insertText(paragraph, text)
        if article.photo_credit:
            cursor.insertBlock(paragraph_block)
            cursor.insertText(f"Photos: {article.photo_credit}", meta)
        self.moveCursor(QTextCursor.MoveOperation.Start)


def _source_line(article: ArticleDetail) -> str:
    parts = []
    if article.source_url:
        parts.append(article.source_url)
    elif article.source_file:
        parts.append(article.source_file.replace("\\", "/").rsplit("/", 1)[-1])
    if article.published_at:
        parts.append(f"published {article.published_at}")
    if article.imported_at:
        parts.append(f"imported {article.imported_at:%d %b %Y}")
    return " · ".join(parts)
