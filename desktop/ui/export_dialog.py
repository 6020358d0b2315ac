"""File > Export…: format, scope, pseudonyms, destination; the export runs on a worker thread
(desktop/exporting.run_export, with its own database connection) with a progress bar and
Cancel. An existing file is replaced only after the user says so; files are written to a
temporary file and renamed, so a cancel or a crash never leaves half a file."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.exporting.files import ExportCancelled, ExportError, existing
from desktop.exporting.formats import FORMATS, LABELS, SUFFIXES
from desktop.exporting.run import ExportOptions, ExportResult, destinations, run_export
from desktop.exporting.scope import Scope, ScopeError
from desktop.store import annotations as annotation_store
from desktop.store.check import explain_write_error
from desktop.store.db import Library
from desktop.ui.i18n import PLURAL, QT_TRANSLATE_NOOP, format_number, translate, translated
from desktop.ui.operations import Runner, Task
from desktop.ui.session import ONLY_MINE, CoderView, Session, call_on

# In English, translated when shown (context ExportDialog).
_FILTERS = {
    "json": QT_TRANSLATE_NOOP("ExportDialog", "Glossa JSON (*.json)"),
    "markdown": QT_TRANSLATE_NOOP("ExportDialog", "Markdown (*.md)"),
    "qdpx": QT_TRANSLATE_NOOP("ExportDialog", "REFI-QDA project (*.qdpx)"),
}
_LABELS = {  # desktop.exporting.LABELS, for the translators
    "json": QT_TRANSLATE_NOOP("ExportDialog", "JSON (Glossa, lossless)"),
    "csv": QT_TRANSLATE_NOOP("ExportDialog", "CSV (spreadsheets, pandas, R)"),
    "markdown": QT_TRANSLATE_NOOP("ExportDialog", "Markdown report"),
    "qdpx": QT_TRANSLATE_NOOP("ExportDialog", "REFI-QDA project (.qdpx)"),
}


def _label(fmt: str) -> str:
    return QCoreApplication.translate("ExportDialog", _LABELS[fmt]) if fmt in _LABELS else LABELS[fmt]


def confirm_overwrite(parent: QWidget, paths: Sequence[Path]) -> bool:
    """Ask before replacing files (the paths shown as typed, never as markup)."""
    names = "\n".join(str(p) for p in paths)
    exist = QCoreApplication.translate("ExportDialog", "These files exist already:")
    replace = QCoreApplication.translate("ExportDialog", "Replace them with the export?")
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("ExportDialog", "Replace files?"),
                      f"{exist}\n\n{names}\n\n{replace}",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)  # fmt: skip
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def show_message(parent: QWidget, title: str, text: str, warning: bool = False) -> None:
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


ALL_CODERS_VIEW = CoderView()


class ExportDialog(QDialog):
    """Export the library or part of it. The caller says what "selected articles", "current
    search results" and "a tag" are; choices it cannot offer are disabled."""

    exported = Signal(object)  # ExportResult, after a successful export

    def __init__(
        self,
        library: Library,
        parent: QWidget | None = None,
        selected_article_ids: Iterable[int] = (),
        search_query: str = "",
        tag_ids: Iterable[int] = (),
        coder_view: CoderView = ALL_CODERS_VIEW,
        coder: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.coder_view = coder_view  # the window's: blind coding exports only the coder's own work
        self.coder = coder  # its coder (Session.view_coder()); None: every coder's work
        self.selected_article_ids = tuple(selected_article_ids)
        self.search_query = search_query.strip()
        self.tag_ids = tuple(tag_ids)
        self.export_result: ExportResult | None = None
        self._runner = Runner(self)
        self._task: Task[ExportResult] | None = None
        self._setup_ui()
        self._connect_signals()
        self._update_state()

    # -- building ----------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.format_combo = QComboBox(self)
        for fmt in FORMATS:
            self.format_combo.addItem(_label(fmt), fmt)
        self.format_combo.setAccessibleName(self.tr("Format"))
        form.addRow(self.tr("&Format:"), self.format_combo)
        layout.addLayout(form)

        scope_box = QGroupBox(self.tr("What to export"), self)
        scope_layout = QVBoxLayout(scope_box)
        self.scope_group = QButtonGroup(self)
        self.all_radio = QRadioButton(self.tr("The whole library"), scope_box)
        count = len(self.selected_article_ids)
        self.selected_radio = QRadioButton(
            self.tr("The selected articles (%n)", "", count) if count else self.tr("The selected articles (none)"),
            scope_box,
        )
        query = self.search_query if len(self.search_query) <= 60 else self.search_query[:59] + "…"
        self.search_radio = QRadioButton(
            self.tr("The current search results: “{query}”").format(query=query) if query
            else self.tr("The current search results (no search)"),
            scope_box,
        )
        paths = [self._tag_path(tag_id) for tag_id in self.tag_ids]
        self.tag_radio = QRadioButton(
            self.tr("Everything tagged {tags} (with the tags below)").format(tags=", ".join(p for p in paths if p))
            if any(paths) else self.tr("Everything carrying a tag (no tag chosen)"),
            scope_box,
        )  # fmt: skip
        for button in (self.all_radio, self.selected_radio, self.search_radio, self.tag_radio):
            self.scope_group.addButton(button)
            scope_layout.addWidget(button)
        self.all_radio.setChecked(True)
        layout.addWidget(scope_box)

        self.pseudonymise_check = QCheckBox(
            self.tr("&Pseudonymise commenters (handles and names become “Commenter 17”)"), self)
        self.excel_check = QCheckBox(self.tr("Add a byte-order mark so &Excel reads the CSV as UTF-8"), self)
        self.comment_sources_check = QCheckBox(
            self.tr("Each &comment also as a source of its own (REFI-QDA, to analyse per comment)"), self)
        self.coder_label = QLabel(self)
        self.coder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.coder_label.setWordWrap(True)
        if self.coder is not None:
            self.coder_label.setText(
                self.tr("You are coding blind (Only Mine): the export holds only your own codings, notes, "
                        "highlights and coded marks, and no agreement table.")
                if self.coder_view.kind == ONLY_MINE else
                self.tr("Only {coder}'s codings, notes, highlights and coded marks are exported, as the window "
                        "shows them.").format(coder=self.coder_view.name))
        self.coder_label.setVisible(self.coder is not None)
        layout.addWidget(self.coder_label)
        layout.addWidget(self.pseudonymise_check)
        layout.addWidget(self.excel_check)
        layout.addWidget(self.comment_sources_check)

        destination = QHBoxLayout()
        self.destination_edit = QLineEdit(self)
        self.destination_edit.setAccessibleName(self.tr("Destination"))
        self.destination_edit.setPlaceholderText(self.tr("Choose where to save the export"))
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        destination.addWidget(self.destination_edit, 1)
        destination.addWidget(self.browse_button)
        self.destination_label = QLabel(self.tr("&Save to:"), self)
        self.destination_label.setBuddy(self.destination_edit)
        layout.addWidget(self.destination_label)
        layout.addLayout(destination)

        self.progress_bar = QProgressBar(self)
        self.progress_bar.setVisible(False)
        self.status_label = QLabel(self)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("E&xport"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(self.buttons)

    def _tag_path(self, tag_id: int) -> str:
        try:
            return call_on(self.library, annotation_store.tag_path, tag_id)
        except annotation_store.TagError:
            return ""

    def _connect_signals(self) -> None:
        self.format_combo.currentIndexChanged.connect(self._on_format_changed)
        self.destination_edit.textChanged.connect(self._update_state)
        self.browse_button.clicked.connect(self._on_browse)
        self.export_button.clicked.connect(self._on_export)
        self.close_button.clicked.connect(self._on_close_clicked)

    # -- state -------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._runner.busy

    def format(self) -> str:
        return str(self.format_combo.currentData())

    def scope(self) -> Scope:
        if self.selected_radio.isChecked():
            return Scope.articles(list(self.selected_article_ids))
        if self.search_radio.isChecked():
            return Scope.search(self.search_query)
        if self.tag_radio.isChecked():
            return Scope.tags(list(self.tag_ids))
        return Scope.whole_library()

    def destination(self) -> Path | None:
        text = self.destination_edit.text().strip()
        return Path(text).expanduser() if text else None

    def _update_state(self) -> None:
        idle = not self.running
        for widget in (self.format_combo, self.pseudonymise_check, self.destination_edit, self.browse_button):
            widget.setEnabled(idle)
        self.all_radio.setEnabled(idle)
        self.selected_radio.setEnabled(idle and bool(self.selected_article_ids))
        self.search_radio.setEnabled(idle and bool(self.search_query))
        self.tag_radio.setEnabled(idle and bool(self.tag_ids))
        self.excel_check.setEnabled(idle and self.format() == "csv")
        self.comment_sources_check.setEnabled(idle and self.format() == "qdpx")
        self.export_button.setEnabled(idle and self.destination() is not None)
        self.close_button.setText(self.tr("Cancel") if self.running else self.tr("Close"))
        self.destination_label.setText(
            self.tr("&Save into folder (or NAME.csv):") if self.format() == "csv" else self.tr("&Save to:")
        )

    def _on_format_changed(self) -> None:
        """Keep the destination's name in step with the format."""
        path = self.destination()
        if path is not None:
            suffix = SUFFIXES[self.format()]
            known = path.suffix.lower() in {s for s in SUFFIXES.values() if s}  # a folder (CSV) has none
            if (known or not path.suffix) and path.suffix.lower() != suffix:
                self.destination_edit.setText(str(path.with_suffix(suffix)))
        self._update_state()

    # -- actions -----------------------------------------------------------------------------

    def _on_browse(self) -> None:
        fmt = self.format()
        current = self.destination()
        start = current if current is not None else Path.home() / f"glossa-export{SUFFIXES[fmt]}"
        if fmt == "csv":
            folder = QFileDialog.getExistingDirectory(self, self.tr("Export CSV files into a folder"), str(start.parent
                                                      if start.suffix else start))  # fmt: skip
            if folder:
                self.destination_edit.setText(folder)
            return
        # We ask before replacing when Export is pressed, with the files the export would write.
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export to"), str(start), self.tr(_FILTERS[fmt]), "",
                                                    QFileDialog.Option.DontConfirmOverwrite)  # fmt: skip
        if path:
            chosen = Path(path)
            if chosen.suffix.lower() != SUFFIXES[fmt]:
                chosen = chosen.with_name(chosen.name + SUFFIXES[fmt])
            self.destination_edit.setText(str(chosen))

    def _on_export(self) -> None:
        path = self.destination()
        if path is None or self.running:
            return
        fmt = self.format()
        try:
            found = existing(destinations(fmt, path))
        except ExportError as error:
            self.status_label.setText(translated(error))
            return
        overwrite = False
        if found:
            if not confirm_overwrite(self, found):
                self.status_label.setText(self.tr("Nothing was exported: the files are still as they were."))
                return
            overwrite = True
        options = ExportOptions(pseudonymise=self.pseudonymise_check.isChecked(),
                                excel=self.excel_check.isChecked() and fmt == "csv", overwrite=overwrite,
                                comment_sources=self.comment_sources_check.isChecked() and fmt == "qdpx",
                                coder=self.coder)  # fmt: skip
        self._start(fmt, path, self.scope(), options)

    def _start(self, fmt: str, path: Path, scope: Scope, options: ExportOptions) -> None:
        library = self.library

        def export(task: Task[ExportResult]) -> ExportResult:
            return run_export(library, fmt, path, scope, options, cancelled=task.cancelled,
                              progress=lambda done, total: task.report((done, total)))  # fmt: skip

        self._task = self._runner.write(export, self._on_finished, library=library, on_failure=self._on_failed,
                                        on_progress=self._on_progressed, on_cancelled=self._on_cancelled)  # fmt: skip
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setVisible(True)
        self.status_label.setText(self.tr("Exporting…"))
        self._update_state()

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.status_label.setText(self.tr("Cancelling…"))

    def _on_close_clicked(self) -> None:
        if self.running:
            self.cancel()
        else:
            self.reject()

    def _on_progressed(self, progress: tuple[int, int]) -> None:
        done, total = progress
        if self._task is None or self._task.cancelled():
            return
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.status_label.setText(self.tr("Exporting: {done} of %Ln article(s)", "", total).format(
            done=format_number(done)))

    def _finish_thread(self) -> None:
        self._task = None
        self.progress_bar.setVisible(False)
        self._update_state()

    def _on_finished(self, result: ExportResult) -> None:
        self._finish_thread()
        self.export_result = result
        written = "\n".join(str(p) for p in result.paths)
        articles = self.tr("%Ln article(s)", "", result.articles)
        comments = self.tr("%Ln comment(s)", "", result.comments)
        text = self.tr("Exported {articles} and {comments} ({scope}) to:").format(
            articles=articles, comments=comments, scope=translated(result.scope))
        text += f"\n{written}"
        self.status_label.setText(text)
        self.exported.emit(result)
        show_message(self, self.tr("Export finished"), text)
        self.accept()

    def _on_failed(self, error: Exception) -> None:
        if isinstance(error, ExportCancelled):  # cancelled by itself
            self._on_cancelled()
            return
        if isinstance(error, (ExportError, ScopeError)):
            message = translated(error)
        else:  # a bug or a failing disk: tell the user, keep the window alive
            message = translated(explain_write_error(error))  # "The disk is full…", else "Type: message"
        self._finish_thread()
        self.status_label.setText(self.tr("The export failed: {reason}").format(reason=message))
        failed = self.tr("The export failed; nothing was written.")
        show_message(self, self.tr("Export failed"), f"{failed}\n\n{message}", warning=True)

    def _on_cancelled(self) -> None:
        self._finish_thread()
        self.status_label.setText(self.tr("Cancelled: nothing was written."))

    def wait(self) -> None:
        """Cancel a running export and wait for its thread to end (before the window closes).
        The file it was writing is not left behind."""
        if self.running:
            self.cancel()
            self._runner.cancel()  # nobody is left to be told how it ended
            self._runner.wait()
            self._finish_thread()

    def reject(self) -> None:
        if self.running:
            self.cancel()
            return  # the worker ends soon; the dialog closes when the user asks again
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)


class Exports(QObject):
    """The window's Export…: one dialog at a time, told what the list has selected, what the
    search shows and which tags the sidebar has chosen; `message` says where the export went,
    for the status bar."""

    message = Signal(str, int)  # text, milliseconds shown

    def __init__(self, session: Session, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.session = session
        self.parent_widget = parent_widget
        self.dialog: ExportDialog | None = None

    def open(self, selected_article_ids: Iterable[int], search_query: str, tag_ids: Iterable[int]) -> ExportDialog:
        dialog = ExportDialog(self.session.library, self.parent_widget, selected_article_ids=selected_article_ids,
                              search_query=search_query, tag_ids=tuple(tag_ids),
                              coder_view=self.session.coder_view, coder=self.session.view_coder())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(self._on_exported)
        dialog.destroyed.connect(self._on_destroyed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def wait(self) -> None:
        """An export running ends before the library closes."""
        if self.dialog is not None:
            self.dialog.wait()

    def _on_destroyed(self) -> None:
        self.dialog = None

    def _on_exported(self, result: ExportResult) -> None:
        count, paths = result.articles, ", ".join(str(p) for p in result.paths)
        # The window's text: its catalogue context keeps the translations.
        text = translate("MainWindow", "Exported %Ln article(s) to {paths}", None, PLURAL, count)
        self.message.emit(text.format(paths=paths), 10_000)
