"""Bar and time charts drawn with QtCharts from a chart model (models.py).

Hovering a bar or a time bucket shows its value in a tooltip; clicking one emits its filter.
Colours come from the palette and follow it when the theme changes."""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from functools import partial

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QAreaSeries,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QFrame, QToolTip, QWidget

from .models import BarChartModel, TimeChartModel
from .theme import ChartColors, chart_colors, style_axis, style_chart

TIME_STEPS = (1, 2, 3, 4, 6, 12, 24, 48, 96, 192, 384)  # label every n-th time bucket
LABEL_SHARE = 0.35  # the most of the chart's width a category label may take (longer ones are elided)
_CHROME_HEIGHT = 80  # a chart's margins, value axis and its title: what is not rows of bars


def nice_axis(maximum: float, headroom: float = 1.0) -> tuple[float, int]:
    """An axis top at a round number above `maximum` (times headroom) and its tick count (<= 6)."""
    top = max(1.0, maximum * headroom)
    raw = top / 5
    magnitude = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    # Counts: whole-number steps only (2.5 only from 25 up).
    multiples = (1, 2, 2.5, 5, 10) if magnitude >= 10 else (1, 2, 5, 10)
    step = max(1.0, next(m * magnitude for m in multiples if m * magnitude >= raw))
    ticks = math.ceil(top / step)
    return ticks * step, ticks + 1


EPOCH = datetime(1970, 1, 1)


def msecs(moment: datetime) -> float:
    """A naive local time as a number for the x axis. Plain arithmetic, not QDateTime: the local
    clock's daylight-saving jumps must not stretch or fold hourly buckets."""
    return (moment - EPOCH).total_seconds() * 1000


def from_msecs(value: float) -> datetime:
    return EPOCH + timedelta(milliseconds=value)


