"""Two writers on one note (two windows, two coders on a server library): a checkpoint save
never replaces a text its writer did not see. On both engines; the processes racing on a server
are tests/reliability/test_team_concurrency.py."""

from __future__ import annotations

from peewee import Database

from desktop.store import annotations as ann
from desktop.store.db import Library
from tests.store.test_annotations import make_article


def _texts(db: Database, comment: int) -> tuple[str, list[str]]:
    note = ann.get_note(db, ("comment", comment))
    assert note is not None
    return note.body, [revision.body for revision in ann.note_history(db, note.id)]


def test_a_checkpoint_over_a_text_saved_elsewhere_keeps_that_text(engine_library: Library) -> None:
    db = engine_library.db
    _article, (comment,) = make_article(db, comments=[(None, "anna", "A comment.")])
    ann.set_note(db, ("comment", comment), "anna's draft", base="")
    ann.set_note(db, ("comment", comment), "anna's draft, longer", keep_revision=False, base="anna's draft")
    assert _texts(db, comment) == ("anna's draft, longer", [])  # her own checkpoint replaced her own text
    # Boris's window opened on the note before Anna's checkpoint: his save keeps her text.
    ann.set_note(db, ("comment", comment), "boris's text", keep_revision=False, base="anna's draft")
    assert _texts(db, comment) == ("boris's text", ["anna's draft, longer"])
    assert ann.saved_elsewhere("boris's text", "anna's draft") and not ann.saved_elsewhere("", "anna's draft")
    note = ann.get_note(db, ("comment", comment))
    assert note is not None
    ann.edit_note(db, note.id, "anna again", keep_revision=False, base="anna's draft, longer")
    assert _texts(db, comment) == ("anna again", ["boris's text", "anna's draft, longer"])
