"""The note panel: autosave (debounced, on switching, on flush, on focus loss), a failing save
that keeps the text, the safe Markdown preview, links, history restore and reload after undo."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from peewee import OperationalError
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QCloseEvent, QColor, QImage, QTextDocument
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.store import annotations as annotation_store
from desktop.store.db import Library
from desktop.ui import note_editor as note_editor_module
from desktop.ui.note_editor import AUTOSAVE_MS, MAX_UNSAVED_MS, NO_TARGET_TEXT, NoteEditor

ARTICLE = ("article", 1)
OTHER = ("article", 2)


def _body(library: Library, target: tuple[str, int]) -> str | None:
    note = annotation_store.get_note(library.db, target)
    return note.body if note is not None else None


@pytest.fixture
def editor(qtbot, seeded: Library) -> NoteEditor:
    widget = NoteEditor(seeded)
    qtbot.addWidget(widget)
    widget.resize(360, 300)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_target(ARTICLE, "Article: US administration official")
    return widget


def _type(qtbot, editor: NoteEditor, text: str) -> None:
    editor.editor.setFocus()
    qtbot.keyClicks(editor.editor, text)


def test_typing_saves_after_the_pause(qtbot, editor: NoteEditor, seeded: Library) -> None:
    assert editor._autosave.interval() == AUTOSAVE_MS == 800
    _type(qtbot, editor, "Sarcasm")
    assert _body(seeded, ARTICLE) is None  # not on every keystroke
    assert editor.status.text() == "Edited"
    with qtbot.waitSignal(editor.note_saved, timeout=3000) as saved:
        pass
    assert _body(seeded, ARTICLE) == "Sarcasm"
    assert not saved.args[0].empty
    assert editor.status.text().startswith("Saved at ")
    assert not editor.has_unsaved_changes()


def _type_steadily(qtbot, editor: NoteEditor, text: str) -> None:
    """One key every 100 ms: never the pause the autosave waits for."""
    editor.editor.setFocus()
    for char in text:
        qtbot.keyClick(editor.editor, char)
        qtbot.wait(100)


def test_steady_typing_is_saved_while_it_goes_on(qtbot, editor: NoteEditor, seeded: Library) -> None:
    # The README's promise: a crash loses at most 1 s of typing, the save's own time included.
    assert MAX_UNSAVED_MS <= 750 and editor._deadline.interval() == MAX_UNSAVED_MS
    saved: list[str | None] = []
    editor.note_saved.connect(lambda change: saved.append(_body(seeded, ARTICLE)))
    text = "typing on and on without a pause"
    _type_steadily(qtbot, editor, text)
    assert len(saved) >= 2  # a save every 700 ms or so; before, none until the typing paused
    assert all(body is not None and text.startswith(body) for body in saved)


def test_saves_while_typing_keep_one_version_in_the_history(qtbot, editor: NoteEditor, seeded: Library) -> None:
    annotation_store.set_note(seeded.db, ARTICLE, "before")
    editor.set_target(OTHER, "Article")
    editor.set_target(ARTICLE, "Article")
    with qtbot.waitSignal(editor.note_saved, timeout=3000):
        _type_steadily(qtbot, editor, " and a long afterthought")
    editor.flush()
    note = annotation_store.get_note(seeded.db, ARTICLE)
    assert note is not None and note.body == "before and a long afterthought"
    # the checkpoints replaced one another: the history has the text from before the burst only
    assert [r.body for r in annotation_store.note_history(seeded.db, note.id)] == ["before"]
    _type(qtbot, editor, "!")
    editor.flush()  # a save after a pause keeps the version before it, as always
    assert [r.body for r in annotation_store.note_history(seeded.db, note.id)] == [
        "before and a long afterthought", "before"]


def test_switching_target_saves_the_previous_note_first(qtbot, editor: NoteEditor, seeded: Library) -> None:
    _type(qtbot, editor, "On the first article")
    with qtbot.waitSignal(editor.note_saved, timeout=500):
        editor.set_target(OTHER, "Article: The Kremlin")
    assert _body(seeded, ARTICLE) == "On the first article"
    assert editor.text() == ""
    assert editor.header.full_text() == "Article: The Kremlin"
    _type(qtbot, editor, "On the second")
    editor.set_target(ARTICLE, "Article: US administration official")
    assert editor.text() == "On the first article"
    assert _body(seeded, OTHER) == "On the second"


def test_flush_saves_at_once(qtbot, editor: NoteEditor, seeded: Library) -> None:
    _type(qtbot, editor, "Flushed")
    with qtbot.waitSignal(editor.note_saved, timeout=500):
        assert editor.flush() is True
    assert _body(seeded, ARTICLE) == "Flushed"
    with qtbot.assertNotEmitted(editor.note_saved):
        assert editor.flush() is True  # nothing pending: nothing written


def test_focus_loss_saves_at_once(qtbot, editor: NoteEditor, seeded: Library) -> None:
    other = QLineEdit(editor)
    editor.layout().addWidget(other)
    editor.activateWindow()
    _type(qtbot, editor, "Left the editor")
    qtbot.waitUntil(editor.editor.hasFocus, timeout=1000)
    other.setFocus()
    qtbot.waitUntil(lambda: _body(seeded, ARTICLE) == "Left the editor", timeout=500)


def test_text_is_there_after_the_window_dies_without_a_clean_close(
    qtbot, seeded: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Owner(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.editor = NoteEditor(seeded, self)
            QVBoxLayout(self).addWidget(self.editor)

        def closeEvent(self, event: QCloseEvent) -> None:  # what the main window does
            self.editor.flush()
            super().closeEvent(event)

    owner = Owner()
    owner.show()
    qtbot.waitExposed(owner)
    owner.editor.set_target(ARTICLE, "Article")
    owner.editor.editor.setFocus()
    qtbot.keyClicks(owner.editor.editor, "Typed just before the crash")
    owner.close()
    # from here on the process is dying: no timer fires, nothing more is written
    real_set_note = annotation_store.set_note
    monkeypatch.setattr(annotation_store, "set_note", lambda *a: pytest.fail("saved after the close"))
    shiboken6.delete(owner)
    path = seeded.path
    seeded.close()
    monkeypatch.setattr(annotation_store, "set_note", real_set_note)

    reopened = Library.open(path)  # the restart
    try:
        editor = NoteEditor(reopened)
        qtbot.addWidget(editor)
        editor.set_target(ARTICLE, "Article")
        assert editor.text() == "Typed just before the crash"
        assert not editor.has_unsaved_changes()
    finally:
        editor.set_target(None, "")
        reopened.close()


def test_a_failing_save_keeps_the_text_and_a_later_flush_saves_it(
    qtbot, editor: NoteEditor, seeded: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_set_note = annotation_store.set_note

    def locked(*_args: object) -> None:
        raise OperationalError("database is locked")

    monkeypatch.setattr(annotation_store, "set_note", locked)
    _type(qtbot, editor, "Precious")
    with qtbot.waitSignal(editor.save_failed, timeout=500) as failed, qtbot.assertNotEmitted(editor.note_saved):
        assert editor.flush() is False
    assert failed.args == ["database is locked"]
    assert editor.status.text() == "Not saved: database is locked"
    assert editor.text() == "Precious"
    assert editor.has_unsaved_changes()
    assert _body(seeded, ARTICLE) is None

    monkeypatch.setattr(annotation_store, "set_note", real_set_note)
    with qtbot.waitSignal(editor.note_saved, timeout=500):
        assert editor.flush() is True
    assert _body(seeded, ARTICLE) == "Precious"
    assert editor.status.text().startswith("Saved at ")


def test_a_failing_save_retries_on_the_next_edit(
    qtbot, editor: NoteEditor, seeded: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_set_note = annotation_store.set_note
    monkeypatch.setattr(annotation_store, "set_note", lambda *a: (_ for _ in ()).throw(OSError("disk full")))
    _type(qtbot, editor, "abc")
    with qtbot.waitSignal(editor.save_failed, timeout=3000):
        pass
    assert editor.status.text() == "Not saved: disk full"
    monkeypatch.setattr(annotation_store, "set_note", real_set_note)
    _type(qtbot, editor, "d")
    assert editor.status.text() == "Not saved: disk full"  # stays visible until a save works
    with qtbot.waitSignal(editor.note_saved, timeout=3000):
        pass
    assert _body(seeded, ARTICLE) == "abcd"


def test_text_of_a_target_left_while_saving_fails_is_kept(
    qtbot, editor: NoteEditor, seeded: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_set_note = annotation_store.set_note
    monkeypatch.setattr(annotation_store, "set_note", lambda *a: (_ for _ in ()).throw(OSError("disk full")))
    _type(qtbot, editor, "Not lost")
    with qtbot.waitSignal(editor.save_failed, timeout=500):
        editor.set_target(OTHER, "Article: The Kremlin")
    assert editor.text() == ""
    assert editor.flush() is False  # the other note is still pending
    editor.set_target(ARTICLE, "Article")  # back: the unsaved text, not the library's nothing
    assert editor.text() == "Not lost"
    assert editor.has_unsaved_changes()
    editor.set_target(OTHER, "Article: The Kremlin")
    monkeypatch.setattr(annotation_store, "set_note", real_set_note)
    with qtbot.waitSignal(editor.note_saved, timeout=500):
        assert editor.flush() is True
    assert _body(seeded, ARTICLE) == "Not lost"


def test_a_note_whose_target_was_deleted_saves_detached(qtbot, editor: NoteEditor, seeded: Library) -> None:
    highlight_id, _ = annotation_store.add_highlight(seeded.db, ARTICLE, 0, 2, note="On a span")
    editor.set_target(("highlight", highlight_id), "Highlight")
    assert editor.text() == "On a span"
    annotation_store.remove_highlight(seeded.db, highlight_id)
    _type(qtbot, editor, ", kept")
    assert editor.flush() is True
    detached = [e for e in annotation_store.browse_annotations(seeded.db) if e.kind == "note" and e.detached]
    assert [e.text for e in detached] == ["On a span, kept"]


def test_no_target_disables_the_editor(editor: NoteEditor) -> None:
    editor.set_target(None, "")
    assert not editor.editor.isEnabled()
    assert editor.editor.placeholderText() == NO_TARGET_TEXT
    assert not editor.history_button.isEnabled()
    assert editor.flush() is True


def test_the_header_is_plain_text(editor: NoteEditor) -> None:
    editor.set_target(("comment", 3), "Comment by <b>Smirnoff</b>: <img src=x>")
    assert editor.header.textFormat() == Qt.TextFormat.PlainText
    assert editor.header.full_text() == "Comment by <b>Smirnoff</b>: <img src=x>"
    assert editor.header.toolTip() == "<qt>Comment by &lt;b&gt;Smirnoff&lt;/b&gt;: &lt;img src=x&gt;</qt>"


def _red_pixels(widget: QWidget) -> int:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    pixels = bytes(image.constBits())
    return sum(1 for i in range(0, len(pixels), 4) if pixels[i : i + 4] == b"\x00\x00\xff\xff")


def test_the_preview_renders_markdown_and_loads_nothing(qtbot, editor: NoteEditor, tmp_path: Path) -> None:
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    picture = tmp_path / "picture.png"
    assert image.save(str(picture))
    as_url = QUrl.fromLocalFile(str(picture)).toString()
    editor.editor.setPlainText(
        f"# Heading\n\nSome **bold** text.\n\n![x](file:///etc/passwd) ![y]({as_url}) ![z]({picture})\n\n"
        "<b>raw</b> <img src='/etc/passwd'>\n"
    )
    qtbot.mouseClick(editor.preview_button, Qt.MouseButton.LeftButton)
    assert editor.pages.currentWidget() is editor.preview
    qtbot.waitUntil(editor.preview.isVisible)
    shown = editor.preview.toPlainText()
    assert "Heading" in shown and "Some bold text." in shown and "**" not in shown
    assert "<b>raw</b>" in shown  # raw HTML stays text
    assert "root:" not in shown
    # Qt reads a file itself when loadResource answers None, and loads an image that does not
    # decode straight from its path: the red picture must not be on screen either way.
    assert _red_pixels(editor.preview) == 0
    document = editor.preview.document()
    for url in ("file:///etc/passwd", as_url, str(picture)):
        resource = document.resource(QTextDocument.ResourceType.ImageResource.value, QUrl(url))
        assert isinstance(resource, QImage) and resource.size().width() == 16
    stylesheet = document.resource(QTextDocument.ResourceType.StyleSheetResource.value, QUrl("file:///etc/hostname"))
    assert not stylesheet
    qtbot.mouseClick(editor.preview_button, Qt.MouseButton.LeftButton)
    assert editor.pages.currentWidget() is editor.editor


def test_links_open_only_http_after_confirming(editor: NoteEditor, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    asked: list[str] = []
    answer = [False]

    def confirm(_parent: object, url: QUrl) -> bool:
        asked.append(url.toString())
        return answer[0]

    monkeypatch.setattr(note_editor_module, "_confirm_open", confirm)
    monkeypatch.setattr(note_editor_module.QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    editor.preview.anchorClicked.emit(QUrl("https://example.org/a"))
    assert asked == ["https://example.org/a"] and opened == []
    answer[0] = True
    editor.preview.anchorClicked.emit(QUrl("https://example.org/a"))
    assert opened == ["https://example.org/a"]
    for url in ("file:///etc/passwd", "javascript:alert(1)", "mailto:a@example.org", "relative/page.html"):
        editor.preview.anchorClicked.emit(QUrl(url))
    assert asked == ["https://example.org/a"] * 2 and opened == ["https://example.org/a"]
    assert editor.status.text().startswith("Only web links open")


def test_history_restore_saves_the_old_version_as_new_text(
    qtbot, editor: NoteEditor, seeded: Library, qtmodeltester
) -> None:
    assert not editor.history_button.isEnabled()  # no note yet
    _type(qtbot, editor, "first version")
    editor.flush()
    editor.editor.selectAll()
    qtbot.keyClicks(editor.editor, "second version")
    editor.flush()
    assert editor.history_button.isEnabled()
    qtbot.mouseClick(editor.history_button, Qt.MouseButton.LeftButton)
    dialog = editor.history_dialog
    assert dialog is not None and dialog.isVisible()
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1
    assert dialog.text_view.toPlainText() == "first version"
    with qtbot.waitSignal(editor.note_saved, timeout=500) as saved:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert _body(seeded, ARTICLE) == "first version"
    assert editor.text() == "first version"
    qtbot.waitUntil(lambda: editor.history_dialog is None)
    note = annotation_store.get_note(seeded.db, ARTICLE)
    assert note is not None
    assert [r.body for r in annotation_store.note_history(seeded.db, note.id)] == ["second version", "first version"]

    annotation_store.undo(seeded.db, saved.args[0])  # the restore is one undoable save
    editor.reload()
    assert editor.text() == "second version"


def test_reload_rereads_after_undo_but_keeps_unsaved_edits(qtbot, editor: NoteEditor, seeded: Library) -> None:
    _type(qtbot, editor, "Saved")
    with qtbot.waitSignal(editor.note_saved, timeout=500) as saved:
        editor.flush()
    editor.reload()  # the window calls it after every change, its own saves included
    assert editor.text() == "Saved"
    annotation_store.undo(seeded.db, saved.args[0])
    editor.reload()
    assert editor.text() == ""
    annotation_store.redo(seeded.db, saved.args[0])
    qtbot.keyClicks(editor.editor, "Typing")
    editor.reload()
    assert editor.text() == "Typing"  # unsaved edits win; the next save writes them


def test_a_plain_text_editor_keeps_no_break_spaces(qtbot, editor: NoteEditor, seeded: Library) -> None:
    annotation_store.set_note(seeded.db, OTHER, "10\u00a0km")
    editor.set_target(OTHER, "Article")
    assert isinstance(editor.editor, QPlainTextEdit)
    assert editor.text() == "10\u00a0km"
    assert not editor.has_unsaved_changes()


def test_an_emptied_note_keeps_its_history_after_a_restart(qtbot, editor: NoteEditor, seeded: Library) -> None:
    _type(qtbot, editor, "a thought")
    editor.flush()
    editor.editor.selectAll()
    qtbot.keyClick(editor.editor, Qt.Key.Key_Delete)
    editor.flush()
    assert _body(seeded, ARTICLE) is None  # emptied: no note to show or export
    reopened = NoteEditor(seeded)  # as after a restart: nothing remembered but the library
    qtbot.addWidget(reopened)
    reopened.set_target(ARTICLE, "Article: US administration official")
    assert reopened.text() == "" and reopened.history_button.isEnabled()
    qtbot.mouseClick(reopened.history_button, Qt.MouseButton.LeftButton)
    assert reopened.history_dialog is not None
    assert reopened.history_dialog.text_view.toPlainText() == "a thought"
    reopened.history_dialog.close()
