"""Importing into a library a team shares on PostgreSQL from the window (File > Import), with its
report and Cancel as on a library file; and another window's article list shows what a third
process imported, without a restart (issue 22)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.store.db import Library
from desktop.ui.live_updates import LiveUpdates
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings

ROOT = Path(__file__).resolve().parent.parent.parent



def _articles(folder: Path, count: int) -> Path:
    folder.mkdir()
    for number in range(count):
        (folder / f"{number:03}.txt").write_text(f"Article {number}\n\nText of article {number}.\n", encoding="utf-8")
    return folder


def _close_report_dialogs() -> None:
    for widget in QApplication.topLevelWidgets():
        if widget.windowTitle() == "Import report":
            widget.close()


def test_file_import_into_a_server_library(qtbot, server_library: Library, settings: Settings, tmp_path: Path) -> None:
    window = MainWindow(server_library, settings)
    qtbot.addWidget(window)
    before = window.article_model.rowCount()
    with qtbot.waitSignal(window.importer.imported, timeout=30_000) as blocker:
        window.import_paths([str(_articles(tmp_path / "new", 3))])
    report = blocker.args[0]
    assert report.total("articles_added") == 3 and not report.skipped
    assert window.article_model.rowCount() == before + 3
    assert report.log_path is not None and "server-reports" in str(report.log_path)
    _close_report_dialogs()
    with qtbot.waitSignal(window.importer.imported, timeout=30_000) as blocker:  # Cancel keeps what came in
        window.import_paths([str(_articles(tmp_path / "many", 400))])
        window.importer.cancel()
    report = blocker.args[0]
    assert report.cancelled and report.total("articles_added") < 400
    assert window.article_model.rowCount() == before + 3 + report.total("articles_added")
    _close_report_dialogs()


def test_what_another_process_imports_appears_in_the_list(
    qtbot, server_library: Library, settings: Settings, postgres_url: str, tmp_path: Path
) -> None:
    window = MainWindow(server_library, settings)
    qtbot.addWidget(window)
    live = LiveUpdates(window.session, window)
    live.follow(server_library)
    qtbot.waitUntil(lambda: live.listening)
    before = window.article_model.rowCount()
    subprocess.run([sys.executable, "-m", "desktop", "--library", postgres_url, "import", "-q",
                    str(_articles(tmp_path / "new", 5))], cwd=ROOT, check=True, capture_output=True, timeout=120)
    qtbot.waitUntil(lambda: window.article_model.rowCount() == before + 5, timeout=10_000)
    live.stop()
