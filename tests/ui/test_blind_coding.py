"""Blind coding (issue 23) beyond the thread and the sidebar: the Note panel, the Dashboard, the
Agreement window and the export dialog hide the other coders' work in Only Mine, with two coders."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.store import annotations as ann
from desktop.store import coders
from desktop.store.db import Library
from desktop.ui.note_editor import HIDDEN_NOTE_TEXT, NoteEditor
from desktop.ui.session import ONLY_MINE, CoderView, Session
from tests.ui.test_agreement_window import team  # noqa: F401  (the fixture: Anna and Boris coded)

ARTICLE = ("article", 1)


def _two_coders(library: Library) -> tuple[int, int]:
    """Boris wrote a note on article 1; Anna (the session's coder) has written nothing there."""
    db = library.db
    boris, anna = coders.coder_id(db, "Boris"), coders.coder_id(db, "Anna")
    ann.set_note(db, ARTICLE, "Boris thinks so", coder=boris)
    return boris, anna


def _session(library: Library) -> Session:
    session = Session(library)
    session.annotations.set_coder_name("Anna")
    return session


def test_the_note_panel_hides_another_coders_note_in_blind_coding(qtbot, seeded: Library) -> None:
    boris, _anna = _two_coders(seeded)
    session = _session(seeded)
    editor = NoteEditor(session)
    qtbot.addWidget(editor)
    editor.coder_name = "Anna"
    editor.set_target(ARTICLE, "Article")
    assert editor.text() == "Boris thinks so"  # All Coders: every coder's
    session.set_coder_view(CoderView(ONLY_MINE))
    assert editor.text() == ""
    assert not editor.editor.isEnabled()  # one note per target: Anna cannot write over Boris's
    assert editor.editor.placeholderText() == HIDDEN_NOTE_TEXT
    assert not editor.history_button.isEnabled()  # its history is Boris's text too
    editor.set_target(("article", 2), "Another")  # a target without a note: Anna writes hers
    assert editor.editor.isEnabled()
    editor.editor.setPlainText("Anna's view")
    assert editor.flush()
    assert ann.get_note(seeded.db, ("article", 2)).body == "Anna's view"
    editor.set_target(ARTICLE, "Article")
    assert not editor.editor.isEnabled()
    session.set_coder_view(CoderView())  # revealed
    assert editor.text() == "Boris thinks so"
    assert editor.editor.isEnabled()
    assert coders.note_coder(seeded.db, ann.get_note(seeded.db, ARTICLE).id) == boris


def test_the_note_panel_reloads_into_hiding_a_note_another_coder_wrote_meanwhile(qtbot, seeded: Library) -> None:
    session = _session(seeded)
    editor = NoteEditor(session)
    qtbot.addWidget(editor)
    session.set_coder_view(CoderView(ONLY_MINE))
    editor.set_target(ARTICLE, "Article")
    assert editor.editor.isEnabled()
    _two_coders(seeded)  # Boris writes it from another window (a live update reloads the panel)
    editor.reload()
    assert editor.text() == "" and not editor.editor.isEnabled()


def _tag_two_coders(library: Library) -> tuple[int, int]:
    """Boris puts "theirs" on two comments, Anna "mine" on one."""
    db = library.db
    boris, anna = coders.coder_id(db, "Boris"), coders.coder_id(db, "Anna")
    theirs, _ = ann.create_tag(db, "theirs")
    mine, _ = ann.create_tag(db, "mine")
    comments = [r[0] for r in db.execute_sql("SELECT id FROM comment ORDER BY id LIMIT 2").fetchall()]
    ann.tag_comments(db, theirs, comments, coder=boris)
    ann.tag_comments(db, mine, comments[:1], coder=anna)
    return theirs, mine


def test_the_dashboard_counts_only_the_coders_tags_in_blind_coding(qtbot, seeded: Library) -> None:
    from desktop.ui.charts.dashboard import Dashboard

    theirs, mine = _tag_two_coders(seeded)
    session = _session(seeded)
    dashboard = Dashboard(session)
    qtbot.addWidget(dashboard)
    with qtbot.waitSignal(dashboard.computed, timeout=10_000):
        dashboard.show_library()
    assert dashboard.insight is not None
    assert {t.tag_id for t in dashboard.insight.tags} == {theirs, mine}
    assert dashboard.coder_label.isHidden()
    with qtbot.waitSignal(dashboard.computed, timeout=10_000):
        session.set_coder_view(CoderView(ONLY_MINE))  # counted again at once
    assert [t.tag_id for t in dashboard.insight.tags] == [mine]
    assert dashboard.insight.totals is not None and dashboard.insight.totals.tagged_comments == 1
    assert not dashboard.coder_label.isHidden()
    assert "blind coding" in dashboard.coder_label.text()
    assert "theirs" not in dashboard.panels()["tags"].model().csv_rows().__repr__()
    with qtbot.waitSignal(dashboard.computed, timeout=10_000):
        session.set_coder_view(CoderView())
    assert {t.tag_id for t in dashboard.insight.tags} == {theirs, mine}
    dashboard.shutdown()


def test_the_agreement_window_compares_nothing_in_blind_coding_until_revealed(qtbot, team) -> None:  # noqa: F811
    from desktop.ui.agreement_window import AgreementWindow

    library, _article, _comments = team
    session = _session(library)
    session.set_coder_view(CoderView(ONLY_MINE))
    window = AgreementWindow(library, None, session.annotations, session)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.computed):
        window.compute()
    assert not window.blind_notice.isHidden()
    assert window.tags.rowCount() == 0 and window.disagreements.rowCount() == 0  # Boris's codes not shown
    assert not window.compute_button.isEnabled()
    with qtbot.waitSignal(window.computed, timeout=10_000):
        window.reveal_button.click()
    assert session.coder_view == CoderView()  # blind coding ended in the main window too
    assert window.blind_notice.isHidden()
    assert window.disagreements.rowCount() == 1 and window.disagreements.coders == ["Anna", "Boris"]
    session.set_coder_view(CoderView(ONLY_MINE))  # blind again: the figures go
    assert window.disagreements.rowCount() == 0 and not window.blind_notice.isHidden()


