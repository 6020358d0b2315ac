"""Saved searches for the sidebar: live counts computed off the GUI thread, and the rename and
delete actions of their context menu. The sidebar owns the list itself.

Counting runs every saved query over the whole index (desktop/store/search.count, no cap), which
on a large library can take a noticeable part of a second per search: it runs on a worker thread
with its own connection, one refresh at a time; a refresh asked for while one runs supersedes it
(its query is interrupted, its counts dropped) and any refresh still waiting.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from desktop.store.db import Library
from desktop.store.search import (
    SavedSearchInfo,
    SearchError,
    delete_saved_search,
    list_saved_searches,
    rename_saved_search,
    saved_search_counts,
)
from desktop.ui.i18n import translated
from desktop.ui.operations import Runner, Task
from desktop.ui.session import call_on


class SavedSearchCounter(QObject):
    """`refresh()` counts the hits of every saved search on a worker thread; `counts_ready` then
    brings {saved search id: number of hits} to the GUI thread. Call `refresh()` after an import,
    a merge, tagging or a change to the saved searches; `set_library()` when another library opens."""

    # A dict {saved search id: hits}. Declared `object`: Signal(dict) is a QVariantMap, whose keys
    # must be strings; PySide cannot convert int keys and would deliver an empty dict.
    counts_ready = Signal(object)
    count_failed = Signal(str)

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.view_coder: Callable[[], int | None] = lambda: None  # the coder view (Session.view_coder)
        self._runner = Runner(self, latest_only=True)  # a new refresh supersedes the one under way

    def set_library(self, library: Library) -> None:
        self.library = library
        self.refresh()

    def refresh(self) -> None:
        coder = self.view_coder()
        self._runner.read(lambda task: _count_all(task, coder), self._on_finished, library=self.library,
                          on_failure=self._on_failed)

    def is_counting(self) -> bool:
        return self._runner.busy

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Block until the worker is idle (for closing and tests)."""
        return self._runner.wait(timeout_ms)

    def _on_finished(self, counts: dict[int, int]) -> None:
        self.counts_ready.emit(counts)

    def _on_failed(self, error: Exception) -> None:  # a locked or failing database: the sidebar keeps its old counts
        self.count_failed.emit(str(error))


def _count_all(task: Task[dict[int, int]], coder: int | None = None) -> dict[int, int]:
    return saved_search_counts(task.db, list_saved_searches(task.db), coder)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """A warning whose text is shown as typed (QMessageBox.warning would read markup in it)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def _saved(library: Library, saved_id: int) -> SavedSearchInfo | None:
    return next((s for s in call_on(library, list_saved_searches) if s.id == saved_id), None)


def rename_saved_search_dialog(parent: QWidget | None, library: Library, saved_id: int) -> bool:
    """Ask for a new name and rename; a refused name is explained and asked again. Returns
    whether the saved search was renamed."""
    title = QCoreApplication.translate("SavedSearches", "Rename saved search")
    saved = _saved(library, saved_id)
    if saved is None:
        warn(parent, title, QCoreApplication.translate("SavedSearches", "That saved search no longer exists."))
        return False
    name = saved.name
    while True:
        name, accepted = QInputDialog.getText(
            # The label is a constant: QInputDialog's label would read user text as markup.
            parent, title, QCoreApplication.translate("SavedSearches", "New name:"), QLineEdit.EchoMode.Normal, name
        )
        if not accepted:
            return False
        if " ".join(name.split()) == saved.name:
            return False  # unchanged
        try:
            call_on(library, rename_saved_search, saved_id, name)
        except SearchError as error:
            warn(parent, title, translated(error))
            if _saved(library, saved_id) is None:
                return False
            continue
        return True


def delete_saved_search_dialog(parent: QWidget | None, library: Library, saved_id: int) -> bool:
    """Confirm (Cancel is the default button), then delete. Returns whether it was deleted."""
    saved = _saved(library, saved_id)
    if saved is None:
        return False
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("SavedSearches", "Delete saved search"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # the name and query are the user's text, never markup
    question = QCoreApplication.translate("SavedSearches", "Delete the saved search “{name}”?").format(name=saved.name)
    note = QCoreApplication.translate("SavedSearches", "Only the saved search is deleted; nothing it finds is changed.")
    box.setText(f"{question}\n\n{saved.query}\n\n{note}")
    delete_button = box.addButton(QCoreApplication.translate("SavedSearches", "Delete"),
                                  QMessageBox.ButtonRole.DestructiveRole)
    cancel_button = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel_button)
    box.setEscapeButton(cancel_button)
    box.exec()
    if box.clickedButton() is not delete_button:
        return False
    call_on(library, delete_saved_search, saved_id)
    return True
