"""Chart colours taken from the application palette, so charts follow the light and dark themes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCharts import QAbstractAxis, QChart
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette, QPen


@dataclass(frozen=True)
class ChartColors:
    dark: bool
    background: QColor
    text: QColor
    muted: QColor
    grid: QColor
    accents: tuple[QColor, QColor]
    cell_low: QColor  # heatmap: an empty cell
    cell_high: QColor  # heatmap: the largest value


def blend(a: QColor, b: QColor, amount: float) -> QColor:
    amount = min(1.0, max(0.0, amount))
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


def chart_colors(palette: QPalette) -> ChartColors:
    role = QPalette.ColorRole
    background = palette.color(role.Base)
    text = palette.color(role.Text)
    dark = background.lightness() < 128
    accent = palette.color(role.Highlight)
    # The second series: the accent turned round the colour wheel, at the same strength.
    hue, saturation, value = accent.hue(), accent.saturation(), accent.value()
    second = QColor.fromHsv((hue + 180) % 360 if hue >= 0 else 30, max(saturation, 120), value)
    return ChartColors(
        dark=dark,
        background=background,
        text=text,
        muted=blend(background, text, 0.6),
        grid=blend(background, text, 0.14),
        accents=(accent, second),
        cell_low=blend(background, text, 0.05),
        cell_high=accent,
    )


def contrasting_text(fill: QColor) -> QColor:
    """Text readable on `fill`."""
    return QColor("#000000") if fill.lightnessF() > 0.6 else QColor("#ffffff")


def style_chart(chart: QChart, colors: ChartColors, font: QFont) -> None:
    """Theme, background, title and legend in the palette's colours (axes: style_axis)."""
    chart.setTheme(QChart.ChartTheme.ChartThemeDark if colors.dark else QChart.ChartTheme.ChartThemeLight)
    chart.setBackgroundBrush(QBrush(colors.background))
    chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))
    chart.setBackgroundRoundness(0)
    chart.setPlotAreaBackgroundVisible(False)
    chart.setMargins(QMargins(4, 4, 10, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    legend = chart.legend()
    legend.setLabelColor(colors.text)
    legend.setFont(font)
    legend.setAlignment(Qt.AlignmentFlag.AlignTop)


def style_axis(axis: QAbstractAxis, colors: ChartColors, font: QFont, title_font: QFont) -> None:
    axis.setLabelsColor(colors.text)
    axis.setLabelsFont(font)
    axis.setTitleBrush(QBrush(colors.muted))
    axis.setTitleFont(title_font)
    axis.setLinePen(QPen(colors.grid, 1))
    axis.setGridLinePen(QPen(colors.grid, 1))
    axis.setMinorGridLineVisible(False)
    axis.setShadesVisible(False)
