"""What the window does before its first paint: no work twice, nothing it does not need yet."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QPoint, Qt

from desktop.store import reading
from desktop.store.db import Library
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings


def test_the_article_ids_are_read_once_when_the_window_opens(
    qtbot, seeded: Library, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.sort_column, settings.sort_descending = "title", False  # a sort restored from last time
    calls: list[tuple[object, ...]] = []
    real = reading.article_ids

    def counted(*args: object) -> list[int]:
        calls.append(args[1:])
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(reading, "article_ids", counted)
    window = MainWindow(seeded, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert calls == [("all", "title", False, "")]
    titles = [window.article_model.article(row).title for row in range(window.article_model.rowCount())]
    assert titles == sorted(titles, key=str.casefold)
    # A click on a column's header afterwards reads them again, once, in the new order.
    header = window.article_table.horizontalHeader()
    center = QPoint(header.sectionViewportPosition(2) + header.sectionSize(2) // 2, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert calls[1:] == [("all", "comments", False, "")]


def test_charts_load_when_first_shown_not_at_start_up() -> None:
    # QtCharts takes tens of milliseconds to load; the window shows no chart until asked.
    probe = "import sys, desktop.app; print('PySide6.QtCharts' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True)
    assert result.stdout.strip() == "False", result.stderr
