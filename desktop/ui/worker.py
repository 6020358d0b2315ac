"""What is left of the old ways to run work off the GUI thread, until their users move to
desktop/ui/operations.py."""

from __future__ import annotations

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
