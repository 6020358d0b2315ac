"""The backup dialogs: Restore from Backup (list, confirmation, Cancel the default and Esc path),
Back Up Now on a worker thread, and the question about a damaged library."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.ingest.importer import import_paths
from desktop.store import annotations
from desktop.store.backup import BackupInfo, backup_now, list_backups
from desktop.store.db import Library, LibraryDamaged
from desktop.ui.backup_dialog import (
    BackupRunner,
    BackupTableModel,
    DamagedChoice,
    DamagedLibraryBox,
    RestoreConfirmation,
    RestoreDialog,
    human_size,
)
from tests.conftest import SEEDS

DAY = datetime(2024, 5, 6, 9, 30)


@pytest.fixture
def backed_up(library: Library) -> Library:
    import_paths(library, [SEEDS])
    backup_now(library, now=DAY)
    annotations.set_note(library.db, ("article", 1), "a note")
    backup_now(library, now=DAY + timedelta(days=1))
    return library


def unusable(info: BackupInfo) -> BackupInfo:
    return BackupInfo(info.path, info.created - timedelta(days=5), info.kind, 10, None, None, None, "damaged: boom")


def select(dialog: RestoreDialog, row: int) -> None:
    index = dialog.model.index(row, 0)
    dialog.table.selectionModel().select(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )


def test_the_model(qtmodeltester, backed_up: Library) -> None:
    backups = list_backups(backed_up.path)
    model = BackupTableModel([*backups, unusable(backups[0])])
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    row = [model.index(0, column).data() for column in range(model.columnCount())]
    assert row[0] == "7 May 2024, 09:30" and row[1] == "Backup" and row[3] == "2" and row[4] == "1" and row[5] == "OK"
    assert model.index(2, 5).data().startswith("Cannot be used")
    assert model.index(2, 3).data() == "?"
    assert human_size(512) == "512 bytes" and human_size(3 * 1024 * 1024) == "3.0 MB"


def test_cancel_is_the_default_and_restore_needs_a_usable_choice(qtbot, backed_up: Library) -> None:
    backups = list_backups(backed_up.path)
    dialog = RestoreDialog(backed_up.path, backups=[*backups, unusable(backups[0])])
    qtbot.addWidget(dialog)
    assert dialog.cancel_button.isDefault()
    assert not dialog.restore_button.isDefault() and not dialog.restore_button.autoDefault()
    assert not dialog.restore_button.isEnabled()
    select(dialog, 2)
    assert not dialog.restore_button.isEnabled()  # the damaged one cannot be chosen
    select(dialog, 1)
    assert dialog.restore_button.isEnabled()
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.chosen is None


def test_enter_cancels(qtbot, backed_up: Library) -> None:
    dialog = RestoreDialog(backed_up.path)
    qtbot.addWidget(dialog)
    dialog.show()
    select(dialog, 0)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.chosen is None


def test_the_confirmation_defaults_to_cancel(qtbot, backed_up: Library) -> None:
    info = list_backups(backed_up.path)[0]
    box = RestoreConfirmation(info)
    qtbot.addWidget(box)
    assert box.defaultButton() is box.cancel_button
    assert box.escapeButton() is box.cancel_button
    assert "7 May 2024, 09:30" in box.text() and "2 articles and 1 note." in box.informativeText()


@pytest.mark.parametrize("confirmed", [False, True])
def test_restore_asks_first(qtbot, backed_up: Library, monkeypatch: pytest.MonkeyPatch, confirmed: bool) -> None:
    def answer(box: RestoreConfirmation) -> int:
        button = box.restore_button if confirmed else box.cancel_button
        button.click()
        return 0

    monkeypatch.setattr(RestoreConfirmation, "exec", answer)
    dialog = RestoreDialog(backed_up.path)
    qtbot.addWidget(dialog)
    select(dialog, 1)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    if confirmed:
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert dialog.chosen is not None and dialog.chosen.created == DAY
    else:
        assert dialog.chosen is None and dialog.result() != QDialog.DialogCode.Accepted


def test_no_backups_yet(qtbot, library: Library) -> None:
    dialog = RestoreDialog(library.path)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert "no backups" in dialog.explanation.text()
    assert not dialog.restore_button.isEnabled()


def test_back_up_now_runs_on_a_worker_thread(qtbot, backed_up: Library) -> None:
    runner = BackupRunner()
    with qtbot.waitSignal(runner.finished, timeout=20_000) as finished:
        assert runner.start(backed_up)
        assert runner.running
        assert not runner.start(backed_up)  # one at a time
    info = finished.args[0]
    assert isinstance(info, BackupInfo) and info.notes == 1
    assert not runner.running
    with qtbot.waitSignal(runner.finished, timeout=20_000) as daily:
        runner.start(backed_up, daily=True)
    assert daily.args[0] is None or isinstance(daily.args[0], BackupInfo)


def test_a_failed_backup_says_why(qtbot, tmp_path: Path) -> None:
    runner = BackupRunner()
    with qtbot.waitSignal(runner.failed, timeout=20_000) as failed:
        runner.start(tmp_path / "missing.glossa")
    assert "no library" in failed.args[0]


def test_the_damaged_library_question_defaults_to_reading_only(qtbot, backed_up: Library,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    newest = list_backups(backed_up.path)[0]
    box = DamagedLibraryBox(LibraryDamaged(backed_up.path, "quick_check failed"), newest)
    qtbot.addWidget(box)
    assert box.defaultButton() is box.read_only_button
    assert box.escapeButton() is box.close_button
    assert box.restore_button is not None and "7 May 2024" in box.restore_button.text()
    assert box.choice() is DamagedChoice.CLOSE  # nothing clicked: the same as Esc
    box.read_only_button.click()
    assert box.choice() is DamagedChoice.READ_ONLY
    without = DamagedLibraryBox(LibraryDamaged(backed_up.path, "x"), None)
    qtbot.addWidget(without)
    assert without.restore_button is None and "No good backup" in without.informativeText()
    assert isinstance(without, QMessageBox)
