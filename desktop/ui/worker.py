"""What is left of the old ways to run work off the GUI thread, until their users move to
desktop/ui/operations.py."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread


def end_thread(thread: QThread | None, worker: QObject | None) -> None:
    """A finished QThread worker torn down in the order that is safe: the thread stops and is
    waited for before either object is deleted."""
    if thread is not None:
        thread.quit()
        thread.wait()
        thread.deleteLater()
    if worker is not None:
        worker.deleteLater()


class Generation:
    """Which request is the latest, shared with worker threads: a result whose generation is no
    longer the latest is stale and dropped."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._value = 0

    def next(self) -> int:
        with self._lock:
            self._value += 1
            return self._value

    @property
    def value(self) -> int:
        with self._lock:
            return self._value
