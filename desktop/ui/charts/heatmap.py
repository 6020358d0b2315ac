"""The tag co-occurrence matrix, painted: a tag per row and per column, each cell coloured by how
often the two tags occur together, from the palette's base to its highlight. The diagonal (how
often each tag occurs at all) is outlined and not coloured, so one frequent tag does not wash out
the pairs. Hover shows the numbers; a click emits the cell's filter."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from .models import HeatmapModel
from .theme import blend, chart_colors, contrasting_text

MAX_CELL = 44
MIN_CELL = 12
READABLE_CELL = 26  # the size asked for: room for a count in every cell
MAX_COLUMN_LABEL = 120  # longer column labels are elided (the row labels and tooltips have them whole)
SWATCH = 8


class HeatmapView(QWidget):
    filter_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model: HeatmapModel | None = None
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def model(self) -> HeatmapModel | None:
        return self._model

    def set_model(self, model: HeatmapModel | None) -> None:
        self._model = model
        self.updateGeometry()
        self.update()

    def minimumSizeHint(self) -> QSize:
        left, top, _cell = self._layout()
        size = len(self._model.labels) if self._model else 0
        # Tall enough for readable cells; narrower is allowed (cells stay square, so they shrink).
        return QSize(max(240, left + size * MIN_CELL + 8), max(190, top + size * READABLE_CELL + 8))

    def sizeHint(self) -> QSize:
        return QSize(420, 340)

    # -- geometry ---------------------------------------------------------------------------------

    def _label_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(6.5, self.font().pointSizeF() - 1))
        return font

    def _layout(self) -> tuple[int, int, int]:
        """(left, top, cell): where the grid starts and the side of a cell."""
        model = self._model
        size = len(model.labels) if model else 0
        metrics = QFontMetrics(self._label_font())
        widest = max((metrics.horizontalAdvance(label) for label in model.labels), default=0) if model else 0
        left = widest + SWATCH + 14
        top = min(widest, MAX_COLUMN_LABEL) + 14  # column labels stand upright above the grid
        if size == 0:
            return left, top, MIN_CELL
        cell = min((self.width() - left - 8) // size, (self.height() - top - 8) // size, MAX_CELL)
        return left, top, max(MIN_CELL, cell)

    def cell_rect(self, row: int, column: int) -> QRect:
        left, top, cell = self._layout()
        return QRect(left + column * cell, top + row * cell, cell, cell)

    def cell_at(self, position: QPoint) -> tuple[int, int] | None:
        model = self._model
        if model is None or not model.labels:
            return None
        left, top, cell = self._layout()
        column = (position.x() - left) // cell
        row = (position.y() - top) // cell
        size = len(model.labels)
        if position.x() < left or position.y() < top or not (0 <= row < size and 0 <= column < size):
            return None
        return int(row), int(column)

    # -- painting ---------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.paint(painter)
        finally:
            painter.end()

    def paint(self, painter: QPainter) -> None:
        """Draw on any painter: the screen, a PNG, an SVG."""
        colors = chart_colors(self.palette())
        painter.fillRect(self.rect(), colors.background)
        model = self._model
        if model is None or not model.labels:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = self._label_font()
        painter.setFont(font)
        metrics = QFontMetrics(font)
        left, top, cell = self._layout()
        size = len(model.labels)
        highest = max(1, model.max_off_diagonal)
        value_font = QFont(font)
        value_font.setPointSizeF(max(6.0, font.pointSizeF() - (1 if cell < 30 else 0)))
        value_metrics = QFontMetrics(value_font)
        for row in range(size):
            # Row label, right-aligned beside the grid, with the tag's colour swatch.
            y = top + row * cell
            label_rect = QRect(0, y, left - SWATCH - 10, cell)
            painter.setPen(colors.text)
            painter.drawText(label_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             model.labels[row])
            swatch = QRectF(left - SWATCH - 5, y + (cell - SWATCH) / 2, SWATCH, SWATCH)
            painter.fillRect(swatch, QColor(model.colors[row]))
            for column in range(size):
                rect = QRectF(left + column * cell, y, cell, cell).adjusted(1, 1, -1, -1)
                value = model.cells[row][column].value
                if row == column:
                    fill = colors.background
                    painter.fillRect(rect, fill)
                    painter.setPen(QPen(colors.muted, 1, Qt.PenStyle.DotLine))
                    painter.drawRect(rect)
                else:
                    strength = math.sqrt(value / highest)
                    fill = blend(colors.cell_low, colors.cell_high, strength) if value else colors.cell_low
                    painter.fillRect(rect, fill)
                text = _short(value) if value else ""
                if text and value_metrics.horizontalAdvance(text) <= rect.width() - 2:  # a number or nothing
                    painter.setFont(value_font)
                    painter.setPen(colors.muted if row == column else contrasting_text(fill))
                    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
                    painter.setFont(font)
        # Column labels: upright, reading upwards, bottom-aligned on the grid.
        painter.setPen(colors.text)
        for column in range(size):
            painter.save()
            painter.translate(left + column * cell + cell / 2 + metrics.ascent() / 2 - 1, top - 6)
            painter.rotate(-90)
            painter.drawText(QRect(0, -metrics.ascent(), top - 10, metrics.height()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(model.labels[column], Qt.TextElideMode.ElideRight, top - 10))
            painter.restore()

    # -- interaction ------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.cell_at(event.pos())
            if found is None or self._model is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self._model.cells[found[0]][found[1]].tooltip, self)
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        found = self.cell_at(event.position().toPoint())
        self.setCursor(Qt.CursorShape.PointingHandCursor if found is not None else Qt.CursorShape.ArrowCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._model is not None:
            found = self.cell_at(event.position().toPoint())
            if found is not None:
                cell = self._model.cells[found[0]][found[1]]
                if cell.value:
                    self.filter_requested.emit(cell.filter)
                    return
        super().mousePressEvent(event)


def _short(value: int) -> str:
    if value >= 10_000:
        return f"{value / 1000:.0f}k"
    if value >= 1_000:
        return f"{value / 1000:.1f}k"
    return str(value)
