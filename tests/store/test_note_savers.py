"""A note's earlier texts record their coder (schema version 10, issue 23): each revision names
the coder who saved that text, so a text another coder saved over is shown as theirs; undo puts
the saver back. Both engines."""

from __future__ import annotations

from desktop.store import annotations as ann
from desktop.store import coders
from desktop.store.db import Library
from tests.store.test_annotations import make_article


def test_each_revision_names_the_coder_who_saved_its_text(engine_library: Library) -> None:
    db = engine_library.db
    anna, boris = coders.coder_id(db, "Anna"), coders.coder_id(db, "Boris")
    article, _ = make_article(db, comments=[(None, "a", "one")])
    target = ("article", article)
    ann.set_note(db, target, "Anna's first", coder=anna)
    ann.set_note(db, target, "Anna's second", coder=anna)
    ann.set_note(db, target, "Boris's over it", coder=boris, base="Anna's second")
    note = ann.get_note(db, target)
    assert note is not None
    history = ann.note_history(db, note.id)
    assert [(r.body, r.coder) for r in history] == [("Anna's second", "Anna"), ("Anna's first", "Anna")]
    assert coders.note_coder(db, note.id) == anna  # the note stays Anna's: she wrote it first
    ann.set_note(db, target, "Anna again", coder=anna)
    assert ann.note_history(db, note.id)[0].coder == "Boris"  # the text Boris saved, kept as his
    ann.edit_note(db, note.id, "by id", coder=boris)
    assert ann.note_history(db, note.id)[0].coder == "Anna"
    ann.undo(db, ann.set_note(db, target, "undone", coder=anna))
    assert ann.note_history(db, note.id)[0].coder == "Anna"