def test_an_export_made_in_blind_coding_says_so_and_holds_only_the_coders_work(
    qtbot, seeded: Library, tmp_path, monkeypatch
) -> None:
    import json

    from PySide6.QtWidgets import QWidget

    from desktop.ui import export_dialog
    from desktop.ui.export_dialog import Exports

    monkeypatch.setattr(export_dialog, "show_message", lambda *_args, **_kwargs: None)  # no modal box

    _tag_two_coders(seeded)
    session = _session(seeded)
    parent = QWidget()
    qtbot.addWidget(parent)
    exports = Exports(session, parent)
    everyone = exports.open([], "", [])
    assert everyone.coder is None and everyone.coder_label.isHidden()
    everyone.close()
    session.set_coder_view(CoderView(ONLY_MINE))
    dialog = exports.open([], "", [])
    assert not dialog.coder_label.isHidden() and "only your own codings" in dialog.coder_label.text()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("json"))
    dialog.destination_edit.setText(str(tmp_path / "anna.json"))
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_button.click()
    data = json.loads((tmp_path / "anna.json").read_text(encoding="utf-8"))
    assert data["coders"] == ["Anna"]
    codings = [c for a in data["articles"] for item in (a, *a["comments"]) for c in item["codings"]]
    assert codings and all(c["coder"] == "Anna" and c["tag"] == "mine" for c in codings)
    assert "theirs" not in json.dumps(data["articles"])


def test_each_coders_chips_carry_their_initials_on_a_badge_in_their_own_colour(qtbot, window) -> None:
    from desktop.ui.comment_view import _luminance, coder_color
    from tests.ui.conftest import select_thread_article

    select_thread_article(window)
    db = window.library.db
    boris, vera = coders.coder_id(db, "Boris Ivanov"), coders.coder_id(db, "Vera")
    anna = coders.coder_id(db, "Anna")
    tag, _ = ann.create_tag(db, "hostility")
    comment = db.execute_sql("SELECT id FROM comment WHERE article_id = ? ORDER BY position LIMIT 1",
                             (window.reader.article_id,)).fetchone()[0]
    ann.tag_comments(db, tag, [comment], coder=boris)
    ann.tag_comments(db, tag, [comment], coder=vera)
    ann.tag_articles(db, tag, [window.reader.article_id], coder=boris)
    window.controller.set_coder_name("Anna")  # the panels re-read
    assert "hostility · BI" in window.reader.article_view.toPlainText()  # the article's own chip
    assert _backgrounds(window.reader.article_view, "BI") == [coder_color(boris).name()]
    model = window.reader.comment_model
    assert model.chip_badges[(comment, tag)] == [("BI", boris), ("Ve", vera)]
    delegate = window.reader.comment_tree.comment_delegate
    label, _color, badges = delegate._chip(model, comment, window.reader.tags[tag])
    assert label == "hostility" and badges == [("BI", coder_color(boris)), ("Ve", coder_color(vera))]
    assert coder_color(boris) != coder_color(vera) and coder_color(boris) == coder_color(boris)  # stable
    for coder in range(1, 40):  # white initials read on every coder's colour
        assert 1.05 / (_luminance(coder_color(coder)) + 0.05) >= 4.5
    ann.tag_comments(db, tag, [comment], coder=anna)  # Anna's own chip now: no badges
    window.session.annotations_changed.emit(None)
    assert (comment, tag) not in model.chip_badges
    assert delegate._chip(model, comment, window.reader.tags[tag])[2] == []
    window.reader.comment_tree.grab()  # painted without a warning


