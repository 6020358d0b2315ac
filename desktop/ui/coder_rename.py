"""When a coder changes their name in Preferences, their earlier work in this library file would
stay under the old name, as if another coder's (QualCoder #668): offer to take it along."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.store import coders
from desktop.store.errors import StoreError
from desktop.ui.i18n import translate
from desktop.ui.session import Session


def offer_rename(parent: QWidget, session: Session, old: str, new: str) -> bool:
    """Ask whether the coder `old` (Preferences' name before; empty: the system login) becomes
    `new`, and rename them if so. Only on a library file (a server's coder is its login), only
    when `old` has a coder here and `new` has none yet. True when renamed."""
    library = session.library
    old_name, new_name = old or coders.default_name(), new or coders.default_name()
    if old_name == new_name or library.url or library.read_only:
        return False
    mine = session.call(coders.find_coder, old_name)
    if mine is None or session.call(coders.find_coder, new_name) is not None:
        return False
    box = QMessageBox(QMessageBox.Icon.Question, translate("CoderRename", "Your Coder Name"),
                      translate("CoderRename", "Your earlier tags, highlights and notes in this library are "
                                "recorded as \u201c{old}\u201d. Record them as \u201c{new}\u201d too?")
                      .format(old=old_name, new=new_name), QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(translate(
        "CoderRename", "Keep them apart if \u201c{old}\u201d is another person who coded here before you.")
        .format(old=old_name))
    rename = box.addButton(translate("CoderRename", "Rename \u201c{old}\u201d to \u201c{new}\u201d")
                           .format(old=old_name, new=new_name), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("CoderRename", "Keep Them Apart"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(rename)
    box.exec()
    if box.clickedButton() is not rename:
        return False
    try:
        session.call(coders.rename_coder, mine, new_name)
    except StoreError as error:
        QMessageBox.warning(parent, translate("CoderRename", "Your Coder Name"),
                            translate("CoderRename", "The coder could not be renamed: {reason}").format(
                                reason=str(error)))
        return False
    return True  # the chips follow when the window takes the new name (Session._on_coder_changed)
