"""The session owns the open library: opening another reaches every panel through one signal,
and a note being written is saved into the library it was written in, before the switch."""

from __future__ import annotations

from pathlib import Path

from desktop.store import annotations as annotation_store
from desktop.store.db import Library
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import select_thread_article


def test_another_library_reaches_every_panel(qtbot, window: MainWindow, tmp_path: Path) -> None:
    old = window.library
    select_thread_article(window)
    article_id = window.current_article_id()
    assert article_id is not None
    window.note_editor.set_target(("article", article_id), "the article")
    window.note_editor.editor.setPlainText("written just before the switch")
    other = Library.open(tmp_path / "other.glossa")
    try:
        window.session.set_library(other)
        panels = [window.controller, window.note_editor, window.author_note, window.search_panel, window.profile,
                  window.annotations_panel, window.reader, window.sidebar]
        assert [panel.library for panel in panels] == [other] * len(panels)
        assert window.library is other and window.article_model.library is other
        assert window.windowTitle().startswith("other") and window.article_model.rowCount() == 0
        assert window.reader.article_id is None and window.reader.tag_filter == []
        note = annotation_store.get_note(old.db, ("article", article_id))
        assert note is not None and note.body == "written just before the switch"
        assert not window.controller.stack.canUndo()  # its undo step belonged to the old library
    finally:
        window.wait_for_background()
        other.close()
