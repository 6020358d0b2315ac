"""A QTextBrowser that never reads anything its text names: not a file, not a URL, not an image.

Returning None from loadResource is not enough: QTextDocument then reads `file:` URLs itself, and
an image that does not decode is loaded straight from its path. So every request is answered
with a value: a blank box for an image, no bytes for anything else."""

from __future__ import annotations

import html
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


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` as it is: Qt reads a tooltip that looks like markup as HTML."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>" if text else ""
