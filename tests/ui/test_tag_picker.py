"""The tag picker: filtering as you type, the keyboard, the offer to create a tag, cancelling;
it never writes to the library."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from desktop.store import annotations as annotation_store
from desktop.store.db import Library
from desktop.ui.tag_picker import TagIdRole, TagListModel, TagPicker


@pytest.fixture
def tags(library: Library) -> dict[str, int]:
    paths = {"propaganda": "#e6194b", "propaganda/dehumanisation": "#3cb44b", "irony": "#4363d8",
             "source/kremlin": "#f58231"}  # fmt: skip
    return {path: annotation_store.create_tag(library.db, path, color)[0] for path, color in paths.items()}


@pytest.fixture
def picker(qtbot, library: Library, tags: dict[str, int]) -> TagPicker:
    dialog = TagPicker(library, "Tag 2 comments with…")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _rows(picker: TagPicker) -> list[str]:
    return [picker.model.index(row, 0).data() for row in range(picker.model.rowCount())]


def _current(picker: TagPicker) -> str:
    return picker.view.currentIndex().data()


def test_lists_every_tag_with_its_colour(picker: TagPicker, tags: dict[str, int], qtmodeltester) -> None:
    assert _rows(picker) == ["irony", "propaganda", "propaganda/dehumanisation", "source", "source/kremlin"]
    qtmodeltester.check(picker.model)
    index = picker.model.index(0, 0)
    assert index.data(TagIdRole) == tags["irony"]
    icon = index.data(Qt.ItemDataRole.DecorationRole)
    assert icon.pixmap(12, 12).toImage().pixelColor(6, 6).name() == "#4363d8"
    assert _current(picker) == "irony"
    assert picker.filter_edit.hasFocus()


def test_typing_filters_on_the_whole_path_ignoring_case(qtbot, picker: TagPicker, qtmodeltester) -> None:
    qtbot.keyClicks(picker.filter_edit, "KREM")
    assert _rows(picker) == ["Create tag “KREM”", "source/kremlin"]
    assert _current(picker) == "source/kremlin"  # an existing tag first: Enter after a prefix picks it
    picker.filter_edit.clear()
    qtbot.keyClicks(picker.filter_edit, "propaganda / de")
    assert _rows(picker)[1:] == ["propaganda/dehumanisation"]
    qtmodeltester.check(picker.model)


def test_up_and_down_move_while_typing_and_enter_chooses(qtbot, picker: TagPicker, tags: dict[str, int]) -> None:
    qtbot.keyClicks(picker.filter_edit, "prop")
    assert _rows(picker) == ["Create tag “prop”", "propaganda", "propaganda/dehumanisation"]
    assert _current(picker) == "propaganda"
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Down)
    assert _current(picker) == "propaganda/dehumanisation"
    assert picker.filter_edit.hasFocus() and picker.filter_edit.text() == "prop"
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Up)
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Up)
    assert _current(picker) == "Create tag “prop”"
    assert picker.ok_button.text() == "Create"
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Down)
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Down)
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    assert picker.result() == QDialog.DialogCode.Accepted
    assert picker.chosen() == (tags["propaganda/dehumanisation"], None)


def test_a_new_path_is_offered_first_and_chosen_not_created(
    qtbot, picker: TagPicker, library: Library, tags: dict[str, int]
) -> None:
    qtbot.keyClicks(picker.filter_edit, " Propaganda /  euphemism ")
    assert _rows(picker) == ["Create tag “Propaganda/euphemism”"]
    assert _current(picker) == "Create tag “Propaganda/euphemism”"
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Enter)
    assert picker.chosen() == (None, "Propaganda/euphemism")
    assert {t.path for t in annotation_store.tag_tree(library.db)} == set(tags) | {"source"}  # nothing written


def test_no_offer_for_an_existing_tag_an_invalid_path_or_when_creating_is_off(
    qtbot, picker: TagPicker, library: Library, tags: dict[str, int]
) -> None:
    qtbot.keyClicks(picker.filter_edit, "IRONY")  # the same tag as "irony", not a new one
    assert _rows(picker) == ["irony"]
    picker.filter_edit.setText("a//b")
    assert _rows(picker) == []
    assert picker.hint.text().startswith("Not a tag name")
    assert not picker.ok_button.isEnabled()
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)  # nothing to choose: the dialog stays
    assert picker.isVisible() and picker.chosen() == (None, None)

    strict = TagPicker(library, "Move irony under…", allow_create=False)
    qtbot.addWidget(strict)
    strict.filter_edit.setText("nothing like it")
    assert _rows(strict) == []
    assert strict.hint.text() == "No tag matches."
    strict.filter_edit.setText("kreml")
    assert _rows(strict) == ["source/kremlin"]


def test_escape_cancels(qtbot, picker: TagPicker) -> None:
    qtbot.keyClicks(picker.filter_edit, "irony")
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Escape)
    assert picker.result() == QDialog.DialogCode.Rejected
    assert not picker.isVisible()
    assert picker.chosen() == (None, None)


def _answer(qtbot, *keys: Qt.Key, text: str = "") -> None:
    """Type into the picker that choose() is about to open."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TagPicker)
        qtbot.keyClicks(dialog.filter_edit, text)
        for key in keys:
            qtbot.keyClick(dialog.filter_edit, key)

    QTimer.singleShot(0, act)


def test_choose_returns_the_choice_or_none(qtbot, library: Library, tags: dict[str, int]) -> None:
    _answer(qtbot, Qt.Key.Key_Return, text="dehum")
    assert TagPicker.choose(library, None, "Tag with…") == (tags["propaganda/dehumanisation"], None)
    _answer(qtbot, Qt.Key.Key_Return, text="new/one")
    assert TagPicker.choose(library, None, "Tag with…") == (None, "new/one")
    _answer(qtbot, Qt.Key.Key_Escape, text="irony")
    assert TagPicker.choose(library, None, "Tag with…") is None


def test_choose_without_creating_never_offers_a_new_tag(qtbot, library: Library, tags: dict[str, int]) -> None:
    _answer(qtbot, Qt.Key.Key_Return, Qt.Key.Key_Escape, text="new/one")
    assert TagPicker.choose(library, None, "Merge into…", allow_create=False) is None


def test_an_empty_library(qtbot, library: Library, qtmodeltester) -> None:
    picker = TagPicker(library, "Tag with…")
    qtbot.addWidget(picker)
    assert picker.model.rowCount() == 0
    assert picker.hint.text() == "There are no tags yet. Type a name to create one."
    qtmodeltester.check(picker.model)
    model = TagListModel()
    qtmodeltester.check(model)
