"""How cards are drawn: tints derived from the palette (so light and dark themes both stay
legible) and the three fonts of a card, all relative to the view's font."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont


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
