"""Every shortcut the README lists reaches exactly one action, without Qt's "Ambiguous shortcut overload"."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcutEvent, QUndoCommand
from PySide6.QtWidgets import QWidget

from tests.ui.conftest import select_thread_article

README = Path(__file__).resolve().parents[2] / "README.md"
_WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


def readme_keys() -> list[str]:
    """The keys of README's Keyboard table: "Ctrl+Z / Ctrl+Shift+Z" is two, "1 … 9" nine."""
    section = README.read_text(encoding="utf-8").split("## Keyboard\n", 1)[1].split("\n\n", 1)[0]
    keys: list[str] = []
    for line in section.splitlines()[2:]:
        cell = re.sub(r"\(.*?\)", "", line.split("|")[1])  # "F2 (or double-click)"
        for key in re.split(r" / | or ", cell.strip()):
            keys += [str(d) for d in range(1, 10)] if key.strip() == "1 … 9" else [key.strip()]
    return keys


def every_action(window: QWidget) -> set[QAction]:
    widgets = [window, *window.findChildren(QWidget)]
    return {a for w in widgets for a in w.actions()} | set(window.findChildren(QAction))


def _scope(action: QAction) -> frozenset[int] | None:
    """None for the whole window; else the widgets the shortcut works in."""
    if action.shortcutContext() in _WINDOW_WIDE:
        return None
    return frozenset(id(o) for o in action.associatedObjects())


def test_redo_answers_to_every_platform_key_and_ctrl_shift_z_once(window) -> None:
    keys = window.commands.redo_action.shortcuts()
    platform = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    assert len(keys) == len(set(keys))  # twice the same key in one action is ambiguous too
    assert set(platform) | {QKeySequence("Ctrl+Shift+Z")} == set(keys)


def test_no_two_enabled_actions_share_a_key(window) -> None:
    by_key: dict[str, list[tuple[str, frozenset[int] | None]]] = defaultdict(list)
    for action in every_action(window):
        if action.isEnabled():
            for sequence in action.shortcuts():
                by_key[sequence.toString()].append((action.text(), _scope(action)))
    clashes = {}
    for key, users in by_key.items():
        for i, (name, scope) in enumerate(users):
            for other, other_scope in users[i + 1:]:
                if scope is None or other_scope is None or scope & other_scope:
                    clashes[key] = (name, other)
    assert clashes == {}


class _ShortcutCatcher(QObject):
    """Records which action a key reaches (and whether Qt found it ambiguous), and keeps the
    action from running: the test presses keys that would open file dialogs."""

    def __init__(self) -> None:
        super().__init__()
        self.hits: list[tuple[QObject, bool]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut:
            assert isinstance(event, QShortcutEvent)
            self.hits.append((watched, event.isAmbiguous()))
            return True
        return False


def test_every_readme_shortcut_reaches_one_action(qtbot, window) -> None:
    keys = readme_keys()
    assert {"J", "Ctrl+Shift+Z", "Ctrl+Z", "Left", "9", "F2", "?"} <= set(keys)
    select_thread_article(window)
    stack = window.controller.stack
    stack.push(QUndoCommand("one"))
    stack.push(QUndoCommand("two"))
    stack.undo()  # both Undo and Redo have something to do
    catcher = _ShortcutCatcher()
    actions = every_action(window)
    for action in actions:
        action.installEventFilter(catcher)
    tree = window.reader.comment_tree
    for key in keys:
        combination = QKeySequence(key)[0]
        target = tree if key in ("Left", "Right") else window.article_table
        target.setFocus()
        catcher.hits.clear()
        qtbot.keyClick(target, combination.key(), combination.keyboardModifiers())
        assert len(catcher.hits) == 1, key
        action, ambiguous = catcher.hits[0]
        assert not ambiguous, key
        assert QKeySequence(key) in action.shortcuts(), key  # type: ignore[attr-defined]
