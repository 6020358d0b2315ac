"""An import's job and its report: the job runs `import_paths` as an operation; the
dialog and the full report file say what was imported, skipped and cut short. Loaded with the
first import, not at start-up (the importer brings the parser and charset detection with it)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ingest.importer import (
    FileReport,
    ImportReport,
    ReportFormat,
    ReportLog,
    import_paths,
)
from desktop.paths import server_reports_dir
from desktop.store.check import explain_write_error
from desktop.store.db import Library
from desktop.ui.i18n import PLURAL, format_datetime, translate, translated
from desktop.ui.operations import Task


def import_job(library: Library, paths: Sequence[str]) -> Callable[[Task[ImportReport]], ImportReport]:
    """`import_paths` as an operation's job (desktop/ui/operations.py): its progress reported, a
    cancel asked for between files; the full report beside the library, in the UI's language
    (the dialog keeps only a part)."""
    log = ReportLog(TranslatedReportFormat(), folder=server_reports_dir(library.name) if library.url else None)

    def job(task: Task[ImportReport]) -> ImportReport:
        return import_paths(library, paths, progress=task.report, cancelled=task.cancelled, log=log)

    return job


def import_failure(error: Exception) -> str:
    """Why an import failed (a bug or a full disk): "The disk is full…", else "Type: message"."""
    return translated(explain_write_error(error))


class ImportReportDialog(QDialog):
    """What an import did: totals, then every skipped file and the first notes; where the full
    report is, with buttons to open it and its folder."""

    def __init__(self, report: ImportReport | None, parent: QWidget | None = None, failure: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import report"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(680, 420)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.full_report = QLabel(self)
        self.full_report.setTextFormat(Qt.TextFormat.PlainText)
        self.full_report.setWordWrap(True)
        self.full_report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.full_report.hide()
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Import details"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.open_report = QPushButton(self.tr("Open Full Report"), self)
        self.open_folder = QPushButton(self.tr("Open Folder"), self)
        for button in (self.open_report, self.open_folder):
            button.setAutoDefault(False)  # Enter closes the dialog, as before; it opens nothing
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.hide()  # shown when there is a full report
        layout.addWidget(self.summary)
        layout.addWidget(self.full_report)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.log_path: Path | None = None
        if report is None:
            self.summary.setText(
                self.tr("The import stopped because of an error. Everything imported before it was kept.")
                + "\n\n" + failure
            )
            self.details.setPlainText(failure)
            return
        self.summary.setText(summary_text(report))
        self.details.setPlainText(details_text(report))
        where = full_report_text(report)
        if where:
            self.full_report.setText(where)
            self.full_report.show()
        if report.log_path is not None and report.log_path.exists():
            self.log_path = report.log_path
            self.open_report.show()
            self.open_folder.show()
            self.open_report.clicked.connect(self._on_open_report)
            self.open_folder.clicked.connect(self._on_open_folder)

    def _on_open_report(self) -> None:
        if self.log_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path)))  # a local file, never the network

    def _on_open_folder(self) -> None:
        if self.log_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))


def summary_text(report: ImportReport, above: bool = False) -> str:
    """The totals. `above`: at the end of the full report, below the files with problems."""
    # Counts go to `translate` as plain names: lupdate's Python parser hangs on some expressions there.
    added, merged = report.total("articles_added"), report.total("articles_merged")
    comments, files, skipped = report.total("comments_added"), report.file_count, len(report.skipped)
    text = QCoreApplication.translate("ImportReport", "{articles} and {comments} imported {from_files}.").format(
        articles=translate("ImportReport", "%Ln new article(s)", None, PLURAL, added),
        comments=translate("ImportReport", "%Ln comment(s)", None, PLURAL, comments),
        from_files=translate("ImportReport", "from %Ln file(s)", None, PLURAL, files),
    )
    if merged:
        text += " " + translate(
            "ImportReport", "%Ln article(s) already in the library got new comments from a newer scrape.", None,
            PLURAL, merged)
    unchanged = report.total("articles_unchanged")
    if unchanged:
        text += " " + translate(
            "ImportReport", "%Ln article(s) were already in the library unchanged.", None, PLURAL, unchanged)
    if skipped and above:
        text += "\n" + translate("ImportReport", "%Ln file(s) had problems; see above.", None, PLURAL, skipped)
    elif skipped:
        text += "\n" + translate("ImportReport", "%Ln file(s) had problems; see below.", None, PLURAL, skipped)
    if report.cancelled:
        text += "\n" + QCoreApplication.translate(
            "ImportReport",
            "The import was cancelled: everything imported before that is kept; the rest was not imported.")
    if getattr(report, "stopped", None):
        text += "\n" + QCoreApplication.translate(
            "ImportReport", "The import stopped: {reason} Everything imported before that is kept.").format(
            reason=translated(report.stopped or ""))
    return text


def full_report_text(report: ImportReport) -> str:
    """Where the full report is, or why it is missing or stops short ("" when none was asked for)."""
    path = str(report.log_path or "")
    if report.log_error and path:
        return QCoreApplication.translate(
            "ImportReport", "The full report, {path}, stops short: {reason}. What it misses is shown here.").format(
            path=path, reason=report.log_error)
    if report.log_error:
        return QCoreApplication.translate(
            "ImportReport", "No full report could be written: {reason}. Everything is shown here.").format(
            reason=report.log_error)
    if path:
        return QCoreApplication.translate(
            "ImportReport", "The full report, every file and note included, is in {path}").format(path=path)
    return ""


def details_text(report: ImportReport) -> str:
    skipped = QCoreApplication.translate("ImportReport", "SKIPPED")
    problem_label = QCoreApplication.translate("ImportReport", "PROBLEM")
    note = QCoreApplication.translate("ImportReport", "note", "a line of the import log")
    width = max(len(skipped), len(problem_label), len(note)) + 2
    indent = " " * width
    lines: list[str] = []
    for file_report in report.files:
        if file_report.skipped:
            lines.append(f"{skipped.ljust(width)}{file_report.path}\n{indent}{translated(file_report.skipped)}")
        for problem in file_report.problems:
            lines.append(f"{problem_label.ljust(width)}{file_report.path}\n{indent}{translated(problem)}")
    for file_report in report.files:
        for warning in file_report.warnings:
            lines.append(f"{note.ljust(width)}{Path(file_report.path).name}: {translated(warning)}")
    more = report.notes_not_kept
    if more:
        lines.append(translate("ImportReport", "%Ln more note(s) are in the full report.", None, PLURAL, more))
    if report.ignored:
        ignored = len(report.ignored)
        lines.append(translate(
            "ImportReport", "%Ln file(s) not read: neither text nor JSON-lines by their name:", None, PLURAL, ignored))
        lines += [f"{indent}{path}" for path in report.ignored]
    if not lines:
        return QCoreApplication.translate("ImportReport", "Nothing was skipped and nothing needed a note.")
    return "\n".join(lines)


class TranslatedReportFormat(ReportFormat):
    """The full report in the UI's language, laid out as the dialog's details. Runs on the
    import's thread: translating is thread-safe, and nothing here touches a widget."""

    def __init__(self) -> None:
        self.skipped = QCoreApplication.translate("ImportReport", "SKIPPED")
        self.problem = QCoreApplication.translate("ImportReport", "PROBLEM")
        self.note = QCoreApplication.translate("ImportReport", "note", "a line of the import log")
        self.ok = QCoreApplication.translate("ImportReport", "ok", "a line of the import log: a file imported whole")
        self.width = max(len(self.skipped), len(self.problem), len(self.ok)) + 2
        self.indent = " " * self.width

    def header(self, started: datetime, library: Path, sources: Sequence[str]) -> str:
        title = QCoreApplication.translate("ImportReportDialog", "Import report")
        lines = [f"{title}: {format_datetime(started)}",
                 QCoreApplication.translate("ImportReport", "Library: {path}").format(path=str(library))]
        lines += [QCoreApplication.translate("ImportReport", "Imported from: {path}").format(path=source)
                  for source in sources]
        return "\n".join([*lines, ""])

    def file_line(self, report: FileReport) -> str:
        if report.skipped:
            return f"{self.skipped.ljust(self.width)}{report.path}\n{self.indent}{translated(report.skipped)}"
        added, merged, unchanged = report.articles_added, report.articles_merged, report.articles_unchanged
        comments = report.comments_added
        parts = [translate("ImportReport", "%Ln new article(s)", None, PLURAL, added)]
        if merged:
            parts.append(translate("ImportReport", "%Ln article(s) merged with a newer scrape", None, PLURAL, merged))
        if unchanged:
            parts.append(translate("ImportReport", "%Ln article(s) already in the library", None, PLURAL, unchanged))
        parts.append(translate("ImportReport", "%Ln comment(s)", None, PLURAL, comments))
        label = self.problem if report.problems else self.ok
        return f"{label.ljust(self.width)}{report.path}: {', '.join(parts)}"

    def problem_line(self, problem: str) -> str:
        return f"{self.indent}{translated(problem)}"

    def note_line(self, note: str) -> str:
        return f"{self.indent}{self.note}: {translated(note)}"

    def footer(self, report: ImportReport) -> str:
        lines = [summary_text(report, above=True)]
        if report.ignored:
            ignored = len(report.ignored)
            lines.append(translate(
                "ImportReport", "%Ln file(s) not read: neither text nor JSON-lines by their name:", None, PLURAL,
                ignored))
            lines += [f"{self.indent}{path}" for path in report.ignored]
        return "\n".join(lines)


