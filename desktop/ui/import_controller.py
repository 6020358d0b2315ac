"""Import from the window: runs on a worker thread with a progress dialog and Cancel, then
shows what was imported, skipped and cut short. The window never waits on the import."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.store.db import Library
from desktop.ui.worker import end_thread

if TYPE_CHECKING:
    from desktop.ingest.importer import ImportReport, Progress
    from desktop.ui.import_report import ImportWorker


class ImportController(QObject):
    """Owns one import at a time. `imported` fires after each import, even a cancelled one."""

    imported = Signal(object)  # ImportReport

    def __init__(self, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        self._thread: QThread | None = None
        self._worker: ImportWorker | None = None
        self._dialog: QProgressDialog | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, library: Library, paths: Sequence[str | Path]) -> bool:
        if self.running or not paths:
            return False
        from desktop.ui.import_report import ImportWorker  # the importer loads with the first import

        self._worker = ImportWorker(library, [str(p) for p in paths])
        self._thread = QThread(self)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progressed)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._dialog = QProgressDialog(self.tr("Preparing the import…"), self.tr("Cancel"), 0, 0, self.parent_widget)
        self._dialog.setWindowTitle(self.tr("Importing"))
        self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._dialog.setMinimumDuration(300)
        self._dialog.setMinimumWidth(460)
        self._dialog.setAutoClose(False)
        self._dialog.setAutoReset(False)
        self._dialog.canceled.connect(self.cancel)
        self._thread.start()
        return True

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel_event.set()
            if self._dialog is not None:
                self._dialog.setLabelText(self.tr("Cancelling after the current file…"))

    def wait(self, timeout_ms: int = 30_000) -> None:
        """Block until the worker ends (used on close)."""
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait(timeout_ms)

    def _on_progressed(self, progress: Progress) -> None:
        if self._dialog is None or self._worker is None or self._worker.cancel_event.is_set():
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

    def _finish_thread(self) -> None:
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        end_thread(self._thread, self._worker)
        self._thread = self._worker = None

    def _on_finished(self, report: ImportReport) -> None:
        self._finish_thread()
        self.imported.emit(report)
        from desktop.ui.import_report import ImportReportDialog

        ImportReportDialog(report, self.parent_widget).open()

    def _on_failed(self, message: str) -> None:
        self._finish_thread()
        from desktop.ingest.importer import ImportReport
        from desktop.ui.import_report import ImportReportDialog

        self.imported.emit(ImportReport(cancelled=True))
        dialog = ImportReportDialog(None, self.parent_widget, failure=message)
        dialog.open()


def paths_from_drop(urls: Sequence[Any]) -> list[str]:
    return [url.toLocalFile() for url in urls if url.isLocalFile()]
