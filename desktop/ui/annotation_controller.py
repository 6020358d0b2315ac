"""Annotation writes with undo: every store operation returns a Change, which goes onto one
QUndoStack as an already-applied command; undo and redo replay it through the store."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from functools import cache
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.store import annotations as annotation_store
from desktop.store import coders
from desktop.store.annotations import Change
from desktop.store.db import Library
from desktop.store.errors import StoreError, engine_errors
from desktop.ui.i18n import translated

_NOTE_COMMAND_ID = 1


def merge_changes(first: Change, second: Change) -> Change:
    """One change that takes the rows from before `first` to after `second`."""
    before: dict[str, dict[int, Any]] = {}
    after: dict[str, dict[int, Any]] = {}
    for table in set(first.before) | set(second.before):
        before[table] = {**second.before.get(table, {}), **first.before.get(table, {})}
    for table in set(first.after) | set(second.after):
        after[table] = {**first.after.get(table, {}), **second.after.get(table, {})}
    return Change(first.label, before, after)


class AppliedChange(QUndoCommand):
    """A change the store has already made: the first redo() is the push itself."""

    def __init__(self, controller: AnnotationController, change: Change) -> None:
        super().__init__(translated(change.label))  # the Edit menu's "Undo …" and the history
        self.controller = controller
        self.change = change
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.controller.replay(annotation_store.redo, self.change)

    def undo(self) -> None:
        self.controller.replay(annotation_store.undo, self.change)


class NoteEdit(AppliedChange):
    """Saves of one note while it is being typed merge into one undo step."""

    def __init__(self, controller: AnnotationController, change: Change, note_key: tuple[str, ...]) -> None:
        super().__init__(controller, change)
        self.note_key = note_key

    def id(self) -> int:
        return _NOTE_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, NoteEdit) or other.note_key != self.note_key:
            return False
        self.change = merge_changes(self.change, other.change)
        return True


def _note_key(change: Change) -> tuple[str, ...]:
    return tuple(sorted(f"{table}:{row_id}" for table, rows in change.after.items() for row_id in rows
                        if table == "note"))


@cache
def _takes_coder(operation: Callable[..., Any]) -> bool:
    return "coder" in inspect.signature(operation).parameters


class AnnotationController(QObject):
    """Runs annotation operations for the window. `changed` fires after every write, undo and
    redo, so views re-read what they show; `failed` carries a message for the user. What it
    writes is recorded as `coder_name`'s (Preferences' coder; the system login by default)."""

    changed = Signal(object)  # the Change written, undone or redone
    notes_changed = Signal()  # only note text changed: nothing on the article or the tree
    failed = Signal(str)
    coder_changed = Signal(str)  # the name writes are recorded under from now on

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(500)
        self.coder_name = coders.default_name()
        self._coder: int | None = None  # coder_name's id in this library, made at the first write

    def set_library(self, library: Library) -> None:
        self.library = library
        self._coder = None
        self.stack.clear()  # undo steps belong to the library they were made in

    def set_coder_name(self, name: str) -> None:
        """Record what is written from now on as this coder's (an empty name: the system login)."""
        self.coder_name = name.strip() or coders.default_name()
        self._coder = None
        self.coder_changed.emit(self.coder_name)

    def coder(self) -> int:
        """The id of the coder writing, added to the library at its first write: coder_name in a
        library file, the login in a server library (whatever Preferences say)."""
        if self._coder is None:
            self._coder = coders.current_coder(self.library.db, self.coder_name)
        return self._coder

    def run(self, operation: Callable[..., Any], *args: Any) -> Any:
        """Call annotations.<operation>(db, *args); push its Change. Returns the operation's
        result, or None when it was refused (the reason goes to `failed`)."""
        if self.library.read_only:
            self.failed.emit(self.tr("The library is open read-only ({reason}).").format(
                reason=translated(self.library.read_only_reason)))
            return None
        try:
            with engine_errors():  # a full disk, a lost file, a dropped server: said as such
                if _takes_coder(operation):
                    result = operation(self.library.db, *args, coder=self.coder())
                else:
                    result = operation(self.library.db, *args)
        except StoreError as error:
            self.failed.emit(translated(error))
            return None
        change = result[1] if isinstance(result, tuple) else result
        self.push_applied(change)
        return result

    def push_applied(self, change: Change) -> None:
        """Record a change made elsewhere (the note editor saves by itself)."""
        if change.empty:
            return
        note_key = _note_key(change)
        only_notes = note_key and set(change.after) <= {"note", "note_revision"}
        command = NoteEdit(self, change, note_key) if only_notes else AppliedChange(self, change)
        self.stack.push(command)
        if only_notes:
            self.notes_changed.emit()  # typing autosaves often: repaint only what shows notes
        else:
            self.changed.emit(change)

    def replay(self, step: Callable[[Any, Change], None], change: Change) -> None:
        try:
            with engine_errors():
                step(self.library.db, change)
        except StoreError as error:  # UndoError: the rows changed under it
            self.failed.emit(self._cleared(translated(error)))
            QTimer.singleShot(0, self.stack.clear)  # not while the stack is running a command
        self.changed.emit(change)

    def _cleared(self, reason: str) -> str:
        return self.tr("{reason} The undo history was cleared.").format(reason=reason)
