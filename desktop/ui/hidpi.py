"""Pixmaps we paint ourselves (tag swatches, colour marks) drawn at the screen's pixel density, so
they stay crisp at 200 % instead of being scaled up from 1x."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPixmap


def device_pixel_ratio() -> float:
    """The highest pixel ratio of the screens (what the sharpest screen needs; Qt scales down for
    the others)."""
    app = QGuiApplication.instance()
    ratio = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
    return max(1.0, float(ratio))


def canvas(width: int, height: int, ratio: float | None = None) -> QPixmap:
    """A transparent pixmap of `width` x `height` device-independent pixels at `ratio` (the
    screens' by default): paint on it in device-independent coordinates."""
    ratio = device_pixel_ratio() if ratio is None else ratio
    pixmap = QPixmap(max(1, round(width * ratio)), max(1, round(height * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    return pixmap


def painted_icon(width: int, height: int, paint: Callable[[QPainter], None]) -> QIcon:
    """An icon painted by `paint` at 1x, 2x and the screens' ratio, so each screen gets pixels."""
    icon = QIcon()
    for ratio in sorted({1.0, 2.0, device_pixel_ratio()}):
        pixmap = canvas(width, height, ratio)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint(painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def color_icon(color: str, size: int = 12) -> QIcon:
    """A tag's colour swatch, crisp at any screen scale."""
    fill = QColor(color)

    def paint(painter: QPainter) -> None:
        painter.setPen(fill.darker(130))
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(1, 1, size - 2, size - 2), 3, 3)

    return painted_icon(size, size, paint)
