"""The coder: a name in Preferences (the system login by default), under which the window's
annotation writes are recorded."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.store import annotations as ann
from desktop.store import coders
from desktop.store.db import Library
from desktop.store.models import OWNER_ID
from desktop.ui.annotation_controller import AnnotationController
from desktop.ui.coder_rename import offer_rename
from desktop.ui.preferences import PreferencesDialog
from desktop.ui.settings import Settings
from tests.ui.conftest import select_thread_article


def test_the_coder_is_a_preference_the_system_login_by_default(qtbot, settings: Settings) -> None:
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.coder.text() == "" and dialog.coder.placeholderText() == coders.default_name()
    dialog.coder.setText("  Anna   K. ")
    dialog.buttons.accepted.emit()
    assert settings.coder == "Anna K."
    again = PreferencesDialog(settings)
    qtbot.addWidget(again)
    assert again.coder.text() == "Anna K."
    again.coder.setText("bad\x01name")
    again.buttons.accepted.emit()
    assert settings.coder == ""  # not a name: the system login again


def test_the_controller_records_its_coder_and_undo_takes_back_only_that(qtbot, seeded: Library) -> None:
    controller = AnnotationController(seeded)
    db = seeded.db
    tag, _ = ann.create_tag(db, "frames")
    comment = db.execute_sql("SELECT id FROM comment ORDER BY id LIMIT 1").fetchone()[0]
    ann.tag_comments(db, tag, [comment])  # the owner's
    controller.set_coder_name("Anna")
    controller.run(ann.tag_comments, tag, [comment])
    anna = coders.find_coder(db, "Anna")
    assert anna is not None and anna != OWNER_ID

    def coders_on_comment() -> list[int]:
        return sorted(r[0] for r in db.execute_sql("SELECT coder_id FROM comment_tag WHERE comment_id = ?", (comment,)))

    assert coders_on_comment() == [OWNER_ID, anna]
    controller.run(ann.set_coded, ("comment", comment))
    assert ann.is_coded(db, ("comment", comment), coder=anna)
    controller.stack.undo()
    controller.stack.undo()
    assert coders_on_comment() == [OWNER_ID]
    controller.stack.redo()
    assert coders_on_comment() == [OWNER_ID, anna]
    controller.set_coder_name("")
    assert controller.coder() == coders.find_coder(db, coders.default_name())


def test_coded_by_me_marks_the_open_article_and_undo_takes_it_off(qtbot, window) -> None:
    annotate_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and "nnotate" in a.text())
    assert window.annotate.coded_action in annotate_menu.actions()
    select_thread_article(window)
    article = window.reader.article_id
    db = window.library.db
    assert article is not None and not ann.is_coded(db, ("article", article))
    window.annotate.coded_action.trigger()
    assert ann.is_coded(db, ("article", article))
    window.annotate.coded_action.trigger()  # again: the mark comes off
    assert not ann.is_coded(db, ("article", article))
    window.controller.stack.undo()
    assert ann.is_coded(db, ("article", article))


def test_the_title_and_the_status_bar_name_the_coder(qtbot, window) -> None:
    name = coders.default_name()
    assert name in window.windowTitle() and window.coder_label.text() == f"Coder: {name}"
    window.controller.set_coder_name("Anna <b>K</b>")
    assert "Anna <b>K</b>" in window.windowTitle()
    assert window.coder_label.text() == "Coder: Anna <b>K</b>"
    window.set_read_only(True, "test")
    assert window.windowTitle().endswith("(read-only)") and "Anna" in window.windowTitle()


def test_a_note_written_in_the_window_is_the_coders(qtbot, window) -> None:
    select_thread_article(window)
    article = window.reader.article_id
    window.controller.set_coder_name("Anna")
    window.note_editor.editor.setFocus()
    qtbot.keyClicks(window.note_editor.editor, "Anna's reading")
    window.close()  # flushes the note
    db = window.library.db
    row = db.execute_sql("SELECT c.name FROM note n JOIN coder c ON c.id = n.coder_id WHERE n.body = ?",
                         ("Anna's reading",)).fetchone()
    assert article is not None and row == ("Anna",)


def test_a_favourite_key_adds_the_coders_own_tag_beside_anothers(qtbot, window) -> None:
    """Boris tagged the comment; Anna's key 1 adds her own link instead of taking his off."""
    select_thread_article(window)
    db = window.library.db
    tag, _ = ann.create_tag(db, "frames")
    ann.set_favorite(db, tag, 1)
    comment_id = db.execute_sql("SELECT id FROM comment WHERE article_id = ? ORDER BY position LIMIT 1",
                                (window.reader.article_id,)).fetchone()[0]
    ann.tag_comments(db, tag, [comment_id], coder=coders.coder_id(db, "Boris"))
    window.controller.set_coder_name("Anna")
    window.reader.select_comment(comment_id)
    window.reader.comment_tree.setFocus()
    window.annotate.toggle_favorite(1)
    names = {coders.coder_name(db, r[0]) for r in db.execute_sql(
        "SELECT coder_id FROM comment_tag WHERE comment_id = ? AND tag_id = ?", (comment_id, tag))}
    assert names == {"Anna", "Boris"}


def _answer(qtbot, starts: str) -> list[str]:
    """Click, in the question box that comes up next, the button whose text starts with `starts`;
    returns the question's text once asked."""
    asked: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        next(b for b in box.buttons() if b.text().startswith(starts)).click()

    QTimer.singleShot(0, click)
    return asked


def test_a_new_coder_name_may_take_the_earlier_work_along(qtbot, window) -> None:
    """QualCoder #668: a coder who renames themselves in Preferences is asked whether their
    earlier work goes with the new name, or stays apart (someone else's)."""
    session = window.session
    db = session.library.db
    tag, _ = ann.create_tag(db, "frames")
    comment = db.execute_sql("SELECT id FROM comment ORDER BY id LIMIT 1").fetchone()[0]
    session.annotations.set_coder_name("Anna")
    session.annotations.run(ann.tag_comments, tag, [comment])
    anna = coders.find_coder(db, "Anna")
    asked = _answer(qtbot, "Keep")
    assert not offer_rename(window, session, "Anna", "Anna K.")
    assert "“Anna”" in asked[0] and coders.find_coder(db, "Anna") == anna
    asked = _answer(qtbot, "Rename")
    assert offer_rename(window, session, "Anna", "Anna K.")
    assert asked and coders.find_coder(db, "Anna K.") == anna and coders.find_coder(db, "Anna") is None
    # Nothing to ask: the same name, a name with no work here, a name another coder has.
    coders.coder_id(db, "Boris")
    for old, new in (("Anna K.", "Anna K."), ("Carla", "Dora"), ("Anna K.", "Boris")):
        assert not offer_rename(window, session, old, new)
    assert QApplication.activeModalWidget() is None
