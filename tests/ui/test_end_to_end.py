"""A person's session with the real application: import the seeds through the window, read the
thread, tag a comment and write a note on it, quit, start again on the same library and
settings, and find the article, the tag and the note where they were left."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.app import Glossa
from desktop.store.db import Library
from desktop.ui.settings import Settings
from desktop.ui.tag_picker import TagPicker
from tests.conftest import SEEDS

NOTE = "Sarcasm, not agreement"


def start(qtbot, path: Path, settings: Settings) -> Glossa:
    glossa = Glossa(QApplication.instance(), Library.open(path), settings)
    qtbot.addWidget(glossa.window)
    glossa.window.show()
    qtbot.waitExposed(glossa.window)
    return glossa


def quit_app(glossa: Glossa) -> None:
    """What quitting does (app.run): the window closes, saving its state and any note typed."""
    glossa.window.close()
    glossa.backups.wait()
    glossa.close_library()


def type_in_tag_picker(qtbot, path: str) -> None:
    picker = QApplication.activeModalWidget()
    assert isinstance(picker, TagPicker)
    qtbot.keyClicks(picker.filter_edit, path)
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)  # the new path is offered first


def test_import_read_annotate_restart(qtbot, tmp_path, settings) -> None:
    path = tmp_path / "mine.glossa"
    glossa = start(qtbot, path, settings)
    window = glossa.window
    assert window.article_model.rowCount() == 0
    with qtbot.waitSignal(window.importer.imported, timeout=10_000):
        window.import_paths([str(SEEDS)])
    for widget in QApplication.topLevelWidgets():
        if widget.windowTitle() == "Import report":
            widget.close()
    window.activateWindow()  # back from the report: the comment tree's focus says what Tag… tags
    qtbot.waitUntil(window.isActiveWindow)
    assert window.article_model.rowCount() == 2

    row = next(r for r in range(2) if window.article_model.article(r).comments)
    index = window.article_model.index(row, 1)
    qtbot.mouseClick(window.article_table.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.article_table.visualRect(index).center())
    article_id = window.current_article_id()
    assert article_id == window.article_model.ids[row]
    tree = window.reader.comment_tree
    model = window.reader.comment_model
    tree.expandAll()
    sixth = model.index(5, 0)
    assert model.node(sixth).comment.path == "6"
    reply = model.node(model.index(0, 0, sixth)).comment
    assert (reply.handle, reply.path) == ("Vdars", "6.1")
    assert tree.isExpanded(sixth)

    window.reader.select_comment(reply.id)
    tree.setFocus()
    assert tree.hasFocus()
    QTimer.singleShot(0, lambda: type_in_tag_picker(qtbot, "irony"))
    window.annotate.tag_action.trigger()
    assert [t.path for t in model.tags_of(reply.id)] == ["irony"]
    window.note_editor.editor.setFocus()
    qtbot.keyClicks(window.note_editor.editor, NOTE)
    quit_app(glossa)  # before the autosave: quitting saves the note

    again = start(qtbot, path, settings)
    window = again.window
    assert window.current_article_id() == article_id
    assert window.article_table.currentIndex().row() == window.article_model.row_of(article_id)
    assert [t.path for t in window.reader.comment_model.tags_of(reply.id)] == ["irony"]
    window.reader.select_comment(reply.id)
    assert window.note_editor.text() == NOTE
    quit_app(again)
