"""How cards are drawn: tints derived from the palette (so light and dark themes both stay
legible) and the three fonts of a card, all relative to the view's font."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem


def blend(a: QColor, b: QColor, amount: float) -> QColor:
    """`a` moved towards `b` by `amount` (0: a, 1: b): tints that follow the theme."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


def card_fonts(base: QFont) -> tuple[QFont, QFont, QFont]:
    """(name, meta, body): the name in bold, who-and-when a size smaller, the text as the view's."""
    name = QFont(base)
    name.setBold(True)
    meta = QFont(base)
    if meta.pointSizeF() > 0:  # a pixel-sized font has no point size to scale
        meta.setPointSizeF(max(6.0, meta.pointSizeF() * 0.9))
    return name, meta, QFont(base)


class RowColors(NamedTuple):
    """The colours of one row of a list or tree, from the palette and the row's selection."""

    selected: bool
    base: QColor  # the background
    highlight: QColor  # the selection's background
    text: QColor
    dim: QColor  # secondary text: the text faded towards the background it is on


def row_colors(option: QStyleOptionViewItem) -> RowColors:
    palette = option.palette
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    base = palette.color(QPalette.ColorRole.Base)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    text = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
    return RowColors(selected, base, highlight, text, blend(text, highlight if selected else base, 0.4))
