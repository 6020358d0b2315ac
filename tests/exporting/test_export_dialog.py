"""File > Export…: the dialog offers what the caller can, exports on a worker thread, asks before
replacing a file, reports where it wrote, and can be cancelled."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop.exporting.files import ExportCancelled
from desktop.exporting.run import ExportOptions
from desktop.exporting.scope import Scope
from desktop.store import annotations as ann
from desktop.store.db import Library
from desktop.ui import export_dialog
from desktop.ui.export_dialog import ExportDialog


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def show(_parent: Any, title: str, text: str, warning: bool = False) -> None:
        shown.append((title, text))

    monkeypatch.setattr(export_dialog, "show_message", show)
    return shown


def make(qtbot: Any, library: Library, **kwargs: Any) -> ExportDialog:
    dialog = ExportDialog(library, None, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def choose_format(dialog: ExportDialog, fmt: str) -> None:
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(fmt))


def test_only_the_scopes_the_caller_gave_are_offered(qtbot: Any, seeded: Library) -> None:
    tag, _ = ann.create_tag(seeded.db, "propaganda/<b>bold</b>")
    dialog = make(qtbot, seeded)
    assert dialog.all_radio.isChecked() and dialog.all_radio.isEnabled()
    assert not any(b.isEnabled() for b in (dialog.selected_radio, dialog.search_radio, dialog.tag_radio))
    assert not dialog.export_button.isEnabled()  # no destination yet
    full = make(qtbot, seeded, selected_article_ids=[2, 1], search_query=" signature ", tag_ids=[tag])
    assert all(b.isEnabled() for b in (full.selected_radio, full.search_radio, full.tag_radio))
    assert "(2)" in full.selected_radio.text() and "“signature”" in full.search_radio.text()
    assert "propaganda/<b>bold</b>" in full.tag_radio.text()  # shown as typed
    full.selected_radio.setChecked(True)
    assert full.scope() == Scope.articles([2, 1])
    full.search_radio.setChecked(True)
    assert full.scope() == Scope.search("signature")
    full.tag_radio.setChecked(True)
    assert full.scope() == Scope.tags([tag])


def test_browse_then_export_reports_the_path(
    qtbot: Any, seeded: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: list[tuple[str, str]]
) -> None:
    asked: list[Any] = []

    def save_dialog(*args: Any) -> tuple[str, str]:
        asked.append(args)
        return str(tmp_path / "report"), "Markdown (*.md)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    dialog = make(qtbot, seeded, selected_article_ids=[1])
    choose_format(dialog, "markdown")
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0][-1] == QFileDialog.Option.DontConfirmOverwrite  # we ask ourselves, once
    assert dialog.destination_edit.text() == str(tmp_path / "report.md")
    dialog.selected_radio.setChecked(True)
    dialog.pseudonymise_check.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    assert result.paths == (tmp_path / "report.md",) and result.articles == 1
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "Commenter " in report and "Smirnoff" not in report
    assert messages and messages[0][0] == "Export finished" and str(tmp_path / "report.md") in messages[0][1]
    assert dialog.result() == ExportDialog.DialogCode.Accepted and not dialog.running


def test_csv_goes_into_a_folder_with_the_excel_mark(
    qtbot: Any, seeded: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: list[tuple[str, str]]
) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(tmp_path))
    dialog = make(qtbot, seeded)
    assert not dialog.excel_check.isEnabled()
    choose_format(dialog, "csv")
    assert dialog.excel_check.isEnabled()
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    dialog.excel_check.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "comments.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert (tmp_path / "annotations.csv").is_file()


def test_an_existing_file_is_replaced_only_after_asking(
    qtbot: Any, seeded: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: list[tuple[str, str]]
) -> None:
    target = tmp_path / "library.json"
    target.write_text("precious", encoding="utf-8")
    answers: list[bool] = [False]
    asked: list[list[Path]] = []

    def confirm(_parent: Any, paths: list[Path]) -> bool:
        asked.append(list(paths))
        return answers.pop(0)

    monkeypatch.setattr(export_dialog, "confirm_overwrite", confirm)
    dialog = make(qtbot, seeded)
    dialog.destination_edit.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert asked == [[target]] and not dialog.running
    assert target.read_text(encoding="utf-8") == "precious"
    assert "still as they were" in dialog.status_label.text()
    answers.append(True)
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "glossa"


def test_changing_the_format_changes_the_file_name(qtbot: Any, seeded: Library, tmp_path: Path) -> None:
    dialog = make(qtbot, seeded)
    dialog.destination_edit.setText(str(tmp_path / "out.json"))
    choose_format(dialog, "qdpx")
    assert dialog.destination_edit.text() == str(tmp_path / "out.qdpx")
    choose_format(dialog, "csv")
    assert dialog.destination_edit.text() == str(tmp_path / "out")
    choose_format(dialog, "markdown")
    assert dialog.destination_edit.text() == str(tmp_path / "out.md")


def test_cancel_stops_the_worker_and_writes_nothing(
    qtbot: Any, seeded: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: list[tuple[str, str]]
) -> None:
    started = threading.Event()
    calls: list[tuple[Any, ...]] = []

    def slow_export(library: Library, fmt: str, path: Path, scope: Scope, options: ExportOptions,
                    progress: Any, cancelled: Any) -> Any:  # fmt: skip
        calls.append((fmt, path, scope, options))
        progress(0, 10)
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        raise ExportCancelled()

    monkeypatch.setattr(export_dialog, "run_export", slow_export)
    dialog = make(qtbot, seeded, search_query="signature")
    dialog.search_radio.setChecked(True)
    dialog.destination_edit.setText(str(tmp_path / "x.qdpx"))
    choose_format(dialog, "qdpx")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.running and dialog.close_button.text() == "Cancel"
    assert not dialog.export_button.isEnabled() and not dialog.format_combo.isEnabled()
    qtbot.waitUntil(started.is_set, timeout=10_000)
    qtbot.waitUntil(lambda: dialog.progress_bar.maximum() == 10, timeout=10_000)
    dialog.reject()  # Escape while running cancels instead of closing
    assert dialog.status_label.text() == "Cancelling…"
    qtbot.waitUntil(lambda: not dialog.running, timeout=10_000)
    assert dialog.status_label.text() == "Cancelled: nothing was written."
    assert dialog.result() != ExportDialog.DialogCode.Accepted and dialog.export_button.isEnabled()
    assert calls == [("qdpx", tmp_path / "x.qdpx", Scope.search("signature"), ExportOptions())]
    assert not messages and not (tmp_path / "x.qdpx").exists()


def test_a_failure_is_shown(
    qtbot: Any, seeded: Library, tmp_path: Path, messages: list[tuple[str, str]]
) -> None:
    dialog = make(qtbot, seeded)
    dialog.destination_edit.setText(str(tmp_path / "no" / "folder" / "x.json"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running and bool(messages), timeout=10_000)
    assert messages[0][0] == "Export failed" and "no folder" in messages[0][1]
    assert "failed" in dialog.status_label.text()


def test_wait_cancels_a_running_export(
    qtbot: Any, seeded: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: list[tuple[str, str]]
) -> None:
    started = threading.Event()

    def slow_export(*args: Any, progress: Any, cancelled: Any) -> Any:
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        raise ExportCancelled()

    monkeypatch.setattr(export_dialog, "run_export", slow_export)
    dialog = make(qtbot, seeded)
    dialog.destination_edit.setText(str(tmp_path / "x.json"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set, timeout=10_000)
    dialog.wait()  # what the window does when it closes
    assert not dialog.running and not messages
