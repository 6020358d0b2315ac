"""Import from the window (a menu's files or folder, files dropped on it): runs on a worker thread
with a progress dialog and Cancel, then shows what was imported, skipped and cut short. The
window never waits on the import; closing it while one runs asks first."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMimeData, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop import APP_NAME
from desktop.store.db import Library
from desktop.ui.i18n import PLURAL, translate
from desktop.ui.operations import Runner, Task
from desktop.ui.session import Session

if TYPE_CHECKING:
    from desktop.ingest.importer import ImportReport, Progress


class ImportController(QObject):
    """Owns one import at a time, into the session's library. `imported` fires after each
    import, even a cancelled one; `message` says what came in, for the status bar. The texts
    were the main window's: its catalogue context keeps their translations."""

    imported = Signal(object)  # ImportReport
    message = Signal(str, int)  # text, milliseconds shown

    def __init__(self, session: Session, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.session = session
        self.parent_widget = parent_widget
        self._runner = Runner(self)
        self._task: Task[ImportReport] | None = None
        self._dialog: QProgressDialog | None = None

    @property
    def running(self) -> bool:
        return self._runner.busy

    def import_paths(self, paths: list[str]) -> None:
        """Import into the open library, unless an import runs already (the user is told)."""
        if self.running:
            QMessageBox.information(self.parent_widget, APP_NAME,
                                    translate("MainWindow", "An import is already running."))
            return
        self.start(self.session.library, paths)

    def dropped_paths(self, mime: QMimeData) -> list[str]:
        """The local files and folders dragged onto the window: what a drop would import."""
        return paths_from_drop(mime.urls()) if mime.hasUrls() else []

    def stop_for_quit(self) -> bool:
        """The window closes: an import running is stopped if the user agrees (what it imported
        so far is kept). False: the user keeps the window open."""
        if not self.running:
            return True
        answer = QMessageBox.question(
            self.parent_widget, APP_NAME,
            translate("MainWindow", "An import is running. Stop it and quit? What was imported so far is kept."),
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.cancel()
        self.wait()
        return True

    def start(self, library: Library, paths: Sequence[str | Path]) -> bool:
        if self.running or not paths:
            return False
        from desktop.ui.import_report import import_job  # the importer loads with the first import

        self._task = self._runner.write(import_job(library, [str(p) for p in paths]), self._on_finished,
                                        library=library, on_failure=self._on_failed,
                                        on_progress=self._on_progressed)  # fmt: skip
        self._dialog = QProgressDialog(self.tr("Preparing the import…"), self.tr("Cancel"), 0, 0, self.parent_widget)
        self._dialog.setWindowTitle(self.tr("Importing"))
        self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._dialog.setMinimumDuration(300)
        self._dialog.setMinimumWidth(460)
        self._dialog.setAutoClose(False)
        self._dialog.setAutoReset(False)
        self._dialog.canceled.connect(self.cancel)
        return True

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            if self._dialog is not None:
                self._dialog.setLabelText(self.tr("Cancelling after the current file…"))

    def wait(self, timeout_ms: int = 30_000) -> None:
        """Block until the worker ends (used on close)."""
        self._runner.wait(timeout_ms)

    def _on_progressed(self, progress: Progress) -> None:
        if self._dialog is None or self._task is None or self._task.cancelled():
            return
        self._dialog.setMaximum(max(progress.total, 1))
        self._dialog.setValue(progress.done)
        name = Path(progress.current).name if progress.current else ""
        file = self.tr("File {number} of {total}: {name}").format(
            number=min(progress.done + 1, progress.total), total=progress.total, name=name)
        so_far = self.tr("{articles} and {comments} imported so far").format(
            articles=self.tr("%Ln article(s)", "", progress.articles),
            comments=self.tr("%Ln comment(s)", "", progress.comments))
        self._dialog.setLabelText(f"{file}\n{so_far}")

    def _finish(self) -> None:
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        self._task = None

    def _on_finished(self, report: ImportReport) -> None:
        self._finish()
        self.imported.emit(report)
        articles, comments = report.total("articles_added"), report.total("comments_added")
        self.message.emit(translate("MainWindow", "Imported {articles} and {comments}").format(
            articles=translate("MainWindow", "%Ln article(s)", None, PLURAL, articles),
            comments=translate("MainWindow", "%Ln comment(s)", None, PLURAL, comments)), 8000)
        from desktop.ui.import_report import ImportReportDialog

        ImportReportDialog(report, self.parent_widget).open()

    def _on_failed(self, error: Exception) -> None:
        self._finish()
        from desktop.ingest.importer import ImportReport
        from desktop.ui.import_report import ImportReportDialog, import_failure

        self.imported.emit(ImportReport(cancelled=True))
        dialog = ImportReportDialog(None, self.parent_widget, failure=import_failure(error))
        dialog.open()


def paths_from_drop(urls: Sequence[Any]) -> list[str]:
    return [url.toLocalFile() for url in urls if url.isLocalFile()]
