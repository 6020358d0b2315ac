"""A QTextBrowser that never reads anything its text names: not a file, not a URL, not an image.

Returning None from loadResource is not enough: QTextDocument then reads `file:` URLs itself, and
an image that does not decode is loaded straight from its path. So every request is answered
with a value: a blank box for an image, no bytes for anything else."""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QImage, QPainter, QPalette, QPen, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget


class SafeTextBrowser(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setSearchPaths([])
        self.setReadOnly(True)

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        if int(type) == QTextDocument.ResourceType.ImageResource.value:
            return self._blocked_image()
        return QByteArray()

    def _blocked_image(self) -> QImage:
        image = QImage(16, 16, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.PlaceholderText), 1, Qt.PenStyle.DashLine))
        painter.drawRect(1, 1, 13, 13)
        painter.end()
        return image


_FENCE = re.compile(r"^\s*(```|~~~)")
_BLOCK_MARKS = (  # at the start of a line: headings, quotes, list items, rules
    (re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$"), r"\1"),
    (re.compile(r"^\s{0,3}>\s?"), ""),
    (re.compile(r"^(\s*)[-*+]\s+\[([ xX])\]\s+"), lambda m: f"{m.group(1)}{'☑' if m.group(2) != ' ' else '☐'} "),
    (re.compile(r"^(\s*)[-*+]\s+"), r"\1• "),
    (re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$"), "―――"),
)
_INLINE_MARKS = (  # within a line: images, links, code, emphasis, strike-through, escapes
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\(([^)\s]+)[^)]*\)"), r"\1 (\2)"),
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),
)
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!~>|])")  # "\*": a star, not emphasis
_HIDDEN = 0xE000  # escaped characters wait in the private use area while the markers go


def markdown_as_text(markdown: str) -> str:
    """A note's Markdown as readable plain text, line by line as it was typed (Markdown would
    join the lines of a paragraph): the markers go ("**", "#", "[text](url)" becomes "text (url)"),
    list items get a bullet, code stays as written."""
    lines, in_code = [], False
    for line in markdown.replace("\r\n", "\n").split("\n"):
        if _FENCE.match(line):
            in_code = not in_code
            continue
        if not in_code:
            line = _ESCAPED.sub(lambda m: chr(_HIDDEN + ord(m.group(1))), line)
            for pattern, replacement in (*_BLOCK_MARKS, *_INLINE_MARKS):
                line = pattern.sub(replacement, line)
            line = re.sub("[\ue000-\ue07f]", lambda m: chr(ord(m.group(0)) - _HIDDEN), line)
        lines.append(line.rstrip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` as it is: Qt reads a tooltip that looks like markup as HTML."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>" if text else ""