class ChartView(QChartView):
    """Draws a BarChartModel or a TimeChartModel; `filter_requested` carries a clicked element's filter."""

    filter_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model: BarChartModel | TimeChartModel | None = None
        self._bar_series: QAbstractBarSeries | None = None
        self._category_axis: QCategoryAxis | None = None
        self._label_step = (0, 0)  # labelled every n-th category, elided to a width
        self._area_upper: QLineSeries | None = None
        self._area: QAreaSeries | None = None
        self._hovered: int | None = None
        self._setup_ui()

    def _setup_ui(self) -> None:
        self._chart = QChart()
        self.setChart(self._chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)
        self.setMinimumSize(240, 190)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)  # the panel's menu
        self._chart.legend().setVisible(False)

    # -- public -------------------------------------------------------------------------------

    def model(self) -> BarChartModel | TimeChartModel | None:
        return self._model

    def set_model(self, model: BarChartModel | TimeChartModel | None) -> None:
        self._model = model
        self._build()

    def element_position(self, series: int, index: int) -> QPoint:
        """Where element `index` of series `series` is drawn, in viewport coordinates (the
        middle of a bar; the middle of a time bucket, halfway up)."""
        model = self._model
        if isinstance(model, TimeChartModel):
            point = model.points[index]
            middle = (msecs(point.start) + msecs(point.end)) / 2
            assert self._area is not None
            position = self._chart.mapToPosition(QPointF(middle, point.value / 2), self._area)
        else:
            assert model is not None and self._bar_series is not None
            count = len(model.series)
            width = self._bar_series.barWidth()
            offset = -width / 2 + (series + 0.5) * width / count
            value = model.bar(series, index).value / 2
            if model.horizontal:
                row = len(model.categories) - 1 - index
                position = self._chart.mapToPosition(QPointF(value, row - offset), self._bar_series)
            else:
                position = self._chart.mapToPosition(QPointF(index + offset, value), self._bar_series)
        return self.mapFromScene(self._chart.mapToScene(position))

    # -- building ------------------------------------------------------------------------------

    def _fonts(self) -> tuple[QFont, QFont]:
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, self.font().pointSizeF() - 1))
        title = QFont(small)
        title.setItalic(True)
        return small, title

    def _clear(self) -> None:
        self._bar_series = None
        self._category_axis = None
        self._area_upper = None
        self._area = None
        self._hovered = None
        self._chart.removeAllSeries()
        for axis in self._chart.axes():
            self._chart.removeAxis(axis)
            axis.deleteLater()

    def _build(self) -> None:
        self._clear()
        self.setMinimumHeight(190)
        colors = chart_colors(self.palette())
        small, title_font = self._fonts()
        style_chart(self._chart, colors, small)
        self.setBackgroundBrush(colors.background)
        model = self._model
        if model is None or model.is_empty:
            return
        if isinstance(model, TimeChartModel):
            self._build_time(model, colors, small, title_font)
        else:
            self._build_bars(model, colors, small, title_font)

    def _build_bars(self, model: BarChartModel, colors: ChartColors, font: QFont, title_font: QFont) -> None:
        series: QAbstractBarSeries = QHorizontalBarSeries() if model.horizontal else QBarSeries()
        # Few bars stay bars: a lone one does not fill the whole chart.
        slots = len(model.categories) / (6 if model.horizontal else 8)
        series.setBarWidth((0.72 if len(model.series) == 1 else 0.84) * min(1.0, max(slots, 0.25)))
        for number, spec in enumerate(model.series):
            values = [bar.value for bar in spec.bars]
            bar_set = QBarSet(spec.name)
            bar_set.append(list(reversed(values)) if model.horizontal else values)
            color = colors.accents[spec.role % len(colors.accents)]
            bar_set.setColor(color)
            bar_set.setBorderColor(color)
            bar_set.setLabelColor(colors.text)
            bar_set.setLabelFont(font)
            bar_set.hovered.connect(partial(self._on_bar_hovered, number))
            bar_set.clicked.connect(partial(self._on_bar_clicked, number))
            series.append(bar_set)
        if model.show_values:
            series.setLabelsVisible(True)
            series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
            series.setLabelsPrecision(15)
        self._chart.addSeries(series)
        # A category axis over values (bars sit at 0, 1, 2 ...) rather than QBarCategoryAxis: it can
        # leave labels out when they do not fit, where QBarCategoryAxis elides every one to "…".
        categories = QCategoryAxis()
        categories.setRange(-0.5, len(model.categories) - 0.5)
        categories.setStartValue(-0.5)
        categories.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        categories.setTruncateLabels(False)
        values_axis = QValueAxis()
        top, ticks = nice_axis(model.max_value, 1.18 if model.show_values else 1.0)
        values_axis.setRange(0, top)
        values_axis.setTickCount(ticks)
        values_axis.setLabelFormat("%d")
        values_axis.setTitleText(model.value_title)
        if not model.horizontal:
            categories.setTitleText(model.category_title)
        for axis in (categories, values_axis):
            style_axis(axis, colors, font, title_font)
        categories.setGridLineVisible(False)
        category_side, value_side = (
            (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom) if model.horizontal
            else (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft)
        )
        self._chart.addAxis(categories, category_side)
        self._chart.addAxis(values_axis, value_side)
        series.attachAxis(categories)
        series.attachAxis(values_axis)
        self._chart.legend().setVisible(len(model.series) > 1)
        self._bar_series = series
        self._category_axis = categories
        self._label_step = (0, 0)
        if model.horizontal:  # a line for every category's label: the dashboard scrolls instead
            row = QFontMetrics(font).height() + 4
            self.setMinimumHeight(max(190, len(model.categories) * row + _CHROME_HEIGHT))
        self._fit_category_labels()

    def _build_time(self, model: TimeChartModel, colors: ChartColors, font: QFont, title_font: QFont) -> None:
        upper = QLineSeries()
        for point in model.points:  # steps: each bucket is a flat stretch, like a histogram
            upper.append(msecs(point.start), point.value)
            upper.append(msecs(point.end), point.value)
        area = QAreaSeries(upper)
        upper.setParent(area)  # the area draws it and goes with it
        accent = colors.accents[0]
        fill = QColor(accent)
        fill.setAlpha(150)
        area.setColor(fill)
        area.setBorderColor(accent)
        area.setPen(QPen(accent, 1.5))
        area.setName(model.value_title)
        self._chart.addSeries(area)
        # Labels at bucket starts (every n-th one when they do not all fit), like the bars' axis.
        x_axis = QCategoryAxis()
        x_axis.setRange(msecs(model.points[0].start), msecs(model.points[-1].end))
        x_axis.setStartValue(msecs(model.points[0].start))
        x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        x_axis.setTruncateLabels(False)
        y_axis = QValueAxis()
        top, ticks = nice_axis(model.max_value, 1.05)
        y_axis.setRange(0, top)
        y_axis.setTickCount(ticks)
        y_axis.setLabelFormat("%d")
        y_axis.setTitleText(model.value_title)
        for axis in (x_axis, y_axis):
            style_axis(axis, colors, font, title_font)
        self._chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self._chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        area.attachAxis(x_axis)
        area.attachAxis(y_axis)
        self._area_upper = upper
        self._area = area
        self._category_axis = x_axis
        self._label_step = (0, 0)
        self._fit_time_labels()

    def _fit_time_labels(self) -> None:
        model = self._model
        axis = self._category_axis
        if not isinstance(model, TimeChartModel) or axis is None:
            return
        metrics = QFontMetrics(self._fonts()[0])
        need = max((metrics.horizontalAdvance(label) for label in model.labels), default=0) + 16
        room = (self.width() - 80) / max(1, len(model.points))
        step = next((s for s in TIME_STEPS if s * room >= need), len(model.points))
        if (step, 0) == self._label_step:
            return
        self._label_step = (step, 0)
        for label in axis.categoriesLabels():
            axis.remove(label)
        for index in range(0, len(model.points), step):
            axis.append(model.labels[index], msecs(model.points[index].start))

    def _fit_category_labels(self) -> None:
        """Label every category when the labels fit side by side (or one above the other), else
        every second, third ... one; the tooltip names every bar anyway."""
        model = self._model
        axis = self._category_axis
        if not isinstance(model, BarChartModel) or axis is None:
            return
        count = len(model.categories)
        metrics = QFontMetrics(self._fonts()[0])
        if model.horizontal:
            need = metrics.height() + 2
            room = (self.height() - _CHROME_HEIGHT) / max(1, count)  # the plot area is not laid out yet: estimate
        else:
            need = max((metrics.horizontalAdvance(c) for c in model.categories), default=0) + 10
            room = (self.width() - 80) / max(1, count)
        step = next((s for s in (1, 2, 3, 4, 6, 8, 12, 24) if s * room >= need), max(1, count))
        if model.show_values and not model.horizontal and self._bar_series is not None:
            # Values above the bars only when they fit over their bar (no overlapping numbers).
            value_width = metrics.horizontalAdvance(f"{model.max_value:g}") + 4
            self._bar_series.setLabelsVisible(value_width <= room)
        width = max(60, int(self.width() * LABEL_SHARE)) if model.horizontal else 0
        if (step, width) == self._label_step:
            return
        self._label_step = (step, width)
        for label in axis.categoriesLabels():
            axis.remove(label)
        # Horizontal bars run from the bottom up (the first category is drawn at the top); their
        # labels sit beside the bars and take at most LABEL_SHARE of the width.
        shown = [(count - 1 - i, metrics.elidedText(model.categories[i], Qt.TextElideMode.ElideRight, width))
                 if model.horizontal else (i, model.categories[i]) for i in range(0, count, step)]
        for position, label in sorted(shown):  # the axis wants ascending values
            axis.append(label, position)

    # -- events ---------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_time_labels()
        self._fit_category_labels()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._build()

    def _bucket_under(self, position: QPoint) -> int | None:
        model = self._model
        if not isinstance(model, TimeChartModel) or self._area is None or model.is_empty:
            return None
        scene = self.mapToScene(position)
        if not self._chart.plotArea().contains(self._chart.mapFromScene(scene)):
            return None
        value = self._chart.mapToValue(self._chart.mapFromScene(scene), self._area)
        return model.point_at(from_msecs(value.x()))

    def _bar_under(self, position: QPoint) -> tuple[int, int] | None:
        """(series, category) of the bar under a viewport position: element_position's inverse."""
        model, series = self._model, self._bar_series
        if not isinstance(model, BarChartModel) or series is None or model.is_empty:
            return None
        point = self._chart.mapFromScene(self.mapToScene(position))
        if not self._chart.plotArea().contains(point):
            return None
        value = self._chart.mapToValue(point, series)
        slot = round(value.y() if model.horizontal else value.x())
        offset = slot - value.y() if model.horizontal else value.x() - slot
        width = series.barWidth()
        number = math.floor((offset + width / 2) / (width / len(model.series)))
        if not (0 <= slot < len(model.categories) and 0 <= number < len(model.series)):
            return None
        index = self._model_index(slot)
        length = value.x() if model.horizontal else value.y()
        return (number, index) if 0 <= length <= model.bar(number, index).value else None

    def tooltip_at(self, position: QPoint) -> str:
        """The tooltip of the bar or time bucket under a viewport position; "" off them."""
        if isinstance(self._model, TimeChartModel):
            index = self._bucket_under(position)
            return self._model.points[index].tooltip if index is not None else ""
        bar = self._bar_under(position)
        return self._model.bar(*bar).tooltip if bar is not None and isinstance(self._model, BarChartModel) else ""

    def viewportEvent(self, event: QEvent) -> bool:
        # The scene answers a resting mouse with its items' tooltips, none, and so hid ours: answer it here.
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if not isinstance(self._model, TimeChartModel):
            return
        index = self._bucket_under(event.position().toPoint())
        if index is None:
            if self._hovered is not None:
                QToolTip.hideText()
            self._hovered = None
            return
        if index != self._hovered:
            self._hovered = index
            QToolTip.showText(event.globalPosition().toPoint(), self._model.points[index].tooltip, self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        if isinstance(self._model, TimeChartModel) and event.button() == Qt.MouseButton.LeftButton:
            index = self._bucket_under(event.position().toPoint())
            if index is not None:
                event.accept()  # a click on the plot is this chart's, an empty bucket's too
                if self._model.points[index].value:
                    self.filter_requested.emit(self._model.points[index].filter)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if isinstance(self._model, TimeChartModel) and self._bucket_under(event.position().toPoint()) is not None:
            event.accept()

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self._hovered = None

    def _model_index(self, bar_index: int) -> int:
        model = self._model
        assert isinstance(model, BarChartModel)
        return len(model.categories) - 1 - bar_index if model.horizontal else bar_index

    def _on_bar_hovered(self, series: int, status: bool, index: int) -> None:
        model = self._model
        if not isinstance(model, BarChartModel):
            return
        if status:
            QToolTip.showText(QCursor.pos(), model.bar(series, self._model_index(index)).tooltip, self)
        else:
            QToolTip.hideText()

    def _on_bar_clicked(self, series: int, index: int) -> None:
        model = self._model
        if not isinstance(model, BarChartModel):
            return
        bar = model.bar(series, self._model_index(index))
        if bar.filter is not None and bar.value:
            self.filter_requested.emit(bar.filter)
