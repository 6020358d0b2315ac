"""Backups in the window: File > Restore from Backup (a list of the backups with their date, size,
article and note counts, then a confirmation), File > Back up now and the daily backup on open
(on a worker thread), and the question asked when a library turns out to be damaged.

No destructive action is ever the default, Enter or Esc path: Cancel is the default button of
the list and of the confirmation, and Esc cancels both. The restore itself is the caller's: it
closes the library, calls `backup.restore()` and opens it again (see `RestoreDialog.chosen`)."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.store.backup import CAP, KEEP, BackupError, BackupInfo, backup_now, list_backups, maybe_daily_backup
from desktop.store.check import explain_write_error
from desktop.store.db import Library, LibraryDamaged
from desktop.ui.i18n import (
    PLURAL,
    QT_TRANSLATE_NOOP,
    format_data_size,
    format_date,
    format_datetime,
    format_number,
    translate,
    translated,
)
from desktop.ui.operations import Runner, Task

Index = QModelIndex | QPersistentModelIndex


_KINDS = {  # a backup's kind (a key of desktop.store.backup), as shown
    "backup": QT_TRANSLATE_NOOP("BackupDialog", "Backup"),
    "before restore": QT_TRANSLATE_NOOP("BackupDialog", "Before restore"),
    "before upgrade": QT_TRANSLATE_NOOP("BackupDialog", "Before upgrade"),
}


def human_size(size: int) -> str:
    return format_data_size(size)


def _count(value: int | None) -> str:
    return "?" if value is None else format_number(value)


def _articles(count: int | None) -> str:
    if count is None:
        return QCoreApplication.translate("BackupDialog", "an unknown number of articles")
    return translate("BackupDialog", "%Ln article(s)", None, PLURAL, count)


def _notes(count: int | None) -> str:
    if count is None:
        return QCoreApplication.translate("BackupDialog", "an unknown number of notes")
    return translate("BackupDialog", "%Ln note(s)", None, PLURAL, count)


def _kind(kind: str) -> str:
    return QCoreApplication.translate("BackupDialog", _KINDS[kind]) if kind in _KINDS else kind.capitalize()


class BackupTableModel(QAbstractTableModel):
    """The backups of one library, newest first. A handful of rows: the list is the model."""

    COLUMNS = (  # in English, translated when shown
        QT_TRANSLATE_NOOP("BackupTableModel", "Made"),
        QT_TRANSLATE_NOOP("BackupTableModel", "Kind"),
        QT_TRANSLATE_NOOP("BackupTableModel", "Size"),
        QT_TRANSLATE_NOOP("BackupTableModel", "Articles"),
        QT_TRANSLATE_NOOP("BackupTableModel", "Notes"),
        QT_TRANSLATE_NOOP("BackupTableModel", "State"),
    )

    def __init__(self, backups: list[BackupInfo], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._backups = list(backups)

    def backup(self, row: int) -> BackupInfo | None:
        return self._backups[row] if 0 <= row < len(self._backups) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._backups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(
            self.COLUMNS
        ):
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        info = self.backup(index.row()) if index.isValid() else None
        if info is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            state = self.tr("OK") if info.error is None else self.tr("Cannot be used: {reason}").format(
                reason=translated(info.error))
            return (
                format_datetime(info.created),
                _kind(info.kind),
                human_size(info.size),
                _count(info.articles),
                _count(info.notes),
                state,
            )[column] if 0 <= column < len(self.COLUMNS) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        return None


class RestoreDialog(QDialog):
    """File > Restore from Backup. `exec()` returns Accepted only after the user picked a usable
    backup and confirmed; `chosen` is then that backup."""

    def __init__(self, library_path: Path, parent: QWidget | None = None,
                 backups: list[BackupInfo] | None = None) -> None:
        super().__init__(parent)
        self.library_path = library_path
        self.chosen: BackupInfo | None = None
        self.model = BackupTableModel(list_backups(library_path) if backups is None else backups, self)
        self._setup_ui()
        self._connect_signals()
        self._on_selection_changed()

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.resize(720, 380)
        layout = QVBoxLayout(self)
        self.explanation = QLabel(self)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setWordWrap(True)
        self.explanation.setText(
            self.tr("Choose a backup to put in place of the library. The library as it is now is kept as a "
                    "backup too (\"Before restore\"), so a restore can be undone the same way.")
            if self.model.rowCount() else
            self.tr("There are no backups of this library yet. File > Back Up Now makes one; Glossa also makes "
                    "one each day it is opened.")
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons; the arrows move in the table
        self.buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.restore_button.setAutoDefault(False)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.setDefault(True)  # Enter cancels; Esc cancels
        layout.addWidget(self.explanation)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.doubleClicked.connect(self._on_restore_clicked)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    def _on_selection_changed(self, *_args: object) -> None:
        info = self.selected()
        self.restore_button.setEnabled(info is not None and info.usable)

    def confirmation(self, info: BackupInfo) -> RestoreConfirmation:
        return RestoreConfirmation(info, self)

    def _on_restore_clicked(self, *_args: object) -> None:
        info = self.selected()
        if info is None or not info.usable:
            return
        box = self.confirmation(info)
        box.exec()
        if box.clickedButton() is box.restore_button:
            self.chosen = info
            self.accept()


class RestoreConfirmation(QMessageBox):
    """The question before anything changes: Cancel is its default and its Esc button."""

    def __init__(self, info: BackupInfo, parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Warning, self.tr("Restore from Backup"),
                         self.tr("Replace the library with the backup made {time}?").format(
                             time=format_datetime(info.created)), parent=parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setInformativeText(
            self.tr("The backup holds {articles} and {notes}. Work done since then will not be in the library, "
                    "but the library as it is now is kept as a backup (\"Before restore\") that can be restored "
                    "in the same way.").format(articles=_articles(info.articles), notes=_notes(info.notes))
        )
        self.restore_button = self.addButton(self.tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)


def _failure(error: Exception) -> str:
    if isinstance(error, BackupError):
        return translated(error)
    # A bug must not take the window down: report it.
    message = QCoreApplication.translate("BackupDialog", "The backup failed: {error}")
    return message.format(error=translated(explain_write_error(error)))


class BackupRunner(QObject):
    """File > Back Up Now, and the daily backup on open: `backup.backup_now` or
    `backup.maybe_daily_backup` on a worker thread (they open their own SQLite connections).
    `finished` brings the BackupInfo (None: no daily backup was due), `failed` the reason; both
    on the GUI thread. One backup at a time: `start` returns False while one runs."""

    finished = Signal(object)  # BackupInfo | None
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = Runner(self)

    @property
    def running(self) -> bool:
        return self._runner.busy

    def start(self, library: Library | Path, daily: bool = False, keep: int = KEEP, cap: float = CAP) -> bool:
        if self.running:
            return False
        target = library.path if isinstance(library, Library) else Path(library)
        if isinstance(library, Library) and library.read_only:
            if daily:
                self.finished.emit(None)
                return True
            self.failed.emit(self.tr("The library is open read-only ({reason}): back up the file by copying it "
                                     "while Glossa is closed.").format(reason=translated(library.read_only_reason)))
            return True
        job: Callable[[Task[object]], object] = (
            (lambda _task: maybe_daily_backup(target, keep, cap=cap)) if daily
            else (lambda _task: backup_now(target, keep, cap=cap))
        )
        self._runner.write(job, self.finished.emit, on_failure=lambda error: self.failed.emit(_failure(error)))
        return True

    def wait(self, timeout_ms: int = 60_000) -> None:
        """Block until a running backup ends (before the library is closed or switched)."""
        self._runner.wait(timeout_ms)


class DamagedChoice(Enum):
    RESTORE = "restore"  # restore the newest good backup (after RestoreDialog's confirmation)
    READ_ONLY = "read-only"  # open the damaged file read-only (open_read_only)
    CLOSE = "close"


class DamagedLibraryBox(QMessageBox):
    """What to do with a damaged library. The default is opening it read-only and Esc closes:
    neither changes a byte of it. Restoring leads to RestoreDialog's confirmation."""

    def __init__(self, error: LibraryDamaged, newest: BackupInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Critical, self.tr("The library is damaged"), translated(error),
                         parent=parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.restore_button: QPushButton | None = None
        if newest is not None:
            self.setInformativeText(
                self.tr("The newest good backup was made {time} ({articles}, {notes}). Restoring it keeps the "
                        "damaged file as a backup too.").format(
                    time=format_datetime(newest.created), articles=_articles(newest.articles),
                    notes=_notes(newest.notes))
            )
            self.restore_button = self.addButton(
                self.tr("Restore the Backup of {date}…").format(date=format_date(newest.created)),
                QMessageBox.ButtonRole.ActionRole,
            )
        else:
            self.setInformativeText(self.tr("No good backup of this library was found."))
        self.read_only_button = self.addButton(self.tr("Open Read-Only"), QMessageBox.ButtonRole.AcceptRole)
        self.close_button = self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(self.read_only_button)
        self.setEscapeButton(self.close_button)

    def choice(self) -> DamagedChoice:
        clicked = self.clickedButton()
        if clicked is not None and clicked is self.restore_button:
            return DamagedChoice.RESTORE
        if clicked is self.read_only_button:
            return DamagedChoice.READ_ONLY
        return DamagedChoice.CLOSE


def ask_about_damaged_library(parent: QWidget | None, error: LibraryDamaged,
                              newest: BackupInfo | None) -> DamagedChoice:
    box = DamagedLibraryBox(error, newest, parent)
    box.exec()
    return box.choice()
