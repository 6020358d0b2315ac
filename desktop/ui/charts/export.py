"""Writing a chart to PNG or SVG and its numbers to CSV. Every file is written beside its target
under a temporary name and renamed over it, so a crash or a full disk never leaves half a file."""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsView, QWidget

from .heatmap import HeatmapView
from .theme import chart_colors

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ExportError(OSError):
    """A chart could not be written; the message names the file."""


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    path = Path(path)
    try:
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise ExportError(f"cannot write {path}: {error.strerror or error}") from error
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes it private; an export is an ordinary file
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _paint(widget: QWidget, painter: QPainter, size: QSize) -> None:
    """Vector drawing where the widget allows it (a chart's scene, the heatmap's painter)."""
    if isinstance(widget, HeatmapView):
        widget.paint(painter)
    elif isinstance(widget, QChartView):
        QGraphicsView.render(widget, painter, QRectF(0, 0, size.width(), size.height()), widget.viewport().rect())
    else:
        widget.render(painter, QPoint())


def _heading_height(widget: QWidget, title: str) -> int:
    return QFontMetrics(widget.font()).height() * 2 + 4 if title else 0


def _paint_page(widget: QWidget, painter: QPainter, title: str, note: str) -> None:
    """The title and note above the chart (a file has no panel around it), then the chart."""
    colors = chart_colors(widget.palette())
    size = widget.size()
    heading = _heading_height(widget, title)
    painter.fillRect(QRect(0, 0, size.width(), size.height() + heading), colors.background)
    if title:
        bold = QFont(widget.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(colors.text)
        line = QFontMetrics(bold).height()
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(QRect(10, 2, size.width() - 20, line), flags, title)
        if note:
            painter.setFont(widget.font())
            painter.setPen(colors.muted)
            painter.drawText(QRect(10, 2 + line, size.width() - 20, line), flags, note)
        painter.translate(0, heading)
    _paint(widget, painter, size)


def save_png(widget: QWidget, path: Path, title: str = "", note: str = "", scale: float = 2.0) -> None:
    """The widget as it is on screen under its title, at `scale` times its size (sharp on
    high-density screens)."""
    width, height = widget.width(), widget.height() + _heading_height(widget, title)
    image = QImage(round(width * scale), round(height * scale), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(chart_colors(widget.palette()).background)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _paint_page(widget, painter, title, note)
    finally:
        painter.end()

    def write(temporary: Path) -> None:
        writer = QImageWriter(str(temporary), QByteArray(b"png"))
        if not writer.write(image):
            raise ExportError(f"cannot write {path}: {writer.errorString()}")

    write_atomically(path, write)


def save_svg(widget: QWidget, path: Path, title: str = "", note: str = "") -> None:
    """The chart as vectors (text stays text) under its title."""
    size = QSize(widget.width(), widget.height() + _heading_height(widget, title))

    def write(temporary: Path) -> None:
        generator = QSvgGenerator()
        generator.setFileName(str(temporary))
        generator.setSize(size)
        generator.setViewBox(QRect(0, 0, size.width(), size.height()))
        generator.setTitle(title)
        generator.setDescription("Made with Glossa")
        painter = QPainter()
        if not painter.begin(generator):
            raise ExportError(f"cannot write {path}")
        try:
            _paint_page(widget, painter, title, note)
        finally:
            painter.end()
        if temporary.stat().st_size == 0:
            raise ExportError(f"cannot write {path}")

    write_atomically(path, write)


def defuse(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def save_csv(rows: Iterable[Sequence[Any]], path: Path) -> None:
    def write(temporary: Path) -> None:
        with temporary.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            for row in rows:
                writer.writerow([defuse(value) for value in row])

    write_atomically(path, write)