def test_remove_tag_says_why_nothing_went_when_only_another_coder_has_the_tag(qtbot, window, monkeypatch) -> None:
    from tests.ui.conftest import select_thread_article

    select_thread_article(window)
    db = window.library.db
    boris = coders.coder_id(db, "Boris")
    theirs, _ = ann.create_tag(db, "theirs")
    unused, _ = ann.create_tag(db, "unused")
    article = window.reader.article_id
    ann.tag_articles(db, theirs, [article], coder=boris)
    window.controller.set_coder_name("Anna")
    monkeypatch.setattr(window.annotate, "selected_articles", lambda: [article])
    messages: list[str] = []
    window.annotate.message.connect(messages.append)
    monkeypatch.setattr(window.annotate, "_choose_tag", lambda *_args: theirs)
    window.annotate.untag_selection()
    assert messages == ["Only other coders put theirs there: Remove Tag takes off only your own."]
    assert ann.article_tag_ids(db, article) == [theirs]  # Boris's link stays
    monkeypatch.setattr(window.annotate, "_choose_tag", lambda *_args: unused)
    window.annotate.untag_selection()
    assert messages[-1] == "unused is not on the selection: nothing to remove."


def test_the_note_history_names_who_saved_each_text(qtbot, qtmodeltester, seeded: Library) -> None:
    from desktop.ui.note_editor import NoteHistoryDialog

    _boris, anna = _two_coders(seeded)  # Boris wrote "Boris thinks so"
    ann.set_note(seeded.db, ARTICLE, "Anna answers", coder=anna)
    note = ann.get_note(seeded.db, ARTICLE)
    assert note is not None
    dialog = NoteHistoryDialog(ann.note_history(seeded.db, note.id), "Article")
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    model = dialog.model
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Saved by"
    assert [model.data(model.index(0, c)) for c in (1, 3)] == ["Boris", "Boris thinks so"]


def test_in_blind_coding_the_history_of_ones_own_note_hides_the_texts_others_saved(qtbot, seeded: Library) -> None:
    boris, anna = coders.coder_id(seeded.db, "Boris"), coders.coder_id(seeded.db, "Anna")
    ann.set_note(seeded.db, ARTICLE, "Anna's first", coder=anna)
    ann.set_note(seeded.db, ARTICLE, "Boris's over it", coder=boris)
    ann.set_note(seeded.db, ARTICLE, "Anna's now", coder=anna)
    session = _session(seeded)
    editor = NoteEditor(session)
    qtbot.addWidget(editor)
    editor.set_target(ARTICLE, "Article")
    editor.history_button.click()
    assert editor.history_dialog is not None
    assert [r.body for r in editor.history_dialog.model._revisions] == ["Boris's over it", "Anna's first"]
    editor.history_dialog.close()
    session.set_coder_view(CoderView(ONLY_MINE))
    assert editor.text() == "Anna's now"  # her note: shown
    editor.history_button.click()
    assert [r.body for r in editor.history_dialog.model._revisions] == ["Anna's first"]
    editor.history_dialog.close()


def _backgrounds(view, text: str) -> list[str]:
    """The background colours of the article view's text fragments that read `text`."""
    found = []
    block = view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.text() == text:
                found.append(fragment.charFormat().background().color().name())
            it += 1
        block = block.next()
    return found
