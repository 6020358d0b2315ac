"""View > Agreement: the chosen coders' figures per tag, worked out off the GUI thread, and the
disagreements, each a double-click from its comment."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.store import annotations as ann
from desktop.store import coders
from desktop.store.db import Library
from desktop.ui.agreement_window import AgreementWindow
from tests.store.test_annotations import make_article


@pytest.fixture
def team(tmp_path: Path):
    library = Library.open(tmp_path / "team.glossa")
    db = library.db
    anna, boris = coders.coder_id(db, "Anna"), coders.coder_id(db, "Boris")
    war, _ = ann.create_tag(db, "war")
    article, comments = make_article(db, comments=[(None, "a", "one"), (None, "b", "two"), (None, "c", "three")])
    ann.tag_comments(db, war, comments[:2], coder=anna)
    ann.tag_comments(db, war, comments[:1], coder=boris)
    for coder in (anna, boris):
        ann.set_coded(db, ("article", article), coder=coder)
    yield library, article, comments
    library.close()


def test_the_window_compares_the_coders_and_opens_a_disagreement(qtbot, qtmodeltester, team) -> None:
    library, article, comments = team
    window = AgreementWindow(library)
    qtbot.addWidget(window)
    assert window.chosen_coders() == ["Anna", "Boris"]  # those who marked work coded
    with qtbot.waitSignal(window.computed):
        window.compute_button.click()
    qtmodeltester.check(window.tags)
    qtmodeltester.check(window.disagreements)
    tags = window.tags
    assert [tags.data(tags.index(0, c)) for c in range(3)] == ["war", "3", "0.667"]
    rows = window.disagreements
    assert [rows.data(rows.index(0, c)) for c in range(4)] == [str(comments[1]), "war", "yes", "no"]
    with qtbot.waitSignal(window.comment_requested) as opened:
        window.disagreement_table.doubleClicked.emit(rows.index(0, 0))
    assert opened.args == [article, comments[1]]
    window.coder_list.item(1).setCheckState(Qt.CheckState.Unchecked)
    with qtbot.waitSignal(window.computed):
        window.compute_button.click()
    assert tags.rowCount() == 0 and "two coders" in window.status.text()


def test_view_agreement_opens_the_window_on_the_library(qtbot, window) -> None:
    window.commands.agreement_action.trigger()
    agreement = window.side_windows.agreement
    assert agreement is not None and agreement.isVisible()
    qtbot.waitUntil(lambda: "two coders" in agreement.status.text())  # the seeded library has no marks
    agreement.close()


def test_a_disagreement_is_adjudicated_as_the_consensus_and_undone_from_the_stack(qtbot, team) -> None:
    from desktop.store import agreement
    from desktop.ui.annotation_controller import AnnotationController

    library, article, comments = team
    controller = AnnotationController(library)
    window = AgreementWindow(library, None, controller)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.computed):
        window.compute_button.click()
    rows = window.disagreements
    last = rows.columnCount() - 1
    assert rows.headerData(last, Qt.Orientation.Horizontal) == "Agreed" and rows.data(rows.index(0, last)) == "–"
    assert not window.agree_yes_button.isEnabled()
    window.disagreement_table.selectRow(0)
    assert window.agree_yes_button.isEnabled() and window.agree_no_button.isEnabled()
    window.agree_no_button.click()
    assert rows.data(rows.index(0, last)) == "no"
    consensus = coders.find_coder(library.db, agreement.CONSENSUS)
    assert consensus is not None and ann.is_coded(library.db, ("comment", comments[1]), coder=consensus)
    assert controller.stack.undoText() == "Agree on war: has it not"
    controller.stack.undo()
    assert rows.data(rows.index(0, last)) == "–"
    assert not ann.is_coded(library.db, ("comment", comments[1]), coder=consensus)
    window.agree_yes_button.click()
    assert rows.data(rows.index(0, last)) == "yes"
    assert ann.comment_tag_ids(library.db, article, coder=consensus) == {comments[1]: [ann.find_tag(library.db, "war")]}
    window.close()
    recomputed = AgreementWindow(library)
    qtbot.addWidget(recomputed)
    assert recomputed.chosen_coders() == ["Anna", "Boris"]  # the consensus is compared only when chosen
