"""Colours derived from the palette, so light and dark themes both stay legible."""

from __future__ import annotations

from PySide6.QtGui import QColor


def blend(a: QColor, b: QColor, amount: float) -> QColor:
    """`a` moved towards `b` by `amount` (0: a, 1: b): tints that follow the theme."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )
