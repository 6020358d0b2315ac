"""The note panel: Markdown notes on articles, comments, highlights, commenters and tags.

Notes save themselves: 800 ms after the last keystroke, and while typing goes on without a pause
at most 700 ms after the first keystroke not yet saved, so a crash loses less than a second of
typing whatever the rhythm; at once when the editor loses focus, when another target is shown
and on `flush()` (the window calls it when it closes). The saves made while typing goes on are
checkpoints: they replace one another in the note's history, which keeps one version a burst. A save that
fails keeps the text in the editor, says why, and is tried again on the next edit or flush;
the text of a target left while its save was failing is kept too, and retried on every flush
until it is saved. Every save that changed something is handed to the window as a `Change`
(`note_saved`) for its undo stack. It follows the session: a library closing gets its pending
text, another one opened empties it.

The preview renders the Markdown, raw HTML off, and loads nothing: not an image, not a file, not
a URL. A clicked http(s) link opens in the browser after the user confirms; other links never.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QHideEvent,
    QPalette,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.store import annotations as annotation_store
from desktop.store import coders
from desktop.store.annotations import AnnotationError, Change, RevisionInfo, Target
from desktop.store.db import Library
from desktop.store.models import OWNER_ID
from desktop.ui.i18n import QT_TRANSLATE_NOOP, format_datetime, format_time, format_timestamp, translated
from desktop.ui.safe_text import SafeTextBrowser
from desktop.ui.session import Session, call_on, session_of

AUTOSAVE_MS = 800  # after a pause in typing
MAX_UNSAVED_MS = 700  # after the first unsaved keystroke, however the typing goes on
NO_TARGET_TEXT = QT_TRANSLATE_NOOP("NoteEditor", "Select an article, a comment or a tag to write a note")
HIDDEN_NOTE_TEXT = QT_TRANSLATE_NOOP(
    "NoteEditor", "Another coder's note is on this; it is hidden while only some coders' work is shown "
    "(View > Coders > All Coders shows it).")
_MARKDOWN = QTextDocument.MarkdownFeature(
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub.value | QTextDocument.MarkdownFeature.MarkdownNoHTML.value
)
Index = QModelIndex | QPersistentModelIndex


def _one_line(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _reason(error: Exception) -> str:
    return translated(error) or type(error).__name__


def _confirm_open(parent: QWidget, url: QUrl) -> bool:
    """Ask before a link in a note leaves the app. The address is shown as plain text."""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("NoteEditor", "Open link"), "",
                      parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    question = QCoreApplication.translate("NoteEditor", "Open this address in your web browser?")
    box.setText(f"{question}\n\n{url.toString()}")
    box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Open


class MarkdownPreview(SafeTextBrowser):
    """A note rendered: Markdown without raw HTML; never fetches a resource; links only signal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document().setDocumentMargin(8)

    def show_markdown(self, text: str) -> None:
        self.document().setMarkdown(text, _MARKDOWN)


class ElidedLabel(QLabel):
    """One line of plain text, cut with "…" to the width it gets; never widens its panel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._full = ""

    def set_full_text(self, text: str) -> None:
        self._full = " ".join(text.split())
        # the whole text on hover, escaped: a tooltip would otherwise read markup in it
        self.setToolTip(f"<qt>{html.escape(self._full)}</qt>" if self._full else "")
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(0, self.contentsRect().width())
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width))


@dataclass
class _Unsaved:
    """The text of a target the editor left while its save was failing."""

    library: Library
    target: Target
    note_id: int | None
    text: str
    coder_name: str | None


def _save_note(
    library: Library, target: Target, note_id: int | None, text: str, keep_revision: bool = True,
    coder_name: str | None = None, base: str | None = None,
) -> Change:
    """set_note, or, when the target has gone (the note is detached), the note by its id. A new
    note is the coder's (the owner's when no coder is named; the login's on a server). `base`:
    the text the editor last showed as stored (see annotations.set_note)."""
    coder = call_on(library, coders.current_coder, coder_name) if coder_name or library.url else OWNER_ID
    try:
        return call_on(library, annotation_store.set_note, target, text, keep_revision, coder, base)
    except AnnotationError:
        if note_id is None or call_on(library, annotation_store.note_by_id, note_id) is None:
            raise
        return call_on(library, annotation_store.edit_note, note_id, text, keep_revision, base, coder)


class NoteEditor(QWidget):
    note_saved = Signal(object)  # the Change of a save that changed the library
    save_failed = Signal(str)  # why a save failed; the text stays in the editor

    def __init__(self, session: Session | Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session_of(session, self)
        self.library = self.session.library  # the one the text in the editor belongs to
        self.coder_name: str | None = None  # whose a new note is (the window's coder); None: the owner's
        self._target: Target | None = None
        self._label = ""
        self._note_id: int | None = None  # kept when the note is emptied, for its history
        self._stored = ""  # the note's text in the library, as last read or written
        self._clean = ""  # the editor's text that matches _stored
        self._unsaved: list[_Unsaved] = []
        self._loading = False
        self._after_checkpoint = False  # the stored text is a checkpoint: the next save replaces it
        self._not_saved_shown = False  # the status says a save failed: edits do not hide that
        self._retrying_shown = False  # the status tells of earlier notes not saved yet
        self._hidden = False  # the target's note is another coder's, hidden by the coder view
        self.history_dialog: NoteHistoryDialog | None = None
        self._setup_ui()
        self._connect_signals()
        self._load(None)

    def _setup_ui(self) -> None:
        self.header = ElidedLabel(self)
        font = QFont(self.header.font())
        font.setBold(True)
        self.header.setFont(font)
        self.header.setAccessibleName(self.tr("Note on"))

        self.editor = QPlainTextEdit(self)
        self.editor.setAccessibleName(self.tr("Note (Markdown)"))
        self.editor.setTabChangesFocus(True)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.editor.document().setDocumentMargin(6)
        self.preview = MarkdownPreview(self)
        self.preview.setAccessibleName(self.tr("Note preview"))
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.editor)
        self.pages.addWidget(self.preview)

        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)  # a failure's reason is read in full, even in a narrow panel
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status.setAccessibleName(self.tr("Save status"))
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.preview_button.setCheckable(True)
        self.preview_button.setToolTip(self.tr("Show the note rendered from its Markdown"))
        self.history_button = QPushButton(self.tr("History…"), self)
        self.history_button.setToolTip(self.tr("Earlier versions of this note"))

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._deadline = QTimer(self)  # not restarted by keystrokes, unlike _autosave
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(MAX_UNSAVED_MS)

        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.preview_button)
        bottom.addWidget(self.history_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)
        self.setFocusProxy(self.editor)
        self._style_status(failed=False)

    def _connect_signals(self) -> None:
        self.editor.textChanged.connect(self._on_text_changed)
        self.editor.installEventFilter(self)
        self._autosave.timeout.connect(self._on_autosave)
        self._deadline.timeout.connect(self._on_deadline)
        self.preview_button.toggled.connect(self._on_preview_toggled)
        self.history_button.clicked.connect(self._on_history_clicked)
        self.preview.anchorClicked.connect(self._on_link_clicked)
        self.session.library_closing.connect(self._on_library_closing)
        self.session.library_changed.connect(self.set_library)
        self.session.coder_view_changed.connect(self._on_coder_view_changed)

    # -- what is being edited --------------------------------------------------------------

    def target(self) -> Target | None:
        return self._target

    def text(self) -> str:
        # toRawText keeps no-break spaces (toPlainText turns them into spaces); blocks are lines
        return self.editor.document().toRawText().replace("\u2029", "\n")

    def has_unsaved_changes(self) -> bool:
        return self._target is not None and self.text() != self._clean

    def _on_library_closing(self) -> None:
        self.flush()  # into the library it was written in, while that is still the open one

    def set_library(self, library: Library) -> None:
        self.set_target(None, "")  # saves into the library the text belongs to
        self.library = library

    def _on_coder_view_changed(self, _view: object) -> None:
        """Blind coding began or ended: the note shown may be one the view hides, or reveals."""
        if self._target is None or self.library is not self.session.library:
            return
        self.flush()
        self._load(self._target)

    def _hides(self, note_id: int) -> bool:
        """Whether the session's coder view hides this note: another coder's, in Only Mine (blind
        coding) or one chosen coder's view. A note is one per target, so that target's note can
        then be neither read nor written here."""
        if self.library is not self.session.library:
            return False
        shown = self.session.view_coder()
        return shown is not None and call_on(self.library, coders.note_coder, note_id) != shown

    def set_target(self, target: tuple[str, int] | None, label: str) -> None:
        """Save what was typed for the previous target, then show the note of this one. `label`
        says what it is on (annotations.describe_target), shown in the UI's language."""
        label = translated(label)
        new = Target(*target) if target is not None else None
        if new is not None and new == self._target:
            self._label = label
            self.header.set_full_text(label)
            self.flush()
            return
        if self.has_unsaved_changes() and not self._save() and self._target is not None:
            self._unsaved.append(_Unsaved(self.library, self._target, self._note_id, self.text(), self.coder_name))
        self._label = label
        self._load(new)

    def flush(self) -> bool:
        """Save now whatever is pending. True when nothing is left unsaved."""
        self._stop_timers()
        saved = self._save() if self.has_unsaved_changes() else True
        self._retry_unsaved()
        return saved and not self._unsaved

    def reload(self) -> None:
        """Re-read the note (after an undo or redo), unless there are edits not yet saved."""
        if self._target is None or self.has_unsaved_changes():
            return
        try:
            note = call_on(self.library, annotation_store.get_note, self._target, emptied=True)
        except Exception:  # the panel keeps showing what it has; the next save says what is wrong
            return
        hidden = note is not None and self._hides(note.id)
        if hidden or self._hidden:  # another coder's note came or went: shown as a load shows it
            if hidden != self._hidden:
                self._load(self._target)
            return
        body = note.body if note is not None else ""
        if note is not None:
            self._note_id = note.id
        if body != self._stored:
            position = self.editor.textCursor().position()
            self._show_text(body)
            cursor = self.editor.textCursor()
            cursor.setPosition(min(position, self.editor.document().characterCount() - 1))
            self.editor.setTextCursor(cursor)
            self._set_status("")
        self._update_history_button()

    # -- loading ---------------------------------------------------------------------------

    def _load(self, target: Target | None) -> None:
        self._stop_timers()
        self._after_checkpoint = False
        self._hidden = False
        self._target = target
        self._note_id = None
        self._stored = ""
        self.header.set_full_text(self._label if target is not None else "")
        self.header.setVisible(target is not None)
        if target is None:
            self._show_text("")
            self.editor.setPlaceholderText(self.tr(NO_TARGET_TEXT))
            self._set_enabled(False)
            self._show_unsaved_status()
            return
        try:
            note = call_on(self.library, annotation_store.get_note, target, emptied=True)  # its history too
        except Exception as error:
            self._show_text("")
            self.editor.setPlaceholderText("")
            self._set_enabled(False)
            self._set_status(self.tr("Cannot read this note: {reason}").format(reason=_reason(error)), failed=True)
            self._target = None  # nothing typed here could be saved safely
            return
        self._hidden = note is not None and self._hides(note.id)
        if self._hidden:
            self._show_text("")
            self.editor.setPlaceholderText(self.tr(HIDDEN_NOTE_TEXT))
            self._set_enabled(False)
            self._show_unsaved_status()
            return
        if note is not None:
            self._note_id, self._stored = note.id, note.body
        self._show_text(self._stored)
        self.editor.setPlaceholderText(self.tr("Write a note in Markdown…"))
        self._set_enabled(True)
        parked = self._take_unsaved(target)
        if parked is not None:  # typed earlier, never saved: it goes on, pending
            self._note_id = self._note_id if self._note_id is not None else parked.note_id
            self._loading = True
            self.editor.setPlainText(parked.text)
            self._loading = False
            self._set_status(self.tr("Not saved yet"), failed=True, not_saved=True)
        else:
            self._show_unsaved_status()
        self.editor.moveCursor(QTextCursor.MoveOperation.End)  # ready to go on writing
        self._update_history_button()

    def _show_text(self, text: str) -> None:
        """Put a stored text in the editor: it is then the clean text, nothing to save."""
        self._loading = True
        self.editor.setPlainText(text)
        self._loading = False
        self._stored = text
        self._clean = self.text()
        if self.preview_button.isChecked():
            self.preview.show_markdown(self._clean)

    def _set_enabled(self, enabled: bool) -> None:
        self.editor.setEnabled(enabled)
        self.preview_button.setEnabled(enabled)
        if not enabled:
            self.preview_button.setChecked(False)
        self._update_history_button()

    def _update_history_button(self) -> None:
        self.history_button.setEnabled(self._target is not None and self._note_id is not None)

    def _take_unsaved(self, target: Target) -> _Unsaved | None:
        for index, entry in enumerate(self._unsaved):
            if entry.library is self.library and entry.target == target:
                return self._unsaved.pop(index)
        return None

    def _unsaved_status(self) -> str:
        count = len(self._unsaved)
        if not count:
            return ""
        return self.tr("%Ln earlier note(s) not saved yet; retrying on the next save", "", count)

    # -- saving ----------------------------------------------------------------------------

    def _on_text_changed(self) -> None:
        if self._loading or self._target is None:
            return
        if self.has_unsaved_changes():
            self._autosave.start()
            if not self._deadline.isActive():
                self._deadline.start()
            if not self._not_saved_shown:
                self._set_status(self.tr("Edited"))
        else:
            self._stop_timers()

    def _stop_timers(self) -> None:
        self._autosave.stop()
        self._deadline.stop()

    def _on_autosave(self) -> None:
        if self.has_unsaved_changes():
            self._save()
        self._retry_unsaved()

    def _on_deadline(self) -> None:
        if self.has_unsaved_changes():
            self._save(checkpoint=True)  # a failure is tried again on the next keystroke

    def _save(self, checkpoint: bool = False) -> bool:
        """Write the editor's text to the library. On failure the text stays, pending. A
        checkpoint is a save while typing goes on: the next save replaces it in the history."""
        assert self._target is not None
        self._stop_timers()
        text, base = self.text(), self._stored
        self._set_status(self.tr("Saving…"))
        self.status.repaint()  # seen while a busy library makes the save wait
        try:
            change = _save_note(self.library, self._target, self._note_id, text, not self._after_checkpoint,
                                self.coder_name, base)
        except Exception as error:  # whatever went wrong, the typed text must not be lost
            reason = _reason(error)
            self._set_status(self.tr("Not saved: {reason}").format(reason=reason), failed=True, not_saved=True)
            self.save_failed.emit(reason)
            return False
        self._stored = text if text.strip() else ""
        self._clean = text
        self._after_checkpoint = checkpoint
        note_ids = list(change.after.get("note", {}))
        if self._note_id is None and note_ids:
            self._note_id = note_ids[0]
        self._update_history_button()
        saved = self.tr("Saved at {time}").format(time=format_time(datetime.now(), seconds=True))
        elsewhere = annotation_store.found_saved_elsewhere(change, base)
        if elsewhere:  # another window or coder saved it since this editor read it
            saved = self.tr("{saved}. Someone else had changed this note meanwhile: their text is kept in its "
                            "history.").format(saved=saved)
        self._set_status(saved, failed=elsewhere)
        if not change.empty:
            self.note_saved.emit(change)
        return True

    def _retry_unsaved(self) -> None:
        """Try again to save the texts of targets left while their save was failing."""
        for entry in list(self._unsaved):
            try:
                change = _save_note(entry.library, entry.target, entry.note_id, entry.text, True, entry.coder_name)
            except Exception as error:
                self.save_failed.emit(self.tr("an earlier note: {reason}").format(reason=_reason(error)))
                continue
            self._unsaved.remove(entry)
            if entry.library is self.library and not change.empty:
                self.note_saved.emit(change)
        if not self._unsaved and self._retrying_shown:
            self._set_status("")

    def _show_unsaved_status(self) -> None:
        text = self._unsaved_status()
        self._set_status(text)
        self._retrying_shown = bool(text)

    def _set_status(self, text: str, failed: bool = False, not_saved: bool = False) -> None:
        self.status.setText(text)
        self._not_saved_shown = not_saved
        self._retrying_shown = False
        self._style_status(failed)

    def _style_status(self, failed: bool) -> None:
        font = QFont(self.font())
        font.setBold(failed)
        self.status.setFont(font)
        # a role, not a colour: it follows a change of theme
        self.status.setForegroundRole(QPalette.ColorRole.WindowText if failed else QPalette.ColorRole.PlaceholderText)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut and self.has_unsaved_changes():
            self._save()
        return super().eventFilter(watched, event)

    def hideEvent(self, event: QHideEvent) -> None:
        if self.has_unsaved_changes():  # the panel closed: what was typed is saved now
            self._save()
        super().hideEvent(event)

    # -- preview and links -----------------------------------------------------------------

    def _on_preview_toggled(self, on: bool) -> None:
        if on:
            self.preview.show_markdown(self.text())
            self.pages.setCurrentWidget(self.preview)
        else:
            self.pages.setCurrentWidget(self.editor)
            if self.editor.isEnabled():
                self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_link_clicked(self, url: QUrl) -> None:
        if url.scheme().lower() not in ("http", "https") or not url.host():
            if url.scheme():
                self._set_status(self.tr("Only web links open from a note, not {scheme} links").format(
                    scheme=url.scheme()))
            else:
                self._set_status(self.tr("Only web links open from a note"))
            return
        if _confirm_open(self, url):
            QDesktopServices.openUrl(url)

    # -- history ---------------------------------------------------------------------------

    def _on_history_clicked(self) -> None:
        if self._target is None or self._note_id is None:
            return
        if self.has_unsaved_changes():
            self._save()  # what is in the editor is the newest version
        try:
            revisions = call_on(self.library, annotation_store.note_history, self._note_id)
            shown = self.session.view_coder() if self.library is self.session.library else None
            if shown is not None:  # blind coding: texts other coders saved on this note stay hidden
                known = {c.id: c.name for c in call_on(self.library, coders.coders)}
                revisions = [r for r in revisions if r.coder == known.get(shown)]
        except Exception as error:
            self._set_status(self.tr("Cannot read the history: {reason}").format(reason=_reason(error)), failed=True)
            return
        if self.history_dialog is not None:
            self.history_dialog.close()
        dialog = NoteHistoryDialog(revisions, self._label, self)
        dialog.restore_requested.connect(self._on_restore_requested)
        dialog.finished.connect(self._on_history_finished)
        self.history_dialog = dialog
        dialog.open()

    def _on_history_finished(self) -> None:
        if self.history_dialog is not None:
            self.history_dialog.deleteLater()
            self.history_dialog = None

    def _on_restore_requested(self, text: str) -> None:
        if self._target is None:
            return
        if self.has_unsaved_changes():
            self._save()
        self.preview_button.setChecked(False)
        cursor = self.editor.textCursor()  # as an edit, so the editor's own undo can take it back
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        self._save()


class RevisionModel(QAbstractTableModel):
    """Earlier versions of a note, newest first, each with the coder who saved it."""

    HEADERS = (  # in English, translated when shown
        QT_TRANSLATE_NOOP("RevisionModel", "Saved"),
        QT_TRANSLATE_NOOP("RevisionModel", "Saved by"),
        QT_TRANSLATE_NOOP("RevisionModel", "Replaced"),
        QT_TRANSLATE_NOOP("RevisionModel", "Text"),
    )

    def __init__(self, revisions: list[RevisionInfo], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._revisions = list(revisions)

    def revision(self, row: int) -> RevisionInfo | None:
        return self._revisions[row] if 0 <= row < len(self._revisions) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._revisions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        revision = self.revision(index.row())
        if revision is None:
            return None
        column = index.column()
        if column == 0:
            return format_timestamp(revision.saved_at)
        if column == 1:
            return revision.coder
        if column == 2:
            return format_timestamp(revision.replaced_at)
        if column == 3:
            return _one_line(revision.body)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self.HEADERS):
            return self.tr(self.HEADERS[section])
        return None


class NoteHistoryDialog(QDialog):
    """Earlier versions of a note; "Restore this version" saves the chosen one as the new text."""

    restore_requested = Signal(str)

    def __init__(self, revisions: list[RevisionInfo], label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RevisionModel(revisions, self)
        self._label = label
        self._setup_ui()
        self._connect_signals()
        if self.model.rowCount():
            self.table.selectRow(0)
        self._on_current_changed()

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Note history"))
        self.resize(640, 440)
        heading = ElidedLabel(self)
        heading.set_full_text(self.tr("Earlier versions of the note on {target}").format(target=self._label)
                              if self._label else self.tr("Earlier versions"))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Earlier versions"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        width = self.fontMetrics().horizontalAdvance(format_datetime(datetime(2024, 12, 31, 23, 59))) + 20
        header.resizeSection(0, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(2, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.text_view = QPlainTextEdit(self)
        self.text_view.setReadOnly(True)
        self.text_view.setAccessibleName(self.tr("The selected version"))
        self.empty_label = QLabel(self.tr("This note has no earlier versions yet."), self)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setVisible(self.model.rowCount() == 0)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.text_view)
        splitter.setSizes([200, 200])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = self.buttons.addButton(self.tr("Restore this version"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.empty_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.doubleClicked.connect(self._on_restore_clicked)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.buttons.rejected.connect(self.reject)

    def selected_revision(self) -> RevisionInfo | None:
        index = self.table.currentIndex()
        return self.model.revision(index.row()) if index.isValid() else None

    def _on_current_changed(self) -> None:
        revision = self.selected_revision()
        self.text_view.setPlainText(revision.body if revision else "")
        self.restore_button.setEnabled(revision is not None)

    def _on_restore_clicked(self) -> None:
        revision = self.selected_revision()
        if revision is None:
            return
        self.restore_requested.emit(revision.body)
        self.accept()
