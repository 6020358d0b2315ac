"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every void Qt call and every
emit(); a running app then aborts with `none_dealloc`. pyproject.toml excludes that release;
this test catches any installed PySide6 that still has the bug."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal()


def test_a_million_void_calls_keep_none_alive(qapp) -> None:
    emitter = _Emitter()
    before = sys.getrefcount(None)
    for _ in range(500_000):
        emitter.setObjectName("x")  # a Qt method returning nothing
        emitter.fired.emit()
    after = sys.getrefcount(None)
    # Immortal None (3.12+) reports a huge constant; a leak shows as a drop of about a million.
    assert before - after < 1000, f"PySide6 leaks references to None: {before} -> {after}"
